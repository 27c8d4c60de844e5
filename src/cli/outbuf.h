/* The output of a command, held in memory until it is complete, so that a
 * command that fails prints nothing half-written on stdout. An answer
 * larger than KC_OUTBUF_HOLD is not held whole: once that much is held it
 * goes to the real output as it comes (every usage error is found before
 * the first byte, so only a failure to write or to allocate can still cut
 * such an answer short, and that exits 1 with a message). */
#ifndef KAIECO_OUTBUF_H
#define KAIECO_OUTBUF_H

#include <stdio.h>

typedef struct kc_chunk kc_chunk;
#define KC_OUTBUF_HOLD ((size_t)8 * 1024 * 1024)

typedef struct kc_outbuf {
    kc_chunk *head, *tail;
    size_t held;
    FILE *spill; /* where a large answer goes as it comes */
    int spilled; /* something was written to `spill` already */
    int error;   /* errno of a failed write to `spill`, else 0 */
} kc_outbuf;

/* A stream whose writes go to `b`, and past KC_OUTBUF_HOLD bytes to
 * `spill` (NULL if it cannot be made). Close it with fclose before
 * kc_outbuf_write. */
FILE *kc_outbuf_open(kc_outbuf *b, FILE *spill);
/* Writes everything still held to the spill stream, in order; -1 if a
 * write failed. */
int kc_outbuf_write(kc_outbuf *b);
/* Writes what is held to `out`, keeping it held (for a pager that may
 * fail to start); -1 if a write failed. */
int kc_outbuf_copy(const kc_outbuf *b, FILE *out);
/* The number of lines held (newlines). */
size_t kc_outbuf_lines(const kc_outbuf *b);
void kc_outbuf_free(kc_outbuf *b);

#endif
