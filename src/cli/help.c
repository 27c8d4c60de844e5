/* Help text, generated from the command table and the query engine's
 * column lists, so that it cannot drift from what the commands do. */
#include <string.h>

#include "command.h"

const char kc_version_help[] = "print the version, and the date and size of the dataset";

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

/* "  -f, --format FORMAT      help"; an optional value as "--color[=WHEN]";
 * a help line that would pass 79 columns continues under itself. */
static void print_option(FILE *out, char short_name, const char *name, const char *arg,
                         int optional, const char *help)
{
    char left[64], value[32] = "";
    if (arg)
        snprintf(value, sizeof value, optional ? "[=%s]" : " %s", arg);
    if (short_name)
        snprintf(left, sizeof left, "-%c, --%s%s", short_name, name, value);
    else
        snprintf(left, sizeof left, "    --%s%s", name, value);
    fprintf(out, "  %-24s ", left);
    size_t col = 0; /* lines stay within 79 columns: 27 + 52 */
    while (*help) {
        size_t word = strcspn(help, " ");
        if (col && col + 1 + word > 52) {
            fprintf(out, "\n%27s", "");
            col = 0;
        } else if (col) {
            fputc(' ', out);
            col++;
        }
        fwrite(help, 1, word, out);
        col += word;
        help += word;
        while (*help == ' ')
            help++;
    }
    fputc('\n', out);
}

static void print_common_options(FILE *out)
{
    fputs("Common options (every command):\n", out);
    for (size_t i = 0; kc_common_options[i].name; i++) {
        const kc_common_option *o = &kc_common_options[i];
        print_option(out, o->short_name, o->name, o->arg_name, o->has_arg == KC_OPTIONAL_ARG, o->help);
    }
}

void kc_print_command_list(FILE *out)
{
    fputs("Commands:\n", out);
    for (size_t i = 0; kc_commands[i]; i++)
        fprintf(out, "  %-12s %s\n", kc_commands[i]->name, kc_commands[i]->summary);
}

void kc_print_top_help(FILE *out)
{
    fputs("usage: kaieco [--version] [--help] COMMAND [ARGS] [OPTIONS]\n\n"
          "Query the figures on Korea's AI ecosystem beside the rest of the world.\n"
          "Every figure carries its unit, period and source ('kaieco sources').\n\n", out);
    kc_print_command_list(out);
    fputc('\n', out);
    print_common_options(out);
    fputs("\nExit status: 0 success (an empty result too, unless -e), 1 runtime failure\n"
          "(or an empty result with -e), 2 usage error.\n"
          "Environment: KAIECO_LANG=en|ko|ja sets the default --lang; NO_COLOR (not\n"
          "empty) or TERM=dumb turns colour off unless --color=always; COLUMNS and\n"
          "LINES are the size of a terminal that does not say its own. At a terminal,\n"
          "an answer taller than the screen goes through KAIECO_PAGER, else PAGER,\n"
          "else 'less -FRX' (--no-pager or an empty KAIECO_PAGER: none).\n"
          "'kaieco help COMMAND' shows a command's options and output columns.\n", out);
}

/* Wraps a paragraph at 76 columns (the text is ASCII). */
static void print_wrapped(FILE *out, const char *text)
{
    size_t col = 0;
    while (*text) {
        size_t word = strcspn(text, " ");
        if (col && col + 1 + word > 76) {
            fputc('\n', out);
            col = 0;
        } else if (col) {
            fputc(' ', out);
            col++;
        }
        fwrite(text, 1, word, out);
        col += word;
        text += word;
        while (*text == ' ')
            text++;
    }
    fputc('\n', out);
}

int kc_columns_have_trend(const ke_columns *cols)
{
    unsigned all = 0;
    for (size_t i = 0; i < cols->n; i++)
        all |= cols->cols[i].flags;
    return (all & KE_SERIES) && (all & KE_YEAR);
}

/* "  * key  type  doc", and what the table format adds to a series. */
static void print_columns(FILE *out, const ke_columns *cols)
{
    for (size_t i = 0; i < cols->n; i++) {
        const ke_column *c = &cols->cols[i];
        fprintf(out, "  %c %-18s %-8s %s\n", c->flags & KE_WIDE ? ' ' : '*', c->key, type_name(c->type), c->doc);
    }
    if (kc_columns_have_trend(cols))
        fputs("The table format adds a trend column to a series of two years or more:\n"
              "a sparkline of its figures by year (without --fields or --chart).\n", out);
}

void kc_print_command_help(const kc_command *cmd, FILE *out)
{
    fprintf(out, "usage: kaieco %s%s%s [OPTIONS]\n", cmd->name, *cmd->usage ? " " : "", cmd->usage);
    for (size_t a = 0; cmd->aliases && cmd->aliases[a]; a++)
        fprintf(out, "alias: kaieco %s\n", cmd->aliases[a]);
    fputc('\n', out);
    print_wrapped(out, cmd->description);
    if (cmd->options && cmd->options[0].name) {
        fputs("\nOptions:\n", out);
        for (size_t i = 0; cmd->options[i].name; i++)
            print_option(out, cmd->options[i].short_name, cmd->options[i].name, cmd->options[i].arg_name, 0,
                         cmd->options[i].help);
    }
    fputc('\n', out);
    print_common_options(out);
    if (cmd->columns) {
        fputs("\nOutput columns (JSON keys and CSV header, in order; * = in the default\n"
              "table view, the others only with --wide or --fields):\n", out);
        print_columns(out, cmd->columns);
    }
    for (size_t i = 0; cmd->options && cmd->options[i].name; i++)
        if (cmd->options[i].columns) {
            fprintf(out, "\nOutput columns with --%s, instead:\n", cmd->options[i].name);
            print_columns(out, cmd->options[i].columns);
        }
}
