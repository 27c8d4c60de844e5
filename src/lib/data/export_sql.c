/* ke_dataset_export_sql: the dataset as one SQL script for a database.
 *
 * One table per record kind, named as the kind's key in dataset/ (sources,
 * countries, entities, metrics, observations, events, contest_teams,
 * contest_decisions, contest_rules, listings), with the fields of the schema
 * (schema.c) as columns, in its order; the rule of what a kind holds lives
 * there, once. What SQL needs beyond it is below, in `kinds`: each table's
 * primary key and the fields that refer to another table.
 *
 * Columns: a names field becomes three (name_en, name_ko, name_ja); a list
 * (aliases, cites, tags, entities) becomes a table of its own, one row per
 * item with its position (`source_cites`, `event_tags`, ...); an enum is its
 * word; a date stays ISO 8601 text with its honest precision; a value stays
 * TEXT with the source's digits ("59.40"; CAST it to compare numbers); a
 * boolean is BOOLEAN. Observations and events get `is_default` (the figure
 * or date shown by default, a lone one too) and observations `disputed`,
 * as `kaieco facts` shows them. Two field names are SQL keywords and are
 * renamed: an event's `group` is `event_group`; the JSON `default` flag is
 * `is_default`.
 *
 * The script is one transaction (BEGIN; ... COMMIT;) in SQL that SQLite and
 * PostgreSQL both accept: standard quoting ('' inside strings, no
 * backslash escapes), TEXT/INTEGER/BOOLEAN, foreign keys DEFERRABLE
 * INITIALLY DEFERRED so that rows may refer to rows inserted after them. */
#include "kaieco/load.h"
#include "data/schema.h"

#include <stdio.h>
#include <string.h>

typedef struct sql_ref {
    const char *field; /* the field holding the id */
    const char *table; /* the table it refers to */
    const char *column;
} sql_ref;

/* A list field's table: one row per item. */
typedef struct sql_list {
    const char *field;  /* the list field */
    const char *table;  /* its table */
    const char *owner;  /* the column naming the record it belongs to */
    const char *item;   /* the column holding the item */
    const char *ref_table; /* what an item refers to, or NULL */
} sql_list;

typedef struct sql_kind {
    const char *pk;  /* "id", "alpha2", "metric, entity, period, source"; NULL: a position column */
    sql_ref refs[4];
    sql_list lists[5];
    const char *pk2; /* a list table's second owner column, where pk has two ("model, source") */
} sql_kind;

/* An observation's or event's entity is a country code or an entity id
 * (one namespace): no single table, so no foreign key. */
static const sql_kind kinds[KE_K_COUNT] = {
    [KE_K_SOURCES] = {"id", {{0}}, {{"cites", "source_cites", "source", "cited", "sources"}}},
    [KE_K_COUNTRIES] = {"alpha2", {{0}}, {{"aliases", "country_aliases", "country", "alias", NULL}}},
    [KE_K_ENTITIES] = {"id",
                       {{"country", "countries", "alpha2"},
                        {"organization", "entities", "id"},
                        {"source", "sources", "id"}},
                       {{"aliases", "entity_aliases", "entity", "alias", NULL}}},
    [KE_K_METRICS] = {"id", {{0}}, {{"aliases", "metric_aliases", "metric", "alias", NULL}}},
    [KE_K_OBSERVATIONS] = {"metric, entity, period, source",
                           {{"metric", "metrics", "id"}, {"source", "sources", "id"}},
                           {{0}}},
    [KE_K_EVENTS] = {"id",
                     {{"source", "sources", "id"}},
                     {{"tags", "event_tags", "event", "tag", NULL},
                      {"entities", "event_entities", "event", "entity", NULL}}},
    [KE_K_TEAMS] = {"id",
                    {{"organization", "entities", "id"},
                     {"model", "entities", "id"},
                     {"source", "sources", "id"}},
                    {{0}}},
    [KE_K_DECISIONS] = {NULL, {{"team", "contest_teams", "id"}, {"source", "sources", "id"}}, {{0}}},
    [KE_K_RULES] = {"id", {{"source", "sources", "id"}}, {{0}}},
    /* a model as a list describes it: one per model and list */
    [KE_K_LISTINGS] = {"model, source",
                       {{"model", "entities", "id"}, {"source", "sources", "id"}},
                       {{"organizations", "listing_organizations", "model", "organization", "entities"},
                        {"countries", "listing_countries", "model", "country", NULL},
                        {"domain", "listing_domains", "model", "domain", NULL},
                        {"task", "listing_tasks", "model", "task", NULL},
                        {"notability", "listing_notability", "model", "criterion", NULL}},
                       "source"},
};

static const char *const lang_suffix[KE_N_LANGS] = {"en", "ko", "ja"};

/* The column name of a plain field (SQL keywords renamed). */
static const char *column_name(ke_kind k, const ke_field *f)
{
    if (f->type == KE_F_FLAG)
        return "is_default";
    if (k == KE_K_EVENTS && strcmp(f->name, "group") == 0)
        return "event_group";
    return f->name;
}

static int is_list(const ke_field *f)
{
    return f->type == KE_F_STRLIST || f->type == KE_F_SLUGLIST;
}

static const char *sql_type(const ke_field *f)
{
    switch (f->type) {
    case KE_F_BOOL:
    case KE_F_FLAG:
        return "BOOLEAN";
    case KE_F_RANK:
        return "INTEGER";
    default:
        return "TEXT";
    }
}

/* A string literal: '...' with ' doubled (the same in SQLite and
 * PostgreSQL with standard_conforming_strings, its default). */
static void put_string(const char *s, FILE *out)
{
    fputc('\'', out);
    for (; *s; s++) {
        if (*s == '\'')
            fputc('\'', out);
        fputc(*s, out);
    }
    fputc('\'', out);
}

static void put_text_or_null(const char *s, FILE *out)
{
    if (s)
        put_string(s, out);
    else
        fputs("NULL", out);
}

static void create_table(ke_kind k, FILE *out)
{
    const char *sep = "\n  ";
    fprintf(out, "CREATE TABLE %s (", ke_schema[k].name);
    if (!kinds[k].pk) {
        fprintf(out, "%sposition INTEGER NOT NULL", sep);
        sep = ",\n  ";
    }
    for (const ke_field *f = ke_schema[k].fields; f->name; f++) {
        if (is_list(f) || ke_field_derived(f))
            continue;
        if (f->type == KE_F_NAMES || f->type == KE_F_TITLE) {
            for (int l = 0; l < KE_N_LANGS; l++) {
                int required = f->type == KE_F_NAMES || l == KE_LANG_EN;
                fprintf(out, "%s%s_%s TEXT%s", sep, f->name, lang_suffix[l], required ? " NOT NULL" : "");
                sep = ",\n  ";
            }
            continue;
        }
        int required = f->required || f->type == KE_F_FLAG;
        fprintf(out, "%s%s %s%s", sep, column_name(k, f), sql_type(f), required ? " NOT NULL" : "");
        sep = ",\n  ";
    }
    if (k == KE_K_OBSERVATIONS)
        fprintf(out, "%sdisputed BOOLEAN NOT NULL", sep);
    fprintf(out, ",\n  PRIMARY KEY (%s)", kinds[k].pk ? kinds[k].pk : "position");
    for (size_t i = 0; i < sizeof kinds[k].refs / sizeof kinds[k].refs[0]; i++) {
        const sql_ref *r = &kinds[k].refs[i];
        if (r->field)
            fprintf(out, ",\n  FOREIGN KEY (%s) REFERENCES %s (%s) DEFERRABLE INITIALLY DEFERRED",
                    r->field, r->table, r->column);
    }
    fputs("\n);\n", out);
    for (size_t i = 0; i < sizeof kinds[k].lists / sizeof kinds[k].lists[0]; i++) {
        const sql_list *l = &kinds[k].lists[i];
        if (!l->field)
            continue;
        const char *key = kinds[k].pk, *pk2 = kinds[k].pk2;
        if (pk2) /* two owner columns: the record's (model, source) */
            fprintf(out,
                    "CREATE TABLE %s (\n  %s TEXT NOT NULL,\n  %s TEXT NOT NULL,\n  position INTEGER NOT NULL,\n"
                    "  %s TEXT NOT NULL,\n  PRIMARY KEY (%s, %s, position),\n"
                    "  FOREIGN KEY (%s, %s) REFERENCES %s (%s) DEFERRABLE INITIALLY DEFERRED",
                    l->table, l->owner, pk2, l->item, l->owner, pk2, l->owner, pk2, ke_schema[k].name, key);
        else
            fprintf(out,
                    "CREATE TABLE %s (\n  %s TEXT NOT NULL,\n  position INTEGER NOT NULL,\n  %s TEXT NOT NULL,\n"
                    "  PRIMARY KEY (%s, position),\n"
                    "  FOREIGN KEY (%s) REFERENCES %s (%s) DEFERRABLE INITIALLY DEFERRED",
                    l->table, l->owner, l->item, l->owner, l->owner, ke_schema[k].name, key);
        if (l->ref_table)
            fprintf(out, ",\n  FOREIGN KEY (%s) REFERENCES %s (id) DEFERRABLE INITIALLY DEFERRED", l->item,
                    l->ref_table);
        fputs("\n);\n", out);
    }
}

static void put_value(const ke_dataset *ds, const void *rec, ke_kind k, const ke_field *f, FILE *out)
{
    const void *p = KE_FIELD_PTR(rec, f);
    switch (f->type) {
    case KE_F_ENUM: {
        int i = *(const int *)p - f->enum_base;
        put_text_or_null(i >= 0 ? f->choices[i] : NULL, out);
        break;
    }
    case KE_F_NAMES:
    case KE_F_TITLE: {
        const ke_names *n = p;
        for (int l = 0; l < KE_N_LANGS; l++) {
            if (l)
                fputs(", ", out);
            put_text_or_null(ke_s(ds, n->s[l]), out);
        }
        break;
    }
    case KE_F_BOOL:
        fputs(*(const int *)p ? "TRUE" : "FALSE", out);
        break;
    case KE_F_RANK:
        if (*(const int *)p)
            fprintf(out, "%d", *(const int *)p);
        else
            fputs("NULL", out);
        break;
    case KE_F_FLAG: /* shown by default: the lone figure or event, or the flagged one */
        if (k == KE_K_OBSERVATIONS)
            fputs(((const ke_observation *)rec)->is_default ? "TRUE" : "FALSE", out);
        else
            fputs(((const ke_event *)rec)->is_default ? "TRUE" : "FALSE", out);
        break;
    default:
        put_text_or_null(ke_field_str(ds, rec, f), out);
        break;
    }
}

static void insert_rows(const ke_dataset *ds, ke_kind k, FILE *out)
{
    size_t n = ke_kind_count(ds, k);
    for (size_t i = 0; i < n; i++) {
        const void *rec = ke_kind_record(ds, k, i);
        const char *sep = "";
        fprintf(out, "INSERT INTO %s VALUES (", ke_schema[k].name);
        if (!kinds[k].pk) {
            fprintf(out, "%zu", i + 1);
            sep = ", ";
        }
        for (const ke_field *f = ke_schema[k].fields; f->name; f++) {
            if (is_list(f) || ke_field_derived(f))
                continue;
            fputs(sep, out);
            put_value(ds, rec, k, f, out);
            sep = ", ";
        }
        if (k == KE_K_OBSERVATIONS)
            fprintf(out, ", %s", ((const ke_observation *)rec)->disputed ? "TRUE" : "FALSE");
        fputs(");\n", out);
        for (size_t j = 0; j < sizeof kinds[k].lists / sizeof kinds[k].lists[0]; j++) {
            const sql_list *l = &kinds[k].lists[j];
            if (!l->field)
                continue;
            const ke_field *lf = ke_field_find(k, l->field);
            const ke_strlist *items = KE_FIELD_PTR(rec, lf);
            /* the owner: the record's key (its first column, and the second) */
            const char *owner = ke_field_str(ds, rec, ke_field_find(k, kinds[k].pk2 ? l->owner : kinds[k].pk));
            const char *owner2 = kinds[k].pk2 ? ke_field_str(ds, rec, ke_field_find(k, kinds[k].pk2)) : NULL;
            for (size_t m = 0; m < items->n; m++) {
                fprintf(out, "INSERT INTO %s VALUES (", l->table);
                put_string(owner, out);
                if (owner2) {
                    fputs(", ", out);
                    put_string(owner2, out);
                }
                fprintf(out, ", %zu, ", m + 1);
                put_string(ke_item(ds, *items, m), out);
                fputs(");\n", out);
            }
        }
    }
}

int ke_dataset_export_sql(const ke_dataset *ds, FILE *out)
{
    fputs("-- kaieco dataset: sources, countries, entities, metrics, observations,\n"
          "-- events and the contest, for SQLite and PostgreSQL (kaieco export -f sql)\n"
          "BEGIN;\n",
          out);
    for (int k = 0; k < KE_K_COUNT; k++)
        create_table((ke_kind)k, out);
    for (int k = 0; k < KE_K_COUNT; k++)
        insert_rows(ds, (ke_kind)k, out);
    fputs("COMMIT;\n", out);
    return ferror(out) ? -1 : 0;
}
