/* Dates in words of each language (words.h). */
#include "base/words.h"

#include <stdio.h>
#include <string.h>

static const char *const months_en[12] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

void ke_date_words(const char *iso, ke_lang lang, char *out, size_t size)
{
    int y = 0, m = 0, d = 0;
    size_t len = strlen(iso);
    if (sscanf(iso, "%4d", &y) != 1) {
        snprintf(out, size, "%s", iso);
        return;
    }
    if (len >= 7)
        sscanf(iso + 5, "%2d", &m);
    if (len >= 10)
        sscanf(iso + 8, "%2d", &d);
    if (m < 1 || m > 12)
        m = d = 0;
    switch (lang) {
    case KE_LANG_KO:
        if (d)
            snprintf(out, size, "%d년 %d월 %d일", y, m, d);
        else if (m)
            snprintf(out, size, "%d년 %d월", y, m);
        else
            snprintf(out, size, "%d년", y);
        break;
    case KE_LANG_JA:
        if (d)
            snprintf(out, size, "%d年%d月%d日", y, m, d);
        else if (m)
            snprintf(out, size, "%d年%d月", y, m);
        else
            snprintf(out, size, "%d年", y);
        break;
    default:
        if (d)
            snprintf(out, size, "%d %s %d", d, months_en[m - 1], y);
        else if (m)
            snprintf(out, size, "%s %d", months_en[m - 1], y);
        else
            snprintf(out, size, "%d", y);
        break;
    }
}
