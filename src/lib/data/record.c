/* One record at a time: the form of every field (from the schema), the
 * rules that concern one record only, and its conversion into the struct
 * the queries read. */
#include "data/loader.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "suggest.h"

/* ---- value forms ---------------------------------------------------------- */

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

/* Digits from the first non-zero one to the last: a double holds 15 of
 * them exactly, so with at most 15 a value orders, and prints in JSON, as
 * the source gave it. Zeros that end a whole number count too (they may be
 * digits the source printed), unless the number is that large only by its
 * magnitude: training compute of 4300000000000000000000000 FLOP is 4.3e24,
 * two significant digits. A whole part of more than MAX_WHOLE digits is
 * too large whatever its digits. */
#define MAX_SIGNIFICANT 15
#define MAX_WHOLE 30
static size_t significant_digits(const char *s)
{
    size_t n = 0, zeros = 0, whole = 0;
    int leading = 1, in_fraction = 0;
    for (; *s; s++) {
        if (*s == '.')
            in_fraction = 1;
        if (*s < '0' || *s > '9')
            continue;
        if (*s != '0')
            leading = 0;
        if (!leading && !in_fraction)
            whole++;
        if (leading)
            continue;
        if (*s == '0' && !in_fraction) {
            zeros++;
            continue;
        }
        n += zeros + 1;
        zeros = 0;
    }
    /* a whole number's final zeros are magnitude once they pass 15 digits */
    return whole > MAX_WHOLE ? whole : n + (n + zeros <= MAX_SIGNIFICANT ? zeros : 0);
}

/* ---- form checks ---------------------------------------------------------- */

typedef struct rec_ctx {
    ke_loader *L;
    ke_kind k;
    size_t i; /* index in the kind's array */
} rec_ctx;

#define REPORT(c, field, ...) ke_diag_at((c)->L, (c)->k, (c)->i, field, __VA_ARGS__)

static void check_lang_object(const rec_ctx *c, const char *field, json_t *v, int all_required)
{
    static const char *const langs[] = {"en", "ko", "ja"};
    if (!json_is_object(v)) {
        REPORT(c, field, "must be an object {\"en\": ..., \"ko\": ..., \"ja\": ...}");
        return;
    }
    for (int i = 0; i < 3; i++) {
        json_t *s = json_object_get(v, langs[i]);
        if (!s) {
            if (all_required || i == 0)
                REPORT(c, field, "missing the '%s' name", langs[i]);
        } else if (!json_is_string(s) || !*json_string_value(s)) {
            REPORT(c, field, "'%s' must be a non-empty string", langs[i]);
        }
    }
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        if (strcmp(key, "en") && strcmp(key, "ko") && strcmp(key, "ja"))
            REPORT(c, field, "unknown language '%s' (expected en, ko, ja)", key);
    }
}

static void check_choice(const rec_ctx *c, const ke_field *f, const char *s)
{
    for (const char *const *ch = f->choices; *ch; ch++)
        if (strcmp(*ch, s) == 0)
            return;
    ke_suggester sg;
    ke_suggest_init(&sg, s);
    for (const char *const *ch = f->choices; *ch; ch++)
        ke_suggest_add(&sg, *ch);
    const char *best = ke_suggest_result(&sg);
    if (best)
        REPORT(c, f->name, "'%s' is not allowed; did you mean '%s'?", s, best);
    else
        REPORT(c, f->name, "'%s' is not allowed", s);
}

static int is_string_type(ke_ftype t)
{
    return t == KE_F_STR || t == KE_F_ID || t == KE_F_DATE || t == KE_F_VALUE || t == KE_F_ENUM ||
           t == KE_F_CHOICE || t == KE_F_ALPHA2 || t == KE_F_ALPHA3;
}

static void check_field(const rec_ctx *c, const ke_field *f, json_t *v)
{
    const char *s = json_string_value(v);
    int prec;
    if (is_string_type(f->type) && !s) {
        REPORT(c, f->name, "must be a string");
        return;
    }
    switch (f->type) {
    case KE_F_STR:
        if (!*s)
            REPORT(c, f->name, "must not be empty");
        break;
    case KE_F_ID:
        if (!is_slug(s))
            REPORT(c, f->name, "'%s' is not an id (lowercase letters, digits and single dashes)", s);
        break;
    case KE_F_DATE:
        if (!ke_date_parse(s, &prec))
            REPORT(c, f->name, "'%s' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", s);
        break;
    case KE_F_VALUE:
        if (!is_decimal(s))
            REPORT(c, f->name, "'%s' is not a decimal number as the source prints it "
                               "(digits, optional '-' and '.', no separators or units)", s);
        else if (significant_digits(s) > MAX_SIGNIFICANT)
            REPORT(c, f->name, "'%.40s%s' has %zu significant digits; at most %d are kept exactly",
                   s, strlen(s) > 40 ? "..." : "", significant_digits(s), MAX_SIGNIFICANT);
        break;
    case KE_F_ENUM:
    case KE_F_CHOICE:
        check_choice(c, f, s);
        break;
    case KE_F_ALPHA2:
        if (!is_upper_code(s, 2))
            REPORT(c, f->name, "'%s' is not an ISO 3166-1 alpha-2 code (two capital letters)", s);
        break;
    case KE_F_ALPHA3:
        if (!is_upper_code(s, 3))
            REPORT(c, f->name, "'%s' is not an ISO 3166-1 alpha-3 code (three capital letters)", s);
        break;
    case KE_F_NAMES:
        check_lang_object(c, f->name, v, 1);
        break;
    case KE_F_TITLE:
        check_lang_object(c, f->name, v, 0);
        break;
    case KE_F_STRLIST:
    case KE_F_SLUGLIST: {
        if (!json_is_array(v)) {
            REPORT(c, f->name, "must be an array of strings");
            break;
        }
        size_t i;
        json_t *item;
        json_array_foreach(v, i, item) {
            const char *is = json_string_value(item);
            if (!is || !*is)
                REPORT(c, f->name, "item %zu must be a non-empty string", i);
            else if (f->type == KE_F_SLUGLIST && !is_slug(is))
                REPORT(c, f->name, "item %zu '%s' is not an id", i, is);
        }
        break;
    }
    case KE_F_BOOL:
        if (!json_is_boolean(v))
            REPORT(c, f->name, "must be true or false");
        break;
    case KE_F_FLAG:
        if (!json_is_boolean(v))
            REPORT(c, f->name, "must be true or false");
        else if (json_is_false(v))
            REPORT(c, f->name, "write nothing rather than false: only the default figure is flagged");
        break;
    case KE_F_RANK:
        if (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 100000)
            REPORT(c, f->name, "must be a positive integer (the rank the source states)");
        break;
    case KE_F_COMPUTED:
    case KE_F_INDEX:
        break;
    }
}

/* The record's members by schema field, read in one pass over the object
 * (no hash look-up per field). */
enum { MAX_FIELDS = 32 };
typedef struct members {
    json_t *value[MAX_FIELDS]; /* by the field's index in the schema */
} members;

/* A field's member: from the pass, or looked up for a field beyond the
 * first MAX_FIELDS of its kind (none today). */
static json_t *member(const members *m, json_t *obj, const ke_field *spec, const ke_field *f)
{
    return f - spec < MAX_FIELDS ? m->value[f - spec] : json_object_get(obj, f->name);
}

static void report_unknown(const rec_ctx *c, const char *key)
{
    ke_suggester sg;
    ke_suggest_init(&sg, key);
    for (const ke_field *g = ke_schema[c->k].fields; g->name; g++)
        if (!ke_field_derived(g))
            ke_suggest_add(&sg, g->name);
    const char *best = ke_suggest_result(&sg);
    if (best)
        REPORT(c, key, "unknown field; did you mean '%s'?", best);
    else
        REPORT(c, key, "unknown field");
}

/* Every field's form, in schema order (missing or wrong), then every
 * unknown member in the order written. */
static void check_fields(const rec_ctx *c, json_t *obj, members *m)
{
    const ke_field *spec = ke_schema[c->k].fields;
    int unknown = 0;
    const char *key;
    json_t *val;
    json_object_foreach(obj, key, val) {
        const ke_field *f = ke_field_find(c->k, key);
        if (!f || ke_field_derived(f))
            unknown = 1;
        else if (f - spec < MAX_FIELDS)
            m->value[f - spec] = val;
    }
    for (const ke_field *f = spec; f->name; f++) {
        if (ke_field_derived(f))
            continue;
        json_t *v = member(m, obj, spec, f);
        if (!v) {
            if (f->required)
                REPORT(c, f->name, "missing (required)");
            continue;
        }
        check_field(c, f, v);
    }
    if (!unknown)
        return;
    json_object_foreach(obj, key, val) {
        const ke_field *f = ke_field_find(c->k, key);
        if (!f || ke_field_derived(f))
            report_unknown(c, key);
    }
}

/* ---- conversion ---------------------------------------------------------- */

static ke_strlist convert_list(ke_pool *a, json_t *v)
{
    ke_strlist l = {(uint32_t)a->n_items, 0};
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) {
        if (json_is_string(item))
            ke_pool_item(a, ke_pool_add(a, json_string_value(item)));
    }
    /* out of memory, the entries that were kept (the load fails anyway) */
    l.n = (uint32_t)(a->n_items - l.first);
    if (!l.n)
        l.first = 0;
    return l;
}

static void convert_field(ke_pool *a, void *rec, const ke_field *f, json_t *v, ke_origin *origin)
{
    void *p = KE_FIELD_PTR(rec, f);
    const char *s = json_string_value(v);
    switch (f->type) {
    case KE_F_STR:
    case KE_F_ID:
    case KE_F_ALPHA2:
    case KE_F_ALPHA3:
    case KE_F_CHOICE:
        *(ke_str *)p = ke_pool_add(a, s);
        break;
    case KE_F_ENUM: {
        int index = -1; /* not a choice: the record is rejected anyway */
        for (int i = 0; s && f->choices[i]; i++)
            if (strcmp(f->choices[i], s) == 0)
                index = i;
        *(int *)p = f->enum_base + index;
        break;
    }
    case KE_F_DATE: {
        int prec = 0;
        if (s && ke_date_parse(s, &prec))
            *(ke_date *)p = (ke_date){ke_pool_add(a, s), (ke_precision)prec};
        else
            *(ke_date *)p = (ke_date){ke_pool_add(a, s), (ke_precision)0};
        break;
    }
    case KE_F_NAMES:
    case KE_F_TITLE: {
        static const char *const langs[] = {"en", "ko", "ja"};
        ke_names *n = p;
        for (int l = 0; l < KE_N_LANGS; l++)
            n->s[l] = ke_pool_add(a, json_string_value(json_object_get(v, langs[l])));
        break;
    }
    case KE_F_STRLIST:
    case KE_F_SLUGLIST:
        *(ke_strlist *)p = convert_list(a, v);
        break;
    case KE_F_BOOL:
        *(int *)p = json_is_true(v);
        break;
    case KE_F_RANK:
        *(int *)p = json_is_integer(v) && json_integer_value(v) > 0 && json_integer_value(v) <= 100000
                        ? (int)json_integer_value(v)
                        : 0;
        break;
    case KE_F_VALUE: {
        ke_number *num = p;
        num->text = ke_pool_add(a, s);
        num->value = s ? strtod(s, NULL) : 0;
        break;
    }
    case KE_F_FLAG:
        origin->flagged = json_is_true(v);
        break;
    case KE_F_COMPUTED:
    case KE_F_INDEX:
        break;
    }
}

/* ---- rules about one record ------------------------------------------------ */

/* A translation (note_ko, default_reason_ja, ...) stands only beside the
 * English text it translates. */
static void check_translations(const rec_ctx *c, const void *rec)
{
    const ke_dataset *ds = &c->L->out->ds;
    for (const ke_field *f = ke_schema[c->k].fields; f->name; f++) {
        size_t n = strlen(f->name);
        if (f->type != KE_F_STR || n < 4 || (strcmp(f->name + n - 3, "_ko") != 0 && strcmp(f->name + n - 3, "_ja") != 0))
            continue;
        char base[64];
        if (n - 3 >= sizeof base)
            continue;
        memcpy(base, f->name, n - 3);
        base[n - 3] = '\0';
        const ke_field *b = ke_field_find(c->k, base);
        if (b && ke_field_str(ds, rec, f) && !ke_field_str(ds, rec, b))
            REPORT(c, f->name, "given, but the record has no %s (the English text it translates)", base);
    }
    /* and every note (and default_reason, and a source's outlet) has both
     * translations */
    static const char *const texts[] = {"note", "default_reason", "outlet"};
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        const ke_field *en = ke_field_find(c->k, texts[t]);
        if (!en || !ke_field_str(ds, rec, en))
            continue;
        char ko[64], ja[64];
        snprintf(ko, sizeof ko, "%s_ko", texts[t]);
        snprintf(ja, sizeof ja, "%s_ja", texts[t]);
        const ke_field *fko = ke_field_find(c->k, ko), *fja = ke_field_find(c->k, ja);
        int no_ko = !fko || !ke_field_str(ds, rec, fko), no_ja = !fja || !ke_field_str(ds, rec, fja);
        if (no_ko && no_ja)
            REPORT(c, NULL, "%s has no Korean (%s) or Japanese (%s) text", texts[t], ko, ja);
        else if (no_ko)
            REPORT(c, NULL, "%s has no Korean (%s) text", texts[t], ko);
        else if (no_ja)
            REPORT(c, NULL, "%s has no Japanese (%s) text", texts[t], ja);
    }
}

static void check_rules(const rec_ctx *c, const void *rec, const ke_origin *origin)
{
    const ke_dataset *ds = &c->L->out->ds;
    check_translations(c, rec);
    switch (c->k) {
    case KE_K_SOURCES: {
        const ke_source *s = rec;
        if (s->kind == KE_SOURCE_ARTICLE && !s->seed.at)
            REPORT(c, "seed", "missing: an article source names its seed file");
        if (!s->url.at && !s->no_url_reason.at)
            REPORT(c, "url", "missing: give the address of the page, or say in no_url_reason why there is none");
        if (s->url.at && s->no_url_reason.at)
            REPORT(c, "no_url_reason", "given, but the source has a url");
        if (s->checked.text.at && s->checked.precision != KE_PREC_DAY)
            REPORT(c, "checked", "'%s' is not a day (YYYY-MM-DD): say on which day the page was checked",
                   ke_s(ds, s->checked.text));
        for (size_t j = 0; j < s->cites.n; j++)
            if (s->id.at && strcmp(ke_item(ds, s->cites, j), ke_s(ds, s->id)) == 0)
                REPORT(c, "cites", "a source cannot cite itself");
        break;
    }
    case KE_K_METRICS: {
        const ke_metric *m = rec;
        if (m->scale && m->scale != 3 && m->scale != 6 && m->scale != 9 && m->scale != 12)
            REPORT(c, "scale", "must be 3, 6, 9 or 12 (the unit counts thousands, millions, billions or trillions)");
        break;
    }
    case KE_K_ENTITIES: {
        const ke_entity *e = rec;
        if (e->organization.at && e->id.at && e->organization.at == e->id.at)
            REPORT(c, "organization", "an entity cannot be its own organization");
        break;
    }
    case KE_K_OBSERVATIONS:
    case KE_K_EVENTS: {
        const char *what = c->k == KE_K_EVENTS ? "event" : "figure";
        ke_str reason = c->k == KE_K_EVENTS ? ((const ke_event *)rec)->default_reason
                                            : ((const ke_observation *)rec)->default_reason;
        if (origin->flagged && !reason.at)
            REPORT(c, "default_reason", "missing: say why this %s is shown by default", what);
        if (!origin->flagged && reason.at)
            REPORT(c, "default_reason", "given, but the %s is not marked \"default\": true", what);
        if (c->k == KE_K_EVENTS && origin->flagged && !((const ke_event *)rec)->group.at)
            REPORT(c, "default", "only an event in a group (of dates that sources disagree on) can be its default");
        break;
    }
    default:
        break;
    }
}

/* ---- taking a record -------------------------------------------------------- */

static void *append(ke_loader *L, ke_kind k, const ke_origin *origin)
{
    size_t n = ke_kind_count(&L->out->ds, k), size = ke_schema[k].size;
    if (n == L->cap[k]) {
        size_t cap = L->cap[k] ? L->cap[k] * 2 : 64;
        void *arr = realloc(L->out->arrays[k], cap * size);
        ke_origin *orig = realloc(L->origins[k], cap * sizeof *orig);
        if (arr)
            L->out->arrays[k] = arr;
        if (orig)
            L->origins[k] = orig;
        if (!arr || !orig)
            return NULL;
        L->cap[k] = cap;
    }
    void *rec = (char *)L->out->arrays[k] + n * size;
    memset(rec, 0, size);
    L->origins[k][n] = *origin;
    ke_kind_set(&L->out->ds, k, L->out->arrays[k], n + 1);
    return rec;
}

void ke_take_record(ke_loader *L, ke_kind k, json_t *obj, const ke_origin *origin)
{
    void *rec = append(L, k, origin);
    if (!rec) {
        ke_diag_file(L, origin->file, 1, "out of memory");
        return;
    }
    size_t i = ke_kind_count(&L->out->ds, k) - 1;
    rec_ctx c = {L, k, i};
    if (!json_is_object(obj)) {
        REPORT(&c, NULL, "a record must be a JSON object");
        ke_kind_set(&L->out->ds, k, L->out->arrays[k], i); /* not kept */
        return;
    }
    members m = {{0}};
    check_fields(&c, obj, &m);
    ke_origin *o = &L->origins[k][i];
    const ke_field *spec = ke_schema[k].fields;
    for (const ke_field *f = spec; f->name; f++) {
        json_t *v = ke_field_derived(f) ? NULL : member(&m, obj, spec, f);
        if (v)
            convert_field(&L->out->pool, rec, f, v, o);
    }
    ke_pool_publish(&L->out->pool, &L->out->ds);
    if (L->out->pool.failed)
        ke_diag_file(L, origin->file, 1, "out of memory");
    check_rules(&c, rec, o);
}
