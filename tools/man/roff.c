/* man(7) text for kaieco-man: escaping, fonts and line filling. */
#include "roff.h"

#include <string.h>

#define LINE_MAX_BYTES 80

void roff_init(roff *r, FILE *out)
{
    r->out = out;
    r->col = 0;
    r->joined = 0;
}

void roff_end_line(roff *r)
{
    if (r->col)
        fputc('\n', r->out);
    r->col = 0;
    r->joined = 0;
}

void roff_macro(roff *r, const char *line)
{
    roff_end_line(r);
    fprintf(r->out, "%s\n", line);
}

/* Length of the UTF-8 sequence starting with byte c. */
static size_t utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

static size_t append(char *buf, size_t size, size_t n, const char *s)
{
    size_t len = strlen(s);
    if (n + len + 1 > size)
        len = n + 1 < size ? size - n - 1 : 0;
    memcpy(buf + n, s, len);
    buf[n + len] = '\0';
    return n + len;
}

void roff_escape(char *buf, size_t size, const char *s)
{
    size_t n = strlen(buf);
    while (*s) {
        unsigned char c = (unsigned char)*s;
        char piece[16];
        size_t len = utf8_len(c);
        if (c == '-') {
            snprintf(piece, sizeof piece, "\\-");
        } else if (c == '\\') {
            snprintf(piece, sizeof piece, "\\e");
        } else if (c < 0x80) {
            piece[0] = (char)c;
            piece[1] = '\0';
        } else {
            unsigned long cp = len == 2 ? c & 0x1Fu : len == 3 ? c & 0x0Fu : c & 0x07u;
            for (size_t i = 1; i < len && s[i]; i++)
                cp = (cp << 6) | ((unsigned char)s[i] & 0x3Fu);
            /* Japanese and Chinese text has no spaces: a line may break
             * after any of its characters (\:), not inside a Korean word */
            int cjk = (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
                      (cp >= 0xFF00 && cp <= 0xFFEF);
            snprintf(piece, sizeof piece, cjk ? "\\[u%04lX]\\:" : "\\[u%04lX]", cp);
        }
        n = append(buf, size, n, piece);
        for (size_t i = 0; i < len && *s; i++)
            s++;
    }
}

/* Length of the escape or character at `s` in escaped text ("\[u54C8]",
 * "\-", "\fB", "x"), so that a line is never split inside one. */
static size_t unit_len(const char *s)
{
    if (s[0] != '\\' || !s[1])
        return 1;
    if (s[1] == '[') {
        const char *end = strchr(s, ']');
        return end ? (size_t)(end - s) + 1 : strlen(s);
    }
    if (s[1] == 'f' && s[2] == '[') {
        const char *end = strchr(s, ']');
        return end ? (size_t)(end - s) + 1 : strlen(s);
    }
    if (s[1] == 'f' || s[1] == '(')
        return s[2] ? (s[1] == '(' && s[3] ? 4 : 3) : 2;
    return 2;
}

/* Writes one escaped word to the current line, starting a new one first
 * when it would not fit, and splitting it with \c when it is longer than
 * a line. */
static void put_word(roff *r, const char *word, size_t len)
{
    if (r->col && !r->joined && r->col + 1 + len > LINE_MAX_BYTES) {
        fputc('\n', r->out);
        r->col = 0;
    }
    if (r->col && !r->joined) {
        fputc(' ', r->out);
        r->col++;
    }
    if (r->col && r->joined && r->col + len > LINE_MAX_BYTES) {
        fputs("\\c\n", r->out);
        r->col = 0;
    }
    r->joined = 0;
    for (size_t i = 0; i < len;) {
        size_t u = unit_len(word + i);
        if (i + u > len)
            u = len - i;
        /* keep 2 bytes for "\c" when more of the word follows */
        if (r->col && r->col + u + (i + u < len ? 2 : 0) > LINE_MAX_BYTES) {
            fputs("\\c\n", r->out);
            r->col = 0;
        }
        if (r->col == 0 && (word[i] == '.' || word[i] == '\'')) {
            fputs("\\&", r->out);
            r->col += 2;
        }
        fwrite(word + i, 1, u, r->out);
        r->col += u;
        i += u;
    }
}

void roff_raw(roff *r, const char *escaped)
{
    const char *p = escaped;
    while (*p) {
        while (*p == ' ')
            p++;
        size_t len = strcspn(p, " ");
        if (len)
            put_word(r, p, len);
        p += len;
    }
}

void roff_attach(roff *r, const char *escaped)
{
    r->joined = r->col > 0;
    put_word(r, escaped, strlen(escaped));
}

void roff_text(roff *r, const char *text)
{
    char buf[8192] = "";
    roff_escape(buf, sizeof buf, text);
    roff_raw(r, buf);
}

void roff_tag(roff *r, const char *escaped)
{
    roff_end_line(r);
    const char *p = escaped;
    while (*p) {
        size_t len = strcspn(p, " ");
        size_t next = p[len] == ' ' ? 1 : 0;
        /* the space before a break stays on the line, before the \c */
        if (r->col && r->col + len + next + 2 > LINE_MAX_BYTES) {
            fputs("\\c\n", r->out);
            r->col = 0;
        }
        if (r->col == 0 && (*p == '.' || *p == '\'')) {
            fputs("\\&", r->out);
            r->col += 2;
        }
        fwrite(p, 1, len + next, r->out);
        r->col += len + next;
        p += len + next;
    }
    roff_end_line(r);
}

/* Bold, italic or roman for one character class of a synopsis. */
enum font { ROMAN, BOLD, ITALIC };

void roff_synopsis(char *buf, size_t size, const char *usage)
{
    size_t n = strlen(buf);
    enum font current = ROMAN;
    for (const char *p = usage; *p;) {
        enum font f;
        size_t len;
        if (*p >= 'A' && *p <= 'Z') {
            len = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
            f = ITALIC;
        } else if ((*p == '-' && (p == usage || p[-1] == ' ' || p[-1] == '[')) || (*p >= 'a' && *p <= 'z')) {
            len = strspn(p, "-abcdefghijklmnopqrstuvwxyz0123456789");
            f = BOLD;
        } else {
            len = 1;
            f = ROMAN;
        }
        if (f != current) {
            n = append(buf, size, n, f == BOLD ? "\\fB" : f == ITALIC ? "\\fI" : "\\fR");
            current = f;
        }
        char word[128] = "";
        snprintf(word, sizeof word, "%.*s", (int)len, p);
        char escaped[256] = "";
        roff_escape(escaped, sizeof escaped, word);
        n = append(buf, size, n, escaped);
        p += len;
    }
    if (current != ROMAN)
        append(buf, size, n, "\\fR");
}
