/* kaieco/utf8.h: UTF-8 text as kaieco measures and shows it: display
 * width in terminal columns, cutting between characters, escaping what
 * must not reach a terminal. Used by the formatters (format.h) and by every
 * message; it is the library's bottom stage (src/lib/base/width.c). */
#ifndef KAIECO_UTF8_H
#define KAIECO_UTF8_H

#include "kaieco/export.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Display width of a UTF-8 string in terminal columns, independent of the
 * locale: East Asian wide and fullwidth characters count 2, combining marks
 * 0, everything else 1; a control character or a byte that is not
 * well-formed UTF-8 counts 4 per byte, as it is shown escaped (below). */
KE_API size_t ke_display_width(const char *s);

/* Length in bytes of the longest prefix of `s` whose display width is at
 * most `max_width`; it never ends inside a UTF-8 character. */
KE_API size_t ke_display_prefix(const char *s, size_t max_width);

/* The largest length <= max_bytes at which `s` can be cut without
 * splitting a UTF-8 character (strlen(s) when it is shorter). */
KE_API size_t ke_utf8_cut(const char *s, size_t max_bytes);

/* Offset of the first byte of `s` that does not begin a well-formed UTF-8
 * character, or (size_t)-1 when `s` is valid UTF-8. */
KE_API size_t ke_utf8_invalid(const char *s);

/* Text as kaieco shows it to a person (messages, the table and chart
 * formats): each byte of a control character (C0, DEL, C1: ESC would let
 * the text drive the terminal) or of bytes that are not well-formed UTF-8
 * is written as \xNN (lower-case hex, 4 columns); ke_display_width and
 * ke_display_prefix count the same. */

/* A copy of `s` so escaped. Caller frees; NULL when out of memory. */
KE_API char *ke_utf8_escape(const char *s);

/* Writes the first `len` bytes of `s` so escaped through `put`; returns
 * their display width. */
KE_API size_t ke_display_write(const char *s, size_t len,
                               void (*put)(void *ctx, const char *p, size_t n), void *ctx);

#ifdef __cplusplus
}
#endif
#endif
