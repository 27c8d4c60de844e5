/* Hardening of the command line as a program among others: pipes that
 * close early, outputs that cannot be written, and inputs at the limits
 * (the longest argument Linux passes, thousands of options, the largest
 * --limit). Each gets a clear answer: never a crash, a hang or a message
 * on a success. (A 100 MB --data file is in test_data.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "support.h"

static run_result sh(const char *script)
{
    char path[1200];
    snprintf(path, sizeof path, "PATH=%s:/usr/bin:/bin", KAIECO_BIN_DIR);
    const char *argv[] = {"/bin/bash", "-c", script, NULL};
    const char *env[] = {path, NULL};
    return run_program(argv, env);
}

/* A reader that stops early is no error: status 0 and no message, whether
 * kaieco had written everything already (a small output) or not (a large
 * one, past the pipe's buffer), so a `set -o pipefail` script sees 0. */
static void test_reader_closes_early(void **state)
{
    (void)state;
    run_result r = sh("set -o pipefail; kaieco facts | head -1 > /dev/null; echo status $?");
    assert_string_equal(r.out, "status 0\n");
    assert_string_equal(r.err, "");
    run_result_free(&r);
    r = sh("set -o pipefail; kaieco facts --csv --where 'value > -1000' --wide | head -c 10 > /dev/null; "
           "for i in 1 2 3 4 5 6 7 8; do kaieco export; done | head -c 1 > /dev/null; echo status $?");
    assert_string_equal(r.out, "status 0\n");
    assert_string_equal(r.err, "");
    run_result_free(&r);
}

/* An output that cannot be written: status 1 and one message. */
static void test_output_cannot_be_written(void **state)
{
    (void)state;
    run_result r = sh("kaieco facts > /dev/full; echo status $?");
    assert_string_equal(r.out, "status 1\n");
    assert_string_equal(r.err, "kaieco: cannot write the output: No space left on device\n");
    run_result_free(&r);
    r = sh("kaieco facts >&-; echo status $? >&2");
    assert_string_equal(r.err, "kaieco: cannot write the output: Bad file descriptor\nstatus 1\n");
    run_result_free(&r);
}

/* Linux passes no argument longer than 128 KiB (MAX_ARG_STRLEN): the
 * longest one gets a clear answer, the message cut to fit. */
static void test_longest_argument(void **state)
{
    (void)state;
    size_t n = 128 * 1024 - 1;
    char *word = malloc(n + 1);
    memset(word, 'a', n);
    word[n] = '\0';
    const char *search[] = {KAIECO_BIN, "search", word, "--csv", NULL};
    run_result r = run_program(search, NULL);
    assert_string_equal(r.out, "kind,id,name,match,field\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    const char *rank[] = {KAIECO_BIN, "rank", word, NULL};
    r = run_program(rank, NULL);
    assert_int_equal(r.status, 2);
    assert_string_equal(r.out, "");
    assert_true(strncmp(r.err, "kaieco: unknown metric 'aaaa", 28) == 0);
    assert_true(strlen(r.err) < 600);
    assert_string_equal(r.err + strlen(r.err) - 5, "\xe2\x80\xa6'\n"); /* cut with …, quote closed */
    run_result_free(&r);
    free(word);
}

static void test_ten_thousand_where_options(void **state)
{
    (void)state;
    enum { N = 10000 };
    const char **argv = calloc(2 * N + 4, sizeof *argv);
    size_t k = 0;
    argv[k++] = KAIECO_BIN;
    argv[k++] = "facts";
    for (int i = 0; i < N; i++) {
        argv[k++] = "--where";
        argv[k++] = "value > 0";
    }
    run_result r = run_program(argv, NULL);
    assert_string_equal(r.err, "kaieco: too many --where expressions (at most 16); join them with 'and'\n");
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 2);
    run_result_free(&r);
    free(argv);
}

static void test_largest_limit(void **state)
{
    (void)state;
    const char *ok[] = {KAIECO_BIN, "rank", "patents", "--limit", "1000000000", "--csv", "--fields", "country", NULL};
    run_result r = run_program(ok, NULL);
    assert_string_equal(r.out, "country\nKR\nLU\nUS\nJP\nCN\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    const char *over[] = {KAIECO_BIN, "rank", "patents", "--limit", "1000000001", NULL};
    r = run_program(over, NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "1000000000"));
    run_result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reader_closes_early),
        cmocka_unit_test(test_output_cannot_be_written),
        cmocka_unit_test(test_longest_argument),
        cmocka_unit_test(test_ten_thousand_where_options),
        cmocka_unit_test(test_largest_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
