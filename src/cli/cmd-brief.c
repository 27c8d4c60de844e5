/* kaieco brief COUNTRY: a cited summary of one country. The query
 * (ke_query_brief) gives the brief's sentences as a result table; the
 * table formats csv, tsv and ndjson write that table (shaped by --where,
 * --sort, --limit, --fields like any result), while the text view,
 * markdown and json are the brief's own render steps (kaieco/brief.h). */
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "kaieco/brief.h"
#include "kaieco/messages.h"

/* Options that shape or lay out a table: only the table of sentences
 * takes them. */
static const char *table_option(const kc_common *c)
{
    return c->fields ? "--fields" : c->sort ? "--sort" : c->limit >= 0 ? "--limit" : c->n_where ? "--where"
           : c->wide ? "--wide" : c->chart ? "--chart" : c->no_header ? "--no-header" : NULL;
}

static int run(const kc_invocation *inv, FILE *out, ke_error *err)
{
    const kc_common *c = inv->common;
    ke_format fmt = c->format;
    int prose = fmt == KE_FMT_TABLE || fmt == KE_FMT_MARKDOWN || fmt == KE_FMT_JSON;
    const char *opt = table_option(c);
    if (prose && opt) {
        ke_error_set(err, KE_EXIT_USAGE, "brief: %s applies to its table of sentences (-f csv, tsv or ndjson), not to %s",
                     opt, ke_format_names[fmt]);
        return -1;
    }
    ke_brief *b = ke_query_brief(inv->ds, inv->args[0], inv->lang, err);
    if (!b)
        return -1;
    int rc;
    /* why the brief is short: for the user, as the CLI writes notes */
    for (size_t i = 0; i < b->sentences->n_notes; i++) {
        char *shown = ke_utf8_escape(b->sentences->notes[i]); /* names from --data may hold anything */
        fprintf(stderr, "kaieco: %s%s\n", ke_msg("note: "), shown ? shown : "(out of memory)");
        free(shown);
    }
    if (fmt == KE_FMT_TABLE) {
        kc_terminal term;
        kc_terminal_detect(&term);
        rc = ke_brief_render_text(b, term.is_tty ? term.columns : 0, out);
    } else if (fmt == KE_FMT_MARKDOWN) {
        rc = ke_brief_render_markdown(b, out);
    } else if (fmt == KE_FMT_JSON) {
        rc = ke_brief_render_json(b, out);
    } else {
        ke_render_opts opts;
        if (kc_common_apply(c, b->sentences, err) != 0) {
            ke_brief_free(b);
            return -1;
        }
        ke_render_opts_init(&opts);
        opts.header = !c->no_header;
        rc = ke_render(b->sentences, fmt, &opts, out);
    }
    ke_brief_free(b);
    if (rc != 0)
        ke_error_set(err, KE_EXIT_RUNTIME, "cannot write the brief");
    return rc;
}

static const kc_option options[] = {{0}};

const kc_command kc_cmd_brief = {
    .name = "brief",
    .summary = "a cited summary of one country, in English, Korean or Japanese",
    .usage = "COUNTRY",
    .description = "A short brief of one country from the data, in the language of --lang: a "
    "title with the dataset's date, then paragraphs by theme (patents, AI "
    "talent, investment, models; for Korea the contest and the latest "
    "events), each sentence with its figure, its period, the rank its "
    "source states (never one computed) and a citation mark [n], then the "
    "references. A change ('down from') compares two periods of one "
    "metric only, both undisputed; a figure sources disagree on is given "
    "with every other value and its source. The default view wraps the "
    "paragraphs (to the terminal's width, else 80 columns); -f markdown "
    "writes footnotes; -f json gives each sentence with the figures and "
    "sources it rests on; -f csv, tsv or ndjson the table of sentences, one "
    "row per figure (the columns below), which alone takes --where, --sort, "
    "--limit and --fields. --as-of DATE writes the brief as "
    "it could have been written then. COUNTRY is any form 'kaieco country' "
    "takes.",
    .min_args = 1,
    .max_args = 1,
    .options = options,
    .columns = &ke_brief_columns,
    .run_text = run,
    .arg_values = KC_VALUES_COUNTRY,
};
