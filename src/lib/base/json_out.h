/* Internal: writing jansson values as parts of a larger indented document,
 * one at a time, so that a long array never has to exist as one tree. The
 * bytes are those json_dumpf would write for the whole document with
 * JSON_INDENT(2) | JSON_PRESERVE_ORDER (and the same real precision). */
#ifndef KAIECO_JSON_OUT_H
#define KAIECO_JSON_OUT_H

#include <jansson.h>
#include <stdio.h>

/* Writes `v` as an element nested `depth` levels deep (its first line is
 * not indented; the following ones are, by 2 * depth more spaces). Frees
 * nothing. Returns 0, or -1 on an allocation (errno ENOMEM) or write
 * failure. */
int ke_json_put(json_t *v, int depth, size_t flags, FILE *out);

#endif
