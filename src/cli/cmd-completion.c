/* kaieco completion bash|zsh|fish: a completion script generated from the
 * command table and the built-in dataset (completion.c and one writer per
 * shell), so that it always knows every command, option and id. */
#include <string.h>

#include "completion.h"
#include "suggest.h"

static int run(const kc_invocation *inv, FILE *out, ke_error *err)
{
    static void (*const writers[])(FILE *) = {kc_completion_bash, kc_completion_zsh, kc_completion_fish};
    for (size_t i = 0; kc_shell_names[i]; i++)
        if (strcmp(inv->args[0], kc_shell_names[i]) == 0) {
            writers[i](out);
            return 0;
        }
    ke_suggester s;
    ke_suggest_init(&s, inv->args[0]);
    for (size_t i = 0; kc_shell_names[i]; i++)
        ke_suggest_add(&s, kc_shell_names[i]);
    if (ke_suggest_result(&s))
        ke_error_set(err, KE_EXIT_USAGE, "unknown shell '%s'; did you mean '%s'?", inv->args[0],
                     ke_suggest_result(&s));
    else {
        char list[64] = "";
        for (size_t i = 0; kc_shell_names[i]; i++)
            snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", kc_shell_names[i]);
        ke_error_set(err, KE_EXIT_USAGE, "unknown shell '%s' (expected one of: %s)", inv->args[0], list);
    }
    return -1;
}

static const kc_option options[] = {{0}};

const kc_command kc_cmd_completion = {
    .name = "completion",
    .summary = "print a shell completion script (bash, zsh, fish)",
    .usage = "SHELL",
    .description = "Prints a completion script for SHELL (bash, zsh or fish), generated from "
    "the command table and the built-in dataset: commands and aliases, "
    "options, format names and languages, metric ids, country codes, tags, "
    "source and entity ids where a command takes them, and the command's "
    "column names after --fields, --sort and --where. The package installs "
    "them where each shell looks; to load one by hand: "
    "source <(kaieco completion bash), source <(kaieco completion zsh) "
    "(after compinit), or kaieco completion fish | source. The zsh and fish "
    "scripts describe commands, options and columns in the language of --lang "
    "or KAIECO_LANG; the installed ones are in English.",
    .min_args = 1,
    .max_args = 1,
    .options = options,
    .run_text = run,
    .no_dataset = 1,
    .arg_values = KC_VALUES_SHELL,
};
