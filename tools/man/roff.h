/* Writing man(7) source that `mandoc -Tlint` accepts without a word:
 * text escaped (\- for '-', \e for '\', \[uXXXX] for anything not ASCII),
 * filled lines of at most 80 bytes, no line starting with '.' or '\''. */
#ifndef KAIECO_ROFF_H
#define KAIECO_ROFF_H

#include <stddef.h>
#include <stdio.h>

typedef struct roff {
    FILE *out;
    size_t col;   /* bytes on the current output line */
    int joined;   /* the next word continues the last without a space */
} roff;

void roff_init(roff *r, FILE *out);

/* Ends the current text line, if any. */
void roff_end_line(roff *r);

/* A request or macro line, e.g. roff_macro(r, ".TP"). */
void roff_macro(roff *r, const char *line);

/* Filled text: escaped, wrapped at spaces to 80 bytes; a word longer than
 * a line (a title in Korean, without spaces) is split between characters
 * with \c, which joins the lines again without a space. */
void roff_text(roff *r, const char *text);

/* Text already escaped (with font escapes such as \fB...\fR): appended to
 * the current line, wrapped at its spaces. */
void roff_raw(roff *r, const char *escaped);

/* Escaped text attached to the last word without a space (punctuation). */
void roff_attach(roff *r, const char *escaped);

/* A line that is one unit for the formatter, such as the tag of .TP:
 * written as lines joined with \c (never as a filled paragraph). */
void roff_tag(roff *r, const char *escaped);

/* Appends to `buf` (of `size`, NUL-terminated) the escaped form of `s`. */
void roff_escape(char *buf, size_t size, const char *s);

/* Appends to `buf` a synopsis in fonts: option names and literal words
 * bold, WORDS IN CAPITALS italic, brackets and punctuation roman
 * ("METRIC [--year YYYY]"). */
void roff_synopsis(char *buf, size_t size, const char *usage);

#endif
