/* kaieco/table.h: result tables.
 *
 * Every query returns a ke_table: typed columns and rows of cells. The
 * formatters (format.h) render any table; the generic options (--fields,
 * --sort, --limit, --where) act on tables here, once, for every command.
 */
#ifndef KAIECO_TABLE_H
#define KAIECO_TABLE_H

#include <stddef.h>
#include "kaieco/dataset.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ke_coltype {
    KE_COL_TEXT = 0, /* JSON string */
    KE_COL_INT,      /* JSON integer */
    KE_COL_NUM,      /* decimal printed with the source's digits; JSON number */
    KE_COL_BOOL      /* JSON true/false; "true"/"false" in CSV and table */
} ke_coltype;

/* A column of a result table. `key` is the stable snake_case name used as
 * the JSON key and CSV header; `doc` is the line `kaieco help CMD` shows.
 * `footnote`: long prose (notes, definitions); the table format prints a
 * marker "[n]" in the cell and the text as numbered notes under the table,
 * so one long note does not push every row off the screen. JSON, CSV and
 * TSV carry the text itself. */
typedef struct ke_column {
    const char *key;
    ke_coltype type;
    const char *doc;
    int footnote;
} ke_column;

/* A cell. `text` is NULL when the value is missing; otherwise it is the
 * printed form (digits as the source gave them for KE_COL_NUM, decimal for
 * KE_COL_INT, "true"/"false" for KE_COL_BOOL). `num` orders numeric cells. */
typedef struct ke_cell {
    char *text;
    double num;
} ke_cell;

typedef struct ke_table {
    ke_column *cols;
    size_t n_cols;
    ke_cell *cells; /* row-major: cells[row * n_cols + col] */
    size_t n_rows;
    size_t cap_rows;
    /* Why rows that were asked for are not there ("no investment figure for
     * Japan (JP)"): not data, so no formatter prints them; the CLI writes
     * them to stderr as "kaieco: note: ...". */
    char **notes;
    size_t n_notes;
} ke_table;

/* Errors from the library: a message for the user and the exit status the
 * CLI should use (2 = usage, 1 = runtime). */
typedef struct ke_error {
    int status;
    char message[512];
} ke_error;

enum { KE_EXIT_OK = 0, KE_EXIT_RUNTIME = 1, KE_EXIT_USAGE = 2 };

void ke_error_set(ke_error *err, int status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* A table with copies of `cols` (keys included): the caller's array and
 * strings need not outlive it. */
ke_table *ke_table_new(const ke_column *cols, size_t n_cols);
void ke_table_free(ke_table *t);

/* Adds a note (printf-style) to the table. */
void ke_table_note(ke_table *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Appends an empty row (every cell missing) and returns its index. */
size_t ke_table_add_row(ke_table *t);
ke_cell *ke_table_cell(const ke_table *t, size_t row, size_t col);
/* Index of the column named `key`, or -1. */
int ke_table_col(const ke_table *t, const char *key);

/* Setters copy what they are given. A NULL text leaves the cell missing. */
void ke_table_set_text(ke_table *t, size_t row, const char *key, const char *s);
void ke_table_set_int(ke_table *t, size_t row, const char *key, long long v);
void ke_table_set_num(ke_table *t, size_t row, const char *key, const ke_number *n);
void ke_table_set_bool(ke_table *t, size_t row, const char *key, int v);

/* Generic operations, applied in this order by the CLI: where, sort,
 * limit, fields. Each returns 0, or -1 with `err` set (status 2) naming the
 * unknown column and suggesting the closest one. */
int ke_table_where(ke_table *t, const char *key, const char *value, ke_error *err);
int ke_table_sort(ke_table *t, const char *key, int descending, ke_error *err);
void ke_table_limit(ke_table *t, size_t n);
int ke_table_select(ke_table *t, const char *const *keys, size_t n_keys, ke_error *err);

#ifdef __cplusplus
}
#endif
#endif
