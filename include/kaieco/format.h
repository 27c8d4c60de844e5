/* kaieco/format.h: formatters. Each renders any ke_table to a stream.
 *
 * The output of every formatter is part of kaieco's contract (README.md,
 * "Output contract"): same bytes whatever the locale, time zone or terminal.
 * Only the table format adapts to a terminal, and only through what the
 * caller puts in ke_render_opts (a width to cut to, colour), which the CLI
 * sets only when standard output is a terminal (or --color=always).
 */
#ifndef KAIECO_FORMAT_H
#define KAIECO_FORMAT_H

#include "kaieco/export.h"

#include <stdio.h>
#include "kaieco/lang.h" /* ke_format_number, ke_term: words and numbers of a language */
#include "kaieco/table.h"
#include "kaieco/utf8.h" /* display width and escaping, which the formatters use */

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ke_format {
    KE_FMT_TABLE = 0,
    KE_FMT_JSON,
    KE_FMT_CSV,
    KE_FMT_TSV,
    KE_FMT_NDJSON,
    KE_FMT_MARKDOWN
} ke_format;

/* Parses a format name ("table", "json", "csv", "tsv", "ndjson",
 * "markdown"); -1 if unknown. */
KE_API int ke_format_parse(const char *name, ke_format *out);
/* The list of valid format names, NULL-terminated, indexed by ke_format. */
KE_API extern const char *const ke_format_names[];
/* Whether a format has a header row that --no-header can drop (table, csv,
 * tsv, markdown). */
KE_API int ke_format_has_header(ke_format fmt);

/* How to render. Only `header` applies to every format that has a header;
 * the rest is for the table format. ke_render_opts_init sets the defaults:
 * English headers, a header, the default view, no colour, nothing cut, no
 * chart, charts 80 columns wide. */
typedef struct ke_render_opts {
    ke_lang lang;       /* table headers and KE_TERM values; JSON keys and
                         * CSV headers are keys, values stay English */
    int header;         /* 0: no header row (--no-header) */
    int wide;           /* every column, not only the default view (KE_WIDE) */
    int color;          /* ANSI colour: bold header, dim rules and missing
                         * values, negative numbers in red */
    size_t width;       /* fit the table to this many columns: leave out
                         * columns by priority (not with `wide` or `exact`),
                         * then cut long text cells; 0: neither */
    int wrap;           /* wrap the caption, footnotes and the line naming
                         * the columns left out at `width`, at word
                         * boundaries (a terminal); 0: one line each */
    int chart;          /* a bar chart of the number column (ke_chart_column) */
    size_t chart_width; /* width of a chart line */
    int exact;          /* the columns were chosen (--fields): show exactly
                         * these, no caption, none left out to fit */
} ke_render_opts;

KE_API void ke_render_opts_init(ke_render_opts *o);

/* Renders `t` to `out`. Returns 0, or -1 on a write or allocation failure. */
KE_API int ke_render(const ke_table *t, ke_format fmt, const ke_render_opts *opts, FILE *out);

KE_API int ke_render_json(const ke_table *t, FILE *out);
KE_API int ke_render_ndjson(const ke_table *t, FILE *out);
KE_API int ke_render_csv(const ke_table *t, int header, FILE *out);
KE_API int ke_render_tsv(const ke_table *t, int header, FILE *out);
KE_API int ke_render_markdown(const ke_table *t, int header, FILE *out);
KE_API int ke_render_table(const ke_table *t, const ke_render_opts *opts, FILE *out);
KE_API int ke_render_chart(const ke_table *t, const ke_render_opts *opts, FILE *out);

/* The column a chart draws: the table's only number column (KE_COL_NUM),
 * with one unit on every row when the table has a `unit` column. -1 with
 * `err` set (status 2) saying why not: no number column, several (named),
 * or several units (named). */
KE_API int ke_chart_column(const ke_table *t, ke_error *err);


/* The table header for a column key in a language; the key itself when the
 * language has no translation for it. */
KE_API const char *ke_header(const char *key, ke_lang lang);


#ifdef __cplusplus
}
#endif
#endif
