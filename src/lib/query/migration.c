/* kaieco migration [COUNTRY...]: net AI talent migration. */
#include "kaieco/query.h"
#include "query/obs_rows.h"

#include <string.h>

#define MIGRATION_METRIC "migration"

static const ke_column cols[] = {
    {.key = "country", .type = KE_COL_TEXT, .doc = "ISO 3166-1 alpha-2 code", .flags = KE_WIDE | KE_CODE | KE_SERIES},
    {.key = "name", .type = KE_COL_TEXT, .doc = "country name in the chosen language", .flags = KE_LABEL,
     .heading = "country_name"}, /* 국가명 / 国名: the rows are countries (i18n review, L) */
    {.key = "year", .type = KE_COL_INT, .doc = "year the figure is about", .flags = KE_LABEL | KE_YEAR},
    {.key = "value", .type = KE_COL_NUM, .doc = "net AI talent migration per 10,000 LinkedIn members"},
    {.key = "unit", .type = KE_COL_TEXT, .doc = "unit of the value"},
    {.key = "direction", .type = KE_COL_TEXT, .doc = "inflow (value > 0), outflow (value < 0), or null for 0", .flags = KE_WIDE | KE_CODE | KE_TERM},
    {.key = "rank", .type = KE_COL_INT, .doc = "rank the source states, or null", .priority = KE_PRIO_MEDIUM},
    {.key = "source", .type = KE_COL_TEXT, .doc = "id of the source (see kaieco sources)", .flags = KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "other_sources", .type = KE_COL_TEXT, .doc = "what other sources give for the same figure, or null", .flags = KE_WIDE},
    {.key = "note", .type = KE_COL_TEXT, .doc = "caveats recorded with the figure, or null", .footnote = 1},
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
    if (!t)
        return ke_table_done(NULL, err);
    for (size_t k = 0; k < n; k++)
        ke_add_country_series(t, ds, m, cs[k], year, lang);
    set_directions(t);
    return ke_table_done(t, err);
}
