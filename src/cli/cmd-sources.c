/* kaieco sources */
#include "command.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_sources(inv->ds, inv->lang, err);
}

static const kc_option options[] = {{NULL, 0, NULL, NULL, 0, KC_VALUES_NONE, NULL}};

const kc_command kc_cmd_sources = {
    "sources", NULL, "where every figure comes from",
    "",
    "Every source of the dataset: the five articles (kind article), the "
    "reports they cite (primary) and further reports (secondary), with the "
    "number of figures taken from each. The 'source' column of every other "
    "command holds one of these ids.",
    0, 0, options, &ke_sources_columns, run, NULL, 0, KC_VALUES_NONE,
};
