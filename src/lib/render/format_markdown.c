/* Markdown formatter: a GitHub-flavoured pipe table with the column keys as
 * its header, numbers right-aligned ("---:"), a missing value empty. A '|'
 * in a value is escaped as "\|"; a line break, tab or other control
 * character becomes a space, since a cell is one line. */
#include "kaieco/format.h"
#include "render/markdown.h"

static void cell(const char *s, FILE *out)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '|')
            fputs("\\|", out);
        else
            fputc(ke_md_byte(c), out);
    }
}

static int numeric(const ke_column *col)
{
    return col->type == KE_COL_INT || col->type == KE_COL_NUM;
}

int ke_render_markdown(const ke_table *t, int header, FILE *out)
{
    if (header) {
        fputc('|', out);
        for (size_t c = 0; c < t->n_cols; c++) {
            fputc(' ', out);
            cell(t->cols[c].key, out);
            fputs(" |", out);
        }
        fputs("\n|", out);
        for (size_t c = 0; c < t->n_cols; c++)
            fputs(numeric(&t->cols[c]) ? " ---: |" : " --- |", out);
        fputc('\n', out);
    }
    for (size_t r = 0; r < t->n_rows; r++) {
        fputc('|', out);
        for (size_t c = 0; c < t->n_cols; c++) {
            const char *s = ke_table_cell(t, r, c)->text;
            fputc(' ', out);
            if (s)
                cell(s, out);
            fputs(" |", out);
        }
        fputc('\n', out);
    }
    return ferror(out) ? -1 : 0;
}
