/* ke_dataset_as_of: the dataset as it stood on a date, on the publication
 * axis. A source counts once the whole period of its date is over (a
 * source dated 2025-04 counts from 2025-04-30, one dated 2025 from
 * 2025-12-31); figures, events and contest decisions count with their
 * source, and a decision only once it was taken. A model counts from the
 * day it was known: the earliest of its release date and the publication
 * dates lists give it (the end of the period, for a month or a year); a
 * model with none of them, once the source of its record is out (the
 * publication axis). Its listings count with it, and figures about it only
 * once it counts. Other names stay. The result shares the strings and
 * list entries of `ds` (or has a copy of its string table with one more
 * string: give_reason), and its references are indexes into its own
 * arrays. */
#include "data/loader.h"
#include "data/refs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/groups.h"
#include "date.h"
#include "kaieco/lookup.h"

static int published_by(const ke_dataset *ds, const ke_source *s, const char *day)
{
    char end[11];
    if (!s || !s->date.text.at)
        return 0;
    ke_date_period_end(ke_s(ds, s->date.text), end);
    return strcmp(end, day) <= 0;
}

/* Whether entity `e` (or NULL) was known on `day` (1 unless a model). */
static int model_known(const ke_dataset *ds, const ke_entity *e, const char *day)
{
    if (!e || e->kind != KE_ENTITY_MODEL)
        return 1;
    char end[11], first[11] = "";
    if (e->released.text.at)
        ke_date_period_end(ke_s(ds, e->released.text), first);
    size_t from, to;
    ke_listings_of(ds, ke_s(ds, e->id), &from, &to);
    for (const ke_listing *li = ds->listings + from; li < ds->listings + to; li++)
        if (li->published.text.at) {
            ke_date_period_end(ke_s(ds, li->published.text), end);
            if (!*first || strcmp(end, first) < 0)
                memcpy(first, end, sizeof first);
        }
    /* no date of its own: known once the source that names it was out */
    if (!*first)
        return published_by(ds, ke_source_at(ds, e->source_ix), day);
    return strcmp(first, day) <= 0;
}

/* Whether record `rec` of kind k counts on `day`. */
static int counts(const ke_dataset *ds, ke_kind k, const void *rec, const char *day)
{
    switch (k) {
    case KE_K_ENTITIES:
        return model_known(ds, rec, day);
    case KE_K_LISTINGS:
        return model_known(ds, ke_entity_at(ds, ((const ke_listing *)rec)->model_ix), day);
    case KE_K_TEAMS: /* a team stays; its model only once known (below) */
        return 1;
    case KE_K_SOURCES:
        return published_by(ds, rec, day);
    case KE_K_OBSERVATIONS: {
        const ke_observation *o = rec;
        if (o->entity_kind != KE_ENTITY_COUNTRY &&
            !model_known(ds, ke_entity_at(ds, o->entity_ix), day))
            return 0;
        goto with_source;
    }
    case KE_K_DECISIONS: {
        /* a decision also needs to have been taken: one known only to the
         * month counts from the month's last day */
        const ke_contest_decision *d = rec;
        char end[11];
        ke_date_period_end(ke_s(ds, d->date.text), end);
        if (strcmp(end, day) > 0)
            return 0;
    }
    /* fall through */
    case KE_K_EVENTS:
    with_source: {
        const uint32_t *src = KE_FIELD_PTR(rec, ke_field_find(k, "source_ix"));
        return published_by(ds, ke_source_at(ds, *src), day);
    }
    default:
        return 1; /* names and rules stay */
    }
}

/* The filtered arrays' references: kept[k][i] is the new index of record
 * i of kind k, or KE_NO_INDEX when it was left out. */
static void remap(ke_owned *o, uint32_t *const kept[KE_K_COUNT])
{
    for (int k = 0; k < KE_K_COUNT; k++)
        for (const ke_field *f = ke_schema[k].fields; f->name; f++) {
            if (f->type != KE_F_INDEX)
                continue;
            for (size_t i = 0; i < ke_kind_count(&o->ds, (ke_kind)k); i++) {
                void *rec = ke_kind_record(&o->ds, (ke_kind)k, i);
                uint32_t *ix = KE_FIELD_PTR(rec, f);
                int target = f->ref_kind;
                if (target == KE_REF_SUBJECT)
                    target = ((const ke_observation *)rec)->entity_kind == KE_ENTITY_COUNTRY ? KE_K_COUNTRIES
                                                                                           : KE_K_ENTITIES;
                if (*ix != KE_NO_INDEX)
                    *ix = kept[target][*ix];
            }
        }
}

/* The default_reason of a group whose flagged figure or event is left
 * out. Until some group needs it, it is named by the offset it would have
 * at the end of a copy of the parent's table (`pending`); then it becomes
 * the parent's copy of the text, when the parent has it (equal strings are
 * stored once), else is added at that offset to a copy of the table. Most
 * dates need none, and the table is shared. 0, or -1 out of memory. */
static int give_reason(ke_owned *o, const ke_dataset *ds, ke_str pending, const char *text)
{
    ke_observation *obs = o->arrays[KE_K_OBSERVATIONS];
    ke_event *ev = o->arrays[KE_K_EVENTS];
    int used = 0;
    for (size_t i = 0; i < o->ds.n_observations; i++)
        used |= obs[i].default_reason.at == pending.at;
    for (size_t i = 0; i < o->ds.n_events; i++)
        used |= ev[i].default_reason.at == pending.at;
    if (!used)
        return 0;
    ke_str why = {0};
    size_t n = strlen(text) + 1;
    for (const char *p = ds->strings + 1, *end = ds->strings + ds->strings_len; !why.at && p + n <= end;
         p += strlen(p) + 1)
        if (memcmp(p, text, n) == 0)
            why.at = (uint32_t)(p - ds->strings);
    if (!why.at) {
        if (ke_pool_init(&o->pool, ds->strings, ds->strings_len) != 0)
            return -1;
        why = ke_pool_add(&o->pool, text);
        if (o->pool.failed)
            return -1;
        o->ds.strings = o->pool.buf;
        o->ds.strings_len = o->pool.len;
    }
    for (size_t i = 0; i < o->ds.n_observations; i++)
        if (obs[i].default_reason.at == pending.at)
            obs[i].default_reason = why;
    for (size_t i = 0; i < o->ds.n_events; i++)
        if (ev[i].default_reason.at == pending.at)
            ev[i].default_reason = why;
    return 0;
}

ke_dataset *ke_dataset_as_of(const ke_dataset *ds, const char *date, ke_error *err)
{
    int prec = 0;
    if (!date || !ke_date_parse(date, &prec)) {
        ke_error_set(err, KE_EXIT_USAGE,
                     "invalid date '%s' for --as-of (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                     date ? date : "");
        return NULL;
    }
    char day[11];
    ke_date_period_end(date, day);
    uint32_t *kept[KE_K_COUNT] = {0};
    ke_owned *o = calloc(1, sizeof *o);
    if (!o || ds->strings_len >= UINT32_MAX)
        goto oom;
    for (int k = 0; k < KE_K_COUNT; k++) {
        size_t n = ke_kind_count(ds, (ke_kind)k), size = ke_schema[k].size, n_kept = 0;
        if (!(o->arrays[k] = malloc(n ? n * size : 1)) || !(kept[k] = malloc((n ? n : 1) * sizeof *kept[k])))
            goto oom;
        for (size_t i = 0; i < n; i++) {
            const void *rec = ke_kind_record(ds, (ke_kind)k, i);
            kept[k][i] = KE_NO_INDEX;
            if (counts(ds, (ke_kind)k, rec, day)) {
                kept[k][i] = (uint32_t)n_kept;
                memcpy((char *)o->arrays[k] + n_kept++ * size, rec, size);
            }
        }
        ke_kind_set(&o->ds, (ke_kind)k, o->arrays[k], n_kept);
    }
    remap(o, kept);
    /* a team's model not yet known is no reference (remap left it out) */
    ke_contest_team *teams = o->arrays[KE_K_TEAMS];
    for (size_t i = 0; i < o->ds.n_teams; i++)
        if (teams[i].model_ix == KE_NO_INDEX)
            teams[i].model = (ke_str){0};
    /* A default chosen by date says so, so that an export of this dataset
     * loads again (a group of several needs its one flagged default). */
    char text[128];
    snprintf(text, sizeof text, "the most recently published of the versions known on %s", day);
    ke_str pending = {(uint32_t)ds->strings_len};
    o->ds.strings = ds->strings; /* the parent's strings and lists */
    o->ds.strings_len = ds->strings_len;
    o->ds.str_items = ds->str_items;
    o->ds.n_str_items = ds->n_str_items;
    ke_obs_mark_groups(o->arrays[KE_K_OBSERVATIONS], o->ds.n_observations, &o->ds, pending);
    if (ke_events_mark_groups(o->arrays[KE_K_EVENTS], o->ds.n_events, &o->ds, pending, NULL, NULL) != 0 ||
        give_reason(o, ds, pending, text) != 0)
        goto oom;
    for (int k = 0; k < KE_K_COUNT; k++)
        free(kept[k]);
    return &o->ds;
oom:
    for (int k = 0; k < KE_K_COUNT; k++)
        free(kept[k]);
    ke_dataset_free(o ? &o->ds : NULL);
    ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
    return NULL;
}
