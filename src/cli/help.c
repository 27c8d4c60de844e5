/* Help text, generated from the command table and the query engine's
 * column lists, so that it cannot drift from what the commands do. */
#include <string.h>

#include "command.h"

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

static void print_option(FILE *out, char short_name, const char *name, const char *arg,
                         const char *help)
{
    char left[64];
    if (short_name)
        snprintf(left, sizeof left, "-%c, --%s%s%s", short_name, name, arg ? " " : "", arg ? arg : "");
    else
        snprintf(left, sizeof left, "    --%s%s%s", name, arg ? " " : "", arg ? arg : "");
    fprintf(out, "  %-24s %s\n", left, help);
}

static void print_common_options(FILE *out)
{
    fputs("Common options (every command):\n", out);
    for (size_t i = 0; kc_common_options[i].name; i++) {
        const kc_common_option *o = &kc_common_options[i];
        print_option(out, o->short_name, o->name, o->arg_name, o->help);
    }
}

void kc_print_top_help(FILE *out)
{
    fputs("usage: kaieco [--version] [--help] COMMAND [ARGS] [OPTIONS]\n\n"
          "Query the figures on Korea's AI ecosystem beside the rest of the world.\n"
          "Every figure carries its unit, period and source ('kaieco sources').\n\n"
          "Commands:\n", out);
    for (size_t i = 0; kc_commands[i]; i++)
        fprintf(out, "  %-12s %s\n", kc_commands[i]->name, kc_commands[i]->summary);
    fputc('\n', out);
    print_common_options(out);
    fputs("\nExit status: 0 success (an empty result too), 1 runtime failure, 2 usage error.\n"
          "Environment: KAIECO_LANG=en|ko|ja sets the default --lang.\n"
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
            print_option(out, 0, cmd->options[i].name, cmd->options[i].arg_name, cmd->options[i].help);
    }
    fputc('\n', out);
    print_common_options(out);
    if (cmd->columns) {
        fputs("\nOutput columns (JSON keys and CSV header, in order):\n", out);
        for (size_t i = 0; i < cmd->columns->n; i++) {
            const ke_column *c = &cmd->columns->cols[i];
            fprintf(out, "  %-18s %-8s %s\n", c->key, type_name(c->type), c->doc);
        }
    }
}
