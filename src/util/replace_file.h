/* Internal: writing a file so that a reader never sees half of it. */
#ifndef KAIECO_REPLACE_FILE_H
#define KAIECO_REPLACE_FILE_H

#include <stdio.h>

/* Writes `path` through a new temporary file in the same directory
 * (mkstemp, so a planted link or a second run cannot interfere), renamed
 * over `path` only once `write` returned 0 and every byte is on disk.
 * Returns 0, or -1 with errno set (the temporary file removed). */
int ke_replace_file(const char *path, int (*write)(FILE *out, void *ctx), void *ctx);

#endif
