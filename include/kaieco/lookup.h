/* kaieco/lookup.h: names and look-ups in a dataset, what users type
 * resolved to its records (src/lib/data/: lookup.c, names.c, resolve.c).
 * The queries (query.h) resolve their words through them. */
#ifndef KAIECO_LOOKUP_H
#define KAIECO_LOOKUP_H

#include "kaieco/export.h"

#include "kaieco/dataset.h"
#include "kaieco/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- names and lookups ---------------------------------------------- */

/* The name in `lang`, falling back to English when it has none. */
KE_API const char *ke_name(const ke_dataset *ds, const ke_names *n, ke_lang lang);
/* A record's text in `lang` (its note or default_reason: the English text
 * `en` and its translations `ko`, `ja`, each or NULL), falling back to
 * English where the record has none in that language; NULL when `en` is. */
KE_API const char *ke_text_in(ke_lang lang, const char *en, const char *ko, const char *ja);
/* A record's note, or its default_reason, in `lang` (ke_text_in). */
#define KE_NOTE_IN(ds, rec, lang)                                                                  \
    ke_text_in((lang), ke_s((ds), (rec)->note), ke_s((ds), (rec)->note_ko), ke_s((ds), (rec)->note_ja))
#define KE_REASON_IN(ds, rec, lang)                                                                \
    ke_text_in((lang), ke_s((ds), (rec)->default_reason), ke_s((ds), (rec)->default_reason_ko),      \
               ke_s((ds), (rec)->default_reason_ja))
/* A source's outlet as readers of `lang` know it (ke_text_in). */
#define KE_OUTLET_IN(ds, src, lang)                                                                \
    ke_text_in((lang), ke_s((ds), (src)->outlet), ke_s((ds), (src)->outlet_ko), ke_s((ds), (src)->outlet_ja))

/* The dataset's arrays are sorted (dataset.h), so look-ups by id are
 * binary searches: ke_metric_by_id, ke_country_by_alpha2, ke_entity_find
 * and ke_source_find take the exact id. */
KE_API const ke_metric *ke_metric_by_id(const ke_dataset *ds, const char *id);
/* Metric by id or alias, ASCII case-insensitive; NULL if none. */
KE_API const ke_metric *ke_metric_find(const ke_dataset *ds, const char *word);
/* Country by alpha-2, alpha-3, name in any language or alias, ASCII
 * case-insensitive ("kr", "KOR", "Korea", "한국", "韓国"); NULL if none. */
KE_API const ke_country *ke_country_find(const ke_dataset *ds, const char *word);
KE_API const ke_country *ke_country_by_alpha2(const ke_dataset *ds, const char *alpha2);
KE_API const ke_entity *ke_entity_find(const ke_dataset *ds, const char *id);
KE_API const ke_source *ke_source_find(const ke_dataset *ds, const char *id);
/* The listings of model `model` (listings are sorted by model): indexes
 * [*first, *end) of ds->listings, empty when it has none. */
KE_API void ke_listings_of(const ke_dataset *ds, const char *model, size_t *first, size_t *end);

/* As above, but NULL with `err` set: "unknown metric 'x'; did you mean 'y'?" */
KE_API const ke_metric *ke_metric_resolve(const ke_dataset *ds, const char *word, ke_error *err);
KE_API const ke_country *ke_country_resolve(const ke_dataset *ds, const char *word, ke_error *err);

/* Name of an observation's subject (a country code or an entity id). */
KE_API const char *ke_subject_name(const ke_dataset *ds, const char *subject, ke_lang lang);

/* Parses a year "YYYY" (1000-9999); 0 with `err` set if malformed. `what`
 * names the option in the message ("--year"). */
KE_API int ke_year_parse(const char *s, const char *what, ke_error *err);

/* ---- entities, subjects, sources ------------------------------------------ */

/* Entity by id, name in any language or alias, ASCII case-insensitive
 * ("upstage", "업스테이지", "Furiosa"); NULL if none. */
KE_API const ke_entity *ke_entity_lookup(const ke_dataset *ds, const char *word);

/* An observation's subject from what users type: a country in any form
 * ke_country_find accepts, else an entity as ke_entity_lookup finds it.
 * Returns the subject's code (alpha-2 or entity id), or NULL with `err` set. */
KE_API const char *ke_subject_resolve(const ke_dataset *ds, const char *word, ke_error *err);

/* Entity of one kind, as ke_entity_lookup finds it; NULL with `err` set
 * when there is none or it is of another kind. */
KE_API const ke_entity *ke_entity_resolve_kind(const ke_dataset *ds, const char *word,
                                        ke_entity_kind kind, ke_error *err);

/* Source by id (ASCII case-insensitive); NULL with `err` set if none. */
KE_API const ke_source *ke_source_resolve(const ke_dataset *ds, const char *word, ke_error *err);

/* Resolves `n` words to countries into `out` (room for `n`), in the order
 * given, dropping repeats ("KR korea" is one country). Returns how many are
 * kept, or (size_t)-1 with `err` set on the first unknown word. */
KE_API size_t ke_countries_resolve(const ke_dataset *ds, const char *const *words, size_t n,
                            const ke_country **out, ke_error *err);

#ifdef __cplusplus
}
#endif
#endif
