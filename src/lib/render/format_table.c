/* Table formatter, for people: a caption (the columns whose value is the
 * same on every row, said once), a header line, a rule of '-', then one
 * line per row; columns two spaces apart, padded by display width (not
 * bytes) so that Korean and Japanese text lines up; then numbered
 * footnotes. Nothing here reads the locale or the terminal: what may adapt
 * (the view, a width to fit, colour) comes in ke_render_opts. Given a
 * width, it leaves out columns by priority (ke_column.priority), cuts the
 * widest text cells, says under the table which columns it left out, and
 * wraps the caption and footnotes at word boundaries. */
#include "kaieco/format.h"
#include "base/line.h"
#include "base/number.h"
#include "render/headers.h"
#include "render/wrap.h"

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

/* Room for a figure as shown: a longer one is shown as it is. */
#define NUMBER_SIZE 256

/* What one rendering works with. */
typedef struct ctx {
    const ke_table *t;
    const ke_render_opts *o;
    size_t *shown; /* indexes of the columns shown, in order */
    size_t n_shown;
    size_t *width; /* per shown column */
    size_t *caption; /* columns said once, above the table */
    size_t n_caption;
    size_t *dropped; /* columns left out to fit the width, in table order */
    size_t n_dropped;
    const char **title; /* per table column, its header in the view */
    notes nt;
    ke_line l;
    char *number; /* a figure as shown (shown_value) */
    int narrow;   /* figures without thousands commas, to fit */
    /* per table column, its widest cell once measured (0: not yet), kept
     * while columns are left out one by one: only footnote markers and
     * `narrow` change what a cell shows */
    size_t *cells_width;
    /* the footnote columns shown, in order, when the notes were numbered:
     * numbered again only when they change (a footnote column left out) */
    size_t *noted;
    size_t n_noted;
    int notes_made;
} ctx;

/* FNV-1a: where a note's text sits in the look-up of collect_notes. */
static size_t note_hash(const char *s)
{
    size_t h = (size_t)14695981039346656037ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * (size_t)1099511628211ULL;
    return h;
}

static int collect_notes(ctx *x)
{
    const ke_table *t = x->t;
    notes *nt = &x->nt;
    size_t cells = t->n_rows * t->n_cols;
    nt->n = 0;
    nt->texts = calloc(cells ? cells : 1, sizeof *nt->texts);
    nt->markers = calloc(cells ? cells : 1, sizeof *nt->markers);
    /* the notes seen, by text (open addressing, at most half full), so
     * that a table of thousands of notes is numbered in linear time */
    size_t slots = 16;
    while (slots < 2 * cells)
        slots *= 2;
    size_t *seen = calloc(slots, sizeof *seen); /* index + 1; 0 = empty */
    if (!nt->texts || !nt->markers || !seen) {
        free(seen);
        return -1;
    }
    for (size_t r = 0; r < t->n_rows; r++)
        for (size_t i = 0; i < x->n_shown; i++) {
            size_t c = x->shown[i];
            const char *s = ke_table_cell(t, r, c)->text;
            if (!t->cols[c].footnote || !s || !*s)
                continue;
            size_t h = note_hash(s) & (slots - 1);
            while (seen[h] && strcmp(nt->texts[seen[h] - 1], s) != 0)
                h = (h + 1) & (slots - 1);
            size_t k = seen[h] ? seen[h] - 1 : nt->n;
            if (k == nt->n) {
                nt->texts[nt->n++] = s;
                seen[h] = nt->n;
            }
            char marker[24];
            snprintf(marker, sizeof marker, "[%zu]", k + 1);
            if (!(nt->markers[r * t->n_cols + c] = strdup(marker))) {
                free(seen);
                return -1;
            }
        }
    free(seen);
    return 0;
}

static void free_notes(const ke_table *t, notes *nt)
{
    for (size_t i = 0; nt->markers && i < t->n_rows * t->n_cols; i++)
        free(nt->markers[i]);
    free(nt->markers);
    free(nt->texts);
    nt->markers = NULL;
    nt->texts = NULL;
    nt->n = 0;
}

/* Numbers the notes of the shown footnote columns, unless those columns
 * are the ones they were numbered for. */
static int number_notes(ctx *x)
{
    size_t n = 0;
    int same = x->notes_made;
    for (size_t i = 0; i < x->n_shown; i++)
        if (x->t->cols[x->shown[i]].footnote) {
            same = same && n < x->n_noted && x->noted[n] == x->shown[i];
            x->noted[n++] = x->shown[i];
        }
    if (same && n == x->n_noted)
        return 0;
    x->n_noted = n;
    x->notes_made = 1;
    free_notes(x->t, &x->nt);
    return collect_notes(x);
}

/* A value as the table shows it: what the query gave for the table view
 * (a unit in the chosen language); a figure as the language writes numbers
 * (ke_format_number: only here, for people; the machine formats, --where
 * and --sort keep the value as it is), counted in its scale in Korean and
 * Japanese, whose units say so (달러 for USD billions: 13.3억 달러), and in
 * ones in English, whose unit says the scale itself ("USD billions", 1.33);
 * words of a fixed vocabulary (KE_TERM, booleans) in the chosen language.
 * A figure is written into x->number, which holds it until the next call. */
static const char *shown_value(const ctx *x, size_t r, size_t c)
{
    const ke_column *col = &x->t->cols[c];
    const ke_cell *cell = ke_table_cell(x->t, r, c);
    const char *s = cell->text;
    if (!s)
        return s;
    if (cell->shown)
        return cell->shown;
    if (col->type == KE_COL_NUM || cell->figure) {
        int scale = x->o->lang == KE_LANG_KO || x->o->lang == KE_LANG_JA ? cell->scale : 0;
        if (ke_number_shown(s, scale, x->o->lang, x->narrow, x->number, NUMBER_SIZE) == 0)
            return x->number;
        return s;
    }
    if ((col->flags & KE_TERM) || col->type == KE_COL_BOOL)
        return ke_term(s, x->o->lang);
    return s;
}

static const char *cell_text(const ctx *x, size_t r, size_t c)
{
    const char *marker = x->nt.markers[r * x->t->n_cols + c];
    const char *s = shown_value(x, r, c);
    return marker ? marker : s ? s : "-";
}

/* A column's header in the view (x->title, set by choose_columns). */
static const char *header_of(const ctx *x, size_t c)
{
    return x->title[c];
}

/* The columns of the view: the default view (no KE_WIDE) unless `wide`;
 * every column when the default view would be empty. Under ko and ja, the
 * default view shows an id's names (ke_column.named_by) in its place,
 * under its header, and a column's `heading` as its header; English shows
 * the ids and keys a reader types. */
static int choose_columns(ctx *x)
{
    const ke_table *t = x->t;
    size_t n = t->n_cols ? t->n_cols : 1;
    int local = x->o->lang == KE_LANG_KO || x->o->lang == KE_LANG_JA;
    x->shown = calloc(n, sizeof *x->shown);
    x->width = calloc(n, sizeof *x->width);
    x->caption = calloc(n, sizeof *x->caption);
    x->dropped = calloc(n, sizeof *x->dropped);
    x->title = calloc(n, sizeof *x->title);
    x->cells_width = calloc(n, sizeof *x->cells_width);
    x->noted = calloc(n, sizeof *x->noted);
    if (!x->shown || !x->width || !x->caption || !x->dropped || !x->title || !x->cells_width || !x->noted)
        return -1;
    for (size_t c = 0; c < t->n_cols; c++)
        x->title[c] = ke_column_header(&t->cols[c], x->o->lang);
    for (size_t c = 0; c < t->n_cols; c++) {
        if (!x->o->wide && (t->cols[c].flags & KE_WIDE))
            continue;
        int names = local && !x->o->wide && !x->o->exact && t->cols[c].named_by
                        ? ke_table_col(t, t->cols[c].named_by) : -1;
        if (names >= 0 && (t->cols[names].flags & KE_WIDE)) {
            x->title[names] = x->title[c];
            x->shown[x->n_shown++] = (size_t)names;
        } else {
            x->shown[x->n_shown++] = c;
        }
    }
    if (x->n_shown == 0)
        for (size_t c = 0; c < t->n_cols; c++)
            x->shown[x->n_shown++] = c;
    return 0;
}

/* Whether column c has the same value, not missing, on every row. */
static int same_on_every_row(const ctx *x, size_t c)
{
    const ke_table *t = x->t;
    const char *first = ke_table_cell(t, 0, c)->text;
    if (!first)
        return 0;
    for (size_t r = 1; r < t->n_rows; r++) {
        const char *s = ke_table_cell(t, r, c)->text;
        if (!s || strcmp(s, first) != 0)
            return 0;
    }
    return 1;
}

/* The caption: a shown column whose value is the same on every row (the
 * unit, the year, often the source) is said once above the table rather
 * than on every row. Only in the default view (--wide and --fields show
 * every column they name, as they are); not the figures (number columns)
 * nor footnotes; not with fewer than two rows or without a header; never
 * every column. */
static void choose_caption(ctx *x)
{
    const ke_table *t = x->t;
    if (x->o->wide || x->o->exact || !x->o->header || t->n_rows < 2)
        return;
    size_t kept = 0;
    for (size_t i = 0; i < x->n_shown; i++) {
        size_t c = x->shown[i];
        if (t->cols[c].type != KE_COL_NUM && !t->cols[c].footnote && same_on_every_row(x, c))
            x->caption[x->n_caption++] = c;
        else
            kept++;
    }
    if (kept == 0) {
        x->n_caption = 0;
        return;
    }
    size_t n = 0;
    for (size_t i = 0, k = 0; i < x->n_shown; i++) {
        if (k < x->n_caption && x->caption[k] == x->shown[i])
            k++;
        else
            x->shown[n++] = x->shown[i];
    }
    x->n_shown = n;
}

/* The first column says what a row is (a metric's or a country's name
 * under ko and ja): it is cut to no less than this while other columns
 * can be left out instead, so that a narrow terminal drops a helpful
 * column rather than make rows look alike. */
#define LABEL_FLOOR 20

/* A text column that may be cut: not a number, boolean, id, code or
 * footnote marker. */
static int cuttable(const ke_column *col)
{
    return col->type == KE_COL_TEXT && !(col->flags & KE_CODE) && !col->footnote;
}

/* Narrows the widest cuttable column one column at a time (so the widest
 * are cut first, and to the same width), never below its header's width,
 * until the lines fit o->width. */
static void cut_to_width(ctx *x, const size_t *min)
{
    size_t total = 2 * (x->n_shown - 1);
    for (size_t i = 0; i < x->n_shown; i++)
        total += x->width[i];
    /* first keeping the label's LABEL_FLOOR, then (a terminal too narrow
     * for that) down to its header's width */
    for (int keep_label = 1; keep_label >= 0; keep_label--)
        while (total > x->o->width) {
            size_t best = (size_t)-1;
            for (size_t i = 0; i < x->n_shown; i++) {
                size_t least = min[i];
                if (keep_label && i == 0 && least < LABEL_FLOOR)
                    least = LABEL_FLOOR;
                if (cuttable(&x->t->cols[x->shown[i]]) && x->width[i] > least &&
                    (best == (size_t)-1 || x->width[i] > x->width[best]))
                    best = i;
            }
            if (best == (size_t)-1)
                break;
            x->width[best]--;
            total--;
        }
}

/* A cuttable column is cut to no less than this (or its header's width)
 * before columns are left out instead: a name cut to three letters helps
 * no one. */
#define CUT_FLOOR 10

/* Each shown column's natural width (its widest cell or header), and in
 * `min` the least it may be cut to. */
static int measure_natural(ctx *x, size_t *min)
{
    const ke_table *t = x->t;
    if (number_notes(x) != 0)
        return -1;
    for (size_t i = 0; i < x->n_shown; i++) {
        size_t c = x->shown[i];
        /* without a header, only the cells count */
        size_t w = x->o->header ? ke_display_width(header_of(x, c)) : 0;
        /* a cut cell keeps at least one character before the "…" */
        min[i] = w > 2 ? w : 2;
        size_t cells = t->cols[c].footnote ? 0 : x->cells_width[c];
        if (!cells) {
            for (size_t r = 0; r < t->n_rows; r++) {
                size_t cw = ke_display_width(cell_text(x, r, c));
                if (cw > cells)
                    cells = cw;
            }
            if (!t->cols[c].footnote)
                x->cells_width[c] = cells;
        }
        x->width[i] = cells > w ? cells : w;
    }
    return 0;
}

/* Width of the table with its cuttable columns cut to CUT_FLOOR. */
static size_t least_width(const ctx *x, const size_t *min)
{
    size_t total = 2 * (x->n_shown - 1);
    for (size_t i = 0; i < x->n_shown; i++) {
        size_t w = x->width[i];
        if (cuttable(&x->t->cols[x->shown[i]])) {
            size_t floor = min[i] > CUT_FLOOR ? min[i] : CUT_FLOOR;
            if (i == 0 && floor < LABEL_FLOOR)
                floor = LABEL_FLOOR;
            if (w > floor)
                w = floor;
        }
        total += w;
    }
    return total;
}

/* Whether column c is missing on every row (says nothing). */
static int all_missing(const ctx *x, size_t c)
{
    for (size_t r = 0; r < x->t->n_rows; r++)
        if (ke_table_cell(x->t, r, c)->text)
            return 0;
    return 1;
}

/* Leaves out the shown column of lowest priority (one missing on every
 * row before any other, the rightmost among equals); 0 when every column
 * left is KE_PRIO_KEEP. */
static int drop_one(ctx *x)
{
    size_t best = (size_t)-1;
    int prio = KE_PRIO_KEEP;
    for (size_t i = 0; i < x->n_shown; i++) {
        size_t c = x->shown[i];
        int p = x->t->cols[c].priority;
        if (p > KE_PRIO_KEEP && all_missing(x, c))
            p += KE_PRIO_LOW; /* below every priority */
        if (p > KE_PRIO_KEEP && p >= prio) {
            prio = p;
            best = i;
        }
    }
    if (best == (size_t)-1 || x->n_shown < 2)
        return 0;
    size_t c = x->shown[best];
    memmove(x->shown + best, x->shown + best + 1, (x->n_shown - best - 1) * sizeof *x->shown);
    x->n_shown--;
    size_t k = x->n_dropped++;
    while (k > 0 && x->dropped[k - 1] > c) { /* kept in table order */
        x->dropped[k] = x->dropped[k - 1];
        k--;
    }
    x->dropped[k] = c;
    return 1;
}

/* Width of the table with every cell whole. */
static size_t natural_width(const ctx *x)
{
    size_t total = 2 * (x->n_shown - 1);
    for (size_t i = 0; i < x->n_shown; i++)
        total += x->width[i];
    return total;
}

/* Whether a shown column that may be left out is missing on every row. */
static int droppable_missing(const ctx *x)
{
    for (size_t i = 0; i < x->n_shown; i++)
        if (x->t->cols[x->shown[i]].priority > KE_PRIO_KEEP && all_missing(x, x->shown[i]))
            return 1;
    return 0;
}

/* Puts column c back among the shown ones, in table order. */
static void restore(ctx *x, size_t c)
{
    size_t at = x->n_shown;
    while (at > 0 && x->shown[at - 1] > c) {
        x->shown[at] = x->shown[at - 1];
        at--;
    }
    x->shown[at] = c;
    x->n_shown++;
}

/* After leaving columns out, takes back those that fit in the room left
 * (a wide one may have gone after narrower ones of lower priority): the
 * most needed first, the leftmost among equals. Returns -1 when out of
 * memory. */
static int take_back(ctx *x, size_t *min)
{
    for (int prio = KE_PRIO_HIGH; prio <= KE_PRIO_LOW; prio++)
        for (size_t k = 0; k < x->n_dropped;) {
            size_t c = x->dropped[k];
            /* one missing on every row stays out: it says nothing */
            int p = all_missing(x, c) ? 0 : x->t->cols[c].priority;
            if (p != prio) {
                k++;
                continue;
            }
            restore(x, c);
            if (measure_natural(x, min) != 0)
                return -1;
            if (least_width(x, min) > x->o->width) { /* it does not fit: out again */
                size_t i = 0;
                while (x->shown[i] != c)
                    i++;
                memmove(x->shown + i, x->shown + i + 1, (x->n_shown - i - 1) * sizeof *x->shown);
                x->n_shown--;
                k++;
                continue;
            }
            memmove(x->dropped + k, x->dropped + k + 1, (x->n_dropped - k - 1) * sizeof *x->dropped);
            x->n_dropped--;
        }
    return measure_natural(x, min);
}

/* Column widths; given o->width, fits the table into it: leaves out
 * columns by priority (not with --wide or --fields) while the rest, cut
 * as far as is useful, is still too wide, takes back those that then fit,
 * and cuts the widest text cells. Ids, codes, numbers and footnote
 * markers are never cut. */
static int measure(ctx *x)
{
    size_t *min = calloc(x->n_shown ? x->n_shown : 1, sizeof *min);
    if (!min || measure_natural(x, min) != 0) {
        free(min);
        return -1;
    }
    if (x->o->width) {
        if (!x->o->wide && !x->o->exact) {
            /* a column missing on every row goes before any cell is cut */
            while ((least_width(x, min) > x->o->width ||
                    (natural_width(x) > x->o->width && droppable_missing(x))) &&
                   drop_one(x))
                if (measure_natural(x, min) != 0) {
                    free(min);
                    return -1;
                }
            if (x->n_dropped && take_back(x, min) != 0) {
                free(min);
                return -1;
            }
        }
        cut_to_width(x, min);
        /* the last resort, rarely needed (a Korean 1,762억 4,727만 1,424
         * beside a long id at 60 columns): figures without their commas */
        if (natural_width(x) > x->o->width && !x->narrow) {
            x->narrow = 1;
            memset(x->cells_width, 0, x->t->n_cols * sizeof *x->cells_width);
            if (measure_natural(x, min) != 0) {
                free(min);
                return -1;
            }
            cut_to_width(x, min);
        }
    }
    free(min);
    return 0;
}

/* One cell, padded to `width`; cut with "…" (U+2026) when wider. */
static void discard(void *ctx, const char *p, size_t n)
{
    (void)ctx, (void)p, (void)n;
}

static void put_cell(ctx *x, const char *s, size_t width, int right, int first, const char *color)
{
    size_t w = ke_display_width(s);
    size_t len = strlen(s);
    int cut = w > width;
    if (cut) {
        len = ke_display_prefix(s, width - 1);
        while (len && s[len - 1] == ' ') /* "joins..." rather than "joins ..." */
            len--;
        w = ke_display_write(s, len, discard, NULL) + 1; /* measured, nothing allocated */
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
        put_cell(x, header_of(x, c), x->width[i], right_aligned(&t->cols[c]),
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

/* `text` after `prefix` ("[3] "): one line when o->wrap is off (piped:
 * byte for byte as ever), else wrapped to the terminal's width, the lines
 * after the first indented under the text (ke_wrap). */
static void put_wrapped(ctx *x, FILE *out, const char *prefix, const char *text)
{
    ke_wrap(&x->l, out, prefix, text, x->o->wrap ? x->o->width : 0, ke_display_width(prefix));
}

/* "unit: patents per 100,000 people; year: 2022" */
static int put_caption(ctx *x, FILE *out)
{
    size_t len = 1;
    for (size_t k = 0; k < x->n_caption; k++) {
        size_t c = x->caption[k];
        len += strlen(header_of(x, c)) + 4 + strlen(shown_value(x, 0, c));
    }
    char *text = malloc(len);
    if (!text)
        return -1;
    text[0] = '\0';
    for (size_t k = 0; k < x->n_caption; k++) {
        size_t c = x->caption[k];
        size_t at = strlen(text);
        snprintf(text + at, len - at, "%s%s: %s", k ? "; " : "", header_of(x, c), shown_value(x, 0, c));
    }
    put_wrapped(x, out, "", text);
    free(text);
    return 0;
}

/* The line under a table that had to leave columns out to fit:
 * "left out to fit 80 columns: approx, source (--wide shows them)". */
static int put_dropped(ctx *x, FILE *out)
{
    static const char *const intro[] = {"left out to fit %zu columns: ", "%zu칸 폭에 맞추려고 뺀 열: ",
                                        "%zu桁の幅に合わせて省いた列: "};
    static const char *const outro[] = {" (--wide shows them)", " (--wide로 모두 표시)",
                                        " (--wide ですべて表示)"};
    size_t lang = x->o->lang == KE_LANG_KO ? 1 : x->o->lang == KE_LANG_JA ? 2 : 0;
    size_t len = strlen(intro[lang]) + 24 + strlen(outro[lang]) + 1;
    for (size_t k = 0; k < x->n_dropped; k++)
        len += strlen(header_of(x, x->dropped[k])) + 2;
    char *text = malloc(len);
    if (!text)
        return -1;
    snprintf(text, len, intro[lang], x->o->width);
    for (size_t k = 0; k < x->n_dropped; k++) {
        size_t at = strlen(text);
        snprintf(text + at, len - at, "%s%s", k ? ", " : "",
                 header_of(x, x->dropped[k]));
    }
    size_t at = strlen(text);
    snprintf(text + at, len - at, "%s", outro[lang]);
    put_wrapped(x, out, "", text);
    free(text);
    return 0;
}

int ke_render_table(const ke_table *t, const ke_render_opts *opts, FILE *out)
{
    ctx x = {0};
    x.t = t;
    x.o = opts;
    int rc = -1;
    if (!(x.number = malloc(NUMBER_SIZE)) || choose_columns(&x) != 0)
        goto done;
    choose_caption(&x);
    if (measure(&x) != 0)
        goto done;
    if (x.n_caption && put_caption(&x, out) != 0)
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
    if (x.n_dropped && put_dropped(&x, out) != 0)
        goto done;
    /* piped, one line per note; at a terminal, wrapped to its width */
    for (size_t k = 0; k < x.nt.n; k++) {
        if (k == 0)
            ke_line_flush(&x.l, out); /* a blank line between the table and its notes */
        char marker[24];
        snprintf(marker, sizeof marker, "[%zu] ", k + 1);
        put_wrapped(&x, out, marker, x.nt.texts[k]);
    }
    rc = x.l.failed || ferror(out) ? -1 : 0;
done:
    free(x.l.buf);
    free(x.number);
    free(x.shown);
    free(x.width);
    free(x.caption);
    free(x.dropped);
    free(x.title);
    free(x.cells_width);
    free(x.noted);
    free_notes(t, &x.nt);
    return rc;
}
