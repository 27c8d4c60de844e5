/* The documentation is part of the contract: every "$ kaieco ..." example
 * in README.md must print exactly what the README shows, and every output
 * column of every command must be listed in README.md and man/kaieco.1. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kaieco/query.h"
#include "support.h"

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, f);
    buf[got] = '\0';
    fclose(f);
    return buf;
}

/* Splits a command line on spaces (the examples need no quoting). */
static size_t split_args(char *line, const char **argv, size_t max)
{
    size_t n = 0;
    for (char *save = NULL, *tok = strtok_r(line, " ", &save); tok && n + 1 < max;
         tok = strtok_r(NULL, " ", &save))
        argv[n++] = tok;
    argv[n] = NULL;
    return n;
}

/* Runs one example; expected is stdout for a success, stderr otherwise.
 * With `data`, runs it as `kaieco --data DATA ...`: a dataset exported
 * and loaded again must answer every example with the same bytes. */
static int check_example(const char *cmdline, const char *expected, const char *data)
{
    char *line = strdup(cmdline);
    const char *words[64], *argv[68];
    size_t n = split_args(line, words, 64), k = 0;
    argv[k++] = KAIECO_BIN; /* "kaieco" -> the built binary */
    if (data) {
        argv[k++] = "--data";
        argv[k++] = data;
    }
    for (size_t i = 1; i < n; i++)
        argv[k++] = words[i];
    argv[k] = NULL;
    run_result r = run_program(argv, NULL);
    const char *got = r.status == 0 ? r.out : r.err;
    int ok = strcmp(got, expected) == 0;
    if (!ok)
        fprintf(stderr, "README example differs%s%s: $ %s\n--- README\n%s--- kaieco (exit %d)\n%s",
                data ? " with --data " : "", data ? data : "", cmdline, expected, r.status, got);
    run_result_free(&r);
    free(line);
    return ok;
}

static void readme_examples_print_what_they_show(void **state)
{
    (void)state;
    char *readme = slurp(KAIECO_SOURCE_DIR "/README.md");
    assert_non_null(readme);
    /* the built-in dataset, exported, for the round trip */
    char export[] = "/tmp/kaieco-readme-export-XXXXXX";
    int fd = mkstemp(export);
    assert_true(fd >= 0);
    close(fd);
    const char *exp_argv[] = {KAIECO_BIN, "export", "-o", export, NULL};
    run_result ex = run_program(exp_argv, NULL);
    assert_int_equal(ex.status, 0);
    run_result_free(&ex);
    size_t n_examples = 0, n_failed = 0, len = 0, cap = 1 << 16;
    int in_console = 0;
    char *cmd = NULL, *expected = malloc(cap);
    /* line by line, keeping empty lines (footnotes follow a blank one) */
    for (char *l = readme, *nl; *l; l = nl + 1) {
        nl = strchr(l, '\n');
        if (!nl)
            nl = l + strlen(l) - 1;
        *nl = '\0';
        int fence = strncmp(l, "```", 3) == 0;
        int prompt = in_console && strncmp(l, "$ kaieco", 8) == 0;
        if ((fence || prompt) && cmd) {
            expected[len] = '\0';
            n_failed += !check_example(cmd, expected, NULL);
            n_failed += !check_example(cmd, expected, export);
            n_examples++;
            cmd = NULL;
        }
        if (fence) {
            in_console = !in_console && strcmp(l, "```console") == 0;
        } else if (prompt) {
            cmd = l + 2;
            len = 0;
        } else if (cmd) {
            size_t ll = strlen(l);
            assert_true(len + ll + 2 < cap);
            memcpy(expected + len, l, ll);
            len += ll;
            expected[len++] = '\n';
        }
    }
    free(expected);
    free(readme);
    remove(export);
    assert_true(n_examples >= 18);
    assert_int_equal(n_failed, 0);
}

/* README: the command's row of the "Columns" table names every column, in
 * order. */
static void check_readme_row(const char *readme, const char *name, const ke_columns *cols)
{
    char anchor[64];
    snprintf(anchor, sizeof anchor, "| `%s` |", name);
    const char *pos = strstr(readme, anchor);
    if (!pos)
        fail_msg("README.md has no row '%s'", anchor);
    const char *end = strchr(pos, '\n');
    for (size_t i = 0; i < cols->n; i++) {
        char word[96];
        snprintf(word, sizeof word, "`%s`", cols->cols[i].key);
        const char *hit = strstr(pos, word);
        if (!hit || hit > end)
            fail_msg("README.md's row for %s does not list %s in order", name, word);
        pos = hit + strlen(word);
    }
}

/* man page: the paragraph after the ".TP" whose heading line starts with the
 * command's name has "Columns:" followed by every column, in order. */
static void check_man_entry(const char *man, const char *name_plain, const ke_columns *cols)
{
    /* troff spells a hyphen-minus "\-" */
    char name[64];
    size_t k = 0;
    for (const char *p = name_plain; *p && k + 3 < sizeof name; p++) {
        if (*p == '-')
            name[k++] = '\\';
        name[k++] = *p;
    }
    name[k] = '\0';
    const char *pos = NULL;
    for (const char *tp = strstr(man, ".TP\n"); tp; tp = strstr(tp + 1, ".TP\n")) {
        const char *heading = tp + 4;
        const char *word = strchr(heading, ' '); /* after ".B", ".BI" or ".BR" */
        if (word && *++word == '"')
            word++;
        if (word && strncmp(word, name, strlen(name)) == 0 &&
            (word[strlen(name)] == ' ' || word[strlen(name)] == '\n')) {
            pos = heading;
            break;
        }
    }
    if (!pos)
        fail_msg("man/kaieco.1 has no entry for %s", name);
    const char *end = strstr(pos, "\n.TP");
    pos = strstr(pos, "Columns:");
    if (!pos || (end && pos > end))
        fail_msg("man/kaieco.1's entry for %s lists no columns", name);
    for (size_t i = 0; i < cols->n; i++) {
        const char *hit = strstr(pos, cols->cols[i].key);
        if (!hit || (end && hit > end))
            fail_msg("man/kaieco.1's entry for %s does not list %s in order", name, cols->cols[i].key);
        pos = hit + strlen(cols->cols[i].key);
    }
}

static void every_column_is_documented(void **state)
{
    (void)state;
    struct {
        const char *name;
        const ke_columns *cols;
    } cmds[] = {
        {"rank", &ke_rank_columns},       {"migration", &ke_migration_columns},
        {"contest", &ke_contest_columns},
        {"contest --rules", &ke_contest_rules_columns}, {"metrics", &ke_metrics_columns},
        {"sources", &ke_sources_columns},     {"facts", &ke_facts_columns},
        {"country", &ke_country_columns},     {"compare", &ke_compare_columns},
        {"models", &ke_models_columns},       {"investment", &ke_investment_columns},
        {"events", &ke_events_columns},       {"search", &ke_search_columns},
        {"disputes", &ke_disputes_columns},   {"check", &ke_summary_columns},
    };
    char *readme = slurp(KAIECO_SOURCE_DIR "/README.md");
    char *man = slurp(KAIECO_SOURCE_DIR "/man/kaieco.1");
    assert_non_null(readme);
    assert_non_null(man);
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        check_readme_row(readme, cmds[i].name, cmds[i].cols);
        check_man_entry(man, cmds[i].name, cmds[i].cols);
    }
    free(readme);
    free(man);
}

int main(void)
{
    /* examples name files as a user in a clone types them: dataset/, tests/ */
    if (chdir(KAIECO_SOURCE_DIR) != 0)
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(readme_examples_print_what_they_show),
        cmocka_unit_test(every_column_is_documented),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
