/* Internal: text wrapped to a width, the one wrapper of the views written
 * for people: the table's caption, notes and "left out" line, brief's
 * paragraphs and references, cite's text style. */
#ifndef KAIECO_WRAP_H
#define KAIECO_WRAP_H

#include "base/line.h"

#include <stddef.h>
#include <stdio.h>

/* Writes `prefix` and `text`, then a newline, through `l` (whose failure
 * the caller checks, as for every other line it draws): control characters
 * and bytes that are not UTF-8 as \xNN, so that data cannot drive the
 * terminal. With `width` 0, or too narrow to leave 20 columns after
 * `indent`, on one line; else wrapped to `width` display columns, the
 * lines after the first starting with `indent` spaces. A line breaks at
 * spaces, and next to a Chinese character, kana or full-width form (text
 * written without spaces; never next to Hangul, as Korean breaks at
 * spaces), but never before closing punctuation or a citation mark "[n]"
 * (nor at the space before one), after opening punctuation, or between a number or a Latin word and the
 * wide character after it ("1位", "AI人材"); a word wider than a whole
 * line is broken between characters. Korean and Japanese characters count
 * two columns. */
void ke_wrap(ke_line *l, FILE *out, const char *prefix, const char *text, size_t width, size_t indent);

#endif
