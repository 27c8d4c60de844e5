/* The string pool of a dataset built at run time (see pool.h). */
#include "data/pool.h"

#include <stdlib.h>
#include <string.h>

/* FNV-1a, 32 bits. */
static uint32_t hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

int ke_pool_init(ke_pool *p, const char *text, size_t len)
{
    memset(p, 0, sizeof *p);
    p->cap = text ? len : 4096;
    if (!(p->buf = malloc(p->cap ? p->cap : 1))) {
        p->failed = 1;
        return -1;
    }
    if (text) {
        memcpy(p->buf, text, len);
        p->len = len;
    } else {
        p->buf[0] = '\0';
        p->len = 1;
    }
    return 0;
}

/* Doubles the table of slots, placing every string again. */
static int grow_slots(ke_pool *p)
{
    size_t n = p->n_slots ? p->n_slots * 2 : 1024;
    uint32_t *slots = calloc(n, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < p->n_slots; i++) {
        uint32_t at = p->slots[i];
        if (!at)
            continue;
        size_t j = hash(p->buf + at, strlen(p->buf + at)) & (n - 1);
        while (slots[j])
            j = (j + 1) & (n - 1);
        slots[j] = at;
    }
    free(p->slots);
    p->slots = slots;
    p->n_slots = n;
    return 0;
}

ke_str ke_pool_add(ke_pool *p, const char *s)
{
    ke_str none = {0};
    if (!s || p->failed)
        return none;
    size_t n = strlen(s);
    if (p->used * 2 >= p->n_slots && grow_slots(p) != 0) {
        p->failed = 1;
        return none;
    }
    size_t j = hash(s, n) & (p->n_slots - 1);
    for (; p->slots[j]; j = (j + 1) & (p->n_slots - 1))
        if (strcmp(p->buf + p->slots[j], s) == 0)
            return (ke_str){p->slots[j]};
    if (p->len + n + 1 > UINT32_MAX) {
        p->failed = 1;
        return none;
    }
    if (p->len + n + 1 > p->cap) {
        size_t cap = p->cap * 2 > p->len + n + 1 ? p->cap * 2 : p->len + n + 1;
        char *buf = realloc(p->buf, cap);
        if (!buf) {
            p->failed = 1;
            return none;
        }
        p->buf = buf;
        p->cap = cap;
    }
    ke_str at = {(uint32_t)p->len};
    memcpy(p->buf + p->len, s, n + 1);
    p->len += n + 1;
    p->slots[j] = at.at;
    p->used++;
    return at;
}

void ke_pool_item(ke_pool *p, ke_str s)
{
    if (p->failed)
        return;
    if (p->n_items >= UINT32_MAX) {
        p->failed = 1;
        return;
    }
    if (p->n_items == p->items_cap) {
        size_t cap = p->items_cap ? p->items_cap * 2 : 256;
        ke_str *items = realloc(p->items, cap * sizeof *items);
        if (!items) {
            p->failed = 1;
            return;
        }
        p->items = items;
        p->items_cap = cap;
    }
    p->items[p->n_items++] = s;
}

void ke_pool_free(ke_pool *p)
{
    free(p->buf);
    free(p->slots);
    free(p->items);
    memset(p, 0, sizeof *p);
}

void ke_pool_publish(const ke_pool *p, ke_dataset *ds)
{
    ds->strings = p->buf;
    ds->strings_len = p->len;
    ds->str_items = p->items;
    ds->n_str_items = p->n_items;
}
