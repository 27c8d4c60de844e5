/* Finding metrics, countries, entities and sources by their keys and
 * names, without error reporting (resolve.c adds "did you mean"). */
#include "kaieco/query.h"
#include "text.h"

#include <string.h>

static int in_list(const ke_strlist *l, const char *word)
{
    for (size_t i = 0; i < l->n; i++)
        if (ke_text_eq(l->items[i], word))
            return 1;
    return 0;
}

const ke_metric *ke_metric_find(const ke_dataset *ds, const char *word)
{
    for (size_t i = 0; i < ds->n_metrics; i++)
        if (ke_text_eq(ds->metrics[i].id, word) || in_list(&ds->metrics[i].aliases, word))
            return &ds->metrics[i];
    return NULL;
}

const ke_country *ke_country_by_alpha2(const ke_dataset *ds, const char *alpha2)
{
    for (size_t i = 0; i < ds->n_countries; i++)
        if (strcmp(ds->countries[i].alpha2, alpha2) == 0)
            return &ds->countries[i];
    return NULL;
}

const ke_country *ke_country_find(const ke_dataset *ds, const char *word)
{
    for (size_t i = 0; i < ds->n_countries; i++) {
        const ke_country *c = &ds->countries[i];
        if (ke_text_eq(c->alpha2, word) || ke_text_eq(c->alpha3, word) || in_list(&c->aliases, word))
            return c;
        for (int l = 0; l < KE_N_LANGS; l++)
            if (c->name.s[l] && ke_text_eq(c->name.s[l], word))
                return c;
    }
    return NULL;
}

const ke_entity *ke_entity_find(const ke_dataset *ds, const char *id)
{
    for (size_t i = 0; i < ds->n_entities; i++)
        if (strcmp(ds->entities[i].id, id) == 0)
            return &ds->entities[i];
    return NULL;
}

const ke_source *ke_source_find(const ke_dataset *ds, const char *id)
{
    for (size_t i = 0; i < ds->n_sources; i++)
        if (strcmp(ds->sources[i].id, id) == 0)
            return &ds->sources[i];
    return NULL;
}

const char *ke_subject_name(const ke_dataset *ds, const char *subject, ke_lang lang)
{
    const ke_country *c = ke_country_by_alpha2(ds, subject);
    if (c)
        return ke_name(&c->name, lang);
    const ke_entity *e = ke_entity_find(ds, subject);
    return e ? ke_name(&e->name, lang) : subject;
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
