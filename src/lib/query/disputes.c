/* kaieco disputes: the figures (and event dates) on which sources
 * disagree, side by side. */
#include "kaieco/query.h"
#include "data/refs.h"
#include "data/groups.h"
#include "query/model_counts.h"
#include "query/obs_rows.h"
#include "table/private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const ke_column cols[] = {
    {.key = "metric", .type = KE_COL_TEXT, .doc = "metric id (see kaieco metrics)", .flags = KE_LABEL | KE_CODE, .priority = KE_PRIO_HIGH, .named_by = "metric_name"},
    {.key = "entity", .type = KE_COL_TEXT, .doc = "subject: a country's alpha-2 code or an entity id; for an event date, the event group", .flags = KE_LABEL | KE_CODE, .named_by = "name"},
    {.key = "name", .type = KE_COL_TEXT, .doc = "the subject's name (an event's title) in the chosen language", .flags = KE_WIDE},
    {.key = "period", .type = KE_COL_TEXT, .doc = "what the figures are about: YYYY, YYYY-MM or YYYY-MM-DD; null for an event date", .flags = KE_LABEL | KE_CODE, .priority = KE_PRIO_MEDIUM},
    {.key = "differs", .type = KE_COL_TEXT, .doc = "what the two sources disagree on: value, rank, both (value and rank) or date; null where the other agrees (see agrees)", .flags = KE_CODE | KE_TERM, .priority = KE_PRIO_MEDIUM},
    {.key = "shown", .type = KE_COL_TEXT, .doc = "what the default figure or date gives for it (the value; the rank where only ranks differ)", .flags = KE_CODE},
    {.key = "value_default", .type = KE_COL_NUM, .doc = "the figure shown by default", .flags = KE_WIDE},
    {.key = "source_default", .type = KE_COL_TEXT, .doc = "its source", .flags = KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "other", .type = KE_COL_TEXT, .doc = "what the other source gives for it", .flags = KE_CODE},
    {.key = "value_other", .type = KE_COL_NUM, .doc = "what another source gives (see agrees)", .flags = KE_WIDE},
    {.key = "source_other", .type = KE_COL_TEXT, .doc = "that source", .flags = KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "unit", .type = KE_COL_TEXT, .doc = "unit of the values (of the ranks' metric where ranks differ); null for an event date"},
    {.key = "rank_default", .type = KE_COL_INT, .doc = "rank stated with the default figure, or null", .flags = KE_WIDE},
    {.key = "rank_other", .type = KE_COL_INT, .doc = "rank stated by the other source, or null", .flags = KE_WIDE},
    {.key = "agrees", .type = KE_COL_BOOL, .doc = "whether the other figure agrees with the default (same value, no other stated rank; for a date, one period within the other)", .flags = KE_WIDE},
    {.key = "why", .type = KE_COL_TEXT, .doc = "why the default figure is preferred", .footnote = 1},
    {.key = "date_default", .type = KE_COL_TEXT, .doc = "for an event: the date shown by default (YYYY, YYYY-MM or YYYY-MM-DD); else null", .flags = KE_WIDE | KE_CODE},
    {.key = "date_other", .type = KE_COL_TEXT, .doc = "for an event: the date another source gives; else null", .flags = KE_WIDE | KE_CODE},
    {.key = "year", .type = KE_COL_INT, .doc = "the year the figures are about (their period's year); null for an event date", .flags = KE_WIDE},
    {.key = "metric_name", .type = KE_COL_TEXT, .doc = "the metric's name in the chosen language; null for an event date", .flags = KE_WIDE, .priority = KE_PRIO_HIGH},
};
const ke_columns ke_disputes_columns = {cols, sizeof cols / sizeof cols[0]};

/* For the table view: `shown` and `other` of row r hold figures of metric
 * m (not ranks, nor dates), counted in its scale. */
static void mark_figures(ke_table *t, size_t r, const ke_metric *m)
{
    if (!m)
        return;
    ke_set_figure_at(t, r, (size_t)ke_table_col(t, "shown"), m);
    ke_set_figure_at(t, r, (size_t)ke_table_col(t, "other"), m);
}

/* What the two figures disagree on and what each gives for it: the
 * values, unless only the stated ranks differ. */
static void set_sides(ke_table *t, size_t r, const ke_dataset *ds, const ke_observation *o,
                      const ke_observation *dflt)
{
    int value = o->value.value != dflt->value.value;
    int rank = o->rank && dflt->rank && o->rank != dflt->rank;
    ke_table_set_text(t, r, "differs", value && rank ? "both" : value ? "value" : rank ? "rank" : NULL);
    if (rank && !value) {
        char a[24], b[24];
        snprintf(a, sizeof a, "%d", dflt->rank);
        snprintf(b, sizeof b, "%d", o->rank);
        ke_table_set_text(t, r, "shown", a);
        ke_table_set_text(t, r, "other", b);
    } else {
        ke_table_set_text(t, r, "shown", ke_s(ds, dflt->value.text));
        ke_table_set_text(t, r, "other", ke_s(ds, o->value.text));
        mark_figures(t, r, ke_metric_at(ds, o->metric_ix));
    }
}

/* An event of a group, with the texts it is sorted by. */
typedef struct grouped_event {
    const char *group, *id;
    const ke_event *e;
} grouped_event;

static int by_group_then_id(const void *pa, const void *pb)
{
    const grouped_event *a = pa, *b = pb;
    int c = strcmp(a->group, b->group);
    return c ? c : strcmp(a->id, b->id);
}

/* Events dated differently by different sources: after the figures, by
 * group, each non-default version beside the default one. */
static void add_event_dates(ke_table *t, const ke_dataset *ds, ke_lang lang)
{
    size_t n = 0;
    grouped_event *grouped = malloc((ds->n_events ? ds->n_events : 1) * sizeof *grouped);
    if (!grouped) {
        ke_table_out_of_memory(t);
        return;
    }
    for (size_t i = 0; i < ds->n_events; i++)
        if (ds->events[i].group.at)
            grouped[n++] = (grouped_event){ke_s(ds, ds->events[i].group), ke_s(ds, ds->events[i].id), &ds->events[i]};
    qsort(grouped, n, sizeof *grouped, by_group_then_id);
    for (size_t start = 0, end; start < n; start = end) {
        const ke_event *dflt = NULL;
        for (end = start; end < n && strcmp(grouped[end].group, grouped[start].group) == 0; end++)
            if (grouped[end].e->is_default)
                dflt = grouped[end].e;
        for (size_t i = start; dflt && i < end; i++) {
            const ke_event *e = grouped[i].e;
            if (e == dflt)
                continue;
            size_t r = ke_table_add_row(t);
            ke_table_set_text(t, r, "entity", ke_s(ds, e->group));
            ke_table_set_text(t, r, "name", ke_name(ds, &dflt->title, lang));
            ke_table_set_text(t, r, "source_default", ke_s(ds, dflt->source));
            ke_table_set_text(t, r, "source_other", ke_s(ds, e->source));
            /* an ISO date's prefix is a period containing it: "2026" agrees
             * with "2026-12", only less precisely */
            size_t la = strlen(ke_s(ds, e->date.text)), lb = strlen(ke_s(ds, dflt->date.text));
            ke_table_set_bool(t, r, "agrees",
                              strncmp(ke_s(ds, e->date.text), ke_s(ds, dflt->date.text), la < lb ? la : lb) == 0);
            ke_table_set_text(t, r, "why", KE_REASON_IN(ds, dflt, lang));
            /* a date within the other (2026 and 2026-12) agrees */
            if (strncmp(ke_s(ds, e->date.text), ke_s(ds, dflt->date.text), la < lb ? la : lb) != 0)
                ke_table_set_text(t, r, "differs", "date");
            ke_table_set_text(t, r, "shown", ke_s(ds, dflt->date.text));
            ke_table_set_text(t, r, "other", ke_s(ds, e->date.text));
            ke_table_set_text(t, r, "date_default", ke_s(ds, dflt->date.text));
            ke_table_set_text(t, r, "date_other", ke_s(ds, e->date.text));
        }
    }
    free(grouped);
}

/* A row comparing two values of figure `o`'s metric, subject and period:
 * the default's (value and source) and another's, with the metric's unit;
 * the caller sets what differs and why. */
typedef struct value {
    const char *text;
    double value;
} value;

static size_t add_figure_row(ke_table *t, const ke_dataset *ds, const ke_observation *o,
                             value shown, const char *shown_source, value other,
                             const char *other_source, ke_lang lang)
{
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "metric", ke_s(ds, o->metric));
    const ke_metric *m = ke_metric_at(ds, o->metric_ix);
    if (m)
        ke_table_set_text(t, r, "metric_name", ke_name(ds, &m->name, lang));
    ke_table_set_text(t, r, "entity", ke_s(ds, o->entity));
    ke_table_set_text(t, r, "name", ke_obs_subject_name(ds, o, lang));
    ke_table_set_text(t, r, "period", ke_s(ds, o->period.text));
    ke_table_set_int(t, r, "year", ke_obs_year(ds, o));
    ke_table_set_num(t, r, "value_default", shown.text, shown.value);
    ke_table_set_text(t, r, "source_default", shown_source);
    ke_table_set_num(t, r, "value_other", other.text, other.value);
    ke_table_set_text(t, r, "source_other", other_source);
    if (m) {
        ke_set_unit_at(t, r, (size_t)ke_table_col(t, "unit"), ds, m, lang);
        ke_set_figure_at(t, r, (size_t)ke_table_col(t, "value_default"), m);
        ke_set_figure_at(t, r, (size_t)ke_table_col(t, "value_other"), m);
    }
    return r;
}

/* A count a report printed from a list of models (notable-models) beside
 * the count computed from the list's snapshot in the dataset, for every
 * year the snapshot covers: after the figures. */
static void add_computed_counts(ke_table *t, const ke_dataset *ds, ke_lang lang)
{
    /* the lists (listings are sorted by model, not source): a few at most */
    const char *lists[8];
    size_t n_lists = ke_model_lists(ds, lists, 8);
    size_t first, end;
    ke_metric_range(ds, KE_STATED_MODELS_METRIC, &first, &end);
    for (size_t i = first; i < end; i++) {
        const ke_observation *o = &ds->observations[i];
        if (!o->is_default || o->entity_kind != KE_ENTITY_COUNTRY)
            continue;
        for (size_t s = 0; s < n_lists; s++) {
            const char *src = lists[s];
            long n = ke_listed_count(ds, src, ke_s(ds, o->entity), ke_obs_year(ds, o));
            if (n < 0)
                continue;
            char text[32], why[512];
            snprintf(text, sizeof text, "%ld", n);
            value computed = {text, (double)n}, stated = {ke_s(ds, o->value.text), o->value.value};
            ke_count_reason(why, sizeof why, ds, o, src, n, lang);
            size_t r = add_figure_row(t, ds, o, stated, ke_s(ds, o->source), computed, src, lang);
            ke_table_set_bool(t, r, "agrees", strcmp(ke_s(ds, o->value.text), text) == 0);
            if (strcmp(ke_s(ds, o->value.text), text) != 0)
                ke_table_set_text(t, r, "differs", "value");
            ke_table_set_text(t, r, "shown", ke_s(ds, o->value.text));
            ke_table_set_text(t, r, "other", text);
            mark_figures(t, r, ke_metric_at(ds, o->metric_ix));
            ke_table_set_text(t, r, "why", why);
        }
    }
}

ke_table *ke_query_disputes(const ke_dataset *ds, ke_lang lang, ke_error *err)
{
    (void)err;
    ke_table *t = ke_table_new(cols, ke_disputes_columns.n);
    if (!t)
        return ke_table_done(NULL, err);
    /* observations are sorted by metric, entity, period: a group of
     * figures about the same thing is a run of neighbours */
    for (size_t start = 0, end; start < ds->n_observations; start = end) {
        const ke_observation *first = &ds->observations[start], *dflt = NULL;
        for (end = start; end < ds->n_observations && ke_obs_same_group(first, &ds->observations[end]); end++)
            if (ds->observations[end].is_default)
                dflt = &ds->observations[end];
        if (!first->disputed || !dflt)
            continue;
        for (size_t i = start; i < end; i++) {
            const ke_observation *o = &ds->observations[i];
            if (o == dflt)
                continue;
            value shown = {ke_s(ds, dflt->value.text), dflt->value.value},
                  other = {ke_s(ds, o->value.text), o->value.value};
            size_t r = add_figure_row(t, ds, o, shown, ke_s(ds, dflt->source), other, ke_s(ds, o->source), lang);
            if (dflt->rank)
                ke_table_set_int(t, r, "rank_default", dflt->rank);
            if (o->rank)
                ke_table_set_int(t, r, "rank_other", o->rank);
            ke_table_set_bool(t, r, "agrees", ke_obs_agrees(o, dflt));
            set_sides(t, r, ds, o, dflt);
            ke_table_set_text(t, r, "why", KE_REASON_IN(ds, dflt, lang));
        }
    }
    add_computed_counts(t, ds, lang);
    add_event_dates(t, ds, lang);
    return ke_table_done(t, err);
}
