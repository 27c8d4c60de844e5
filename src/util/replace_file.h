/* Internal: writing a file so that a reader never sees half of it. */
#ifndef KAIECO_REPLACE_FILE_H
#define KAIECO_REPLACE_FILE_H

#include <stdio.h>

/* Writes `path` through a new temporary file in the same directory
 * (mkstemp, so a planted link or a second run cannot interfere), renamed
 * over `path` only once `write` returned 0 and every byte is on disk.
 * The temporary name is DIR/.kaieco-XXXXXX whatever the target's name, so
 * every name the file system accepts can be written. The file gets the
 * permissions of the file it replaces, else those the umask leaves of
 * 0666 (0644 under umask 022). While it is written, SIGINT, SIGTERM and
 * SIGHUP (unless ignored) remove the temporary file and then end the
 * program as they would have; the handlers before are put back after.
 * Returns 0, or -1 with errno set (the temporary file removed). */
int ke_replace_file(const char *path, int (*write)(FILE *out, void *ctx), void *ctx);

#endif
