/* kaieco completion fish: fish `complete` rules, generated from the
 * command table and the built-in dataset (completion.c). A few functions
 * find the command being typed (after options and their values) and what
 * it has been given; every rule is conditioned on them. */
#include <string.h>

#include "completion.h"
#include "kaieco/messages.h"

/* Writes `s` single-quoted for fish. */
static void quoted(FILE *out, const char *s)
{
    fputc('\'', out);
    for (; *s; s++) {
        if (*s == '\'' || *s == '\\')
            fputc('\\', out);
        fputc(*s, out);
    }
    fputc('\'', out);
}

static void write_state(FILE *out)
{
    fputs("# The command that word $argv[1] names (an alias names its command).\n"
          "function __kaieco_command\n"
          "    switch $argv[1]\n", out);
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *c = kc_commands[i];
        fprintf(out, "        case %s", c->name);
        for (size_t a = 0; c->aliases && c->aliases[a]; a++)
            fprintf(out, " %s", c->aliases[a]);
        fprintf(out, "\n            echo %s\n", c->name);
    }
    fputs("    end\n"
          "end\n\n"
          "# Whether option $argv[1] of command $argv[2] takes the next word as its value.\n"
          "function __kaieco_takes_value\n"
          "    switch $argv[1]\n"
          "        case", out);
    for (size_t i = 0; kc_common_options[i].name; i++) {
        const kc_common_option *o = &kc_common_options[i];
        if (!kc_common_takes_value(o))
            continue;
        if (o->short_name)
            fprintf(out, " -%c", o->short_name);
        fprintf(out, " --%s", o->name);
    }
    fputs("\n            return 0\n"
          "    end\n"
          "    switch $argv[2]:$argv[1]\n"
          "        case", out);
    for (size_t i = 0; kc_commands[i]; i++)
        for (size_t o = 0; kc_commands[i]->options[o].name; o++) {
            const kc_option *opt = &kc_commands[i]->options[o];
            if (!opt->has_arg)
                continue;
            if (opt->short_name)
                fprintf(out, " %s:-%c", kc_commands[i]->name, opt->short_name);
            fprintf(out, " %s:--%s", kc_commands[i]->name, opt->name);
        }
    fputs("\n            return 0\n"
          "    end\n"
          "    return 1\n"
          "end\n\n"
          "# Whether flag $argv[2] changes the columns of command $argv[1]'s result.\n"
          "function __kaieco_column_flag\n"
          "    switch $argv[1]:$argv[2]\n"
          "        case", out);
    int any = 0;
    for (size_t i = 0; kc_commands[i]; i++)
        for (size_t o = 0; kc_commands[i]->options[o].name; o++)
            if (kc_commands[i]->options[o].columns) {
                fprintf(out, " %s:--%s", kc_commands[i]->name, kc_commands[i]->options[o].name);
                any = 1;
            }
    fputs(any ? "\n" : " ''\n", out);
    fputs("            return 0\n"
          "    end\n"
          "    return 1\n"
          "end\n\n"
          "# Prints three lines: the command being typed ('-' for none yet), how many\n"
          "# positional words it has been given, and its column flag ('-' for none).\n"
          "# Fails when a word where the command should be is not one.\n"
          "function __kaieco_state\n"
          "    set -l words (commandline -opc)\n"
          "    set -e words[1]\n"
          "    set -l cmd -\n"
          "    set -l flag -\n"
          "    set -l n 0\n"
          "    set -l skip 0\n"
          "    for w in $words\n"
          "        if test $skip = 1\n"
          "            set skip 0\n"
          "            continue\n"
          "        end\n"
          "        switch $w\n"
          "            case '--*=*'\n"
          "            case '-?*'\n"
          "                __kaieco_takes_value $w $cmd; and set skip 1\n"
          "                __kaieco_column_flag $cmd $w; and set flag $w\n"
          "            case '*'\n"
          "                if test $cmd = -\n"
          "                    set cmd (__kaieco_command $w)\n"
          "                    test -n \"$cmd\"; or return 1\n"
          "                else\n"
          "                    set n (math $n + 1)\n"
          "                end\n"
          "        end\n"
          "    end\n"
          "    printf '%s\\n' $cmd $n $flag\n"
          "end\n\n"
          "# Whether the word before the one being typed is $argv[1].\n"
          "function __kaieco_previous\n"
          "    set -l words (commandline -opc)\n"
          "    test \"$words[-1]\" = $argv[1]\n"
          "end\n\n"
          "function __kaieco_no_command\n"
          "    set -l state (__kaieco_state); or return 1\n"
          "    test $state[1] = -\n"
          "end\n\n"
          "function __kaieco_using --argument-names command\n"
          "    set -l state (__kaieco_state); or return 1\n"
          "    test $state[1] = $command\n"
          "end\n\n"
          "# Whether command $argv[1] takes a positional word now (fewer than $argv[2] so far).\n"
          "function __kaieco_argument --argument-names command max\n"
          "    set -l state (__kaieco_state); or return 1\n"
          "    test $state[1] = $command; and test $state[2] -lt $max\n"
          "end\n\n", out);
}

typedef struct set_writer {
    FILE *out;
} set_writer;

/* `s` as a fish single-quoted word. */
static void fish_quoted(FILE *out, const char *s)
{
    fputc('\'', out);
    for (; *s; s++) {
        if (*s == '\'' || *s == '\\')
            fputc('\\', out);
        fputc(*s == '\t' || *s == '\n' ? ' ' : *s, out);
    }
    fputc('\'', out);
}

/* Each column with its description, "key<TAB>doc", which fish shows beside
 * the candidate. */
static void write_set(const kc_column_set *set, void *ctx)
{
    FILE *out = ((set_writer *)ctx)->out;
    fprintf(out, "        case %s\n            printf '%%s\\t%%s\\n'", set->key);
    for (size_t i = 0; i < set->columns->n; i++)
        if (kc_word_is_plain(set->columns->cols[i].key)) {
            fprintf(out, " %s ", set->columns->cols[i].key);
            fish_quoted(out, ke_msg(set->columns->cols[i].doc));
        }
    fputc('\n', out);
}

typedef struct described_writer {
    FILE *out;
    int any; /* a word of the kind has a description */
} described_writer;

static void note_description(const char *word, const char *desc, void *ctx)
{
    (void)word;
    ((described_writer *)ctx)->any |= desc != NULL;
}

static void write_described(const char *word, const char *desc, void *ctx)
{
    described_writer *w = ctx;
    fprintf(w->out, " %s", word);
    if (w->any) {
        fputc(' ', w->out);
        fish_quoted(w->out, desc ? desc : "");
    }
}

/* printf of the words of kind v, each with its description when the kind
 * has them ("KR<TAB>South Korea"). */
static void write_words(FILE *out, kc_values v)
{
    described_writer w = {out, 0};
    kc_values_each_described(v, note_description, &w);
    fputs(w.any ? "printf '%s\\t%s\\n'" : "printf '%s\\n'", out);
    kc_values_each_described(v, write_described, &w);
}

static void write_columns(FILE *out)
{
    fputs("# The columns of the result of the command being typed, for --fields,\n"
          "# --sort ($argv[1] sort-keys: each may start with '-') and --where\n"
          "# ($argv[1] expression: the first word); a list (a,b,...) completes its last item.\n"
          "function __kaieco_columns\n"
          "    set -l state (__kaieco_state); or return\n"
          "    set -l key $state[1]\n"
          "    test $state[3] = -; or set key $state[1]$state[3]\n"
          "    set -l token (commandline -ct)\n"
          "    set token (string replace -r -- '^--[^=]*=' '' $token)\n"
          "    set -l pre ''\n"
          "    if test $argv[1] != expression\n"
          "        set pre (string replace -r -- '[^,]*$' '' $token)\n"
          "        set -l last (string replace -r -- '^.*,' '' $token)\n"
          "        if test $argv[1] = sort-keys; and string match -q -- '-*' $last\n"
          "            set pre $pre-\n"
          "        end\n"
          "    end\n"
          "    for column in (switch $key\n", out);
    set_writer w = {out};
    kc_column_sets_each(write_set, &w);
    fputs("    end)\n"
          "        echo $pre$column\n"
          "    end\n"
          "end\n\n", out);
}

static void write_lists(FILE *out)
{
    fputs("# The words of kind $argv[1].\n"
          "function __kaieco_words\n"
          "    switch $argv[1]\n", out);
    for (int v = 0; v < KC_N_VALUES; v++) {
        if (!kc_values_listed((kc_values)v))
            continue;
        fprintf(out, "        case %s\n            ", kc_values_name((kc_values)v));
        write_words(out, (kc_values)v);
        fputc('\n', out);
    }
    fputs("    end\n"
          "end\n\n"
          "# The formats -f takes after the command being typed.\n"
          "function __kaieco_formats\n"
          "    set -l state (__kaieco_state); or return\n"
          "    switch $state[1]\n", out);
    kc_command_formats_print(out, "        case ", " ", "\n            printf '%s\\n' ", " ", "\n");
    fputs("        case '*'\n"
          "            __kaieco_words format\n"
          "    end\n"
          "end\n\n"
          "# The words of kind $argv[1] for the last item of a comma-separated list.\n"
          "function __kaieco_list\n"
          "    set -l token (string replace -r -- '^--[^=]*=' '' (commandline -ct))\n"
          "    set -l pre (string replace -r -- '[^,]*$' '' $token)\n"
          "    for word in (__kaieco_words $argv[1])\n"
          "        echo $pre$word\n"
          "    end\n"
          "end\n\n", out);
}

/* -a '...' or -F for what a value can be; `value` says it is an option's,
 * `list` that its values are joined with commas. */
static void value_rule(FILE *out, kc_values v, int value, int list)
{
    if (list && kc_values_listed(v)) {
        fprintf(out, " -x -a '(__kaieco_list %s)'", kc_values_name(v));
    } else if (v == KC_VALUES_FILE) {
        fputs(value ? " -r -F" : " -F", out);
    } else if (v == KC_VALUES_COLUMNS || v == KC_VALUES_SORT_KEYS || v == KC_VALUES_EXPRESSION) {
        fprintf(out, "%s -a '(__kaieco_columns %s)'", value ? " -x" : "", kc_values_name(v));
    } else if (v == KC_VALUES_FORMAT) { /* the command's own formats (cite, export), else the table ones */
        fputs(value ? " -x -a '(__kaieco_formats)'" : " -a '(__kaieco_formats)'", out);
    } else if (v != KC_VALUES_NONE) {
        fprintf(out, "%s -a '(__kaieco_words %s)'", value ? " -x" : "", kc_values_name(v));
    } else if (value) {
        fputs(" -x", out);
    }
}

void kc_completion_fish(FILE *out)
{
    fputs("# fish completion for kaieco, generated by 'kaieco completion fish' from its\n"
          "# command table and built-in dataset. Install it as\n"
          "# share/fish/vendor_completions.d/kaieco.fish, or load it with\n"
          "#   kaieco completion fish | source\n\n", out);
    write_state(out);
    write_lists(out);
    write_columns(out);
    fputs("complete -c kaieco -e\n"
          "complete -c kaieco -f\n\n"
          "# commands\n", out);
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *c = kc_commands[i];
        fprintf(out, "complete -c kaieco -n __kaieco_no_command -a %s -d ", c->name);
        quoted(out, ke_msg(c->summary));
        fputc('\n', out);
        for (size_t a = 0; c->aliases && c->aliases[a]; a++) {
            fprintf(out, "complete -c kaieco -n __kaieco_no_command -a %s -d ", c->aliases[a]);
            quoted(out, ke_msg(c->summary));
            fputc('\n', out);
        }
    }
    fputs("complete -c kaieco -n __kaieco_no_command -l version -d ", out);
    quoted(out, ke_msg(kc_version_help));
    fputs("\n\n# common options, before or after the command\n", out);
    for (size_t i = 0; kc_common_options[i].name; i++) {
        const kc_common_option *o = &kc_common_options[i];
        fputs("complete -c kaieco", out);
        if (o->short_name)
            fprintf(out, " -s %c", o->short_name);
        fprintf(out, " -l %s", o->name);
        if (o->has_arg == KC_OPTIONAL_ARG) /* only as --color=WHEN */
            value_rule(out, o->values, 0, 0);
        else if (o->has_arg)
            value_rule(out, o->values, 1, 0);
        fputs(" -d ", out);
        quoted(out, ke_msg(o->help));
        fputc('\n', out);
        /* fish takes a word starting with '-' for an option, not a value:
         * a descending sort key ("--sort -year") needs its own rule */
        if (o->values == KC_VALUES_SORT_KEYS)
            fprintf(out, "complete -c kaieco -n '__kaieco_previous --%s' -a '(__kaieco_columns %s)'\n", o->name,
                    kc_values_name(o->values));
    }
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *c = kc_commands[i];
        fprintf(out, "\n# %s\n", c->name);
        for (size_t o = 0; c->options[o].name; o++) {
            const kc_option *opt = &c->options[o];
            fprintf(out, "complete -c kaieco -n '__kaieco_using %s'", c->name);
            if (opt->short_name)
                fprintf(out, " -s %c", opt->short_name);
            fprintf(out, " -l %s", opt->name);
            if (opt->has_arg)
                value_rule(out, opt->values, 1, opt->has_arg == KC_REPEATABLE);
            fputs(" -d ", out);
            quoted(out, ke_msg(opt->help));
            fputc('\n', out);
        }
        if (c->max_args && c->arg_values != KC_VALUES_NONE) {
            char arg[32];
            kc_usage_argument(c, arg, sizeof arg);
            if (c->max_args == (size_t)-1)
                fprintf(out, "complete -c kaieco -n '__kaieco_using %s'", c->name);
            else
                fprintf(out, "complete -c kaieco -n '__kaieco_argument %s %zu'", c->name, c->max_args);
            value_rule(out, c->arg_values, 0, 0);
            fprintf(out, " -d %s\n", arg);
        }
    }
}
