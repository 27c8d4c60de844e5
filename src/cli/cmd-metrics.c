/* kaieco metrics */
#include "command.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_metrics(inv->ds, inv->lang, err);
}

static const kc_option options[] = {{NULL, 0, NULL, NULL, 0, KC_VALUES_NONE, NULL}};

const kc_command kc_cmd_metrics = {
    "metrics", NULL, "what can be queried: every metric, its unit and years",
    "",
    "Every metric in the dataset: its id and aliases, name, unit, direction, "
    "the years it has figures for, its definition, and whether it has "
    "figures by country (by_country: the metrics 'rank' takes).",
    0, 0, options, &ke_metrics_columns, run, NULL, 0, KC_VALUES_NONE,
};
