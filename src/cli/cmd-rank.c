/* kaieco rank METRIC [--year YYYY] [--top N] */
#include "command.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    int year = 0;
    const char *y = kc_opt(inv, "year"), *top = kc_opt(inv, "top");
    if (y && !(year = ke_year_parse(y, "--year", err)))
        return NULL;
    long n = top ? kc_parse_count(top, "--top", err) : -1;
    if (top && n < 0)
        return NULL;
    /* without a metric, the error lists those that can be ranked */
    ke_table *t = ke_query_rank(inv->ds, inv->n_args ? inv->args[0] : NULL, year, inv->lang, err);
    if (t && n >= 0)
        ke_table_limit(t, (size_t)n);
    return t;
}

static const char *const aliases[] = {"ranking", NULL};

static const kc_option options[] = {
    {.name = "year", .has_arg = 1, .arg_name = "YYYY", .help = "year of the figures (default: the latest year for which a source states ranks, else the latest year with figures)"},
    {.name = "top", .has_arg = 1, .arg_name = "N", .help = "only the first N rows"},
    {0},
};

const kc_command kc_cmd_rank = {
    .name = "rank",
    .aliases = aliases,
    .summary = "countries ordered by a metric, best first",
    .usage = "METRIC [--year YYYY] [--top N]",
    .description = "Lists the countries that have a figure for METRIC in one year, best first "
    "(highest first unless lower is better). The rank column is the rank the "
    "source states; where it states none it is empty (null), and the row is "
    "still placed by its value. Without --year, the year is the latest one "
    "for which a source states ranks (so that the rank column means "
    "something), else the latest year with figures; a later year without "
    "stated ranks is there with --year ('kaieco metrics' lists every "
    "metric's years, and which can be ranked: by_country).",
    .min_args = 0, /* a missing METRIC is the query's usage error, with the list */
    .max_args = 1,
    .options = options,
    .columns = &ke_rank_columns,
    .run = run,
    .arg_values = KC_VALUES_METRIC_BY_COUNTRY,
};
