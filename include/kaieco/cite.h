/* kaieco/cite.h: references to the dataset's sources, in the forms writing
 * tools read, and reading kaieco's own output back to find the sources its
 * rows name (`kaieco rank patents -f json | kaieco cite -f bibtex`). */
#ifndef KAIECO_CITE_H
#define KAIECO_CITE_H

#include "kaieco/export.h"

#include <stddef.h>
#include <stdio.h>

#include "kaieco/dataset.h"
#include "kaieco/table.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- reading a result table back ---------------------------------------- */

/* A table from `len` bytes of kaieco output in JSON (an array of objects),
 * NDJSON (one object a line), CSV or TSV (a header row, then rows), told
 * apart by their first bytes: '[' JSON, '{' NDJSON, a tab in the first line
 * TSV, else CSV. Every column is KE_COL_TEXT, in order of first
 * appearance; numbers and booleans keep their JSON text, null is missing.
 * NULL with `err` set (status 1, as for any unreadable input) saying what
 * is wrong and where (line, or JSON error); kaieco's table view (a header
 * and a rule of dashes) and Markdown tables are refused as such. Out of
 * memory: NULL, status 1, "out of memory" (or jansson's "out of memory"
 * in the JSON error). */
KE_API ke_table *ke_table_read(const char *text, size_t len, ke_error *err);

/* The sources a table's rows name, each once, in order of first use (rows
 * top to bottom, columns left to right), into `*out` (malloc'd; free it).
 * A column holds source ids when its name is `source`; or when its name
 * starts with `source_` or ends with `_source`, or it is the `id` of a
 * table with an `outlet` column (kaieco sources), and one of its values
 * is a source id of `ds` (source_kind's "article" is not). Returns the count; (size_t)-1 with
 * `err` set (status 1) when no column holds source ids (naming the
 * columns there are), or a source column names an id `ds` does not have. */
KE_API size_t ke_cite_collect(const ke_dataset *ds, const ke_table *t, const ke_source ***out,
                              ke_error *err);

/* ---- writing references ---------------------------------------------------- */

typedef enum ke_cite_format {
    KE_CITE_TEXT = 0, /* one reference a line, labels in the chosen language */
    KE_CITE_BIBTEX,   /* biblatex entries, the source id as key */
    KE_CITE_CSL_JSON, /* CSL JSON, as pandoc --citeproc and Zotero read it */
    KE_CITE_RIS       /* RIS, as reference managers import it */
} ke_cite_format;

/* "text", "bibtex", "csl-json", "ris", NULL: indexed by ke_cite_format. */
KE_API extern const char *const ke_cite_format_names[];

/* Writes references to `n` sources of `ds` in `fmt`; `lang` chooses the labels
 * and date words of KE_CITE_TEXT (the other formats have fields, not
 * labels). A source's kind gives the type of its entry: an article (one
 * of the seed press articles) is a newspaper article with its outlet as
 * journal, a primary source a report with its outlet as institution, a
 * secondary source a web page with its outlet as organisation. Where the
 * source has a URL and the day it was last checked (`checked`), that day
 * is the access date (biblatex urldate, CSL accessed, RIS Y2, "accessed"
 * in text). `width`: KE_CITE_TEXT at a terminal, each reference wrapped
 * to that many columns, its lines after the first indented by four (0:
 * one reference a line, as when piped; the other formats never adapt).
 * Returns 0,
 * or -1 on a write or allocation failure. */
KE_API int ke_cite_write(const ke_dataset *ds, const ke_source *const *sources, size_t n,
                         ke_cite_format fmt, ke_lang lang, size_t width, FILE *out);

#ifdef __cplusplus
}
#endif
#endif
