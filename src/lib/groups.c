/* Figures that several sources give: grouping, agreement, the default. */
#include "groups.h"

#include <string.h>

#include "kaieco/date.h"
#include "kaieco/query.h"

int ke_obs_same_group(const ke_observation *a, const ke_observation *b)
{
    return a->metric && b->metric && a->entity && b->entity && a->period.text && b->period.text &&
           strcmp(a->metric, b->metric) == 0 && strcmp(a->entity, b->entity) == 0 &&
           strcmp(a->period.text, b->period.text) == 0;
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

/* The end of the period in which a figure's source was published, or "". */
static void published(const ke_dataset *ds, const ke_observation *o, char out[11])
{
    const ke_source *s = o->source ? ke_source_find(ds, o->source) : NULL;
    if (s && s->date.text)
        ke_date_period_end(s->date.text, out);
    else
        out[0] = '\0';
}

void ke_obs_mark_groups(ke_observation *obs, size_t n, const ke_dataset *ds)
{
    for (size_t start = 0, end; start < n; start = end) {
        end = ke_obs_group_end(obs, n, start);
        size_t dflt = start;
        int flagged = 0, differ = 0;
        char best[11] = "";
        for (size_t i = start; i < end; i++) {
            if (obs[i].default_reason && !flagged) {
                dflt = i;
                flagged = 1;
            } else if (!flagged && end - start > 1) {
                char date[11];
                published(ds, &obs[i], date);
                if (strcmp(date, best) > 0) { /* sources are in id order: ties keep the first */
                    memcpy(best, date, sizeof best);
                    dflt = i;
                }
            }
            for (size_t j = start; j < i; j++)
                differ |= !ke_obs_agrees(&obs[i], &obs[j]);
        }
        for (size_t i = start; i < end; i++) {
            obs[i].is_default = i == dflt;
            obs[i].disputed = differ;
        }
    }
}
