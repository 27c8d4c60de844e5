/* The command table against the built program: every command (and alias)
 * answers --help with status 0, and its help names every option the table
 * gives it, every common option and every output column; the completion
 * scripts' word lists hold every id of the dataset they are made from. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "completion.h"
#include "support.h"

static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* `--name`, as help writes it at the start of an option's line: "  -f,
 * --format FORMAT" or "      --wide". */
static int help_has_option(const char *help, char short_name, const char *name)
{
    char line[96];
    if (short_name)
        snprintf(line, sizeof line, "\n  -%c, --%s", short_name, name);
    else
        snprintf(line, sizeof line, "\n      --%s", name);
    const char *hit = strstr(help, line);
    if (!hit)
        return 0;
    char end = hit[strlen(line)];
    return end == ' ' || end == '[' || end == '\n';
}

/* "  * key " or "    key ": a column's line in help. */
static int help_has_column(const char *help, const char *key)
{
    char line[96];
    snprintf(line, sizeof line, "\n  * %s ", key);
    if (strstr(help, line))
        return 1;
    snprintf(line, sizeof line, "\n    %s ", key);
    return strstr(help, line) != NULL;
}

static void check_help(const kc_command *cmd, const char *word)
{
    const char *argv[] = {KAIECO_BIN, word, "--help", NULL};
    run_result r = run_program(argv, NULL);
    if (r.status != 0 || *r.err)
        fail_msg("kaieco %s --help: status %d, stderr '%s'", word, r.status, r.err);
    char usage[256];
    snprintf(usage, sizeof usage, "usage: kaieco %s%s%s [OPTIONS]\n", cmd->name, *cmd->usage ? " " : "",
             cmd->usage);
    if (!starts_with(r.out, usage))
        fail_msg("kaieco %s --help does not start with '%s'", word, usage);
    for (size_t i = 0; cmd->options[i].name; i++)
        if (!help_has_option(r.out, cmd->options[i].short_name, cmd->options[i].name))
            fail_msg("kaieco %s --help does not list --%s", word, cmd->options[i].name);
    for (size_t i = 0; kc_common_options[i].name; i++)
        if (!help_has_option(r.out, kc_common_options[i].short_name, kc_common_options[i].name))
            fail_msg("kaieco %s --help does not list --%s", word, kc_common_options[i].name);
    for (size_t i = 0; cmd->columns && i < cmd->columns->n; i++)
        if (!help_has_column(r.out, cmd->columns->cols[i].key))
            fail_msg("kaieco %s --help does not list column %s", word, cmd->columns->cols[i].key);
    for (size_t o = 0; cmd->options[o].name; o++)
        for (size_t i = 0; cmd->options[o].columns && i < cmd->options[o].columns->n; i++)
            if (!help_has_column(r.out, cmd->options[o].columns->cols[i].key))
                fail_msg("kaieco %s --help does not list --%s's column %s", word, cmd->options[o].name,
                         cmd->options[o].columns->cols[i].key);
    /* `kaieco help WORD` prints the same */
    const char *help_argv[] = {KAIECO_BIN, "help", word, NULL};
    run_result h = run_program(help_argv, NULL);
    assert_int_equal(h.status, 0);
    assert_string_equal(h.out, r.out);
    run_result_free(&h);
    run_result_free(&r);
}

static void every_command_answers_help(void **state)
{
    (void)state;
    size_t n = 0;
    for (size_t i = 0; kc_commands[i]; i++, n++) {
        check_help(kc_commands[i], kc_commands[i]->name);
        for (size_t a = 0; kc_commands[i]->aliases && kc_commands[i]->aliases[a]; a++)
            check_help(kc_commands[i], kc_commands[i]->aliases[a]);
    }
    assert_true(n >= 17);
}

/* The top-level help lists every command with its summary. */
static void top_help_lists_every_command(void **state)
{
    (void)state;
    const char *argv[] = {KAIECO_BIN, "--help", NULL};
    run_result r = run_program(argv, NULL);
    assert_int_equal(r.status, 0);
    for (size_t i = 0; kc_commands[i]; i++) {
        char line[256];
        snprintf(line, sizeof line, "\n  %-12s %s\n", kc_commands[i]->name, kc_commands[i]->summary);
        if (!strstr(r.out, line))
            fail_msg("kaieco --help does not list%s", line);
    }
    run_result_free(&r);
}

typedef struct counter {
    size_t n;
    int all_plain;
} counter;

static void count_word(const char *word, void *ctx)
{
    counter *c = ctx;
    c->n++;
    c->all_plain &= kc_word_is_plain(word);
}

static size_t count_words(kc_values v)
{
    counter c = {0, 1};
    kc_values_each(v, count_word, &c);
    assert_true(c.all_plain);
    return c.n;
}

/* Completion offers every id: none is left out for needing quotes. */
static void completion_words_are_complete(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    assert_int_equal(count_words(KC_VALUES_METRIC), ds->n_metrics);
    assert_int_equal(count_words(KC_VALUES_COUNTRY), ds->n_countries);
    assert_int_equal(count_words(KC_VALUES_ENTITY), ds->n_countries + ds->n_entities);
    assert_int_equal(count_words(KC_VALUES_SOURCE), ds->n_sources);
    size_t organizations = 0, commands = 0;
    for (size_t i = 0; i < ds->n_entities; i++)
        organizations += ds->entities[i].kind == KE_ENTITY_ORGANIZATION;
    assert_int_equal(count_words(KC_VALUES_ORGANIZATION), organizations);
    for (size_t i = 0; kc_commands[i]; i++)
        for (size_t a = 0; kc_commands[i]->aliases && kc_commands[i]->aliases[a]; a++)
            commands++;
    for (size_t i = 0; kc_commands[i]; i++)
        commands++;
    assert_int_equal(count_words(KC_VALUES_COMMAND), commands);
    assert_true(count_words(KC_VALUES_TAG) >= 10);
    assert_true(count_words(KC_VALUES_METRIC_BY_COUNTRY) >= 10);
    assert_true(count_words(KC_VALUES_METRIC_BY_COUNTRY) < ds->n_metrics);
    assert_int_equal(count_words(KC_VALUES_FORMAT), 6);
    assert_int_equal(count_words(KC_VALUES_SHELL), 3);
    /* every kind has its own name in the scripts */
    for (int v = 0; v < KC_N_VALUES; v++)
        for (int w = v + 1; w < KC_N_VALUES; w++)
            assert_string_not_equal(kc_values_name((kc_values)v), kc_values_name((kc_values)w));
    /* an id that would need quotes */
    assert_false(kc_word_is_plain("a b"));
    assert_false(kc_word_is_plain("it's"));
    assert_false(kc_word_is_plain(""));
    assert_true(kc_word_is_plain("hai-ai-index-2024"));
}

/* An unknown shell: a usage error naming it and the shells there are. */
static void completion_of_an_unknown_shell(void **state)
{
    (void)state;
    const char *bad[] = {KAIECO_BIN, "completion", "tcsh", NULL};
    run_result r = run_program(bad, NULL);
    assert_int_equal(r.status, 2);
    assert_string_equal(r.out, "");
    assert_string_equal(r.err, "kaieco: unknown shell 'tcsh' (expected one of: bash, zsh, fish)\n");
    run_result_free(&r);
    const char *close[] = {KAIECO_BIN, "completion", "fihs", NULL};
    r = run_program(close, NULL);
    assert_int_equal(r.status, 2);
    assert_string_equal(r.err, "kaieco: unknown shell 'fihs'; did you mean 'fish'?\n");
    run_result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_command_answers_help),
        cmocka_unit_test(top_help_lists_every_command),
        cmocka_unit_test(completion_words_are_complete),
        cmocka_unit_test(completion_of_an_unknown_shell),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
