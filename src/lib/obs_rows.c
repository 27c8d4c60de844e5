/* Observations as result-table rows. */
#include "obs_rows.h"
#include "groups.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ke_obs_year(const ke_observation *o)
{
    return atoi(o->period.text); /* the text starts with YYYY */
}

/* "13.41 (etnews-2024-04-16); 1.48, rank 2 (kyunghyang-2024-04-17)": what the
 * other sources give for the same metric, subject and period. A group's
 * members are neighbours in the dataset's order, so this reads only them. */
static char *other_sources(const ke_dataset *ds, const ke_observation *o)
{
    const ke_observation *all = ds->observations;
    size_t n = ds->n_observations, at = (size_t)(o - all);
    if (o < all || at >= n)
        return NULL;
    size_t start = at;
    while (start > 0 && ke_obs_same_group(&all[start - 1], o))
        start--;
    size_t end = ke_obs_group_end(all, n, start);
    if (end - start < 2)
        return NULL;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    int first = 1;
    for (size_t i = start; i < end; i++) {
        const ke_observation *x = &all[i];
        if (x == o)
            continue;
        fprintf(f, "%s%s%s%s", first ? "" : "; ", x->approx ? x->approx : "",
                x->approx ? " " : "", x->value.text);
        if (x->rank)
            fprintf(f, ", rank %d", x->rank);
        fprintf(f, " (%s)", x->source);
        first = 0;
    }
    fclose(f);
    return buf;
}

static int has(const ke_table *t, const char *key)
{
    return ke_table_col(t, key) >= 0;
}

void ke_fill_obs_row(ke_table *t, size_t row, const ke_dataset *ds, const ke_observation *o,
                     ke_lang lang)
{
    const ke_metric *m = ke_metric_find(ds, o->metric);
    const ke_source *src = ke_source_find(ds, o->source);
    if (has(t, "rank") && o->rank)
        ke_table_set_int(t, row, "rank", o->rank);
    if (has(t, "country") && o->entity_kind == KE_ENTITY_COUNTRY)
        ke_table_set_text(t, row, "country", o->entity);
    if (has(t, "entity"))
        ke_table_set_text(t, row, "entity", o->entity);
    if (has(t, "entity_kind"))
        ke_table_set_text(t, row, "entity_kind", ke_entity_kind_name(o->entity_kind));
    if (has(t, "name"))
        ke_table_set_text(t, row, "name", ke_subject_name(ds, o->entity, lang));
    if (has(t, "metric"))
        ke_table_set_text(t, row, "metric", o->metric);
    ke_table_set_num(t, row, "value", &o->value);
    if (has(t, "approx"))
        ke_table_set_text(t, row, "approx", o->approx);
    if (has(t, "unit") && m)
        ke_table_set_text(t, row, "unit", m->unit);
    if (has(t, "year"))
        ke_table_set_int(t, row, "year", ke_obs_year(o));
    if (has(t, "period"))
        ke_table_set_text(t, row, "period", o->period.text);
    if (has(t, "precision"))
        ke_table_set_text(t, row, "precision", ke_precision_name(o->period.precision));
    if (has(t, "source"))
        ke_table_set_text(t, row, "source", o->source);
    if (has(t, "source_kind") && src)
        ke_table_set_text(t, row, "source_kind", ke_source_kind_name(src->kind));
    if (has(t, "default"))
        ke_table_set_bool(t, row, "default", o->is_default);
    if (has(t, "disputed"))
        ke_table_set_bool(t, row, "disputed", o->disputed);
    if (has(t, "other_sources")) {
        char *others = other_sources(ds, o);
        ke_table_set_text(t, row, "other_sources", others);
        free(others);
    }
    if (has(t, "note"))
        ke_table_set_text(t, row, "note", o->note);
}

void ke_order_by_value(ke_table *t, const ke_metric *m)
{
    /* Both sorts are stable: country first, then value decides. */
    if (has(t, "country"))
        ke_table_sort(t, "country", 0, NULL);
    ke_table_sort(t, "value", m->higher_is_better, NULL);
}

void ke_add_country_series(ke_table *t, const ke_dataset *ds, const ke_metric *m,
                           const ke_country *c, int year, ke_lang lang)
{
    size_t before = t->n_rows;
    for (size_t i = 0; i < ds->n_observations; i++) {
        const ke_observation *o = &ds->observations[i];
        if (o->is_default && o->entity_kind == KE_ENTITY_COUNTRY && strcmp(o->metric, m->id) == 0 &&
            (!c || strcmp(o->entity, c->alpha2) == 0) && (!year || ke_obs_year(o) == year))
            ke_fill_obs_row(t, ke_table_add_row(t), ds, o, lang);
    }
    if (c && t->n_rows == before) {
        char note[160];
        size_t r = ke_table_add_row(t);
        if (year)
            snprintf(note, sizeof note, "no figure for this country in %d in the dataset", year);
        else
            snprintf(note, sizeof note, "no figure for this country in the dataset");
        ke_table_set_text(t, r, "country", c->alpha2);
        if (ke_table_col(t, "name") >= 0)
            ke_table_set_text(t, r, "name", ke_name(&c->name, lang));
        if (ke_table_col(t, "unit") >= 0)
            ke_table_set_text(t, r, "unit", m->unit);
        if (ke_table_col(t, "note") >= 0)
            ke_table_set_text(t, r, "note", note);
    }
}

int ke_latest_country_year(const ke_dataset *ds, const ke_metric *m)
{
    int latest = 0;
    for (size_t i = 0; i < ds->n_observations; i++) {
        const ke_observation *o = &ds->observations[i];
        if (o->is_default && o->entity_kind == KE_ENTITY_COUNTRY && strcmp(o->metric, m->id) == 0 &&
            ke_obs_year(o) > latest)
            latest = ke_obs_year(o);
    }
    return latest;
}

void ke_error_no_year(ke_error *err, const ke_dataset *ds, const ke_metric *m, int year)
{
    char years[256] = "";
    size_t len = 0;
    int last = 0;
    /* observations are sorted by metric, entity, period: collect distinct
     * years in ascending order by scanning year by year */
    for (;;) {
        int next = 0;
        for (size_t i = 0; i < ds->n_observations; i++) {
            const ke_observation *o = &ds->observations[i];
            int y = ke_obs_year(o);
            if (o->entity_kind == KE_ENTITY_COUNTRY && strcmp(o->metric, m->id) == 0 && y > last &&
                (!next || y < next))
                next = y;
        }
        if (!next)
            break;
        len += (size_t)snprintf(years + len, len < sizeof years ? sizeof years - len : 0, "%s%d",
                                last ? ", " : "", next);
        if (len >= sizeof years)
            break;
        last = next;
    }
    ke_error_set(err, KE_EXIT_USAGE, "no figures by country for '%s' in %d; years with figures: %s",
                 m->id, year, last ? years : "none");
}
