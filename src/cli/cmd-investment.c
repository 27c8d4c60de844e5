/* kaieco investment [COUNTRY...] [--year YYYY] */
#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    int year = 0;
    const char *y = kc_opt(inv, "year");
    if (y && !(year = ke_year_parse(y, "--year", err)))
        return NULL;
    return ke_query_investment(inv->ds, (const char *const *)inv->args, inv->n_args, year,
                               inv->lang, err);
}

static const kc_option options[] = {
    {.name = "year", .has_arg = 1, .arg_name = "YYYY", .help = "only that year"},
    {0},
};

const kc_command kc_cmd_investment = {
    .name = "investment",
    .summary = "private AI investment by country and year",
    .usage = "[COUNTRY...] [--year YYYY]",
    .description = "Private investment in AI, each country's series over every year the "
    "dataset has, oldest first, with the rank the source states for that "
    "year. With no COUNTRY, every country, by alpha-2 code; with countries "
    "(alpha-2, alpha-3 or name, any case), those in the order given; a "
    "country with no figure gets no row, and a note on stderr says so.",
    .max_args = (size_t)-1,
    .options = options,
    .columns = &ke_investment_columns,
    .run = run,
    .arg_values = KC_VALUES_COUNTRY,
};
