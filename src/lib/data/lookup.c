/* Finding metrics, countries, entities and sources by their keys and
 * names, without error reporting (resolve.c adds "did you mean"). */
#include "kaieco/lookup.h"
#include "base/text.h"
#include "data/refs.h"

#include <stddef.h>
#include <string.h>

static int in_list(const ke_dataset *ds, ke_strlist l, const char *word)
{
    for (size_t i = 0; i < l.n; i++)
        if (ke_text_eq(ke_item(ds, l, i), word))
            return 1;
    return 0;
}

/* Binary search in an array sorted by a string member (the dataset's
 * order: sources, entities, metrics by id, countries by alpha-2). A record
 * without its key (a loaded dataset that failed validation for it) sorts
 * as "", as validate.c orders it, and is never found. */
static const void *by_key(const ke_dataset *ds, const void *base, size_t n, size_t size, size_t offset,
                          const char *key)
{
    size_t lo = 0, hi = n;
    if (!key || !*key)
        return NULL;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *elem = (const char *)base + mid * size;
        const char *k = ke_s(ds, *(const ke_str *)(elem + offset));
        int c = strcmp(k ? k : "", key);
        if (c == 0)
            return elem;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const ke_metric *ke_metric_by_id(const ke_dataset *ds, const char *id)
{
    return by_key(ds, ds->metrics, ds->n_metrics, sizeof *ds->metrics, offsetof(ke_metric, id), id);
}

const ke_metric *ke_metric_find(const ke_dataset *ds, const char *word)
{
    const ke_metric *exact = ke_metric_by_id(ds, word);
    if (exact)
        return exact;
    for (size_t i = 0; i < ds->n_metrics; i++)
        if (ke_text_eq(ke_s(ds, ds->metrics[i].id), word) || in_list(ds, ds->metrics[i].aliases, word))
            return &ds->metrics[i];
    return NULL;
}

const ke_country *ke_country_by_alpha2(const ke_dataset *ds, const char *alpha2)
{
    return by_key(ds, ds->countries, ds->n_countries, sizeof *ds->countries,
                  offsetof(ke_country, alpha2), alpha2);
}

const ke_country *ke_country_find(const ke_dataset *ds, const char *word)
{
    for (size_t i = 0; i < ds->n_countries; i++) {
        const ke_country *c = &ds->countries[i];
        if (ke_text_eq(ke_s(ds, c->alpha2), word) || ke_text_eq(ke_s(ds, c->alpha3), word) ||
            in_list(ds, c->aliases, word))
            return c;
        for (int l = 0; l < KE_N_LANGS; l++)
            if (c->name.s[l].at && ke_text_eq(ke_s(ds, c->name.s[l]), word))
                return c;
    }
    return NULL;
}

const ke_entity *ke_entity_find(const ke_dataset *ds, const char *id)
{
    return by_key(ds, ds->entities, ds->n_entities, sizeof *ds->entities, offsetof(ke_entity, id), id);
}

const ke_source *ke_source_find(const ke_dataset *ds, const char *id)
{
    return by_key(ds, ds->sources, ds->n_sources, sizeof *ds->sources, offsetof(ke_source, id), id);
}

static int key_cmp(const ke_dataset *ds, const void *base, size_t size, size_t offset, size_t at, const char *key)
{
    const char *k = ke_s(ds, *(const ke_str *)((const char *)base + at * size + offset));
    return strcmp(k ? k : "", key);
}

void ke_range_by_key(const ke_dataset *ds, const void *base, size_t n, size_t size, size_t offset, const char *key,
                     size_t *first, size_t *end)
{
    /* two binary searches: the first record not below key, the first above */
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (key_cmp(ds, base, size, offset, mid, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *first = lo;
    hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (key_cmp(ds, base, size, offset, mid, key) <= 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *end = lo;
}

void ke_listings_of(const ke_dataset *ds, const char *model, size_t *first, size_t *end)
{
    ke_range_by_key(ds, ds->listings, ds->n_listings, sizeof *ds->listings, offsetof(ke_listing, model), model, first,
                    end);
}

const char *ke_subject_name(const ke_dataset *ds, const char *subject, ke_lang lang)
{
    const ke_country *c = ke_country_by_alpha2(ds, subject);
    if (c)
        return ke_name(ds, &c->name, lang);
    const ke_entity *e = ke_entity_find(ds, subject);
    return e ? ke_name(ds, &e->name, lang) : subject;
}

int ke_year_parse(const char *s, const char *what, ke_error *err)
{
    int y = 0;
    for (int i = 0; i < 4; i++) {
        if (s[i] < '0' || s[i] > '9') {
            y = -1;
            break;
        }
        y = y * 10 + (s[i] - '0');
    }
    if (y < 1000 || s[4] != '\0') {
        ke_error_set(err, KE_EXIT_USAGE, "invalid year '%s' for %s (expected YYYY, e.g. 2023)", s, what);
        return 0;
    }
    return y;
}
