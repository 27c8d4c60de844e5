/* kaieco completion zsh: a zsh completion function (_arguments specs),
 * generated from the command table and the built-in dataset
 * (completion.c). Options and commands carry their help text; option
 * values, positional words and the command's column names come from
 * _kaieco_values. */
#include <string.h>

#include "completion.h"
#include "kaieco/messages.h"

/* Writes `s` for inside a single-quoted zsh word; in a description of an
 * _arguments spec (`brackets`), [ ] and \ are escaped too. */
static void quoted(FILE *out, const char *s, int brackets)
{
    for (; *s; s++) {
        if (*s == '\'')
            fputs("'\\''", out);
        else if (brackets && strchr("[]\\", *s))
            fprintf(out, "\\%c", *s);
        else if (!brackets && *s == ':')
            fputs("\\:", out);
        else
            fputc(*s, out);
    }
}

/* One spec on a line of its own, after `indent` spaces and before `end`:
 * 'NAME[HELP]' for a flag, 'NAME=[HELP]:ARG:ACTION' with a value; `star`
 * for an option that may be given again; `list` for one whose values are
 * joined with commas. */
static void spec(FILE *out, int indent, const char *end, const char *exclude, int star, const char *name,
                 const char *sep, const char *help, const char *arg, int optional, kc_values values, int list)
{
    fprintf(out, "%*s'", indent, "");
    if (exclude)
        fprintf(out, "(%s)", exclude);
    fprintf(out, "%s%s%s[", star ? "*" : "", name, arg ? sep : "");
    quoted(out, ke_msg(help), 1);
    fputc(']', out);
    if (arg) {
        fputs(optional ? "::" : ":", out);
        quoted(out, arg, 0);
        if (values == KC_VALUES_NONE)
            fputs(": ", out);
        else
            fprintf(out, ":_kaieco_values %s%s", list ? "list-" : "", kc_values_name(values));
    }
    fprintf(out, "'%s", end);
}

static void write_common_specs(FILE *out)
{
    fputs("  local -a common=(\n", out);
    for (size_t i = 0; kc_common_options[i].name; i++) {
        const kc_common_option *o = &kc_common_options[i];
        char exclude[64] = "", long_name[48];
        snprintf(long_name, sizeof long_name, "--%s", o->name);
        int star = o->has_arg == KC_REPEATABLE;
        const char *arg = o->has_arg ? o->arg_name : NULL;
        int optional = o->has_arg == KC_OPTIONAL_ARG;
        if (strcmp(o->name, "help") == 0) {
            /* help ends the command line: nothing else is offered after it */
            snprintf(exclude, sizeof exclude, "- *");
        } else if (o->short_name && !star) {
            snprintf(exclude, sizeof exclude, "-%c --%s", o->short_name, o->name);
        } else if (!star) {
            snprintf(exclude, sizeof exclude, "--%s", o->name);
        }
        spec(out, 4, "\n", *exclude ? exclude : NULL, star, long_name, optional ? "=-" : "=", o->help, arg, optional,
             o->values, 0);
        if (o->short_name) {
            char short_name[3] = {'-', o->short_name, '\0'};
            spec(out, 4, "\n", *exclude ? exclude : NULL, star, short_name, "+", o->help, arg, optional, o->values, 0);
        }
    }
    fputs("  )\n", out);
}

static void write_command_list(FILE *out)
{
    fputs("      local -a commands=(\n", out);
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *c = kc_commands[i];
        fprintf(out, "        '%s:", c->name);
        quoted(out, ke_msg(c->summary), 0);
        fputs("'\n", out);
        for (size_t a = 0; c->aliases && c->aliases[a]; a++) {
            fprintf(out, "        '%s:", c->aliases[a]);
            quoted(out, ke_msg(c->summary), 0);
            fputs("'\n", out);
        }
    }
    fputs("      )\n"
          "      _describe -t commands 'kaieco command' commands && ret=0 ;;\n", out);
}

static void write_command_case(FILE *out, const kc_command *c)
{
    fprintf(out, "        %s", c->name);
    for (size_t a = 0; c->aliases && c->aliases[a]; a++)
        fprintf(out, "|%s", c->aliases[a]);
    fprintf(out, ")\n          _kaieco_set=%s\n", c->columns ? c->name : "");
    for (size_t o = 0; c->options[o].name; o++)
        if (c->options[o].columns)
            fprintf(out, "          (( ${words[(I)--%s]} )) && _kaieco_set=%s--%s\n", c->options[o].name, c->name,
                    c->options[o].name);
    fputs("          _arguments -S : $common \\\n", out);
    for (size_t o = 0; c->options[o].name; o++) {
        const kc_option *opt = &c->options[o];
        char long_name[48], exclude[64];
        snprintf(long_name, sizeof long_name, "--%s", opt->name);
        if (opt->short_name)
            snprintf(exclude, sizeof exclude, "-%c --%s", opt->short_name, opt->name);
        else
            snprintf(exclude, sizeof exclude, "--%s", opt->name);
        int star = opt->has_arg == KC_REPEATABLE;
        spec(out, 12, " \\\n", star ? NULL : exclude, star, long_name, "=", opt->help, opt->has_arg ? opt->arg_name : NULL, 0,
             opt->values, star);
        if (opt->short_name) {
            char short_name[3] = {'-', opt->short_name, '\0'};
            spec(out, 12, " \\\n", star ? NULL : exclude, star, short_name, "+", opt->help, opt->has_arg ? opt->arg_name : NULL,
                 0, opt->values, star);
        }
    }
    if (c->max_args) {
        char arg[32];
        kc_usage_argument(c, arg, sizeof arg);
        fprintf(out, "            '%s:%s:", c->max_args == 1 ? "1" : "*", arg);
        if (c->arg_values == KC_VALUES_NONE)
            fputs(" ", out);
        else
            fprintf(out, "_kaieco_values %s", kc_values_name(c->arg_values));
        fputs("' \\\n", out);
    }
    fputs("            && ret=0 ;;\n", out);
}

typedef struct set_writer {
    FILE *out;
} set_writer;

/* 'WORD:DESCRIPTION' for _describe, which shows the description beside
 * the word (a ':' in the word escaped). */
static void described(FILE *out, const char *word, const char *desc)
{
    fputc('\'', out);
    quoted(out, word, 0);
    if (desc) {
        fputc(':', out);
        for (; *desc; desc++)
            if (*desc == '\'')
                fputs("'\\''", out);
            else
                fputc(*desc == '\n' || *desc == '\t' ? ' ' : *desc, out);
    }
    fputc('\'', out);
}

/* Each column with its description. */
static void write_set(const kc_column_set *set, void *ctx)
{
    FILE *out = ((set_writer *)ctx)->out;
    fprintf(out, "        %s) words=(", set->key);
    for (size_t i = 0, n = 0; i < set->columns->n; i++)
        if (kc_word_is_plain(set->columns->cols[i].key)) {
            if (n++)
                fputc(' ', out);
            described(out, set->columns->cols[i].key, ke_msg(set->columns->cols[i].doc));
        }
    fputs(") ;;\n", out);
}

typedef struct word_writer {
    FILE *out;
    size_t n;
} word_writer;

static void write_word(const char *word, const char *desc, void *ctx)
{
    word_writer *w = ctx;
    if (w->n++)
        fputc(' ', w->out);
    described(w->out, word, desc);
}

static void write_values(FILE *out)
{
    fputs("# Completes a value of the kind named by the last argument (the ones before\n"
          "# it are compadd options from _arguments), each shown with what it means\n"
          "# (_describe). Columns are those of the result\n"
          "# of the command being typed ($_kaieco_set), formats those it writes; a list of them (--fields\n"
          "# a,b,...) completes its last item, as does a list-KIND, and a sort key may\n"
          "# start with '-'.\n"
          "_kaieco_values() {\n"
          "  local kind=$argv[-1] cmd=$words[1]\n"
          "  argv[-1]=()\n"
          "  local -a words\n"
          "  if [[ $kind == list-* ]]; then # values joined with commas\n"
          "    kind=${kind#list-}\n"
          "    compset -P '*,'\n"
          "    argv+=(-q -S ,)\n"
          "  fi\n"
          "  case $kind in\n"
          "    file) _files \"$@\"; return ;;\n"
          "    columns|sort-keys|expression)\n"
          "      case $_kaieco_set in\n", out);
    set_writer w = {out};
    kc_column_sets_each(write_set, &w);
    fputs("      esac\n"
          "      if [[ $kind != expression ]]; then\n"
          "        compset -P '*,'\n"
          "        [[ $kind == sort-keys ]] && compset -P '-'\n"
          "        _describe -t columns column words \"$@\" -q -S ,\n"
          "        return\n"
          "      fi ;;\n", out);
    for (int v = 0; v < KC_N_VALUES; v++) {
        if (!kc_values_listed((kc_values)v))
            continue;
        if (v == KC_VALUES_FORMAT) { /* after a command with formats of its own (cite, export) */
            fprintf(out, "    %s)\n      case $cmd in\n", kc_values_name((kc_values)v));
            kc_command_formats_print(out, "        ", "|", ") words=(", " ", ") ;;\n");
            fputs("        *) words=(", out);
            kc_values_print(out, (kc_values)v, " ");
            fputs(") ;;\n      esac ;;\n", out);
            continue;
        }
        fprintf(out, "    %s) words=(", kc_values_name((kc_values)v));
        word_writer w = {out, 0};
        kc_values_each_described((kc_values)v, write_word, &w);
        fputs(") ;;\n", out);
    }
    fputs("  esac\n"
          "  _describe -t values $kind words \"$@\"\n"
          "}\n\n", out);
}

void kc_completion_zsh(FILE *out)
{
    fputs("#compdef kaieco\n"
          "# zsh completion for kaieco, generated by 'kaieco completion zsh' from its\n"
          "# command table and built-in dataset. Install it as _kaieco in a directory\n"
          "# of $fpath (share/zsh/vendor-completions), or load it, after compinit, with\n"
          "#   source <(kaieco completion zsh)\n\n", out);
    write_values(out);
    fputs("_kaieco() {\n"
          "  local curcontext=$curcontext state state_descr line _kaieco_set= ret=1\n"
          "  typeset -A opt_args\n", out);
    write_common_specs(out);
    fputs("  _arguments -C -S : $common \\\n"
          "    '(- *)--version[", out);
    quoted(out, ke_msg(kc_version_help), 1);
    fputs("]' \\\n"
          "    '(-): :->command' \\\n"
          "    '(-)*:: :->argument' && ret=0\n"
          "  case $state in\n"
          "    command)\n", out);
    write_command_list(out);
    fputs("    argument)\n"
          "      curcontext=${curcontext%:*:*}:kaieco-$words[1]:\n"
          "      case $words[1] in\n", out);
    for (size_t i = 0; kc_commands[i]; i++)
        write_command_case(out, kc_commands[i]);
    fputs("      esac ;;\n"
          "  esac\n"
          "  return ret\n"
          "}\n\n"
          "if [[ $funcstack[1] == _kaieco ]]; then\n"
          "  _kaieco \"$@\"\n"
          "else\n"
          "  compdef _kaieco kaieco\n"
          "fi\n", out);
}
