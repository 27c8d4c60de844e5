/* Finding the line of a record or of one of its fields in a dataset file,
 * so that diagnostics read "file:line: $.kind[i].field: ..." like zic's.
 * jansson keeps no positions for values it has parsed, so this walks the
 * (already valid) JSON text once more, skipping what it does not need. It
 * runs only for records that have a mistake. */
#include "data/loader.h"

#include <stdlib.h>
#include <string.h>

static const char *skip_ws(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    return p;
}

/* p at '"'; returns the position after the closing quote. */
static const char *skip_string(const char *p)
{
    for (p++; *p && *p != '"'; p++)
        if (*p == '\\' && p[1])
            p++;
    return *p ? p + 1 : p;
}

static const char *skip_value(const char *p)
{
    p = skip_ws(p);
    if (*p == '"')
        return skip_string(p);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (*p) {
            if (*p == '"') {
                p = skip_string(p);
                continue;
            }
            if (*p == '{' || *p == '[')
                depth++;
            else if ((*p == '}' || *p == ']') && --depth == 0)
                return p + 1;
            p++;
        }
        return p;
    }
    while (*p && !strchr(",}] \t\r\n", *p))
        p++;
    return p;
}

/* p at '{': the position of member `key`'s name, or NULL. With `value`,
 * *value is set to the position of its value. */
static const char *member(const char *p, const char *key, size_t key_len, const char **value)
{
    if (!p || *p != '{')
        return NULL;
    p++;
    for (;;) {
        p = skip_ws(p);
        if (*p != '"')
            return NULL;
        const char *name = p;
        p = skip_string(p);
        int match = (size_t)(p - name - 2) == key_len && strncmp(name + 1, key, key_len) == 0;
        p = skip_ws(p);
        if (*p != ':')
            return NULL;
        p = skip_ws(p + 1);
        if (match) {
            if (value)
                *value = p;
            return name;
        }
        p = skip_ws(skip_value(p));
        if (*p != ',')
            return NULL;
        p++;
    }
}

/* p at '[': the position of element `index`, or NULL. */
static const char *element(const char *p, size_t index)
{
    if (!p || *p != '[')
        return NULL;
    p++;
    for (size_t i = 0;; i++) {
        p = skip_ws(p);
        if (!*p || *p == ']')
            return NULL;
        if (i == index)
            return p;
        p = skip_ws(skip_value(p));
        if (*p != ',')
            return NULL;
        p++;
    }
}

static size_t lines_between(const char *from, const char *to)
{
    size_t n = 0;
    for (const char *p = from; p < to; p++)
        n += *p == '\n';
    return n;
}

size_t ke_locate(const char *text, const char *start, size_t line, const char *kind,
                 size_t index, const char *field)
{
    if (!text)
        return 0;
    if (!start) {
        const char *arr = NULL;
        if (!member(skip_ws(text), kind, strlen(kind), &arr) || !(start = element(arr, index)))
            return 0;
        line = 1 + lines_between(text, start);
    }
    if (!field)
        return line;
    /* "entities[1]" names an item of an array field */
    size_t len = strcspn(field, "[");
    const char *val = NULL, *name = member(start, field, len, &val);
    if (!name)
        return line; /* a missing field: the record's line */
    if (field[len] == '[') {
        const char *item = element(val, strtoul(field + len + 1, NULL, 10));
        if (item)
            return line + lines_between(start, item);
    }
    return line + lines_between(start, name);
}
