/* kaieco rank METRIC: countries ordered by a metric for one year. */
#include "query/obs_rows.h"

#include <string.h>

static const ke_column cols[] = {
    {"rank", KE_COL_INT, "rank the source states for this country; null where it states none", 0, KE_LABEL},
    {"country", KE_COL_TEXT, "ISO 3166-1 alpha-2 code", 0, KE_WIDE | KE_CODE},
    {"name", KE_COL_TEXT, "country name in the chosen language", 0, KE_LABEL},
    {"value", KE_COL_NUM, "the figure, with the digits the source gives", 0, 0},
    {"approx", KE_COL_TEXT, "the source's qualifier (about, over, ...) or null", 0, 0},
    {"unit", KE_COL_TEXT, "unit of the value", 0, 0},
    {"year", KE_COL_INT, "year the figure is about", 0, 0},
    {"source", KE_COL_TEXT, "id of the source (see kaieco sources)", 0, KE_CODE},
    {"other_sources", KE_COL_TEXT, "what other sources give for the same figure, or null", 0, KE_WIDE},
    {"note", KE_COL_TEXT, "caveats recorded with the figure, or null", 1, 0},
};
const ke_columns ke_rank_columns = {cols, sizeof cols / sizeof cols[0]};

ke_table *ke_country_year_table(const ke_dataset *ds, const ke_metric *m, int year,
                                const ke_columns *columns, ke_lang lang, ke_error *err)
{
    if (!ke_country_figures_in(ds, m, 0)) {
        ke_error_not_by_country(err, ds, m);
        return NULL;
    }
    if (!year)
        year = ke_default_country_year(ds, m);
    if (!ke_country_figures_in(ds, m, year)) {
        ke_error_no_year(err, ds, m, year);
        return NULL;
    }
    ke_table *t = ke_table_new(columns->cols, columns->n);
    ke_add_country_series(t, ds, m, NULL, year, lang);
    ke_order_by_value(t, m);
    return t;
}

ke_table *ke_query_rank(const ke_dataset *ds, const char *metric, int year, ke_lang lang,
                        ke_error *err)
{
    const ke_metric *m = ke_metric_resolve(ds, metric, err);
    if (!m)
        return NULL;
    return ke_country_year_table(ds, m, year, &ke_rank_columns, lang, err);
}
