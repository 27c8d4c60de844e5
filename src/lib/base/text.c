/* String helpers: ASCII-folded equality, order and containment, list joining. */
#include "base/text.h"

#include <stdlib.h>
#include <string.h>

static unsigned char fold(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
}

int ke_text_eq(const char *a, const char *b)
{
    for (;; a++, b++) {
        unsigned char ca = fold((unsigned char)*a), cb = fold((unsigned char)*b);
        if (ca != cb)
            return 0;
        if (!ca)
            return 1;
    }
}

int ke_text_eq_n(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ca = fold((unsigned char)a[i]), cb = fold((unsigned char)b[i]);
        if (ca != cb)
            return 0;
        if (!ca)
            return 1;
    }
    return 1;
}

int ke_text_cmp(const char *a, const char *b)
{
    for (;; a++, b++) {
        unsigned char ca = fold((unsigned char)*a), cb = fold((unsigned char)*b);
        if (ca != cb || !ca)
            return (ca > cb) - (ca < cb);
    }
}

/* Folding touches only ASCII bytes, so a match never starts or ends inside
 * a UTF-8 sequence unless the needle itself does. Candidates are found by
 * the needle's first byte (both cases) with strpbrk, not by comparing at
 * every byte: `search` tries every text of the dataset. */
int ke_text_contains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (!n)
        return 1;
    unsigned char f = fold((unsigned char)needle[0]);
    char first[3] = {(char)f, 0, 0};
    if (f >= 'a' && f <= 'z')
        first[1] = (char)(f - 'a' + 'A');
    for (hay = strpbrk(hay, first); hay; hay = strpbrk(hay + 1, first)) {
        size_t i = 1;
        while (i < n && hay[i] && fold((unsigned char)hay[i]) == fold((unsigned char)needle[i]))
            i++;
        if (i == n)
            return 1;
    }
    return 0;
}

/* By hand rather than atoi: counting a list's models by year reads the
 * year of each of its 1,036 dates, and strtol was most of `disputes`'s
 * and `compare`'s time. */
int ke_date_year(const char *iso)
{
    int y = 0;
    for (int i = 0; iso && i < 4 && iso[i] >= '0' && iso[i] <= '9'; i++)
        y = y * 10 + (iso[i] - '0');
    return y;
}

char *ke_text_join(const char *const *items, size_t n)
{
    if (!n)
        return NULL;
    size_t len = 1;
    for (size_t i = 0; i < n; i++)
        len += strlen(items[i]) + 1;
    char *s = malloc(len);
    if (!s)
        return NULL;
    char *p = s;
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(items[i]);
        if (i)
            *p++ = ',';
        memcpy(p, items[i], k);
        p += k;
    }
    *p = '\0';
    return s;
}
