/* Internal: the string table and list entries of a dataset built at run
 * time (the loader, ke_dataset_as_of). Strings are appended to one growing
 * buffer and named by their offset (a ke_str), never by a pointer, since
 * the buffer moves as it grows; equal strings are stored once. */
#ifndef KAIECO_POOL_H
#define KAIECO_POOL_H

#include <stddef.h>
#include <stdint.h>

#include "kaieco/dataset.h"

typedef struct ke_pool {
    char *buf;           /* buf[0] == '\0': offset 0 is "absent" */
    size_t len, cap;
    uint32_t *slots;     /* open addressing: offsets of the strings, 0 = empty */
    size_t n_slots, used;
    ke_str *items;       /* the entries of every list */
    size_t n_items, items_cap;
    int failed;          /* out of memory, or past 4 GiB of text: what follows is incomplete */
} ke_pool;

/* Starts the pool with a copy of `len` bytes of an existing table (whose
 * offsets stay valid; no merging of equal strings is done for them), or
 * with the reserved empty string when `text` is NULL. 0, or -1. */
int ke_pool_init(ke_pool *p, const char *text, size_t len);
/* `s` in the pool (NULL gives the absent string); {0} and failed set when
 * it cannot be stored. */
ke_str ke_pool_add(ke_pool *p, const char *s);
/* Appends one list entry; the entries of a list are appended in a row. */
void ke_pool_item(ke_pool *p, ke_str s);
void ke_pool_free(ke_pool *p);
/* Points ds's string table and list entries at the pool's (again after
 * it grew). */
void ke_pool_publish(const ke_pool *p, ke_dataset *ds);

#endif
