/* kaieco compare COUNTRY COUNTRY... [--metric M...]: one row per metric,
 * one column per country. */
#include "kaieco/query.h"
#include "base/text.h"
#include "query/model_counts.h"
#include "query/obs_rows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const ke_column cols[] = {
    {.key = "metric", .type = KE_COL_TEXT, .doc = "metric id (see kaieco metrics)", .flags = KE_LABEL | KE_CODE, .named_by = "metric_name"},
    {.key = "year", .type = KE_COL_INT, .doc = "year of the figures: --year, or the latest year any of the countries has a figure for"},
    {.key = "unit", .type = KE_COL_TEXT, .doc = "unit of the values"},
    /* after the countries' columns (columns are only ever added at the
     * end): the names the table view shows under ko and ja */
    {.key = "metric_name", .type = KE_COL_TEXT, .doc = "the metric's name in the chosen language (the last column, after the countries')", .flags = KE_WIDE},
};
const ke_columns ke_compare_columns = {cols, sizeof cols / sizeof cols[0]};

/* the columns before the countries' */
#define N_FIXED (sizeof cols / sizeof cols[0] - 1)

static const char country_doc[] =
    "the country's figure in that year (default source), or null; key: its alpha-2 code in lower case";


/* Which of the countries a default figure is about, or -1. */
static long country_of(const ke_dataset *ds, const ke_observation *o, const ke_country *const *cs, size_t n)
{
    if (!o->is_default || o->entity_kind != KE_ENTITY_COUNTRY)
        return -1;
    for (size_t k = 0; k < n; k++)
        if (o->entity_ix == (size_t)(cs[k] - ds->countries))
            return (long)k;
    return -1;
}

/* The year of metric m's row: `year`, if one of the countries has a figure
 * then, or (year 0) the latest such year; 0 if none. */
static int row_year(const ke_dataset *ds, const ke_metric *m, const ke_country *const *cs, size_t n,
                    int year)
{
    int found = 0;
    size_t first, end;
    ke_metric_range(ds, ke_s(ds, m->id), &first, &end);
    for (size_t i = first; i < end; i++) {
        int y = ke_obs_year(ds, &ds->observations[i]);
        if (country_of(ds, &ds->observations[i], cs, n) >= 0 && (year ? y == year : y > found))
            found = y;
    }
    return found;
}

/* One metric's row; 0, or -1 (no row) when none of the countries has a
 * figure that year. */
static int add_row(ke_table *t, const ke_dataset *ds, const ke_metric *m,
                   const ke_country *const *cs, size_t n, int want, ke_lang lang)
{
    int year = row_year(ds, m, cs, n, want);
    if (!year)
        return -1;
    size_t r = ke_table_add_row(t), first, end;
    ke_table_set_text(t, r, "metric", ke_s(ds, m->id));
    ke_table_set_text(t, r, "metric_name", ke_name(ds, &m->name, lang));
    ke_table_set_int(t, r, "year", year);
    ke_table_set_text(t, r, "unit", ke_s(ds, m->unit));
    /* within a year, the latest period wins (periods are sorted) */
    ke_metric_range(ds, ke_s(ds, m->id), &first, &end);
    for (size_t i = first; i < end; i++) {
        long k = country_of(ds, &ds->observations[i], cs, n);
        if (k >= 0 && ke_obs_year(ds, &ds->observations[i]) == year)
            ke_table_set_num(t, r, t->cols[N_FIXED + (size_t)k].key, ke_s(ds, ds->observations[i].value.text),
                             ds->observations[i].value.value);
    }
    return 0;
}

/* The row of metric notable-models-listed: each country's models in the
 * list of models that year, computed from the list (its definition says
 * so), for `want`, else the year of the notable-models row above (the
 * report's count), else the last whole year before the list's snapshot.
 * 0, or -1 (no row) when the dataset has no list covering that year. */
static int add_listed_row(ke_table *t, const ke_dataset *ds, const ke_metric *m, const ke_country *const *cs,
                          size_t n, int want, ke_lang lang)
{
    const char *list;
    if (ke_model_lists(ds, &list, 1) == 0)
        return -1;
    int year = want;
    for (size_t r = 0; !year && r < t->n_rows; r++) {
        const ke_cell *metric = ke_table_cell(t, r, 0), *y = ke_table_cell(t, r, 1);
        if (metric->text && strcmp(metric->text, KE_STATED_MODELS_METRIC) == 0 && y->text)
            year = ke_date_year(y->text);
    }
    const ke_source *s = ke_source_find(ds, list);
    if (!year && s && ke_s(ds, s->date.text))
        year = ke_date_year(ke_s(ds, s->date.text)) - 1;
    long counts[n ? n : 1];
    int any = 0;
    for (size_t k = 0; k < n; k++)
        any |= (counts[k] = ke_listed_count(ds, list, ke_s(ds, cs[k]->alpha2), year)) >= 0;
    if (!any)
        return -1;
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "metric", ke_s(ds, m->id));
    ke_table_set_text(t, r, "metric_name", ke_name(ds, &m->name, lang));
    ke_table_set_int(t, r, "year", year);
    ke_table_set_text(t, r, "unit", ke_s(ds, m->unit));
    for (size_t k = 0; k < n; k++) {
        char text[24];
        snprintf(text, sizeof text, "%ld", counts[k]);
        ke_table_set_num(t, r, t->cols[N_FIXED + k].key, text, (double)counts[k]);
    }
    return 0;
}

/* The table view of the last row (of metric m): its unit in the chosen
 * language, and the countries' figures counted in the metric's scale. */
static void view_row(ke_table *t, const ke_dataset *ds, const ke_metric *m, size_t n, ke_lang lang)
{
    if (t->n_rows == 0)
        return;
    size_t r = t->n_rows - 1;
    ke_set_unit_at(t, r, (size_t)ke_table_col(t, "unit"), ds, m, lang);
    for (size_t k = 0; k < n; k++)
        if (ke_table_cell(t, r, N_FIXED + k)->text)
            ke_set_figure_at(t, r, N_FIXED + k, m);
}

ke_table *ke_query_compare(const ke_dataset *ds, const char *const *countries,
                           size_t n_countries, const char *const *metrics, size_t n_metrics,
                           int year, ke_lang lang, ke_error *err)
{
    if (n_countries == 0) {
        ke_error_set(err, KE_EXIT_USAGE, "compare needs at least one country");
        return NULL;
    }
    /* Resolve every name first, so a typo fails before any output. */
    const ke_country *cs[n_countries];
    size_t n = ke_countries_resolve(ds, countries, n_countries, cs, err);
    if (n == (size_t)-1)
        return NULL;
    const ke_metric *ms[n_metrics ? n_metrics : 1];
    size_t n_ms = 0;
    for (size_t i = 0; i < n_metrics; i++) {
        const ke_metric *m = ke_metric_resolve(ds, metrics[i], err);
        if (!m)
            return NULL;
        int repeat = 0;
        for (size_t j = 0; j < n_ms; j++)
            repeat |= ms[j] == m;
        if (!repeat)
            ms[n_ms++] = m;
    }

    /* one column per country, keyed by its lower-case alpha-2 code and
     * headed (table view, ko and ja) by its name */
    ke_column all[N_FIXED + n + 1];
    char keys[n][3];
    memcpy(all, cols, N_FIXED * sizeof *cols);
    for (size_t k = 0; k < n; k++) {
        keys[k][0] = (char)(ke_s(ds, cs[k]->alpha2)[0] - 'A' + 'a');
        keys[k][1] = (char)(ke_s(ds, cs[k]->alpha2)[1] - 'A' + 'a');
        keys[k][2] = '\0';
        all[N_FIXED + k] = (ke_column){.key = keys[k], .type = KE_COL_NUM, .doc = country_doc,
                                       .heading = ke_name(ds, &cs[k]->name, lang)};
    }
    all[N_FIXED + n] = cols[N_FIXED];
    ke_table *t = ke_table_new(all, N_FIXED + n + 1);
    if (!t)
        return ke_table_done(NULL, err);
    for (size_t i = 0; i < (n_ms ? n_ms : ds->n_metrics); i++) {
        const ke_metric *m = n_ms ? ms[i] : &ds->metrics[i];
        int listed = strcmp(ke_s(ds, m->id), KE_LISTED_MODELS_METRIC) == 0;
        if ((listed ? add_listed_row(t, ds, m, cs, n, year, lang) : add_row(t, ds, m, cs, n, year, lang)) == 0) {
            view_row(t, ds, m, n, lang);
            continue;
        }
        if (!n_ms)
            continue;
        if (year)
            ke_table_note(t, "no %s figure for any of these countries in %d", ke_s(ds, m->id), year);
        else
            ke_table_note(t, "no %s figure for any of these countries", ke_s(ds, m->id));
    }
    return ke_table_done(t, err);
}
