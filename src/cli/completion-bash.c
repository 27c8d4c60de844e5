/* kaieco completion bash: a bash completion script, generated from the
 * command table and the built-in dataset (completion.c). It needs nothing
 * but bash (no bash-completion helpers), finds the command wherever it is
 * (after options and their values: kaieco --format json ra<TAB>), and
 * offers what fits the word being typed: commands, options, option values,
 * positional words, the command's column names after --fields, --sort and
 * --where. */
#include <string.h>

#include "completion.h"

/* "-f|--format": the patterns of a common option. */
static void common_patterns(FILE *out, const kc_common_option *o)
{
    if (o->short_name)
        fprintf(out, "-%c|", o->short_name);
    fprintf(out, "--%s", o->name);
}

/* "cmd:-o|cmd:--output" (a command's own option), after a '|' unless
 * `*first`. */
static void command_patterns(FILE *out, const kc_command *cmd, const kc_option *o, int *first)
{
    if (o->short_name) {
        fprintf(out, "%s%s:-%c", *first ? "" : "|", cmd->name, o->short_name);
        *first = 0;
    }
    fprintf(out, "%s%s:--%s", *first ? "" : "|", cmd->name, o->name);
    *first = 0;
}

static void write_command_names(FILE *out)
{
    fputs("# The command that word $1 names (an alias names its command), in REPLY.\n"
          "_kaieco_command() {\n"
          "    case $1 in\n", out);
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *c = kc_commands[i];
        fprintf(out, "        %s", c->name);
        for (size_t a = 0; c->aliases && c->aliases[a]; a++)
            fprintf(out, "|%s", c->aliases[a]);
        fprintf(out, ") REPLY=%s ;;\n", c->name);
    }
    fputs("        *) REPLY= ;;\n"
          "    esac\n"
          "}\n\n", out);
}

static void write_takes_value(FILE *out)
{
    fputs("# Whether option $1 of command $2 takes the next word as its value.\n"
          "_kaieco_takes_value() {\n"
          "    case $1 in\n"
          "        ", out);
    int first = 1;
    for (size_t i = 0; kc_common_options[i].name; i++) {
        const kc_common_option *o = &kc_common_options[i];
        if (!kc_common_takes_value(o))
            continue; /* a flag, or --color[=WHEN] */
        if (!first)
            fputc('|', out);
        common_patterns(out, o);
        first = 0;
    }
    fputs(first ? "-) return 1 ;;\n" : ") return 0 ;;\n", out);
    fputs("    esac\n"
          "    case $2:$1 in\n"
          "        ", out);
    first = 1;
    for (size_t i = 0; kc_commands[i]; i++)
        for (size_t o = 0; kc_commands[i]->options[o].name; o++)
            if (kc_commands[i]->options[o].has_arg)
                command_patterns(out, kc_commands[i], &kc_commands[i]->options[o], &first);
    fputs(first ? "-) return 1 ;;\n" : ") return 0 ;;\n", out);
    fputs("    esac\n"
          "    return 1\n"
          "}\n\n", out);
}

static void write_option_values(FILE *out)
{
    fputs("# The kind of value option $1 of command $2 takes, in REPLY (empty: free text).\n"
          "_kaieco_option_values() {\n"
          "    case $1 in\n", out);
    for (size_t i = 0; kc_common_options[i].name; i++) {
        const kc_common_option *o = &kc_common_options[i];
        if (o->values == KC_VALUES_NONE)
            continue;
        fputs("        ", out);
        common_patterns(out, o);
        fprintf(out, ") REPLY=%s; return ;;\n", kc_values_name(o->values));
    }
    fputs("    esac\n"
          "    case $2:$1 in\n", out);
    for (size_t i = 0; kc_commands[i]; i++)
        for (size_t o = 0; kc_commands[i]->options[o].name; o++) {
            const kc_option *opt = &kc_commands[i]->options[o];
            if (opt->values == KC_VALUES_NONE)
                continue;
            int first = 1;
            fputs("        ", out);
            command_patterns(out, kc_commands[i], opt, &first);
            /* a repeatable option's values are joined with commas: a list */
            fprintf(out, ") REPLY=%s%s; return ;;\n", opt->has_arg == KC_REPEATABLE ? "list-" : "",
                    kc_values_name(opt->values));
        }
    fputs("    esac\n"
          "    REPLY=\n"
          "}\n\n", out);
}

static void write_options(FILE *out)
{
    fputs("# The long options to offer after command $1 (before any command when empty), in REPLY.\n"
          "_kaieco_options() {\n"
          "    REPLY='", out);
    for (size_t i = 0; kc_common_options[i].name; i++)
        fprintf(out, "%s--%s", i ? " " : "", kc_common_options[i].name);
    fputs("'\n"
          "    case $1 in\n"
          "        '') REPLY+=' --version' ;;\n", out);
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *c = kc_commands[i];
        if (!kc_option_count(c))
            continue;
        fprintf(out, "        %s) REPLY+='", c->name);
        for (size_t o = 0; c->options[o].name; o++)
            fprintf(out, " --%s", c->options[o].name);
        fputs("' ;;\n", out);
    }
    fputs("    esac\n"
          "}\n\n", out);
}

/* The positional words: their kind while the command takes more, "-"
 * once it takes no more (then options are offered). */
static void write_arguments(FILE *out)
{
    fputs("# The kind of positional word number $2 (from 0) of command $1, in REPLY;\n"
          "# '-' when the command takes no more.\n"
          "_kaieco_argument() {\n"
          "    case $1 in\n", out);
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *c = kc_commands[i];
        const char *kind = c->arg_values == KC_VALUES_NONE ? "" : kc_values_name(c->arg_values);
        if (c->max_args == 0)
            fprintf(out, "        %s) REPLY=- ;;\n", c->name);
        else if (c->max_args == (size_t)-1)
            fprintf(out, "        %s) REPLY=%s ;;\n", c->name, kind);
        else
            fprintf(out, "        %s) (($2 < %zu)) && REPLY=%s || REPLY=- ;;\n", c->name, c->max_args, kind);
    }
    fputs("        *) REPLY= ;;\n"
          "    esac\n"
          "}\n\n", out);
}

typedef struct set_writer {
    FILE *out;
    int flags; /* write the column-changing flags instead of the sets */
} set_writer;

static void write_set(const kc_column_set *set, void *ctx)
{
    set_writer *w = ctx;
    if (w->flags) {
        if (set->flag)
            fprintf(w->out, "        %s:--%s) REPLY=--%s ;;\n", set->cmd->name, set->flag->name, set->flag->name);
        return;
    }
    fprintf(w->out, "        %s) REPLY='", set->key);
    kc_columns_print(w->out, set->columns, " ");
    fputs("' ;;\n", w->out);
}

static void write_words(FILE *out)
{
    fputs("# The words of kind $1 (after command $2), in REPLY.\n"
          "_kaieco_words() {\n"
          "    case $1 in\n", out);
    for (int v = 0; v < KC_N_VALUES; v++) {
        if (!kc_values_listed((kc_values)v))
            continue;
        if (v == KC_VALUES_FORMAT) { /* after command $2: its own formats (cite, export) */
            fprintf(out, "        %s)\n            case ${2-} in\n", kc_values_name((kc_values)v));
            kc_command_formats_print(out, "                ", "|", ") REPLY='", " ", "' ;;\n");
            fputs("                *) REPLY='", out);
            kc_values_print(out, (kc_values)v, " ");
            fputs("' ;;\n            esac ;;\n", out);
            continue;
        }
        fprintf(out, "        %s) REPLY='", kc_values_name((kc_values)v));
        kc_values_print(out, (kc_values)v, " ");
        fputs("' ;;\n", out);
    }
    fputs("        *) REPLY= ;;\n"
          "    esac\n"
          "}\n\n"
          "# The columns of the result of command $1 given flag $2 (contest --rules), in REPLY.\n"
          "_kaieco_columns() {\n"
          "    case $1$2 in\n", out);
    set_writer w = {out, 0};
    kc_column_sets_each(write_set, &w);
    fputs("        *) REPLY= ;;\n"
          "    esac\n"
          "}\n\n"
          "# Whether flag $2 changes the columns of command $1's result (REPLY: the flag).\n"
          "_kaieco_column_flag() {\n"
          "    case $1:$2 in\n", out);
    w.flags = 1;
    kc_column_sets_each(write_set, &w);
    fputs("        *) return 1 ;;\n"
          "    esac\n"
          "}\n\n", out);
}

/* The part that does not depend on the table. */
static const char offer_and_main[] =
    "# Sets COMPREPLY to the words of kind $1 that start with $2; $3 and $4 are\n"
    "# the command and its column flag, for the column kinds. A list (columns,\n"
    "# sort keys, list-KIND) completes its last item; a sort key may start with '-'.\n"
    "_kaieco_offer() {\n"
    "    local kind=$1 text=$2 pre=\n"
    "    if [[ $kind == list-* || $kind == columns || $kind == sort-keys ]]; then\n"
    "        kind=${kind#list-}\n"
    "        if [[ $text == *,* ]]; then\n"
    "            pre=${text%,*},\n"
    "            text=${text##*,}\n"
    "        fi\n"
    "        compopt -o nospace 2>/dev/null\n"
    "    fi\n"
    "    case $kind in\n"
    "        '') return ;;\n"
    "        file)\n"
    "            compopt -o filenames 2>/dev/null\n"
    "            COMPREPLY=($(compgen -f -- \"$text\"))\n"
    "            return ;;\n"
    "        sort-keys)\n"
    "            if [[ $text == -* ]]; then\n"
    "                pre+=-\n"
    "                text=${text#-}\n"
    "            fi\n"
    "            _kaieco_columns \"$3\" \"$4\" ;;\n"
    "        columns | expression) _kaieco_columns \"$3\" \"$4\" ;;\n"
    "        *) _kaieco_words \"$kind\" \"${3-}\" ;;\n"
    "    esac\n"
    "    COMPREPLY=($(compgen -P \"$pre\" -W \"$REPLY\" -- \"$text\"))\n"
    "}\n"
    "\n"
    "_kaieco() {\n"
    "    local -a words=()\n"
    "    local i w cur cmd= flag= value_of= n=0 joined=0\n"
    "    COMPREPLY=()\n"
    "    # bash splits --opt=value into '--opt' '=' 'value': join them again\n"
    "    for ((i = 0; i <= COMP_CWORD; i++)); do\n"
    "        w=${COMP_WORDS[i]}\n"
    "        if ((joined == 1)); then\n"
    "            words[${#words[@]} - 1]+=$w\n"
    "            joined=2\n"
    "        elif [[ $w == '=' && ${#words[@]} -gt 1 && ${words[${#words[@]} - 1]} == --* ]]; then\n"
    "            words[${#words[@]} - 1]+==\n"
    "            joined=1\n"
    "        else\n"
    "            words+=(\"$w\")\n"
    "            joined=0\n"
    "        fi\n"
    "    done\n"
    "    cur=${words[${#words[@]} - 1]}\n"
    "    # the command, its column flag and its positional words before this one\n"
    "    for ((i = 1; i < ${#words[@]} - 1; i++)); do\n"
    "        w=${words[i]}\n"
    "        if [[ -n $value_of ]]; then\n"
    "            value_of=\n"
    "            continue\n"
    "        fi\n"
    "        case $w in\n"
    "            --*=*) ;;\n"
    "            -?*)\n"
    "                _kaieco_takes_value \"$w\" \"$cmd\" && value_of=$w\n"
    "                _kaieco_column_flag \"$cmd\" \"$w\" && flag=$REPLY ;;\n"
    "            *)\n"
    "                if [[ -z $cmd ]]; then\n"
    "                    _kaieco_command \"$w\"\n"
    "                    cmd=$REPLY\n"
    "                    [[ -z $cmd ]] && return 0 # not a command: nothing fits\n"
    "                else\n"
    "                    n=$((n + 1))\n"
    "                fi ;;\n"
    "        esac\n"
    "    done\n"
    "    # the value of an option: '--opt VALUE' or '--opt=VALUE'\n"
    "    if [[ -n $value_of ]]; then\n"
    "        _kaieco_option_values \"$value_of\" \"$cmd\"\n"
    "        _kaieco_offer \"$REPLY\" \"$cur\" \"$cmd\" \"$flag\"\n"
    "        return 0\n"
    "    fi\n"
    "    if [[ $cur == --*=* ]]; then\n"
    "        _kaieco_option_values \"${cur%%=*}\" \"$cmd\"\n"
    "        _kaieco_offer \"$REPLY\" \"${cur#*=}\" \"$cmd\" \"$flag\"\n"
    "        return 0\n"
    "    fi\n"
    "    if [[ $cur != -* ]]; then\n"
    "        if [[ -z $cmd ]]; then\n"
    "            _kaieco_offer command \"$cur\"\n"
    "            return 0\n"
    "        fi\n"
    "        _kaieco_argument \"$cmd\" \"$n\"\n"
    "        if [[ $REPLY != - ]]; then\n"
    "            _kaieco_offer \"$REPLY\" \"$cur\" \"$cmd\" \"$flag\"\n"
    "            return 0\n"
    "        fi\n"
    "    fi\n"
    "    _kaieco_options \"$cmd\"\n"
    "    COMPREPLY=($(compgen -W \"$REPLY\" -- \"$cur\"))\n"
    "}\n"
    "\n"
    "complete -F _kaieco kaieco\n";

void kc_completion_bash(FILE *out)
{
    fputs("# bash completion for kaieco, generated by 'kaieco completion bash' from its\n"
          "# command table and built-in dataset. Install it as\n"
          "# share/bash-completion/completions/kaieco, or load it with\n"
          "#   source <(kaieco completion bash)\n\n", out);
    write_command_names(out);
    write_takes_value(out);
    write_option_values(out);
    write_options(out);
    write_arguments(out);
    write_words(out);
    fputs(offer_and_main, out);
}
