/* kaieco disputes */
#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_disputes(inv->ds, inv->lang, err);
}

static const kc_option options[] = {{0}};

const kc_command kc_cmd_disputes = {
    .name = "disputes",
    .summary = "figures on which sources disagree, side by side",
    .usage = "",
    .description = "Every metric, subject and period for which sources give different "
    "figures or ranks: one row per figure not shown by default, beside the "
    "one that is, with the reason it is preferred (why). Ordered by metric, "
    "subject, period and source.",
    .options = options,
    .columns = &ke_disputes_columns,
    .run = run,
};
