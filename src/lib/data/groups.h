/* Internal: the rules for figures that several sources give. A group is
 * every observation of one metric, subject and period; the dataset's order
 * (metric, entity, period, source) keeps a group's members next to each
 * other. The validator and ke_dataset_as_of both mark groups with these. */
#ifndef KAIECO_GROUPS_H
#define KAIECO_GROUPS_H

#include <stddef.h>

#include "kaieco/dataset.h"

/* Whether two observations are about the same metric, subject and period
 * (then they come from different sources). */
int ke_obs_same_group(const ke_observation *a, const ke_observation *b);

/* Whether `o` agrees with `dflt`: the same value, and no different rank
 * where both state one. Two figures of a group that do not agree make it
 * disputed. */
int ke_obs_agrees(const ke_observation *o, const ke_observation *dflt);

/* The end of the group that starts at obs[start] (one past its last). */
size_t ke_obs_group_end(const ke_observation *obs, size_t n, size_t start);

/* Sets is_default and disputed on every observation, group by group. The
 * default is the figure flagged with a default_reason, or a lone one; if a
 * group of several has none flagged (after ke_dataset_as_of dropped it),
 * the figure from the most recently published source (`ds` holds the
 * sources; ties go to the smaller source id), which then gets `why` as its
 * default_reason when `why` is not absent. */
void ke_obs_mark_groups(ke_observation *obs, size_t n, const ke_dataset *ds, ke_str why);

/* The same for events that share a `group` (events outside one are
 * defaults). Groups are not neighbours in the events' date order; `order`
 * (n entries, or NULL) returns the grouped events' indexes sorted by group
 * then position, for checks over groups; the caller frees it. 0, or -1
 * when out of memory (the events then are not to be used). */
int ke_events_mark_groups(ke_event *ev, size_t n, const ke_dataset *ds, ke_str why,
                          size_t **order, size_t *n_order);

#endif
