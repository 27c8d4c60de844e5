/* The documentation is part of the contract: every "$ kaieco ..." example
 * in README.md and docs/ (every .md) must print exactly what the README shows, every output
 * column of every command must be listed in README.md and the man page
 * (checked as built: build/man/kaieco.1), every format in the man page,
 * and the examples' default tables fit 100 columns. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>

#include "kaieco/format.h"
#include "kaieco/query.h"
#include "support.h"

/* The directory of the built kaieco, for PATH. */
static void bin_dir(char *buf, size_t size)
{
    snprintf(buf, size, "%s", KAIECO_BIN);
    char *slash = strrchr(buf, '/');
    if (slash)
        *slash = '\0';
}

/* Runs one example as a shell would, the built kaieco first on PATH (so
 * that quotes and pipelines work as written); expected is stdout for a
 * success, stderr otherwise. With `data`, runs it with KAIECO_DATA=DATA:
 * a dataset exported and loaded again must answer every example with the
 * same bytes. */
static int check_example(const char *cmdline, const char *expected, const char *data)
{
    char dir[1024], path[1100], data_env[1100];
    bin_dir(dir, sizeof dir);
    snprintf(path, sizeof path, "PATH=%s:/usr/bin:/bin", dir);
    snprintf(data_env, sizeof data_env, "KAIECO_DATA=%s", data ? data : "");
    const char *argv[] = {"/bin/sh", "-c", cmdline, NULL};
    const char *env[] = {path, data_env, NULL};
    run_result r = run_program(argv, env);
    const char *got = r.status == 0 ? r.out : r.err;
    int ok = strcmp(got, expected) == 0;
    if (!ok)
        fprintf(stderr, "documentation example differs%s%s: $ %s\n--- README\n%s--- kaieco (exit %d)\n%s",
                data ? " with --data " : "", data ? data : "", cmdline, expected, r.status, got);
    run_result_free(&r);
    return ok;
}

/* Splits a command line into words as the shell does for the examples:
 * spaces separate, '...' and "..." quote; a bare '|' ends the command.
 * The words point into `line`, which is modified. */
static size_t shell_words(char *line, const char **argv, size_t max)
{
    size_t n = 0;
    char *p = line;
    while (*p && n + 1 < max) {
        while (*p == ' ')
            p++;
        if (!*p || (*p == '|' && (p[1] == ' ' || !p[1])))
            break;
        char *out = p;
        argv[n++] = out;
        while (*p && *p != ' ') {
            if (*p == '\'' || *p == '"') {
                char q = *p++;
                while (*p && *p != q)
                    *out++ = *p++;
                if (*p)
                    p++;
            } else {
                *out++ = *p++;
            }
        }
        if (*p)
            p++;
        *out = '\0';
    }
    argv[n] = NULL;
    return n;
}

/* README.md and then every .md file of docs/, in name order, as one text: the
 * documentation whose examples are checked. Each file ends its own code
 * blocks, so they may simply follow one another. */
static char *read_docs(void)
{
    char *all = read_whole_file(KAIECO_SOURCE_DIR "/README.md");
    if (!all)
        return NULL;
    struct dirent **names = NULL;
    int n = scandir(KAIECO_SOURCE_DIR "/docs", &names, NULL, alphasort);
    for (int i = 0; i < n; i++) {
        size_t len = strlen(names[i]->d_name);
        if (len > 3 && strcmp(names[i]->d_name + len - 3, ".md") == 0) {
            char path[2048];
            snprintf(path, sizeof path, "%s/docs/%s", KAIECO_SOURCE_DIR, names[i]->d_name);
            char *text = read_whole_file(path);
            if (text) {
                size_t a = strlen(all), b = strlen(text);
                char *joined = realloc(all, a + b + 1);
                if (joined) {
                    memcpy(joined + a, text, b + 1);
                    all = joined;
                }
                free(text);
            }
        }
        free(names[i]);
    }
    free(names);
    return all;
}

/* The examples' command lines, in README order: a NULL-terminated array
 * of malloc'd strings. */
static char **readme_commands(const char *readme)
{
    size_t n = 0, cap = 16;
    char **cmds = malloc(cap * sizeof *cmds);
    int in_console = 0;
    for (const char *l = readme; *l;) {
        const char *nl = strchr(l, '\n');
        size_t len = nl ? (size_t)(nl - l) : strlen(l);
        if (strncmp(l, "```", 3) == 0)
            in_console = !in_console && len == 10 && strncmp(l, "```console", 10) == 0;
        else if (in_console && strncmp(l, "$ kaieco", 8) == 0) {
            if (n + 2 > cap)
                cmds = realloc(cmds, (cap *= 2) * sizeof *cmds);
            cmds[n] = malloc(len - 1);
            memcpy(cmds[n], l + 2, len - 2);
            cmds[n++][len - 2] = '\0';
        }
        l = nl ? nl + 1 : l + len;
    }
    cmds[n] = NULL;
    return cmds;
}

static void readme_examples_print_what_they_show(void **state)
{
    (void)state;
    char *readme = read_docs();
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
    assert_true(n_examples >= 25);
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

/* The man page, as built (build/man/kaieco.1, generated by kaieco-man from
 * the command table) and installed. */
#define KAIECO_MAN KAIECO_BUILD_DIR "/man/kaieco.1"

/* `s` as troff writes it: "-" is "\-". */
static void troff_escape(char *buf, size_t size, const char *s)
{
    size_t k = 0;
    for (; *s && k + 3 < size; s++) {
        if (*s == '-')
            buf[k++] = '\\';
        buf[k++] = *s;
    }
    buf[k] = '\0';
}

/* man page: the entry of COMMANDS whose tag line starts with the command's
 * name in bold lists every column, in order, each as the tag "\fBKEY\fR
 * (TYPE...)"; for "contest --rules", the contest entry's paragraph "With
 * \fB\-\-rules\fR," does. The entry ends with its indented block. */
static void check_man_entry(const char *man, const char *name_plain, const ke_columns *cols)
{
    char command[64], flag[64] = "", tag[96];
    snprintf(command, sizeof command, "%s", name_plain);
    char *space = strchr(command, ' ');
    if (space) {
        troff_escape(flag, sizeof flag, space + 1);
        *space = '\0';
    }
    char name[64];
    troff_escape(name, sizeof name, command);
    snprintf(tag, sizeof tag, "\n.TP\n\\fB%s\\fR", name);
    /* a command's tag is followed by its synopsis or nothing; a column's
     * by " (" and its type */
    const char *commands = strstr(man, "\n.SH COMMANDS\n"), *pos = commands;
    while (pos && (pos = strstr(pos + 1, tag)) && strncmp(pos + strlen(tag), " (", 2) == 0)
        ;
    if (!pos)
        fail_msg("%s has no entry for %s", KAIECO_MAN, name_plain);
    const char *end = strstr(pos, "\n.RE\n");
    if (*flag) {
        char with[96];
        snprintf(with, sizeof with, "\\fB%s\\fR,", flag);
        pos = strstr(pos, with);
        if (!pos || (end && pos > end))
            fail_msg("%s's entry for %s says nothing of %s's columns", KAIECO_MAN, command, name_plain);
    } else {
        pos = strstr(pos, "Columns");
        if (!pos || (end && pos > end))
            fail_msg("%s's entry for %s lists no columns", KAIECO_MAN, name_plain);
    }
    for (size_t i = 0; i < cols->n; i++) {
        char key[96], want[128];
        troff_escape(key, sizeof key, cols->cols[i].key);
        snprintf(want, sizeof want, ".TP\n\\fB%s\\fR (", key);
        const char *hit = strstr(pos, want);
        if (!hit || (end && hit > end))
            fail_msg("%s's entry for %s does not list %s in order", KAIECO_MAN, name_plain, cols->cols[i].key);
        pos = hit + strlen(want);
    }
}

/* man page: FORMATS has an entry for every format; the formats' text is
 * hand-written, so this is what keeps it complete. */
static void every_format_is_documented(void **state)
{
    (void)state;
    char *man = read_whole_file(KAIECO_MAN);
    assert_non_null(man);
    const char *formats = strstr(man, "\n.SH FORMATS\n");
    assert_non_null(formats);
    const char *end = strstr(formats + 1, "\n.SH ");
    for (size_t i = 0; ke_format_names[i]; i++) {
        char entry[64];
        snprintf(entry, sizeof entry, "\n.TP\n.B %s\n", ke_format_names[i]);
        const char *hit = strstr(formats, entry);
        if (!hit || (end && hit > end))
            fail_msg("%s: FORMATS has no entry for %s", KAIECO_MAN, ke_format_names[i]);
    }
    free(man);
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
        {"models --count-by", &ke_model_counts_columns},
    };
    char *readme = read_whole_file(KAIECO_SOURCE_DIR "/README.md");
    char *man = read_whole_file(KAIECO_MAN);
    assert_non_null(readme);
    assert_non_null(man);
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        check_readme_row(readme, cmds[i].name, cmds[i].cols);
        check_man_entry(man, cmds[i].name, cmds[i].cols);
    }
    free(readme);
    free(man);
}

/* The default table of every README example run without --fields (and
 * without a format, --wide or --chart) is at most 100 display columns wide
 * in English, Korean and Japanese, and every command that returns a table
 * has such an example. The width is the rule under the header, which
 * spans every column. */
static void default_tables_fit_100_columns(void **state)
{
    (void)state;
    static const char *const commands[] = {"rank", "migration", "investment", "contest", "contest --rules",
                                           "models", "events", "country", "compare", "facts",
                                           "disputes", "search", "metrics", "sources"};
    int seen[sizeof commands / sizeof *commands] = {0};
    static const char *const langs[] = {"en", "ko", "ja"};
    char *readme = read_docs();
    assert_non_null(readme);
    char **cmds = readme_commands(readme);
    char report[8192] = "";
    size_t checked = 0;
    for (size_t i = 0; cmds[i]; i++) {
        const char *words[64];
        size_t n = shell_words(cmds[i], words, 64);
        /* the example without --fields, formats, --wide, --chart, -e,
         * --no-header, --lang */
        const char *argv[72] = {KAIECO_BIN};
        size_t m = 1;
        int rules = 0;
        for (size_t k = 1; k < n; k++) {
            const char *w = words[k];
            if (!strcmp(w, "--fields") || !strcmp(w, "-f") || !strcmp(w, "--format") || !strcmp(w, "--lang")) {
                k++;
                continue;
            }
            if (!strncmp(w, "--fields=", 9) || !strncmp(w, "--format=", 9) || !strncmp(w, "--lang=", 7) ||
                !strcmp(w, "--json") || !strcmp(w, "--csv") || !strcmp(w, "--tsv") || !strcmp(w, "--wide") ||
                !strcmp(w, "--chart") || !strcmp(w, "-e") || !strcmp(w, "--no-header") ||
                !strncmp(w, "--color", 7))
                continue;
            rules |= !strcmp(w, "--rules");
            argv[m++] = w;
        }
        for (size_t l = 0; l < 3; l++) {
            argv[m] = "--lang";
            argv[m + 1] = langs[l];
            argv[m + 2] = NULL;
            run_result r = run_program(argv, NULL);
            if (r.status != 0) { /* an example of an error */
                run_result_free(&r);
                break;
            }
            const char *rule = strchr(r.out, '\n');
            char *end = rule ? strchr(rule + 1, '\n') : NULL;
            if (end)
                *end = '\0';
            size_t width = rule ? ke_display_width(rule + 1) : 0;
            if (width > 100) {
                size_t len = strlen(report);
                snprintf(report + len, sizeof report - len, "\n  %zu columns: kaieco", width);
                for (size_t k = 1; k < m + 2; k++) {
                    len = strlen(report);
                    snprintf(report + len, sizeof report - len, " %s", argv[k]);
                }
            }
            checked++;
            for (size_t c = 0; c < sizeof commands / sizeof *commands; c++)
                if (!strcmp(commands[c], rules ? "contest --rules" : argv[1]))
                    seen[c] = 1;
            run_result_free(&r);
        }
    }
    for (size_t i = 0; cmds[i]; i++)
        free(cmds[i]);
    free(cmds);
    free(readme);
    for (size_t c = 0; c < sizeof commands / sizeof *commands; c++)
        if (!seen[c]) {
            size_t len = strlen(report);
            snprintf(report + len, sizeof report - len, "\n  no example of %s", commands[c]);
        }
    if (*report)
        fail_msg("README's default tables:%s", report);
    assert_true(checked >= 3 * 14);
}

int main(void)
{
    /* examples name files as a user in a clone types them: dataset/, tests/ */
    if (chdir(KAIECO_SOURCE_DIR) != 0)
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(readme_examples_print_what_they_show),
        cmocka_unit_test(every_column_is_documented),
        cmocka_unit_test(every_format_is_documented),
        cmocka_unit_test(default_tables_fit_100_columns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
