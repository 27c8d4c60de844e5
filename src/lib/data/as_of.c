/* ke_dataset_as_of: the dataset as it stood on a date, on the publication
 * axis. A source counts once the whole period of its date is over (a
 * source dated 2025-04 counts from 2025-04-30, one dated 2025 from
 * 2025-12-31); figures, events and contest decisions count with their
 * source, and a decision only once it was taken. A model counts from the
 * day it was known: the earliest of its release date and the publication
 * dates lists give it (the end of the period, for a month or a year); a
 * model with none of them, once the source of its record is out (the
 * publication axis). Its listings count with it, and figures about it only
 * once it counts. Other names stay. The result shares its strings with
 * `ds`. */
#include "data/loader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data/groups.h"
#include "date.h"
#include "kaieco/lookup.h"

static int published_by(const ke_source *s, const char *day)
{
    char end[11];
    if (!s || !s->date.text)
        return 0;
    ke_date_period_end(s->date.text, end);
    return strcmp(end, day) <= 0;
}

/* Whether the model with id `id` was known on `day` (1 for any other id). */
static int model_known(const ke_dataset *ds, const char *id, const char *day)
{
    const ke_entity *e = id ? ke_entity_find(ds, id) : NULL;
    if (!e || e->kind != KE_ENTITY_MODEL)
        return 1;
    char end[11], first[11] = "";
    if (e->released.text)
        ke_date_period_end(e->released.text, first);
    size_t from, to;
    ke_listings_of(ds, id, &from, &to);
    for (const ke_listing *li = ds->listings + from; li < ds->listings + to; li++)
        if (li->published.text) {
            ke_date_period_end(li->published.text, end);
            if (!*first || strcmp(end, first) < 0)
                memcpy(first, end, sizeof first);
        }
    /* no date of its own: known once the source that names it was out */
    if (!*first)
        return published_by(e->source ? ke_source_find(ds, e->source) : NULL, day);
    return strcmp(first, day) <= 0;
}

/* Whether record `rec` of kind k counts on `day`. */
static int counts(const ke_dataset *ds, ke_kind k, const void *rec, const char *day)
{
    switch (k) {
    case KE_K_ENTITIES:
        return model_known(ds, ((const ke_entity *)rec)->id, day);
    case KE_K_LISTINGS:
        return model_known(ds, ((const ke_listing *)rec)->model, day);
    case KE_K_TEAMS: /* a team stays; its model only once known (below) */
        return 1;
    case KE_K_SOURCES:
        return published_by(rec, day);
    case KE_K_OBSERVATIONS:
        if (!model_known(ds, ((const ke_observation *)rec)->entity, day))
            return 0;
        goto with_source;
    case KE_K_DECISIONS: {
        /* a decision also needs to have been taken: one known only to the
         * month counts from the month's last day */
        const ke_contest_decision *d = rec;
        char end[11];
        ke_date_period_end(d->date.text, end);
        if (strcmp(end, day) > 0)
            return 0;
    }
    /* fall through */
    case KE_K_EVENTS:
    with_source: {
        const char *src = ke_field_str(rec, ke_field_find(k, "source"));
        return published_by(src ? ke_source_find(ds, src) : NULL, day);
    }
    default:
        return 1; /* names and rules stay */
    }
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
    ke_owned *o = calloc(1, sizeof *o);
    if (!o)
        goto oom;
    for (int k = 0; k < KE_K_COUNT; k++) {
        size_t n = ke_kind_count(ds, (ke_kind)k), size = ke_schema[k].size, kept = 0;
        if (!(o->arrays[k] = malloc(n ? n * size : 1)))
            goto oom;
        for (size_t i = 0; i < n; i++) {
            const void *rec = ke_kind_record(ds, (ke_kind)k, i);
            if (counts(ds, (ke_kind)k, rec, day))
                memcpy((char *)o->arrays[k] + kept++ * size, rec, size);
        }
        ke_kind_set(&o->ds, (ke_kind)k, o->arrays[k], kept);
    }
    /* a team's model not yet known is no reference */
    ke_contest_team *teams = o->arrays[KE_K_TEAMS];
    for (size_t i = 0; i < o->ds.n_teams; i++)
        if (teams[i].model && !model_known(ds, teams[i].model, day))
            teams[i].model = NULL;
    /* A default chosen by date says so, so that an export of this dataset
     * loads again (a group of several needs its one flagged default). */
    char text[128];
    snprintf(text, sizeof text, "the most recently published of the versions known on %s", day);
    const char *why = ke_arena_strdup(&o->arena, text);
    if (!why)
        goto oom;
    ke_obs_mark_groups(o->arrays[KE_K_OBSERVATIONS], o->ds.n_observations, &o->ds, why);
    if (ke_events_mark_groups(o->arrays[KE_K_EVENTS], o->ds.n_events, &o->ds, why, NULL, NULL) != 0)
        goto oom;
    return &o->ds;
oom:
    ke_dataset_free(o ? &o->ds : NULL);
    ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
    return NULL;
}
