/* Internal: a growing line buffer for the formatters that draw for people
 * (table, chart), and the ANSI styles they use when colour is on. */
#ifndef KAIECO_LINE_H
#define KAIECO_LINE_H

#include <stddef.h>
#include <stdio.h>

#define KE_ELLIPSIS "\xe2\x80\xa6" /* U+2026, one column wide */

#define KE_SGR_BOLD "\033[1m"
#define KE_SGR_DIM "\033[2m"
#define KE_SGR_NEGATIVE "\033[31m" /* red */
#define KE_SGR_RESET "\033[0m"

typedef struct ke_line {
    char *buf;
    size_t len, cap;
    int failed; /* an allocation failed: the rendering fails */
} ke_line;

void ke_line_put(ke_line *l, const char *s, size_t n);
void ke_line_spaces(ke_line *l, size_t n);
/* Text of a cell or note as people see it: control characters and bytes
 * that are not UTF-8 as \xNN (ke_display_write), so that data can neither
 * break the layout nor drive the terminal; the width ke_display_width
 * gives it. */
void ke_line_text(ke_line *l, const char *s, size_t n);
/* Writes the line and a newline, without trailing spaces (a left-aligned
 * last column is not padded, and an empty cell must not leave the
 * separator behind), and empties it. */
void ke_line_flush(ke_line *l, FILE *out);

#endif
