/* ke_dataset_export: the dataset as one JSON document in the schema of
 * dataset/ (schema.h), so that `kaieco export` can be edited, checked and
 * loaded again with --data. */
#include "base/json_out.h"
#include "kaieco/load.h"
#include "data/schema.h"

#include <errno.h>
#include <stdio.h>

/* Out of memory, every function here returns NULL (and sets *oom when
 * NULL could also mean "no value"): nothing is left out silently. */
static json_t *names_value(const ke_dataset *ds, const ke_names *n)
{
    static const char *const langs[] = {"en", "ko", "ja"};
    json_t *o = json_object();
    for (int l = 0; o && l < KE_N_LANGS; l++)
        if (n->s[l].at && json_object_set_new(o, langs[l], json_string(ke_s(ds, n->s[l]))) != 0) {
            json_decref(o);
            return NULL;
        }
    return o;
}

static json_t *list_value(const ke_dataset *ds, const ke_strlist *l)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < l->n; i++)
        if (json_array_append_new(a, json_string(ke_item(ds, *l, i))) != 0) {
            json_decref(a);
            return NULL;
        }
    return a;
}

static json_t *field_json(const ke_dataset *ds, const void *rec, const ke_field *f, ke_kind k);

/* The field's JSON value, or NULL when the record does not have it (or,
 * with *oom set, when out of memory). */
static json_t *field_value(const ke_dataset *ds, const void *rec, const ke_field *f, ke_kind k, int *oom)
{
    json_t *v = field_json(ds, rec, f, k);
    if (!v) { /* absent, or could not be made: ask again without allocating */
        const void *p = KE_FIELD_PTR(rec, f);
        switch (f->type) {
        case KE_F_ENUM:
            *oom = *(const int *)p - f->enum_base >= 0 && f->choices[*(const int *)p - f->enum_base];
            break;
        case KE_F_NAMES:
        case KE_F_TITLE:
        case KE_F_BOOL:
            *oom = 1;
            break;
        case KE_F_STRLIST:
        case KE_F_SLUGLIST:
            *oom = ((const ke_strlist *)p)->n != 0;
            break;
        case KE_F_RANK:
            *oom = *(const int *)p != 0;
            break;
        case KE_F_FLAG:
            *oom = ke_field_str(ds, rec, ke_field_find(k, "default_reason")) != NULL;
            break;
        case KE_F_COMPUTED:
        case KE_F_INDEX:
            break;
        default:
            *oom = ke_field_str(ds, rec, f) != NULL;
        }
    }
    return v;
}

static json_t *field_json(const ke_dataset *ds, const void *rec, const ke_field *f, ke_kind k)
{
    const void *p = KE_FIELD_PTR(rec, f);
    switch (f->type) {
    case KE_F_ENUM: {
        int i = *(const int *)p - f->enum_base;
        return i >= 0 && f->choices[i] ? json_string(f->choices[i]) : NULL;
    }
    case KE_F_NAMES:
    case KE_F_TITLE:
        return names_value(ds, p);
    case KE_F_STRLIST:
    case KE_F_SLUGLIST:
        return ((const ke_strlist *)p)->n ? list_value(ds, p) : NULL;
    case KE_F_BOOL:
        return json_boolean(*(const int *)p);
    case KE_F_RANK:
        return *(const int *)p ? json_integer(*(const int *)p) : NULL;
    case KE_F_FLAG: /* "default": the figure or event with a reason */
        return ke_field_str(ds, rec, ke_field_find(k, "default_reason")) ? json_true() : NULL;
    case KE_F_COMPUTED:
    case KE_F_INDEX:
        return NULL;
    default: {
        const char *s = ke_field_str(ds, rec, f);
        return s ? json_string(s) : NULL;
    }
    }
}

static json_t *record_value(const ke_dataset *ds, const void *rec, ke_kind k)
{
    json_t *o = json_object();
    for (const ke_field *f = ke_schema[k].fields; o && f->name; f++) {
        int oom = 0;
        json_t *v = field_value(ds, rec, f, k, &oom);
        if (oom || (v && json_object_set_new(o, f->name, v) != 0)) {
            json_decref(o);
            return NULL;
        }
    }
    return o;
}

int ke_dataset_export(const ke_dataset *ds, FILE *out)
{
    fputs("{", out);
    for (int k = 0; k < KE_K_COUNT; k++) {
        size_t n = ke_kind_count(ds, (ke_kind)k);
        fprintf(out, "%s\n  \"%s\": [", k ? "," : "", ke_schema[k].name);
        for (size_t i = 0; i < n; i++) {
            json_t *v = record_value(ds, ke_kind_record(ds, (ke_kind)k, i), (ke_kind)k);
            fputs(i ? ",\n    " : "\n    ", out);
            int rc = v ? ke_json_put(v, 2, 0, out) : -1;
            json_decref(v);
            if (!v)
                errno = ENOMEM;
            if (rc != 0)
                return -1;
        }
        fputs(n ? "\n  ]" : "]", out);
    }
    fputs("\n}\n", out);
    return ferror(out) ? -1 : 0;
}
