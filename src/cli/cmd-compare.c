/* kaieco compare COUNTRY COUNTRY... [--metric M[,M...]] [--year YYYY] */
#include <stdlib.h>

#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    const char *m = kc_opt(inv, "metric");
    char **metrics = NULL, *buf = NULL;
    long n = m ? kc_split_list(m, &metrics, &buf, err) : 0;
    if (n < 0)
        return NULL;
    if (m && n == 0) {
        ke_error_set(err, KE_EXIT_USAGE, "--metric needs at least one metric id");
        free(metrics);
        free(buf);
        return NULL;
    }
    int year = 0;
    const char *y = kc_opt(inv, "year");
    ke_table *t = NULL;
    if (!y || (year = ke_year_parse(y, "--year", err)))
        t = ke_query_compare(inv->ds, (const char *const *)inv->args, inv->n_args,
                             (const char *const *)metrics, (size_t)n, year, inv->lang, err);
    free(metrics);
    free(buf);
    return t;
}

static const kc_option options[] = {
    {.name = "metric", .has_arg = KC_REPEATABLE, .arg_name = "M[,M...]", .help = "only these metrics, in this order (repeatable, or comma-separated)", .values = KC_VALUES_METRIC},
    {.name = "year", .has_arg = 1, .arg_name = "YYYY", .help = "figures of that year (default: each metric's latest year any of the countries has)"},
    {0},
};

const kc_command kc_cmd_compare = {
    .name = "compare",
    .summary = "countries side by side, one row per metric",
    .usage = "COUNTRY COUNTRY... [--metric M[,M...]] [--year YYYY]",
    .description = "One row per metric, with every metric that has a figure for one of the "
    "countries unless --metric names some. Each row is for --year, or for the "
    "latest year that any of the countries has a figure for (the year "
    "column); a country with no figure that year is null, and a metric with "
    "no figure for any of them gets no row (a note on stderr says so). The columns are metric, year and "
    "unit, then one column per country, in the order given, keyed by its "
    "alpha-2 code in lower case (kr, jp), then metric_name. The table view "
    "under --lang ko or ja heads each country's column with its name and "
    "shows metric names in place of ids. Figures are the ones shown by "
    "default; 'kaieco facts' gives their sources and qualifiers.",
    .min_args = 2,
    .max_args = (size_t)-1,
    .options = options,
    .columns = &ke_compare_columns,
    .run = run,
    .arg_values = KC_VALUES_COUNTRY,
};
