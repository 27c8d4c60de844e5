/* The checks across records: unique ids, references that must resolve,
 * metric aliases, the contest's order of decisions and the rules for
 * figures several sources give. Every kind is sorted first into the order
 * the library expects (schema.h); look-ups are binary searches in it and
 * uniqueness is a sort, so validation is O(n log n) in the records. */
#include "data/loader.h"

#include <stdlib.h>
#include <string.h>

#include "data/groups.h"

/* ---- sorting ------------------------------------------------------------ */

/* A record's place by some fields, then by where it was written. */
typedef struct sort_item {
    const char *keys[4];
    size_t file_seq, index, pos;
} sort_item;

static int cmp_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

static int cmp_items(const void *pa, const void *pb)
{
    const sort_item *a = pa, *b = pb;
    for (int i = 0; i < 4; i++) {
        int c = cmp_str(a->keys[i], b->keys[i]);
        if (c)
            return c;
    }
    if (a->file_seq != b->file_seq)
        return a->file_seq < b->file_seq ? -1 : 1;
    return (a->index > b->index) - (a->index < b->index);
}

/* Records of kind k ordered by `fields` (NULL-terminated, at most 4), as
 * an array of sort_item the caller frees; NULL when out of memory. */
static sort_item *order_by(const ke_loader *L, ke_kind k, const char *const *fields)
{
    size_t n = ke_kind_count(&L->out->ds, k);
    sort_item *items = calloc(n ? n : 1, sizeof *items);
    if (!items)
        return NULL;
    const ke_field *f[4] = {0};
    for (int i = 0; i < 4 && fields[i]; i++)
        f[i] = ke_field_find(k, fields[i]);
    for (size_t r = 0; r < n; r++) {
        const void *rec = ke_kind_record(&L->out->ds, k, r);
        for (int i = 0; i < 4; i++)
            items[r].keys[i] = f[i] ? ke_field_str(&L->out->ds, rec, f[i]) : NULL;
        items[r].file_seq = L->origins[k][r].file_seq;
        items[r].index = L->origins[k][r].index;
        items[r].pos = r;
    }
    if (n)
        qsort(items, n, sizeof *items, cmp_items);
    return items;
}

/* Whether the records of kind k are already in order (files written by
 * `kaieco export` are): then sorting, and its copies, are skipped. Records
 * are held in load order, which is the order ties keep. */
static int in_order(const ke_loader *L, ke_kind k, const char *const *fields)
{
    const ke_field *f[4] = {0};
    for (int i = 0; i < 4 && fields[i]; i++)
        f[i] = ke_field_find(k, fields[i]);
    size_t n = ke_kind_count(&L->out->ds, k);
    for (size_t r = 1; r < n; r++) {
        const void *a = ke_kind_record(&L->out->ds, k, r - 1), *b = ke_kind_record(&L->out->ds, k, r);
        for (int i = 0; i < 4 && f[i]; i++) {
            int c = cmp_str(ke_field_str(&L->out->ds, a, f[i]), ke_field_str(&L->out->ds, b, f[i]));
            if (c > 0)
                return 0;
            if (c < 0)
                break;
        }
    }
    return 1;
}

static int sort_kind(ke_loader *L, ke_kind k)
{
    size_t n = ke_kind_count(&L->out->ds, k), size = ke_schema[k].size;
    if (n < 2 || in_order(L, k, ke_schema[k].sort))
        return 0;
    sort_item *items = order_by(L, k, ke_schema[k].sort);
    char *recs = malloc(n * size);
    ke_origin *orig = malloc(n * sizeof *orig);
    if (!items || !recs || !orig) {
        free(items);
        free(recs);
        free(orig);
        return -1;
    }
    for (size_t r = 0; r < n; r++) {
        memcpy(recs + r * size, ke_kind_record(&L->out->ds, k, items[r].pos), size);
        orig[r] = L->origins[k][items[r].pos];
    }
    memcpy(L->out->arrays[k], recs, n * size);
    memcpy(L->origins[k], orig, n * sizeof *orig);
    free(items);
    free(recs);
    free(orig);
    return 0;
}

/* ---- look-ups ------------------------------------------------------------ */

/* Index of the record of kind k (sorted by its key) whose key is `key`, or -1. */
static long find(const ke_loader *L, ke_kind k, const char *key)
{
    if (!key)
        return -1;
    const ke_field *f = ke_field_find(k, ke_schema[k].key);
    size_t lo = 0, hi = ke_kind_count(&L->out->ds, k);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_str(ke_field_str(&L->out->ds, ke_kind_record(&L->out->ds, k, mid), f), key);
        if (c == 0)
            return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

static void need_ref(ke_loader *L, ke_kind k, size_t i, const char *field, const char *value,
                     ke_kind target, const char *what)
{
    if (value && find(L, target, value) < 0)
        ke_diag_unresolved(L, k, i, field, what, value, target, -1);
}

/* A subject: a country's alpha-2 code or an entity id. Its ke_entity_kind, or -1. */
static int subject_kind(const ke_loader *L, const char *v)
{
    if (find(L, KE_K_COUNTRIES, v) >= 0)
        return KE_ENTITY_COUNTRY;
    long e = find(L, KE_K_ENTITIES, v);
    return e < 0 ? -1 : (int)L->out->ds.entities[e].kind;
}

/* ---- uniqueness ------------------------------------------------------------ */

static void check_unique(ke_loader *L, ke_kind k, const char *field, const char *what)
{
    const char *const fields[] = {field, NULL};
    size_t n = ke_kind_count(&L->out->ds, k);
    sort_item *items = order_by(L, k, fields);
    if (!items) {
        ke_diag_file(L, "kaieco", 1, "out of memory"); /* the checks not skipped silently */
        return;
    }
    /* equal keys are neighbours; the first of a run is the earliest written */
    for (size_t r = 1, first = 0; r < n; r++) {
        if (!items[r].keys[0] || cmp_str(items[r].keys[0], items[first].keys[0]) != 0) {
            first = r;
            continue;
        }
        if (ke_diag_skip(L)) /* past the cap: counted only */
            continue;
        char where[512];
        ke_diag_at(L, k, items[r].pos, field, "duplicate %s '%s' (first defined in %s)", what,
                   items[r].keys[0], ke_diag_where(L, k, items[first].pos, where, sizeof where));
    }
    free(items);
}

/* ---- the checks ------------------------------------------------------------- */

static void check_sources(ke_loader *L)
{
    for (int k = 0; k < KE_K_COUNT; k++) {
        const ke_field *f = ke_field_find((ke_kind)k, "source");
        const ke_dataset *ds = &L->out->ds;
        for (size_t i = 0; f && i < ke_kind_count(ds, (ke_kind)k); i++)
            need_ref(L, (ke_kind)k, i, "source", ke_field_str(ds, ke_kind_record(ds, (ke_kind)k, i), f),
                     KE_K_SOURCES, "source");
    }
    for (size_t i = 0; i < L->out->ds.n_sources; i++) {
        const ke_source *s = &L->out->ds.sources[i];
        for (size_t j = 0; j < s->cites.n; j++)
            need_ref(L, KE_K_SOURCES, i, "cites", ke_item(&L->out->ds, s->cites, j), KE_K_SOURCES, "source");
    }
}

typedef struct alias_item {
    const char *alias;
    size_t metric;
} alias_item;

static int cmp_alias(const void *pa, const void *pb)
{
    const alias_item *a = pa, *b = pb;
    int c = strcmp(a->alias, b->alias);
    return c ? c : (a->metric > b->metric) - (a->metric < b->metric);
}

/* A metric that shares an alias with an earlier one. */
typedef struct alias_clash {
    size_t metric, other; /* the later metric, the first that has the alias */
    const char *alias;
} alias_clash;

static int cmp_clash(const void *pa, const void *pb)
{
    const alias_clash *a = pa, *b = pb;
    if (a->metric != b->metric)
        return a->metric < b->metric ? -1 : 1;
    if (a->other != b->other)
        return a->other < b->other ? -1 : 1;
    return strcmp(a->alias, b->alias);
}

/* Every id and alias a user may type must name exactly one metric. A
 * metric whose aliases are also another's is reported once for that pair
 * of records (against the first metric that has the alias), not once per
 * alias and pair: n copies of a metric give n-1 messages, not n^2. Two
 * records with the same id are already a duplicate id, not a clash. */
static void check_metric_aliases(ke_loader *L)
{
    const ke_dataset *ds = &L->out->ds;
    size_t n = 0;
    for (size_t i = 0; i < ds->n_metrics; i++)
        n += ds->metrics[i].aliases.n;
    alias_item *items = calloc(n ? n : 1, sizeof *items);
    alias_clash *clashes = calloc(n ? n : 1, sizeof *clashes);
    if (!items || !clashes) {
        free(items);
        free(clashes);
        ke_diag_file(L, "kaieco", 1, "out of memory"); /* the checks not skipped silently */
        return;
    }
    n = 0;
    for (size_t i = 0; i < ds->n_metrics; i++)
        for (size_t a = 0; a < ds->metrics[i].aliases.n; a++) {
            const char *s = ke_item(ds, ds->metrics[i].aliases, a);
            if (find(L, KE_K_METRICS, s) >= 0)
                ke_diag_at(L, KE_K_METRICS, i, "aliases", "alias '%s' is the id of another metric", s);
            items[n++] = (alias_item){s, i};
        }
    if (n)
        qsort(items, n, sizeof *items, cmp_alias);
    size_t n_clashes = 0;
    for (size_t r = 1, first = 0; r < n; r++) {
        if (strcmp(items[r].alias, items[first].alias) != 0) {
            first = r;
            continue;
        }
        size_t m = items[r].metric, other = items[first].metric;
        if (m != other && cmp_str(ke_s(ds, ds->metrics[m].id), ke_s(ds, ds->metrics[other].id)) != 0)
            clashes[n_clashes++] = (alias_clash){m, other, items[r].alias};
    }
    if (n_clashes)
        qsort(clashes, n_clashes, sizeof *clashes, cmp_clash);
    for (size_t c = 0, end; c < n_clashes; c = end) {
        for (end = c + 1; end < n_clashes && clashes[end].metric == clashes[c].metric &&
                          clashes[end].other == clashes[c].other;)
            end++;
        const char *id = ke_s(ds, ds->metrics[clashes[c].other].id);
        size_t m = clashes[c].metric;
        if (end - c == 1)
            ke_diag_at(L, KE_K_METRICS, m, "aliases", "alias '%s' is also an alias of metric '%s'",
                       clashes[c].alias, id ? id : "?");
        else if (end - c == 2)
            ke_diag_at(L, KE_K_METRICS, m, "aliases", "aliases '%s' and '%s' are also aliases of metric '%s'",
                       clashes[c].alias, clashes[c + 1].alias, id ? id : "?");
        else
            ke_diag_at(L, KE_K_METRICS, m, "aliases",
                       "aliases '%s', '%s' and %zu more are also aliases of metric '%s'", clashes[c].alias,
                       clashes[c + 1].alias, end - c - 2, id ? id : "?");
    }
    free(clashes);
    free(items);
}

/* Listings (a list's models): the model and organizations they name, the
 * countries as the list names them, one listing per model and list. Marks
 * in `listed` the entities a listing names, which may have an English
 * name alone (the list's). */
static void check_listings(ke_loader *L, unsigned char *listed)
{
    const ke_dataset *ds = &L->out->ds;
    for (size_t i = 0; i < ds->n_listings; i++) {
        const ke_listing *li = &ds->listings[i];
        const char *model = ke_s(ds, li->model), *source = ke_s(ds, li->source);
        long m = find(L, KE_K_ENTITIES, model);
        if (model && m < 0)
            ke_diag_unresolved(L, KE_K_LISTINGS, i, "model", "entity", model, KE_K_ENTITIES, -1);
        else if (m >= 0 && ds->entities[m].kind != KE_ENTITY_MODEL)
            ke_diag_at(L, KE_K_LISTINGS, i, "model", "'%s' is an entity of kind %s, not a model",
                       model, ke_entity_kind_name(ds->entities[m].kind));
        else if (m >= 0 && listed)
            listed[m] = 1;
        for (size_t j = 0; j < li->organizations.n; j++) {
            char field[40];
            snprintf(field, sizeof field, "organizations[%zu]", j);
            long o = find(L, KE_K_ENTITIES, ke_item(ds, li->organizations, j));
            if (o < 0)
                ke_diag_unresolved(L, KE_K_LISTINGS, i, field, "entity", ke_item(ds, li->organizations, j),
                                   KE_K_ENTITIES, -1);
            else if (ds->entities[o].kind != KE_ENTITY_ORGANIZATION)
                ke_diag_at(L, KE_K_LISTINGS, i, field, "'%s' is an entity of kind %s, not an organization",
                           ke_item(ds, li->organizations, j), ke_entity_kind_name(ds->entities[o].kind));
            else if (listed)
                listed[o] = 1;
        }
        for (size_t j = 0; j < li->countries.n; j++) {
            const char *c = ke_item(ds, li->countries, j);
            char field[40];
            snprintf(field, sizeof field, "countries[%zu]", j);
            if (strcmp(c, KE_MULTINATIONAL) != 0 && find(L, KE_K_COUNTRIES, c) < 0)
                ke_diag_unresolved(L, KE_K_LISTINGS, i, field, "country", c, KE_K_COUNTRIES, -1);
            for (size_t k = 0; k < j; k++)
                if (strcmp(ke_item(ds, li->countries, k), c) == 0)
                    ke_diag_at(L, KE_K_LISTINGS, i, field, "'%s' is already listed: a country is named once", c);
        }
        /* sorted by model, then source: a repeat is the neighbour */
        if (i && model && source && ds->listings[i - 1].model.at && ds->listings[i - 1].source.at &&
            strcmp(model, ke_s(ds, ds->listings[i - 1].model)) == 0 &&
            strcmp(source, ke_s(ds, ds->listings[i - 1].source)) == 0)
            ke_diag_at(L, KE_K_LISTINGS, i, "source", "source '%s' already lists model '%s'", source,
                       model);
    }
}

static void check_entities(ke_loader *L)
{
    const ke_dataset *ds = &L->out->ds;
    unsigned char *listed = calloc(ds->n_entities ? ds->n_entities : 1, 1);
    check_listings(L, listed);
    static const char *const langs[] = {"en", "ko", "ja"};
    for (size_t i = 0; i < ds->n_entities; i++) {
        const ke_entity *e = &ds->entities[i];
        need_ref(L, KE_K_ENTITIES, i, "country", ke_s(ds, e->country), KE_K_COUNTRIES, "country");
        need_ref(L, KE_K_ENTITIES, i, "organization", ke_s(ds, e->organization), KE_K_ENTITIES, "entity");
        for (int l = KE_LANG_KO; l < KE_N_LANGS; l++)
            if (e->name.s[KE_LANG_EN].at && !e->name.s[l].at && listed && !listed[i])
                ke_diag_at(L, KE_K_ENTITIES, i, "name", "missing the '%s' name (only a model or "
                           "organization that a list of models names may have its English name alone)",
                           langs[l]);
    }
    free(listed);
}

static void check_events(ke_loader *L)
{
    for (size_t i = 0; i < L->out->ds.n_events; i++) {
        const ke_dataset *ds = &L->out->ds;
        const ke_event *e = &ds->events[i];
        for (size_t j = 0; j < e->entities.n; j++) {
            char field[32];
            snprintf(field, sizeof field, "entities[%zu]", j);
            if (subject_kind(L, ke_item(ds, e->entities, j)) < 0)
                ke_diag_unresolved(L, KE_K_EVENTS, i, field, "entity or country", ke_item(ds, e->entities, j),
                                   KE_K_ENTITIES, KE_K_COUNTRIES);
        }
    }
}

/* Events of one group: the dates sources give for one happening. */
static void check_event_groups(ke_loader *L)
{
    const ke_dataset *ds = &L->out->ds;
    ke_event *ev = L->out->arrays[KE_K_EVENTS];
    size_t *idx, k;
    if (ke_events_mark_groups(ev, L->out->ds.n_events, &L->out->ds, (ke_str){0}, &idx, &k) != 0) {
        ke_diag_file(L, "kaieco", 1, "out of memory"); /* the checks not skipped silently */
        return;
    }
    const ke_origin *orig = L->origins[KE_K_EVENTS];
    for (size_t start = 0, end; idx && start < k; start = end) {
        size_t flagged = 0;
        for (end = start; end < k && ev[idx[end]].group.at == ev[idx[start]].group.at; end++)
            flagged += (size_t)orig[idx[end]].flagged;
        if (end - start == 1)
            ke_diag_at(L, KE_K_EVENTS, idx[start], "group",
                       "group '%s' has no other event (a group holds the dates that sources give "
                       "for one happening)", ke_s(ds, ev[idx[start]].group));
        else if (flagged != 1)
            ke_diag_at(L, KE_K_EVENTS, idx[start], "default",
                       "%zu events are in group '%s': exactly one must be marked \"default\": true, "
                       "but %zu are", end - start, ke_s(ds, ev[idx[start]].group), flagged); /* 0, or 2 or more */
    }
    free(idx);
}

static void check_contest(ke_loader *L)
{
    const ke_dataset *ds = &L->out->ds;
    for (size_t i = 0; i < ds->n_teams; i++) {
        need_ref(L, KE_K_TEAMS, i, "organization", ke_s(ds, ds->teams[i].organization), KE_K_ENTITIES, "entity");
        need_ref(L, KE_K_TEAMS, i, "model", ke_s(ds, ds->teams[i].model), KE_K_ENTITIES, "entity");
    }
    /* Decisions are sorted by date: a team's first one must enter it, and
     * nothing may follow an elimination. */
    unsigned char *seen = calloc(ds->n_teams ? ds->n_teams : 1, 2);
    if (!seen) {
        ke_diag_file(L, "kaieco", 1, "out of memory"); /* the checks not skipped silently */
        return;
    }
    for (size_t i = 0; i < ds->n_decisions; i++) {
        const ke_contest_decision *d = &ds->decisions[i];
        const char *team = ke_s(ds, d->team);
        long t = find(L, KE_K_TEAMS, team);
        if (!team)
            continue;
        if (t < 0) {
            ke_diag_unresolved(L, KE_K_DECISIONS, i, "team", "contest team", team, KE_K_TEAMS, -1);
            continue;
        }
        unsigned char *state = &seen[2 * (size_t)t];
        if (!state[0] && d->outcome != KE_OUTCOME_SELECTED)
            ke_diag_at(L, KE_K_DECISIONS, i, "outcome", "team '%s' has no earlier 'selected' decision", team);
        if (state[1])
            ke_diag_at(L, KE_K_DECISIONS, i, "outcome", "team '%s' was already eliminated", team);
        state[1] |= d->outcome == KE_OUTCOME_ELIMINATED;
        state[0] = 1;
    }
    free(seen);
}

/* Of two records, the one written later (file order, then position). */
static int written_after(const ke_origin *a, const ke_origin *b)
{
    return a->file_seq != b->file_seq ? a->file_seq > b->file_seq : a->index > b->index;
}

static void check_observations(ke_loader *L)
{
    const ke_dataset *ds = &L->out->ds;
    ke_observation *obs = L->out->arrays[KE_K_OBSERVATIONS];
    size_t n = ds->n_observations;
    const ke_origin *orig = L->origins[KE_K_OBSERVATIONS];
    for (size_t i = 0; i < n; i++) {
        need_ref(L, KE_K_OBSERVATIONS, i, "metric", ke_s(ds, obs[i].metric), KE_K_METRICS, "metric");
        const char *entity = ke_s(ds, obs[i].entity);
        if (!entity)
            continue;
        int kind = subject_kind(L, entity);
        if (kind < 0)
            ke_diag_unresolved(L, KE_K_OBSERVATIONS, i, "entity", "entity or country", entity,
                               KE_K_ENTITIES, KE_K_COUNTRIES);
        obs[i].entity_kind = kind < 0 ? KE_ENTITY_COUNTRY : (ke_entity_kind)kind;
    }
    for (size_t start = 0, end; start < n; start = end) {
        end = ke_obs_group_end(obs, n, start);
        size_t n_default = 0;
        int repeated = 0;
        for (size_t i = start; i < end; i++) {
            n_default += (size_t)orig[i].flagged;
            /* sorted by source within the group: a repeat is the neighbour */
            if (i == start || !obs[i].source.at || obs[i].source.at != obs[i - 1].source.at)
                continue;
            size_t first = i - 1, later = i;
            if (written_after(&orig[first], &orig[later])) {
                first = i;
                later = i - 1;
            }
            repeated = 1;
            if (ke_diag_skip(L)) /* past the cap: counted only */
                continue;
            char where[512];
            ke_diag_at(L, KE_K_OBSERVATIONS, later, "source", "source '%s' already gives %s for %s in %s (%s)",
                       ke_s(ds, obs[later].source), ke_s(ds, obs[later].metric), ke_s(ds, obs[later].entity),
                       ke_s(ds, obs[later].period.text),
                       ke_diag_where(L, KE_K_OBSERVATIONS, first, where, sizeof where));
        }
        /* a repeated figure is one mistake, not also a missing default */
        if (end - start > 1 && n_default != 1 && !repeated)
            ke_diag_at(L, KE_K_OBSERVATIONS, start, "default",
                       "%zu sources give %s for %s in %s: exactly one must be marked "
                       "\"default\": true, but %zu are",
                       end - start, ke_s(ds, obs[start].metric), ke_s(ds, obs[start].entity),
                       ke_s(ds, obs[start].period.text), n_default); /* 0, or 2 or more */
    }
    ke_obs_mark_groups(obs, n, &L->out->ds, (ke_str){0});
}

/* Every reference as an index into the kind it names (the schema's
 * KE_F_INDEX fields), once the kinds are sorted and checked: queries read
 * a record's metric, subject or source without searching. The compiled-in
 * dataset is emitted from this too. */
static void resolve_refs(ke_loader *L)
{
    const ke_dataset *ds = &L->out->ds;
    for (int k = 0; k < KE_K_COUNT; k++)
        for (const ke_field *f = ke_schema[k].fields; f->name; f++) {
            if (f->type != KE_F_INDEX)
                continue;
            const ke_field *of = ke_field_find((ke_kind)k, f->ref_of);
            for (size_t i = 0; i < ke_kind_count(ds, (ke_kind)k); i++) {
                void *rec = ke_kind_record(ds, (ke_kind)k, i);
                int target = f->ref_kind;
                if (target == KE_REF_SUBJECT)
                    target = ((const ke_observation *)rec)->entity_kind == KE_ENTITY_COUNTRY ? KE_K_COUNTRIES
                                                                                           : KE_K_ENTITIES;
                long at = find(L, (ke_kind)target, ke_field_str(ds, rec, of));
                *(uint32_t *)KE_FIELD_PTR(rec, f) = at < 0 ? KE_NO_INDEX : (uint32_t)at;
            }
        }
}

void ke_validate(ke_loader *L)
{
    for (int k = 0; k < KE_K_COUNT; k++)
        if (sort_kind(L, (ke_kind)k) != 0) {
            ke_diag_file(L, "kaieco", 1, "out of memory");
            return;
        }
    check_unique(L, KE_K_SOURCES, "id", "source id");
    check_unique(L, KE_K_COUNTRIES, "alpha2", "alpha-2 code");
    check_unique(L, KE_K_COUNTRIES, "alpha3", "alpha-3 code");
    check_unique(L, KE_K_ENTITIES, "id", "entity id");
    check_unique(L, KE_K_METRICS, "id", "metric id");
    check_unique(L, KE_K_EVENTS, "id", "event id");
    check_unique(L, KE_K_TEAMS, "id", "team id");
    check_unique(L, KE_K_RULES, "id", "rule id");
    /* entities after the listings that name them (check_entities) */
    check_sources(L);
    check_metric_aliases(L);
    check_entities(L);
    check_events(L);
    check_event_groups(L);
    check_contest(L);
    check_observations(L);
    resolve_refs(L);
}
