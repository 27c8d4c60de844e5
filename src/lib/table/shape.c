/* Shaping: the generic operations that act on every command's result
 * table, in the order the CLI applies them: --where (ke_table_filter,
 * with where.c's predicate), --sort, --limit, --fields. Each leaves the
 * table as it was when it fails: on a usage mistake (status 2) and when
 * out of memory (status 1). */
#include "kaieco/table.h"
#include "kaieco/where.h"
#include "table/predicate.h"

#include <stdlib.h>
#include <string.h>

static int out_of_memory(ke_error *err)
{
    ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
    return -1;
}

/* ---- --where --------------------------------------------------------------- */

/* Drops the rows `keep` says no to, keeping the order of the rest; `keep`
 * is asked about row r before any row at or after r moves. */
static void keep_if(ke_table *t, int (*keep)(const ke_table *t, size_t row, const void *ctx),
                    const void *ctx)
{
    size_t out = 0;
    for (size_t r = 0; r < t->n_rows; r++) {
        if (!keep(t, r, ctx))
            continue; /* its text stays in the arena until the table goes */
        if (out != r)
            memmove(&t->cells[out * t->n_cols], &t->cells[r * t->n_cols],
                    t->n_cols * sizeof *t->cells);
        out++;
    }
    t->n_rows = out;
}

static int keep_flag(const ke_table *t, size_t row, const void *keep)
{
    (void)t;
    return ((const unsigned char *)keep)[row];
}

void ke_table_keep_rows(ke_table *t, const unsigned char *keep)
{
    keep_if(t, keep_flag, keep);
}

static int keep_where(const ke_table *t, size_t row, const void *w)
{
    return ke_where_eval(w, ke_table_cell(t, row, 0));
}

int ke_table_filter(ke_table *t, ke_where *w, ke_error *err)
{
    if (ke_where_bind(w, t->cols, t->n_cols, err) != 0)
        return -1;
    if (t->n_cols) /* no column: no row to test either */
        keep_if(t, keep_where, w);
    return 0;
}

int ke_table_where(ke_table *t, const char *key, const char *value, ke_error *err)
{
    /* one rule for equality: the --where module's */
    ke_where *w = ke_where_equals(key, value, "--where");
    if (!w)
        return out_of_memory(err);
    int rc = ke_table_filter(t, w, err);
    ke_where_free(w);
    if (rc != 0 && err) /* the message of a single key: no position in it */
        ke_table_find_col(t, key, err);
    return rc;
}

/* ---- --sort ---------------------------------------------------------------- */

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

static int sort_rows(ke_table *t, const sort_key *keys, size_t n_keys, ke_error *err)
{
    sort_item *items = calloc(t->n_rows ? t->n_rows : 1, sizeof *items);
    /* every cell of the new array is written: no need to clear it */
    ke_cell *cells = malloc(((t->n_rows ? t->n_rows : 1) * t->n_cols + 1) * sizeof *cells);
    if (!items || !cells) {
        free(items);
        free(cells);
        return out_of_memory(err);
    }
    for (size_t r = 0; r < t->n_rows; r++)
        items[r] = (sort_item){r, t, keys, n_keys};
    qsort(items, t->n_rows, sizeof *items, compare_items);
    for (size_t r = 0; r < t->n_rows; r++)
        memcpy(&cells[r * t->n_cols], &t->cells[items[r].row * t->n_cols], t->n_cols * sizeof *cells);
    free(t->cells);
    t->cells = cells;
    t->cap_rows = t->n_rows;
    free(items);
    return 0;
}

int ke_table_sort(ke_table *t, const char *key, int descending, ke_error *err)
{
    int c = ke_table_find_col(t, key, err);
    if (c < 0)
        return -1;
    sort_key k = {(size_t)c, descending};
    return sort_rows(t, &k, 1, err);
}

/* Splits "a,b,c" into its words (in a copy, *buf); an empty word is an
 * error naming the option. Returns the count, or -1 (*words and *buf then
 * for the caller to free, NULL or not). */
static long split_spec(const char *spec, const char *what, char ***words, char **buf, ke_error *err)
{
    size_t n = 1, len = strlen(spec);
    for (const char *p = spec; *p; p++)
        n += *p == ',';
    *buf = malloc(len + 1);
    *words = calloc(n, sizeof **words);
    if (!*buf || !*words)
        return out_of_memory(err);
    memcpy(*buf, spec, len + 1);
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
    sort_key *keys = n < 0 ? NULL : calloc(n > 0 ? (size_t)n : 1, sizeof *keys);
    int rc = n < 0 ? -1 : keys ? 0 : out_of_memory(err);
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
        rc = sort_rows(t, keys, (size_t)n, err);
    free(keys);
    free(words);
    free(buf);
    return rc;
}

/* ---- --limit --------------------------------------------------------------- */

void ke_table_limit(ke_table *t, size_t n)
{
    if (n < t->n_rows) /* the text of the rows dropped stays in the arena */
        t->n_rows = n;
}

/* ---- --fields -------------------------------------------------------------- */

int ke_table_select(ke_table *t, const char *const *keys, size_t n_keys, ke_error *err)
{
    size_t *map = calloc(n_keys ? n_keys : 1, sizeof *map);
    if (!map)
        return out_of_memory(err);
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
    ke_column *cols = calloc(n_keys ? n_keys : 1, sizeof *cols);
    ke_cell *cells = calloc((t->cap_rows ? t->cap_rows : 1) * n_keys + 1, sizeof *cells);
    if (!cols || !cells) {
        free(map);
        free(cols);
        free(cells);
        return out_of_memory(err);
    }
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
