/* ISO 8601 date checks shared by the dataset compiler and the library. */
#include "date.h"

#include <string.h>

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static int month_days(int year, int month)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return mdays[month - 1] + (month == 2 && leap);
}

int ke_date_parse(const char *s, int *precision)
{
    size_t len = strlen(s);
    if (len != 4 && len != 7 && len != 10)
        return 0;
    int year = digits(s, 4);
    if (year < 1)
        return 0;
    if (len == 4) {
        *precision = 1;
        return 1;
    }
    int month = s[4] == '-' ? digits(s + 5, 2) : -1;
    if (month < 1 || month > 12)
        return 0;
    if (len == 7) {
        *precision = 2;
        return 1;
    }
    int day = s[7] == '-' ? digits(s + 8, 2) : -1;
    if (day < 1 || day > month_days(year, month))
        return 0;
    *precision = 3;
    return 1;
}

void ke_date_period_end(const char *s, char out[11])
{
    size_t len = strlen(s);
    if (len == 4) {
        memcpy(out, s, 4);
        memcpy(out + 4, "-12-31", 7);
    } else if (len == 7) {
        int month = digits(s + 5, 2);
        int last = month >= 1 && month <= 12 ? month_days(digits(s, 4), month) : 31;
        memcpy(out, s, 7);
        out[7] = '-';
        out[8] = (char)('0' + last / 10);
        out[9] = (char)('0' + last % 10);
        out[10] = '\0';
    } else {
        memcpy(out, s, len < 10 ? len : 10);
        out[len < 10 ? len : 10] = '\0';
    }
}
