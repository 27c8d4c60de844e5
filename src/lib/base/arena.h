/* Internal: a bump allocator for the strings and arrays of a dataset loaded
 * at run time, freed all at once with the dataset. */
#ifndef KAIECO_ARENA_H
#define KAIECO_ARENA_H

#include <stddef.h>

typedef struct ke_arena_block ke_arena_block;
typedef struct ke_arena {
    ke_arena_block *head;
    int failed; /* an allocation failed: results are incomplete */
} ke_arena;

/* `n` bytes aligned for any type, or NULL (and failed set). */
void *ke_arena_alloc(ke_arena *a, size_t n);
/* A copy of `s` (NULL stays NULL). */
char *ke_arena_strdup(ke_arena *a, const char *s);
void ke_arena_free(ke_arena *a);

#endif
