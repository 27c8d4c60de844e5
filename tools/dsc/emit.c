/* Emitting the validated dataset as C: one `static const` array per kind
 * and the ke_dataset that points at them (types in kaieco/dataset.h). */
#include "dsc.h"
#include "kaieco/dataset.h"
#include "kaieco/date.h"

#include <string.h>

/* A C string literal. Bytes >= 0x80 (UTF-8) pass through; control bytes,
 * quotes, backslashes and '?' (trigraphs) are escaped. */
static void put_str(FILE *out, const char *s)
{
    if (!s) {
        fputs("NULL", out);
        return;
    }
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\' || *p == '?')
            fprintf(out, "\\%c", *p);
        else if (*p < 0x20 || *p == 0x7f)
            fprintf(out, "\\%03o", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

static void put_field(FILE *out, const record *r, const char *field)
{
    put_str(out, rstr(r, field));
}

static void put_date(FILE *out, const char *s)
{
    int prec = 0;
    if (!s || !ke_date_parse(s, &prec)) {
        fputs("{NULL, 0}", out);
        return;
    }
    fputc('{', out);
    put_str(out, s);
    fprintf(out, ", %s}", prec == KE_PREC_YEAR ? "KE_PREC_YEAR"
                          : prec == KE_PREC_MONTH ? "KE_PREC_MONTH" : "KE_PREC_DAY");
}

static void put_names(FILE *out, json_t *names)
{
    static const char *const langs[] = {"en", "ko", "ja"};
    fputs("{{", out);
    for (int i = 0; i < 3; i++) {
        if (i)
            fputs(", ", out);
        put_str(out, json_string_value(json_object_get(names, langs[i])));
    }
    fputs("}}", out);
}

/* String lists are emitted as separate arrays before the table that uses
 * them; this counter names them. */
static size_t n_lists;

static void declare_list(FILE *out, json_t *arr, size_t *id)
{
    *id = 0;
    if (!json_array_size(arr))
        return;
    *id = ++n_lists;
    fprintf(out, "static const char *const list_%zu[] = {", *id);
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) {
        if (i)
            fputs(", ", out);
        put_str(out, json_string_value(v));
    }
    fputs("};\n", out);
}

static void put_list(FILE *out, size_t id, json_t *arr)
{
    if (!id)
        fputs("{NULL, 0}", out);
    else
        fprintf(out, "{list_%zu, %zu}", id, json_array_size(arr));
}

static int enum_index(const char *s, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (s && strcmp(s, names[i]) == 0)
            return i;
    return 0;
}

static const char *const source_kind_c[] = {"article", "primary", "secondary", NULL};
static const char *const entity_kind_c[] = {"country", "organization", "person", "model",
                                            "product", "baseline", "program", NULL};
static const char *const outcome_c[] = {"selected", "advanced", "eliminated", NULL};
static const char *const entity_kind_enum[] = {
    "KE_ENTITY_COUNTRY", "KE_ENTITY_ORGANIZATION", "KE_ENTITY_PERSON", "KE_ENTITY_MODEL",
    "KE_ENTITY_PRODUCT", "KE_ENTITY_BASELINE", "KE_ENTITY_PROGRAM"};

/* Per-record list ids, filled by declare pass, used by the table pass. */
typedef struct lists {
    size_t a, b;
} lists;

static void open_table(FILE *out, const char *type, const char *name, size_t n)
{
    if (n)
        fprintf(out, "static const %s %s[%zu] = {\n", type, name, n);
}

static void close_table(FILE *out, size_t n)
{
    if (n)
        fputs("};\n\n", out);
}

static void emit_sources(FILE *out, const dataset_src *ds)
{
    size_t n = ds->n[K_SOURCES];
    lists ls[n ? n : 1];
    for (size_t i = 0; i < n; i++)
        declare_list(out, json_object_get(ds->recs[K_SOURCES][i].obj, "cites"), &ls[i].a);
    open_table(out, "ke_source", "sources", n);
    for (size_t i = 0; i < n; i++) {
        const record *r = &ds->recs[K_SOURCES][i];
        fputs("    {", out);
        put_field(out, r, "id");
        fprintf(out, ", %d, ", enum_index(rstr(r, "kind"), source_kind_c));
        put_field(out, r, "outlet");
        fputs(", ", out);
        put_field(out, r, "title");
        fputs(", ", out);
        put_date(out, rstr(r, "date"));
        fputs(", ", out);
        put_field(out, r, "language");
        fputs(", ", out);
        put_field(out, r, "url");
        fputs(", ", out);
        put_field(out, r, "seed");
        fputs(", ", out);
        put_list(out, ls[i].a, json_object_get(r->obj, "cites"));
        fputs(", ", out);
        put_field(out, r, "note");
        fputs("},\n", out);
    }
    close_table(out, n);
}

static void emit_countries(FILE *out, const dataset_src *ds)
{
    size_t n = ds->n[K_COUNTRIES];
    lists ls[n ? n : 1];
    for (size_t i = 0; i < n; i++)
        declare_list(out, json_object_get(ds->recs[K_COUNTRIES][i].obj, "aliases"), &ls[i].a);
    open_table(out, "ke_country", "countries", n);
    for (size_t i = 0; i < n; i++) {
        const record *r = &ds->recs[K_COUNTRIES][i];
        fputs("    {", out);
        put_field(out, r, "alpha2");
        fputs(", ", out);
        put_field(out, r, "alpha3");
        fputs(", ", out);
        put_names(out, json_object_get(r->obj, "name"));
        fputs(", ", out);
        put_list(out, ls[i].a, json_object_get(r->obj, "aliases"));
        fputs("},\n", out);
    }
    close_table(out, n);
}

static void emit_entities(FILE *out, const dataset_src *ds)
{
    size_t n = ds->n[K_ENTITIES];
    lists ls[n ? n : 1];
    for (size_t i = 0; i < n; i++)
        declare_list(out, json_object_get(ds->recs[K_ENTITIES][i].obj, "aliases"), &ls[i].a);
    open_table(out, "ke_entity", "entities", n);
    for (size_t i = 0; i < n; i++) {
        const record *r = &ds->recs[K_ENTITIES][i];
        fputs("    {", out);
        put_field(out, r, "id");
        fprintf(out, ", %s, ", entity_kind_enum[enum_index(rstr(r, "kind"), entity_kind_c)]);
        put_names(out, json_object_get(r->obj, "name"));
        fputs(", ", out);
        put_list(out, ls[i].a, json_object_get(r->obj, "aliases"));
        const char *fields[] = {"country", "organization", "role"};
        for (int f = 0; f < 3; f++) {
            fputs(", ", out);
            put_field(out, r, fields[f]);
        }
        fputs(", ", out);
        put_date(out, rstr(r, "released"));
        fputs(", ", out);
        put_date(out, rstr(r, "founded"));
        fputs(", ", out);
        put_field(out, r, "source");
        fputs(", ", out);
        put_field(out, r, "note");
        fputs("},\n", out);
    }
    close_table(out, n);
}

static void emit_metrics(FILE *out, const dataset_src *ds)
{
    size_t n = ds->n[K_METRICS];
    lists ls[n ? n : 1];
    for (size_t i = 0; i < n; i++)
        declare_list(out, json_object_get(ds->recs[K_METRICS][i].obj, "aliases"), &ls[i].a);
    open_table(out, "ke_metric", "metrics", n);
    for (size_t i = 0; i < n; i++) {
        const record *r = &ds->recs[K_METRICS][i];
        fputs("    {", out);
        put_field(out, r, "id");
        fputs(", ", out);
        put_list(out, ls[i].a, json_object_get(r->obj, "aliases"));
        fputs(", ", out);
        put_names(out, json_object_get(r->obj, "name"));
        fputs(", ", out);
        put_field(out, r, "unit");
        fputs(", ", out);
        put_field(out, r, "definition");
        fprintf(out, ", %d},\n", json_is_true(json_object_get(r->obj, "higher_is_better")));
    }
    close_table(out, n);
}

static void emit_observations(FILE *out, const dataset_src *ds)
{
    size_t n = ds->n[K_OBSERVATIONS];
    open_table(out, "ke_observation", "observations", n);
    for (size_t i = 0; i < n; i++) {
        const record *r = &ds->recs[K_OBSERVATIONS][i];
        const char *value = rstr(r, "value");
        fputs("    {", out);
        put_field(out, r, "metric");
        fputs(", ", out);
        put_field(out, r, "entity");
        fprintf(out, ", %s, ", entity_kind_enum[r->entity_kind > 0 ? r->entity_kind : 0]);
        put_date(out, rstr(r, "period"));
        fputs(", {", out);
        put_str(out, value);
        /* the same text as a C double literal */
        fprintf(out, ", %s%s}, ", value, strchr(value, '.') ? "" : ".0");
        put_field(out, r, "approx");
        fprintf(out, ", %d, ", (int)json_integer_value(json_object_get(r->obj, "rank")));
        put_field(out, r, "source");
        fprintf(out, ", %d, %d, ", r->is_default, r->disputed);
        put_field(out, r, "default_reason");
        fputs(", ", out);
        put_field(out, r, "note");
        fputs("},\n", out);
    }
    close_table(out, n);
}

static void emit_events(FILE *out, const dataset_src *ds)
{
    size_t n = ds->n[K_EVENTS];
    lists ls[n ? n : 1];
    for (size_t i = 0; i < n; i++) {
        declare_list(out, json_object_get(ds->recs[K_EVENTS][i].obj, "tags"), &ls[i].a);
        declare_list(out, json_object_get(ds->recs[K_EVENTS][i].obj, "entities"), &ls[i].b);
    }
    open_table(out, "ke_event", "events", n);
    for (size_t i = 0; i < n; i++) {
        const record *r = &ds->recs[K_EVENTS][i];
        fputs("    {", out);
        put_field(out, r, "id");
        fputs(", ", out);
        put_date(out, rstr(r, "date"));
        fputs(", ", out);
        json_t *title = json_object_get(r->obj, "title");
        put_names(out, title);
        fputs(", ", out);
        put_list(out, ls[i].a, json_object_get(r->obj, "tags"));
        fputs(", ", out);
        put_list(out, ls[i].b, json_object_get(r->obj, "entities"));
        fputs(", ", out);
        put_field(out, r, "source");
        fputs(", ", out);
        put_field(out, r, "note");
        fputs("},\n", out);
    }
    close_table(out, n);
}

static void emit_contest(FILE *out, const dataset_src *ds)
{
    size_t n = ds->n[K_TEAMS];
    open_table(out, "ke_contest_team", "teams", n);
    for (size_t i = 0; i < n; i++) {
        const record *r = &ds->recs[K_TEAMS][i];
        const char *fields[] = {"id", "organization", "model", "source", "note"};
        fputs("    {", out);
        for (int f = 0; f < 5; f++) {
            if (f)
                fputs(", ", out);
            put_field(out, r, fields[f]);
        }
        fputs("},\n", out);
    }
    close_table(out, n);

    n = ds->n[K_DECISIONS];
    open_table(out, "ke_contest_decision", "decisions", n);
    for (size_t i = 0; i < n; i++) {
        const record *r = &ds->recs[K_DECISIONS][i];
        fputs("    {", out);
        put_date(out, rstr(r, "date"));
        fputs(", ", out);
        put_field(out, r, "team");
        fprintf(out, ", %d, ", enum_index(rstr(r, "outcome"), outcome_c));
        const char *fields[] = {"reason", "source", "note"};
        for (int f = 0; f < 3; f++) {
            if (f)
                fputs(", ", out);
            put_field(out, r, fields[f]);
        }
        fputs("},\n", out);
    }
    close_table(out, n);

    n = ds->n[K_RULES];
    open_table(out, "ke_contest_rule", "rules", n);
    for (size_t i = 0; i < n; i++) {
        const record *r = &ds->recs[K_RULES][i];
        const char *fields[] = {"id", "text", "source", "note"};
        fputs("    {", out);
        for (int f = 0; f < 4; f++) {
            if (f)
                fputs(", ", out);
            put_field(out, r, fields[f]);
        }
        fputs("},\n", out);
    }
    close_table(out, n);
}

int emit_c(const dataset_src *ds, FILE *out)
{
    fputs("/* Generated by kaieco-dsc from the files in dataset/. Do not edit. */\n"
          "#include <stddef.h>\n#include \"kaieco/dataset.h\"\n\n", out);
    emit_sources(out, ds);
    emit_countries(out, ds);
    emit_entities(out, ds);
    emit_metrics(out, ds);
    emit_observations(out, ds);
    emit_events(out, ds);
    emit_contest(out, ds);
    static const char *const names[K_COUNT] = {"sources", "countries", "entities", "metrics",
                                               "observations", "events", "teams", "decisions",
                                               "rules"};
    fputs("static const ke_dataset dataset = {\n", out);
    for (int k = 0; k < K_COUNT; k++)
        fprintf(out, "    %s, %zu,\n", ds->n[k] ? names[k] : "NULL", ds->n[k]);
    fputs("};\n\nconst ke_dataset *ke_builtin_dataset(void)\n{\n    return &dataset;\n}\n", out);
    return ferror(out) ? -1 : 0;
}
