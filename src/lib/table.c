/* Result tables: construction, cell setters and the generic operations
 * (--where, --sort, --limit, --fields) that act on every command's output. */
#include "kaieco/table.h"
#include "kaieco/suggest.h"
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ke_error_set(ke_error *err, int status, const char *fmt, ...)
{
    if (!err)
        return;
    err->status = status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fputs("kaieco: out of memory\n", stderr);
        exit(KE_EXIT_RUNTIME);
    }
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = xcalloc(n, 1);
    memcpy(p, s, n);
    return p;
}

ke_table *ke_table_new(const ke_column *cols, size_t n_cols)
{
    ke_table *t = xcalloc(1, sizeof *t);
    t->cols = xcalloc(n_cols, sizeof *t->cols);
    memcpy(t->cols, cols, n_cols * sizeof *cols);
    /* the table owns its keys, so a query may build them at run time */
    for (size_t i = 0; i < n_cols; i++)
        t->cols[i].key = xstrdup(cols[i].key);
    t->n_cols = n_cols;
    return t;
}

void ke_table_free(ke_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n_rows * t->n_cols; i++)
        free(t->cells[i].text);
    free(t->cells);
    for (size_t c = 0; c < t->n_cols; c++)
        free((char *)t->cols[c].key);
    free(t->cols);
    for (size_t i = 0; i < t->n_notes; i++)
        free(t->notes[i]);
    free(t->notes);
    free(t);
}

void ke_table_note(ke_table *t, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    char **notes = realloc(t->notes, (t->n_notes + 1) * sizeof *notes);
    if (!notes)
        return;
    t->notes = notes;
    t->notes[t->n_notes++] = xstrdup(buf);
}

size_t ke_table_add_row(ke_table *t)
{
    if (t->n_rows == t->cap_rows) {
        size_t cap = t->cap_rows ? t->cap_rows * 2 : 16;
        ke_cell *cells = realloc(t->cells, cap * t->n_cols * sizeof *cells);
        if (!cells && cap * t->n_cols != 0) {
            fputs("kaieco: out of memory\n", stderr);
            exit(KE_EXIT_RUNTIME);
        }
        t->cells = cells;
        t->cap_rows = cap;
    }
    memset(&t->cells[t->n_rows * t->n_cols], 0, t->n_cols * sizeof *t->cells);
    return t->n_rows++;
}

ke_cell *ke_table_cell(const ke_table *t, size_t row, size_t col)
{
    return &t->cells[row * t->n_cols + col];
}

int ke_table_col(const ke_table *t, const char *key)
{
    for (size_t i = 0; i < t->n_cols; i++)
        if (strcmp(t->cols[i].key, key) == 0)
            return (int)i;
    return -1;
}

/* Setting a column the table does not have is a programming error: fail
 * loudly rather than drop a value. */
static ke_cell *cell_for(ke_table *t, size_t row, const char *key)
{
    int c = ke_table_col(t, key);
    if (c < 0) {
        fprintf(stderr, "kaieco: internal error: no column '%s'\n", key);
        abort();
    }
    ke_cell *cell = ke_table_cell(t, row, (size_t)c);
    free(cell->text);
    cell->text = NULL;
    cell->num = 0;
    return cell;
}

void ke_table_set_text(ke_table *t, size_t row, const char *key, const char *s)
{
    ke_cell *cell = cell_for(t, row, key);
    if (s)
        cell->text = xstrdup(s);
}

void ke_table_set_int(ke_table *t, size_t row, const char *key, long long v)
{
    ke_cell *cell = cell_for(t, row, key);
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", v);
    cell->text = xstrdup(buf);
    cell->num = (double)v;
}

void ke_table_set_num(ke_table *t, size_t row, const char *key, const ke_number *n)
{
    ke_cell *cell = cell_for(t, row, key);
    if (n && n->text) {
        cell->text = xstrdup(n->text);
        cell->num = n->value;
    }
}

void ke_table_set_bool(ke_table *t, size_t row, const char *key, int v)
{
    ke_cell *cell = cell_for(t, row, key);
    cell->text = xstrdup(v ? "true" : "false");
    cell->num = v ? 1 : 0;
}

static int find_col_or_error(const ke_table *t, const char *key, ke_error *err)
{
    int c = ke_table_col(t, key);
    if (c >= 0)
        return c;
    ke_suggester s;
    ke_suggest_init(&s, key);
    for (size_t i = 0; i < t->n_cols; i++)
        ke_suggest_add(&s, t->cols[i].key);
    const char *best = ke_suggest_result(&s);
    if (best)
        ke_error_set(err, KE_EXIT_USAGE, "unknown column '%s'; did you mean '%s'?", key, best);
    else
        ke_error_set(err, KE_EXIT_USAGE, "unknown column '%s'", key);
    return -1;
}

/* Drops the rows for which keep[row] is 0, keeping the order of the rest. */
static void compact_rows(ke_table *t, const unsigned char *keep)
{
    size_t out = 0;
    for (size_t r = 0; r < t->n_rows; r++) {
        ke_cell *src = &t->cells[r * t->n_cols];
        if (!keep[r]) {
            for (size_t c = 0; c < t->n_cols; c++)
                free(src[c].text);
            continue;
        }
        if (out != r)
            memmove(&t->cells[out * t->n_cols], src, t->n_cols * sizeof *src);
        out++;
    }
    t->n_rows = out;
}

int ke_table_where(ke_table *t, const char *key, const char *value, ke_error *err)
{
    int c = find_col_or_error(t, key, err);
    if (c < 0)
        return -1;
    unsigned char *keep = xcalloc(t->n_rows, 1);
    for (size_t r = 0; r < t->n_rows; r++) {
        const ke_cell *cell = ke_table_cell(t, r, (size_t)c);
        /* An empty VALUE selects the missing cells. */
        keep[r] = cell->text ? ke_text_eq(cell->text, value) : *value == '\0';
    }
    compact_rows(t, keep);
    free(keep);
    return 0;
}

/* qsort is not stable, so the sort carries each row's original index. */
struct sort_item {
    size_t row;
    const ke_table *t;
    size_t col;
    int descending;
};

static int compare_items(const void *pa, const void *pb)
{
    const struct sort_item *a = pa, *b = pb;
    const ke_cell *ca = ke_table_cell(a->t, a->row, a->col);
    const ke_cell *cb = ke_table_cell(b->t, b->row, b->col);
    int r;
    if (!ca->text || !cb->text) {
        /* missing values go last whatever the direction */
        r = (!ca->text) - (!cb->text);
        if (r)
            return r;
        return (a->row > b->row) - (a->row < b->row);
    }
    if (a->t->cols[a->col].type == KE_COL_TEXT)
        r = strcmp(ca->text, cb->text);
    else
        r = (ca->num > cb->num) - (ca->num < cb->num);
    if (a->descending)
        r = -r;
    if (r)
        return r;
    return (a->row > b->row) - (a->row < b->row);
}

int ke_table_sort(ke_table *t, const char *key, int descending, ke_error *err)
{
    int c = find_col_or_error(t, key, err);
    if (c < 0)
        return -1;
    struct sort_item *items = xcalloc(t->n_rows, sizeof *items);
    for (size_t r = 0; r < t->n_rows; r++)
        items[r] = (struct sort_item){r, t, (size_t)c, descending};
    qsort(items, t->n_rows, sizeof *items, compare_items);
    ke_cell *cells = xcalloc(t->cap_rows * t->n_cols, sizeof *cells);
    for (size_t r = 0; r < t->n_rows; r++)
        memcpy(&cells[r * t->n_cols], &t->cells[items[r].row * t->n_cols], t->n_cols * sizeof *cells);
    free(t->cells);
    t->cells = cells;
    free(items);
    return 0;
}

void ke_table_limit(ke_table *t, size_t n)
{
    if (n >= t->n_rows)
        return;
    unsigned char *keep = xcalloc(t->n_rows, 1);
    memset(keep, 1, n);
    compact_rows(t, keep);
    free(keep);
}

int ke_table_select(ke_table *t, const char *const *keys, size_t n_keys, ke_error *err)
{
    size_t *map = xcalloc(n_keys, sizeof *map);
    for (size_t i = 0; i < n_keys; i++) {
        int c = find_col_or_error(t, keys[i], err);
        if (c < 0) {
            free(map);
            return -1;
        }
        for (size_t j = 0; j < i; j++)
            if (map[j] == (size_t)c) {
                ke_error_set(err, KE_EXIT_USAGE, "column '%s' is named twice in --fields", keys[i]);
                free(map);
                return -1;
            }
        map[i] = (size_t)c;
    }
    ke_column *cols = xcalloc(n_keys, sizeof *cols);
    ke_cell *cells = xcalloc((t->cap_rows ? t->cap_rows : 1) * n_keys, sizeof *cells);
    for (size_t i = 0; i < n_keys; i++)
        cols[i] = t->cols[map[i]];
    for (size_t r = 0; r < t->n_rows; r++) {
        ke_cell *row = &t->cells[r * t->n_cols];
        for (size_t i = 0; i < n_keys; i++) {
            cells[r * n_keys + i] = row[map[i]];
            row[map[i]].text = NULL;
        }
        for (size_t c = 0; c < t->n_cols; c++)
            free(row[c].text);
    }
    free(t->cells);
    for (size_t c = 0; c < t->n_cols; c++) { /* keys of the columns dropped */
        int kept = 0;
        for (size_t i = 0; i < n_keys; i++)
            kept |= map[i] == c;
        if (!kept)
            free((char *)t->cols[c].key);
    }
    free(t->cols);
    free(map);
    t->cells = cells;
    t->cols = cols;
    t->n_cols = n_keys;
    return 0;
}
