/* Result tables: construction, cell setters, columns and notes. Shaping
 * (--where, --sort, --limit, --fields) is shape.c's.
 *
 * Nothing here ends the program. A setter that cannot allocate marks the
 * table failed (sticky, as sqlite's mallocFailed is) and later setters do
 * nothing; the query ends with ke_table_done, which turns a failed table
 * into NULL and "out of memory". */
#include "kaieco/table.h"
#include "table/private.h"
#include "kaieco/messages.h"
#include "suggest.h"
#include "base/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What t->strings points to: the cells' text, and whether the table failed. */
typedef struct store {
    ke_arena arena;       /* arena.failed: an allocation failed */
    char internal[128];   /* a programming error: no such column or cell */
} store;

static store *store_of(const ke_table *t)
{
    return t->strings;
}

static int failed(const ke_table *t)
{
    const store *s = store_of(t);
    return s->arena.failed || s->internal[0];
}

static void fail_oom(ke_table *t)
{
    store_of(t)->arena.failed = 1;
}

void ke_table_out_of_memory(ke_table *t)
{
    fail_oom(t);
}

int ke_table_failed(const ke_table *t)
{
    return failed(t);
}

/* Setting a column or cell the table does not have is a programming error:
 * the table fails (ke_table_done reports it) rather than drop a value. The
 * message, "no column 'x'", goes in store.internal. */
static char *internal(ke_table *t)
{
    store *s = store_of(t);
    return s->internal[0] ? NULL : s->internal;
}

static char *copy_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

/* The table's copy of a cell's text: in its arena, freed with the table
 * (cells dropped by --where or --limit are not freed one by one). NULL
 * when out of memory (the table is then failed). */
static char *cell_text(ke_table *t, const char *s, size_t n)
{
    char *p = ke_arena_alloc(&store_of(t)->arena, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

ke_table *ke_table_new(const ke_column *cols, size_t n_cols)
{
    ke_table *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->strings = calloc(1, sizeof(store));
    t->cols = calloc(n_cols ? n_cols : 1, sizeof *t->cols);
    if (!t->strings || !t->cols) {
        ke_table_free(t);
        return NULL;
    }
    /* the table owns its keys, so a query may build them at run time */
    for (size_t i = 0; i < n_cols; i++, t->n_cols++) {
        t->cols[i] = cols[i];
        if (!(t->cols[i].key = copy_string(cols[i].key))) {
            ke_table_free(t);
            return NULL;
        }
    }
    return t;
}

void ke_table_free(ke_table *t)
{
    if (!t)
        return;
    if (t->strings)
        ke_arena_free(&store_of(t)->arena);
    free(t->strings);
    free(t->cells);
    for (size_t c = 0; t->cols && c < t->n_cols; c++)
        free((char *)t->cols[c].key);
    free(t->cols);
    for (size_t i = 0; i < t->n_notes; i++)
        free(t->notes[i]);
    free(t->notes);
    free(t);
}

ke_table *ke_table_done(ke_table *t, ke_error *err)
{
    if (t && !failed(t))
        return t;
    if (t && store_of(t)->internal[0] && !store_of(t)->arena.failed)
        ke_error_set(err, KE_EXIT_RUNTIME, "internal error: %s", store_of(t)->internal);
    else
        ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
    ke_table_free(t);
    return NULL;
}

void ke_table_note(ke_table *t, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, ke_msg(fmt), ap); /* as ke_error_set: in the message language */
    va_end(ap);
    char **notes = realloc(t->notes, (t->n_notes + 1) * sizeof *notes);
    if (!notes) {
        fail_oom(t);
        return;
    }
    t->notes = notes;
    if (!(t->notes[t->n_notes] = copy_string(buf))) {
        fail_oom(t);
        return;
    }
    t->n_notes++;
}

int ke_table_reserve(ke_table *t, size_t n_rows)
{
    if (n_rows <= t->cap_rows)
        return 0;
    ke_cell *cells = NULL;
    if (n_rows <= SIZE_MAX / sizeof *cells / (t->n_cols ? t->n_cols : 1) - 1)
        cells = realloc(t->cells, (n_rows * t->n_cols + 1) * sizeof *cells);
    if (!cells) {
        fail_oom(t);
        return -1;
    }
    t->cells = cells;
    t->cap_rows = n_rows;
    return 0;
}

size_t ke_table_add_row(ke_table *t)
{
    if (t->n_rows == t->cap_rows && ke_table_reserve(t, t->cap_rows ? t->cap_rows * 2 : 16) != 0)
        return (size_t)-1;
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

/* The column named `key`, or (size_t)-1 with the table failed. */
static size_t col_for(ke_table *t, const char *key)
{
    int c = ke_table_col(t, key);
    char *why = c < 0 ? internal(t) : NULL;
    if (why)
        snprintf(why, sizeof store_of(t)->internal, "no column '%s'", key);
    return c < 0 ? (size_t)-1 : (size_t)c;
}

/* The cell to set, cleared; NULL when the table has failed (a row that
 * could not be added is (size_t)-1: out of range too). */
static ke_cell *cell_at(ke_table *t, size_t row, size_t col)
{
    if (failed(t))
        return NULL;
    if (col >= t->n_cols || row >= t->n_rows) {
        char *why = internal(t);
        if (why && row != (size_t)-1) /* a row that was not added: out of memory */
            snprintf(why, sizeof store_of(t)->internal, "no cell (%zu, %zu)", row, col);
        return NULL;
    }
    ke_cell *cell = ke_table_cell(t, row, col);
    /* an earlier text stays in the arena until the table goes */
    memset(cell, 0, sizeof *cell);
    return cell;
}

/* The cell of a table view setter: the cell as it is (its value kept);
 * NULL when the table has failed or has no such cell. */
static ke_cell *view_cell(ke_table *t, size_t row, size_t col)
{
    if (failed(t))
        return NULL;
    if (col >= t->n_cols || row >= t->n_rows) {
        char *why = internal(t);
        if (why && row != (size_t)-1)
            snprintf(why, sizeof store_of(t)->internal, "no cell (%zu, %zu)", row, col);
        return NULL;
    }
    return ke_table_cell(t, row, col);
}

void ke_table_set_shown_at(ke_table *t, size_t row, size_t col, const char *s)
{
    ke_cell *cell = view_cell(t, row, col);
    if (cell)
        cell->shown = s ? cell_text(t, s, strlen(s)) : NULL;
}

void ke_table_set_figure_at(ke_table *t, size_t row, size_t col, int scale)
{
    ke_cell *cell = view_cell(t, row, col);
    if (cell) {
        cell->figure = 1;
        cell->scale = scale;
    }
}

void ke_table_set_text_at(ke_table *t, size_t row, size_t col, const char *s)
{
    ke_cell *cell = cell_at(t, row, col);
    if (cell && s)
        cell->text = cell_text(t, s, strlen(s));
}

void ke_table_set_text_ref_at(ke_table *t, size_t row, size_t col, const char *s)
{
    ke_cell *cell = cell_at(t, row, col);
    if (cell)
        cell->text = (char *)s; /* never written through, never freed alone */
}

void ke_table_set_int_at(ke_table *t, size_t row, size_t col, long long v)
{
    ke_cell *cell = cell_at(t, row, col);
    if (!cell)
        return;
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", v);
    if ((cell->text = cell_text(t, buf, (size_t)n)))
        cell->num = (double)v;
}

void ke_table_set_num_at(ke_table *t, size_t row, size_t col, const char *text, double value)
{
    ke_cell *cell = cell_at(t, row, col);
    if (cell && text && (cell->text = cell_text(t, text, strlen(text))))
        cell->num = value;
}

void ke_table_set_bool_at(ke_table *t, size_t row, size_t col, int v)
{
    ke_cell *cell = cell_at(t, row, col);
    if (cell && (cell->text = cell_text(t, v ? "true" : "false", v ? 4 : 5)))
        cell->num = v ? 1 : 0;
}

void ke_table_set_text(ke_table *t, size_t row, const char *key, const char *s)
{
    ke_table_set_text_at(t, row, col_for(t, key), s);
}

void ke_table_set_int(ke_table *t, size_t row, const char *key, long long v)
{
    ke_table_set_int_at(t, row, col_for(t, key), v);
}

void ke_table_set_num(ke_table *t, size_t row, const char *key, const char *text, double value)
{
    ke_table_set_num_at(t, row, col_for(t, key), text, value);
}

void ke_table_set_bool(ke_table *t, size_t row, const char *key, int v)
{
    ke_table_set_bool_at(t, row, col_for(t, key), v);
}

int ke_table_find_col(const ke_table *t, const char *key, ke_error *err)
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

int ke_table_add_column(ke_table *t, const ke_column *col)
{
    size_t n = t->n_cols + 1;
    ke_column *cols = calloc(n, sizeof *cols);
    ke_cell *cells = calloc((t->cap_rows ? t->cap_rows : 1) * n, sizeof *cells);
    char *key = copy_string(col->key);
    if (!cols || !cells || !key) {
        free(cols);
        free(cells);
        free(key);
        fail_oom(t);
        return -1;
    }
    memcpy(cols, t->cols, t->n_cols * sizeof *cols);
    cols[t->n_cols] = *col;
    cols[t->n_cols].key = key;
    for (size_t r = 0; r < t->n_rows; r++)
        memcpy(&cells[r * n], &t->cells[r * t->n_cols], t->n_cols * sizeof *cells);
    free(t->cols);
    free(t->cells);
    t->cols = cols;
    t->cells = cells;
    t->n_cols = n;
    return 0;
}
