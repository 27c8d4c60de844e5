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

static const kc_option options[] = {{NULL, 0, NULL, NULL, 0, KC_VALUES_NONE, NULL}};

const kc_command kc_cmd_help = {
    "help", NULL, "show help for kaieco or one command",
    "[COMMAND]",
    "Without COMMAND, lists the commands. With COMMAND, shows its usage, "
    "options and the columns of its output.",
    0, 1, options, NULL, NULL, run, 1, KC_VALUES_COMMAND,
};
