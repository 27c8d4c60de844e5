/* kaieco investment [COUNTRY...]: private AI investment by country and year. */
#include "kaieco/query.h"
#include "query/obs_rows.h"

#include <string.h>

#define INVESTMENT_METRIC "investment"

static const ke_column cols[] = {
    {"country", KE_COL_TEXT, "ISO 3166-1 alpha-2 code", 0, KE_WIDE | KE_CODE | KE_SERIES},
    {"name", KE_COL_TEXT, "country name in the chosen language", 0, KE_LABEL},
    {"year", KE_COL_INT, "year the figure is about", 0, KE_LABEL | KE_YEAR},
    {"value", KE_COL_NUM, "private investment in AI, with the digits the source gives", 0, 0},
    {"approx", KE_COL_TEXT, "the source's qualifier (about, over, ...) or null", 0, 0},
    {"unit", KE_COL_TEXT, "unit of the value", 0, 0},
    {"rank", KE_COL_INT, "rank the source states for that year, or null", 0, 0},
    {"source", KE_COL_TEXT, "id of the source (see kaieco sources)", 0, KE_CODE},
    {"other_sources", KE_COL_TEXT, "what other sources give for the same figure, or null", 0, KE_WIDE},
    {"note", KE_COL_TEXT, "caveats recorded with the figure, or null", 1, 0},
};
const ke_columns ke_investment_columns = {cols, sizeof cols / sizeof cols[0]};

ke_table *ke_query_investment(const ke_dataset *ds, const char *const *countries,
                              size_t n_countries, int year, ke_lang lang, ke_error *err)
{
    const ke_metric *m = ke_metric_resolve(ds, INVESTMENT_METRIC, err);
    if (!m)
        return NULL;
    /* Resolve every name first, so a typo fails before any output. */
    const ke_country *cs[n_countries ? n_countries : 1];
    size_t n = ke_countries_resolve(ds, countries, n_countries, cs, err);
    if (n == (size_t)-1)
        return NULL;
    if (year && !ke_country_figures_in(ds, m, year)) {
        ke_error_no_year(err, ds, m, year);
        return NULL;
    }
    ke_table *t = ke_table_new(cols, ke_investment_columns.n);
    if (n_countries == 0)
        ke_add_country_series(t, ds, m, NULL, year, lang);
    for (size_t k = 0; k < n; k++)
        ke_add_country_series(t, ds, m, cs[k], year, lang);
    return t;
}
