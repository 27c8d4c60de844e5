/* Internal: the dataset schema, once. One table per record kind says, for
 * each field, its name in the dataset files, its form, whether it is required,
 * and where it lives in the C struct of include/kaieco/dataset.h. Every
 * program that reads or writes the dataset works from these tables: the
 * validator (forms), the loader (JSON -> structs), `kaieco export` (structs
 * -> JSON) and kaieco-dsc's C emitter (structs -> C). */
#ifndef KAIECO_SCHEMA_H
#define KAIECO_SCHEMA_H

#include <stddef.h>

#include "kaieco/dataset.h"

/* Record kinds: the top-level keys a dataset file may have, in this order. */
typedef enum ke_kind {
    KE_K_SOURCES,
    KE_K_COUNTRIES,
    KE_K_ENTITIES,
    KE_K_METRICS,
    KE_K_OBSERVATIONS,
    KE_K_EVENTS,
    KE_K_TEAMS,
    KE_K_DECISIONS,
    KE_K_RULES,
    KE_K_LISTINGS,
    KE_K_COUNT
} ke_kind;

typedef enum ke_ftype {
    KE_F_STR,      /* non-empty string                    -> ke_str */
    KE_F_ID,       /* slug: a-z 0-9 single dashes         -> ke_str */
    KE_F_ALPHA2,   /* two capital letters                 -> ke_str */
    KE_F_ALPHA3,   /* three capital letters               -> ke_str */
    KE_F_CHOICE,   /* one of `choices`                    -> ke_str */
    KE_F_ENUM,     /* one of `choices`                    -> int (index + enum_base) */
    KE_F_DATE,     /* YYYY, YYYY-MM or YYYY-MM-DD         -> ke_date */
    KE_F_NAMES,    /* {"en","ko","ja"}, all required       -> ke_names */
    KE_F_TITLE,    /* {"en"} required, "ko"/"ja" optional -> ke_names */
    KE_F_STRLIST,  /* array of non-empty strings          -> ke_strlist */
    KE_F_SLUGLIST, /* array of slugs                      -> ke_strlist */
    KE_F_BOOL,     /* true or false                       -> int */
    KE_F_RANK,     /* positive integer, absent = 0        -> int */
    KE_F_VALUE,    /* decimal as the source prints it     -> ke_number */
    KE_F_FLAG,     /* `true` or absent; not stored (an observation's "default") */
    KE_F_COMPUTED, /* stored, not in JSON: set by validation (see emit) */
    KE_F_INDEX     /* uint32_t, not in JSON: the record the field `ref_of`
                    * names, as an index into kind `ref_kind` (KE_REF_SUBJECT:
                    * countries or entities by entity_kind), KE_NO_INDEX for
                    * none; set by validation (ke_resolve_refs) */
} ke_ftype;

typedef struct ke_field {
    const char *name;           /* JSON key and C member (NULL json for computed) */
    ke_ftype type;
    int required;
    const char *const *choices; /* KE_F_CHOICE, KE_F_ENUM: NULL-terminated */
    int enum_base;              /* KE_F_ENUM: value of choices[0] */
    size_t offset;              /* in the kind's struct; unused for KE_F_FLAG */
    const char *ref_of;         /* KE_F_INDEX: the field holding the key */
    int ref_kind;               /* KE_F_INDEX: the kind it indexes, or KE_REF_SUBJECT */
} ke_field;

#define KE_REF_SUBJECT (-1) /* an observation's entity: a country or an entity */

typedef struct ke_kind_schema {
    const char *name;        /* "observations" */
    const char *ctype;       /* "ke_observation" */
    const char *cvar;        /* "observations": the array in ke_dataset */
    size_t size;             /* sizeof the struct */
    const ke_field *fields;  /* terminated by {NULL} */
    const char *key;         /* field that identifies a record, or NULL */
    const char *const *sort; /* fields the records are sorted by, NULL-terminated */
} ke_kind_schema;

extern const ke_kind_schema ke_schema[KE_K_COUNT];

/* Choices shared with code that names enum values. */
extern const char *const ke_entity_kind_choices[]; /* organization .. program */

/* The kind whose top-level key is `name`, or -1. */
int ke_kind_by_name(const char *name);

/* The `i`th record of kind `k` in a dataset (mutable, for the loader). */
void *ke_kind_record(const ke_dataset *ds, ke_kind k, size_t i);
size_t ke_kind_count(const ke_dataset *ds, ke_kind k);
/* Points kind `k` of `ds` at `array` of `n` records. */
void ke_kind_set(ke_dataset *ds, ke_kind k, const void *array, size_t n);

/* A field stored in the struct but not written in the files. */
static inline int ke_field_derived(const ke_field *f)
{
    return f->type == KE_F_COMPUTED || f->type == KE_F_INDEX;
}

/* Address of a field inside a record. */
#define KE_FIELD_PTR(rec, f) ((void *)((char *)(rec) + (f)->offset))

/* A field's string value (for string-like fields), or NULL. */
const char *ke_field_str(const ke_dataset *ds, const void *rec, const ke_field *f);
/* The field of kind `k` called `name`. */
const ke_field *ke_field_find(ke_kind k, const char *name);

#endif
