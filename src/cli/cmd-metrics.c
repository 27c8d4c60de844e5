/* kaieco metrics */
#include "command.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_metrics(inv->ds, inv->lang, err);
}

static const kc_option options[] = {{0}};

const kc_command kc_cmd_metrics = {
    .name = "metrics",
    .summary = "what can be queried: every metric, its unit and years",
    .usage = "",
    .description = "Every metric in the dataset: its id and aliases, name, unit, direction, "
    "the years it has figures for, its definition, and whether it has "
    "figures by country (by_country: the metrics 'rank' takes).",
    .options = options,
    .columns = &ke_metrics_columns,
    .run = run,
};
