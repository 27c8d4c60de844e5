/* A figure as the table view writes it (ke_format_number, lang.h): the
 * one place where kaieco decides how a number reads to a person. It works
 * on the printed digits only, never through a double, so what it writes is
 * an exact decimal shift of the source's digits, never a rounding:
 *
 *   en  519,000,000,000   10,000   1.33   -0.36
 *   ko  5,190억   1억 2,000만   1만   (USD billions, scale 9) 1.33 -> 13.3억
 *   ja  5190億    1億2000万     1万                          1.33 -> 13.3億
 *
 * Korean and Japanese count large numbers in groups of four digits (만/万
 * 10^4, 억/億 10^8, 조/兆 10^12, 경/京 10^16). A figure printed in full
 * (scale 0: 149865000) is written group by group, every digit kept: 1억
 * 4,986만 5,000 (Korean, as its press writes it, separates the groups with
 * spaces and the thousands within a group with commas), 1億4986万5000
 * (Japanese writes neither). A figure the source printed in a scale (1.33
 * USD billions) keeps its own digits: it is written as a decimal of the
 * largest group word it reaches, 13.3억 and 13.3億 (not 13억 3,000만, which
 * would suggest the source counted to the ten thousand). Numbers below
 * 10,000 are as in English in Korean (1,091), without the comma in Japanese
 * (1091), as the press of each writes them; a figure printed in full with
 * a fraction, from 10,000 up, has its thousands grouped with commas in
 * both (51,840,000,000.0001), as their tables write it. */
#include "base/number.h"

#include <string.h>

/* Where the text goes; `failed` when it does not fit. */
typedef struct out {
    char *buf;
    size_t size, len;
    int failed;
} out;

static void put(out *o, const char *s, size_t n)
{
    if (o->failed || o->len + n >= o->size) {
        o->failed = 1;
        return;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

static void puts_(out *o, const char *s)
{
    put(o, s, strlen(s));
}

/* The digits of an integer (no leading zeros but a lone 0), with a comma
 * between each three from the right when `commas`. */
static void put_grouped(out *o, const char *d, size_t n, int commas)
{
    for (size_t i = 0; i < n; i++) {
        if (commas && i > 0 && (n - i) % 3 == 0)
            put(o, ",", 1);
        put(o, d + i, 1);
    }
}

/* The value digits[0..n) * 10^exp as an integer part and a fraction, both
 * kept to the printed digits (the integer part without leading zeros, "0"
 * when it has none; the fraction possibly empty). At most `cap` digits
 * each, else -1. */
static int split(const char *digits, size_t n, long exp, char *ip, size_t *ni, char *fp, size_t *nf, size_t cap)
{
    while (n > 0 && digits[0] == '0') { /* leading zeros say nothing */
        digits++;
        n--;
    }
    *ni = *nf = 0;
    if (exp >= 0) {
        if (n == 0) {
            ip[(*ni)++] = '0';
            return 0;
        }
        if (n + (size_t)exp > cap)
            return -1;
        memcpy(ip, digits, n);
        memset(ip + n, '0', (size_t)exp);
        *ni = n + (size_t)exp;
        return 0;
    }
    size_t k = (size_t)-exp; /* digits after the point */
    if (k > cap || n > cap)
        return -1;
    if (n > k) {
        memcpy(ip, digits, n - k);
        *ni = n - k;
        memcpy(fp, digits + n - k, k);
    } else {
        ip[(*ni)++] = '0';
        memset(fp, '0', k - n);
        memcpy(fp + (k - n), digits, n);
    }
    *nf = k;
    return 0;
}

/* What ke_format_number returns: 0, or -1 with the buffer emptied. */
static int done(out *o)
{
    if (o->failed)
        o->buf[0] = '\0';
    return o->failed ? -1 : 0;
}

#define MAX_DIGITS 64

int ke_number_shown(const char *text, int scale, ke_lang lang, int narrow, char *buf, size_t size)
{
    static const char *const words[][5] = {
        {"", "만", "억", "조", "경"},
        {"", "万", "億", "兆", "京"},
    };
    if (!text || !buf || size == 0 || scale < 0 || scale > 24)
        return -1;
    buf[0] = '\0';
    /* -?[0-9]+(\.[0-9]+)?, the form of every figure in the dataset */
    const char *p = text;
    int negative = *p == '-';
    p += negative;
    char digits[MAX_DIGITS];
    size_t n = 0, n_frac = 0;
    int point = 0;
    for (; *p; p++) {
        if (*p == '.' && !point && n > 0 && p[1]) {
            point = 1;
            continue;
        }
        if (*p < '0' || *p > '9' || n == sizeof digits)
            return -1;
        digits[n++] = *p;
        n_frac += (size_t)point;
    }
    if (n == 0)
        return -1;
    long exp = (long)scale - (long)n_frac; /* value = digits * 10^exp */
    char ip[MAX_DIGITS + 32], fp[MAX_DIGITS + 32];
    size_t ni, nf;
    if (split(digits, n, exp, ip, &ni, fp, &nf, MAX_DIGITS + 24) != 0)
        return -1;
    out o = {buf, size, 0, 0};
    if (negative)
        put(&o, "-", 1);
    if (lang != KE_LANG_KO && lang != KE_LANG_JA) {
        put_grouped(&o, ip, ni, !narrow);
        if (nf) {
            put(&o, ".", 1);
            put(&o, fp, nf);
        }
        return done(&o);
    }
    int ko = lang == KE_LANG_KO;
    const char *const *word = words[ko ? 0 : 1];
    size_t groups = (ni + 3) / 4; /* of four digits, from the right */
    /* below 10,000; past 경; or printed in full with a fraction, which the
     * group words do not take (2억 1,897만 2,000.000001 reads as no one
     * writes): thousands grouped with commas, as both presses do in
     * tables (Japanese not below 10,000) */
    if (groups <= 1 || groups > 5 || (nf && scale == 0)) {
        put_grouped(&o, ip, ni, !narrow && (ko || groups > 1));
        if (nf) {
            put(&o, ".", 1);
            put(&o, fp, nf);
        }
        return done(&o);
    }
    if (scale > 0) {
        /* printed in a scale: a decimal of the largest group word */
        size_t g = groups - 1;
        char ip2[MAX_DIGITS + 32], fp2[MAX_DIGITS + 32];
        size_t ni2, nf2;
        if (split(digits, n, exp - 4 * (long)g, ip2, &ni2, fp2, &nf2, MAX_DIGITS + 24) != 0)
            return -1;
        put_grouped(&o, ip2, ni2, ko && !narrow);
        if (nf2) {
            put(&o, ".", 1);
            put(&o, fp2, nf2);
        }
        puts_(&o, word[g]);
        return done(&o);
    }
    /* an integer printed in full: group by group, every digit kept */
    int first = 1;
    for (size_t g = groups; g-- > 0;) {
        size_t end = ni - 4 * g, start = end >= 4 ? end - 4 : 0;
        while (start < end - 1 && ip[start] == '0')
            start++;
        if (end - start == 1 && ip[start] == '0') /* 1억 5,000: no 0만 */
            continue;
        if (!first && ko)
            put(&o, " ", 1);
        put_grouped(&o, ip + start, end - start, ko && !narrow);
        puts_(&o, word[g]);
        first = 0;
    }
    return done(&o);
}

int ke_format_number(const char *text, int scale, ke_lang lang, char *buf, size_t size)
{
    return ke_number_shown(text, scale, lang, 0, buf, size);
}
