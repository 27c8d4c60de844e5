/* JSON formatters, built with jansson: `json`, an array of flat objects, one
 * per row; `ndjson`, the same objects, one compact object per line. */
#include "kaieco/format.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* A number as the source printed it: an integer when it has no '.' and
 * fits json_int_t, else a real. JSON_REAL_PRECISION(15) at dump time prints
 * any decimal given with <= 15 significant digits in its shortest form. */
static json_t *number_value(const char *text)
{
    char *end;
    if (!strchr(text, '.')) {
        errno = 0;
        json_int_t i = strtoll(text, &end, 10);
        if (errno == 0 && end != text && *end == '\0')
            return json_integer(i);
    }
    errno = 0;
    double d = strtod(text, &end);
    json_t *v = NULL;
    if (end != text && *end == '\0')
        v = json_real(d); /* NULL for inf/nan, which JSON cannot hold */
    /* The dataset compiler validates numbers; should one still be
     * unreadable, keep its text rather than lose it. */
    return v ? v : json_string(text);
}

static json_t *cell_value(const ke_column *col, const ke_cell *cell)
{
    if (!cell->text)
        return json_null();
    switch (col->type) {
    case KE_COL_INT:
    case KE_COL_NUM:
        return number_value(cell->text);
    case KE_COL_BOOL:
        return json_boolean(strcmp(cell->text, "true") == 0);
    case KE_COL_TEXT:
        break;
    }
    /* NULL when the text is not valid UTF-8: reported as a failure. */
    return json_string(cell->text);
}

/* One object per row, written as soon as it is built: the output never
 * waits for (or holds) a tree of the whole table. The object is made once
 * with every key, in column order, and each row replaces its values, so
 * keys are not copied and hashed into a new object for every row. */
static json_t *row_object(const ke_table *t)
{
    json_t *obj = json_object();
    for (size_t c = 0; obj && c < t->n_cols; c++)
        if (json_object_set_new_nocheck(obj, t->cols[c].key, json_null()) != 0) {
            json_decref(obj);
            obj = NULL;
        }
    return obj;
}

static int fill_row(json_t *obj, const ke_table *t, size_t r)
{
    for (size_t c = 0; c < t->n_cols; c++) {
        json_t *v = cell_value(&t->cols[c], ke_table_cell(t, r, c));
        if (json_object_set_new_nocheck(obj, t->cols[c].key, v) != 0)
            return -1;
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

/* Writes a row object dumped with JSON_INDENT(2) as an element of the
 * array: every line two spaces further in, as json_dumpf would indent the
 * whole array. JSON text holds no raw newline inside a string, so each
 * '\n' jansson wrote is a line break. */
static int write_element(const char *s, size_t n, FILE *out)
{
    if (fputs("  ", out) == EOF)
        return -1;
    for (const char *end = s + n, *nl; s < end; s = nl + 1) {
        nl = memchr(s, '\n', (size_t)(end - s));
        if (!nl)
            return fwrite(s, 1, (size_t)(end - s), out) == (size_t)(end - s) ? 0 : -1;
        if (fwrite(s, 1, (size_t)(nl - s) + 1, out) != (size_t)(nl - s) + 1 || fputs("  ", out) == EOF)
            return -1;
    }
    return 0;
}

/* The whole table as one JSON array, the layout json_dumpf gives the
 * array with JSON_INDENT(2) ("[]" when empty), then a newline. */
int ke_render_json(const ke_table *t, FILE *out)
{
    if (t->n_rows == 0)
        return fputs("[]\n", out) == EOF || ferror(out) ? -1 : 0;
    rowbuf b = {NULL, 0};
    json_t *obj = row_object(t);
    int rc = obj && fputs("[\n", out) != EOF ? 0 : -1;
    for (size_t r = 0; rc == 0 && r < t->n_rows; r++) {
        size_t n = fill_row(obj, t, r) == 0 ? dump_row(&b, obj, JSON_INDENT(2) | DUMP_FLAGS) : 0;
        if (n == 0 || (r && fputs(",\n", out) == EOF) || write_element(b.data, n, out) != 0)
            rc = -1;
    }
    json_decref(obj);
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
    json_t *obj = row_object(t);
    int rc = obj ? 0 : -1;
    for (size_t r = 0; rc == 0 && r < t->n_rows; r++) {
        size_t n = fill_row(obj, t, r) == 0 ? dump_row(&b, obj, JSON_COMPACT | DUMP_FLAGS) : 0;
        if (n == 0 || fwrite(b.data, 1, n, out) != n || fputc('\n', out) == EOF)
            rc = -1;
    }
    json_decref(obj);
    free(b.data);
    return rc != 0 || ferror(out) ? -1 : 0;
}
