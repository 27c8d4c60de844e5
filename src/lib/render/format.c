/* Formatter names, rendering options and dispatch. */
#include "kaieco/format.h"

#include <string.h>

const char *const ke_format_names[] = {"table", "json", "csv", "tsv", "ndjson", "markdown", NULL};

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

int ke_format_has_header(ke_format fmt)
{
    return fmt == KE_FMT_TABLE || fmt == KE_FMT_CSV || fmt == KE_FMT_TSV || fmt == KE_FMT_MARKDOWN;
}

void ke_render_opts_init(ke_render_opts *o)
{
    memset(o, 0, sizeof *o);
    o->lang = KE_LANG_EN;
    o->header = 1;
    o->chart_width = 80;
}

int ke_render(const ke_table *t, ke_format fmt, const ke_render_opts *opts, FILE *out)
{
    ke_render_opts defaults;
    if (!opts) {
        ke_render_opts_init(&defaults);
        opts = &defaults;
    }
    switch (fmt) {
    case KE_FMT_TABLE:
        return opts->chart ? ke_render_chart(t, opts, out) : ke_render_table(t, opts, out);
    case KE_FMT_JSON:
        return ke_render_json(t, out);
    case KE_FMT_CSV:
        return ke_render_csv(t, opts->header, out);
    case KE_FMT_TSV:
        return ke_render_tsv(t, opts->header, out);
    case KE_FMT_NDJSON:
        return ke_render_ndjson(t, out);
    case KE_FMT_MARKDOWN:
        return ke_render_markdown(t, opts->header, out);
    }
    return -1;
}
