/* kaieco at a terminal: run in a pseudo-terminal of a chosen size, it cuts
 * long text cells to fit and colours the table; piped, it does neither
 * whatever COLUMNS says. NO_COLOR and --color in every combination. The
 * figures are dataset/'s: AI patents per 100,000 people for 2022
 * (Kyunghyang, JoongAng) and 2024 net AI talent migration (Herald). */
#define _DEFAULT_SOURCE /* openpty, cfmakeraw, clearenv */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "support.h"

#define ARGS(...) ((const char *const[]){__VA_ARGS__, NULL})

/* Runs kaieco with stdout on a pseudo-terminal `cols` columns wide (0: a
 * terminal that does not say its width) and stderr in a file; `env` is
 * added to LC_ALL=C, TZ=UTC, PATH. Output processing is off, so that the
 * bytes read are the bytes kaieco wrote. */
static run_result run_tty(const char *const *args, unsigned short cols, const char *const *env)
{
    run_result r = {0};
    int master, slave;
    struct winsize ws = {24, cols, 0, 0};
    assert_int_equal(openpty(&master, &slave, NULL, NULL, &ws), 0);
    struct termios tio;
    assert_int_equal(tcgetattr(slave, &tio), 0);
    cfmakeraw(&tio);
    assert_int_equal(tcsetattr(slave, TCSANOW, &tio), 0);
    char err_tmpl[] = "/tmp/kaieco-tty-err-XXXXXX";
    int err_fd = mkstemp(err_tmpl);
    unlink(err_tmpl);
    pid_t pid = fork();
    if (pid == 0) {
        close(master);
        dup2(slave, 1);
        dup2(err_fd, 2);
        int null_fd = open("/dev/null", O_RDONLY);
        dup2(null_fd, 0);
        clearenv();
        setenv("LC_ALL", "C", 1);
        setenv("TZ", "UTC", 1);
        setenv("PATH", "/usr/bin:/bin", 1);
        for (size_t i = 0; env && env[i]; i++) {
            char *kv = strdup(env[i]);
            char *eq = strchr(kv, '=');
            *eq = '\0';
            setenv(kv, eq + 1, 1);
        }
        const char *argv[32] = {KAIECO_BIN};
        for (size_t i = 0; args[i] && i < 30; i++)
            argv[i + 1] = args[i];
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
    close(slave);
    size_t cap = 1 << 16, len = 0;
    r.out = malloc(cap);
    for (;;) { /* until the other side closes (EIO on Linux) */
        if (len + 1 == cap)
            r.out = realloc(r.out, cap *= 2);
        ssize_t n = read(master, r.out + len, cap - len - 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    r.out[len] = '\0';
    close(master);
    int status = 0;
    waitpid(pid, &status, 0);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    lseek(err_fd, 0, SEEK_SET);
    r.err = calloc(1, 4096);
    ssize_t n = read(err_fd, r.err, 4095);
    (void)n;
    close(err_fd);
    return r;
}

static run_result run_pipe(const char *const *args, const char *const *env)
{
    const char *argv[32] = {KAIECO_BIN};
    for (size_t i = 0; args[i] && i < 30; i++)
        argv[i + 1] = args[i];
    return run_program(argv, env);
}

static void assert_out(run_result r, const char *out)
{
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, out);
    assert_int_equal(r.status, 0);
    run_result_free(&r);
}

#define NOTES                                                                                            \
    "\n[1] AI Index 2024, data year 2022 as the article states. The headline calls it last year's "      \
    "(2023) patent lead, but the body dates the figure to 2022.\n"                                       \
    "[2] AI Index 2024, data year 2022: JoongAng Ilbo lists China fifth, after Korea, Luxembourg, the " \
    "US and Japan. Money Today (zum-mt-2024-04) also lists China 5th with 2.51.\n"

static const char rank_2022[] =
    "rank  name           value  approx  unit                        year  source                 note\n"
    "----  -------------  -----  ------  --------------------------  ----  ---------------------  ----\n"
    "   1  South Korea    10.26  -       patents per 100,000 people  2022  kyunghyang-2024-04-17  [1]\n"
    "   2  Luxembourg      8.73  -       patents per 100,000 people  2022  kyunghyang-2024-04-17  -\n"
    "   3  United States   4.23  -       patents per 100,000 people  2022  kyunghyang-2024-04-17  -\n"
    "   4  Japan           2.53  -       patents per 100,000 people  2022  kyunghyang-2024-04-17  -\n"
    "   5  China           2.51  -       patents per 100,000 people  2022  joongang-2024          [2]\n" NOTES;

/* 97 columns in an 80-column terminal: unit (26) is cut to name's 13,
 * then the two in turn to 11; the rank, value, year, codes and the
 * footnotes stay whole. */
static const char rank_2022_80[] =
    "rank  name         value  approx  unit         year  source                 note\n"
    "----  -----------  -----  ------  -----------  ----  ---------------------  ----\n"
    "   1  South Korea  10.26  -       patents pe…  2022  kyunghyang-2024-04-17  [1]\n"
    "   2  Luxembourg    8.73  -       patents pe…  2022  kyunghyang-2024-04-17  -\n"
    "   3  United Sta…   4.23  -       patents pe…  2022  kyunghyang-2024-04-17  -\n"
    "   4  Japan         2.53  -       patents pe…  2022  kyunghyang-2024-04-17  -\n"
    "   5  China         2.51  -       patents pe…  2022  joongang-2024          [2]\n" NOTES;

static void test_cut_at_a_terminal_only(void **state)
{
    (void)state;
    const char *const *args = ARGS("rank", "patents", "--year", "2022");
    const char *const *no_color = ARGS("NO_COLOR=1");
    assert_out(run_tty(args, 80, no_color), rank_2022_80);
    assert_out(run_tty(args, 97, no_color), rank_2022); /* fits exactly */
    assert_out(run_tty(args, 200, no_color), rank_2022);
    /* piped: nothing cut, whatever COLUMNS says */
    assert_out(run_pipe(args, NULL), rank_2022);
    assert_out(run_pipe(args, ARGS("COLUMNS=40")), rank_2022);
    /* a terminal that does not say its width: COLUMNS, else 80 */
    assert_out(run_tty(args, 0, ARGS("NO_COLOR=1", "COLUMNS=80")), rank_2022_80);
    assert_out(run_tty(args, 0, ARGS("NO_COLOR=1", "COLUMNS=300")), rank_2022);
    assert_out(run_tty(args, 0, no_color), rank_2022_80);
    assert_out(run_tty(args, 0, ARGS("NO_COLOR=1", "COLUMNS=eighty")), rank_2022_80);
    /* the terminal's own width wins over COLUMNS */
    assert_out(run_tty(args, 200, ARGS("NO_COLOR=1", "COLUMNS=80")), rank_2022);
    /* never in a machine format */
    run_result a = run_tty(ARGS("rank", "patents", "--year", "2022", "--csv", "--color=always"), 20, NULL);
    run_result b = run_pipe(ARGS("rank", "patents", "--year", "2022", "--csv"), NULL);
    assert_string_equal(a.out, b.out);
    assert_null(strchr(a.out, '\033'));
    run_result_free(&a);
    run_result_free(&b);
    static const char *const formats[] = {"json", "ndjson", "tsv", "markdown"};
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
        a = run_tty(ARGS("rank", "patents", "--year", "2022", "-f", formats[i]), 20, NULL);
        b = run_pipe(ARGS("rank", "patents", "--year", "2022", "-f", formats[i]), NULL);
        assert_string_equal(a.out, b.out);
        assert_null(strchr(a.out, '\033'));
        assert_null(strstr(a.out, "…"));
        run_result_free(&a);
        run_result_free(&b);
    }
}

static const char plain[] =
    "name         value\n"
    "-----------  -----\n"
    "France        0.34\n"
    "South Korea  -0.36\n";

/* A bold header, a dim rule, negative numbers in red. */
static const char colored[] =
    "\033[1mname\033[0m         \033[1mvalue\033[0m\n"
    "\033[2m-----------  -----\033[0m\n"
    "France        0.34\n"
    "South Korea  \033[31m-0.36\033[0m\n";

static void test_color_combinations(void **state)
{
    (void)state;
#define MIG "migration", "--year", "2024", "--fields", "name,value", "--where", "value < 1"
    /* at a terminal: colour unless NO_COLOR (not empty) or --color=never */
    assert_out(run_tty(ARGS(MIG), 80, NULL), colored);
    assert_out(run_tty(ARGS(MIG), 80, ARGS("NO_COLOR=1")), plain);
    assert_out(run_tty(ARGS(MIG), 80, ARGS("NO_COLOR=")), colored);
    assert_out(run_tty(ARGS(MIG, "--color=auto"), 80, NULL), colored);
    assert_out(run_tty(ARGS(MIG, "--color=never"), 80, NULL), plain);
    assert_out(run_tty(ARGS(MIG, "--color=always"), 80, ARGS("NO_COLOR=1")), colored);
    assert_out(run_tty(ARGS(MIG, "--color"), 80, ARGS("NO_COLOR=1")), colored);
    /* piped: none, unless --color=always */
    assert_out(run_pipe(ARGS(MIG), NULL), plain);
    assert_out(run_pipe(ARGS(MIG, "--color=auto"), NULL), plain);
    assert_out(run_pipe(ARGS(MIG), ARGS("NO_COLOR=")), plain);
    assert_out(run_pipe(ARGS(MIG, "--color=always"), NULL), colored);
    assert_out(run_pipe(ARGS(MIG, "--color=always"), ARGS("NO_COLOR=1")), colored);
    assert_out(run_pipe(ARGS(MIG, "--color=never"), NULL), plain);
    /* the last --color counts */
    assert_out(run_pipe(ARGS(MIG, "--color=always", "--color=never"), NULL), plain);
    /* --color=always never reaches a machine format */
    assert_out(run_pipe(ARGS(MIG, "--color=always", "--csv"), NULL),
               "name,value\nFrance,0.34\nSouth Korea,-0.36\n");
#undef MIG
}

/* The chart takes the terminal's width (80 when piped); its unit header
 * is cut to the bars only at a terminal. */
static void test_chart_width(void **state)
{
    (void)state;
    assert_out(run_tty(ARGS("migration", "--year", "2024", "--chart"), 50, ARGS("NO_COLOR=1")),
               "name                  year  value  per 10,000 Lin…\n"
               "Luxembourg            2024   8.92   │█████████████\n"
               "United Arab Emirates  2024   4.13   │██████\n"
               "Germany               2024   2.13   │███▏\n"
               "United States         2024   1.07   │█▌\n"
               "France                2024   0.34   │▌\n"
               "South Korea           2024  -0.36  █│\n");
    run_result a = run_pipe(ARGS("migration", "--year", "2024", "--chart"), NULL);
    run_result b = run_tty(ARGS("migration", "--year", "2024", "--chart"), 80, ARGS("NO_COLOR=1"));
    run_result c = run_pipe(ARGS("migration", "--year", "2024", "--chart"), ARGS("COLUMNS=50"));
    assert_string_equal(a.out, b.out);
    assert_string_equal(a.out, c.out);
    run_result_free(&a);
    run_result_free(&b);
    run_result_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cut_at_a_terminal_only),
        cmocka_unit_test(test_color_combinations),
        cmocka_unit_test(test_chart_width),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
