/* Table formatter, for people: a header line, a rule of '-', then one line
 * per row; columns two spaces apart, padded by display width (not bytes) so
 * that Korean and Japanese text lines up. Nothing here reads the locale or
 * the terminal: what may adapt (the view, a width to cut to, colour) comes
 * in ke_render_opts. */
#include "kaieco/format.h"
#include "base/line.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int right_aligned(const ke_column *col)
{
    return col->type == KE_COL_INT || col->type == KE_COL_NUM;
}

/* Footnotes: the distinct texts of the shown footnote columns, numbered in
 * the order they first appear (row by row), and each such cell's marker. */
typedef struct notes {
    const char **texts; /* distinct texts, [0] is note 1 */
    size_t n;
    char **markers;     /* per cell, "[n]" or NULL */
} notes;

/* What one rendering works with. */
typedef struct ctx {
    const ke_table *t;
    const ke_render_opts *o;
    size_t *shown; /* indexes of the columns shown, in order */
    size_t n_shown;
    size_t *width; /* per shown column */
    notes nt;
    ke_line l;
} ctx;

static int collect_notes(ctx *x)
{
    const ke_table *t = x->t;
    notes *nt = &x->nt;
    size_t cells = t->n_rows * t->n_cols;
    nt->n = 0;
    nt->texts = calloc(cells ? cells : 1, sizeof *nt->texts);
    nt->markers = calloc(cells ? cells : 1, sizeof *nt->markers);
    if (!nt->texts || !nt->markers)
        return -1;
    for (size_t r = 0; r < t->n_rows; r++)
        for (size_t i = 0; i < x->n_shown; i++) {
            size_t c = x->shown[i];
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

static const char *cell_text(const ctx *x, size_t r, size_t c)
{
    const char *marker = x->nt.markers[r * x->t->n_cols + c];
    const char *s = ke_table_cell(x->t, r, c)->text;
    return marker ? marker : s ? s : "-";
}

/* The columns of the view: the default view (no KE_WIDE) unless `wide`;
 * every column when the default view would be empty. */
static int choose_columns(ctx *x)
{
    const ke_table *t = x->t;
    x->shown = calloc(t->n_cols ? t->n_cols : 1, sizeof *x->shown);
    x->width = calloc(t->n_cols ? t->n_cols : 1, sizeof *x->width);
    if (!x->shown || !x->width)
        return -1;
    for (size_t c = 0; c < t->n_cols; c++)
        if (x->o->wide || !(t->cols[c].flags & KE_WIDE))
            x->shown[x->n_shown++] = c;
    if (x->n_shown == 0)
        for (size_t c = 0; c < t->n_cols; c++)
            x->shown[x->n_shown++] = c;
    return 0;
}

/* A text column that may be cut: not a number, boolean, id, code or
 * footnote marker. */
static int cuttable(const ke_column *col)
{
    return col->type == KE_COL_TEXT && !(col->flags & KE_CODE) && !col->footnote;
}

/* Fits the table into o->width columns, when given, by narrowing the
 * widest cuttable column one column at a time (so the widest are cut
 * first, and to the same width), never below its header's width. */
static void fit_width(ctx *x, const size_t *min)
{
    if (!x->o->width)
        return;
    size_t total = 2 * (x->n_shown - 1);
    for (size_t i = 0; i < x->n_shown; i++)
        total += x->width[i];
    while (total > x->o->width) {
        size_t best = (size_t)-1;
        for (size_t i = 0; i < x->n_shown; i++)
            if (cuttable(&x->t->cols[x->shown[i]]) && x->width[i] > min[i] &&
                (best == (size_t)-1 || x->width[i] > x->width[best]))
                best = i;
        if (best == (size_t)-1)
            return;
        x->width[best]--;
        total--;
    }
}

static int measure(ctx *x)
{
    const ke_table *t = x->t;
    size_t *min = calloc(x->n_shown ? x->n_shown : 1, sizeof *min);
    if (!min)
        return -1;
    for (size_t i = 0; i < x->n_shown; i++) {
        size_t c = x->shown[i];
        /* without a header, only the cells count */
        size_t w = x->o->header ? ke_display_width(ke_header(t->cols[c].key, x->o->lang)) : 0;
        /* a cut cell keeps at least one character before the "…" */
        min[i] = w > 2 ? w : 2;
        for (size_t r = 0; r < t->n_rows; r++) {
            size_t cw = ke_display_width(cell_text(x, r, c));
            if (cw > w)
                w = cw;
        }
        x->width[i] = w;
    }
    fit_width(x, min);
    free(min);
    return 0;
}

/* One cell, padded to `width`; cut with "…" (U+2026) when wider. */
static void put_cell(ctx *x, const char *s, size_t width, int right, int first, const char *color)
{
    size_t w = ke_display_width(s);
    size_t len = strlen(s);
    int cut = w > width;
    if (cut) {
        len = ke_display_prefix(s, width - 1);
        while (len && s[len - 1] == ' ') /* "joins..." rather than "joins ..." */
            len--;
        w = 0;
        char *prefix = strndup(s, len);
        if (prefix) {
            w = ke_display_width(prefix) + 1;
            free(prefix);
        }
    }
    size_t pad = width > w ? width - w : 0;
    if (!first)
        ke_line_spaces(&x->l, 2);
    if (right)
        ke_line_spaces(&x->l, pad);
    if (color && x->o->color)
        ke_line_put(&x->l, color, strlen(color));
    ke_line_text(&x->l, s, len);
    if (cut)
        ke_line_put(&x->l, KE_ELLIPSIS, strlen(KE_ELLIPSIS));
    if (color && x->o->color)
        ke_line_put(&x->l, KE_SGR_RESET, strlen(KE_SGR_RESET));
    if (!right)
        ke_line_spaces(&x->l, pad);
}

static const char *cell_color(const ctx *x, size_t r, size_t c)
{
    const ke_cell *cell = ke_table_cell(x->t, r, c);
    if (!cell->text)
        return KE_SGR_DIM;
    if (right_aligned(&x->t->cols[c]) && cell->num < 0)
        return KE_SGR_NEGATIVE;
    return NULL;
}

static void put_header(ctx *x, FILE *out)
{
    const ke_table *t = x->t;
    for (size_t i = 0; i < x->n_shown; i++) {
        size_t c = x->shown[i];
        put_cell(x, ke_header(t->cols[c].key, x->o->lang), x->width[i], right_aligned(&t->cols[c]),
                 i == 0, KE_SGR_BOLD);
    }
    ke_line_flush(&x->l, out);
    if (x->o->color)
        ke_line_put(&x->l, KE_SGR_DIM, strlen(KE_SGR_DIM));
    for (size_t i = 0; i < x->n_shown; i++) {
        if (i)
            ke_line_spaces(&x->l, 2);
        for (size_t k = 0; k < x->width[i]; k++)
            ke_line_put(&x->l, "-", 1);
    }
    if (x->o->color)
        ke_line_put(&x->l, KE_SGR_RESET, strlen(KE_SGR_RESET));
    ke_line_flush(&x->l, out);
}

int ke_render_table(const ke_table *t, const ke_render_opts *opts, FILE *out)
{
    ctx x = {0};
    x.t = t;
    x.o = opts;
    int rc = -1;
    if (choose_columns(&x) != 0 || collect_notes(&x) != 0 || measure(&x) != 0)
        goto done;
    if (opts->header)
        put_header(&x, out);
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t i = 0; i < x.n_shown; i++) {
            size_t c = x.shown[i];
            put_cell(&x, cell_text(&x, r, c), x.width[i], right_aligned(&t->cols[c]), i == 0,
                     cell_color(&x, r, c));
        }
        ke_line_flush(&x.l, out);
    }
    /* notes stay whole: they are cut by no width */
    for (size_t k = 0; k < x.nt.n; k++) {
        if (k == 0)
            ke_line_flush(&x.l, out); /* a blank line between the table and its notes */
        char marker[24];
        snprintf(marker, sizeof marker, "[%zu] ", k + 1);
        ke_line_put(&x.l, marker, strlen(marker));
        ke_line_text(&x.l, x.nt.texts[k], strlen(x.nt.texts[k]));
        ke_line_flush(&x.l, out);
    }
    rc = x.l.failed || ferror(out) ? -1 : 0;
done:
    free(x.l.buf);
    free(x.shown);
    free(x.width);
    free_notes(t, &x.nt);
    return rc;
}
