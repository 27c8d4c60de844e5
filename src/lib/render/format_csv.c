/* CSV (RFC 4180, LF line ends) and TSV formatters. Both print a header row
 * of column keys (unless told not to), also when there are no rows; a
 * missing value is empty. */
#include "kaieco/format.h"

#include <string.h>

static void csv_field(const char *s, FILE *out)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

/* TSV cannot quote: a tab, CR or LF becomes one space each. */
static void tsv_field(const char *s, FILE *out)
{
    for (; *s; s++)
        fputc(*s == '\t' || *s == '\r' || *s == '\n' ? ' ' : *s, out);
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
