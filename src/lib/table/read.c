/* ke_table_read: kaieco's own output (JSON, NDJSON, CSV, TSV) read back
 * into a result table of text columns, so that a command downstream in a
 * pipe (cite) can act on what an earlier one printed. */
#include "kaieco/cite.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const ke_column no_columns[1];

/* The column named `key`, added when new. */
static size_t column(ke_table *t, const char *key)
{
    int c = ke_table_col(t, key);
    if (c >= 0)
        return (size_t)c;
    ke_column col = {.key = key, .type = KE_COL_TEXT};
    ke_table_add_column(t, &col);
    return t->n_cols - 1;
}

static void set_json(ke_table *t, size_t row, size_t col, json_t *v)
{
    if (json_is_string(v)) {
        ke_table_set_text_at(t, row, col, json_string_value(v));
    } else if (!json_is_null(v)) {
        char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
        ke_table_set_text_at(t, row, col, s);
        free(s);
    }
}

static int add_object(ke_table *t, json_t *o, const char *where, size_t n, ke_error *err)
{
    if (!json_is_object(o)) {
        ke_error_set(err, KE_EXIT_RUNTIME, "%s %zu of the input is not an object (a row of kaieco's output)",
                     where, n);
        return -1;
    }
    size_t row = ke_table_add_row(t);
    const char *key;
    json_t *v;
    json_object_foreach(o, key, v) set_json(t, row, column(t, key), v);
    return 0;
}

static ke_table *read_json(const char *text, size_t len, ke_error *err)
{
    json_error_t je;
    json_t *a = json_loadb(text, len, 0, &je);
    if (!a || !json_is_array(a)) {
        if (a)
            ke_error_set(err, KE_EXIT_RUNTIME, "the input is JSON but not an array of rows");
        else
            ke_error_set(err, KE_EXIT_RUNTIME, "the input is not valid JSON: line %d, column %d: %s", je.line,
                         je.column, je.text);
        json_decref(a);
        return NULL;
    }
    ke_table *t = ke_table_new(no_columns, 0);
    size_t i;
    json_t *o;
    json_array_foreach(a, i, o)
    {
        if (add_object(t, o, "element", i + 1, err) != 0) {
            ke_table_free(t);
            json_decref(a);
            return NULL;
        }
    }
    json_decref(a);
    return t;
}

static ke_table *read_ndjson(const char *text, size_t len, ke_error *err)
{
    ke_table *t = ke_table_new(no_columns, 0);
    size_t line = 0;
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - text) : len;
        line++;
        size_t k = at;
        while (k < end && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'))
            k++;
        if (k < end) {
            json_error_t je;
            json_t *o = json_loadb(text + at, end - at, 0, &je);
            if (!o) {
                ke_error_set(err, KE_EXIT_RUNTIME, "line %zu of the input is not valid JSON: %s", line, je.text);
                ke_table_free(t);
                return NULL;
            }
            int rc = add_object(t, o, "line", line, err);
            json_decref(o);
            if (rc != 0) {
                ke_table_free(t);
                return NULL;
            }
        }
        at = end + 1;
    }
    return t;
}

/* A growing buffer for one field. */
typedef struct field_buf {
    char *s;
    size_t n, cap;
} field_buf;

static void put(field_buf *b, char c)
{
    if (b->n + 2 > b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        char *s = realloc(b->s, b->cap);
        if (!s)
            abort(); /* as the table's own allocations: out of memory ends the program */
        b->s = s;
    }
    b->s[b->n++] = c;
    b->s[b->n] = '\0';
}

/* CSV (RFC 4180: "..." with "" inside) or TSV (kaieco's: \t \n \\ escaped
 * with a backslash). The first record is the header. */
static ke_table *read_delimited(const char *text, size_t len, char sep, ke_error *err)
{
    ke_table *t = ke_table_new(no_columns, 0);
    field_buf b = {0};
    size_t col = 0, line = 1, row = 0;
    int header = 1;
    for (size_t i = 0; i <= len;) {
        b.n = 0;
        put(&b, '\0');
        b.n = 0;
        if (sep == ',' && i < len && text[i] == '"') { /* a quoted CSV field */
            size_t start = line;
            for (i++;; i++) {
                if (i >= len) {
                    ke_error_set(err, KE_EXIT_RUNTIME, "line %zu of the input: a quoted field is not closed",
                                 start);
                    free(b.s);
                    ke_table_free(t);
                    return NULL;
                }
                if (text[i] == '"' && i + 1 < len && text[i + 1] == '"') {
                    put(&b, '"');
                    i++;
                } else if (text[i] == '"') {
                    i++;
                    if (i < len && text[i] != sep && text[i] != '\n' && text[i] != '\r') {
                        ke_error_set(err, KE_EXIT_RUNTIME,
                                     "line %zu of the input: text after a quoted field's closing quote", line);
                        free(b.s);
                        ke_table_free(t);
                        return NULL;
                    }
                    break;
                } else {
                    line += text[i] == '\n';
                    put(&b, text[i]);
                }
            }
        } else {
            for (; i < len && text[i] != sep && text[i] != '\n' && text[i] != '\r'; i++) {
                if (sep == '\t' && text[i] == '\\' && i + 1 < len) {
                    char c = text[++i];
                    put(&b, c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c);
                } else {
                    put(&b, text[i]);
                }
            }
        }
        int end_of_record = i >= len || text[i] != sep;
        if (header) {
            if (ke_table_col(t, b.s) >= 0) {
                ke_error_set(err, KE_EXIT_RUNTIME, "the input's header names column '%s' twice", b.s);
                free(b.s);
                ke_table_free(t);
                return NULL;
            }
            column(t, b.s);
        } else if (col < t->n_cols) {
            if (col == 0)
                row = ke_table_add_row(t);
            if (b.n)
                ke_table_set_text_at(t, row, col, b.s);
        } else {
            ke_error_set(err, KE_EXIT_RUNTIME, "line %zu of the input has more fields than its header (%zu)", line,
                         t->n_cols);
            free(b.s);
            ke_table_free(t);
            return NULL;
        }
        col++;
        if (i < len && text[i] == '\r')
            i++;
        if (end_of_record) {
            header = 0;
            col = 0;
            line++;
            i++; /* the newline (or past the end) */
            if (i >= len)
                break;
        } else {
            i++; /* the separator */
        }
    }
    free(b.s);
    return t;
}

ke_table *ke_table_read(const char *text, size_t len, ke_error *err)
{
    size_t k = 0;
    while (k < len && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r'))
        k++;
    if (k == len) {
        ke_error_set(err, KE_EXIT_RUNTIME, "the input is empty");
        return NULL;
    }
    if (memchr(text, '\0', len)) {
        ke_error_set(err, KE_EXIT_RUNTIME, "the input is not text (it holds a NUL byte)");
        return NULL;
    }
    if (text[k] == '[')
        return read_json(text, len, err);
    if (text[k] == '{')
        return read_ndjson(text, len, err);
    const char *nl = memchr(text, '\n', len);
    size_t first = nl ? (size_t)(nl - text) : len;
    if (text[k] == '|') {
        ke_error_set(err, KE_EXIT_RUNTIME, "the input is a Markdown table; give -f json, ndjson, csv or tsv");
        return NULL;
    }
    /* kaieco's table view: a header (after a caption, perhaps), then a
     * rule of dashes and spaces, within its first lines */
    const char *line = text;
    for (int k = 0; k < 4 && line < text + len; k++) {
        const char *end = memchr(line, '\n', (size_t)(text + len - line));
        if (!end)
            end = text + len;
        const char *p = line;
        while (p < end && (*p == '-' || *p == ' '))
            p++;
        if (p == end && end > line && *line == '-') {
            ke_error_set(err, KE_EXIT_RUNTIME,
                         "the input is kaieco's table view, which is for people; give -f json, ndjson, csv or tsv");
            return NULL;
        }
        line = end + 1;
    }
    return read_delimited(text, len, memchr(text, '\t', first) ? '\t' : ',', err);
}
