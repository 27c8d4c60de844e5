/* Result tables: construction, cell setters and the generic operations
 * (--where, --sort, --limit, --fields) that act on every command's output. */
#include "kaieco/table.h"
#include "kaieco/format.h"
#include "kaieco/messages.h"
#include "suggest.h"
#include "kaieco/where.h"
#include "base/text.h"
#include "base/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Fits a message longer than the buffer: the longest quoted part (the
 * user's word, as a rule) loses its end, marked "…", so that the closing
 * quote and the hint after it ("; did you mean 'x'?") survive; failing
 * that, the message loses its end. Cuts fall between UTF-8 characters. */
static void fit_message(const char *full, size_t len, char *out, size_t size)
{
    static const char ellipsis[] = "\xe2\x80\xa6"; /* U+2026 */
    const size_t el = sizeof ellipsis - 1;
    size_t best_open = 0, best_len = 0;
    const char *q = strchr(full, '\'');
    while (q) {
        const char *r = strchr(q + 1, '\'');
        if (!r)
            break;
        if ((size_t)(r - q - 1) > best_len) {
            best_open = (size_t)(q - full) + 1;
            best_len = (size_t)(r - q - 1);
        }
        q = r;
    }
    size_t excess = len + el - (size - 1);
    if (best_len > excess) {
        size_t keep = ke_utf8_cut(full, best_open + best_len - excess);
        size_t close = best_open + best_len;
        snprintf(out, size, "%.*s%s%s", (int)keep, full, ellipsis, full + close);
        return;
    }
    size_t keep = ke_utf8_cut(full, size - 1 - el);
    snprintf(out, size, "%.*s%s", (int)keep, full, ellipsis);
}

/* An allocation that failed ends the program (the one place it does). */
static void *need(void *p)
{
    if (!p) {
        fputs("kaieco: out of memory\n", stderr);
        exit(KE_EXIT_RUNTIME);
    }
    return p;
}

static void *xcalloc(size_t n, size_t size)
{
    return need(calloc(n ? n : 1, size));
}

void ke_error_set(ke_error *err, int status, const char *fmt, ...)
{
    if (!err)
        return;
    err->status = status;
    const char *text = ke_msg(fmt); /* in the message language (kaieco/messages.h) */
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(err->message, sizeof err->message, text, ap);
    va_end(ap);
    if (n < 0 || (size_t)n < sizeof err->message)
        return;
    /* too long: format it whole, then fit it */
    char *full = xcalloc((size_t)n + 1, 1);
    va_start(ap, fmt);
    vsnprintf(full, (size_t)n + 1, text, ap);
    va_end(ap);
    fit_message(full, (size_t)n, err->message, sizeof err->message);
    free(full);
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = xcalloc(n, 1);
    memcpy(p, s, n);
    return p;
}

/* The table's copy of a cell's text: in its arena, freed with the table
 * (cells dropped by --where or --limit are not freed one by one). */
static char *cell_text(ke_table *t, const char *s, size_t n)
{
    char *p = need(ke_arena_alloc(t->strings, n + 1));
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

ke_table *ke_table_new(const ke_column *cols, size_t n_cols)
{
    ke_table *t = xcalloc(1, sizeof *t);
    t->strings = xcalloc(1, sizeof(ke_arena));
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
    ke_arena_free(t->strings);
    free(t->strings);
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
    vsnprintf(buf, sizeof buf, ke_msg(fmt), ap); /* as ke_error_set: in the message language */
    va_end(ap);
    char **notes = realloc(t->notes, (t->n_notes + 1) * sizeof *notes);
    if (!notes)
        return;
    t->notes = notes;
    t->notes[t->n_notes++] = xstrdup(buf);
}

void ke_table_reserve(ke_table *t, size_t n_rows)
{
    if (n_rows <= t->cap_rows)
        return;
    ke_cell *cells = NULL;
    if (n_rows <= SIZE_MAX / sizeof *cells / (t->n_cols ? t->n_cols : 1))
        cells = realloc(t->cells, (n_rows * t->n_cols + 1) * sizeof *cells);
    t->cells = need(cells);
    t->cap_rows = n_rows;
}

size_t ke_table_add_row(ke_table *t)
{
    if (t->n_rows == t->cap_rows)
        ke_table_reserve(t, t->cap_rows ? t->cap_rows * 2 : 16);
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
static size_t col_for(const ke_table *t, const char *key)
{
    int c = ke_table_col(t, key);
    if (c < 0) {
        fprintf(stderr, "kaieco: internal error: no column '%s'\n", key);
        abort();
    }
    return (size_t)c;
}

static ke_cell *cell_at(ke_table *t, size_t row, size_t col)
{
    if (col >= t->n_cols || row >= t->n_rows) {
        fprintf(stderr, "kaieco: internal error: no cell (%zu, %zu)\n", row, col);
        abort();
    }
    ke_cell *cell = ke_table_cell(t, row, col);
    cell->text = NULL; /* an earlier text stays in the arena until the table goes */
    cell->num = 0;
    return cell;
}

void ke_table_set_text_at(ke_table *t, size_t row, size_t col, const char *s)
{
    ke_cell *cell = cell_at(t, row, col);
    if (s)
        cell->text = cell_text(t, s, strlen(s));
}

void ke_table_set_text_ref_at(ke_table *t, size_t row, size_t col, const char *s)
{
    ke_cell *cell = cell_at(t, row, col);
    cell->text = (char *)s; /* never written through, never freed alone */
}

void ke_table_set_int_at(ke_table *t, size_t row, size_t col, long long v)
{
    ke_cell *cell = cell_at(t, row, col);
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", v);
    cell->text = cell_text(t, buf, (size_t)n);
    cell->num = (double)v;
}

void ke_table_set_num_at(ke_table *t, size_t row, size_t col, const ke_number *n)
{
    ke_cell *cell = cell_at(t, row, col);
    if (n && n->text) {
        cell->text = cell_text(t, n->text, strlen(n->text));
        cell->num = n->value;
    }
}

void ke_table_set_bool_at(ke_table *t, size_t row, size_t col, int v)
{
    ke_cell *cell = cell_at(t, row, col);
    cell->text = cell_text(t, v ? "true" : "false", v ? 4 : 5);
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

void ke_table_set_num(ke_table *t, size_t row, const char *key, const ke_number *n)
{
    ke_table_set_num_at(t, row, col_for(t, key), n);
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

void ke_table_keep_rows(ke_table *t, const unsigned char *keep)
{
    size_t out = 0;
    for (size_t r = 0; r < t->n_rows; r++) {
        ke_cell *src = &t->cells[r * t->n_cols];
        if (!keep[r])
            continue; /* its text stays in the arena until the table goes */
        if (out != r)
            memmove(&t->cells[out * t->n_cols], src, t->n_cols * sizeof *src);
        out++;
    }
    t->n_rows = out;
}

int ke_table_where(ke_table *t, const char *key, const char *value, ke_error *err)
{
    /* one rule for equality: the --where module's */
    ke_where *w = ke_where_equals(key, value, "--where");
    int rc = ke_table_filter(t, w, err);
    ke_where_free(w);
    if (rc != 0 && err) /* the message of a single key: no position in it */
        ke_table_find_col(t, key, err);
    return rc;
}

/* One key of a sort: a column and its direction. */
typedef struct sort_key {
    size_t col;
    int descending;
} sort_key;

/* qsort is not stable, so the sort carries each row's original index. */
typedef struct sort_item {
    size_t row;
    const ke_table *t;
    const sort_key *keys;
    size_t n_keys;
} sort_item;

static int compare_key(const ke_table *t, const sort_key *k, size_t ra, size_t rb)
{
    const ke_cell *ca = ke_table_cell(t, ra, k->col);
    const ke_cell *cb = ke_table_cell(t, rb, k->col);
    if (!ca->text || !cb->text) /* missing values go last whatever the direction */
        return (!ca->text) - (!cb->text);
    int r;
    if (t->cols[k->col].type == KE_COL_TEXT)
        r = strcmp(ca->text, cb->text);
    else
        r = (ca->num > cb->num) - (ca->num < cb->num);
    return k->descending ? -r : r;
}

static int compare_items(const void *pa, const void *pb)
{
    const sort_item *a = pa, *b = pb;
    for (size_t i = 0; i < a->n_keys; i++) {
        int r = compare_key(a->t, &a->keys[i], a->row, b->row);
        if (r)
            return r;
    }
    return (a->row > b->row) - (a->row < b->row);
}

static void sort_rows(ke_table *t, const sort_key *keys, size_t n_keys)
{
    sort_item *items = xcalloc(t->n_rows, sizeof *items);
    for (size_t r = 0; r < t->n_rows; r++)
        items[r] = (sort_item){r, t, keys, n_keys};
    qsort(items, t->n_rows, sizeof *items, compare_items);
    /* every cell of the new array is written: no need to clear it */
    ke_cell *cells = need(malloc((t->n_rows ? t->n_rows : 1) * t->n_cols * sizeof *cells));
    for (size_t r = 0; r < t->n_rows; r++)
        memcpy(&cells[r * t->n_cols], &t->cells[items[r].row * t->n_cols], t->n_cols * sizeof *cells);
    free(t->cells);
    t->cells = cells;
    t->cap_rows = t->n_rows;
    free(items);
}

int ke_table_sort(ke_table *t, const char *key, int descending, ke_error *err)
{
    int c = ke_table_find_col(t, key, err);
    if (c < 0)
        return -1;
    sort_key k = {(size_t)c, descending};
    sort_rows(t, &k, 1);
    return 0;
}

/* Splits "a,b,c" into its words (in a copy, *buf); an empty word is an
 * error naming the option. Returns the count, or -1. */
static long split_spec(const char *spec, const char *what, char ***words, char **buf, ke_error *err)
{
    size_t n = 1;
    for (const char *p = spec; *p; p++)
        n += *p == ',';
    *buf = xstrdup(spec);
    *words = xcalloc(n, sizeof **words);
    char *p = *buf;
    for (size_t i = 0; i < n; i++) {
        char *comma = strchr(p, ',');
        if (comma)
            *comma = '\0';
        if (!*p) {
            ke_error_set(err, KE_EXIT_USAGE, "empty column name in %s '%s'", what, spec);
            return -1;
        }
        (*words)[i] = p;
        p = comma ? comma + 1 : p + strlen(p);
    }
    return (long)n;
}

int ke_table_sort_spec(ke_table *t, const char *spec, ke_error *err)
{
    char **words, *buf;
    long n = split_spec(spec, "--sort", &words, &buf, err);
    sort_key *keys = xcalloc(n > 0 ? (size_t)n : 1, sizeof *keys);
    int rc = n < 0 ? -1 : 0;
    for (long i = 0; rc == 0 && i < n; i++) {
        int desc = words[i][0] == '-';
        if (desc && !words[i][1]) {
            ke_error_set(err, KE_EXIT_USAGE, "empty column name in --sort '%s'", spec);
            rc = -1;
            break;
        }
        int c = ke_table_find_col(t, words[i] + desc, err);
        if (c < 0)
            rc = -1;
        else
            keys[i] = (sort_key){(size_t)c, desc};
    }
    if (rc == 0)
        sort_rows(t, keys, (size_t)n);
    free(keys);
    free(words);
    free(buf);
    return rc;
}

void ke_table_limit(ke_table *t, size_t n)
{
    if (n >= t->n_rows)
        return;
    unsigned char *keep = xcalloc(t->n_rows, 1);
    memset(keep, 1, n);
    ke_table_keep_rows(t, keep);
    free(keep);
}

int ke_table_select(ke_table *t, const char *const *keys, size_t n_keys, ke_error *err)
{
    size_t *map = xcalloc(n_keys, sizeof *map);
    for (size_t i = 0; i < n_keys; i++) {
        int c = ke_table_find_col(t, keys[i], err);
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
        for (size_t i = 0; i < n_keys; i++)
            cells[r * n_keys + i] = row[map[i]];
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

int ke_table_select_spec(ke_table *t, const char *spec, ke_error *err)
{
    char **words, *buf;
    long n = split_spec(spec, "--fields", &words, &buf, err);
    int rc = n < 0 ? -1 : ke_table_select(t, (const char *const *)words, (size_t)n, err);
    free(words);
    free(buf);
    return rc;
}

void ke_table_add_column(ke_table *t, const ke_column *col)
{
    size_t n = t->n_cols + 1;
    ke_column *cols = xcalloc(n, sizeof *cols);
    ke_cell *cells = xcalloc((t->cap_rows ? t->cap_rows : 1) * n, sizeof *cells);
    memcpy(cols, t->cols, t->n_cols * sizeof *cols);
    cols[t->n_cols] = *col;
    cols[t->n_cols].key = xstrdup(col->key);
    for (size_t r = 0; r < t->n_rows; r++)
        memcpy(&cells[r * n], &t->cells[r * t->n_cols], t->n_cols * sizeof *cells);
    free(t->cols);
    free(t->cells);
    t->cols = cols;
    t->cells = cells;
    t->n_cols = n;
}
