/* The trend column: a sparkline per series, for the table format. */
#include "kaieco/table.h"

#include <stdlib.h>
#include <string.h>

static const char *const glyphs[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};

/* The year of a period cell: an integer column's number, or the YYYY a
 * text period starts with; 0 when there is none. */
static int year_of(const ke_table *t, size_t row, size_t col)
{
    const ke_cell *c = ke_table_cell(t, row, col);
    if (!c->text)
        return 0;
    if (t->cols[col].type == KE_COL_INT)
        return (int)c->num;
    int y = 0;
    for (int i = 0; i < 4; i++) {
        if (c->text[i] < '0' || c->text[i] > '9')
            return 0;
        y = y * 10 + (c->text[i] - '0');
    }
    return y;
}

static int same_group(const ke_table *t, size_t a, size_t b, size_t col)
{
    const char *x = ke_table_cell(t, a, col)->text, *y = ke_table_cell(t, b, col)->text;
    return x && y ? strcmp(x, y) == 0 : x == y;
}

/* The sparkline of the series whose rows are rows[0..n): from its first
 * year to its last, one glyph per year, ' ' for a year without a figure;
 * the latest period of a year speaks for it. NULL for fewer than 2 years. */
static char *sparkline(const ke_table *t, const size_t *rows, size_t n, size_t pc, size_t vc)
{
    int first = 0, last = 0;
    for (size_t i = 0; i < n; i++) {
        int y = year_of(t, rows[i], pc);
        if (!first || y < first)
            first = y;
        if (y > last)
            last = y;
    }
    if (last <= first)
        return NULL;
    size_t years = (size_t)(last - first + 1);
    size_t *speaks = calloc(years, sizeof *speaks); /* row + 1 for each year, 0: none */
    char *out = calloc(years * 3 + 1, 1);
    if (!speaks || !out) {
        free(speaks);
        free(out);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        size_t k = (size_t)(year_of(t, rows[i], pc) - first);
        if (!speaks[k] || strcmp(ke_table_cell(t, rows[i], pc)->text,
                                 ke_table_cell(t, speaks[k] - 1, pc)->text) > 0)
            speaks[k] = rows[i] + 1;
    }
    double lo = 0, hi = 0;
    int seen = 0;
    for (size_t k = 0; k < years; k++) {
        if (!speaks[k])
            continue;
        double v = ke_table_cell(t, speaks[k] - 1, vc)->num;
        if (!seen || v < lo)
            lo = v;
        if (!seen || v > hi)
            hi = v;
        seen = 1;
    }
    for (size_t k = 0; k < years; k++) {
        if (!speaks[k]) {
            strcat(out, " ");
            continue;
        }
        double v = ke_table_cell(t, speaks[k] - 1, vc)->num;
        /* a flat series sits in the middle */
        int g = hi > lo ? (int)((v - lo) / (hi - lo) * 7 + 0.5) : 3;
        strcat(out, glyphs[g]);
    }
    free(speaks);
    return out;
}

/* The first column with `flag`, or the only one of `type` (flag 0); -1. */
static int find(const ke_table *t, unsigned flag, ke_coltype type)
{
    int found = -1;
    for (size_t c = 0; c < t->n_cols; c++) {
        if (flag && (t->cols[c].flags & flag))
            return (int)c;
        if (!flag && t->cols[c].type == type) {
            if (found >= 0)
                return -1;
            found = (int)c;
        }
    }
    return found;
}

int ke_table_add_trend(ke_table *t)
{
    int gc = find(t, KE_SERIES, KE_COL_TEXT), pc = find(t, KE_YEAR, KE_COL_TEXT);
    int vc = find(t, 0, KE_COL_NUM);
    if (gc < 0 || pc < 0 || vc < 0 || ke_table_col(t, "trend") >= 0)
        return 0;
    size_t n = t->n_rows;
    char **lines = calloc(n ? n : 1, sizeof *lines);
    size_t *rows = calloc(n ? n : 1, sizeof *rows);
    unsigned char *done = calloc(n ? n : 1, 1);
    int added = 0;
    if (!lines || !rows || !done)
        goto out;
    for (size_t r = 0; r < n; r++) {
        if (done[r])
            continue;
        /* the rows of r's series that have a figure and a year */
        size_t m = 0, latest = r;
        for (size_t s = r; s < n; s++) {
            if (done[s] || !same_group(t, r, s, (size_t)gc))
                continue;
            done[s] = 1;
            if (!ke_table_cell(t, s, (size_t)vc)->text || !year_of(t, s, (size_t)pc))
                continue;
            if (m == 0 || strcmp(ke_table_cell(t, s, (size_t)pc)->text,
                                 ke_table_cell(t, latest, (size_t)pc)->text) > 0)
                latest = s;
            rows[m++] = s;
        }
        if (m >= 2 && (lines[latest] = sparkline(t, rows, m, (size_t)pc, (size_t)vc)))
            added = 1;
    }
    if (added) {
        const ke_column col = {.key = "trend", .type = KE_COL_TEXT, .doc = "sparkline of the series by year (table format only)", .flags = KE_CODE, .priority = KE_PRIO_LOW};
        ke_table_add_column(t, &col);
        for (size_t r = 0; r < n; r++)
            ke_table_set_text(t, r, "trend", lines[r] ? lines[r] : "");
    }
out:
    for (size_t r = 0; lines && r < n; r++)
        free(lines[r]);
    free(lines);
    free(rows);
    free(done);
    return added;
}
