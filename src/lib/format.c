/* Formatter names and dispatch. */
#include "kaieco/format.h"

#include <string.h>

const char *const ke_format_names[] = {"table", "json", "csv", "tsv", NULL};

int ke_format_parse(const char *name, ke_format *out)
{
    if (!name)
        return -1;
    /* ke_format_names is indexed by ke_format. */
    for (int i = 0; ke_format_names[i]; i++)
        if (strcmp(name, ke_format_names[i]) == 0) {
            if (out)
                *out = (ke_format)i;
            return 0;
        }
    return -1;
}

int ke_render(const ke_table *t, ke_format fmt, ke_lang lang, FILE *out)
{
    switch (fmt) {
    case KE_FMT_TABLE:
        return ke_render_table(t, lang, out);
    case KE_FMT_JSON:
        return ke_render_json(t, out);
    case KE_FMT_CSV:
        return ke_render_csv(t, out);
    case KE_FMT_TSV:
        return ke_render_tsv(t, out);
    }
    return -1;
}
