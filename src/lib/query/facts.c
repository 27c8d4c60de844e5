/* kaieco facts: every observation as one flat table. */
#include "kaieco/query.h"
#include "query/obs_rows.h"

#include <string.h>

static const ke_column cols[] = {
    {.key = "entity", .type = KE_COL_TEXT, .doc = "subject: a country's alpha-2 code or an entity id", .flags = KE_LABEL | KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "entity_kind", .type = KE_COL_TEXT, .doc = "country, organization, person, model, product, baseline or program", .flags = KE_WIDE | KE_CODE | KE_TERM},
    {.key = "name", .type = KE_COL_TEXT, .doc = "the subject's name in the chosen language", .flags = KE_WIDE},
    {.key = "metric", .type = KE_COL_TEXT, .doc = "metric id (see kaieco metrics)", .flags = KE_LABEL | KE_CODE},
    {.key = "period", .type = KE_COL_TEXT, .doc = "what the figure is about: YYYY, YYYY-MM or YYYY-MM-DD", .flags = KE_LABEL | KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "precision", .type = KE_COL_TEXT, .doc = "year, month or day: how much of the period is known", .flags = KE_WIDE | KE_CODE | KE_TERM},
    {.key = "value", .type = KE_COL_NUM, .doc = "the figure, with the digits the source gives"},
    {.key = "approx", .type = KE_COL_TEXT, .doc = "the source's qualifier (about, over, ...) or null", .flags = KE_TERM, .priority = KE_PRIO_MEDIUM},
    {.key = "unit", .type = KE_COL_TEXT, .doc = "unit of the value"},
    {.key = "rank", .type = KE_COL_INT, .doc = "rank the source states, or null", .priority = KE_PRIO_MEDIUM},
    {.key = "source", .type = KE_COL_TEXT, .doc = "id of the source (see kaieco sources)", .flags = KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "source_kind", .type = KE_COL_TEXT, .doc = "article, primary or secondary", .flags = KE_WIDE | KE_CODE | KE_TERM},
    {.key = "default", .type = KE_COL_BOOL, .doc = "whether this is the figure other commands show", .flags = KE_WIDE, .priority = KE_PRIO_LOW},
    {.key = "disputed", .type = KE_COL_BOOL, .doc = "whether another source gives this figure differently", .priority = KE_PRIO_LOW},
    {.key = "note", .type = KE_COL_TEXT, .doc = "caveats recorded with the figure, or null", .footnote = 1},
    {.key = "year", .type = KE_COL_INT, .doc = "the year the figure is about (its period's year)", .flags = KE_WIDE},
};
const ke_columns ke_facts_columns = {cols, sizeof cols / sizeof cols[0]};

static int matches(const ke_dataset *ds, const ke_observation *o, const char *subject, const ke_metric *m,
                   const ke_source *src, int year)
{
    return !((subject && strcmp(ke_s(ds, o->entity), subject)) || (m && o->metric_ix != (size_t)(m - ds->metrics)) ||
             (src && o->source_ix != (size_t)(src - ds->sources)) || (year && ke_obs_year(ds, o) != year));
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
    if (!t)
        return ke_table_done(NULL, err);
    ke_obs_cols at;
    ke_obs_cols_init(&at, t);
    /* count, then fill: the table grows once */
    size_t n = 0;
    for (size_t i = 0; i < ds->n_observations; i++)
        n += matches(ds, &ds->observations[i], subject, m, src, f->year);
    ke_table_reserve(t, n);
    for (size_t i = 0; i < ds->n_observations; i++) {
        const ke_observation *o = &ds->observations[i];
        if (matches(ds, o, subject, m, src, f->year))
            ke_fill_obs_row(t, &at, ke_table_add_row(t), ds, o, lang);
    }
    return ke_table_done(t, err);
}
