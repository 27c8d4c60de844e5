/* kaieco rank METRIC: countries ordered by a metric for one year. */
#include "query/obs_rows.h"

#include <string.h>

static const ke_column cols[] = {
    {.key = "rank", .type = KE_COL_INT, .doc = "rank the source states for this country; null where it states none", .flags = KE_LABEL},
    {.key = "country", .type = KE_COL_TEXT, .doc = "ISO 3166-1 alpha-2 code", .flags = KE_WIDE | KE_CODE},
    {.key = "name", .type = KE_COL_TEXT, .doc = "country name in the chosen language", .flags = KE_LABEL,
     .heading = "country_name"}, /* 국가명 / 国名: the rows are countries (i18n review, L) */
    {.key = "value", .type = KE_COL_NUM, .doc = "the figure, with the digits the source gives"},
    {.key = "approx", .type = KE_COL_TEXT, .doc = "the source's qualifier (about, over, ...) or null", .flags = KE_TERM, .priority = KE_PRIO_MEDIUM},
    {.key = "unit", .type = KE_COL_TEXT, .doc = "unit of the value"},
    {.key = "year", .type = KE_COL_INT, .doc = "year the figure is about"},
    {.key = "source", .type = KE_COL_TEXT, .doc = "id of the source (see kaieco sources)", .flags = KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "other_sources", .type = KE_COL_TEXT, .doc = "what other sources give for the same figure, or null", .flags = KE_WIDE},
    {.key = "note", .type = KE_COL_TEXT, .doc = "caveats recorded with the figure, or null", .footnote = 1},
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
    if (!t)
        return ke_table_done(NULL, err);
    ke_add_country_series(t, ds, m, NULL, year, lang);
    ke_order_by_value(t, m);
    return ke_table_done(t, err);
}

ke_table *ke_query_rank(const ke_dataset *ds, const char *metric, int year, ke_lang lang,
                        ke_error *err)
{
    if (!metric) {
        ke_error_not_rankable(err, ds, NULL);
        return NULL;
    }
    const ke_metric *m = ke_metric_resolve(ds, metric, err);
    if (!m)
        return NULL;
    return ke_country_year_table(ds, m, year, &ke_rank_columns, lang, err);
}
