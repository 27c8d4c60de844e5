/* kaieco country COUNTRY: every default figure about one country. */
#include "kaieco/query.h"
#include "query/obs_rows.h"

#include <string.h>

static const ke_column cols[] = {
    {"metric", KE_COL_TEXT, "metric id (see kaieco metrics)", 0, KE_LABEL | KE_CODE | KE_SERIES},
    {"metric_name", KE_COL_TEXT, "the metric's name in the chosen language", 0, KE_WIDE},
    {"period", KE_COL_TEXT, "what the figure is about: YYYY, YYYY-MM or YYYY-MM-DD", 0, KE_LABEL | KE_CODE | KE_YEAR},
    {"value", KE_COL_NUM, "the figure, with the digits the source gives", 0, 0},
    {"approx", KE_COL_TEXT, "the source's qualifier (about, over, ...) or null", 0, 0},
    {"unit", KE_COL_TEXT, "unit of the value", 0, KE_WIDE},
    {"rank", KE_COL_INT, "rank the source states for the country, or null", 0, 0},
    {"source", KE_COL_TEXT, "id of the source (see kaieco sources)", 0, KE_CODE},
    {"other_sources", KE_COL_TEXT, "what other sources give for the same figure, or null", 0, KE_WIDE},
    {"note", KE_COL_TEXT, "caveats recorded with the figure, or null", 1, 0},
    {"year", KE_COL_INT, "the year the figure is about (its period's year)", 0, KE_WIDE},
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
        ke_table_note(t, "no figures for %s (%s) in the dataset", ke_name(&c->name, KE_LANG_EN), c->alpha2);
    return t;
}
