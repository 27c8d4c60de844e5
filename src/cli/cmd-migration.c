/* kaieco migration [COUNTRY...] [--year YYYY] */
#include "command.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    int year = 0;
    const char *y = kc_opt(inv, "year");
    if (y && !(year = ke_year_parse(y, "--year", err)))
        return NULL;
    return ke_query_migration(inv->ds, (const char *const *)inv->args, inv->n_args, year,
                              inv->lang, err);
}

static const kc_option options[] = {
    {.name = "year", .has_arg = 1, .arg_name = "YYYY", .help = "only that year (default with no country: as rank's, the latest year with stated ranks, else the latest)"},
    {0},
};

const kc_command kc_cmd_migration = {
    .name = "migration",
    .summary = "net AI talent migration by country",
    .usage = "[COUNTRY...] [--year YYYY]",
    .description = "Net AI talent migration per 10,000 LinkedIn members: positive is a net "
    "inflow, negative a net outflow. With no COUNTRY, one year's figures for "
    "every country, highest first. With countries (alpha-2, alpha-3 or name, "
    "any case), each one's series over every year the dataset has; a country "
    "with no figure gets no row, and a note on stderr says so.",
    .max_args = (size_t)-1,
    .options = options,
    .columns = &ke_migration_columns,
    .run = run,
    .arg_values = KC_VALUES_COUNTRY,
};
