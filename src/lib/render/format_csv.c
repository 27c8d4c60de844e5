/* CSV (RFC 4180, LF line ends) and TSV formatters. Both print a header row
 * of column keys (unless told not to), also when there are no rows; a
 * missing value is empty. */
#include "kaieco/format.h"

#include <string.h>

/* Whole runs are written between the characters that need care: facts
 * prints some 20,000 cells, most of them notes with commas and quotes, and
 * one fputc per character was most of its time. */
static void csv_field(const char *s, FILE *out)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (const char *q; (q = strchr(s, '"')); s = q + 1) {
        fwrite(s, 1, (size_t)(q - s) + 1, out);
        fputc('"', out); /* a quote is written twice */
    }
    fputs(s, out);
    fputc('"', out);
}

/* TSV cannot quote: a tab, CR or LF becomes one space each. */
static void tsv_field(const char *s, FILE *out)
{
    for (;;) {
        size_t run = strcspn(s, "\t\r\n");
        fwrite(s, 1, run, out);
        if (!s[run])
            return;
        fputc(' ', out);
        s += run + 1;
    }
}

static int render(const ke_table *t, int header, char sep, void (*field)(const char *, FILE *),
                  FILE *out)
{
    for (size_t c = 0; header && c < t->n_cols; c++) {
        if (c)
            fputc(sep, out);
        field(t->cols[c].key, out);
    }
    if (header)
        fputc('\n', out);
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t c = 0; c < t->n_cols; c++) {
            const ke_cell *cell = ke_table_cell(t, r, c);
            if (c)
                fputc(sep, out);
            if (cell->text)
                field(cell->text, out);
        }
        fputc('\n', out);
    }
    return ferror(out) ? -1 : 0;
}

int ke_render_csv(const ke_table *t, int header, FILE *out)
{
    return render(t, header, ',', csv_field, out);
}

int ke_render_tsv(const ke_table *t, int header, FILE *out)
{
    return render(t, header, '\t', tsv_field, out);
}
