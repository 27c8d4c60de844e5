/* kaieco/query3.h: the figure-listing queries (facts, country, compare,
 * models, investment, events, search, disputes) and the name resolvers
 * they share. Conventions as in query.h: each query returns a result table,
 * or NULL with `err` set (status 2, a message naming the bad word and the
 * closest valid one). */
#ifndef KAIECO_QUERY3_H
#define KAIECO_QUERY3_H

#include "kaieco/query.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- names ------------------------------------------------------------- */

/* Entity by id, name in any language or alias, ASCII case-insensitive
 * ("upstage", "업스테이지", "Furiosa"); NULL if none. */
const ke_entity *ke_entity_lookup(const ke_dataset *ds, const char *word);

/* An observation's subject from what users type: a country in any form
 * ke_country_find accepts, else an entity as ke_entity_lookup finds it.
 * Returns the subject's code (alpha-2 or entity id), or NULL with `err` set. */
const char *ke_subject_resolve(const ke_dataset *ds, const char *word, ke_error *err);

/* Entity of one kind, as ke_entity_lookup finds it; NULL with `err` set
 * when there is none or it is of another kind. */
const ke_entity *ke_entity_resolve_kind(const ke_dataset *ds, const char *word,
                                        ke_entity_kind kind, ke_error *err);

/* Source by id (ASCII case-insensitive); NULL with `err` set if none. */
const ke_source *ke_source_resolve(const ke_dataset *ds, const char *word, ke_error *err);

/* Resolves `n` words to countries into `out` (room for `n`), in the order
 * given, dropping repeats ("KR korea" is one country). Returns how many are
 * kept, or (size_t)-1 with `err` set on the first unknown word. */
size_t ke_countries_resolve(const ke_dataset *ds, const char *const *words, size_t n,
                            const ke_country **out, ke_error *err);

/* ---- queries ------------------------------------------------------------ */

extern const ke_columns ke_facts_columns;
extern const ke_columns ke_country_columns;
extern const ke_columns ke_compare_columns; /* the fixed ones; one per country follows */
extern const ke_columns ke_models_columns;
extern const ke_columns ke_investment_columns;
extern const ke_columns ke_events_columns;
extern const ke_columns ke_search_columns;
extern const ke_columns ke_disputes_columns;

/* Filters of ke_query_facts; NULL / 0 for "any". */
typedef struct ke_facts_filter {
    const char *entity; /* a country or an entity, any form ke_subject_resolve takes */
    const char *metric; /* id or alias */
    const char *source; /* source id */
    int year;           /* the period's year */
} ke_facts_filter;

/* Every observation (every source, default or not) that passes `f`, in the
 * dataset's order: metric, entity, period, source. */
ke_table *ke_query_facts(const ke_dataset *ds, const ke_facts_filter *f, ke_lang lang,
                         ke_error *err);

/* Every default figure about one country, ordered by metric then period. */
ke_table *ke_query_country(const ke_dataset *ds, const char *country, ke_lang lang,
                           ke_error *err);

/* One row per metric (the given ones in that order, or every metric with a
 * figure for one of the countries), for the latest year any of the
 * countries has; then one KE_COL_NUM column per country, keyed by its
 * lower-case alpha-2 code ("kr"), null where it has no figure that year. */
ke_table *ke_query_compare(const ke_dataset *ds, const char *const *countries,
                           size_t n_countries, const char *const *metrics, size_t n_metrics,
                           ke_lang lang, ke_error *err);

/* Entities of kind model, optionally only those of a country (the model's,
 * else its organisation's) and of an organisation (or its subsidiaries). */
ke_table *ke_query_models(const ke_dataset *ds, const char *country, const char *organization,
                          ke_lang lang, ke_error *err);

/* Private AI investment by country and year (default figures). With no
 * country: every country, by alpha-2 code; else the countries given, in
 * that order. Oldest year first within a country. */
ke_table *ke_query_investment(const ke_dataset *ds, const char *const *countries,
                              size_t n_countries, ke_lang lang, ke_error *err);

/* Events whose period overlaps [from, to] (each YYYY, YYYY-MM or
 * YYYY-MM-DD, or NULL for open), optionally with tag `tag`, by date. */
ke_table *ke_query_events(const ke_dataset *ds, const char *from, const char *to,
                          const char *tag, ke_lang lang, ke_error *err);

/* Countries, entities, metrics and events with a name, alias, id or title
 * containing `text` (ASCII letters case-insensitive, other bytes exact). */
ke_table *ke_query_search(const ke_dataset *ds, const char *text, ke_lang lang, ke_error *err);

/* One row per non-default figure of every metric/subject/period on which
 * sources disagree, beside the default figure. */
ke_table *ke_query_disputes(const ke_dataset *ds, ke_lang lang, ke_error *err);

#ifdef __cplusplus
}
#endif
#endif
