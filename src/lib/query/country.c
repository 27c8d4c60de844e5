/* kaieco country COUNTRY: every default figure about one country. */
#include "kaieco/query.h"
#include "base/text.h"
#include "data/refs.h"
#include "query/model_counts.h"
#include "query/obs_rows.h"
#include "table/private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const ke_column cols[] = {
    {.key = "metric", .type = KE_COL_TEXT, .doc = "metric id (see kaieco metrics)", .flags = KE_LABEL | KE_CODE | KE_SERIES, .named_by = "metric_name"},
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
    {.key = "computed", .type = KE_COL_BOOL, .doc = "true on a count computed here from a list of models (metric notable-models-listed, the list as source), not a figure a source printed", .flags = KE_WIDE},
};
const ke_columns ke_country_columns = {cols, sizeof cols / sizeof cols[0]};

/* The country's models in each year of each list of models, computed from
 * the list (rows marked computed); returns 1. */
static int add_listed_counts(ke_table *t, const ke_dataset *ds, const ke_country *c, ke_lang lang)
{
    const char *lists[8];
    size_t n_lists = ke_model_lists(ds, lists, 8);
    const ke_metric *m = ke_metric_find(ds, KE_LISTED_MODELS_METRIC);
    for (size_t s = 0; m && s < n_lists; s++) {
        int first = 9999, last = 0;
        for (size_t i = 0; i < ds->n_listings; i++) {
            const char *d = ke_s(ds, ds->listings[i].published.text);
            if (d && strcmp(ke_s(ds, ds->listings[i].source), lists[s]) == 0) {
                int y = ke_date_year(d);
                first = y < first ? y : first;
                last = y > last ? y : last;
            }
        }
        if (first > last)
            continue;
        long *counts = malloc((size_t)(last - first + 1) * sizeof *counts);
        if (!counts) {
            ke_table_out_of_memory(t);
            return 1;
        }
        ke_listed_counts(ds, lists[s], ke_s(ds, c->alpha2), first, last, counts);
        for (int y = first; y <= last; y++) {
            long n = counts[y - first];
            if (n <= 0)
                continue;
            char year[8], value[24], note[512];
            snprintf(year, sizeof year, "%d", y);
            snprintf(value, sizeof value, "%ld", n);
            ke_count_note(note, sizeof note, lists[s], lang);
            size_t r = ke_table_add_row(t);
            ke_table_set_text(t, r, "metric", ke_s(ds, m->id));
            ke_table_set_text(t, r, "metric_name", ke_name(ds, &m->name, lang));
            ke_table_set_text(t, r, "period", year);
            ke_table_set_num(t, r, "value", value, (double)n);
            ke_set_unit_at(t, r, (size_t)ke_table_col(t, "unit"), ds, m, lang);
            ke_table_set_text(t, r, "source", lists[s]);
            ke_table_set_text(t, r, "note", note);
            ke_table_set_int(t, r, "year", y);
            ke_table_set_bool(t, r, "computed", 1);
        }
        free(counts);
    }
    return 1;
}

ke_table *ke_query_country(const ke_dataset *ds, const char *country, ke_lang lang,
                           ke_error *err)
{
    const ke_country *c = ke_country_resolve(ds, country, err);
    if (!c)
        return NULL;
    ke_table *t = ke_table_new(cols, ke_country_columns.n);
    if (!t)
        return ke_table_done(NULL, err);
    ke_obs_cols at;
    ke_obs_cols_init(&at, t);
    const int name_col = ke_table_col(t, "metric_name");
    int counted = 0;
    /* observations are sorted by metric, entity, period: one subject's
     * figures come out by metric, then oldest period first; the counts
     * computed from the lists of models follow the printed ones */
    for (size_t i = 0; i < ds->n_observations; i++) {
        const ke_observation *o = &ds->observations[i];
        if (!o->is_default || o->entity_kind != KE_ENTITY_COUNTRY || o->entity_ix != (size_t)(c - ds->countries))
            continue;
        if (!counted && strcmp(ke_s(ds, o->metric), KE_LISTED_MODELS_METRIC) > 0)
            counted = add_listed_counts(t, ds, c, lang);
        size_t r = ke_table_add_row(t);
        ke_fill_obs_row(t, &at, r, ds, o, lang);
        const ke_metric *m = ke_metric_at(ds, o->metric_ix);
        ke_table_set_text_at(t, r, (size_t)name_col, m ? ke_name(ds, &m->name, lang) : ke_s(ds, o->metric));
        ke_table_set_bool(t, r, "computed", 0);
    }
    if (!counted)
        add_listed_counts(t, ds, c, lang);
    if (t->n_rows == 0)
        ke_table_note(t, "no figures for %s (%s) in the dataset", ke_name(ds, &c->name, lang), ke_s(ds, c->alpha2));
    return ke_table_done(t, err);
}
