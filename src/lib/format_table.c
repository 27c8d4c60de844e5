/* Table formatter, for people: a header line, a rule of '-', then one line
 * per row; columns two spaces apart, padded by display width (not bytes) so
 * that Korean and Japanese text lines up. Nothing here reads the locale. */
#include "kaieco/format.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct line {
    char *buf;
    size_t len, cap;
    int failed;
} line;

static void put(line *l, const char *s, size_t n)
{
    if (l->failed)
        return;
    if (l->len + n + 1 > l->cap) {
        size_t cap = l->cap ? l->cap : 128;
        while (l->len + n + 1 > cap)
            cap *= 2;
        char *p = realloc(l->buf, cap);
        if (!p) {
            l->failed = 1;
            return;
        }
        l->buf = p;
        l->cap = cap;
    }
    memcpy(l->buf + l->len, s, n);
    l->len += n;
}

static void spaces(line *l, size_t n)
{
    while (n--)
        put(l, " ", 1);
}

/* Writes the line without trailing spaces (a left-aligned last column is
 * not padded, and an empty cell must not leave the separator behind). */
static void flush(line *l, FILE *out)
{
    while (l->len && l->buf[l->len - 1] == ' ')
        l->len--;
    if (!l->failed && l->len)
        fwrite(l->buf, 1, l->len, out);
    fputc('\n', out);
    l->len = 0;
}

static int right_aligned(const ke_column *col)
{
    return col->type == KE_COL_INT || col->type == KE_COL_NUM;
}

/* Footnotes: the distinct texts of the footnote columns, numbered in the
 * order they first appear (row by row), and each such cell's marker. */
typedef struct notes {
    const char **texts; /* distinct texts, [0] is note 1 */
    size_t n;
    char **markers;     /* per cell, "[n]" or NULL */
} notes;

static int collect_notes(const ke_table *t, notes *nt)
{
    size_t cells = t->n_rows * t->n_cols;
    nt->n = 0;
    nt->texts = calloc(cells ? cells : 1, sizeof *nt->texts);
    nt->markers = calloc(cells ? cells : 1, sizeof *nt->markers);
    if (!nt->texts || !nt->markers)
        return -1;
    for (size_t r = 0; r < t->n_rows; r++)
        for (size_t c = 0; c < t->n_cols; c++) {
            const char *s = ke_table_cell(t, r, c)->text;
            if (!t->cols[c].footnote || !s || !*s)
                continue;
            size_t k = 0;
            while (k < nt->n && strcmp(nt->texts[k], s) != 0)
                k++;
            if (k == nt->n)
                nt->texts[nt->n++] = s;
            char marker[24];
            snprintf(marker, sizeof marker, "[%zu]", k + 1);
            if (!(nt->markers[r * t->n_cols + c] = strdup(marker)))
                return -1;
        }
    return 0;
}

static void free_notes(const ke_table *t, notes *nt)
{
    for (size_t i = 0; nt->markers && i < t->n_rows * t->n_cols; i++)
        free(nt->markers[i]);
    free(nt->markers);
    free(nt->texts);
}

static const notes *current_notes;

static const char *cell_text(const ke_table *t, size_t r, size_t c)
{
    const char *marker = current_notes ? current_notes->markers[r * t->n_cols + c] : NULL;
    const char *s = ke_table_cell(t, r, c)->text;
    return marker ? marker : s ? s : "-";
}

/* Control characters would break the layout (or drive the terminal): each
 * prints as one space, which has the width 1 ke_display_width gives it. */
static void put_text(line *l, const char *s)
{
    for (const char *p = s; *p; p++)
        put(l, (unsigned char)*p < 0x20 ? " " : p, 1);
}

static void put_cell(line *l, const char *s, size_t width, int right, int first)
{
    size_t pad = width - ke_display_width(s);
    if (!first)
        spaces(l, 2);
    if (right)
        spaces(l, pad);
    put_text(l, s);
    if (!right)
        spaces(l, pad);
}

int ke_render_table(const ke_table *t, ke_lang lang, FILE *out)
{
    notes nt = {0};
    size_t *width = calloc(t->n_cols ? t->n_cols : 1, sizeof *width);
    if (!width || collect_notes(t, &nt) != 0) {
        free(width);
        free_notes(t, &nt);
        return -1;
    }
    current_notes = &nt;
    for (size_t c = 0; c < t->n_cols; c++) {
        width[c] = ke_display_width(ke_header(t->cols[c].key, lang));
        for (size_t r = 0; r < t->n_rows; r++) {
            size_t w = ke_display_width(cell_text(t, r, c));
            if (w > width[c])
                width[c] = w;
        }
    }
    line l = {0};
    for (size_t c = 0; c < t->n_cols; c++)
        put_cell(&l, ke_header(t->cols[c].key, lang), width[c], right_aligned(&t->cols[c]), c == 0);
    flush(&l, out);
    for (size_t c = 0; c < t->n_cols; c++) {
        if (c)
            spaces(&l, 2);
        for (size_t i = 0; i < width[c]; i++)
            put(&l, "-", 1);
    }
    flush(&l, out);
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t c = 0; c < t->n_cols; c++)
            put_cell(&l, cell_text(t, r, c), width[c], right_aligned(&t->cols[c]), c == 0);
        flush(&l, out);
    }
    for (size_t k = 0; k < nt.n; k++) {
        if (k == 0)
            flush(&l, out); /* a blank line between the table and its notes */
        char marker[24];
        snprintf(marker, sizeof marker, "[%zu] ", k + 1);
        put(&l, marker, strlen(marker));
        put_text(&l, nt.texts[k]);
        flush(&l, out);
    }
    current_notes = NULL;
    int failed = l.failed;
    free(l.buf);
    free(width);
    free_notes(t, &nt);
    return failed || ferror(out) ? -1 : 0;
}
