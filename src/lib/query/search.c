/* kaieco search TEXT: everything whose name, alias, id or title contains
 * TEXT. */
#include "kaieco/query.h"
#include "base/text.h"

#include <stdlib.h>
#include <string.h>

static const ke_column cols[] = {
    {.key = "kind", .type = KE_COL_TEXT, .doc = "country, organization, person, model, product, baseline, program, metric or event", .flags = KE_CODE | KE_TERM},
    {.key = "id", .type = KE_COL_TEXT, .doc = "its id (alpha-2 code for a country): what the other commands take", .flags = KE_LABEL | KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "name", .type = KE_COL_TEXT, .doc = "its name (an event's title) in the chosen language"},
    {.key = "match", .type = KE_COL_TEXT, .doc = "the string that contains TEXT", .flags = KE_WIDE},
    {.key = "field", .type = KE_COL_TEXT, .doc = "where that string is: name.en, name.ko, name.ja, title.*, alias, id, alpha3", .flags = KE_CODE | KE_TERM, .priority = KE_PRIO_LOW},
};
const ke_columns ke_search_columns = {cols, sizeof cols / sizeof cols[0]};

static const char *const name_fields[KE_N_LANGS] = {"name.en", "name.ko", "name.ja"};
static const char *const title_fields[KE_N_LANGS] = {"title.en", "title.ko", "title.ja"};

/* The first of a record's strings that contains the text, and its field. */
typedef struct hit {
    const char *text; /* what is searched for */
    const char *match, *field;
} hit;

static void try_one(hit *h, const char *s, const char *field)
{
    if (!h->match && s && ke_text_contains(s, h->text)) {
        h->match = s;
        h->field = field;
    }
}

static void try_names(const ke_dataset *ds, hit *h, const ke_names *n, const char *const *fields)
{
    for (int l = 0; l < KE_N_LANGS; l++)
        try_one(h, ke_s(ds, n->s[l]), fields[l]);
}

static void try_aliases(const ke_dataset *ds, hit *h, ke_strlist l)
{
    for (size_t i = 0; i < l.n; i++)
        try_one(h, ke_item(ds, l, i), "alias");
}

static void add(ke_table *t, const char *kind, const char *id, const char *name, const hit *h)
{
    if (!h->match)
        return;
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "kind", kind);
    ke_table_set_text(t, r, "id", id);
    ke_table_set_text(t, r, "name", name);
    ke_table_set_text(t, r, "match", h->match);
    ke_table_set_text(t, r, "field", h->field);
}

/* An event and its id, to sort by. */
typedef struct event_by_id {
    const char *id;
    const ke_event *e;
} event_by_id;

static int by_id(const void *a, const void *b)
{
    return strcmp(((const event_by_id *)a)->id, ((const event_by_id *)b)->id);
}

ke_table *ke_query_search(const ke_dataset *ds, const char *text, ke_lang lang, ke_error *err)
{
    if (!text || !*text) {
        ke_error_set(err, KE_EXIT_USAGE, "search needs a non-empty TEXT");
        return NULL;
    }
    ke_table *t = ke_table_new(cols, ke_search_columns.n);
    if (!t)
        return ke_table_done(NULL, err);
    /* countries, entities and metrics are sorted by id (a country's id is
     * its alpha-2 code) */
    for (size_t i = 0; i < ds->n_countries; i++) {
        const ke_country *c = &ds->countries[i];
        hit h = {text, NULL, NULL};
        try_names(ds, &h, &c->name, name_fields);
        try_aliases(ds, &h, c->aliases);
        try_one(&h, ke_s(ds, c->alpha2), "id");
        try_one(&h, ke_s(ds, c->alpha3), "alpha3");
        add(t, "country", ke_s(ds, c->alpha2), ke_name(ds, &c->name, lang), &h);
    }
    /* one pass over the entities per kind */
    for (int kind = KE_ENTITY_ORGANIZATION; kind <= KE_ENTITY_PROGRAM; kind++)
        for (size_t i = 0; i < ds->n_entities; i++) {
            const ke_entity *e = &ds->entities[i];
            if (e->kind != (ke_entity_kind)kind)
                continue;
            hit h = {text, NULL, NULL};
            try_names(ds, &h, &e->name, name_fields);
            try_aliases(ds, &h, e->aliases);
            try_one(&h, ke_s(ds, e->id), "id");
            add(t, ke_entity_kind_name(e->kind), ke_s(ds, e->id), ke_name(ds, &e->name, lang), &h);
        }
    for (size_t i = 0; i < ds->n_metrics; i++) {
        const ke_metric *m = &ds->metrics[i];
        hit h = {text, NULL, NULL};
        try_names(ds, &h, &m->name, name_fields);
        try_aliases(ds, &h, m->aliases);
        try_one(&h, ke_s(ds, m->id), "id");
        add(t, "metric", ke_s(ds, m->id), ke_name(ds, &m->name, lang), &h);
    }
    /* events are sorted by date: take them by id like the rest */
    event_by_id events[ds->n_events + 1];
    for (size_t i = 0; i < ds->n_events; i++)
        events[i] = (event_by_id){ke_s(ds, ds->events[i].id), &ds->events[i]};
    qsort(events, ds->n_events, sizeof events[0], by_id);
    for (size_t i = 0; i < ds->n_events; i++) {
        const ke_event *e = events[i].e;
        hit h = {text, NULL, NULL};
        try_names(ds, &h, &e->title, title_fields);
        try_one(&h, ke_s(ds, e->id), "id");
        add(t, "event", ke_s(ds, e->id), ke_name(ds, &e->title, lang), &h);
    }
    return ke_table_done(t, err);
}
