/* kaieco country COUNTRY: every default figure about one country. */
#include "kaieco/query.h"
#include "query/obs_rows.h"

#include <string.h>

static const ke_column cols[] = {
    {.key = "metric", .type = KE_COL_TEXT, .doc = "metric id (see kaieco metrics)", .flags = KE_LABEL | KE_CODE | KE_SERIES},
    {.key = "metric_name", .type = KE_COL_TEXT, .doc = "the metric's name in the chosen language", .flags = KE_WIDE},
    {.key = "period", .type = KE_COL_TEXT, .doc = "what the figure is about: YYYY, YYYY-MM or YYYY-MM-DD", .flags = KE_LABEL | KE_CODE | KE_YEAR},
    {.key = "value", .type = KE_COL_NUM, .doc = "the figure, with the digits the source gives"},
    {.key = "approx", .type = KE_COL_TEXT, .doc = "the source's qualifier (about, over, ...) or null", .flags = KE_TERM, .priority = KE_PRIO_MEDIUM},
    {.key = "unit", .type = KE_COL_TEXT, .doc = "unit of the value"},
    {.key = "rank", .type = KE_COL_INT, .doc = "rank the source states for the country, or null", .priority = KE_PRIO_MEDIUM},
    {.key = "source", .type = KE_COL_TEXT, .doc = "id of the source (see kaieco sources)", .flags = KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "other_sources", .type = KE_COL_TEXT, .doc = "what other sources give for the same figure, or null", .flags = KE_WIDE},
    {.key = "note", .type = KE_COL_TEXT, .doc = "caveats recorded with the figure, or null", .footnote = 1},
    {.key = "year", .type = KE_COL_INT, .doc = "the year the figure is about (its period's year)", .flags = KE_WIDE},
};
const ke_columns ke_country_columns = {cols, sizeof cols / sizeof cols[0]};

ke_table *ke_query_country(const ke_dataset *ds, const char *country, ke_lang lang,
                           ke_error *err)
{
    const ke_country *c = ke_country_resolve(ds, country, err);
    if (!c)
        return NULL;
    ke_table *t = ke_table_new(cols, ke_country_columns.n);
    ke_obs_cols at;
    ke_obs_cols_init(&at, t);
    const int name_col = ke_table_col(t, "metric_name");
    /* observations are sorted by metric, entity, period: one subject's
     * figures come out by metric, then oldest period first */
    for (size_t i = 0; i < ds->n_observations; i++) {
        const ke_observation *o = &ds->observations[i];
        if (!o->is_default || strcmp(o->entity, c->alpha2))
            continue;
        size_t r = ke_table_add_row(t);
        ke_fill_obs_row(t, &at, r, ds, o, lang);
        const ke_metric *m = ke_metric_find(ds, o->metric);
        ke_table_set_text_at(t, r, (size_t)name_col, m ? ke_name(&m->name, lang) : o->metric);
    }
    if (t->n_rows == 0)
        ke_table_note(t, "no figures for %s (%s) in the dataset", ke_name(&c->name, lang), c->alpha2);
    return t;
}
