/* Indented jansson output, one value at a time (see json_out.h). */
#include "base/json_out.h"

#include <stdlib.h>
#include <string.h>

int ke_json_put(json_t *v, int depth, size_t flags, FILE *out)
{
    char *text = json_dumps(v, flags | JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    if (!text)
        return -1;
    /* JSON strings hold no raw newline, so every '\n' starts a line */
    const char *p = text;
    for (const char *nl; (nl = strchr(p, '\n')); p = nl + 1) {
        fwrite(p, 1, (size_t)(nl - p + 1), out);
        fprintf(out, "%*s", 2 * depth, "");
    }
    fputs(p, out);
    free(text);
    return ferror(out) ? -1 : 0;
}
