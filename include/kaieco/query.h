/* kaieco/query.h: the query engine. Each query reads a ke_dataset and
 * returns a result table (table.h); NULL with `err` set on bad input
 * (status 2, a message naming the bad word and the closest valid one). */
#ifndef KAIECO_QUERY_H
#define KAIECO_QUERY_H

#include "kaieco/dataset.h"
#include "kaieco/table.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- names and lookups ---------------------------------------------- */

/* The name in `lang`, falling back to English when it has none. */
const char *ke_name(const ke_names *n, ke_lang lang);

/* Metric by id or alias, ASCII case-insensitive; NULL if none. */
const ke_metric *ke_metric_find(const ke_dataset *ds, const char *word);
/* Country by alpha-2, alpha-3, name in any language or alias, ASCII
 * case-insensitive ("kr", "KOR", "Korea", "한국", "韓国"); NULL if none. */
const ke_country *ke_country_find(const ke_dataset *ds, const char *word);
const ke_country *ke_country_by_alpha2(const ke_dataset *ds, const char *alpha2);
const ke_entity *ke_entity_find(const ke_dataset *ds, const char *id);
const ke_source *ke_source_find(const ke_dataset *ds, const char *id);

/* As above, but NULL with `err` set: "unknown metric 'x'; did you mean 'y'?" */
const ke_metric *ke_metric_resolve(const ke_dataset *ds, const char *word, ke_error *err);
const ke_country *ke_country_resolve(const ke_dataset *ds, const char *word, ke_error *err);

/* Name of an observation's subject (a country code or an entity id). */
const char *ke_subject_name(const ke_dataset *ds, const char *subject, ke_lang lang);

/* Parses a year "YYYY" (1000-9999); 0 with `err` set if malformed. `what`
 * names the option in the message ("--year"). */
int ke_year_parse(const char *s, const char *what, ke_error *err);

/* ---- queries ------------------------------------------------------------ */

/* The columns each query returns, in order (for help and documentation). */
typedef struct ke_columns {
    const ke_column *cols;
    size_t n;
} ke_columns;

extern const ke_columns ke_rank_columns;
extern const ke_columns ke_migration_columns;
extern const ke_columns ke_contest_columns;
extern const ke_columns ke_contest_rules_columns;
extern const ke_columns ke_metrics_columns;
extern const ke_columns ke_sources_columns;

/* Countries ordered by a metric's value, best first, for one year (0: the
 * metric's latest year with figures by country). `rank` is the rank the
 * source states, or missing. */
ke_table *ke_query_rank(const ke_dataset *ds, const char *metric, int year, ke_lang lang,
                        ke_error *err);

/* Net AI talent migration. With no country: one year (0: latest) for every
 * country, best first. With countries: each one's series over all years. */
ke_table *ke_query_migration(const ke_dataset *ds, const char *const *countries,
                             size_t n_countries, int year, ke_lang lang, ke_error *err);

/* The contest's teams and their standing on `as_of` (YYYY-MM-DD), or today's
 * standing in the dataset when `as_of` is NULL. */
ke_table *ke_query_contest(const ke_dataset *ds, const char *as_of, ke_lang lang,
                           ke_error *err);

/* The contest's rules as the sources describe them. */
ke_table *ke_query_contest_rules(const ke_dataset *ds, ke_error *err);

ke_table *ke_query_metrics(const ke_dataset *ds, ke_lang lang, ke_error *err);
ke_table *ke_query_sources(const ke_dataset *ds, ke_lang lang, ke_error *err);

#ifdef __cplusplus
}
#endif
#endif
