/* kaieco cite [SOURCE-ID...]: references to sources, for writing tools.
 * With ids, those sources; with none, the sources named by kaieco output
 * piped in (ke_table_read, ke_cite_collect). The references are written
 * by ke_cite_write in the format -f names (this command's own formats). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "command.h"
#include "kaieco/cite.h"

/* All of standard input, NUL-terminated; NULL with err set on failure. */
static char *read_stdin(size_t *len, ke_error *err)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
            return NULL;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, stdin);
        n += got;
        if (got == 0)
            break;
        if (n + 1 == cap) {
            char *more = realloc(buf, cap * 2);
            if (!more)
                free(buf);
            buf = more;
            cap *= 2;
        }
    }
    if (ferror(stdin)) {
        free(buf);
        ke_error_set(err, KE_EXIT_RUNTIME, "cannot read standard input");
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* The sources named on the command line, each once. */
static size_t from_args(const kc_invocation *inv, const ke_source **found, ke_error *err)
{
    size_t n = 0;
    for (size_t i = 0; i < inv->n_args; i++) {
        const ke_source *s = ke_source_resolve(inv->ds, inv->args[i], err);
        if (!s)
            return (size_t)-1;
        size_t k = 0;
        while (k < n && found[k] != s)
            k++;
        if (k == n)
            found[n++] = s;
    }
    return n;
}

static int run(const kc_invocation *inv, FILE *out, ke_error *err)
{
    ke_cite_format fmt = (ke_cite_format)kc_command_format(inv);
    const ke_source **found = NULL;
    size_t n;
    if (inv->n_args) {
        found = malloc(inv->n_args * sizeof *found);
        if (!found) {
            ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
            return -1;
        }
        n = from_args(inv, found, err);
    } else {
        if (isatty(STDIN_FILENO)) {
            ke_error_set(err, KE_EXIT_USAGE,
                         "cite: give source ids, or pipe kaieco output into it (kaieco rank patents -f json | kaieco cite)");
            return -1;
        }
        size_t len = 0;
        char *text = read_stdin(&len, err);
        if (!text)
            return -1;
        ke_table *t = ke_table_read(text, len, err);
        free(text);
        if (!t)
            return -1;
        n = ke_cite_collect(inv->ds, t, &found, err);
        ke_table_free(t);
    }
    int rc = -1;
    if (n != (size_t)-1) {
        kc_terminal term; /* at a terminal, text references are wrapped to it */
        kc_terminal_detect(&term);
        rc = ke_cite_write(inv->ds, found, n, fmt, inv->lang, term.is_tty ? term.columns : 0, out);
        if (rc != 0) /* into memory: a failed write to stdout is run_command's (buf.error) */
            ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
    }
    free(found);
    return rc;
}

static const kc_option options[] = {{0}};

const kc_command kc_cmd_cite = {
    .name = "cite",
    .summary = "references to sources: text, bibtex, csl-json, ris",
    .usage = "[SOURCE-ID...] [-f text|bibtex|csl-json|ris]",
    .description = "References to the sources given by id, or, with none, to every source "
    "that kaieco output piped in names (JSON, NDJSON, CSV or TSV: its "
    "source column, source_default and source_other, and the id of "
    "'kaieco sources'), each once, in order of first use: "
    "'kaieco rank patents -f json | kaieco cite -f bibtex'. Formats: text "
    "(the default: one reference a line, with dates and quotation marks "
    "of --lang), bibtex (biblatex entries keyed by source id: @article "
    "for the seed press articles, @report for primary reports, @online "
    "for the further sources, read on the web), csl-json (as pandoc "
    "--citeproc and Zotero read it) and ris. An unknown id is a usage "
    "error; input in which no column holds source ids, or names a source "
    "the dataset does not have, is an error (status 1). Nothing is written "
    "unless every source is found.",
    .max_args = (size_t)-1,
    .options = options,
    .run_text = run,
    .arg_values = KC_VALUES_SOURCE,
    .formats = ke_cite_format_names,
};
