/* kaieco facts [--entity E] [--metric M] [--source S] [--year YYYY] */
#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    ke_facts_filter f = {kc_opt(inv, "entity"), kc_opt(inv, "metric"), kc_opt(inv, "source"), 0};
    const char *y = kc_opt(inv, "year");
    if (y && !(f.year = ke_year_parse(y, "--year", err)))
        return NULL;
    return ke_query_facts(inv->ds, &f, inv->lang, err);
}

static const kc_option options[] = {
    {"entity", 1, "E", "only figures about E: a country (code or name) or an entity (id, name or alias)", 0, KC_VALUES_ENTITY, NULL},
    {"metric", 1, "M", "only this metric (id or alias; see kaieco metrics)", 0, KC_VALUES_METRIC, NULL},
    {"source", 1, "S", "only figures from this source (id; see kaieco sources)", 0, KC_VALUES_SOURCE, NULL},
    {"year", 1, "YYYY", "only figures whose period falls in that year", 0, KC_VALUES_NONE, NULL},
    {NULL, 0, NULL, NULL, 0, KC_VALUES_NONE, NULL},
};

const kc_command kc_cmd_facts = {
    "facts", NULL, "every figure in the dataset, from every source",
    "[--entity E] [--metric M] [--source S] [--year YYYY]",
    "Every observation in the dataset as one flat table: the figures shown "
    "by default and those that other sources give for the same thing "
    "(default false), ordered by metric, subject, period and source. Names "
    "in any of the three languages are accepted for --entity, in any case "
    "for Latin letters. Cite a figure with its source id and 'kaieco "
    "sources'.",
    0, 0, options, &ke_facts_columns, run, NULL, 0, KC_VALUES_NONE,
};
