/* Internal: prose wrapped to a width, for the text views of brief and cite
 * (the table format wraps its caption and footnotes in format_table.c). */
#ifndef KAIECO_WRAP_H
#define KAIECO_WRAP_H

#include <stddef.h>
#include <stdio.h>

/* Writes `prefix` and `text`, then a newline. With `width` 0, on one line;
 * else wrapped to `width` display columns, the lines after the first
 * starting with `indent` spaces: broken at spaces, and with `cjk`
 * (Japanese, written without spaces) also next to a wide character, never
 * before closing punctuation or a citation mark "[n]" nor after opening
 * punctuation, nor between a number or a Latin word and the wide character
 * after it ("1位", "AI人材"); a word wider than a whole line is broken
 * between characters. Korean and Japanese characters count two columns. */
void ke_wrap(FILE *out, const char *prefix, const char *text, size_t width, size_t indent, int cjk);

#endif
