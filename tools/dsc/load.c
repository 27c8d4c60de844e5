/* Loading dataset files: parse with jansson, split into records by kind. */
#include "dsc.h"

#include <stdlib.h>
#include <string.h>

const char *const kind_names[K_COUNT] = {
    "sources", "countries", "entities", "metrics", "observations",
    "events", "contest_teams", "contest_decisions", "contest_rules",
};

static void add_record(dataset_src *ds, enum kind k, record r)
{
    if (ds->n[k] == ds->cap[k]) {
        ds->cap[k] = ds->cap[k] ? ds->cap[k] * 2 : 64;
        ds->recs[k] = realloc(ds->recs[k], ds->cap[k] * sizeof(record));
        if (!ds->recs[k]) {
            fputs("kaieco-dsc: out of memory\n", stderr);
            exit(2);
        }
    }
    ds->recs[k][ds->n[k]++] = r;
}

/* The whole file as a string (jansson has parsed it already; this copy is
 * only for finding lines), or NULL. */
static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t n;
    while (buf && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (len + 1 == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger) {
                free(buf);
                buf = NULL;
            }
            buf = bigger;
        }
    }
    fclose(f);
    if (buf)
        buf[len] = '\0';
    return buf;
}

int load_file(dataset_src *ds, const char *path)
{
    json_error_t jerr;
    /* Duplicate keys in one object would silently keep the last value. */
    json_t *doc = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    if (!doc) {
        report_syntax(path, jerr.line, jerr.column, jerr.text);
        /* jansson gives no position when the file could not be read */
        return jerr.line > 0 ? 0 : -1;
    }
    ds->docs = realloc(ds->docs, (ds->n_docs + 1) * sizeof *ds->docs);
    ds->texts = realloc(ds->texts, (ds->n_docs + 1) * sizeof *ds->texts);
    ds->docs[ds->n_docs] = doc;
    ds->texts[ds->n_docs++] = read_text(path);
    if (!json_is_object(doc)) {
        report_file(path, "the file must be a JSON object whose keys are record kinds");
        return 0;
    }
    /* Iterate in a fixed order (the kinds' order), then catch unknown keys. */
    for (int k = 0; k < K_COUNT; k++) {
        json_t *arr = json_object_get(doc, kind_names[k]);
        if (!arr)
            continue;
        if (!json_is_array(arr)) {
            report_file(path, "$.%s: must be an array of records", kind_names[k]);
            continue;
        }
        size_t i;
        json_t *obj;
        json_array_foreach(arr, i, obj) {
            record r = {.file = path,
                        .text = ds->texts[ds->n_docs - 1],
                        .file_seq = ds->n_docs - 1,
                        .index = i,
                        .kind = (enum kind)k,
                        .obj = obj};
            if (!json_is_object(obj)) {
                report_at(&r, NULL, "a record must be a JSON object");
                continue;
            }
            add_record(ds, (enum kind)k, r);
        }
    }
    const char *key;
    json_t *val;
    json_object_foreach(doc, key, val) {
        int known = 0;
        for (int k = 0; k < K_COUNT; k++)
            known |= strcmp(key, kind_names[k]) == 0;
        if (!known)
            report_file(path, "$.%s: unknown record kind (expected one of sources, countries, "
                              "entities, metrics, observations, events, contest_teams, "
                              "contest_decisions, contest_rules)", key);
    }
    return 0;
}

void dataset_src_free(dataset_src *ds)
{
    for (int k = 0; k < K_COUNT; k++)
        free(ds->recs[k]);
    for (size_t i = 0; i < ds->n_docs; i++) {
        json_decref(ds->docs[i]);
        free(ds->texts[i]);
    }
    free(ds->docs);
    free(ds->texts);
}

const char *rstr(const record *r, const char *field)
{
    return json_string_value(json_object_get(r->obj, field));
}
