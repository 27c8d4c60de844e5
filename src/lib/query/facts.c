/* kaieco facts: every observation as one flat table. */
#include "kaieco/query.h"
#include "query/obs_rows.h"

#include <string.h>

static const ke_column cols[] = {
    {"entity", KE_COL_TEXT, "subject: a country's alpha-2 code or an entity id", 0, KE_LABEL | KE_CODE},
    {"entity_kind", KE_COL_TEXT, "country, organization, person, model, product, baseline or program", 0, KE_WIDE | KE_CODE},
    {"name", KE_COL_TEXT, "the subject's name in the chosen language", 0, KE_WIDE},
    {"metric", KE_COL_TEXT, "metric id (see kaieco metrics)", 0, KE_LABEL | KE_CODE},
    {"period", KE_COL_TEXT, "what the figure is about: YYYY, YYYY-MM or YYYY-MM-DD", 0, KE_LABEL | KE_CODE},
    {"precision", KE_COL_TEXT, "year, month or day: how much of the period is known", 0, KE_WIDE | KE_CODE},
    {"value", KE_COL_NUM, "the figure, with the digits the source gives", 0, 0},
    {"approx", KE_COL_TEXT, "the source's qualifier (about, over, ...) or null", 0, 0},
    {"unit", KE_COL_TEXT, "unit of the value", 0, KE_WIDE},
    {"rank", KE_COL_INT, "rank the source states, or null", 0, 0},
    {"source", KE_COL_TEXT, "id of the source (see kaieco sources)", 0, KE_CODE},
    {"source_kind", KE_COL_TEXT, "article, primary or secondary", 0, KE_WIDE | KE_CODE},
    {"default", KE_COL_BOOL, "whether this is the figure other commands show", 0, 0},
    {"disputed", KE_COL_BOOL, "whether another source gives this figure differently", 0, 0},
    {"note", KE_COL_TEXT, "caveats recorded with the figure, or null", 1, 0},
    {"year", KE_COL_INT, "the year the figure is about (its period's year)", 0, KE_WIDE},
};
const ke_columns ke_facts_columns = {cols, sizeof cols / sizeof cols[0]};

static int matches(const ke_observation *o, const char *subject, const ke_metric *m,
                   const ke_source *src, int year)
{
    return !((subject && strcmp(o->entity, subject)) || (m && strcmp(o->metric, m->id)) ||
             (src && strcmp(o->source, src->id)) || (year && ke_obs_year(o) != year));
}

ke_table *ke_query_facts(const ke_dataset *ds, const ke_facts_filter *f, ke_lang lang,
                         ke_error *err)
{
    static const ke_facts_filter none = {NULL, NULL, NULL, 0};
    if (!f)
        f = &none;
    /* Resolve every filter first, so a typo fails before any output. */
    const char *subject = NULL;
    const ke_metric *m = NULL;
    const ke_source *src = NULL;
    if (f->entity && !(subject = ke_subject_resolve(ds, f->entity, err)))
        return NULL;
    if (f->metric && !(m = ke_metric_resolve(ds, f->metric, err)))
        return NULL;
    if (f->source && !(src = ke_source_resolve(ds, f->source, err)))
        return NULL;
    ke_table *t = ke_table_new(cols, ke_facts_columns.n);
    ke_obs_cols at;
    ke_obs_cols_init(&at, t);
    /* count, then fill: the table grows once */
    size_t n = 0;
    for (size_t i = 0; i < ds->n_observations; i++)
        n += matches(&ds->observations[i], subject, m, src, f->year);
    ke_table_reserve(t, n);
    for (size_t i = 0; i < ds->n_observations; i++) {
        const ke_observation *o = &ds->observations[i];
        if (matches(o, subject, m, src, f->year))
            ke_fill_obs_row(t, &at, ke_table_add_row(t), ds, o, lang);
    }
    return t;
}
