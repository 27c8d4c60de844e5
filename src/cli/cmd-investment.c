/* kaieco investment [COUNTRY...] */
#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_investment(inv->ds, (const char *const *)inv->args, inv->n_args, inv->lang,
                               err);
}

static const kc_option options[] = {{NULL, 0, NULL, NULL, 0}};

const kc_command kc_cmd_investment = {
    "investment", NULL, "private AI investment by country and year",
    "[COUNTRY...]",
    "Private investment in AI, each country's series over every year the "
    "dataset has, oldest first, with the rank the source states for that "
    "year. With no COUNTRY, every country, by alpha-2 code; with countries "
    "(alpha-2, alpha-3 or name, any case), those in the order given.",
    0, (size_t)-1, options, &ke_investment_columns, run, NULL, 0,
};
