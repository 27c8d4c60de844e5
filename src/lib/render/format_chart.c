/* Chart: the table format's --chart. One horizontal bar per row for the
 * table's number column, after the row's label and its value as printed:
 *
 *   name           value  patents per 100,000 people
 *   South Korea    10.26  ████████████████████████████████████████▏
 *
 * Positive bars grow right in eighths of a column (▏▎▍▌▋▊▉█); when a value
 * is negative, a zero axis (│) splits the bar area in proportion to the
 * largest negative and positive values, and negative bars grow left of it
 * in halves of a column (▐█). Lines are opts->chart_width columns at most
 * (the bar area keeps at least 10); the header's unit, over the bars, is
 * cut to the bar area only on a terminal (opts->width set). */
#include "kaieco/format.h"
#include "base/line.h"
#include "render/headers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* x >= 0 rounded to the nearest whole number, halves up (lround's result
 * for such x, without linking libm for it: one library less to load at
 * every start). x - n is exact for the integer part n of any x < 2^52. */
static size_t round_count(double x)
{
    if (!(x > 0))
        return 0;
    size_t n = (size_t)x;
    return x - (double)n >= 0.5 ? n + 1 : n;
}

#define MIN_BARS 10

static const char *const eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

int ke_chart_column(const ke_table *t, ke_error *err)
{
    int found = -1;
    size_t n = 0;
    char names[256] = "";
    for (size_t c = 0; c < t->n_cols; c++) {
        if (t->cols[c].type != KE_COL_NUM)
            continue;
        if (n++ == 0)
            found = (int)c;
        size_t len = strlen(names);
        snprintf(names + len, sizeof names - len, "%s%s", len ? ", " : "", t->cols[c].key);
    }
    if (n == 0) {
        ke_error_set(err, KE_EXIT_USAGE, "--chart: the result has no number column to draw");
        return -1;
    }
    if (n > 1) {
        ke_error_set(err, KE_EXIT_USAGE,
                     "--chart: the result has %zu number columns (%s); keep one with --fields", n,
                     names);
        return -1;
    }
    int uc = ke_table_col(t, "unit");
    const char *unit = NULL;
    for (size_t r = 0; uc >= 0 && r < t->n_rows; r++) {
        const char *u = ke_table_cell(t, r, (size_t)uc)->text;
        if (!u || !ke_table_cell(t, r, (size_t)found)->text)
            continue;
        if (unit && strcmp(u, unit) != 0) {
            ke_error_set(err, KE_EXIT_USAGE,
                         "--chart: the rows are in different units ('%s', '%s'); keep one with --where",
                         unit, u);
            return -1;
        }
        unit = u;
    }
    return found;
}

/* The label columns: KE_LABEL ones, or with opts->wide (which --fields
 * sets) every column but the number column. */
static size_t label_columns(const ke_table *t, size_t num, int wide, size_t *out)
{
    size_t n = 0;
    for (size_t c = 0; c < t->n_cols; c++)
        if (c != num && (wide || (t->cols[c].flags & KE_LABEL)))
            out[n++] = c;
    return n;
}

/* The value as printed, with the source's qualifier ("about 3") when the
 * table has an `approx` column. */
static char *value_text(const ke_table *t, size_t r, size_t num, ke_lang lang)
{
    const ke_cell *cell = ke_table_cell(t, r, num);
    const char *v = cell->text;
    int ac = ke_table_col(t, "approx");
    const char *a = ke_term(ac >= 0 ? ke_table_cell(t, r, (size_t)ac)->text : NULL, lang);
    if (!v)
        return strdup("-");
    /* the figure as the table view writes it (format_table.c, shown_value) */
    char number[256];
    int cjk = lang == KE_LANG_KO || lang == KE_LANG_JA;
    if (ke_format_number(v, cjk ? cell->scale : 0, lang, number, sizeof number) == 0)
        v = number;
    size_t n = strlen(v) + (a ? strlen(a) + 1 : 0) + 1;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s%s%s", a ? a : "", a && lang != KE_LANG_JA ? " " : "", v); /* 약 1만, 約1万 */
    return s;
}

static void put_padded(ke_line *l, const char *s, size_t width, int right, const char *color,
                       int use_color)
{
    size_t w = ke_display_width(s);
    size_t pad = width > w ? width - w : 0;
    if (right)
        ke_line_spaces(l, pad);
    if (color && use_color)
        ke_line_put(l, color, strlen(color));
    ke_line_text(l, s, strlen(s));
    if (color && use_color)
        ke_line_put(l, KE_SGR_RESET, strlen(KE_SGR_RESET));
    if (!right)
        ke_line_spaces(l, pad);
}

static void repeat(ke_line *l, const char *s, size_t n)
{
    while (n--)
        ke_line_put(l, s, strlen(s));
}

/* The bar of value v: `left` columns for negatives (right-aligned to the
 * axis), the axis when `left` > 0, `right` columns for positives. */
static void put_bar(ke_line *l, double v, double max_neg, double max_pos, size_t left,
                    size_t right)
{
    if (left) {
        size_t halves = 0;
        if (v < 0 && max_neg > 0) {
            halves = round_count(-v / max_neg * (double)left * 2);
            if (halves == 0)
                halves = 1; /* a value that is not 0 never looks like 0 */
        }
        ke_line_spaces(l, left - (halves + 1) / 2);
        if (halves % 2)
            ke_line_put(l, "▐", strlen("▐"));
        repeat(l, "█", halves / 2);
        ke_line_put(l, "│", strlen("│"));
    }
    if (v > 0 && max_pos > 0) {
        size_t e = round_count(v / max_pos * (double)right * 8);
        if (e == 0)
            e = 1;
        repeat(l, "█", e / 8);
        ke_line_put(l, eighths[e % 8], strlen(eighths[e % 8]));
    }
}

int ke_render_chart(const ke_table *t, const ke_render_opts *opts, FILE *out)
{
    int num = ke_chart_column(t, NULL);
    if (num < 0)
        return -1;
    size_t *labels = calloc(t->n_cols ? t->n_cols : 1, sizeof *labels);
    size_t *width = calloc(t->n_cols ? t->n_cols : 1, sizeof *width);
    char **values = calloc(t->n_rows ? t->n_rows : 1, sizeof *values);
    ke_line l = {0};
    int rc = -1;
    if (!labels || !width || !values)
        goto done;
    size_t n_labels = label_columns(t, (size_t)num, opts->wide, labels);

    /* widths: labels, then the value */
    for (size_t i = 0; i < n_labels; i++) {
        width[i] = ke_display_width(ke_column_header(&t->cols[labels[i]], opts->lang));
        for (size_t r = 0; r < t->n_rows; r++) {
            const char *s = ke_table_cell(t, r, labels[i])->text;
            size_t w = ke_display_width(s ? s : "-");
            if (w > width[i])
                width[i] = w;
        }
    }
    const char *value_header = ke_column_header(&t->cols[num], opts->lang);
    size_t value_width = ke_display_width(value_header);
    double max_pos = 0, max_neg = 0;
    int uc = ke_table_col(t, "unit");
    const char *unit = NULL;
    for (size_t r = 0; r < t->n_rows; r++) {
        if (!(values[r] = value_text(t, r, (size_t)num, opts->lang)))
            goto done;
        size_t w = ke_display_width(values[r]);
        if (w > value_width)
            value_width = w;
        const ke_cell *c = ke_table_cell(t, r, (size_t)num);
        if (!c->text)
            continue;
        if (c->num > max_pos)
            max_pos = c->num;
        if (-c->num > max_neg)
            max_neg = -c->num;
        if (uc >= 0 && !unit) { /* in the chosen language (ke_cell.shown) */
            const ke_cell *u = ke_table_cell(t, r, (size_t)uc);
            unit = u->shown ? u->shown : u->text;
        }
    }

    /* the bar area: what is left of the line, split at the zero axis */
    size_t used = value_width;
    for (size_t i = 0; i < n_labels; i++)
        used += width[i] + 2;
    used += 2;
    size_t area = opts->chart_width > used + MIN_BARS ? opts->chart_width - used : MIN_BARS;
    size_t left = 0, right = area;
    if (max_neg > 0) {
        left = round_count((double)(area - 1) * max_neg / (max_neg + max_pos));
        if (left == 0)
            left = 1;
        right = area - 1 - left;
    }

    if (opts->header) {
        for (size_t i = 0; i < n_labels; i++) {
            const ke_column *col = &t->cols[labels[i]];
            put_padded(&l, ke_column_header(col, opts->lang), width[i],
                       col->type == KE_COL_INT || col->type == KE_COL_NUM, KE_SGR_BOLD, opts->color);
            ke_line_spaces(&l, 2);
        }
        put_padded(&l, value_header, value_width, 1, KE_SGR_BOLD, opts->color);
        if (unit) {
            ke_line_spaces(&l, 2);
            if (opts->width && ke_display_width(unit) > area) {
                /* on a terminal, the unit over the bars is cut to fit */
                size_t n = ke_display_prefix(unit, area - 1);
                char *cut = malloc(n + sizeof KE_ELLIPSIS);
                if (!cut)
                    goto done;
                snprintf(cut, n + sizeof KE_ELLIPSIS, "%.*s%s", (int)n, unit, KE_ELLIPSIS);
                put_padded(&l, cut, 0, 0, KE_SGR_BOLD, opts->color);
                free(cut);
            } else {
                put_padded(&l, unit, 0, 0, KE_SGR_BOLD, opts->color);
            }
        }
        ke_line_flush(&l, out);
    }
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t i = 0; i < n_labels; i++) {
            const ke_column *col = &t->cols[labels[i]];
            const char *s = ke_table_cell(t, r, labels[i])->text;
            put_padded(&l, s ? s : "-", width[i], col->type == KE_COL_INT || col->type == KE_COL_NUM,
                       s ? NULL : KE_SGR_DIM, opts->color);
            ke_line_spaces(&l, 2);
        }
        const ke_cell *c = ke_table_cell(t, r, (size_t)num);
        const char *color = !c->text ? KE_SGR_DIM : c->num < 0 ? KE_SGR_NEGATIVE : NULL;
        put_padded(&l, values[r], value_width, 1, color, opts->color);
        ke_line_spaces(&l, 2);
        if (color && c->text && opts->color)
            ke_line_put(&l, color, strlen(color));
        put_bar(&l, c->text ? c->num : 0, max_neg, max_pos, left, right);
        if (color && c->text && opts->color)
            ke_line_put(&l, KE_SGR_RESET, strlen(KE_SGR_RESET));
        ke_line_flush(&l, out);
    }
    rc = l.failed || ferror(out) ? -1 : 0;
done:
    for (size_t r = 0; values && r < t->n_rows; r++)
        free(values[r]);
    free(values);
    free(labels);
    free(width);
    free(l.buf);
    return rc;
}
