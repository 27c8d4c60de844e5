/* kaieco models: the named models (entities of kind model), with what the
 * lists of models (listings) say about them; and --count-by, counts of
 * the listed models computed from the list, beside the counts a report
 * printed. */
#include "kaieco/messages.h"
#include "data/refs.h"
#include "kaieco/query.h"
#include "table/private.h"
#include "base/text.h"
#include "query/model_counts.h"
#include "query/obs_rows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suggest.h"

#define PARAMETERS_METRIC "parameters"

static const ke_column cols[] = {
    {.key = "model", .type = KE_COL_TEXT, .doc = "the model's name in the chosen language (English where it has no other)", .flags = KE_LABEL},
    {.key = "id", .type = KE_COL_TEXT, .doc = "entity id (what facts --entity takes)", .flags = KE_WIDE | KE_CODE},
    {.key = "organization", .type = KE_COL_TEXT, .doc = "its developer's name in the chosen language; else the organizations the list names, joined with '; '; or null", .priority = KE_PRIO_HIGH},
    {.key = "country", .type = KE_COL_TEXT, .doc = "alpha-2 code of the model's country, else its developer's, else the countries the list names (comma-separated; Multinational as the list writes it); or null", .flags = KE_CODE, .priority = KE_PRIO_MEDIUM, .named_by = "country_name"},
    {.key = "parameters", .type = KE_COL_NUM, .doc = "parameter count (the default figure; the latest if several), or null"},
    {.key = "parameters_source", .type = KE_COL_TEXT, .doc = "id of the source of the parameter count, or null", .flags = KE_CODE, .priority = KE_PRIO_LOW},
    {.key = "released", .type = KE_COL_TEXT, .doc = "release date (ISO 8601, as precise as known), else the publication date the list gives; or null", .flags = KE_WIDE | KE_CODE},
    {.key = "precision", .type = KE_COL_TEXT, .doc = "year, month or day: how much of the release date is known", .flags = KE_WIDE | KE_CODE | KE_TERM},
    {.key = "source", .type = KE_COL_TEXT, .doc = "id of the source for the model's record (see kaieco sources)", .flags = KE_WIDE | KE_CODE},
    {.key = "listed_in", .type = KE_COL_TEXT, .doc = "ids of the lists of models that list it (Epoch AI's snapshot), comma-separated, or null: a model from other sources only", .flags = KE_WIDE | KE_CODE},
    {.key = "organizations", .type = KE_COL_TEXT, .doc = "entity ids of the organizations the list names, comma-separated, or null", .flags = KE_WIDE | KE_CODE},
    {.key = "domain", .type = KE_COL_TEXT, .doc = "the list's domains (Language, Vision, ...), comma-separated, or null", .flags = KE_WIDE},
    {.key = "task", .type = KE_COL_TEXT, .doc = "the list's tasks, comma-separated, or null", .flags = KE_WIDE},
    {.key = "notability", .type = KE_COL_TEXT, .doc = "the list's notability criteria, comma-separated, or null", .flags = KE_WIDE},
    {.key = "accessibility", .type = KE_COL_TEXT, .doc = "the list's model accessibility (Open weights, API access, ...), or null", .flags = KE_WIDE},
    {.key = "base_model", .type = KE_COL_TEXT, .doc = "the model it was built on, as the list names it, or null", .flags = KE_WIDE},
    {.key = "link", .type = KE_COL_TEXT, .doc = "the list's link to the model's publication, or null", .flags = KE_WIDE | KE_CODE},
    {.key = "country_name", .type = KE_COL_TEXT, .doc = "the country's name in the chosen language, or the names of the countries the list names (joined with '·' in Korean, '・' in Japanese, ', ' in English); or null", .flags = KE_WIDE, .priority = KE_PRIO_MEDIUM},
};
const ke_columns ke_models_columns = {cols, sizeof cols / sizeof cols[0]};

static const ke_column count_cols[] = {
    {.key = "key", .type = KE_COL_TEXT, .doc = "what is counted by: the country's alpha-2 code (or Multinational), the organization's id, or the year", .flags = KE_CODE},
    {.key = "name", .type = KE_COL_TEXT, .doc = "its name in the chosen language (the year, by year)", .flags = KE_LABEL},
    {.key = "models", .type = KE_COL_INT, .doc = "models of the list counted under it, by the rule of the note (a model whose organizations are in several countries counts once for each distinct country; once for each distinct organization)"},
    {.key = "kind", .type = KE_COL_TEXT, .doc = "always 'computed': counted here from the list, not a figure a source printed", .flags = KE_CODE | KE_TERM},
    {.key = "source", .type = KE_COL_TEXT, .doc = "id of the list counted (its snapshot)", .flags = KE_CODE},
    {.key = "stated", .type = KE_COL_NUM, .doc = "the count a report printed for the same country and year (metric notable-models, default figure), or null"},
    {.key = "stated_source", .type = KE_COL_TEXT, .doc = "id of the report that printed it, or null", .flags = KE_CODE},
};
const ke_columns ke_model_counts_columns = {count_cols, sizeof count_cols / sizeof count_cols[0]};

const char ke_model_count_rule[] =
    "a model counts once for each distinct country among its organizations, as the list names "
    "the countries (Multinational counts as itself, a model with none under no country); once "
    "for each distinct organization; once in the year the list says it was published";

/* ---- what the dataset says about one model ------------------------------ */

static const char *country_of(const ke_dataset *ds, const ke_entity *e)
{
    if (ke_s(ds, e->country))
        return ke_s(ds, e->country);
    const ke_entity *org = ke_entity_at(ds, e->organization_ix);
    return org ? ke_s(ds, org->country) : NULL;
}

/* Whether `org_id` is `want` or one of its subsidiaries (parent links). */
static int under(const ke_dataset *ds, const char *org_id, const ke_entity *want)
{
    for (int depth = 0; org_id && depth < 8; depth++) {
        if (strcmp(org_id, ke_s(ds, want->id)) == 0)
            return 1;
        const ke_entity *org = ke_entity_find(ds, org_id);
        org_id = org ? ke_s(ds, org->organization) : NULL;
    }
    return 0;
}

/* The default figure of `metric` about `model` (the latest, periods being
 * sorted), found by binary search in the observations' order. */
static const ke_observation *figure_of(const ke_dataset *ds, const char *metric, const char *model)
{
    size_t first, end;
    ke_metric_range(ds, metric, &first, &end);
    size_t lo = first, hi = end;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(ke_s(ds, ds->observations[mid].entity), model) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    const ke_observation *found = NULL;
    for (; lo < end && strcmp(ke_s(ds, ds->observations[lo].entity), model) == 0; lo++)
        if (ds->observations[lo].is_default)
            found = &ds->observations[lo];
    return found;
}

static int list_has(const ke_dataset *ds, ke_strlist l, const char *s)
{
    for (size_t i = 0; i < l.n; i++)
        if (ke_text_eq(ke_item(ds, l, i), s))
            return 1;
    return 0;
}

/* `l` joined with `sep`, into `buf` (cut at its size). */
static const char *joined(const ke_dataset *ds, ke_strlist l, const char *sep, char *buf, size_t cap)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < l.n && n + 1 < cap; i++)
        n += (size_t)snprintf(buf + n, cap - n, "%s%s", i ? sep : "", ke_item(ds, l, i));
    return l.n ? buf : NULL;
}

/* The names of a model's countries (alpha-2 codes, or "Multinational" as
 * the list writes it) in `lang`, joined as each language's press joins
 * them: 미국·중국 (U+00B7, the Korean middle dot), 米国・中国 (U+30FB, the
 * Japanese one), "United States, China". */
static const char *country_word(const ke_dataset *ds, const char *code, ke_lang lang)
{
    const ke_country *c = ke_country_by_alpha2(ds, code);
    return c ? ke_name(ds, &c->name, lang) : strcmp(code, "Multinational") == 0 ? ke_tr(lang, "Multinational") : code;
}

static const char *country_names(const ke_dataset *ds, ke_strlist codes, ke_lang lang, char *buf, size_t cap)
{
    const char *sep = lang == KE_LANG_KO ? "\u00b7" : lang == KE_LANG_JA ? "\u30fb" : ", ";
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < codes.n && n + 1 < cap; i++)
        n += (size_t)snprintf(buf + n, cap - n, "%s%s", i ? sep : "", country_word(ds, ke_item(ds, codes, i), lang));
    return codes.n ? buf : NULL;
}

/* Resolves the filters (NULL with err set on a bad word). */
typedef struct resolved {
    const ke_country *country;
    const ke_entity *org;
    const char *domain; /* as the list writes it */
    int year;
} resolved;

static int resolve(const ke_dataset *ds, const ke_models_filter *f, resolved *r, ke_error *err)
{
    memset(r, 0, sizeof *r);
    if (f->country && !(r->country = ke_country_resolve(ds, f->country, err)))
        return -1;
    if (f->organization &&
        !(r->org = ke_entity_resolve_kind(ds, f->organization, KE_ENTITY_ORGANIZATION, err)))
        return -1;
    r->year = f->year;
    if (f->domain) {
        ke_suggester sg;
        ke_suggest_init(&sg, f->domain);
        for (size_t i = 0; i < ds->n_listings && !r->domain; i++)
            for (size_t j = 0; j < ds->listings[i].domain.n; j++) {
                const char *d = ke_item(ds, ds->listings[i].domain, j);
                if (ke_text_eq(d, f->domain))
                    r->domain = d;
                ke_suggest_add(&sg, d);
            }
        if (!r->domain) {
            const char *best = ke_suggest_result(&sg);
            if (best)
                ke_error_set(err, KE_EXIT_USAGE, "unknown domain '%s'; did you mean '%s'?", f->domain, best);
            else
                ke_error_set(err, KE_EXIT_USAGE, "unknown domain '%s': no listed model has it", f->domain);
            return -1;
        }
    }
    return 0;
}

/* Whether a listing passes the filters on what the list says (country,
 * organization, domain, year of publication). */
static int listing_passes(const ke_dataset *ds, const ke_listing *li, const resolved *r)
{
    if (r->country && !list_has(ds, li->countries, ke_s(ds, r->country->alpha2)))
        return 0;
    if (r->domain && !list_has(ds, li->domain, r->domain))
        return 0;
    if (r->year && ke_date_year(ke_s(ds, li->published.text)) != r->year)
        return 0;
    if (r->org) {
        int found = 0;
        for (size_t i = 0; i < li->organizations.n && !found; i++)
            found = under(ds, ke_item(ds, li->organizations, i), r->org);
        if (!found)
            return 0;
    }
    return 1;
}

/* ---- the list of models -------------------------------------------------- */

static void add_model(ke_table *t, const ke_dataset *ds, const ke_entity *e, const ke_listing *li,
                      size_t n_li, ke_lang lang)
{
    char buf[1024];
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "model", ke_name(ds, &e->name, lang));
    ke_table_set_text(t, r, "id", ke_s(ds, e->id));
    const ke_entity *org = ke_entity_at(ds, e->organization_ix);
    if (org || ke_s(ds, e->organization)) {
        ke_table_set_text(t, r, "organization", org ? ke_name(ds, &org->name, lang) : ke_s(ds, e->organization));
    } else if (n_li && li->organizations.n) {
        size_t n = 0;
        for (size_t i = 0; i < li->organizations.n && n + 1 < sizeof buf; i++) {
            const ke_entity *o = ke_entity_find(ds, ke_item(ds, li->organizations, i));
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? "; " : "",
                                  o ? ke_name(ds, &o->name, lang) : ke_item(ds, li->organizations, i));
        }
        ke_table_set_text(t, r, "organization", buf);
    }
    const char *home = country_of(ds, e);
    ke_table_set_text(t, r, "country", home ? home : n_li ? joined(ds, li->countries, ",", buf, sizeof buf) : NULL);
    if (home)
        ke_table_set_text(t, r, "country_name", country_word(ds, home, lang));
    else if (n_li)
        ke_table_set_text(t, r, "country_name", country_names(ds, li->countries, lang, buf, sizeof buf));
    const ke_observation *params = figure_of(ds, PARAMETERS_METRIC, ke_s(ds, e->id));
    if (params) {
        ke_table_set_num(t, r, "parameters", ke_s(ds, params->value.text), params->value.value);
        ke_table_set_text(t, r, "parameters_source", ke_s(ds, params->source));
    }
    const ke_date *when = e->released.text.at              ? &e->released
                          : n_li && li->published.text.at ? &li->published
                                                          : NULL;
    if (when) {
        ke_table_set_text(t, r, "released", ke_s(ds, when->text));
        ke_table_set_text(t, r, "precision", ke_precision_name(when->precision));
    }
    ke_table_set_text(t, r, "source", ke_s(ds, e->source));
    if (n_li) {
        size_t n = 0;
        for (size_t i = 0; i < n_li && n + 1 < sizeof buf; i++)
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? "," : "", ke_s(ds, li[i].source));
        ke_table_set_text(t, r, "listed_in", buf);
        ke_table_set_text(t, r, "organizations", joined(ds, li->organizations, ",", buf, sizeof buf));
        ke_table_set_text(t, r, "domain", joined(ds, li->domain, ",", buf, sizeof buf));
        ke_table_set_text(t, r, "task", joined(ds, li->task, ",", buf, sizeof buf));
        ke_table_set_text(t, r, "notability", joined(ds, li->notability, ",", buf, sizeof buf));
        ke_table_set_text(t, r, "accessibility", ke_s(ds, li->accessibility));
        ke_table_set_text(t, r, "base_model", ke_s(ds, li->base_model));
        ke_table_set_text(t, r, "link", ke_s(ds, li->link));
    }
}

ke_table *ke_query_models_filtered(const ke_dataset *ds, const ke_models_filter *f, ke_lang lang,
                                   ke_error *err)
{
    resolved rf;
    if (resolve(ds, f, &rf, err) != 0)
        return NULL;
    ke_table *t = ke_table_new(cols, ke_models_columns.n);
    if (!t)
        return ke_table_done(NULL, err);
    for (size_t i = 0; i < ds->n_entities; i++) {
        const ke_entity *e = &ds->entities[i];
        if (e->kind != KE_ENTITY_MODEL)
            continue;
        size_t first, end;
        ke_listings_of(ds, ke_s(ds, e->id), &first, &end);
        const ke_listing *li = first < end ? &ds->listings[first] : NULL;
        /* a filter passes on the model's own record or on what a list says */
        const char *home = country_of(ds, e);
        const char *when = e->released.text.at ? ke_s(ds, e->released.text)
                           : li                ? ke_s(ds, li->published.text)
                                               : NULL;
        if (rf.country && !(home && strcmp(home, ke_s(ds, rf.country->alpha2)) == 0) &&
            !(li && list_has(ds, li->countries, ke_s(ds, rf.country->alpha2))))
            continue;
        if (rf.org && !under(ds, ke_s(ds, e->organization), rf.org)) {
            resolved only_org = {.org = rf.org};
            if (!li || !listing_passes(ds, li, &only_org))
                continue;
        }
        if (rf.domain && !(li && list_has(ds, li->domain, rf.domain)))
            continue;
        if (rf.year && ke_date_year(when) != rf.year)
            continue;
        add_model(t, ds, e, li, end - first, lang);
    }
    return ke_table_done(t, err);
}

ke_table *ke_query_models(const ke_dataset *ds, const char *country, const char *organization,
                          ke_lang lang, ke_error *err)
{
    ke_models_filter f = {.country = country, .organization = organization};
    return ke_query_models_filtered(ds, &f, lang, err);
}

/* ---- counts computed from the list ----------------------------------------- */

typedef struct tally {
    const char *key;    /* alpha-2, "Multinational", organization id, or year text */
    const char *source; /* the list */
    long n;
} tally;

typedef struct tallies {
    tally *items;
    size_t n, cap;
} tallies;

static int bump(tallies *ts, const char *key, const char *source)
{
    for (size_t i = 0; i < ts->n; i++)
        if (strcmp(ts->items[i].key, key) == 0 && strcmp(ts->items[i].source, source) == 0) {
            ts->items[i].n++;
            return 0;
        }
    if (ts->n == ts->cap) {
        size_t cap = ts->cap ? ts->cap * 2 : 64;
        tally *items = realloc(ts->items, cap * sizeof *items);
        if (!items)
            return -1;
        ts->items = items;
        ts->cap = cap;
    }
    ts->items[ts->n++] = (tally){key, source, 1};
    return 0;
}

static int cmp_tally(const void *pa, const void *pb)
{
    const tally *a = pa, *b = pb;
    if (a->n != b->n)
        return a->n > b->n ? -1 : 1;
    int c = strcmp(a->key, b->key);
    return c ? c : strcmp(a->source, b->source);
}

static int cmp_tally_key(const void *pa, const void *pb)
{
    const tally *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    return c ? c : strcmp(a->source, b->source);
}

/* The default figure of STATED_METRIC for `country` in `year`, or NULL. */
static const ke_observation *stated_count(const ke_dataset *ds, const char *country, int year)
{
    size_t first, end;
    const ke_observation *found = NULL;
    ke_metric_range(ds, KE_STATED_MODELS_METRIC, &first, &end);
    for (size_t i = first; i < end; i++) {
        const ke_observation *o = &ds->observations[i];
        if (o->is_default && o->entity_kind == KE_ENTITY_COUNTRY && strcmp(ke_s(ds, o->entity), country) == 0 &&
            ke_obs_year(ds, o) == year)
            found = o;
    }
    return found;
}

void ke_listed_counts(const ke_dataset *ds, const char *source, const char *country, int first, int last,
                      long *counts)
{
    /* the filters of --count-by country --year: one rule, the year taken
     * once per listing so that a span of years is one pass */
    const resolved in_country = {.country = ke_country_by_alpha2(ds, country)};
    for (int y = first; y <= last; y++)
        counts[y - first] = -1;
    for (size_t i = 0; in_country.country && i < ds->n_listings; i++) {
        const ke_listing *li = &ds->listings[i];
        int y = ke_date_year(ke_s(ds, li->published.text));
        if (y < first || y > last || strcmp(ke_s(ds, li->source), source) != 0)
            continue;
        long *n = &counts[y - first];
        *n = (*n < 0 ? 0 : *n) + listing_passes(ds, li, &in_country);
    }
}

long ke_listed_count(const ke_dataset *ds, const char *source, const char *country, int year)
{
    long n;
    ke_listed_counts(ds, source, country, year, year, &n);
    return n;
}

void ke_count_reason(char *buf, size_t cap, const ke_dataset *ds, const ke_observation *stated,
                     const char *list_source, long computed, ke_lang lang)
{
    static const char format[] =
        "%s stated by %s (published %s), a count of the list as it stood then; %ld computed here from %s, "
        "the list as of %s: the two counts are of the list at different dates, and neither replaces the other";
    const ke_source *ls = ke_source_find(ds, list_source), *os = ke_source_at(ds, stated->source_ix);
    snprintf(buf, cap, ke_tr(lang, format), ke_s(ds, stated->value.text), ke_s(ds, stated->source),
             os && ke_s(ds, os->date.text) ? ke_s(ds, os->date.text) : "?", computed, list_source,
             ls && ke_s(ds, ls->date.text) ? ke_s(ds, ls->date.text) : "?");
}

size_t ke_model_lists(const ke_dataset *ds, const char **out, size_t cap)
{
    size_t n = 0;
    for (size_t s = 0; s < ds->n_listings; s++) {
        size_t k = 0;
        while (k < n && strcmp(out[k], ke_s(ds, ds->listings[s].source)) != 0)
            k++;
        if (k == n && n < cap)
            out[n++] = ke_s(ds, ds->listings[s].source);
    }
    return n;
}

void ke_count_note(char *buf, size_t cap, const char *source, ke_lang lang)
{
    snprintf(buf, cap, ke_tr(lang, "computed: the models of %s published that year with the country among the "
                                   "countries of their organizations (once per model); not a figure a source printed"),
             source);
}

static const char *const count_by_names[] = {"country", "organization", "year", NULL};

ke_table *ke_query_model_counts(const ke_dataset *ds, const ke_models_filter *f, const char *by,
                                ke_lang lang, ke_error *err)
{
    int mode = -1;
    for (int i = 0; count_by_names[i]; i++)
        if (by && strcmp(by, count_by_names[i]) == 0)
            mode = i;
    if (mode < 0) {
        ke_suggester sg;
        ke_suggest_init(&sg, by ? by : "");
        for (int i = 0; count_by_names[i]; i++)
            ke_suggest_add(&sg, count_by_names[i]);
        const char *best = ke_suggest_result(&sg);
        if (best)
            ke_error_set(err, KE_EXIT_USAGE, "unknown --count-by '%s'; did you mean '%s'? (expected country, "
                         "organization or year)", by ? by : "", best);
        else
            ke_error_set(err, KE_EXIT_USAGE, "unknown --count-by '%s' (expected country, organization or year)",
                         by ? by : "");
        return NULL;
    }
    resolved rf;
    if (resolve(ds, f, &rf, err) != 0)
        return NULL;
    tallies ts = {NULL, 0, 0};
    size_t counted = 0;
    char *year_keys = calloc(ds->n_listings ? ds->n_listings : 1, 8);
    int oom = !year_keys; /* a count that could not be kept: no table, "out of memory" */
    for (size_t i = 0; year_keys && i < ds->n_listings; i++) {
        const ke_listing *li = &ds->listings[i];
        if (!listing_passes(ds, li, &rf))
            continue;
        counted++;
        if (mode == 0) {
            for (size_t j = 0; j < li->countries.n; j++)
                if (!rf.country || strcmp(ke_item(ds, li->countries, j), ke_s(ds, rf.country->alpha2)) == 0)
                    oom |= bump(&ts, ke_item(ds, li->countries, j), ke_s(ds, li->source)) != 0;
        } else if (mode == 1) {
            for (size_t j = 0; j < li->organizations.n; j++) {
                int again = 0;
                for (size_t k = 0; k < j; k++)
                    again |= strcmp(ke_item(ds, li->organizations, k), ke_item(ds, li->organizations, j)) == 0;
                if (!again && (!rf.org || under(ds, ke_item(ds, li->organizations, j), rf.org)))
                    oom |= bump(&ts, ke_item(ds, li->organizations, j), ke_s(ds, li->source)) != 0;
            }
        } else if (ke_s(ds, li->published.text)) {
            char *k = year_keys + 8 * i;
            snprintf(k, 8, "%.4s", ke_s(ds, li->published.text));
            oom |= bump(&ts, k, ke_s(ds, li->source)) != 0;
        }
    }
    if (ts.n)
        qsort(ts.items, ts.n, sizeof *ts.items, mode == 2 ? cmp_tally_key : cmp_tally);
    ke_table *t = ke_table_new(count_cols, ke_model_counts_columns.n);
    if (!t) {
        free(year_keys);
        free(ts.items);
        return ke_table_done(NULL, err);
    }
    if (oom)
        ke_table_out_of_memory(t);
    for (size_t i = 0; i < ts.n; i++) {
        const tally *x = &ts.items[i];
        size_t r = ke_table_add_row(t);
        ke_table_set_text(t, r, "key", x->key);
        const char *name = x->key;
        if (mode == 0) {
            name = country_word(ds, x->key, lang); /* Multinational too */
        } else if (mode == 1) {
            const ke_entity *e = ke_entity_find(ds, x->key);
            name = e ? ke_name(ds, &e->name, lang) : x->key;
        }
        ke_table_set_text(t, r, "name", name);
        ke_table_set_int(t, r, "models", x->n);
        ke_table_set_text(t, r, "kind", "computed");
        ke_table_set_text(t, r, "source", x->source);
        /* a report's count for the same country and year */
        const char *country = mode == 0 ? x->key : mode == 2 && rf.country ? ke_s(ds, rf.country->alpha2) : NULL;
        int year = mode == 2 ? ke_date_year(x->key) : rf.year;
        const ke_observation *o = country && year ? stated_count(ds, country, year) : NULL;
        if (o) {
            ke_table_set_num(t, r, "stated", ke_s(ds, o->value.text), o->value.value);
            ke_table_set_text(t, r, "stated_source", ke_s(ds, o->source));
        }
    }
    /* the rule, whole in each format so that it translates as one text */
    if (mode == 0)
        ke_table_note(t, "counts computed from the list, not figures a report printed (listed models "
                      "matching: %zu): a model counts once for each distinct country among its organizations, "
                      "as the list names the countries (Multinational counts as itself; a model with none "
                      "counts under no country)", counted);
    else if (mode == 1)
        ke_table_note(t, "counts computed from the list, not figures a report printed (listed models "
                      "matching: %zu): a model counts once for each distinct organization the list names",
                      counted);
    else
        ke_table_note(t, "counts computed from the list, not figures a report printed (listed models "
                      "matching: %zu): a model counts once, in the year the list says it was published (a "
                      "model without a date, under none)", counted);
    for (size_t i = 0; i < ts.n; i++) {
        const tally *x = &ts.items[i];
        const char *country = mode == 0 ? x->key : mode == 2 && rf.country ? ke_s(ds, rf.country->alpha2) : NULL;
        int year = mode == 2 ? ke_date_year(x->key) : rf.year;
        const ke_observation *o = country && year ? stated_count(ds, country, year) : NULL;
        if (o) {
            char why[1024];
            ke_count_reason(why, sizeof why, ds, o, x->source, x->n, lang);
            ke_table_note(t, "%s in %d: %s", country, year, why);
        }
    }
    free(year_keys);
    free(ts.items);
    return ke_table_done(t, err);
}
