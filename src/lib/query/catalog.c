/* kaieco metrics / kaieco sources: what can be queried and where every
 * figure comes from. */
#include "query/obs_rows.h"
#include "data/refs.h"
#include "base/text.h"
#include "data/strlist.h"
#include "table/private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const ke_column metric_cols[] = {
    {.key = "metric", .type = KE_COL_TEXT, .doc = "metric id (what rank and the other commands take)", .flags = KE_LABEL | KE_CODE},
    {.key = "aliases", .type = KE_COL_TEXT, .doc = "other accepted ids, comma-separated, or null", .flags = KE_WIDE | KE_CODE},
    {.key = "name", .type = KE_COL_TEXT, .doc = "name in the chosen language", .priority = KE_PRIO_HIGH},
    {.key = "unit", .type = KE_COL_TEXT, .doc = "unit of its values", .priority = KE_PRIO_MEDIUM},
    {.key = "higher_is_better", .type = KE_COL_BOOL, .doc = "whether rank puts higher values first", .flags = KE_WIDE},
    {.key = "first_year", .type = KE_COL_INT, .doc = "earliest year with a figure", .priority = KE_PRIO_LOW},
    {.key = "last_year", .type = KE_COL_INT, .doc = "latest year with a figure", .priority = KE_PRIO_LOW},
    {.key = "observations", .type = KE_COL_INT, .doc = "number of figures in the dataset (all sources)", .flags = KE_WIDE},
    {.key = "definition", .type = KE_COL_TEXT, .doc = "what it measures", .footnote = 1, .flags = KE_WIDE},
    {.key = "by_country", .type = KE_COL_BOOL, .doc = "whether it has figures by country, i.e. whether 'kaieco rank' takes it", .priority = KE_PRIO_HIGH},
};
const ke_columns ke_metrics_columns = {metric_cols, sizeof metric_cols / sizeof metric_cols[0]};

static const ke_column source_cols[] = {
    {.key = "id", .type = KE_COL_TEXT, .doc = "source id (the source column of other commands)", .flags = KE_LABEL | KE_CODE},
    {.key = "kind", .type = KE_COL_TEXT, .doc = "article (a seed article), primary (a report an article cites) or secondary", .flags = KE_CODE | KE_TERM, .priority = KE_PRIO_MEDIUM},
    {.key = "outlet", .type = KE_COL_TEXT, .doc = "publisher", .priority = KE_PRIO_HIGH, .named_by = "outlet_name"},
    {.key = "title", .type = KE_COL_TEXT, .doc = "title in the original language", .flags = KE_WIDE},
    {.key = "date", .type = KE_COL_TEXT, .doc = "publication date (ISO 8601, as precise as known)", .flags = KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "precision", .type = KE_COL_TEXT, .doc = "year, month or day", .flags = KE_WIDE | KE_CODE | KE_TERM},
    {.key = "language", .type = KE_COL_TEXT, .doc = "en, ko or ja", .flags = KE_WIDE | KE_CODE},
    {.key = "url", .type = KE_COL_TEXT, .doc = "address of the page, or null", .flags = KE_WIDE | KE_CODE},
    {.key = "cites", .type = KE_COL_TEXT, .doc = "ids of the sources it reports, comma-separated, or null", .flags = KE_WIDE | KE_CODE},
    {.key = "seed", .type = KE_COL_TEXT, .doc = "the seed article's file name, for articles", .flags = KE_WIDE | KE_CODE},
    {.key = "observations", .type = KE_COL_INT, .doc = "number of figures taken from it", .flags = KE_WIDE},
    {.key = "note", .type = KE_COL_TEXT, .doc = "how its date was determined, caveats", .footnote = 1},
    {.key = "no_url_reason", .type = KE_COL_TEXT, .doc = "why there is no address (every source without a url gives one), or null", .flags = KE_WIDE},
    {.key = "checked", .type = KE_COL_TEXT, .doc = "day the source was last checked against its page (ISO 8601), or null when not checked", .flags = KE_WIDE | KE_CODE},
    {.key = "outlet_name", .type = KE_COL_TEXT, .doc = "the publisher's name in the chosen language (as the outlet or the press writes it)", .flags = KE_WIDE, .priority = KE_PRIO_HIGH},
};
const ke_columns ke_sources_columns = {source_cols, sizeof source_cols / sizeof source_cols[0]};

ke_table *ke_query_metrics(const ke_dataset *ds, ke_lang lang, ke_error *err)
{
    (void)err;
    ke_table *t = ke_table_new(metric_cols, ke_metrics_columns.n);
    if (!t)
        return ke_table_done(NULL, err);
    for (size_t i = 0; i < ds->n_metrics; i++) {
        const ke_metric *m = &ds->metrics[i];
        int first = 0, last = 0;
        long long count = 0;
        size_t from, end;
        ke_metric_range(ds, ke_s(ds, m->id), &from, &end);
        for (size_t k = from; k < end; k++) {
            const ke_observation *o = &ds->observations[k];
            int y = ke_obs_year(ds, o);
            first = !first || y < first ? y : first;
            last = y > last ? y : last;
            count++;
        }
        size_t r = ke_table_add_row(t);
        char *aliases = ke_list_join(ds, m->aliases);
        if (!aliases && m->aliases.n)
            ke_table_out_of_memory(t);
        ke_table_set_text(t, r, "metric", ke_s(ds, m->id));
        ke_table_set_text(t, r, "aliases", aliases);
        ke_table_set_text(t, r, "name", ke_name(ds, &m->name, lang));
        ke_set_unit_at(t, r, (size_t)ke_table_col(t, "unit"), ds, m, lang);
        ke_table_set_bool(t, r, "higher_is_better", m->higher_is_better);
        if (count) {
            ke_table_set_int(t, r, "first_year", first);
            ke_table_set_int(t, r, "last_year", last);
        }
        ke_table_set_int(t, r, "observations", count);
        ke_table_set_text(t, r, "definition", ke_s(ds, m->definition));
        ke_table_set_bool(t, r, "by_country", ke_country_figures_in(ds, m, 0));
        free(aliases);
    }
    return ke_table_done(t, err);
}

ke_table *ke_query_sources(const ke_dataset *ds, ke_lang lang, ke_error *err)
{
    (void)err;
    (void)lang; /* titles stay in their original language */
    ke_table *t = ke_table_new(source_cols, ke_sources_columns.n);
    if (!t)
        return ke_table_done(NULL, err);
    /* figures per source, in one pass over the figures */
    long long *counts = calloc(ds->n_sources ? ds->n_sources : 1, sizeof *counts);
    if (!counts)
        ke_table_out_of_memory(t);
    for (size_t k = 0; counts && k < ds->n_observations; k++) {
        const ke_source *src = ke_source_at(ds, ds->observations[k].source_ix);
        if (src)
            counts[src - ds->sources]++;
    }
    for (size_t i = 0; i < ds->n_sources; i++) {
        const ke_source *s = &ds->sources[i];
        long long count = counts ? counts[i] : 0;
        size_t r = ke_table_add_row(t);
        char *cites = ke_list_join(ds, s->cites);
        if (!cites && s->cites.n)
            ke_table_out_of_memory(t);
        ke_table_set_text(t, r, "id", ke_s(ds, s->id));
        ke_table_set_text(t, r, "kind", ke_source_kind_name(s->kind));
        ke_table_set_text(t, r, "outlet", ke_s(ds, s->outlet));
        ke_table_set_text(t, r, "outlet_name", KE_OUTLET_IN(ds, s, lang));
        ke_table_set_text(t, r, "title", ke_s(ds, s->title));
        ke_table_set_text(t, r, "date", ke_s(ds, s->date.text));
        ke_table_set_text(t, r, "precision", ke_precision_name(s->date.precision));
        ke_table_set_text(t, r, "language", ke_s(ds, s->language));
        ke_table_set_text(t, r, "url", ke_s(ds, s->url));
        ke_table_set_text(t, r, "cites", cites);
        ke_table_set_text(t, r, "seed", ke_s(ds, s->seed));
        ke_table_set_int(t, r, "observations", count);
        ke_table_set_text(t, r, "note", KE_NOTE_IN(ds, s, lang));
        ke_table_set_text(t, r, "no_url_reason", ke_s(ds, s->no_url_reason));
        ke_table_set_text(t, r, "checked", ke_s(ds, s->checked.text));
        free(cites);
    }
    free(counts);
    return ke_table_done(t, err);
}
