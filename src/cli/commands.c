/* The one command table. Add a command: write cmd-NAME.c exporting a
 * kc_command, declare it here and list it below; help and completion
 * follow from the table. */
#include <stdlib.h>
#include <string.h>

#include "command.h"

extern const kc_command kc_cmd_rank, kc_cmd_migration, kc_cmd_contest, kc_cmd_metrics,
    kc_cmd_sources, kc_cmd_help, kc_cmd_completion;
extern const kc_command kc_cmd_facts, kc_cmd_country, kc_cmd_compare, kc_cmd_models,
    kc_cmd_investment, kc_cmd_events, kc_cmd_search, kc_cmd_disputes, kc_cmd_export, kc_cmd_check;
extern const kc_command kc_cmd_cite, kc_cmd_brief;

const kc_command *const kc_commands[] = {
    &kc_cmd_rank, &kc_cmd_migration, &kc_cmd_investment, &kc_cmd_contest, &kc_cmd_models,
    &kc_cmd_events, &kc_cmd_country, &kc_cmd_brief, &kc_cmd_compare, &kc_cmd_facts, &kc_cmd_disputes,
    &kc_cmd_search, &kc_cmd_metrics, &kc_cmd_sources, &kc_cmd_cite, &kc_cmd_export, &kc_cmd_check, &kc_cmd_help,
    &kc_cmd_completion, NULL,
};

const kc_command *kc_command_find(const char *name)
{
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *c = kc_commands[i];
        if (strcmp(c->name, name) == 0)
            return c;
        for (size_t a = 0; c->aliases && c->aliases[a]; a++)
            if (strcmp(c->aliases[a], name) == 0)
                return c;
    }
    return NULL;
}

const char *kc_opt(const kc_invocation *inv, const char *name)
{
    for (size_t i = 0; inv->cmd->options && inv->cmd->options[i].name; i++)
        if (strcmp(inv->cmd->options[i].name, name) == 0)
            return inv->opt_values[i];
    return NULL;
}

long kc_split_list(const char *value, char ***words, char **buf, ke_error *err)
{
    long n = 0;
    size_t cap = 1;
    for (const char *p = value; *p; p++)
        cap += *p == ',';
    *buf = strdup(value);
    *words = malloc(cap * sizeof **words);
    if (!*buf || !*words) {
        free(*buf);
        free(*words);
        *buf = NULL;
        *words = NULL;
        ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
        return -1;
    }
    for (char *save = NULL, *tok = strtok_r(*buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
        (*words)[n++] = tok;
    return n;
}

long kc_parse_count(const char *s, const char *what, ke_error *err)
{
    long v = 0;
    const char *p = s;
    if (!*p)
        goto bad;
    for (; *p; p++) {
        if (*p < '0' || *p > '9')
            goto bad;
        v = v * 10 + (*p - '0');
        if (v > KC_COUNT_MAX)
            goto bad;
    }
    return v;
bad:
    ke_error_set(err, KE_EXIT_USAGE, "invalid number '%s' for %s (expected a whole number from 0 to %ld)",
                 s, what, KC_COUNT_MAX);
    return -1;
}
