/* kaieco/error.h: errors from the library.
 *
 * A function that can fail takes a ke_error * (NULL to ignore the details)
 * and returns NULL or -1 with it set. Nothing in the library ends the
 * program: a failed allocation is such an error too, status 1 with the
 * message "out of memory", and leaves every object it touched freeable.
 */
#ifndef KAIECO_ERROR_H
#define KAIECO_ERROR_H

#include "kaieco/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A message for the user and the exit status the CLI should use
 * (2 = usage, 1 = runtime). */
typedef struct ke_error {
    int status;
    char message[512];
} ke_error;

enum { KE_EXIT_OK = 0, KE_EXIT_RUNTIME = 1, KE_EXIT_USAGE = 2 };

/* Sets `err` (nothing when NULL), printf-style: `fmt` (an English msgid)
 * is translated into the message language (ke_set_message_lang,
 * kaieco/messages.h) before formatting. A message longer than `message`
 * keeps its end: the longest quoted part loses its own end ("…") first, so
 * that a hint after it survives. */
KE_API void ke_error_set(ke_error *err, int status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#ifdef __cplusplus
}
#endif
#endif
