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

static json_t *build_row(const ke_table *t, size_t r)
{
    json_t *obj = json_object();
    if (!obj)
        return NULL;
    for (size_t c = 0; c < t->n_cols; c++) {
        json_t *v = cell_value(&t->cols[c], ke_table_cell(t, r, c));
        if (json_object_set_new(obj, t->cols[c].key, v) != 0) {
            json_decref(obj);
            return NULL;
        }
    }
    return obj;
}

static json_t *build(const ke_table *t)
{
    json_t *rows = json_array();
    if (!rows)
        return NULL;
    for (size_t r = 0; r < t->n_rows; r++) {
        if (json_array_append_new(rows, build_row(t, r)) != 0) {
            json_decref(rows);
            return NULL;
        }
    }
    return rows;
}

#define DUMP_FLAGS (JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

int ke_render_json(const ke_table *t, FILE *out)
{
    json_t *doc = build(t);
    if (!doc)
        return -1;
    int rc = json_dumpf(doc, out, JSON_INDENT(2) | DUMP_FLAGS);
    json_decref(doc);
    if (rc != 0 || fputc('\n', out) == EOF || ferror(out))
        return -1;
    return 0;
}

/* An empty result is no line at all. */
int ke_render_ndjson(const ke_table *t, FILE *out)
{
    for (size_t r = 0; r < t->n_rows; r++) {
        json_t *obj = build_row(t, r);
        if (!obj)
            return -1;
        int rc = json_dumpf(obj, out, JSON_COMPACT | DUMP_FLAGS);
        json_decref(obj);
        if (rc != 0 || fputc('\n', out) == EOF)
            return -1;
    }
    return ferror(out) ? -1 : 0;
}
