/* Text wrapped to a width (wrap.h). */
#include "render/wrap.h"
#include "kaieco/utf8.h"

#include <string.h>

/* Below this many columns for the text, a line is not wrapped at all: a
 * column of three characters helps no one. */
#define MIN_TEXT 20

/* One character of `s`: its length in bytes (1 for a byte that does not
 * begin a well-formed one) and, in *width, its display width (4 a byte
 * for what is shown escaped). */
static size_t char_at(const char *s, size_t *width)
{
    unsigned char b = (unsigned char)s[0];
    size_t n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3
                            : b >= 0xf0 && b <= 0xf4 ? 4 : 1;
    for (size_t k = 1; k < n; k++)
        if (((unsigned char)s[k] & 0xc0) != 0x80) {
            n = 1;
            break;
        }
    char one[5] = {0};
    memcpy(one, s, n);
    *width = ke_display_width(one);
    return n;
}

/* Whether a character of `n` bytes and `width` columns is one next to which
 * a line may break: a wide one that is not Hangul (Chinese characters and
 * kana are written without spaces between words; Korean puts spaces
 * between words and breaks lines there). */
static int breaks_around(const char *s, size_t n, size_t width)
{
    if (width != 2)
        return 0;
    if (n != 3)
        return 1;
    unsigned long cp = ((unsigned long)(s[0] & 0x0f) << 12) | ((unsigned long)(s[1] & 0x3f) << 6) |
                       (unsigned long)(s[2] & 0x3f);
    int hangul = (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) ||
                 (cp >= 0x3130 && cp <= 0x318f);
    return !hangul;
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
 * touch (no space between them). */
static int may_break(const char *a, size_t la, const char *b, size_t lb)
{
    size_t wa, wb;
    char_at(a, &wa);
    char_at(b, &wb);
    int ba = breaks_around(a, la, wa), bb = breaks_around(b, lb, wb);
    if (!ba && !bb)
        return 0;
    /* before an opening bracket, always ("…/view?ud=20（2026年…" breaks
     * after the address), but for a citation mark "[n]" */
    if (*b != '[' && is_one_of(b, lb, opening) && !is_one_of(a, la, opening))
        return 1;
    /* a number keeps its counter ("1位", "17.27件"), a Latin word its
     * neighbour ("AI人材") */
    if (wa != 2 && ((*a >= '0' && *a <= '9') || (*a >= 'A' && *a <= 'Z') || (*a >= 'a' && *a <= 'z') ||
                    *a == '%' || *a == '.'))
        return 0;
    return !is_one_of(b, lb, closing) && !is_one_of(a, la, opening) && *b != '[';
}

static void new_line(ke_line *l, FILE *out, size_t indent, size_t *col)
{
    ke_line_flush(l, out);
    ke_line_spaces(l, indent);
    *col = indent;
}

void ke_wrap(ke_line *l, FILE *out, const char *prefix, const char *text, size_t width, size_t indent)
{
    ke_line_text(l, prefix, strlen(prefix));
    if (!width || width < indent + MIN_TEXT) {
        ke_line_text(l, text, strlen(text));
        ke_line_flush(l, out);
        return;
    }
    size_t col = ke_display_width(prefix);
    int empty = 1;    /* nothing of the text on this line yet */
    size_t space = 0; /* the spaces before the next unit, kept within a line */
    const char *p = text;
    while (*p) {
        if (*p == ' ') {
            space++;
            p++;
            continue;
        }
        /* one unit: up to a space or a break opportunity; the spaces before
         * a citation mark belong to it ("people [1]" is not broken) */
        const char *start = p;
        size_t w, len = char_at(p, &w);
        p += len;
        while (*p) {
            if (*p == ' ') {
                const char *q = p + strspn(p, " ");
                if (q[0] != '[' || q[1] < '0' || q[1] > '9')
                    break;
                w += (size_t)(q - p);
                p = q;
            }
            size_t w2, l2 = char_at(p, &w2);
            const char *prev = p - 1;
            while (prev > start && ((unsigned char)*prev & 0xC0) == 0x80)
                prev--;
            if (may_break(prev, (size_t)(p - prev), p, l2))
                break;
            w += w2;
            p += l2;
        }
        if (!empty && col + w + space > width) {
            new_line(l, out, indent, &col);
        } else if (space && !empty) {
            ke_line_spaces(l, space);
            col += space;
        }
        /* the unit, broken between characters where it is wider than a line */
        for (const char *q = start; q < p;) {
            size_t cw, n = char_at(q, &cw);
            if (col + cw > width && col > indent)
                new_line(l, out, indent, &col);
            ke_line_text(l, q, n);
            col += cw;
            q += n;
        }
        empty = 0;
        space = 0;
    }
    ke_line_flush(l, out);
}
