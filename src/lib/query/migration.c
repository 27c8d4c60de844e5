/* kaieco migration [COUNTRY...]: net AI talent migration. */
#include "kaieco/query.h"
#include "query/obs_rows.h"

#include <string.h>

#define MIGRATION_METRIC "migration"

static const ke_column cols[] = {
    {"country", KE_COL_TEXT, "ISO 3166-1 alpha-2 code", 0, KE_WIDE | KE_CODE | KE_SERIES},
    {"name", KE_COL_TEXT, "country name in the chosen language", 0, KE_LABEL},
    {"year", KE_COL_INT, "year the figure is about", 0, KE_LABEL | KE_YEAR},
    {"value", KE_COL_NUM, "net AI talent migration per 10,000 LinkedIn members", 0, 0},
    {"unit", KE_COL_TEXT, "unit of the value", 0, 0},
    {"direction", KE_COL_TEXT, "inflow (value > 0), outflow (value < 0), or null for 0", 0, KE_WIDE | KE_CODE},
    {"rank", KE_COL_INT, "rank the source states, or null", 0, 0},
    {"source", KE_COL_TEXT, "id of the source (see kaieco sources)", 0, KE_CODE},
    {"other_sources", KE_COL_TEXT, "what other sources give for the same figure, or null", 0, KE_WIDE},
    {"note", KE_COL_TEXT, "caveats recorded with the figure, or null", 1, 0},
};
const ke_columns ke_migration_columns = {cols, sizeof cols / sizeof cols[0]};

static void set_directions(ke_table *t)
{
    int c = ke_table_col(t, "value");
    for (size_t r = 0; r < t->n_rows; r++) {
        double v = ke_table_cell(t, r, (size_t)c)->num;
        ke_table_set_text(t, r, "direction", v > 0 ? "inflow" : v < 0 ? "outflow" : NULL);
    }
}

ke_table *ke_query_migration(const ke_dataset *ds, const char *const *countries,
                             size_t n_countries, int year, ke_lang lang, ke_error *err)
{
    const ke_metric *m = ke_metric_resolve(ds, MIGRATION_METRIC, err);
    if (!m)
        return NULL;
    if (n_countries == 0) {
        ke_table *t = ke_country_year_table(ds, m, year, &ke_migration_columns, lang, err);
        if (t)
            set_directions(t);
        return t;
    }
    /* Resolve every name first, so a typo fails before any output. */
    const ke_country *cs[n_countries];
    size_t n = ke_countries_resolve(ds, countries, n_countries, cs, err);
    if (n == (size_t)-1)
        return NULL;
    if (year && !ke_country_figures_in(ds, m, year)) {
        ke_error_no_year(err, ds, m, year);
        return NULL;
    }
    ke_table *t = ke_table_new(ke_migration_columns.cols, ke_migration_columns.n);
    for (size_t k = 0; k < n; k++)
        ke_add_country_series(t, ds, m, cs[k], year, lang);
    set_directions(t);
    return t;
}
