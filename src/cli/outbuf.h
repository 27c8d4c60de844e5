/* The output of a command, held in memory until it is complete, so that a
 * command that fails prints nothing half-written on stdout. */
#ifndef KAIECO_OUTBUF_H
#define KAIECO_OUTBUF_H

#include <stdio.h>

typedef struct kc_chunk kc_chunk;
typedef struct kc_outbuf {
    kc_chunk *head, *tail;
    int failed; /* out of memory: the output is incomplete */
} kc_outbuf;

/* A stream whose writes go to `b` (NULL if it cannot be made). Close it
 * with fclose before kc_outbuf_write. */
FILE *kc_outbuf_open(kc_outbuf *b);
/* Writes everything held to `out`, in order; -1 if a write failed. */
int kc_outbuf_write(const kc_outbuf *b, FILE *out);
void kc_outbuf_free(kc_outbuf *b);

#endif
