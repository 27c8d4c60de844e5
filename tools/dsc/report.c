/* Diagnostics of the dataset compiler: "FILE:LINE:COL: msg" for JSON
 * syntax errors (jansson gives the position), "FILE:LINE: $.kind[i].field:
 * msg" for everything found after parsing (locate.c finds the line). Diagnostics are collected and printed
 * by report_flush() in file order, then record order, whatever check found
 * them first, so the list reads top to bottom like the files. */
#include "dsc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct diag {
    const char *file;
    size_t line;   /* 0 when unknown */
    int kind;      /* -1 for file-level diagnostics */
    size_t index;  /* record index */
    size_t seq;    /* order found, to keep ties stable */
    char *text;
} diag;

static diag *diags;
static size_t n_diags, cap_diags;

static void add(const char *file, size_t line, int kind, size_t index, const char *prefix,
                const char *fmt, va_list ap)
{
    char body[1024];
    vsnprintf(body, sizeof body, fmt, ap);
    size_t len = strlen(prefix) + strlen(body) + 1;
    char *text = malloc(len);
    if (!text)
        abort();
    snprintf(text, len, "%s%s", prefix, body);
    if (n_diags == cap_diags) {
        cap_diags = cap_diags ? cap_diags * 2 : 32;
        diags = realloc(diags, cap_diags * sizeof *diags);
        if (!diags)
            abort();
    }
    diags[n_diags] = (diag){file, line, kind, index, n_diags, text};
    n_diags++;
}

static void add_v(const char *file, size_t line, const char *prefix, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(file, line, -1, 0, prefix, fmt, ap);
    va_end(ap);
}

void report_syntax(const char *file, int line, int column, const char *text)
{
    char prefix[512];
    if (line > 0) /* jansson reports -1 when the file could not be read */
        snprintf(prefix, sizeof prefix, "%s:%d:%d: error: ", file, line, column);
    else
        snprintf(prefix, sizeof prefix, "%s: error: ", file);
    add_v(file, line > 0 ? (size_t)line : 0, prefix, "%s", text);
}

void report_at(const record *r, const char *field, const char *fmt, ...)
{
    char prefix[512], at[32] = "";
    int line = locate_line(r->text, kind_names[r->kind], r->index, field);
    if (line > 0)
        snprintf(at, sizeof at, ":%d", line);
    snprintf(prefix, sizeof prefix, "%s%s: $.%s[%zu]%s%s: error: ", r->file, at, kind_names[r->kind],
             r->index, field ? "." : "", field ? field : "");
    va_list ap;
    va_start(ap, fmt);
    add(r->file, line > 0 ? (size_t)line : 0, (int)r->kind, r->index, prefix, fmt, ap);
    va_end(ap);
}

void report_file(const char *file, const char *fmt, ...)
{
    char prefix[512];
    snprintf(prefix, sizeof prefix, "%s: error: ", file);
    va_list ap;
    va_start(ap, fmt);
    add(file, 0, -1, 0, prefix, fmt, ap);
    va_end(ap);
}

static int cmp_diag(const void *pa, const void *pb)
{
    const diag *a = pa, *b = pb;
    int c = strcmp(a->file, b->file);
    if (c)
        return c;
    if (a->line != b->line) /* top to bottom, as an editor shows the file */
        return a->line < b->line ? -1 : 1;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    if (a->index != b->index)
        return a->index < b->index ? -1 : 1;
    return (a->seq > b->seq) - (a->seq < b->seq);
}

size_t report_flush(FILE *out)
{
    if (n_diags) /* qsort(NULL, 0, ...) is undefined behaviour */
        qsort(diags, n_diags, sizeof *diags, cmp_diag);
    for (size_t i = 0; i < n_diags; i++) {
        fprintf(out, "%s\n", diags[i].text);
        free(diags[i].text);
    }
    size_t n = n_diags;
    free(diags);
    diags = NULL;
    n_diags = cap_diags = 0;
    return n;
}

const char *record_where(const record *r, char *buf, size_t size)
{
    int line = locate_line(r->text, kind_names[r->kind], r->index, NULL);
    if (line > 0)
        snprintf(buf, size, "%s:%d: $.%s[%zu]", r->file, line, kind_names[r->kind], r->index);
    else
        snprintf(buf, size, "%s: $.%s[%zu]", r->file, kind_names[r->kind], r->index);
    return buf;
}
