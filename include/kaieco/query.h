/* kaieco/query.h: the query engine. Each query reads a ke_dataset and
 * returns a result table (table.h); NULL with `err` set on bad input
 * (status 2, a message naming the bad word and the closest valid one) and
 * when an allocation fails (status 1, "out of memory"; nothing is left
 * allocated).
 * A table may point at the dataset's strings rather than copy them: free
 * it (ke_table_free) before the dataset (ke_dataset_free). */
#ifndef KAIECO_QUERY_H
#define KAIECO_QUERY_H

#include "kaieco/export.h"

#include "kaieco/dataset.h"
#include "kaieco/table.h"
#include "kaieco/lookup.h" /* names and look-ups, which every query uses */

#ifdef __cplusplus
extern "C" {
#endif

/* ---- queries ------------------------------------------------------------ */

/* The columns each query returns, in order (for help and documentation). */
typedef struct ke_columns {
    const ke_column *cols;
    size_t n;
} ke_columns;

KE_API extern const ke_columns ke_rank_columns;
KE_API extern const ke_columns ke_migration_columns;
KE_API extern const ke_columns ke_contest_columns;
KE_API extern const ke_columns ke_contest_rules_columns;
KE_API extern const ke_columns ke_metrics_columns;
KE_API extern const ke_columns ke_sources_columns;

/* Countries ordered by a metric's value, best first, for one year (0: the
 * latest year in which a source states ranks for the metric, else the
 * latest year with figures by country). `rank` is the rank the source
 * states, or missing. */
KE_API ke_table *ke_query_rank(const ke_dataset *ds, const char *metric, int year, ke_lang lang,
                        ke_error *err);

/* Net AI talent migration. With no country: one year (0: the default year,
 * as rank's) for every country, best first. With countries: each one's
 * series over all years (or `year`), and a note on the table for each
 * that has no figure. */
KE_API ke_table *ke_query_migration(const ke_dataset *ds, const char *const *countries,
                             size_t n_countries, int year, ke_lang lang, ke_error *err);

/* The contest's teams and their standing after the dataset's last
 * decision; for the standing on a past day, query ke_dataset_as_of (load.h). */
KE_API ke_table *ke_query_contest(const ke_dataset *ds, ke_lang lang, ke_error *err);

/* The contest's rules as the sources describe them; their notes in `lang`. */
KE_API ke_table *ke_query_contest_rules(const ke_dataset *ds, ke_lang lang, ke_error *err);

KE_API ke_table *ke_query_metrics(const ke_dataset *ds, ke_lang lang, ke_error *err);

/* What a dataset holds: one row per record kind (kind, records, detail). */
KE_API extern const ke_columns ke_summary_columns;
KE_API ke_table *ke_query_summary(const ke_dataset *ds, ke_error *err);
KE_API ke_table *ke_query_sources(const ke_dataset *ds, ke_lang lang, ke_error *err);

/* ---- figure-listing queries (facts, country, compare, models, investment,
 * events, search, disputes) -------------------------------------------- */

KE_API extern const ke_columns ke_facts_columns;
KE_API extern const ke_columns ke_country_columns;
KE_API extern const ke_columns ke_compare_columns; /* the fixed ones; one per country follows */
KE_API extern const ke_columns ke_models_columns;
KE_API extern const ke_columns ke_investment_columns;
KE_API extern const ke_columns ke_events_columns;
KE_API extern const ke_columns ke_search_columns;
KE_API extern const ke_columns ke_disputes_columns;

/* Filters of ke_query_facts; NULL / 0 for "any". */
typedef struct ke_facts_filter {
    const char *entity; /* a country or an entity, any form ke_subject_resolve takes */
    const char *metric; /* id or alias */
    const char *source; /* source id */
    int year;           /* the period's year */
} ke_facts_filter;

/* Every observation (every source, default or not) that passes `f`, in the
 * dataset's order: metric, entity, period, source. */
KE_API ke_table *ke_query_facts(const ke_dataset *ds, const ke_facts_filter *f, ke_lang lang,
                         ke_error *err);

/* Every default figure about one country, ordered by metric then period. */
KE_API ke_table *ke_query_country(const ke_dataset *ds, const char *country, ke_lang lang,
                           ke_error *err);

/* One row per metric (the given ones in that order, or every metric with a
 * figure for one of the countries), for `year` or (0) the latest year any of
 * the countries has; then one KE_COL_NUM column per country, keyed by its
 * lower-case alpha-2 code ("kr"), null where it has no figure that year. A
 * metric given with no figure for any of them that year gets no row but a
 * note on the table. */
KE_API ke_table *ke_query_compare(const ke_dataset *ds, const char *const *countries,
                           size_t n_countries, const char *const *metrics, size_t n_metrics,
                           int year, ke_lang lang, ke_error *err);

/* Entities of kind model, optionally only those of a country (the model's,
 * else its organisation's) and of an organisation (or its subsidiaries). */
KE_API ke_table *ke_query_models(const ke_dataset *ds, const char *country, const char *organization,
                          ke_lang lang, ke_error *err);
/* Filters of the model queries; NULL / 0 for "any". A model passes on its
 * own record or on what a list of models says of it (listings). */
typedef struct ke_models_filter {
    const char *country;      /* any form ke_country_find takes */
    const char *organization; /* an organization (or one of its subsidiaries) */
    const char *domain;       /* a domain of the list ("Language"), ASCII case-insensitive */
    int year;                 /* year of release, else of the list's publication date */
} ke_models_filter;
KE_API ke_table *ke_query_models_filtered(const ke_dataset *ds, const ke_models_filter *f, ke_lang lang,
                                          ke_error *err);
/* Counts of the listed models that pass `f`, computed from the lists by
 * `by` ("country", "organization" or "year") under ke_model_count_rule,
 * most first (by year: oldest first), each beside the count a report
 * printed for the same country and year (metric notable-models) where the
 * dataset has one; the rule, and each such pair with its reason, are the
 * table's notes. */
KE_API extern const ke_columns ke_model_counts_columns;
KE_API extern const char ke_model_count_rule[];
KE_API ke_table *ke_query_model_counts(const ke_dataset *ds, const ke_models_filter *f, const char *by,
                                       ke_lang lang, ke_error *err);

/* Private AI investment by country and year (default figures), in one
 * year (0: every year). With no country: every country, by alpha-2 code;
 * else the countries given, in that order, and a note on the table for
 * each that has no figure. Oldest year first within a country. A year
 * without any figure is a usage error naming the years there are. */
KE_API ke_table *ke_query_investment(const ke_dataset *ds, const char *const *countries,
                              size_t n_countries, int year, ke_lang lang, ke_error *err);

/* Events whose period overlaps [from, to] (each YYYY, YYYY-MM or
 * YYYY-MM-DD, or NULL for open), optionally with tag `tag`, by date. */
KE_API ke_table *ke_query_events(const ke_dataset *ds, const char *from, const char *to,
                          const char *tag, ke_lang lang, ke_error *err);

/* Countries, entities, metrics and events with a name, alias, id or title
 * containing `text` (ASCII letters case-insensitive, other bytes exact). */
KE_API ke_table *ke_query_search(const ke_dataset *ds, const char *text, ke_lang lang, ke_error *err);

/* One row per non-default figure of every metric/subject/period on which
 * sources disagree, beside the default figure. */
KE_API ke_table *ke_query_disputes(const ke_dataset *ds, ke_lang lang, ke_error *err);

#ifdef __cplusplus
}
#endif
#endif
