/* Diagnostics of the dataset loader, collected and printed sorted: syntax
 * errors (and files that cannot be read) first, then file by file, top to
 * bottom, whatever check found them first. Only the first ones found are
 * kept (ke_diags.max, as compilers' -fmax-errors); the rest are counted,
 * without formatting them or looking for their line or a suggestion, so
 * that memory stays bounded and time grows no faster than the checks. */
#include "data/loader.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaieco/messages.h"
#include "kaieco/utf8.h"
#include "suggest.h"

size_t ke_diags_limit(const ke_diags *d)
{
    return d->max ? d->max : KE_DIAGS_MAX_DEFAULT;
}

/* Counts one diagnostic; 1 when it is to be kept, 0 when the cap is
 * reached (then it is only counted, and nothing is formatted for it). */
static int count(ke_diags *d, int warning)
{
    if (warning)
        d->warnings++;
    else
        d->errors++;
    return d->n < ke_diags_limit(d);
}

int ke_diag_skip(ke_loader *L)
{
    ke_diags *d = L->diags;
    if (d->n < ke_diags_limit(d))
        return 0;
    d->errors++;
    return 1;
}

static void add(ke_loader *L, const char *file, size_t line, int syntax, int warning, int kind,
                size_t index, const char *prefix, const char *fmt, va_list ap)
{
    ke_diags *d = L->diags;
    size_t seq = d->errors + d->warnings;
    if (!count(d, warning))
        return;
    char body[1024];
    /* the reason in the message language (kaieco/messages.h), as
     * ke_error_set's; "FILE:LINE: $.kind[i].field: error:" stays as
     * compilers write it, which editors and CI read */
    vsnprintf(body, sizeof body, ke_msg(fmt), ap);
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        ke_diag *items = realloc(d->items, cap * sizeof *items);
        if (!items) {
            d->io_error = 1; /* out of memory: the load still fails */
            return;
        }
        d->items = items;
        d->cap = cap;
    }
    size_t len = strlen(prefix) + strlen(body) + 1;
    char *text = malloc(len), *name = strdup(file);
    if (!text || !name) {
        free(text);
        free(name);
        d->io_error = 1;
        return;
    }
    snprintf(text, len, "%s%s", prefix, body);
    d->items[d->n] = (ke_diag){text, name, line, syntax, kind, index, seq, warning};
    d->n++;
}

void ke_diag_syntax(ke_loader *L, const char *file, size_t line, size_t column, const char *fmt, ...)
{
    char prefix[1200];
    if (line)
        snprintf(prefix, sizeof prefix, "%s:%zu:%zu: error: ", file, line, column);
    else
        snprintf(prefix, sizeof prefix, "%s: error: ", file);
    va_list ap;
    va_start(ap, fmt);
    add(L, file, line, 1, 0, -1, 0, prefix, fmt, ap);
    va_end(ap);
    L->syntax_failed = 1;
}

void ke_diag_file(ke_loader *L, const char *file, int io, const char *fmt, ...)
{
    char prefix[1200];
    snprintf(prefix, sizeof prefix, "%s: error: ", file);
    va_list ap;
    va_start(ap, fmt);
    add(L, file, 0, io, 0, -1, 0, prefix, fmt, ap);
    va_end(ap);
    if (io) {
        L->diags->io_error = 1;
        L->syntax_failed = 1;
    }
}

static size_t record_line(const ke_loader *L, ke_kind k, size_t i, const char *field)
{
    const ke_origin *o = &L->origins[k][i];
    return ke_locate(o->text, o->start, o->line, ke_schema[k].name, o->index, field);
}

void ke_diag_warn(ke_loader *L, const char *file, const char *fmt, ...)
{
    char prefix[1200];
    snprintf(prefix, sizeof prefix, "%s: warning: ", file);
    va_list ap;
    va_start(ap, fmt);
    add(L, file, 0, 1, 1, -1, 0, prefix, fmt, ap); /* with the other file-level messages */
    va_end(ap);
}

void ke_diag_at(ke_loader *L, ke_kind k, size_t i, const char *field, const char *fmt, ...)
{
    if (ke_diag_skip(L)) /* past the cap: not even the line is looked for */
        return;
    const ke_origin *o = &L->origins[k][i];
    size_t line = record_line(L, k, i, field);
    char prefix[1200], at[32] = "";
    if (line)
        snprintf(at, sizeof at, ":%zu", line);
    snprintf(prefix, sizeof prefix, "%s%s: $.%s[%zu]%s%s: error: ", o->file, at, ke_schema[k].name,
             o->index, field ? "." : "", field ? field : "");
    va_list ap;
    va_start(ap, fmt);
    add(L, o->file, line, 0, 0, (int)k, o->index, prefix, fmt, ap);
    va_end(ap);
}

const char *ke_diag_where(const ke_loader *L, ke_kind k, size_t i, char *buf, size_t size)
{
    const ke_origin *o = &L->origins[k][i];
    size_t line = record_line(L, k, i, NULL);
    if (line)
        snprintf(buf, size, "%s:%zu: $.%s[%zu]", o->file, line, ke_schema[k].name, o->index);
    else
        snprintf(buf, size, "%s: $.%s[%zu]", o->file, ke_schema[k].name, o->index);
    return buf;
}

void ke_diag_unresolved(ke_loader *L, ke_kind k, size_t i, const char *field, const char *what,
                        const char *value, ke_kind k1, int k2)
{
    if (ke_diag_skip(L)) /* past the cap: no suggestion is looked for */
        return;
    ke_suggester sg;
    ke_suggest_init(&sg, value);
    const ke_dataset *ds = &L->out->ds;
    ke_kind kinds[2] = {k1, k2 >= 0 ? (ke_kind)k2 : k1};
    for (int n = 0; n < (k2 >= 0 ? 2 : 1); n++) {
        const ke_field *key = ke_field_find(kinds[n], ke_schema[kinds[n]].key);
        for (size_t j = 0; j < ke_kind_count(ds, kinds[n]); j++)
            ke_suggest_add(&sg, ke_field_str(ds, ke_kind_record(ds, kinds[n], j), key));
    }
    const char *best = ke_suggest_result(&sg);
    if (best)
        ke_diag_at(L, k, i, field, "unknown %s '%s'; did you mean '%s'?", what, value, best);
    else
        ke_diag_at(L, k, i, field, "unknown %s '%s'", what, value);
}

static int cmp_diag(const void *pa, const void *pb)
{
    const ke_diag *a = pa, *b = pb;
    if (a->syntax != b->syntax)
        return b->syntax - a->syntax;
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

/* A line on its way out, escaped into a buffer of its own (stderr is not
 * buffered: one write a line, not one a piece) and nothing allocated. */
typedef struct line_out {
    FILE *out;
    size_t n;
    char buf[4096];
} line_out;

static void to_line(void *ctx, const char *p, size_t n)
{
    line_out *l = ctx;
    if (l->n + n > sizeof l->buf) {
        fwrite(l->buf, 1, l->n, l->out);
        l->n = 0;
    }
    if (n > sizeof l->buf) {
        fwrite(p, 1, n, l->out);
        return;
    }
    memcpy(l->buf + l->n, p, n);
    l->n += n;
}

size_t ke_diags_print(ke_diags *d, FILE *out)
{
    if (d->n) /* qsort(NULL, 0, ...) is undefined behaviour */
        qsort(d->items, d->n, sizeof *d->items, cmp_diag);
    /* a message quotes the file's text: shown as people see it, escaped */
    for (size_t i = 0; i < d->n; i++) { /* escaped on the way: no allocation */
        line_out l = {out, 0, {0}};
        ke_display_write(d->items[i].text, strlen(d->items[i].text), to_line, &l);
        to_line(&l, "\n", 1);
        fwrite(l.buf, 1, l.n, out);
    }
    return d->errors;
}

void ke_diags_free(ke_diags *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->items[i].text);
        free(d->items[i].file);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}
