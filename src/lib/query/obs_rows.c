/* Observations as result-table rows. */
#include "query/obs_rows.h"
#include "base/text.h"
#include "data/refs.h"
#include "data/groups.h"
#include "table/private.h"
#include "kaieco/lang.h"
#include "kaieco/messages.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ke_obs_year(const ke_dataset *ds, const ke_observation *o)
{
    return ke_date_year(ke_s(ds, o->period.text));
}

/* The figures of all[start..end) but `o`, as `other_sources` lists them:
 * "13.41 (etnews-2024-04-16); 1.48, rank 2 (kyunghyang-2024-04-17)" in
 * English, the text of every format; under Korean and Japanese, what the
 * table view shows instead, each figure written as that view writes the
 * value column ("약 672.2억, 2위 (meritalk-2024)", the metric's scale
 * applied), so that the two read alike. malloc'd; NULL when out of memory. */
static char *others_text(const ke_dataset *ds, const ke_observation *o, size_t start, size_t end, int scale,
                         ke_lang lang)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    const char *sep = "";
    for (size_t i = start; i < end; i++) {
        const ke_observation *x = &ds->observations[i];
        if (x == o)
            continue;
        const char *approx = ke_s(ds, x->approx), *value = ke_s(ds, x->value.text);
        char number[256];
        if (lang != KE_LANG_EN && ke_format_number(value, scale, lang, number, sizeof number) == 0)
            value = number;
        fputs(sep, f);
        if (approx) /* 약 672.2억, 約672.2億, about 67.22 */
            fprintf(f, "%s%s", ke_term(approx, lang), lang == KE_LANG_JA ? "" : " ");
        fputs(value, f);
        if (x->rank)
            fprintf(f, ke_tr(lang, ", rank %d"), x->rank);
        fprintf(f, " (%s)", ke_s(ds, x->source));
        sep = "; ";
    }
    int bad = ferror(f);
    if (fclose(f) != 0 || bad || !buf) {
        free(buf);
        return NULL;
    }
    return buf;
}

/* What the other sources give for the same metric, subject and period, in
 * *out, and in *shown what the table view shows of it in `lang` (NULL in
 * English); both NULL when there is none. A group's members are
 * neighbours in the dataset's order, so this reads only them. -1 when out
 * of memory. */
static int other_sources(const ke_dataset *ds, const ke_observation *o, ke_lang lang, char **out, char **shown)
{
    *out = *shown = NULL;
    const ke_observation *all = ds->observations;
    size_t n = ds->n_observations, at = (size_t)(o - all);
    if (o < all || at >= n)
        return 0;
    size_t start = at;
    while (start > 0 && ke_obs_same_group(&all[start - 1], o))
        start--;
    size_t end = ke_obs_group_end(all, n, start);
    if (end - start < 2)
        return 0;
    const ke_metric *m = ke_metric_at(ds, o->metric_ix);
    int scale = m ? m->scale : 0;
    if (!(*out = others_text(ds, o, start, end, scale, KE_LANG_EN)))
        return -1;
    if (lang != KE_LANG_EN && !(*shown = others_text(ds, o, start, end, scale, lang)))
        return -1;
    return 0;
}

const char *ke_obs_subject_name(const ke_dataset *ds, const ke_observation *o, ke_lang lang)
{
    const ke_country *c = o->entity_kind == KE_ENTITY_COUNTRY ? ke_country_at(ds, o->entity_ix) : NULL;
    const ke_entity *e = o->entity_kind != KE_ENTITY_COUNTRY ? ke_entity_at(ds, o->entity_ix) : NULL;
    return c ? ke_name(ds, &c->name, lang) : e ? ke_name(ds, &e->name, lang) : ke_s(ds, o->entity);
}

static int has(const ke_table *t, const char *key)
{
    return ke_table_col(t, key) >= 0;
}

/* The columns ke_fill_obs_row knows, in ke_obs_cols' order. */
static const char *const obs_keys[KE_OBS_N_COLS] = {
    "rank",   "country", "entity",    "entity_kind", "name",     "metric",        "value",
    "approx", "unit",    "year",      "period",      "precision", "source",       "source_kind",
    "default", "disputed", "other_sources", "note",
};

void ke_obs_cols_init(ke_obs_cols *c, const ke_table *t)
{
    for (int k = 0; k < KE_OBS_N_COLS; k++)
        c->at[k] = ke_table_col(t, obs_keys[k]);
}

/* The dataset's strings are kept, not copied (query.h: a table goes
 * before its dataset); only the text made here is copied. */
void ke_fill_obs_row(ke_table *t, const ke_obs_cols *c, size_t row, const ke_dataset *ds,
                     const ke_observation *o, ke_lang lang)
{
    enum { RANK, COUNTRY, ENTITY, ENTITY_KIND, NAME, METRIC, VALUE, APPROX, UNIT, YEAR, PERIOD,
           PRECISION, SOURCE, SOURCE_KIND, DEFAULT, DISPUTED, OTHER_SOURCES, NOTE };
    const int *at = c->at;
    if (at[RANK] >= 0 && o->rank)
        ke_table_set_int_at(t, row, (size_t)at[RANK], o->rank);
    if (at[COUNTRY] >= 0 && o->entity_kind == KE_ENTITY_COUNTRY)
        ke_table_set_text_ref_at(t, row, (size_t)at[COUNTRY], ke_s(ds, o->entity));
    if (at[ENTITY] >= 0)
        ke_table_set_text_ref_at(t, row, (size_t)at[ENTITY], ke_s(ds, o->entity));
    if (at[ENTITY_KIND] >= 0)
        ke_table_set_text_ref_at(t, row, (size_t)at[ENTITY_KIND], ke_entity_kind_name(o->entity_kind));
    if (at[NAME] >= 0)
        ke_table_set_text_ref_at(t, row, (size_t)at[NAME], ke_obs_subject_name(ds, o, lang));
    if (at[METRIC] >= 0)
        ke_table_set_text_ref_at(t, row, (size_t)at[METRIC], ke_s(ds, o->metric));
    const ke_metric *m = at[VALUE] >= 0 || at[UNIT] >= 0 ? ke_metric_at(ds, o->metric_ix) : NULL;
    if (at[VALUE] >= 0) {
        ke_table_set_num_at(t, row, (size_t)at[VALUE], ke_s(ds, o->value.text), o->value.value);
        if (m)
            ke_set_figure_at(t, row, (size_t)at[VALUE], m);
    }
    if (at[APPROX] >= 0)
        ke_table_set_text_ref_at(t, row, (size_t)at[APPROX], ke_s(ds, o->approx));
    if (at[UNIT] >= 0 && m)
        ke_set_unit_at(t, row, (size_t)at[UNIT], ds, m, lang);
    if (at[YEAR] >= 0)
        ke_table_set_int_at(t, row, (size_t)at[YEAR], ke_obs_year(ds, o));
    if (at[PERIOD] >= 0)
        ke_table_set_text_ref_at(t, row, (size_t)at[PERIOD], ke_s(ds, o->period.text));
    if (at[PRECISION] >= 0)
        ke_table_set_text_ref_at(t, row, (size_t)at[PRECISION], ke_precision_name(o->period.precision));
    if (at[SOURCE] >= 0)
        ke_table_set_text_ref_at(t, row, (size_t)at[SOURCE], ke_s(ds, o->source));
    if (at[SOURCE_KIND] >= 0) {
        const ke_source *src = ke_source_at(ds, o->source_ix);
        if (src)
            ke_table_set_text_ref_at(t, row, (size_t)at[SOURCE_KIND], ke_source_kind_name(src->kind));
    }
    if (at[DEFAULT] >= 0)
        ke_table_set_bool_at(t, row, (size_t)at[DEFAULT], o->is_default);
    if (at[DISPUTED] >= 0)
        ke_table_set_bool_at(t, row, (size_t)at[DISPUTED], o->disputed);
    if (at[OTHER_SOURCES] >= 0) {
        char *others, *shown;
        if (other_sources(ds, o, lang, &others, &shown) != 0)
            ke_table_out_of_memory(t);
        ke_table_set_text_at(t, row, (size_t)at[OTHER_SOURCES], others);
        if (others && shown)
            ke_table_set_shown_at(t, row, (size_t)at[OTHER_SOURCES], shown);
        free(others);
        free(shown);
    }
    if (at[NOTE] >= 0)
        ke_table_set_text_ref_at(t, row, (size_t)at[NOTE], KE_NOTE_IN(ds, o, lang));
}

void ke_set_unit_at(ke_table *t, size_t row, size_t col, const ke_dataset *ds, const ke_metric *m, ke_lang lang)
{
    ke_table_set_text_ref_at(t, row, col, ke_s(ds, m->unit));
    if (lang == KE_LANG_KO || lang == KE_LANG_JA)
        ke_table_set_shown_at(t, row, col, ke_s(ds, lang == KE_LANG_KO ? m->unit_ko : m->unit_ja));
}

void ke_set_figure_at(ke_table *t, size_t row, size_t col, const ke_metric *m)
{
    ke_table_set_figure_at(t, row, col, m->scale);
}

void ke_order_by_value(ke_table *t, const ke_metric *m)
{
    /* Both sorts are stable: country first, then value decides. */
    if ((has(t, "country") && ke_table_sort(t, "country", 0, NULL) != 0) ||
        ke_table_sort(t, "value", m->higher_is_better, NULL) != 0)
        ke_table_out_of_memory(t); /* or no value column: reported as well */
}

void ke_metric_range(const ke_dataset *ds, const char *metric, size_t *first, size_t *end)
{
    /* observations are sorted by metric first */
    ke_range_by_key(ds, ds->observations, ds->n_observations, sizeof *ds->observations,
                    offsetof(ke_observation, metric), metric, first, end);
}

/* A default figure of a country, of metric m (within its range). */
static int country_figure(const ke_dataset *ds, const ke_observation *o, int year)
{
    return o->is_default && o->entity_kind == KE_ENTITY_COUNTRY && (!year || ke_obs_year(ds, o) == year);
}

void ke_add_country_series(ke_table *t, const ke_dataset *ds, const ke_metric *m,
                           const ke_country *c, int year, ke_lang lang)
{
    size_t first, end, before = t->n_rows;
    ke_obs_cols at;
    ke_obs_cols_init(&at, t);
    ke_metric_range(ds, ke_s(ds, m->id), &first, &end);
    for (size_t i = first; i < end; i++) {
        const ke_observation *o = &ds->observations[i];
        if (country_figure(ds, o, year) && (!c || o->entity_ix == (size_t)(c - ds->countries)))
            ke_fill_obs_row(t, &at, ke_table_add_row(t), ds, o, lang);
    }
    if (c && t->n_rows == before) {
        if (year)
            ke_table_note(t, "no %s figure for %s (%s) in %d", ke_s(ds, m->id), ke_name(ds, &c->name, lang),
                          ke_s(ds, c->alpha2), year);
        else
            ke_table_note(t, "no %s figure for %s (%s)", ke_s(ds, m->id), ke_name(ds, &c->name, lang),
                          ke_s(ds, c->alpha2));
    }
}

int ke_country_figures_in(const ke_dataset *ds, const ke_metric *m, int year)
{
    size_t first, end;
    ke_metric_range(ds, ke_s(ds, m->id), &first, &end);
    for (size_t i = first; i < end; i++)
        if (country_figure(ds, &ds->observations[i], year))
            return 1;
    return 0;
}

int ke_default_country_year(const ke_dataset *ds, const ke_metric *m)
{
    int latest = 0, latest_ranked = 0;
    size_t first, end;
    ke_metric_range(ds, ke_s(ds, m->id), &first, &end);
    for (size_t i = first; i < end; i++) {
        const ke_observation *o = &ds->observations[i];
        if (!country_figure(ds, o, 0))
            continue;
        int y = ke_obs_year(ds, o);
        latest = y > latest ? y : latest;
        if (o->rank && y > latest_ranked)
            latest_ranked = y;
    }
    return latest_ranked ? latest_ranked : latest;
}

void ke_error_no_year(ke_error *err, const ke_dataset *ds, const ke_metric *m, int year)
{
    /* the distinct years with figures by country, ascending */
    int years[64];
    size_t n = 0, first, end;
    ke_metric_range(ds, ke_s(ds, m->id), &first, &end);
    for (size_t i = first; i < end; i++) {
        if (!country_figure(ds, &ds->observations[i], 0))
            continue;
        int y = ke_obs_year(ds, &ds->observations[i]);
        size_t k = 0;
        while (k < n && years[k] < y)
            k++;
        if ((k < n && years[k] == y) || n == sizeof years / sizeof *years)
            continue;
        memmove(&years[k + 1], &years[k], (n - k) * sizeof *years);
        years[k] = y;
        n++;
    }
    char list[512] = "";
    size_t len = 0;
    for (size_t k = 0; k < n && len < sizeof list; k++)
        len += (size_t)snprintf(list + len, sizeof list - len, "%s%d", k ? ", " : "", years[k]);
    ke_error_set(err, KE_EXIT_USAGE, "no figures by country for '%s' in %d; years with figures: %s",
                 ke_s(ds, m->id), year, n ? list : ke_msg("none"));
}

void ke_error_not_by_country(ke_error *err, const ke_dataset *ds, const ke_metric *m)
{
    ke_error_not_rankable(err, ds, m ? ke_s(ds, m->id) : NULL);
}

void ke_error_not_rankable(ke_error *err, const ke_dataset *ds, const char *metric)
{
    char list[400] = "";
    size_t len = 0;
    for (size_t i = 0; i < ds->n_metrics && len < sizeof list; i++)
        if (ke_country_figures_in(ds, &ds->metrics[i], 0))
            len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", len ? ", " : "",
                                    ke_s(ds, ds->metrics[i].id));
    if (metric)
        ke_error_set(err, KE_EXIT_USAGE, "metric '%s' has no figures by country; metrics that can be ranked: %s",
                     metric, len ? list : ke_msg("none"));
    else
        ke_error_set(err, KE_EXIT_USAGE, "rank: missing METRIC; metrics that can be ranked: %s",
                     len ? list : ke_msg("none"));
}
