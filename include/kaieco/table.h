/* kaieco/table.h: result tables.
 *
 * Every query returns a ke_table: typed columns and rows of cells. The
 * formatters (format.h) render any table; the generic options (--fields,
 * --sort, --limit, --where) act on tables here, once, for every command.
 */
#ifndef KAIECO_TABLE_H
#define KAIECO_TABLE_H

#include "kaieco/export.h"

#include <stddef.h>
#include "kaieco/dataset.h"
#include "kaieco/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ke_coltype {
    KE_COL_TEXT = 0, /* JSON string */
    KE_COL_INT,      /* JSON integer */
    KE_COL_NUM,      /* decimal printed with the source's digits; JSON number */
    KE_COL_BOOL      /* JSON true/false; "true"/"false" in CSV and table */
} ke_coltype;

/* What the table format does with a column (ke_column.flags); every other
 * format ignores them and carries every column.
 *
 * KE_WIDE: not in the default table view, only with --wide (or when named
 *   in --fields). A column without it is in the default view: a column
 *   added at run time (compare's one per country) is shown.
 * KE_LABEL: names the row; a --chart labels each bar with these columns.
 * KE_CODE: an id, code, date or list of them: never cut with "…" to fit
 *   a terminal (numbers and booleans never are either).
 * KE_SERIES: rows with the same value in this column are one series (a
 *   country's figures over the years) ...
 * KE_YEAR: ... over this column's years (an integer year, or a text period
 *   starting YYYY). Together they give the trend column.
 * KE_TERM: its values are words of a fixed English vocabulary (a status,
 *   an outcome, a kind, a date's precision, a qualifier: "active",
 *   "primary", "month", "about");
 *   the table format shows them in the chosen language (ke_term), every
 *   other format keeps the English word. */
enum {
    KE_WIDE = 1 << 0,
    KE_LABEL = 1 << 1,
    KE_CODE = 1 << 2,
    KE_SERIES = 1 << 3,
    KE_YEAR = 1 << 4,
    KE_TERM = 1 << 5,
};

/* How much a person reading the table at a terminal needs a column
 * (ke_column.priority). When the table format has a width to fit
 * (ke_render_opts.width), it leaves out the columns of lowest priority
 * first (KE_PRIO_LOW before KE_PRIO_MEDIUM before KE_PRIO_HIGH; among
 * equals, the rightmost first), then cuts the widest text cells; a column
 * of KE_PRIO_KEEP, the default (a field left out of the initializer), is
 * never left out. Machine formats carry every column whatever its
 * priority. */
enum {
    KE_PRIO_KEEP = 0,   /* what the row is and its figure */
    KE_PRIO_HIGH = 1,   /* what a reader wants beside it (the source) */
    KE_PRIO_MEDIUM = 2, /* helpful (a stated rank, a qualifier) */
    KE_PRIO_LOW = 3,    /* first to go (the trend, a long name beside an id) */
};

/* A column of a result table. `key` is the stable snake_case name used as
 * the JSON key and CSV header; `doc` is the line `kaieco help CMD` shows.
 * `footnote`: long prose (notes, definitions); the table format prints a
 * marker "[n]" in the cell and the text as numbered notes under the table,
 * so one long note does not push every row off the screen. JSON, CSV and
 * TSV carry the text itself. `flags`: KE_WIDE, KE_LABEL, KE_CODE ... above.
 * `priority`: KE_PRIO_KEEP ... above, which columns a terminal too narrow
 * for the whole table loses first.
 *
 * For the table view under --lang ko and ja only (English shows ids, codes
 * and keys, as they are typed; every other format ignores both): `named_by`,
 * the key of the column holding this id's or code's name in the chosen
 * language (country's `metric` -> `metric_name`), which the default view
 * shows in this column's place; `heading`, the header shown instead of
 * ke_header(key): a header key (rank's name column, which holds only
 * countries: "country_name", 국가명 / 国名) or a text shown as it is (compare's
 * column of a country: the country's name). Like
 * `doc`, neither is copied: static text or the dataset's. */
typedef struct ke_column {
    const char *key;
    ke_coltype type;
    const char *doc;
    int footnote;
    unsigned flags;
    int priority;
    const char *named_by;
    const char *heading;
} ke_column;

/* A cell. `text` is NULL when the value is missing; otherwise it is the
 * printed form (digits as the source gave them for KE_COL_NUM, decimal for
 * KE_COL_INT, "true"/"false" for KE_COL_BOOL). `num` orders numeric cells.
 *
 * The rest is for the table view, which every other format ignores (they
 * carry `text`, and --where and --sort act on `text` and `num`):
 * `shown`, when not NULL, is what the table view shows instead of `text`
 * (a unit in the chosen language, other_sources written as the view writes
 * figures: ke_table_set_shown_at). A figure (every
 * cell of a KE_COL_NUM column; a text cell marked by ke_table_set_figure_at)
 * is shown as the language writes numbers (ke_format_number, lang.h), and
 * in Korean and Japanese counted in 10^`scale` (9: the unit counts
 * billions), which the table view writes out in 만/억/조 and 万/億/兆. */
typedef struct ke_cell {
    char *text;
    double num;
    const char *shown;
    int scale;
    int figure;
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
    /* private: where the cells' text is kept (one allocator per table, so
     * a cell costs no malloc and the table is freed at once) */
    void *strings;
} ke_table;

/* A table with copies of `cols` (keys included): the caller's array and
 * strings need not outlive it. NULL when out of memory. */
KE_API ke_table *ke_table_new(const ke_column *cols, size_t n_cols);
KE_API void ke_table_free(ke_table *t);

/* Out of memory while a table is filled: the function that could not
 * allocate (a setter, ke_table_add_row, ke_table_note, ...) marks the table
 * failed, and every setter after it does nothing, so that a query fills
 * its rows without checking each call and checks once, at the end:
 *
 *     return ke_table_done(t, err);
 *
 * which returns `t`, or NULL with `err` set (status 1, "out of memory";
 * "internal error: no column 'x'" for a column the table does not have)
 * and `t` freed when it failed. A NULL `t` (ke_table_new's failure) is
 * out of memory too. */
KE_API ke_table *ke_table_done(ke_table *t, ke_error *err);

/* Adds a note (printf-style) to the table; `fmt` is translated into the
 * message language first, as ke_error_set's (out of memory: the table
 * fails). */
KE_API void ke_table_note(ke_table *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Makes room for `n_rows` rows in all, so that a query that knows how many
 * rows it will add grows the table once. 0, or -1 (the table failed) when
 * out of memory. */
KE_API int ke_table_reserve(ke_table *t, size_t n_rows);
/* Appends an empty row (every cell missing) and returns its index; out of
 * memory, (size_t)-1 with the table failed (the setters ignore that row). */
KE_API size_t ke_table_add_row(ke_table *t);
KE_API ke_cell *ke_table_cell(const ke_table *t, size_t row, size_t col);
/* Index of the column named `key`, or -1. */
KE_API int ke_table_col(const ke_table *t, const char *key);

/* Setters copy what they are given. A NULL text leaves the cell missing.
 * They do nothing on a failed table; one that cannot copy fails the table,
 * and so does a column or row the table does not have (ke_table_done). */
KE_API void ke_table_set_text(ke_table *t, size_t row, const char *key, const char *s);
KE_API void ke_table_set_int(ke_table *t, size_t row, const char *key, long long v);
/* A number: its text as the source printed it (NULL: missing), and its value. */
KE_API void ke_table_set_num(ke_table *t, size_t row, const char *key, const char *text, double value);
KE_API void ke_table_set_bool(ke_table *t, size_t row, const char *key, int v);

/* The same by column index (from ke_table_col, looked up once per table
 * rather than once per cell: what a query filling many rows uses). */
KE_API void ke_table_set_text_at(ke_table *t, size_t row, size_t col, const char *s);
KE_API void ke_table_set_int_at(ke_table *t, size_t row, size_t col, long long v);
KE_API void ke_table_set_num_at(ke_table *t, size_t row, size_t col, const char *text, double value);
KE_API void ke_table_set_bool_at(ke_table *t, size_t row, size_t col, int v);
/* Keeps `s` itself rather than a copy: for text that outlives the table,
 * such as the dataset's own strings (queries fill figures so, which is why
 * a table must be freed before the dataset it came from). */
KE_API void ke_table_set_text_ref_at(ke_table *t, size_t row, size_t col, const char *s);

/* For the table view only (see ke_cell), set after the cell's value:
 * what it shows instead of the value (copied; NULL: the value), and that
 * the cell holds a figure counted in 10^scale (scale 0: in ones). */
KE_API void ke_table_set_shown_at(ke_table *t, size_t row, size_t col, const char *s);
KE_API void ke_table_set_figure_at(ke_table *t, size_t row, size_t col, int scale);

/* Index of the column named `key`, or -1 with `err` set (status 2):
 * "unknown column 'x'; did you mean 'y'?". */
KE_API int ke_table_find_col(const ke_table *t, const char *key, ke_error *err);

/* Generic operations (shaping), applied in this order by the CLI: where
 * (where.h), sort, limit, fields. Each returns 0, or -1 with `err` set:
 * status 2 naming the unknown column and suggesting the closest one, or
 * status 1 "out of memory" (the table is then unchanged). */

/* Keeps the rows whose `key` equals `value` (ASCII case-insensitive; an
 * empty value selects the missing cells): the `COL=VALUE` of --where. */
KE_API int ke_table_where(ke_table *t, const char *key, const char *value, ke_error *err);

/* Orders rows by one column; missing values last whatever the direction,
 * ties keep their order (the sort is stable). Numbers compare as numbers,
 * text byte by byte. */
KE_API int ke_table_sort(ke_table *t, const char *key, int descending, ke_error *err);

/* Orders rows by several keys, the first deciding: `spec` is "KEY,-KEY,..."
 * ('-' for descending). Missing values of a key sort last for that key;
 * rows equal on every key keep their order. An empty key ("a,,b") is a
 * usage error. */
KE_API int ke_table_sort_spec(ke_table *t, const char *spec, ke_error *err);

/* Keeps the first `n` rows (allocates nothing). */
KE_API void ke_table_limit(ke_table *t, size_t n);
/* Drops the rows for which keep[row] is 0, keeping the order of the rest. */
KE_API void ke_table_keep_rows(ke_table *t, const unsigned char *keep);
KE_API int ke_table_select(ke_table *t, const char *const *keys, size_t n_keys, ke_error *err);

/* Appends a column (a copy of `col`); every row's cell in it is missing.
 * 0, or -1 when out of memory (the table then fails, unchanged). */
KE_API int ke_table_add_column(ke_table *t, const ke_column *col);

/* Adds a text column "trend" (KE_CODE) for the table format, to a table
 * with a KE_SERIES column, a KE_YEAR column and one number column: for
 * each series (the rows with the same KE_SERIES value) that has figures in
 * two or more years, a sparkline of the number column by year
 * ("▁▂▃▄▅▆▇█", from the series' lowest figure to its highest), one glyph
 * per year from the series' first year to its last and a space for a year
 * without a figure; on the row of the series' latest period, empty on its
 * other rows. The latest period of a year speaks for it. Adds nothing (and
 * returns 0) when no series has two years; 1 when it added the column; -1
 * when out of memory (check the table with ke_table_done: a trend column
 * half filled fails it). */
KE_API int ke_table_add_trend(ke_table *t);

/* Keeps the columns named in `spec`, "COL,COL,...", in that order (the
 * --fields option). An empty name ("a,,b", ",") is a usage error. */
KE_API int ke_table_select_spec(ke_table *t, const char *spec, ke_error *err);

#ifdef __cplusplus
}
#endif
#endif
