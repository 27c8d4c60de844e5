/* Errors (kaieco/error.h): setting one, and fitting a long message. */
#include "kaieco/error.h"
#include "kaieco/utf8.h"
#include "kaieco/messages.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Fits a message longer than the buffer: the longest quoted part (the
 * user's word, as a rule) loses its end, marked "…", so that the closing
 * quote and the hint after it ("; did you mean 'x'?") survive; failing
 * that, the message loses its end. Cuts fall between UTF-8 characters. */
static void fit_message(const char *full, size_t len, char *out, size_t size)
{
    static const char ellipsis[] = "\xe2\x80\xa6"; /* U+2026 */
    const size_t el = sizeof ellipsis - 1;
    size_t best_open = 0, best_len = 0;
    const char *q = strchr(full, '\'');
    while (q) {
        const char *r = strchr(q + 1, '\'');
        if (!r)
            break;
        if ((size_t)(r - q - 1) > best_len) {
            best_open = (size_t)(q - full) + 1;
            best_len = (size_t)(r - q - 1);
        }
        q = r;
    }
    size_t excess = len + el - (size - 1);
    if (best_len > excess) {
        size_t keep = ke_utf8_cut(full, best_open + best_len - excess);
        size_t close = best_open + best_len;
        snprintf(out, size, "%.*s%s%s", (int)keep, full, ellipsis, full + close);
        return;
    }
    size_t keep = ke_utf8_cut(full, size - 1 - el);
    snprintf(out, size, "%.*s%s", (int)keep, full, ellipsis);
}

void ke_error_set(ke_error *err, int status, const char *fmt, ...)
{
    if (!err)
        return;
    err->status = status;
    const char *text = ke_msg(fmt); /* in the message language (kaieco/messages.h) */
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(err->message, sizeof err->message, text, ap);
    va_end(ap);
    if (n < 0 || (size_t)n < sizeof err->message)
        return;
    /* too long: format it whole, then fit it */
    char *full = malloc((size_t)n + 1);
    if (!full) { /* the message as it was cut, between characters */
        err->message[ke_utf8_cut(err->message, sizeof err->message - 1)] = '\0';
        return;
    }
    va_start(ap, fmt);
    vsnprintf(full, (size_t)n + 1, text, ap);
    va_end(ap);
    fit_message(full, (size_t)n, err->message, sizeof err->message);
    free(full);
}
