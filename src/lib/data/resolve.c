/* Resolving what users type (metrics, countries, entities, subjects,
 * sources) with "unknown X 'word'; did you mean 'y'?" on a miss. */
#include "kaieco/lookup.h"
#include "kaieco/messages.h"
#include "suggest.h"
#include "base/text.h"

#include <string.h>

static int entity_matches(const ke_dataset *ds, const ke_entity *e, const char *word)
{
    if (ke_text_eq(ke_s(ds, e->id), word))
        return 1;
    for (int l = 0; l < KE_N_LANGS; l++)
        if (ke_s(ds, e->name.s[l]) && ke_text_eq(ke_s(ds, e->name.s[l]), word))
            return 1;
    for (size_t a = 0; a < e->aliases.n; a++)
        if (ke_text_eq(ke_item(ds, e->aliases, a), word))
            return 1;
    return 0;
}

/* The first entity matching `word`, of kind `kind` (or any when kind < 0):
 * one with names in every language (the dataset's own) before one that a
 * list of models names in English alone ("Samsung" is Samsung Electronics,
 * not the list's Samsung, which its id reaches). */
static const ke_entity *lookup(const ke_dataset *ds, const char *word, int kind)
{
    const ke_entity *listed = NULL;
    for (size_t i = 0; i < ds->n_entities; i++) {
        const ke_entity *e = &ds->entities[i];
        if ((kind < 0 || e->kind == (ke_entity_kind)kind) && entity_matches(ds, e, word)) {
            if (ke_s(ds, e->name.s[KE_LANG_KO]))
                return e;
            if (!listed)
                listed = e;
        }
    }
    return listed;
}

const ke_entity *ke_entity_lookup(const ke_dataset *ds, const char *word)
{
    return lookup(ds, word, -1);
}

static void suggest_entities(ke_suggester *s, const ke_dataset *ds, int kind)
{
    for (size_t i = 0; i < ds->n_entities; i++) {
        const ke_entity *e = &ds->entities[i];
        if (kind >= 0 && e->kind != (ke_entity_kind)kind)
            continue;
        ke_suggest_add(s, ke_s(ds, e->id));
        for (int l = 0; l < KE_N_LANGS; l++)
            ke_suggest_add(s, ke_s(ds, e->name.s[l]));
        for (size_t a = 0; a < e->aliases.n; a++)
            ke_suggest_add(s, ke_item(ds, e->aliases, a));
    }
}

static void suggest_countries(ke_suggester *s, const ke_dataset *ds)
{
    for (size_t i = 0; i < ds->n_countries; i++) {
        /* names before codes: on a tie the first offered wins, and a
         * misspelt name ("Japn") should lead to the name, not "JPN" */
        const ke_country *c = &ds->countries[i];
        for (int l = 0; l < KE_N_LANGS; l++)
            ke_suggest_add(s, ke_s(ds, c->name.s[l]));
        for (size_t a = 0; a < c->aliases.n; a++)
            ke_suggest_add(s, ke_item(ds, c->aliases, a));
        ke_suggest_add(s, ke_s(ds, c->alpha3));
        ke_suggest_add(s, ke_s(ds, c->alpha2));
    }
}

static void set_unknown(ke_error *err, const char *what, const char *word, const ke_suggester *s)
{
    const char *best = ke_suggest_result(s);
    if (best)
        ke_error_set(err, KE_EXIT_USAGE, "unknown %s '%s'; did you mean '%s'?", ke_msg(what), word, best);
    else
        ke_error_set(err, KE_EXIT_USAGE, "unknown %s '%s'", ke_msg(what), word);
}

const ke_metric *ke_metric_resolve(const ke_dataset *ds, const char *word, ke_error *err)
{
    const ke_metric *m = ke_metric_find(ds, word);
    if (m)
        return m;
    ke_suggester s;
    ke_suggest_init(&s, word);
    for (size_t i = 0; i < ds->n_metrics; i++) {
        ke_suggest_add(&s, ke_s(ds, ds->metrics[i].id));
        for (size_t a = 0; a < ds->metrics[i].aliases.n; a++)
            ke_suggest_add(&s, ke_item(ds, ds->metrics[i].aliases, a));
    }
    set_unknown(err, "metric", word, &s);
    return NULL;
}

const ke_country *ke_country_resolve(const ke_dataset *ds, const char *word, ke_error *err)
{
    const ke_country *c = ke_country_find(ds, word);
    if (c)
        return c;
    /* Any two-letter code is one letter from another ("BR", "FR"): such a
     * suggestion would mislead, so say what kaieco knows instead. */
    if (strlen(word) == 2) {
        ke_error_set(err, KE_EXIT_USAGE,
                     "unknown country '%s': not one of the %zu countries in the dataset "
                     "('kaieco search NAME' finds a country by name)", word, ds->n_countries);
        return NULL;
    }
    ke_suggester s;
    ke_suggest_init(&s, word);
    suggest_countries(&s, ds);
    set_unknown(err, "country", word, &s);
    return NULL;
}

const char *ke_subject_resolve(const ke_dataset *ds, const char *word, ke_error *err)
{
    const ke_country *c = ke_country_find(ds, word);
    if (c)
        return ke_s(ds, c->alpha2);
    const ke_entity *e = ke_entity_lookup(ds, word);
    if (e)
        return ke_s(ds, e->id);
    ke_suggester s;
    ke_suggest_init(&s, word);
    suggest_countries(&s, ds);
    suggest_entities(&s, ds, -1);
    set_unknown(err, "country or entity", word, &s);
    return NULL;
}

/* "a person", "an organization": each a message of the catalogs. */
static const char *with_article(ke_entity_kind kind)
{
    static const char *const names[] = {"a country", "an organization", "a person", "a model",
                                        "a product", "a baseline", "a program"};
    return (unsigned)kind < sizeof names / sizeof *names ? ke_msg(names[kind]) : "?";
}

const ke_entity *ke_entity_resolve_kind(const ke_dataset *ds, const char *word,
                                        ke_entity_kind kind, ke_error *err)
{
    const ke_entity *e = lookup(ds, word, (int)kind);
    if (e)
        return e;
    const char *what = ke_entity_kind_name(kind);
    e = ke_entity_lookup(ds, word);
    if (e) {
        ke_error_set(err, KE_EXIT_USAGE, "'%s' is %s (%s), not %s", word, with_article(e->kind), ke_s(ds, e->id),
                     with_article(kind));
        return NULL;
    }
    ke_suggester s;
    ke_suggest_init(&s, word);
    suggest_entities(&s, ds, (int)kind);
    set_unknown(err, what, word, &s);
    return NULL;
}

const ke_source *ke_source_resolve(const ke_dataset *ds, const char *word, ke_error *err)
{
    for (size_t i = 0; i < ds->n_sources; i++)
        if (ke_text_eq(ke_s(ds, ds->sources[i].id), word))
            return &ds->sources[i];
    ke_suggester s;
    ke_suggest_init(&s, word);
    for (size_t i = 0; i < ds->n_sources; i++)
        ke_suggest_add(&s, ke_s(ds, ds->sources[i].id));
    set_unknown(err, "source", word, &s);
    return NULL;
}

size_t ke_countries_resolve(const ke_dataset *ds, const char *const *words, size_t n,
                            const ke_country **out, ke_error *err)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        const ke_country *c = ke_country_resolve(ds, words[i], err);
        if (!c)
            return (size_t)-1;
        int repeat = 0;
        for (size_t j = 0; j < kept; j++)
            repeat |= out[j] == c;
        if (!repeat)
            out[kept++] = c;
    }
    return kept;
}
