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
    {.name = "entity", .has_arg = 1, .arg_name = "E", .help = "only figures about E: a country (code or name) or an entity (id, name or alias)", .values = KC_VALUES_ENTITY},
    {.name = "metric", .has_arg = 1, .arg_name = "M", .help = "only this metric (id or alias; see kaieco metrics)", .values = KC_VALUES_METRIC},
    {.name = "source", .has_arg = 1, .arg_name = "S", .help = "only figures from this source (id; see kaieco sources)", .values = KC_VALUES_SOURCE},
    {.name = "year", .has_arg = 1, .arg_name = "YYYY", .help = "only figures whose period falls in that year"},
    {0},
};

const kc_command kc_cmd_facts = {
    .name = "facts",
    .summary = "every figure in the dataset, from every source",
    .usage = "[--entity E] [--metric M] [--source S] [--year YYYY]",
    .description = "Every observation in the dataset as one flat table: the figures shown "
    "by default and those that other sources give for the same thing "
    "(default false), ordered by metric, subject, period and source. Names "
    "in any of the three languages are accepted for --entity, in any case "
    "for Latin letters. Cite a figure with its source id and 'kaieco "
    "sources'.",
    .options = options,
    .columns = &ke_facts_columns,
    .run = run,
};
