/* A growing line buffer (line.h). */
#include "base/line.h"

#include "kaieco/utf8.h"

#include <stdlib.h>
#include <string.h>

void ke_line_put(ke_line *l, const char *s, size_t n)
{
    if (l->failed)
        return;
    if (l->len + n + 1 > l->cap) {
        size_t cap = l->cap ? l->cap : 128;
        while (l->len + n + 1 > cap)
            cap *= 2;
        char *p = realloc(l->buf, cap);
        if (!p) {
            l->failed = 1;
            return;
        }
        l->buf = p;
        l->cap = cap;
    }
    memcpy(l->buf + l->len, s, n);
    l->len += n;
}

void ke_line_spaces(ke_line *l, size_t n)
{
    static const char spaces[] = "                                ";
    for (size_t k; n; n -= k) {
        k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        ke_line_put(l, spaces, k);
    }
}

static void put_to_line(void *ctx, const char *s, size_t n)
{
    ke_line_put(ctx, s, n);
}

void ke_line_text(ke_line *l, const char *s, size_t n)
{
    ke_display_write(s, n, put_to_line, l);
}

void ke_line_flush(ke_line *l, FILE *out)
{
    while (l->len && l->buf[l->len - 1] == ' ')
        l->len--;
    if (!l->failed && l->len)
        fwrite(l->buf, 1, l->len, out);
    fputc('\n', out);
    l->len = 0;
}
