/* UTF-8 text: display width, computed from our own tables so that it does
 * not depend on the locale (no wcwidth, no mbstowcs); validity; prefixes
 * that fit a width. */
#include "kaieco/utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct range {
    unsigned long lo, hi;
} range;

/* East Asian Wide and Fullwidth. */
static const range wide[] = {
    {0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},
    {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD},
};

/* Combining marks and zero-width characters. */
static const range zero[] = {
    {0x0300, 0x036F}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F},
    {0x2060, 0x2064}, {0x20D0, 0x20FF}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF},
};

static int in(const range *r, size_t n, unsigned long cp)
{
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i].lo && cp <= r[i].hi)
            return 1;
    return 0;
}

/* Decodes one well-formed UTF-8 sequence at s into *cp and returns its
 * length, or 0 when the bytes there are not one (overlong forms,
 * surrogates, values past U+10FFFF and truncated sequences included). */
static size_t decode(const unsigned char *s, unsigned long *cp)
{
    size_t n;
    unsigned long c, min;
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    } else if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        n = 2, c = s[0] & 0x1F, min = 0x80;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        n = 3, c = s[0] & 0x0F, min = 0x800;
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        n = 4, c = s[0] & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) /* also stops at the terminating NUL */
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return n;
}

/* Width of one well-formed character. */
static size_t char_width(unsigned long cp)
{
    if (in(zero, sizeof zero / sizeof *zero, cp))
        return 0;
    return in(wide, sizeof wide / sizeof *wide, cp) ? 2 : 1;
}

/* A control character would drive the terminal (ESC starts a sequence that
 * can repaint it): C0, DEL and C1. */
static int is_control(unsigned long cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

/* One unit of text as kaieco shows it to a person: a printable character,
 * or \xNN for each byte of a control character or of bytes that are not
 * well-formed UTF-8 (4 columns each). Returns the bytes it takes (0 at the
 * end); *width gets its columns and *escape whether it is escaped. */
static size_t text_unit(const unsigned char *s, size_t *width, int *escape)
{
    unsigned long cp;
    size_t n;
    if (!*s)
        return 0;
    if (*s >= 0x20 && *s < 0x7F) { /* printable ASCII, most of what is shown */
        *escape = 0;
        *width = 1;
        return 1;
    }
    n = decode(s, &cp);
    *escape = !n || is_control(cp);
    if (!n)
        n = 1;
    *width = *escape ? 4 * n : char_width(cp);
    return n;
}

size_t ke_display_width(const char *str)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t width = 0, w, n;
    int esc;
    while ((n = text_unit(s, &w, &esc))) {
        width += w;
        s += n;
    }
    return width;
}

size_t ke_display_prefix(const char *str, size_t max_width)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t width = 0, len = 0, w, n;
    int esc;
    while ((n = text_unit(s + len, &w, &esc)) && width + w <= max_width) {
        width += w;
        len += n;
    }
    return len;
}

size_t ke_display_write(const char *str, size_t len, void (*put)(void *ctx, const char *s, size_t n),
                        void *ctx)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0, w, n, width = 0;
    int esc;
    size_t run = 0; /* where the printable run not yet put starts */
    while (i < len && (n = text_unit(s + i, &w, &esc))) {
        if (n > len - i)
            n = len - i;
        if (esc) {
            if (i > run)
                put(ctx, (const char *)s + run, i - run);
            for (size_t k = 0; k < n; k++) {
                char hex[5];
                snprintf(hex, sizeof hex, "\\x%02x", s[i + k]);
                put(ctx, hex, 4);
            }
            run = i + n;
        }
        width += w;
        i += n;
    }
    if (i > run) /* printable text is put in runs, not a character at a time */
        put(ctx, (const char *)s + run, i - run);
    return width;
}

size_t ke_utf8_cut(const char *s, size_t max_bytes)
{
    size_t len = strnlen(s, max_bytes + 1);
    if (len <= max_bytes)
        return len;
    size_t cut = max_bytes;
    while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
        cut--;
    return cut;
}

size_t ke_utf8_invalid(const char *str)
{
    const unsigned char *s = (const unsigned char *)str;
    for (size_t i = 0; s[i];) {
        unsigned long cp;
        size_t n = decode(s + i, &cp);
        if (!n)
            return i;
        i += n;
    }
    return (size_t)-1;
}

typedef struct sink {
    char *out;
    size_t len;
} sink;

static void to_sink(void *ctx, const char *p, size_t n)
{
    sink *k = ctx;
    memcpy(k->out + k->len, p, n);
    k->len += n;
}

char *ke_utf8_escape(const char *str)
{
    size_t len = strlen(str);
    sink k = {malloc(len * 4 + 1), 0}; /* every byte may become \xNN */
    if (!k.out)
        return NULL;
    ke_display_write(str, len, to_sink, &k);
    k.out[k.len] = '\0';
    return k.out;
}
