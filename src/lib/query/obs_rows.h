/* Internal: turning observations into result-table rows, shared by the
 * queries that list figures (rank, migration, and the figure listings). */
#ifndef KAIECO_OBS_ROWS_H
#define KAIECO_OBS_ROWS_H

#include "kaieco/query.h"

/* The year an observation's period falls in. */
int ke_obs_year(const ke_dataset *ds, const ke_observation *o);
/* A figure's subject's name in `lang` (its id when the dataset has no
 * record of it): by its index, no search. */
const char *ke_obs_subject_name(const ke_dataset *ds, const ke_observation *o, ke_lang lang);

/* Where a table has the columns ke_fill_obs_row sets (-1: not there),
 * looked up once per table, not once per row. */
enum { KE_OBS_N_COLS = 18 };
typedef struct ke_obs_cols {
    int at[KE_OBS_N_COLS];
} ke_obs_cols;
void ke_obs_cols_init(ke_obs_cols *c, const ke_table *t);

/* Sets, in row `row`, every one of these columns that the table has:
 * rank, country, entity, entity_kind, name, metric, value, approx, unit,
 * year, period, precision, source, source_kind, default, disputed,
 * other_sources, note. */
void ke_fill_obs_row(ke_table *t, const ke_obs_cols *c, size_t row, const ke_dataset *ds,
                     const ke_observation *o, ke_lang lang);

/* A row's unit, at column `col`: the metric's unit in English (what every
 * format carries), and for the table view in Korean or Japanese (unit_ko,
 * unit_ja: the unit of the value counted in the metric's scale, 달러 for
 * USD billions, as the table view shows 1.33 as 13.3억). */
void ke_set_unit_at(ke_table *t, size_t row, size_t col, const ke_dataset *ds, const ke_metric *m, ke_lang lang);
/* Marks the cell at `col` a figure of metric `m` for the table view
 * (ke_table_set_figure_at): counted in 10^m->scale. */
void ke_set_figure_at(ke_table *t, size_t row, size_t col, const ke_metric *m);

/* Orders rows by `value`, best first for the metric (ties by country code),
 * so a row's place never depends on the order the data was written in. */
void ke_order_by_value(ke_table *t, const ke_metric *m);

/* The observations of `metric`: [*first, *end). The dataset's order puts
 * them next to each other, so queries read only them. */
void ke_metric_range(const ke_dataset *ds, const char *metric, size_t *first, size_t *end);

/* Appends the default figures of metric `m` for country `c` (every country
 * when NULL), in one year (0: every year), by country code, oldest first.
 * When `c` is given and has none, no row is invented: the table gets a note
 * ("no investment figure for Japan (JP)") that the CLI prints on stderr. */
void ke_add_country_series(ke_table *t, const ke_dataset *ds, const ke_metric *m,
                           const ke_country *c, int year, ke_lang lang);

/* Whether metric `m` has a default figure by country in `year` (0: any). */
int ke_country_figures_in(const ke_dataset *ds, const ke_metric *m, int year);

/* The year shown when none is asked for (rank, migration): the latest year
 * in which a source states ranks for the metric's countries, else the latest
 * year with figures by country; 0 if it has none. */
int ke_default_country_year(const ke_dataset *ds, const ke_metric *m);

/* Sets err to "no figures by country for METRIC in YEAR; years with
 * figures: ..." (a usage error). */
void ke_error_no_year(ke_error *err, const ke_dataset *ds, const ke_metric *m, int year);

/* Sets err to "metric M has no figures by country; metrics that can be
 * ranked: ..." (a usage error). */
void ke_error_not_by_country(ke_error *err, const ke_dataset *ds, const ke_metric *m);
/* The same for a metric id, or with NULL for no metric at all: "rank:
 * missing METRIC; metrics that can be ranked: ...". */
void ke_error_not_rankable(ke_error *err, const ke_dataset *ds, const char *metric);

/* Rows of one metric for one year (0: ke_default_country_year), one per
 * country, best first, with `columns` (rank and migration each pass their
 * own). */
ke_table *ke_country_year_table(const ke_dataset *ds, const ke_metric *m, int year,
                                const ke_columns *columns, ke_lang lang, ke_error *err);

#endif
