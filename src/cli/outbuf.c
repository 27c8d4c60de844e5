/* Output held in chunks that are filled front to back and never moved:
 * unlike open_memstream, whose one buffer is copied and cleared each time
 * it doubles, a large answer (facts -f json) touches each byte's page
 * once. The stream is glibc's fopencookie. */
#define _GNU_SOURCE
#include "outbuf.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct kc_chunk {
    kc_chunk *next;
    size_t used, size;
    char data[];
};

#define FIRST_CHUNK ((size_t)16 * 1024)
#define LARGEST_CHUNK ((size_t)4 * 1024 * 1024)

static int write_held(kc_outbuf *b)
{
    int rc = 0;
    for (kc_chunk *c = b->head, *next; c; c = next) {
        next = c->next;
        if (rc == 0 && fwrite(c->data, 1, c->used, b->spill) != c->used) {
            b->error = errno;
            rc = -1;
        }
        free(c);
    }
    b->head = b->tail = NULL;
    b->held = 0;
    return rc;
}

static ssize_t outbuf_write(void *cookie, const char *buf, size_t n)
{
    kc_outbuf *b = cookie;
    if (b->spilled || b->held + n > KC_OUTBUF_HOLD) {
        b->spilled = 1;
        if (write_held(b) != 0)
            return -1;
        if (fwrite(buf, 1, n, b->spill) != n) {
            b->error = errno;
            return -1;
        }
        return (ssize_t)n;
    }
    b->held += n;
    size_t left = n;
    while (left) {
        kc_chunk *c = b->tail;
        if (!c || c->used == c->size) {
            size_t size = c ? c->size * 2 : FIRST_CHUNK;
            if (size > LARGEST_CHUNK)
                size = LARGEST_CHUNK;
            kc_chunk *next = malloc(sizeof *next + size);
            if (!next)
                return -1;
            next->next = NULL;
            next->used = 0;
            next->size = size;
            if (c)
                c->next = next;
            else
                b->head = next;
            b->tail = c = next;
        }
        size_t k = c->size - c->used < left ? c->size - c->used : left;
        memcpy(c->data + c->used, buf, k);
        c->used += k;
        buf += k;
        left -= k;
    }
    return (ssize_t)n;
}

FILE *kc_outbuf_open(kc_outbuf *b, FILE *spill)
{
    *b = (kc_outbuf){NULL, NULL, 0, spill, 0, 0};
    cookie_io_functions_t io = {NULL, outbuf_write, NULL, NULL};
    return fopencookie(b, "w", io);
}

int kc_outbuf_copy(const kc_outbuf *b, FILE *out)
{
    for (const kc_chunk *c = b->head; c; c = c->next)
        if (fwrite(c->data, 1, c->used, out) != c->used)
            return -1;
    return 0;
}

size_t kc_outbuf_lines(const kc_outbuf *b)
{
    size_t n = 0;
    for (const kc_chunk *c = b->head; c; c = c->next)
        for (size_t i = 0; i < c->used; i++)
            n += c->data[i] == '\n';
    return n;
}

int kc_outbuf_write(kc_outbuf *b)
{
    return write_held(b);
}

void kc_outbuf_free(kc_outbuf *b)
{
    for (kc_chunk *c = b->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    b->head = b->tail = NULL;
}
