/* libFuzzer harness: the formatters. The input becomes a table (1 to 6
 * columns of every type, up to 8 rows; cells with commas, quotes, line
 * breaks, control characters and any UTF-8, or missing). It is rendered in
 * every format without failing; the JSON and NDJSON are parsed again by
 * jansson and the CSV by a strict RFC 4180 reader, and each must give back
 * exactly the table. */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaieco/format.h"

typedef struct input {
    const uint8_t *p;
    size_t n;
} input;

static unsigned byte(input *in)
{
    if (!in->n)
        return 0;
    in->n--;
    return *in->p++;
}

/* Up to `max` bytes of text, made valid UTF-8 (kaieco's cells always are:
 * arguments and datasets are checked). */
static char *text(input *in, size_t max)
{
    size_t len = byte(in) % (max + 1);
    char *s = malloc(len + 1);
    size_t k = 0;
    for (size_t i = 0; i < len && in->n; i++)
        s[k++] = (char)byte(in);
    s[k] = '\0';
    char *valid = malloc(k + 1);
    size_t v = 0;
    for (size_t i = 0; i < k;) {
        /* keep whole well-formed characters; drop the rest */
        const char *rest = s + i;
        char probe[5] = {0};
        size_t n = (unsigned char)rest[0] < 0x80 ? 1 : (unsigned char)rest[0] >= 0xF0 ? 4
                   : (unsigned char)rest[0] >= 0xE0 ? 3 : 2;
        if (i + n > k) {
            i++;
            continue;
        }
        memcpy(probe, rest, n);
        if (rest[0] != '\0' && ke_utf8_invalid(probe) == (size_t)-1) {
            memcpy(valid + v, rest, n);
            v += n;
            i += n;
        } else {
            i++;
        }
    }
    valid[v] = '\0';
    free(s);
    return valid;
}

static char *render(const ke_table *t, ke_format f)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    ke_render_opts o;
    ke_render_opts_init(&o);
    o.wide = 1;
    if (ke_render(t, f, &o, out) != 0)
        abort();
    fclose(out);
    return buf;
}

/* The default table view fitted to `width` columns and wrapped, as at a
 * terminal: every line within the width unless a code, number or marker
 * alone is wider (checked only not to crash or leak). */
static char *render_table_at(const ke_table *t, size_t width, ke_lang lang)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    ke_render_opts o;
    ke_render_opts_init(&o);
    o.width = width;
    o.wrap = 1;
    o.lang = lang;
    if (ke_render(t, KE_FMT_TABLE, &o, out) != 0)
        abort();
    fclose(out);
    return buf;
}

/* The JSON value a cell must come back as. */
static int cell_matches(const ke_column *col, const ke_cell *cell, json_t *v)
{
    if (!cell->text)
        return json_is_null(v);
    switch (col->type) {
    case KE_COL_BOOL:
        return json_is_boolean(v) && json_is_true(v) == (strcmp(cell->text, "true") == 0);
    case KE_COL_INT:
        return json_is_integer(v) && json_integer_value(v) == strtoll(cell->text, NULL, 10);
    case KE_COL_NUM:
        return json_is_number(v) && json_number_value(v) == strtod(cell->text, NULL);
    default:
        return json_is_string(v) && strcmp(json_string_value(v), cell->text) == 0;
    }
}

static void check_object(const ke_table *t, size_t r, json_t *obj)
{
    if (!json_is_object(obj) || json_object_size(obj) != t->n_cols)
        abort();
    for (size_t c = 0; c < t->n_cols; c++)
        if (!cell_matches(&t->cols[c], ke_table_cell(t, r, c), json_object_get(obj, t->cols[c].key)))
            abort();
}

static void check_json(const ke_table *t, const char *doc)
{
    json_error_t e;
    json_t *arr = json_loads(doc, JSON_REJECT_DUPLICATES, &e);
    if (!json_is_array(arr) || json_array_size(arr) != t->n_rows)
        abort();
    for (size_t r = 0; r < t->n_rows; r++)
        check_object(t, r, json_array_get(arr, r));
    json_decref(arr);
}

static void check_ndjson(const ke_table *t, const char *doc)
{
    size_t r = 0;
    for (const char *line = doc; *line; r++) {
        const char *nl = strchr(line, '\n');
        if (!nl)
            abort(); /* every object ends its line */
        json_error_t e;
        json_t *obj = json_loadb(line, (size_t)(nl - line), JSON_REJECT_DUPLICATES, &e);
        if (r >= t->n_rows)
            abort();
        check_object(t, r, obj);
        json_decref(obj);
        line = nl + 1;
    }
    if (r != t->n_rows)
        abort();
}

/* A strict RFC 4180 reader (LF record ends): the next field of `*p` into a
 * malloc'd string; *end_of_record set after the last field of a record. */
static char *csv_field(const char **p, int *end_of_record)
{
    const char *s = *p;
    size_t cap = strlen(s) + 1, n = 0;
    char *out = malloc(cap);
    if (*s == '"') {
        for (s++;; s++) {
            if (!*s)
                abort(); /* unterminated quote */
            if (*s == '"') {
                if (s[1] == '"') {
                    out[n++] = '"';
                    s++;
                    continue;
                }
                s++;
                break;
            }
            out[n++] = *s;
        }
    } else {
        for (; *s && *s != ',' && *s != '\n'; s++) {
            if (*s == '"' || *s == '\r')
                abort(); /* must have been quoted */
            out[n++] = *s;
        }
    }
    if (*s == ',') {
        *end_of_record = 0;
        s++;
    } else if (*s == '\n') {
        *end_of_record = 1;
        s++;
    } else {
        abort(); /* a field ends at a comma or a line end */
    }
    out[n] = '\0';
    *p = s;
    return out;
}

static void check_csv(const ke_table *t, const char *doc)
{
    const char *p = doc;
    for (size_t r = 0; r <= t->n_rows; r++) { /* the header, then the rows */
        for (size_t c = 0; c < t->n_cols; c++) {
            int end;
            char *f = csv_field(&p, &end);
            const char *want = r == 0 ? t->cols[c].key : ke_table_cell(t, r - 1, c)->text;
            if (strcmp(f, want ? want : "") != 0 || end != (c + 1 == t->n_cols))
                abort();
            free(f);
        }
    }
    if (*p)
        abort(); /* nothing after the last record */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    input in = {data, size};
    static const char *const keys[] = {"c0", "c1", "c2", "c3", "c4", "c5"};
    static const char *const nums[] = {"0", "-0.3", "10.26", "59.40", "78352034", "1e3", "0.001"};
    ke_column cols[6];
    size_t n_cols = 1 + byte(&in) % 6;
    for (size_t c = 0; c < n_cols; c++) {
        unsigned b = byte(&in);
        unsigned b2 = byte(&in);
        cols[c] = (ke_column){.key = keys[c], .type = (ke_coltype)(b % 4), .doc = "", .footnote = (b >> 2) & 1,
                              .flags = (b >> 3) % 64, .priority = (int)(b2 % 4)};
    }
    /* the table view at a terminal: fitted to a width, notes wrapped */
    size_t width = 20 + byte(&in) % 120;
    ke_lang lang = (ke_lang)(byte(&in) % 3);
    ke_table *t = ke_table_new(cols, n_cols);
    size_t n_rows = byte(&in) % 9;
    for (size_t r = 0; r < n_rows; r++) {
        size_t row = ke_table_add_row(t);
        for (size_t c = 0; c < n_cols; c++) {
            unsigned b = byte(&in);
            if (b % 5 == 0)
                continue; /* missing */
            switch (cols[c].type) {
            case KE_COL_INT:
                ke_table_set_int(t, row, keys[c], (long long)(int8_t)b * 1000003LL);
                break;
            case KE_COL_NUM: {
                const char *s = nums[b % 6];
                ke_table_set_num(t, row, keys[c], s, strtod(s, NULL));
                break;
            }
            case KE_COL_BOOL:
                ke_table_set_bool(t, row, keys[c], b & 1);
                break;
            default: {
                char *s = text(&in, 24);
                ke_table_set_text(t, row, keys[c], s);
                free(s);
            }
            }
        }
    }
    char *json = render(t, KE_FMT_JSON), *ndjson = render(t, KE_FMT_NDJSON), *csv = render(t, KE_FMT_CSV);
    check_json(t, json);
    check_ndjson(t, ndjson);
    check_csv(t, csv);
    free(json);
    free(ndjson);
    free(csv);
    free(render(t, KE_FMT_TABLE));
    free(render_table_at(t, width, lang));
    free(render(t, KE_FMT_TSV));
    free(render(t, KE_FMT_MARKDOWN));
    ke_table_free(t);
    return 0;
}
