/* A bump allocator: blocks of at least 64 KiB, each used front to back. */
#include "base/arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

struct ke_arena_block {
    ke_arena_block *next;
    size_t used, size;
    alignas(max_align_t) unsigned char data[];
};

#define BLOCK_MIN ((size_t)64 * 1024)
#define ALIGN(n) (((n) + alignof(max_align_t) - 1) & ~(alignof(max_align_t) - 1))

void *ke_arena_alloc(ke_arena *a, size_t n)
{
    n = ALIGN(n ? n : 1);
    ke_arena_block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > BLOCK_MIN ? n : BLOCK_MIN;
        b = malloc(sizeof *b + size);
        if (!b) {
            a->failed = 1;
            return NULL;
        }
        b->used = 0;
        b->size = size;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += n;
    return p;
}

char *ke_arena_strdup(ke_arena *a, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *p = ke_arena_alloc(a, n);
    if (p)
        memcpy(p, s, n);
    return p;
}

void ke_arena_free(ke_arena *a)
{
    for (ke_arena_block *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    a->head = NULL;
}
