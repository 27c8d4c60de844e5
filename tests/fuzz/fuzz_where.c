/* libFuzzer harness: the --where expression parser and filter. Any text is
 * either parsed (and then filters a small table of every column type) or
 * rejected with a message naming where; never a crash or a leak. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kaieco/where.h"

static const ke_column cols[] = {
    {.key = "country", .type = KE_COL_TEXT, .doc = ""},
    {.key = "value", .type = KE_COL_NUM, .doc = ""},
    {.key = "rank", .type = KE_COL_INT, .doc = ""},
    {.key = "default", .type = KE_COL_BOOL, .doc = ""},
};

static ke_table *sample(void)
{
    ke_table *t = ke_table_new(cols, 4);
    static const char *const names[] = {"KR", "Japan", "", "United States"};
    static const char *const texts[] = {"10.26", "-0.3", "0", "59.40"};
    static const double nums[] = {10.26, -0.3, 0, 59.4};
    for (int i = 0; i < 4; i++) {
        size_t r = ke_table_add_row(t);
        if (i != 2)
            ke_table_set_text(t, r, "country", names[i]);
        ke_table_set_num(t, r, "value", texts[i], nums[i]);
        if (i % 2)
            ke_table_set_int(t, r, "rank", i);
        ke_table_set_bool(t, r, "default", i & 1);
    }
    return t;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *expr = malloc(size + 1);
    memcpy(expr, data, size);
    expr[size] = '\0';
    ke_error err = {0};
    ke_where *w = ke_where_parse(expr, "--where", &err);
    if (w) {
        ke_table *t = sample();
        size_t before = t->n_rows;
        if (ke_table_filter(t, w, &err) == 0 && t->n_rows > before)
            abort(); /* a filter only removes rows */
        ke_table_free(t);
        ke_where_free(w);
    } else if (!err.message[0] || err.status != 2) {
        abort(); /* a rejection says why, as a usage error */
    }
    free(expr);
    return 0;
}
