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

/* How each field of a generated struct is written. */
typedef enum etype {
    E_STR,          /* string or NULL */
    E_DATE,         /* ke_date */
    E_NAMES,        /* ke_names */
    E_LIST,         /* ke_strlist, declared as its own array first */
    E_ENUM,         /* the index of the string in `choices` */
    E_BOOL,         /* 0 / 1 */
    E_INT,          /* integer, 0 when absent */
    E_VALUE,        /* ke_number: the text and the same text as a double */
    E_SUBJECT_KIND, /* computed: the observation's ke_entity_kind */
    E_IS_DEFAULT,   /* computed */
    E_DISPUTED      /* computed */
} etype;

typedef struct efield {
    const char *name;
    etype type;
    const char *const *choices; /* E_ENUM: names in the order of the C enum */
} efield;

static const char *const source_kinds[] = {"article", "primary", "secondary", NULL};
static const char *const entity_kinds[] = {"country", "organization", "person", "model",
                                           "product", "baseline", "program", NULL};
static const char *const outcomes[] = {"selected", "advanced", "eliminated", NULL};
static const char *const entity_kind_enum[] = {
    "KE_ENTITY_COUNTRY", "KE_ENTITY_ORGANIZATION", "KE_ENTITY_PERSON", "KE_ENTITY_MODEL",
    "KE_ENTITY_PRODUCT", "KE_ENTITY_BASELINE", "KE_ENTITY_PROGRAM"};

/* One spec per kind, in the field order of its struct in dataset.h. */
static const efield source_spec[] = {
    {"id", E_STR, NULL}, {"kind", E_ENUM, source_kinds}, {"outlet", E_STR, NULL},
    {"title", E_STR, NULL}, {"date", E_DATE, NULL}, {"language", E_STR, NULL},
    {"url", E_STR, NULL}, {"seed", E_STR, NULL}, {"cites", E_LIST, NULL}, {"note", E_STR, NULL},
    {NULL, 0, NULL}};
static const efield country_spec[] = {
    {"alpha2", E_STR, NULL}, {"alpha3", E_STR, NULL}, {"name", E_NAMES, NULL},
    {"aliases", E_LIST, NULL}, {NULL, 0, NULL}};
static const efield entity_spec[] = {
    {"id", E_STR, NULL}, {"kind", E_ENUM, entity_kinds}, {"name", E_NAMES, NULL},
    {"aliases", E_LIST, NULL}, {"country", E_STR, NULL}, {"organization", E_STR, NULL},
    {"role", E_STR, NULL}, {"released", E_DATE, NULL}, {"founded", E_DATE, NULL},
    {"source", E_STR, NULL}, {"note", E_STR, NULL}, {NULL, 0, NULL}};
static const efield metric_spec[] = {
    {"id", E_STR, NULL}, {"aliases", E_LIST, NULL}, {"name", E_NAMES, NULL},
    {"unit", E_STR, NULL}, {"definition", E_STR, NULL}, {"higher_is_better", E_BOOL, NULL},
    {NULL, 0, NULL}};
static const efield observation_spec[] = {
    {"metric", E_STR, NULL}, {"entity", E_STR, NULL}, {"", E_SUBJECT_KIND, NULL},
    {"period", E_DATE, NULL}, {"value", E_VALUE, NULL}, {"approx", E_STR, NULL},
    {"rank", E_INT, NULL}, {"source", E_STR, NULL}, {"", E_IS_DEFAULT, NULL},
    {"", E_DISPUTED, NULL}, {"default_reason", E_STR, NULL}, {"note", E_STR, NULL},
    {NULL, 0, NULL}};
static const efield event_spec[] = {
    {"id", E_STR, NULL}, {"date", E_DATE, NULL}, {"title", E_NAMES, NULL},
    {"tags", E_LIST, NULL}, {"entities", E_LIST, NULL}, {"source", E_STR, NULL},
    {"note", E_STR, NULL}, {NULL, 0, NULL}};
static const efield team_spec[] = {
    {"id", E_STR, NULL}, {"organization", E_STR, NULL}, {"model", E_STR, NULL},
    {"source", E_STR, NULL}, {"note", E_STR, NULL}, {NULL, 0, NULL}};
static const efield decision_spec[] = {
    {"date", E_DATE, NULL}, {"team", E_STR, NULL}, {"outcome", E_ENUM, outcomes},
    {"reason", E_STR, NULL}, {"source", E_STR, NULL}, {"note", E_STR, NULL}, {NULL, 0, NULL}};
static const efield rule_spec[] = {
    {"id", E_STR, NULL}, {"text", E_STR, NULL}, {"source", E_STR, NULL}, {"note", E_STR, NULL},
    {NULL, 0, NULL}};

static const struct {
    const efield *spec;
    const char *type; /* C type */
    const char *var;  /* C array name */
} kinds[K_COUNT] = {
    [K_SOURCES] = {source_spec, "ke_source", "sources"},
    [K_COUNTRIES] = {country_spec, "ke_country", "countries"},
    [K_ENTITIES] = {entity_spec, "ke_entity", "entities"},
    [K_METRICS] = {metric_spec, "ke_metric", "metrics"},
    [K_OBSERVATIONS] = {observation_spec, "ke_observation", "observations"},
    [K_EVENTS] = {event_spec, "ke_event", "events"},
    [K_TEAMS] = {team_spec, "ke_contest_team", "teams"},
    [K_DECISIONS] = {decision_spec, "ke_contest_decision", "decisions"},
    [K_RULES] = {rule_spec, "ke_contest_rule", "rules"},
};

static int enum_index(const char *s, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (s && strcmp(s, names[i]) == 0)
            return i;
    return 0;
}

/* String lists are separate arrays declared before the table that points
 * at them; they are numbered in the order they are written. */
static size_t n_lists;

static void declare_lists(FILE *out, const record *r, const efield *spec)
{
    for (const efield *f = spec; f->name; f++) {
        json_t *arr = json_object_get(r->obj, f->name);
        if (f->type != E_LIST || !json_array_size(arr))
            continue;
        fprintf(out, "static const char *const list_%zu[] = {", ++n_lists);
        size_t i;
        json_t *v;
        json_array_foreach(arr, i, v) {
            if (i)
                fputs(", ", out);
            put_str(out, json_string_value(v));
        }
        fputs("};\n", out);
    }
}

static void put_value(FILE *out, const record *r, const efield *f, size_t *list)
{
    json_t *v = json_object_get(r->obj, f->name);
    const char *s = json_string_value(v);
    switch (f->type) {
    case E_STR:
        put_str(out, s);
        break;
    case E_DATE:
        put_date(out, s);
        break;
    case E_NAMES:
        put_names(out, v);
        break;
    case E_LIST:
        if (json_array_size(v))
            fprintf(out, "{list_%zu, %zu}", ++*list, json_array_size(v));
        else
            fputs("{NULL, 0}", out);
        break;
    case E_ENUM:
        if (f->choices == entity_kinds)
            fputs(entity_kind_enum[enum_index(s, entity_kinds)], out);
        else
            fprintf(out, "%d", enum_index(s, f->choices));
        break;
    case E_BOOL:
        fprintf(out, "%d", json_is_true(v));
        break;
    case E_INT:
        fprintf(out, "%d", (int)json_integer_value(v));
        break;
    case E_VALUE:
        /* the text, and the same text as a C double literal */
        fputc('{', out);
        put_str(out, s);
        fprintf(out, ", %s%s}", s, strchr(s, '.') ? "" : ".0");
        break;
    case E_SUBJECT_KIND:
        fputs(entity_kind_enum[r->entity_kind > 0 ? r->entity_kind : 0], out);
        break;
    case E_IS_DEFAULT:
        fprintf(out, "%d", r->is_default);
        break;
    case E_DISPUTED:
        fprintf(out, "%d", r->disputed);
        break;
    }
}

static void emit_kind(FILE *out, const dataset_src *ds, enum kind k)
{
    size_t n = ds->n[k];
    if (!n)
        return;
    const efield *spec = kinds[k].spec;
    size_t first_list = n_lists;
    for (size_t i = 0; i < n; i++)
        declare_lists(out, &ds->recs[k][i], spec);
    fprintf(out, "static const %s %s[%zu] = {\n", kinds[k].type, kinds[k].var, n);
    size_t list = first_list;
    for (size_t i = 0; i < n; i++) {
        fputs("    {", out);
        for (const efield *f = spec; f->name; f++) {
            if (f != spec)
                fputs(", ", out);
            put_value(out, &ds->recs[k][i], f, &list);
        }
        fputs("},\n", out);
    }
    fputs("};\n\n", out);
}

int emit_c(const dataset_src *ds, FILE *out)
{
    fputs("/* Generated by kaieco-dsc from the files in dataset/. Do not edit. */\n"
          "#include <stddef.h>\n#include \"kaieco/dataset.h\"\n\n", out);
    for (int k = 0; k < K_COUNT; k++)
        emit_kind(out, ds, (enum kind)k);
    fputs("static const ke_dataset dataset = {\n", out);
    for (int k = 0; k < K_COUNT; k++)
        fprintf(out, "    %s, %zu,\n", ds->n[k] ? kinds[k].var : "NULL", ds->n[k]);
    fputs("};\n\nconst ke_dataset *ke_builtin_dataset(void)\n{\n    return &dataset;\n}\n", out);
    return ferror(out) ? -1 : 0;
}
