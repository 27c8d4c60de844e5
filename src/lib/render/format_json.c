/* JSON formatters, built with jansson: `json`, an array of flat objects, one
 * per row; `ndjson`, the same objects, one compact object per line. */
#include "kaieco/format.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* A number as the source printed it: an integer when it has no '.' and
 * fits json_int_t (1, *i set), else a real (2, *d set); 0 if it is not a
 * finite number. JSON_REAL_PRECISION(15) at dump time prints any decimal
 * given with <= 15 significant digits in its shortest form. */
static int parse_number(const char *text, json_int_t *i, double *d)
{
    char *end;
    if (!strchr(text, '.')) {
        errno = 0;
        *i = strtoll(text, &end, 10);
        if (errno == 0 && end != text && *end == '\0')
            return 1;
    }
    errno = 0;
    *d = strtod(text, &end);
    return end != text && *end == '\0' && *d - *d == 0 ? 2 : 0; /* not inf or nan */
}

static json_t *cell_value(const ke_column *col, const ke_cell *cell)
{
    if (!cell->text)
        return json_null();
    json_int_t i;
    double d;
    switch (col->type) {
    case KE_COL_INT:
    case KE_COL_NUM:
        switch (parse_number(cell->text, &i, &d)) {
        case 1:
            return json_integer(i);
        case 2:
            return json_real(d);
        }
        /* The dataset compiler validates numbers; should one still be
         * unreadable, keep its text rather than lose it. */
        break;
    case KE_COL_BOOL:
        return json_boolean(strcmp(cell->text, "true") == 0);
    case KE_COL_TEXT:
        break;
    }
    /* NULL when the text is not valid UTF-8: reported as a failure. */
    return json_string(cell->text);
}

/* One object per row, written as soon as it is filled: the output never
 * waits for (or holds) a tree of the whole table. The object is made once
 * with every key, in column order; each row then changes its values in
 * place where the JSON type stays the same (no key hashed, nothing
 * allocated), else replaces the member. */
typedef struct row_object {
    json_t *obj;
    json_t **value; /* value[c]: the member of column c (owned by obj) */
} row_object;

static int row_object_new(row_object *r, const ke_table *t)
{
    r->obj = json_object();
    r->value = calloc(t->n_cols ? t->n_cols : 1, sizeof *r->value);
    if (!r->obj || !r->value)
        return -1;
    for (size_t c = 0; c < t->n_cols; c++) {
        r->value[c] = json_null();
        if (json_object_set_new_nocheck(r->obj, t->cols[c].key, r->value[c]) != 0)
            return -1;
    }
    return 0;
}

static void row_object_free(row_object *r)
{
    json_decref(r->obj);
    free(r->value);
}

/* Changes the member `*v` to the cell's value without replacing it, when
 * its type allows: 1 if done, 0 if it must be replaced, -1 on invalid
 * UTF-8. */
static int set_in_place(json_t *v, const ke_column *col, const ke_cell *cell)
{
    json_int_t i;
    double d;
    if (!cell->text)
        return json_is_null(v);
    switch (col->type) {
    case KE_COL_TEXT:
        if (!json_is_string(v))
            return 0;
        return json_string_set(v, cell->text) == 0 ? 1 : -1;
    case KE_COL_INT:
    case KE_COL_NUM:
        switch (parse_number(cell->text, &i, &d)) {
        case 1:
            return json_is_integer(v) && json_integer_set(v, i) == 0;
        case 2:
            return json_is_real(v) && json_real_set(v, d) == 0;
        }
        return 0;
    case KE_COL_BOOL:
        return json_is_boolean(v) && json_is_true(v) == (strcmp(cell->text, "true") == 0);
    }
    return 0;
}

static int fill_row(row_object *r, const ke_table *t, size_t row)
{
    for (size_t c = 0; c < t->n_cols; c++) {
        const ke_cell *cell = ke_table_cell(t, row, c);
        int done = set_in_place(r->value[c], &t->cols[c], cell);
        if (done < 0)
            return -1;
        if (done)
            continue;
        json_t *v = cell_value(&t->cols[c], cell);
        if (!v || json_object_set_new_nocheck(r->obj, t->cols[c].key, v) != 0)
            return -1;
        r->value[c] = v;
    }
    return 0;
}

#define DUMP_FLAGS (JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

/* A growing buffer that jansson dumps one row into (json_dumpb), so a row
 * costs one fwrite rather than one write callback per token. */
typedef struct rowbuf {
    char *data;
    size_t size;
} rowbuf;

/* Dumps `obj` into b; returns its length, or 0 on failure. */
static size_t dump_row(rowbuf *b, const json_t *obj, size_t flags)
{
    size_t n = json_dumpb(obj, b->data, b->size, flags);
    if (n > b->size) {
        char *p = realloc(b->data, n);
        if (!p)
            return 0;
        b->data = p;
        b->size = n;
        n = json_dumpb(obj, b->data, b->size, flags);
    }
    return n;
}

/* The whole table as one JSON array, the layout json_dumpf gives the
 * array with JSON_INDENT(2) ("[]" when empty), then a newline. Each row is
 * dumped as the one element of an array, so jansson indents it as it
 * would inside the whole array: the text between that array's "[\n" and
 * "\n]" is the element as it appears in the output. */
int ke_render_json(const ke_table *t, FILE *out)
{
    if (t->n_rows == 0)
        return fputs("[]\n", out) == EOF || ferror(out) ? -1 : 0;
    rowbuf b = {NULL, 0};
    row_object r = {NULL, NULL};
    json_t *one = json_array();
    int rc = one && row_object_new(&r, t) == 0 && json_array_append(one, r.obj) == 0 &&
                     fputs("[\n", out) != EOF
                 ? 0
                 : -1;
    for (size_t i = 0; rc == 0 && i < t->n_rows; i++) {
        size_t n = fill_row(&r, t, i) == 0 ? dump_row(&b, one, JSON_INDENT(2) | DUMP_FLAGS) : 0;
        if (n < 4 || (i && fputs(",\n", out) == EOF) || fwrite(b.data + 2, 1, n - 4, out) != n - 4)
            rc = -1;
    }
    json_decref(one);
    row_object_free(&r);
    free(b.data);
    if (rc != 0 || fputs("\n]\n", out) == EOF || ferror(out))
        return -1;
    return 0;
}

/* An empty result is no line at all. */
int ke_render_ndjson(const ke_table *t, FILE *out)
{
    if (t->n_rows == 0)
        return ferror(out) ? -1 : 0;
    rowbuf b = {NULL, 0};
    row_object r = {NULL, NULL};
    int rc = row_object_new(&r, t);
    for (size_t i = 0; rc == 0 && i < t->n_rows; i++) {
        size_t n = fill_row(&r, t, i) == 0 ? dump_row(&b, r.obj, JSON_COMPACT | DUMP_FLAGS) : 0;
        if (n == 0 || fwrite(b.data, 1, n, out) != n || fputc('\n', out) == EOF)
            rc = -1;
    }
    row_object_free(&r);
    free(b.data);
    return rc != 0 || ferror(out) ? -1 : 0;
}
