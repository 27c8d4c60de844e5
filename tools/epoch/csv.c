/* The RFC 4180 reader of csv.h. */
#include "csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct buf {
    char *s;
    size_t n, cap;
} buf;

static int put(buf *b, char c)
{
    if (b->n + 1 >= b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        char *s = realloc(b->s, cap);
        if (!s)
            return -1;
        b->s = s;
        b->cap = cap;
    }
    b->s[b->n++] = c;
    b->s[b->n] = '\0';
    return 0;
}

static int add_field(csv_row *row, buf *b)
{
    char **f = realloc(row->fields, (row->n + 1) * sizeof *f);
    if (!f)
        return -1;
    row->fields = f;
    if (!b->s && !(b->s = calloc(1, 1)))
        return -1;
    row->fields[row->n++] = b->s;
    *b = (buf){NULL, 0, 0};
    return 0;
}

void csv_init(csv_reader *r, const char *text, size_t len)
{
    r->p = text;
    r->end = text + len;
    r->line = 1;
}

void csv_row_free(csv_row *row)
{
    for (size_t i = 0; i < row->n; i++)
        free(row->fields[i]);
    free(row->fields);
    row->fields = NULL;
    row->n = 0;
}

/* At a line break (CRLF or LF): consumes it and returns 1. */
static int eol(csv_reader *r)
{
    if (r->p < r->end && *r->p == '\n') {
        r->p++;
        r->line++;
        return 1;
    }
    if (r->end - r->p >= 2 && r->p[0] == '\r' && r->p[1] == '\n') {
        r->p += 2;
        r->line++;
        return 1;
    }
    return 0;
}

int csv_next(csv_reader *r, csv_row *row, char *err, size_t errlen)
{
    *row = (csv_row){NULL, 0, r->line};
    if (r->p >= r->end)
        return 0;
    buf b = {NULL, 0, 0};
    for (;;) {
        /* one field */
        if (r->p < r->end && *r->p == '"') {
            long opened = r->line;
            r->p++;
            for (;;) {
                if (r->p >= r->end) {
                    snprintf(err, errlen, "line %ld: the quoted field opened here has no closing quote", opened);
                    goto fail;
                }
                char c = *r->p++;
                if (c == '"') {
                    if (r->p < r->end && *r->p == '"') {
                        r->p++;
                        if (put(&b, '"'))
                            goto oom;
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    r->line++;
                if (put(&b, c))
                    goto oom;
            }
            if (r->p < r->end && *r->p != ',' && *r->p != '\n' &&
                !(*r->p == '\r' && r->p + 1 < r->end && r->p[1] == '\n')) {
                snprintf(err, errlen, "line %ld: '%c' after the closing quote of a field (a quote inside "
                         "a quoted field is written twice: \"\")", r->line, *r->p);
                goto fail;
            }
        } else {
            while (r->p < r->end && *r->p != ',' && *r->p != '\n' &&
                   !(*r->p == '\r' && r->p + 1 < r->end && r->p[1] == '\n')) {
                if (*r->p == '"') {
                    snprintf(err, errlen, "line %ld: a quote inside a field that does not start "
                             "with one (quote the whole field and double the quote)", r->line);
                    goto fail;
                }
                if (put(&b, *r->p++))
                    goto oom;
            }
        }
        if (add_field(row, &b))
            goto oom;
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        eol(r);
        return 1;
    }
oom:
    snprintf(err, errlen, "line %ld: out of memory", r->line);
fail:
    free(b.s);
    csv_row_free(row);
    return -1;
}
