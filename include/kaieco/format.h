/* kaieco/format.h: formatters. Each renders any ke_table to a stream.
 *
 * The output of every formatter is part of kaieco's contract (README.md,
 * "Output contract"): same bytes whatever the locale, time zone or terminal.
 */
#ifndef KAIECO_FORMAT_H
#define KAIECO_FORMAT_H

#include <stdio.h>
#include "kaieco/table.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ke_format {
    KE_FMT_TABLE = 0,
    KE_FMT_JSON,
    KE_FMT_CSV,
    KE_FMT_TSV
} ke_format;

/* Parses a format name ("table", "json", "csv", "tsv"); -1 if unknown. */
int ke_format_parse(const char *name, ke_format *out);
/* The list of valid format names, NULL-terminated (for suggestions). */
extern const char *const ke_format_names[];

/* Renders `t` to `out`. `lang` chooses the table headers (table format
 * only; JSON keys and CSV headers are always the column keys). Returns 0, or
 * -1 on a write or allocation failure. */
int ke_render(const ke_table *t, ke_format fmt, ke_lang lang, FILE *out);

int ke_render_json(const ke_table *t, FILE *out);
int ke_render_csv(const ke_table *t, FILE *out);
int ke_render_tsv(const ke_table *t, FILE *out);
int ke_render_table(const ke_table *t, ke_lang lang, FILE *out);

/* Display width of a UTF-8 string in terminal columns, independent of the
 * locale: East Asian wide and fullwidth characters count 2, combining marks
 * 0, everything else 1. Invalid bytes count 1 each. */
size_t ke_display_width(const char *s);

/* The table header for a column key in a language; the key itself when the
 * language has no translation for it. */
const char *ke_header(const char *key, ke_lang lang);

#ifdef __cplusplus
}
#endif
#endif
