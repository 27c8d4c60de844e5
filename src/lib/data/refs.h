/* Internal: the record a reference names, by the index the loader (or the
 * dataset compiler) resolved: no search. NULL for none (KE_NO_INDEX), or
 * for a record ke_dataset_as_of left out. */
#ifndef KAIECO_REFS_H
#define KAIECO_REFS_H

#include "kaieco/dataset.h"

static inline const ke_source *ke_source_at(const ke_dataset *ds, uint32_t ix)
{
    return ix < ds->n_sources ? &ds->sources[ix] : NULL;
}

static inline const ke_entity *ke_entity_at(const ke_dataset *ds, uint32_t ix)
{
    return ix < ds->n_entities ? &ds->entities[ix] : NULL;
}

static inline const ke_metric *ke_metric_at(const ke_dataset *ds, uint32_t ix)
{
    return ix < ds->n_metrics ? &ds->metrics[ix] : NULL;
}

static inline const ke_country *ke_country_at(const ke_dataset *ds, uint32_t ix)
{
    return ix < ds->n_countries ? &ds->countries[ix] : NULL;
}

/* The run [*first, *end) of records of a sorted array (n records of
 * `size` bytes) whose ke_str at `offset` is `key` (lookup.c). */
void ke_range_by_key(const ke_dataset *ds, const void *base, size_t n, size_t size, size_t offset, const char *key,
                     size_t *first, size_t *end);

#endif
