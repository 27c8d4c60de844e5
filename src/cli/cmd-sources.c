/* kaieco sources */
#include "command.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_sources(inv->ds, inv->lang, err);
}

static const kc_option options[] = {{0}};

const kc_command kc_cmd_sources = {
    .name = "sources",
    .summary = "where every figure comes from",
    .usage = "",
    .description = "Every source of the dataset: the five articles (kind article), the "
    "reports they cite (primary) and further reports (secondary), with the "
    "number of figures taken from each. The 'source' column of every other "
    "command holds one of these ids.",
    .options = options,
    .columns = &ke_sources_columns,
    .run = run,
};
