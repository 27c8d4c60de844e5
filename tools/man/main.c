/* kaieco-man TEMPLATE OUT: the manual page, kaieco.1, from the hand-written
 * man/kaieco.1.in and the program's own tables, so that it cannot drift
 * from what kaieco does. In the template, a line
 *
 *   @COMMANDS@  becomes every command: synopsis on the tag line, aliases,
 *               description, options, output columns with their types
 *   @OPTIONS@   the common options, and --version
 *   @SOURCES@   every source of the built-in dataset, with its date
 *
 * and @VERSION@ anywhere becomes the version. Run at build time; the page
 * it writes is the one tested and installed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "roff.h"

#ifndef KAIECO_VERSION
#define KAIECO_VERSION "unknown"
#endif

static const char *type_name(ke_coltype t)
{
    switch (t) {
    case KE_COL_INT:
        return "integer";
    case KE_COL_NUM:
        return "number";
    case KE_COL_BOOL:
        return "boolean";
    default:
        return "text";
    }
}

/* "\fBname\fR" (escaped) appended to buf. */
static void bold(char *buf, size_t size, const char *text)
{
    strncat(buf, "\\fB", size - strlen(buf) - 1);
    roff_escape(buf, size, text);
    strncat(buf, "\\fR", size - strlen(buf) - 1);
}

static void italic(char *buf, size_t size, const char *text)
{
    strncat(buf, "\\fI", size - strlen(buf) - 1);
    roff_escape(buf, size, text);
    strncat(buf, "\\fR", size - strlen(buf) - 1);
}

/* The tag of an option: "\fB\-f\fR \fIFORMAT\fR, \fB\-\-format\fR=\fIFORMAT\fR". */
static void option_tag(char *buf, size_t size, char short_name, const char *name, const char *arg,
                       int optional)
{
    char word[64];
    if (short_name) {
        snprintf(word, sizeof word, "-%c", short_name);
        bold(buf, size, word);
        if (arg) {
            strncat(buf, " ", size - strlen(buf) - 1);
            italic(buf, size, arg);
        }
        strncat(buf, ", ", size - strlen(buf) - 1);
    }
    snprintf(word, sizeof word, "--%s", name);
    bold(buf, size, word);
    if (arg) {
        strncat(buf, optional ? "[=" : " ", size - strlen(buf) - 1);
        italic(buf, size, arg);
        if (optional)
            strncat(buf, "]", size - strlen(buf) - 1);
    }
}

static void columns_list(roff *r, const ke_columns *cols)
{
    for (size_t i = 0; i < cols->n; i++) {
        const ke_column *c = &cols->cols[i];
        char tag[256] = "";
        bold(tag, sizeof tag, c->key);
        snprintf(tag + strlen(tag), sizeof tag - strlen(tag), " (%s%s)", type_name(c->type),
                 c->flags & KE_WIDE ? ", wide" : "");
        roff_macro(r, ".TP");
        roff_tag(r, tag);
        roff_text(r, c->doc);
        if (c->doc[0] && c->doc[strlen(c->doc) - 1] != '.')
            roff_attach(r, ".");
    }
}

static void write_command(roff *r, const kc_command *cmd)
{
    char tag[1024] = "";
    bold(tag, sizeof tag, cmd->name);
    if (*cmd->usage) {
        strncat(tag, " ", sizeof tag - strlen(tag) - 1);
        roff_synopsis(tag, sizeof tag, cmd->usage);
    }
    roff_macro(r, ".TP");
    roff_tag(r, tag);
    roff_text(r, cmd->description);
    if (!(cmd->aliases && cmd->aliases[0]) && !cmd->options[0].name && !cmd->columns)
        return;
    roff_macro(r, ".RS");
    if (cmd->aliases && cmd->aliases[0]) {
        roff_macro(r, ".PP");
        roff_text(r, cmd->aliases[1] ? "Aliases:" : "Alias:");
        for (size_t a = 0; cmd->aliases[a]; a++) {
            char word[128] = "";
            bold(word, sizeof word, cmd->aliases[a]);
            if (cmd->aliases[a + 1])
                strncat(word, ",", sizeof word - strlen(word) - 1);
            roff_raw(r, word);
        }
        roff_attach(r, ".");
    }
    if (cmd->options[0].name) {
        roff_macro(r, ".PP");
        roff_text(r, "Options:");
        for (size_t i = 0; cmd->options[i].name; i++) {
            const kc_option *o = &cmd->options[i];
            char otag[256] = "";
            option_tag(otag, sizeof otag, o->short_name, o->name, o->has_arg ? o->arg_name : NULL, 0);
            roff_macro(r, ".TP");
            roff_tag(r, otag);
            roff_text(r, o->help);
            if (o->has_arg == KC_REPEATABLE)
                roff_text(r, "(repeatable)");
            roff_attach(r, ".");
        }
    }
    if (cmd->columns) {
        roff_macro(r, ".PP");
        roff_text(r, "Columns, in order (the JSON keys and CSV header); the table format leaves "
                     "out those marked wide unless --wide or --fields is given:");
        columns_list(r, cmd->columns);
        if (kc_columns_have_trend(cmd->columns)) {
            roff_macro(r, ".PP");
            roff_text(r, "The table format adds a trend column to a series of two years or more.");
        }
    }
    for (size_t i = 0; cmd->options[i].name; i++) {
        if (!cmd->options[i].columns)
            continue;
        char text[256] = "", flag[64];
        snprintf(flag, sizeof flag, "--%s", cmd->options[i].name);
        bold(text, sizeof text, flag);
        strncat(text, ",", sizeof text - strlen(text) - 1);
        roff_macro(r, ".PP");
        roff_text(r, "With");
        roff_raw(r, text);
        roff_text(r, "these columns instead:");
        columns_list(r, cmd->options[i].columns);
    }
    roff_macro(r, ".RE");
}

static void write_commands(roff *r)
{
    for (size_t i = 0; kc_commands[i]; i++)
        write_command(r, kc_commands[i]);
}

static void write_options(roff *r)
{
    for (size_t i = 0; kc_common_options[i].name; i++) {
        const kc_common_option *o = &kc_common_options[i];
        char tag[256] = "";
        option_tag(tag, sizeof tag, o->short_name, o->name, o->has_arg ? o->arg_name : NULL,
                   o->has_arg == KC_OPTIONAL_ARG);
        roff_macro(r, ".TP");
        roff_tag(r, tag);
        roff_text(r, o->help);
        roff_attach(r, ".");
    }
    char tag[64] = "";
    bold(tag, sizeof tag, "--version");
    roff_macro(r, ".TP");
    roff_tag(r, tag);
    roff_text(r, kc_version_help);
    roff_text(r, "(before any command).");
}

static void write_sources(roff *r)
{
    const ke_dataset *ds = ke_builtin_dataset();
    for (size_t i = 0; i < ds->n_sources; i++) {
        const ke_source *s = &ds->sources[i];
        char tag[512] = "";
        bold(tag, sizeof tag, ke_s(ds, s->id));
        strncat(tag, ", ", sizeof tag - strlen(tag) - 1);
        roff_escape(tag, sizeof tag, ke_s(ds, s->date.text) ? ke_s(ds, s->date.text) : "undated");
        roff_macro(r, ".TP");
        roff_tag(r, tag);
        roff_text(r, ke_s(ds, s->outlet));
        roff_attach(r, ":");
        roff_text(r, ke_s(ds, s->title));
        if (ke_s(ds, s->url)) {
            /* not hyphenated (\%), but broken after a '/' (\:) if need be */
            char escaped[1024] = "", url[2048] = "\\%";
            roff_escape(escaped, sizeof escaped, ke_s(ds, s->url));
            for (const char *p = escaped; *p; p++) {
                size_t n = strlen(url);
                if (n + 4 >= sizeof url)
                    break;
                url[n++] = *p;
                url[n] = '\0';
                if (*p == '/' && p[1] && p[1] != '/')
                    strcat(url, "\\:");
            }
            roff_raw(r, url);
        } else if (ke_s(ds, s->no_url_reason)) {
            roff_text(r, "(no address:");
            roff_text(r, ke_s(ds, s->no_url_reason));
            roff_attach(r, ")");
        }
        char kind[128];
        snprintf(kind, sizeof kind, "(%s, in %s).", ke_source_kind_name(s->kind), ke_s(ds, s->language));
        roff_text(r, kind);
        if (ke_s(ds, s->checked.text)) {
            char checked[64];
            snprintf(checked, sizeof checked, "Checked against its page on %s.", ke_s(ds, s->checked.text));
            roff_text(r, checked);
        }
    }
}

/* Copies `line` with @VERSION@ replaced. */
static void write_template_line(FILE *out, const char *line)
{
    const char *at;
    while ((at = strstr(line, "@VERSION@"))) {
        fwrite(line, 1, (size_t)(at - line), out);
        fputs(KAIECO_VERSION, out);
        line = at + strlen("@VERSION@");
    }
    fputs(line, out);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: kaieco-man TEMPLATE OUT\n", stderr);
        return 2;
    }
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    FILE *out = fopen(argv[2], "w");
    if (!out) {
        perror(argv[2]);
        fclose(in);
        return 1;
    }
    roff r;
    roff_init(&r, out);
    char line[4096];
    while (fgets(line, sizeof line, in)) {
        if (strcmp(line, "@COMMANDS@\n") == 0)
            write_commands(&r);
        else if (strcmp(line, "@OPTIONS@\n") == 0)
            write_options(&r);
        else if (strcmp(line, "@SOURCES@\n") == 0)
            write_sources(&r);
        else
            write_template_line(out, line);
        roff_end_line(&r);
    }
    int failed = ferror(in) || ferror(out);
    fclose(in);
    if (fclose(out) != 0 || failed) {
        fprintf(stderr, "kaieco-man: cannot write %s\n", argv[2]);
        remove(argv[2]);
        return 1;
    }
    return 0;
}
