/* kaieco compare COUNTRY COUNTRY... [--metric M...]: one row per metric,
 * one column per country. */
#include "kaieco/query.h"
#include "obs_rows.h"

#include <string.h>

static const ke_column cols[] = {
    {"metric", KE_COL_TEXT, "metric id (see kaieco metrics)", 0, KE_LABEL | KE_CODE},
    {"year", KE_COL_INT, "the latest year any of the countries has a figure for; null if none", 0, 0},
    {"unit", KE_COL_TEXT, "unit of the values", 0, 0},
};
const ke_columns ke_compare_columns = {cols, sizeof cols / sizeof cols[0]};

#define N_FIXED (sizeof cols / sizeof cols[0])

static const char country_doc[] =
    "the country's figure in that year (default source), or null; key: its alpha-2 code in lower case";

static int is_figure(const ke_observation *o, const ke_metric *m, const ke_country *c)
{
    return o->is_default && strcmp(o->metric, m->id) == 0 && strcmp(o->entity, c->alpha2) == 0;
}

/* Latest year with a default figure of `m` for one of the countries; 0 if none. */
static int latest_year(const ke_dataset *ds, const ke_metric *m, const ke_country *const *cs,
                       size_t n)
{
    int latest = 0;
    for (size_t i = 0; i < ds->n_observations; i++)
        for (size_t k = 0; k < n; k++)
            if (is_figure(&ds->observations[i], m, cs[k]) && ke_obs_year(&ds->observations[i]) > latest)
                latest = ke_obs_year(&ds->observations[i]);
    return latest;
}

static void add_row(ke_table *t, const ke_dataset *ds, const ke_metric *m,
                    const ke_country *const *cs, size_t n)
{
    size_t r = ke_table_add_row(t);
    int year = latest_year(ds, m, cs, n);
    ke_table_set_text(t, r, "metric", m->id);
    if (year)
        ke_table_set_int(t, r, "year", year);
    ke_table_set_text(t, r, "unit", m->unit);
    /* within a year, the latest period wins (periods are sorted) */
    for (size_t i = 0; year && i < ds->n_observations; i++)
        for (size_t k = 0; k < n; k++)
            if (is_figure(&ds->observations[i], m, cs[k]) && ke_obs_year(&ds->observations[i]) == year)
                ke_table_set_num(t, r, t->cols[N_FIXED + k].key, &ds->observations[i].value);
}

ke_table *ke_query_compare(const ke_dataset *ds, const char *const *countries,
                           size_t n_countries, const char *const *metrics, size_t n_metrics,
                           ke_lang lang, ke_error *err)
{
    (void)lang; /* codes and ids only */
    if (n_countries == 0) {
        ke_error_set(err, KE_EXIT_USAGE, "compare needs at least one country");
        return NULL;
    }
    /* Resolve every name first, so a typo fails before any output. */
    const ke_country *cs[n_countries];
    size_t n = ke_countries_resolve(ds, countries, n_countries, cs, err);
    if (n == (size_t)-1)
        return NULL;
    const ke_metric *ms[n_metrics ? n_metrics : 1];
    size_t n_ms = 0;
    for (size_t i = 0; i < n_metrics; i++) {
        const ke_metric *m = ke_metric_resolve(ds, metrics[i], err);
        if (!m)
            return NULL;
        int repeat = 0;
        for (size_t j = 0; j < n_ms; j++)
            repeat |= ms[j] == m;
        if (!repeat)
            ms[n_ms++] = m;
    }

    /* one column per country, keyed by its lower-case alpha-2 code */
    ke_column all[N_FIXED + n];
    char keys[n][3];
    memcpy(all, cols, sizeof cols);
    for (size_t k = 0; k < n; k++) {
        keys[k][0] = (char)(cs[k]->alpha2[0] - 'A' + 'a');
        keys[k][1] = (char)(cs[k]->alpha2[1] - 'A' + 'a');
        keys[k][2] = '\0';
        all[N_FIXED + k] = (ke_column){keys[k], KE_COL_NUM, country_doc, 0, 0};
    }
    ke_table *t = ke_table_new(all, N_FIXED + n);
    if (n_ms) {
        for (size_t i = 0; i < n_ms; i++)
            add_row(t, ds, ms[i], cs, n);
    } else {
        for (size_t i = 0; i < ds->n_metrics; i++)
            if (latest_year(ds, &ds->metrics[i], cs, n))
                add_row(t, ds, &ds->metrics[i], cs, n);
    }
    return t;
}
