/* Indented jansson output, one value at a time (see json_out.h). */
#include "base/json_out.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* What jansson dumps, gathered; `failed` is sticky, because jansson 2.14
 * does not check the callback's status when it writes an object's key (the
 * key would be left out, the rest written). */
typedef struct gather {
    char *text;
    size_t len, cap;
    int failed;
} gather;

static int gather_bytes(const char *p, size_t n, void *data)
{
    gather *g = data;
    if (g->failed)
        return -1;
    if (g->cap - g->len <= n) {
        size_t cap = g->cap ? g->cap : 256;
        while (cap - g->len <= n)
            cap *= 2;
        char *bigger = realloc(g->text, cap);
        if (!bigger) {
            g->failed = 1;
            return -1;
        }
        g->text = bigger;
        g->cap = cap;
    }
    memcpy(g->text + g->len, p, n);
    g->len += n;
    g->text[g->len] = '\0';
    return 0;
}

int ke_json_put(json_t *v, int depth, size_t flags, FILE *out)
{
    gather g = {0};
    int rc = json_dump_callback(v, gather_bytes, &g, flags | JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    if (rc != 0 || g.failed || !g.text) {
        free(g.text);
        errno = ENOMEM; /* jansson fails only so: its writes are ours */
        return -1;
    }
    /* JSON strings hold no raw newline, so every '\n' starts a line */
    const char *p = g.text;
    for (const char *nl; (nl = strchr(p, '\n')); p = nl + 1) {
        fwrite(p, 1, (size_t)(nl - p + 1), out);
        fprintf(out, "%*s", 2 * depth, "");
    }
    fputs(p, out);
    free(g.text);
    return ferror(out) ? -1 : 0;
}
