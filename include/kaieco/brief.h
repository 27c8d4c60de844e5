/* kaieco/brief.h: a cited summary of one country, in English, Korean or
 * Japanese (`kaieco brief COUNTRY`).
 *
 * How it fits the result-table design: the query (ke_query_brief) returns
 * the brief's sentences as a result table, ke_brief_columns, one row per
 * figure (or contest decision, or event) a sentence rests on, so that the
 * table formats (csv, tsv, ndjson) and the shaping options work on it as
 * on any result, and other tools can check each sentence against its
 * figures. The prose views are render steps over that table: the text
 * view (wrapped paragraphs, then the references), Markdown (paragraphs
 * with footnotes) and JSON (each sentence with its text and the figures
 * and sources it rests on). Rows of one sentence are consecutive and carry
 * the same text; sentences of one paragraph the same theme.
 *
 * What a sentence may say is fixed by its kind, one template per kind and
 * language: `value` (a figure), `rank` (a figure with the rank its source
 * states), `change` (the latest figure of a metric against the one before,
 * both undisputed and of the same precision: "down from"), `dispute` (the
 * default figure with every other value sources give for it), `decision`
 * (contest decisions of one day and outcome) and `event`. No rank is
 * computed, no figure compared across metrics. */
#ifndef KAIECO_BRIEF_H
#define KAIECO_BRIEF_H

#include "kaieco/export.h"

#include <stddef.h>
#include <stdio.h>

#include "kaieco/dataset.h"
#include "kaieco/query.h"
#include "kaieco/table.h"

#ifdef __cplusplus
extern "C" {
#endif

KE_API extern const ke_columns ke_brief_columns;

typedef struct ke_brief {
    const char *country;        /* its alpha-2 code */
    ke_table *sentences;        /* ke_brief_columns */
    char *title;                /* the title line, in the brief's language */
    const ke_source **refs;     /* the references: refs[0] is [1] */
    size_t n_refs;
    ke_lang lang;
    const ke_dataset *ds;       /* the dataset it was made from (its strings) */
} ke_brief;

/* The brief of one country (any form ke_country_resolve takes) in `lang`,
 * from `ds` (the built-in dataset, --data's, or one as of a date): NULL
 * with `err` set (status 2, with a suggestion) for an unknown country, and
 * (status 1, "out of memory") when an allocation fails: never a brief with
 * a gap. */
KE_API ke_brief *ke_query_brief(const ke_dataset *ds, const char *country, ke_lang lang, ke_error *err);
KE_API void ke_brief_free(ke_brief *b);

/* The prose views of a brief's sentence table (which the caller may have
 * shaped): the title, the paragraphs wrapped to `width` display columns,
 * then the references, wrapped under their number too; with `width` 0 (not
 * a terminal), the paragraphs at 80 columns and one reference a line.
 * Markdown with footnotes; JSON. Each returns 0, or -1 on a write or
 * allocation failure. */
KE_API int ke_brief_render_text(const ke_brief *b, size_t width, FILE *out);
KE_API int ke_brief_render_markdown(const ke_brief *b, FILE *out);
KE_API int ke_brief_render_json(const ke_brief *b, FILE *out);

#ifdef __cplusplus
}
#endif
#endif
