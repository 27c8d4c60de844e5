/* kaieco help [COMMAND] */
#include "command.h"
#include "suggest.h"

static int run(const kc_invocation *inv, FILE *out, ke_error *err)
{
    if (inv->n_args == 0) {
        kc_print_top_help(out);
        return 0;
    }
    const kc_command *cmd = kc_command_find(inv->args[0]);
    if (!cmd) {
        ke_suggester s;
        ke_suggest_init(&s, inv->args[0]);
        for (size_t i = 0; kc_commands[i]; i++)
            ke_suggest_add(&s, kc_commands[i]->name);
        const char *best = ke_suggest_result(&s);
        if (best)
            ke_error_set(err, KE_EXIT_USAGE, "unknown command '%s'; did you mean '%s'?", inv->args[0], best);
        else
            ke_error_set(err, KE_EXIT_USAGE, "unknown command '%s'; see 'kaieco --help'", inv->args[0]);
        return -1;
    }
    kc_print_command_help(cmd, out);
    return 0;
}

static const kc_option options[] = {{0}};

const kc_command kc_cmd_help = {
    .name = "help",
    .summary = "show help for kaieco or one command",
    .usage = "[COMMAND]",
    .description = "Without COMMAND, lists the commands. With COMMAND, shows its usage, "
    "options and the columns of its output.",
    .max_args = 1,
    .options = options,
    .run_text = run,
    .no_dataset = 1,
    .arg_values = KC_VALUES_COMMAND,
};
