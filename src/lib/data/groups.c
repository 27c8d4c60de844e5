/* Figures that several sources give: grouping, agreement, the default. */
#include "data/groups.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "kaieco/lookup.h"

int ke_obs_same_group(const ke_observation *a, const ke_observation *b)
{
    /* equal strings are stored once: equal texts, equal offsets */
    return a->metric.at && a->entity.at && a->period.text.at && a->metric.at == b->metric.at &&
           a->entity.at == b->entity.at && a->period.text.at == b->period.text.at;
}

int ke_obs_agrees(const ke_observation *o, const ke_observation *dflt)
{
    return o->value.value == dflt->value.value && !(o->rank && dflt->rank && o->rank != dflt->rank);
}

size_t ke_obs_group_end(const ke_observation *obs, size_t n, size_t start)
{
    size_t end = start + 1;
    while (end < n && ke_obs_same_group(&obs[start], &obs[end]))
        end++;
    return end;
}

/* The end of the period in which a source was published, or "". */
static void published(const ke_dataset *ds, ke_str source, char out[11])
{
    const ke_source *s = source.at ? ke_source_find(ds, ke_s(ds, source)) : NULL;
    if (s && s->date.text.at)
        ke_date_period_end(ke_s(ds, s->date.text), out);
    else
        out[0] = '\0';
}

/* The default of a group of `n` members: the flagged one (it has a
 * reason), else the most recently published, the first of equals. Member k
 * is base[idx[k]], or base[first + k] without idx. */
typedef struct members {
    ke_str (*reason)(const void *base, size_t i);
    ke_str (*source)(const void *base, size_t i);
    const void *base;
} members;

static size_t pick_default(const members *m, const size_t *idx, size_t first, size_t n,
                           const ke_dataset *ds, int *flagged)
{
    size_t dflt = idx ? idx[0] : first;
    char best[11] = "";
    *flagged = 0;
    for (size_t k = 0; k < n; k++)
        if (m->reason(m->base, idx ? idx[k] : first + k).at) {
            *flagged = 1;
            return idx ? idx[k] : first + k;
        }
    for (size_t k = 0; k < n && n > 1; k++) {
        char date[11];
        published(ds, m->source(m->base, idx ? idx[k] : first + k), date);
        if (strcmp(date, best) > 0) {
            memcpy(best, date, sizeof best);
            dflt = idx ? idx[k] : first + k;
        }
    }
    return dflt;
}

static ke_str obs_reason(const void *b, size_t i) { return ((const ke_observation *)b)[i].default_reason; }
static ke_str obs_source(const void *b, size_t i) { return ((const ke_observation *)b)[i].source; }
static ke_str ev_reason(const void *b, size_t i) { return ((const ke_event *)b)[i].default_reason; }
static ke_str ev_source(const void *b, size_t i) { return ((const ke_event *)b)[i].source; }

void ke_obs_mark_groups(ke_observation *obs, size_t n, const ke_dataset *ds, ke_str why)
{
    const members m = {obs_reason, obs_source, obs};
    for (size_t start = 0, end; start < n; start = end) {
        end = ke_obs_group_end(obs, n, start);
        int differ = 0, flagged;
        for (size_t i = start; i < end; i++)
            for (size_t j = start; j < i; j++)
                differ |= !ke_obs_agrees(&obs[i], &obs[j]);
        size_t dflt = pick_default(&m, NULL, start, end - start, ds, &flagged);
        for (size_t i = start; i < end; i++) {
            obs[i].is_default = i == dflt;
            obs[i].disputed = differ;
        }
        if (!flagged && end - start > 1 && why.at)
            obs[dflt].default_reason = why;
    }
}

typedef struct grouped {
    const char *group;
    size_t i;
} grouped;

static int by_group(const void *pa, const void *pb)
{
    const grouped *a = pa, *b = pb;
    int c = strcmp(a->group, b->group);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}

int ke_events_mark_groups(ke_event *ev, size_t n, const ke_dataset *ds, ke_str why,
                          size_t **order, size_t *n_order)
{
    grouped *g = malloc((n ? n : 1) * sizeof *g);
    size_t *idx = malloc((n ? n : 1) * sizeof *idx), k = 0;
    if (order)
        *order = NULL, *n_order = 0;
    for (size_t i = 0; i < n; i++) {
        ev[i].is_default = 1;
        if (ev[i].group.at && g)
            g[k++] = (grouped){ke_s(ds, ev[i].group), i};
    }
    if (!g || !idx) {
        free(g);
        free(idx);
        return -1;
    }
    qsort(g, k, sizeof *g, by_group);
    for (size_t j = 0; j < k; j++)
        idx[j] = g[j].i;
    free(g);
    const members m = {ev_reason, ev_source, ev};
    for (size_t start = 0, end; start < k; start = end) {
        for (end = start + 1; end < k && ev[idx[end]].group.at == ev[idx[start]].group.at; end++)
            ;
        int flagged;
        size_t dflt = pick_default(&m, idx + start, 0, end - start, ds, &flagged);
        for (size_t j = start; j < end; j++)
            ev[idx[j]].is_default = idx[j] == dflt;
        if (!flagged && end - start > 1 && why.at)
            ev[dflt].default_reason = why;
    }
    if (order) {
        *order = idx;
        *n_order = k;
    } else {
        free(idx);
    }
    return 0;
}
