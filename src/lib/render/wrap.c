/* Prose wrapped to a width (wrap.h). */
#include "render/wrap.h"
#include "kaieco/format.h"

#include <string.h>

static size_t utf8_len(const char *s)
{
    unsigned char b = (unsigned char)*s;
    size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    for (size_t i = 1; i < n; i++)
        if (!s[i])
            return i;
    return n;
}

static size_t char_width(const char *s, size_t len)
{
    char buf[8];
    memcpy(buf, s, len);
    buf[len] = '\0';
    return ke_display_width(buf);
}

static int is_one_of(const char *s, size_t len, const char *const *set)
{
    for (size_t i = 0; set[i]; i++)
        if (strlen(set[i]) == len && memcmp(s, set[i], len) == 0)
            return 1;
    return 0;
}

static const char *const closing[] = {"、", "。", "」", "』", "）", "，", "．", "：", "！", "？", "・", "ー",
                                      ")", "]", ".", ",", ":", ";", NULL};
static const char *const opening[] = {"「", "『", "（", "(", "[", NULL};

/* Whether a line may break between a (la bytes) and b (lb bytes) that
 * touch (no space between them): only with cjk, next to a wide character. */
static int may_break(const char *a, size_t la, const char *b, size_t lb, int cjk)
{
    if (!cjk)
        return 0;
    int wa = char_width(a, la) == 2, wb = char_width(b, lb) == 2;
    if (!wa && !wb)
        return 0;
    /* a number keeps its counter ("1位", "17.27件"), a Latin word its
     * neighbour ("AI人材") */
    if (!wa && ((*a >= '0' && *a <= '9') || (*a >= 'A' && *a <= 'Z') || (*a >= 'a' && *a <= 'z') ||
                *a == '%' || *a == '.'))
        return 0;
    return !is_one_of(b, lb, closing) && !is_one_of(a, la, opening) && *b != '[';
}

static void new_line(FILE *out, size_t indent, size_t *col)
{
    fputc('\n', out);
    for (size_t i = 0; i < indent; i++)
        fputc(' ', out);
    *col = indent;
}

void ke_wrap(FILE *out, const char *prefix, const char *text, size_t width, size_t indent, int cjk)
{
    fputs(prefix, out);
    if (!width) {
        fputs(text, out);
        fputc('\n', out);
        return;
    }
    size_t col = ke_display_width(prefix);
    int empty = 1; /* nothing of the text on this line yet */
    int space = 0;
    const char *p = text;
    while (*p) {
        if (*p == ' ') {
            space = 1;
            p++;
            continue;
        }
        /* one unit: up to a space or a break opportunity */
        const char *start = p;
        size_t len = utf8_len(p), w = char_width(p, len);
        p += len;
        while (*p && *p != ' ') {
            size_t l2 = utf8_len(p);
            const char *prev = p - 1;
            while (prev > start && ((unsigned char)*prev & 0xC0) == 0x80)
                prev--;
            if (may_break(prev, (size_t)(p - prev), p, l2, cjk))
                break;
            w += char_width(p, l2);
            p += l2;
        }
        if (!empty && col + w + (space ? 1 : 0) > width) {
            new_line(out, indent, &col);
        } else if (space && !empty) {
            fputc(' ', out);
            col++;
        }
        /* the unit, broken between characters where it is wider than a line */
        for (const char *q = start; q < p;) {
            size_t n = utf8_len(q), cw = char_width(q, n);
            if (col + cw > width && col > indent)
                new_line(out, indent, &col);
            fwrite(q, 1, n, out);
            col += cw;
            q += n;
        }
        empty = 0;
        space = 0;
    }
    fputc('\n', out);
}
