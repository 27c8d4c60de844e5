/* Validation of dataset records: field forms (table-driven, one spec per
 * kind), unique ids, references that must resolve, and the rules for
 * observations that several sources give. Also sorts the records into the
 * order the library expects. */
#include "dsc.h"
#include "kaieco/dataset.h"
#include "kaieco/date.h"
#include "kaieco/suggest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- field specifications -------------------------------------------- */

typedef enum ftype {
    F_STR,     /* non-empty string */
    F_ID,      /* slug */
    F_DATE,    /* ISO 8601 year, month or day */
    F_NAMES,   /* {"en","ko","ja"} all required */
    F_TITLE,   /* {"en"} required, "ko"/"ja" optional */
    F_STRLIST, /* array of non-empty strings */
    F_SLUGLIST,/* array of slugs */
    F_BOOL,
    F_RANK,    /* positive integer */
    F_VALUE,   /* decimal number as a string */
    F_ENUM,
    F_ALPHA2,
    F_ALPHA3
} ftype;

typedef struct field_spec {
    const char *name;
    ftype type;
    int required;
    const char *const *choices; /* F_ENUM: NULL-terminated */
} field_spec;

static const char *const source_kinds[] = {"article", "primary", "secondary", NULL};
static const char *const languages[] = {"en", "ko", "ja", NULL};
static const char *const entity_kinds[] = {"organization", "person", "model", "product",
                                           "baseline", "program", NULL};
static const char *const approx_words[] = {"about", "over", "under", "up-to", "at-least", NULL};
static const char *const outcomes[] = {"selected", "advanced", "eliminated", NULL};

static const field_spec source_fields[] = {
    {"id", F_ID, 1, NULL}, {"kind", F_ENUM, 1, source_kinds}, {"outlet", F_STR, 1, NULL},
    {"title", F_STR, 1, NULL}, {"date", F_DATE, 1, NULL}, {"language", F_ENUM, 1, languages},
    {"url", F_STR, 0, NULL}, {"seed", F_STR, 0, NULL}, {"cites", F_SLUGLIST, 0, NULL},
    {"note", F_STR, 0, NULL}, {NULL, 0, 0, NULL}};
static const field_spec country_fields[] = {
    {"alpha2", F_ALPHA2, 1, NULL}, {"alpha3", F_ALPHA3, 1, NULL}, {"name", F_NAMES, 1, NULL},
    {"aliases", F_STRLIST, 0, NULL}, {NULL, 0, 0, NULL}};
static const field_spec entity_fields[] = {
    {"id", F_ID, 1, NULL}, {"kind", F_ENUM, 1, entity_kinds}, {"name", F_NAMES, 1, NULL},
    {"aliases", F_STRLIST, 0, NULL}, {"country", F_ALPHA2, 0, NULL},
    {"organization", F_ID, 0, NULL}, {"role", F_STR, 0, NULL}, {"released", F_DATE, 0, NULL},
    {"founded", F_DATE, 0, NULL}, {"source", F_ID, 1, NULL}, {"note", F_STR, 0, NULL},
    {NULL, 0, 0, NULL}};
static const field_spec metric_fields[] = {
    {"id", F_ID, 1, NULL}, {"aliases", F_STRLIST, 0, NULL}, {"name", F_NAMES, 1, NULL},
    {"unit", F_STR, 1, NULL}, {"definition", F_STR, 1, NULL},
    {"higher_is_better", F_BOOL, 1, NULL}, {NULL, 0, 0, NULL}};
static const field_spec observation_fields[] = {
    {"metric", F_ID, 1, NULL}, {"entity", F_STR, 1, NULL}, {"period", F_DATE, 1, NULL},
    {"value", F_VALUE, 1, NULL}, {"approx", F_ENUM, 0, approx_words}, {"rank", F_RANK, 0, NULL},
    {"source", F_ID, 1, NULL}, {"default", F_BOOL, 0, NULL},
    {"default_reason", F_STR, 0, NULL}, {"note", F_STR, 0, NULL}, {NULL, 0, 0, NULL}};
static const field_spec event_fields[] = {
    {"id", F_ID, 1, NULL}, {"date", F_DATE, 1, NULL}, {"title", F_TITLE, 1, NULL},
    {"tags", F_SLUGLIST, 1, NULL}, {"entities", F_STRLIST, 0, NULL}, {"source", F_ID, 1, NULL},
    {"note", F_STR, 0, NULL}, {NULL, 0, 0, NULL}};
static const field_spec team_fields[] = {
    {"id", F_ID, 1, NULL}, {"organization", F_ID, 1, NULL}, {"model", F_ID, 0, NULL},
    {"source", F_ID, 1, NULL}, {"note", F_STR, 0, NULL}, {NULL, 0, 0, NULL}};
static const field_spec decision_fields[] = {
    {"date", F_DATE, 1, NULL}, {"team", F_ID, 1, NULL}, {"outcome", F_ENUM, 1, outcomes},
    {"reason", F_STR, 1, NULL}, {"source", F_ID, 1, NULL}, {"note", F_STR, 0, NULL},
    {NULL, 0, 0, NULL}};
static const field_spec rule_fields[] = {
    {"id", F_ID, 1, NULL}, {"text", F_STR, 1, NULL}, {"source", F_ID, 1, NULL},
    {"note", F_STR, 0, NULL}, {NULL, 0, 0, NULL}};

static const field_spec *const specs[K_COUNT] = {
    source_fields, country_fields, entity_fields, metric_fields, observation_fields,
    event_fields,  team_fields,    decision_fields, rule_fields,
};

/* ---- value forms -------------------------------------------------------- */

static int is_slug(const char *s)
{
    if (!*s)
        return 0;
    int prev_dash = 1;
    for (; *s; s++) {
        if (*s == '-') {
            if (prev_dash)
                return 0;
            prev_dash = 1;
        } else if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')) {
            prev_dash = 0;
        } else {
            return 0;
        }
    }
    return !prev_dash;
}

static int is_upper_code(const char *s, size_t len)
{
    if (strlen(s) != len)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return 1;
}

static int is_decimal(const char *s)
{
    if (*s == '-')
        s++;
    if (*s < '0' || *s > '9')
        return 0;
    while (*s >= '0' && *s <= '9')
        s++;
    if (*s == '.') {
        s++;
        if (*s < '0' || *s > '9')
            return 0;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    return *s == '\0';
}

static void check_lang_object(const record *r, const char *field, json_t *v, int all_required)
{
    static const char *const langs[] = {"en", "ko", "ja"};
    if (!json_is_object(v)) {
        report_at(r, field, "must be an object {\"en\": ..., \"ko\": ..., \"ja\": ...}");
        return;
    }
    for (int i = 0; i < 3; i++) {
        json_t *s = json_object_get(v, langs[i]);
        if (!s) {
            if (all_required || i == 0)
                report_at(r, field, "missing the '%s' name", langs[i]);
        } else if (!json_is_string(s) || !*json_string_value(s)) {
            report_at(r, field, "'%s' must be a non-empty string", langs[i]);
        }
    }
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        if (strcmp(key, "en") && strcmp(key, "ko") && strcmp(key, "ja"))
            report_at(r, field, "unknown language '%s' (expected en, ko, ja)", key);
    }
}

static void check_field(const record *r, const field_spec *f, json_t *v)
{
    const char *s = json_string_value(v);
    int prec;
    switch (f->type) {
    case F_STR:
    case F_ID:
    case F_DATE:
    case F_VALUE:
    case F_ENUM:
    case F_ALPHA2:
    case F_ALPHA3:
        if (!s) {
            report_at(r, f->name, "must be a string");
            return;
        }
        break;
    default:
        break;
    }
    switch (f->type) {
    case F_STR:
        if (!*s)
            report_at(r, f->name, "must not be empty");
        break;
    case F_ID:
        if (!is_slug(s))
            report_at(r, f->name, "'%s' is not an id (lowercase letters, digits and single dashes)", s);
        break;
    case F_DATE:
        if (!ke_date_parse(s, &prec))
            report_at(r, f->name, "'%s' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", s);
        break;
    case F_VALUE:
        if (!is_decimal(s))
            report_at(r, f->name, "'%s' is not a decimal number as the source prints it "
                                  "(digits, optional '-' and '.', no separators or units)", s);
        break;
    case F_ENUM: {
        int ok = 0;
        for (const char *const *c = f->choices; *c; c++)
            ok |= strcmp(*c, s) == 0;
        if (!ok) {
            ke_suggester sg;
            ke_suggest_init(&sg, s);
            for (const char *const *c = f->choices; *c; c++)
                ke_suggest_add(&sg, *c);
            const char *best = ke_suggest_result(&sg);
            if (best)
                report_at(r, f->name, "'%s' is not allowed; did you mean '%s'?", s, best);
            else
                report_at(r, f->name, "'%s' is not allowed", s);
        }
        break;
    }
    case F_ALPHA2:
        if (!is_upper_code(s, 2))
            report_at(r, f->name, "'%s' is not an ISO 3166-1 alpha-2 code (two capital letters)", s);
        break;
    case F_ALPHA3:
        if (!is_upper_code(s, 3))
            report_at(r, f->name, "'%s' is not an ISO 3166-1 alpha-3 code (three capital letters)", s);
        break;
    case F_NAMES:
        check_lang_object(r, f->name, v, 1);
        break;
    case F_TITLE:
        check_lang_object(r, f->name, v, 0);
        break;
    case F_STRLIST:
    case F_SLUGLIST: {
        if (!json_is_array(v)) {
            report_at(r, f->name, "must be an array of strings");
            break;
        }
        size_t i;
        json_t *item;
        json_array_foreach(v, i, item) {
            const char *is = json_string_value(item);
            if (!is || !*is)
                report_at(r, f->name, "item %zu must be a non-empty string", i);
            else if (f->type == F_SLUGLIST && !is_slug(is))
                report_at(r, f->name, "item %zu '%s' is not an id", i, is);
        }
        break;
    }
    case F_BOOL:
        if (!json_is_boolean(v))
            report_at(r, f->name, "must be true or false");
        break;
    case F_RANK:
        if (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 100000)
            report_at(r, f->name, "must be a positive integer (the rank the source states)");
        break;
    }
}

static void check_fields(const record *r)
{
    const field_spec *spec = specs[r->kind];
    for (const field_spec *f = spec; f->name; f++) {
        json_t *v = json_object_get(r->obj, f->name);
        if (!v) {
            if (f->required)
                report_at(r, f->name, "missing (required)");
            continue;
        }
        check_field(r, f, v);
    }
    const char *key;
    json_t *val;
    json_object_foreach(r->obj, key, val) {
        int known = 0;
        ke_suggester sg;
        ke_suggest_init(&sg, key);
        for (const field_spec *f = spec; f->name; f++) {
            known |= strcmp(f->name, key) == 0;
            ke_suggest_add(&sg, f->name);
        }
        if (!known) {
            const char *best = ke_suggest_result(&sg);
            if (best)
                report_at(r, key, "unknown field; did you mean '%s'?", best);
            else
                report_at(r, key, "unknown field");
        }
    }
}

/* ---- lookups ------------------------------------------------------------ */

/* The key that identifies a record of a kind (NULL for kinds without one). */
static const char *record_key(const record *r)
{
    switch (r->kind) {
    case K_COUNTRIES:
        return rstr(r, "alpha2");
    case K_OBSERVATIONS:
    case K_DECISIONS:
        return NULL;
    default:
        return rstr(r, "id");
    }
}

static const record *find(const dataset_src *ds, enum kind k, const char *key)
{
    if (!key)
        return NULL;
    for (size_t i = 0; i < ds->n[k]; i++) {
        const char *rk = record_key(&ds->recs[k][i]);
        if (rk && strcmp(rk, key) == 0)
            return &ds->recs[k][i];
    }
    return NULL;
}

/* Reports a reference that does not resolve, with the closest valid key. */
static void report_unresolved(const dataset_src *ds, const record *r, const char *field,
                              const char *what, const char *value, enum kind k1, int k2)
{
    ke_suggester sg;
    ke_suggest_init(&sg, value);
    for (size_t i = 0; i < ds->n[k1]; i++)
        ke_suggest_add(&sg, record_key(&ds->recs[k1][i]));
    if (k2 >= 0)
        for (size_t i = 0; i < ds->n[k2]; i++)
            ke_suggest_add(&sg, record_key(&ds->recs[k2][i]));
    const char *best = ke_suggest_result(&sg);
    if (best)
        report_at(r, field, "unknown %s '%s'; did you mean '%s'?", what, value, best);
    else
        report_at(r, field, "unknown %s '%s'", what, value);
}

static void need_ref(const dataset_src *ds, const record *r, const char *field, enum kind k,
                     const char *what)
{
    const char *v = rstr(r, field);
    if (v && !find(ds, k, v))
        report_unresolved(ds, r, field, what, v, k, -1);
}

/* An entity reference: a country alpha-2 or an entity id. Returns the
 * ke_entity_kind, or -1. */
static int resolve_subject(const dataset_src *ds, const char *v)
{
    if (find(ds, K_COUNTRIES, v))
        return KE_ENTITY_COUNTRY;
    const record *e = find(ds, K_ENTITIES, v);
    if (!e)
        return -1;
    const char *kind = rstr(e, "kind");
    for (int i = 0; entity_kinds[i]; i++)
        if (kind && strcmp(kind, entity_kinds[i]) == 0)
            return KE_ENTITY_ORGANIZATION + i;
    return -1;
}

/* ---- checks across records ---------------------------------------------- */

static void check_unique(const dataset_src *ds, enum kind k, const char *field, const char *what)
{
    for (size_t i = 0; i < ds->n[k]; i++) {
        const char *a = rstr(&ds->recs[k][i], field);
        if (!a)
            continue;
        for (size_t j = 0; j < i; j++) {
            const char *b = rstr(&ds->recs[k][j], field);
            if (b && strcmp(a, b) == 0) {
                char where[512];
                report_at(&ds->recs[k][i], field, "duplicate %s '%s' (first defined in %s)", what, a,
                          record_where(&ds->recs[k][j], where, sizeof where));
                break;
            }
        }
    }
}

static void check_source_refs(const dataset_src *ds)
{
    for (int k = 0; k < K_COUNT; k++)
        for (size_t i = 0; i < ds->n[k]; i++)
            need_ref(ds, &ds->recs[k][i], "source", K_SOURCES, "source");
    for (size_t i = 0; i < ds->n[K_SOURCES]; i++) {
        const record *r = &ds->recs[K_SOURCES][i];
        const char *kind = rstr(r, "kind");
        if (kind && strcmp(kind, "article") == 0 && !rstr(r, "seed"))
            report_at(r, "seed", "missing: an article source names its seed file");
        json_t *cites = json_object_get(r->obj, "cites");
        size_t j;
        json_t *c;
        json_array_foreach(cites, j, c) {
            const char *id = json_string_value(c);
            if (id && !find(ds, K_SOURCES, id))
                report_unresolved(ds, r, "cites", "source", id, K_SOURCES, -1);
            if (id && rstr(r, "id") && strcmp(id, rstr(r, "id")) == 0)
                report_at(r, "cites", "a source cannot cite itself");
        }
    }
}

static void check_metric_aliases(const dataset_src *ds)
{
    /* Every id and alias a user may type must name exactly one metric. */
    for (size_t i = 0; i < ds->n[K_METRICS]; i++) {
        const record *r = &ds->recs[K_METRICS][i];
        json_t *aliases = json_object_get(r->obj, "aliases");
        size_t a;
        json_t *alias;
        json_array_foreach(aliases, a, alias) {
            const char *s = json_string_value(alias);
            if (!s)
                continue;
            for (size_t j = 0; j < ds->n[K_METRICS]; j++) {
                const record *o = &ds->recs[K_METRICS][j];
                const char *oid = rstr(o, "id");
                if (oid && strcmp(oid, s) == 0)
                    report_at(r, "aliases", "alias '%s' is the id of another metric", s);
                if (j >= i)
                    continue;
                size_t b;
                json_t *oalias;
                json_array_foreach(json_object_get(o->obj, "aliases"), b, oalias)
                    if (json_string_value(oalias) && strcmp(json_string_value(oalias), s) == 0)
                        report_at(r, "aliases", "alias '%s' is also an alias of metric '%s'", s,
                                  oid ? oid : "?");
            }
        }
    }
}

static void check_entities(const dataset_src *ds)
{
    for (size_t i = 0; i < ds->n[K_ENTITIES]; i++) {
        const record *r = &ds->recs[K_ENTITIES][i];
        need_ref(ds, r, "country", K_COUNTRIES, "country");
        need_ref(ds, r, "organization", K_ENTITIES, "entity");
        const char *org = rstr(r, "organization");
        const char *id = rstr(r, "id");
        if (org && id && strcmp(org, id) == 0)
            report_at(r, "organization", "an entity cannot be its own organization");
    }
}

static void check_events(const dataset_src *ds)
{
    for (size_t i = 0; i < ds->n[K_EVENTS]; i++) {
        const record *r = &ds->recs[K_EVENTS][i];
        size_t j;
        json_t *e;
        json_array_foreach(json_object_get(r->obj, "entities"), j, e) {
            const char *v = json_string_value(e);
            char field[32];
            snprintf(field, sizeof field, "entities[%zu]", j);
            if (v && resolve_subject(ds, v) < 0)
                report_unresolved(ds, r, field, "entity or country", v, K_ENTITIES, K_COUNTRIES);
        }
    }
}

static int cmp_date_text(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

static void check_contest(const dataset_src *ds)
{
    for (size_t i = 0; i < ds->n[K_TEAMS]; i++) {
        const record *r = &ds->recs[K_TEAMS][i];
        need_ref(ds, r, "organization", K_ENTITIES, "entity");
        need_ref(ds, r, "model", K_ENTITIES, "entity");
    }
    for (size_t i = 0; i < ds->n[K_DECISIONS]; i++)
        need_ref(ds, &ds->recs[K_DECISIONS][i], "team", K_TEAMS, "contest team");
    /* Decisions are sorted by date: a team's first one must enter it, and
     * nothing may follow an elimination. */
    for (size_t t = 0; t < ds->n[K_TEAMS]; t++) {
        const char *team = rstr(&ds->recs[K_TEAMS][t], "id");
        int seen = 0, eliminated = 0;
        for (size_t i = 0; i < ds->n[K_DECISIONS]; i++) {
            const record *d = &ds->recs[K_DECISIONS][i];
            const char *dt = rstr(d, "team"), *outcome = rstr(d, "outcome");
            if (!team || !dt || !outcome || strcmp(dt, team))
                continue;
            if (!seen && strcmp(outcome, "selected"))
                report_at(d, "outcome", "team '%s' has no earlier 'selected' decision", team);
            if (eliminated)
                report_at(d, "outcome", "team '%s' was already eliminated", team);
            eliminated |= strcmp(outcome, "eliminated") == 0;
            seen = 1;
        }
    }
}

static int same_group(const record *a, const record *b)
{
    const char *fields[] = {"metric", "entity", "period"};
    for (int i = 0; i < 3; i++) {
        const char *x = rstr(a, fields[i]), *y = rstr(b, fields[i]);
        if (!x || !y || strcmp(x, y))
            return 0;
    }
    return 1;
}

static void check_observations(dataset_src *ds)
{
    size_t n = ds->n[K_OBSERVATIONS];
    record *obs = ds->recs[K_OBSERVATIONS];
    for (size_t i = 0; i < n; i++) {
        record *r = &obs[i];
        need_ref(ds, r, "metric", K_METRICS, "metric");
        const char *ent = rstr(r, "entity");
        if (ent) {
            r->entity_kind = resolve_subject(ds, ent);
            if (r->entity_kind < 0)
                report_unresolved(ds, r, "entity", "entity or country", ent, K_ENTITIES, K_COUNTRIES);
        }
        json_t *dflt = json_object_get(r->obj, "default");
        int flagged = json_is_true(dflt);
        if (json_is_false(dflt))
            report_at(r, "default", "write nothing rather than false: only the default figure is flagged");
        if (flagged && !rstr(r, "default_reason"))
            report_at(r, "default_reason", "missing: say why this figure is shown by default");
        if (!flagged && rstr(r, "default_reason"))
            report_at(r, "default_reason", "given, but the figure is not marked \"default\": true");
    }
    /* Groups: same metric, entity and period. Records are sorted, so a
     * group is a run of neighbours. */
    for (size_t start = 0; start < n;) {
        size_t end = start + 1;
        while (end < n && same_group(&obs[start], &obs[end]))
            end++;
        size_t n_default = 0;
        int differ = 0, repeated = 0;
        for (size_t i = start; i < end; i++) {
            n_default += json_is_true(json_object_get(obs[i].obj, "default"));
            for (size_t j = start; j < i; j++) {
                const char *si = rstr(&obs[i], "source"), *sj = rstr(&obs[j], "source");
                if (si && sj && strcmp(si, sj) == 0) {
                    /* blame the one that comes later in file order */
                    const record *first = &obs[j], *later = &obs[i];
                    if (first->file_seq > later->file_seq ||
                        (first->file_seq == later->file_seq && first->index > later->index)) {
                        first = &obs[i];
                        later = &obs[j];
                    }
                    char where[512];
                    report_at(later, "source", "source '%s' already gives %s for %s in %s (%s)", si,
                              rstr(later, "metric"), rstr(later, "entity"), rstr(later, "period"),
                              record_where(first, where, sizeof where));
                    repeated = 1;
                }
                const char *vi = rstr(&obs[i], "value"), *vj = rstr(&obs[j], "value");
                json_int_t ri = json_integer_value(json_object_get(obs[i].obj, "rank"));
                json_int_t rj = json_integer_value(json_object_get(obs[j].obj, "rank"));
                /* a rank one source states and another does not is no
                 * disagreement; two different stated ranks are */
                if ((vi && vj && strtod(vi, NULL) != strtod(vj, NULL)) || (ri && rj && ri != rj))
                    differ = 1;
            }
        }
        /* a repeated figure is one mistake, not also a missing default */
        if (end - start > 1 && n_default != 1 && !repeated) {
            const record *r = &obs[start];
            report_at(r, "default",
                      "%zu sources give %s for %s in %s: exactly one must be marked "
                      "\"default\": true, but %zu %s", end - start, rstr(r, "metric"), rstr(r, "entity"),
                      rstr(r, "period"), n_default, n_default == 1 ? "is" : "are");
        }
        for (size_t i = start; i < end; i++) {
            obs[i].is_default = end - start == 1 || json_is_true(json_object_get(obs[i].obj, "default"));
            obs[i].disputed = differ;
        }
        start = end;
    }
}

/* ---- sorting -------------------------------------------------------------- */

static int cmp_field_seq(const record *a, const record *b, const char *const *fields)
{
    for (; *fields; fields++) {
        int c = cmp_date_text(rstr(a, *fields), rstr(b, *fields));
        if (c)
            return c;
    }
    /* stable tie-break: file (command-line order) then position */
    if (a->file_seq != b->file_seq)
        return a->file_seq < b->file_seq ? -1 : 1;
    return (a->index > b->index) - (a->index < b->index);
}

static const char *const *sort_keys;
static int cmp_records(const void *a, const void *b)
{
    return cmp_field_seq(a, b, sort_keys);
}

static void sort_kind(dataset_src *ds, enum kind k, const char *const *keys)
{
    sort_keys = keys;
    qsort(ds->recs[k], ds->n[k], sizeof(record), cmp_records);
}

static void sort_all(dataset_src *ds)
{
    static const char *const by_id[] = {"id", NULL};
    static const char *const by_alpha2[] = {"alpha2", NULL};
    static const char *const by_obs[] = {"metric", "entity", "period", "source", NULL};
    static const char *const by_date_id[] = {"date", "id", NULL};
    static const char *const by_date_team[] = {"date", "team", NULL};
    sort_kind(ds, K_SOURCES, by_id);
    sort_kind(ds, K_COUNTRIES, by_alpha2);
    sort_kind(ds, K_ENTITIES, by_id);
    sort_kind(ds, K_METRICS, by_id);
    sort_kind(ds, K_OBSERVATIONS, by_obs);
    sort_kind(ds, K_EVENTS, by_date_id);
    sort_kind(ds, K_TEAMS, by_id);
    sort_kind(ds, K_DECISIONS, by_date_team);
    sort_kind(ds, K_RULES, by_id);
}

void validate(dataset_src *ds)
{
    for (int k = 0; k < K_COUNT; k++)
        for (size_t i = 0; i < ds->n[k]; i++)
            check_fields(&ds->recs[k][i]);

    check_unique(ds, K_SOURCES, "id", "source id");
    check_unique(ds, K_COUNTRIES, "alpha2", "alpha-2 code");
    check_unique(ds, K_COUNTRIES, "alpha3", "alpha-3 code");
    check_unique(ds, K_ENTITIES, "id", "entity id");
    check_unique(ds, K_METRICS, "id", "metric id");
    check_unique(ds, K_EVENTS, "id", "event id");
    check_unique(ds, K_TEAMS, "id", "team id");
    check_unique(ds, K_RULES, "id", "rule id");
    /* after the uniqueness checks, so that "first defined in" is the first
     * in file order */
    sort_all(ds);

    check_source_refs(ds);
    check_metric_aliases(ds);
    check_entities(ds);
    check_events(ds);
    check_contest(ds);
    check_observations(ds);
}
