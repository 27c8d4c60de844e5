/* Internal: turning observations into result-table rows, shared by the
 * queries that list figures (rank, migration, and the figure listings). */
#ifndef KAIECO_OBS_ROWS_H
#define KAIECO_OBS_ROWS_H

#include "kaieco/query.h"

/* The year an observation's period falls in. */
int ke_obs_year(const ke_observation *o);

/* Sets, in row `row`, every one of these columns that the table has:
 * rank, country, entity, entity_kind, name, metric, value, approx, unit,
 * year, period, precision, source, source_kind, default, disputed,
 * other_sources, note. */
void ke_fill_obs_row(ke_table *t, size_t row, const ke_dataset *ds, const ke_observation *o,
                     ke_lang lang);

/* Orders rows by `value`, best first for the metric (ties by country code),
 * so a row's place never depends on the order the data was written in. */
void ke_order_by_value(ke_table *t, const ke_metric *m);

/* Appends the default figures of metric `m` for country `c` (every country
 * when NULL), in one year (0: every year). Observations are sorted by
 * metric, entity, period, so rows come out by country code, oldest first.
 * When `c` is given and has no figure, one row says so (value null, note
 * "no figure ..."), so that a country asked for never silently vanishes. */
void ke_add_country_series(ke_table *t, const ke_dataset *ds, const ke_metric *m,
                           const ke_country *c, int year, ke_lang lang);

/* Latest year with a default figure of metric `m` for a country; 0 if none. */
int ke_latest_country_year(const ke_dataset *ds, const ke_metric *m);

/* Sets err to "no figures for METRIC in YEAR; years with figures: ..." */
void ke_error_no_year(ke_error *err, const ke_dataset *ds, const ke_metric *m, int year);

/* Rows of one metric for one year (0: the latest), one per country, best
 * first, with `columns` (rank and migration each pass their own). */
ke_table *ke_country_year_table(const ke_dataset *ds, const ke_metric *m, int year,
                                const ke_columns *columns, ke_lang lang, ke_error *err);

#endif
