/* kaieco at a terminal: run in a pseudo-terminal of a chosen size, it cuts
 * long text cells to fit and colours the table; piped, it does neither
 * whatever COLUMNS says. NO_COLOR and --color in every combination. The
 * figures are dataset/'s: AI patents per 100,000 people for 2022
 * (Kyunghyang, JoongAng) and 2024 net AI talent migration (Herald). */
#define _GNU_SOURCE /* openpty, cfmakeraw, clearenv, memmem */
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
 * added to LC_ALL=C, TZ=UTC, PATH, KAIECO_PAGER= (no pager). Output processing is off, so that the
 * bytes read are the bytes kaieco wrote.
 *
 * How the end is found: not by the master's EIO once the slave closes. Linux
 * hands what is written to a pty slave to the master later, from a work
 * queue, so a reader woken by the hang-up can miss the last bytes (CI saw a
 * JSON answer cut so). Instead the parent keeps the slave open (no hang-up),
 * and a small process between it and kaieco waits for kaieco and then writes
 * END_MARK to the same terminal: the terminal keeps order, so once the mark
 * is read, everything kaieco (and its pager) wrote has been read. */
#define END_MARK "\001\002kaieco-tty-end\003"

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
        pid_t kaieco = fork();
        if (kaieco > 0) { /* waits, marks the end, passes on the status */
            int st = 0;
            while (waitpid(kaieco, &st, 0) < 0 && errno == EINTR)
                ;
            if (write(slave, END_MARK, sizeof END_MARK - 1) < 0)
                _exit(126);
            _exit(WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
        }
        if (kaieco < 0)
            _exit(125);
        dup2(slave, 1);
        dup2(err_fd, 2);
        int null_fd = open("/dev/null", O_RDONLY);
        dup2(null_fd, 0);
        clearenv();
        setenv("LC_ALL", "C", 1);
        setenv("TZ", "UTC", 1);
        setenv("PATH", "/usr/bin:/bin", 1);
        /* no pager unless a test asks for one ("UNSET=KAIECO_PAGER" for
         * none set at all) */
        setenv("KAIECO_PAGER", "", 1);
        for (size_t i = 0; env && env[i]; i++) {
            char *kv = strdup(env[i]);
            char *eq = strchr(kv, '=');
            *eq = '\0';
            if (strcmp(kv, "UNSET") == 0)
                unsetenv(eq + 1);
            else
                setenv(kv, eq + 1, 1);
        }
        const char *argv[32] = {KAIECO_BIN};
        for (size_t i = 0; args[i] && i < 30; i++)
            argv[i + 1] = args[i];
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
    size_t cap = 1 << 16, len = 0, mark = sizeof END_MARK - 1;
    r.out = malloc(cap);
    for (;;) { /* until END_MARK (the slave stays open: no EIO) */
        if (len + 1 == cap)
            r.out = realloc(r.out, cap *= 2);
        ssize_t n = read(master, r.out + len, cap - len - 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        len += (size_t)n;
        if (len >= mark && memcmp(r.out + len - mark, END_MARK, mark) == 0) {
            len -= mark;
            break;
        }
    }
    r.out[len] = '\0';
    close(slave);
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

/* The unit and year, the same on every row, are in the caption. */
#define RANK_ROWS(approx_h, approx_r, approx_c)                                        \
    "unit: patents per 100,000 people; year: 2022\n"                                   \
    "rank  name           value" approx_h "  source                 note\n"            \
    "----  -------------  -----" approx_r "  ---------------------  ----\n"            \
    "   1  South Korea    10.26" approx_c "  kyunghyang-2024-04-17  [1]\n"             \
    "   2  Luxembourg      8.73" approx_c "  kyunghyang-2024-04-17  -\n"               \
    "   3  United States   4.23" approx_c "  kyunghyang-2024-04-17  -\n"               \
    "   4  Japan           2.53" approx_c "  kyunghyang-2024-04-17  -\n"               \
    "   5  China           2.51" approx_c "  joongang-2024          [2]\n"

static const char rank_2022[] = RANK_ROWS("  approx", "  ------", "  -     ") NOTES;

/* At 80 columns the table (63) fits; the footnotes are wrapped at spaces,
 * indented under their number. */
static const char rank_2022_80[] =
    RANK_ROWS("  approx", "  ------", "  -     ")
    "\n[1] AI Index 2024, data year 2022 as the article states. The headline calls it\n"
    "    last year's (2023) patent lead, but the body dates the figure to 2022.\n"
    "[2] AI Index 2024, data year 2022: JoongAng Ilbo lists China fifth, after Korea,\n"
    "    Luxembourg, the US and Japan. Money Today (zum-mt-2024-04) also lists China\n"
    "    5th with 2.51.\n";

/* At 60: approx (medium priority, missing on every row) is left out, and
 * a line says so; the name is not cut. */
static const char rank_2022_60[] =
    RANK_ROWS("", "", "")
    "left out to fit 60 columns: approx (--wide shows them)\n"
    "\n[1] AI Index 2024, data year 2022 as the article states. The\n"
    "    headline calls it last year's (2023) patent lead, but\n"
    "    the body dates the figure to 2022.\n"
    "[2] AI Index 2024, data year 2022: JoongAng Ilbo lists China\n"
    "    fifth, after Korea, Luxembourg, the US and Japan. Money\n"
    "    Today (zum-mt-2024-04) also lists China 5th with 2.51.\n";

static void test_cut_at_a_terminal_only(void **state)
{
    (void)state;
    const char *const *args = ARGS("rank", "patents", "--year", "2022");
    const char *const *no_color = ARGS("NO_COLOR=1");
    assert_out(run_tty(args, 80, no_color), rank_2022_80);
    assert_out(run_tty(args, 60, no_color), rank_2022_60);
    assert_out(run_tty(args, 300, no_color), rank_2022); /* every note fits */
    /* piped: nothing wrapped, whatever COLUMNS says */
    assert_out(run_pipe(args, NULL), rank_2022);
    assert_out(run_pipe(args, ARGS("COLUMNS=40")), rank_2022);
    /* a terminal that does not say its width: COLUMNS, else 80 */
    assert_out(run_tty(args, 0, ARGS("NO_COLOR=1", "COLUMNS=80")), rank_2022_80);
    assert_out(run_tty(args, 0, ARGS("NO_COLOR=1", "COLUMNS=300")), rank_2022);
    assert_out(run_tty(args, 0, no_color), rank_2022_80);
    assert_out(run_tty(args, 0, ARGS("NO_COLOR=1", "COLUMNS=eighty")), rank_2022_80);
    /* the terminal's own width wins over COLUMNS */
    assert_out(run_tty(args, 300, ARGS("NO_COLOR=1", "COLUMNS=80")), rank_2022);
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

/* cite's text (and brief's, the same wrapper) at a terminal: a Japanese
 * title in an English reference breaks next to kana; Korean words inside
 * Japanese text break only at their spaces; a line may break before an
 * opening bracket after an address ("…61920（2026年"), not between a
 * number and its counter ("1位"); an address wider than a line is broken
 * between characters. Piped, each reference is one line. */
static void test_wrapped_references(void **state)
{
    (void)state;
    const char *const *no_color = ARGS("NO_COLOR=1");
    assert_out(run_tty(ARGS("cite", "ja-column-2025"), 80, no_color),
               "[ja-column-2025] KORIT (korit.jp), \"AI特許は1位、人材は純流出?今韓国AIエコシステ\n"
               "    ムで起こっていること\", 2025.\n"
               "    https://www.korit.jp/special/korea-now-latest-report/insights_parkjyungyoung\n"
               "    _openai_humanresources_2507 (accessed 4 December 2026)\n");
    assert_out(run_tty(ARGS("cite", "newsway-2025-08-04", "--lang", "ja"), 60, no_color),
               "[newsway-2025-08-04] ニュースウェイ「제목 미기록 (뉴스웨이\n"
               "    기사 2025080415535761920, 독자 AI 파운데이션 모델 5개\n"
               "    정예팀 선정)」2025年8月4日。\n"
               "    https://www.newsway.co.kr/news/view?ud=20250804155357619\n"
               "    20（2026年12月4日閲覧）\n");
    run_result r = run_pipe(ARGS("cite", "newsway-2025-08-04", "--lang", "ja"), NULL);
    assert_int_equal(strchr(r.out, '\n') - r.out + 1, strlen(r.out)); /* one line */
    run_result_free(&r);
    /* brief's paragraphs, at three widths in the three languages: no line
     * starts with a citation mark or closing punctuation */
    static const char *const langs[] = {"en", "ko", "ja"};
    static const char *const closing[] = {"、", "。", "」", "）", ")", ",", ".", NULL};
    static const unsigned short widths[] = {40, 60, 80};
    for (size_t l = 0; l < 3; l++)
        for (size_t w = 0; w < 3; w++) {
            r = run_tty(ARGS("brief", "KR", "--lang", langs[l]), widths[w], no_color);
            assert_int_equal(r.status, 0);
            for (const char *p = r.out; *p; p = strchr(p, '\n') + 1) {
                if (!strncmp(p, "References\n", 11) || !strncmp(p, "참고 자료\n", 14) ||
                    !strncmp(p, "参考資料\n", 13))
                    break; /* the references start with their marks */
                int bad = p[0] == '[' && p[1] >= '0' && p[1] <= '9';
                for (size_t k = 0; closing[k]; k++)
                    bad |= !strncmp(p, closing[k], strlen(closing[k]));
                if (bad) {
                    fprintf(stderr, "brief KR --lang %s at %u: a line starts with '%.12s'\n", langs[l], widths[w], p);
                    fail();
                }
            }
            run_result_free(&r);
        }
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

/* Display width of a line (CJK as two), colour codes left out. */
static size_t line_width(const char *s, size_t n)
{
    char *copy = strndup(s, n);
    size_t w = ke_display_width(copy);
    free(copy);
    return w;
}

/* Whether the character that starts at s is two columns wide and not
 * Hangul (a line may break next to one: Japanese and Chinese). */
static int cjk_breakable(const char *s)
{
    size_t n = ke_utf8_cut(s, 3) == 3 && ((unsigned char)s[0] & 0xf0) == 0xe0 ? 3 : 0;
    if (!n)
        return 0;
    char one[4] = {s[0], s[1], s[2], 0};
    unsigned long cp = ((unsigned long)(s[0] & 0x0f) << 12) | ((unsigned long)(s[1] & 0x3f) << 6) |
                       (unsigned long)(s[2] & 0x3f);
    return ke_display_width(one) == 2 && !(cp >= 0xac00 && cp <= 0xd7a3);
}

/* Whether the word around `at` (from the space before it to the space
 * after it, within the text that starts at `text`) is wider than a whole
 * line of `avail` columns: then it may be broken between characters. */
static int longer_than_a_line(const char *text, const char *at, size_t avail)
{
    const char *b = at, *e = at;
    while (b > text && b[-1] != ' ')
        b--;
    while (*e && *e != ' ' && *e != '\n')
        e++;
    return line_width(b, (size_t)(e - b)) > avail;
}

/* Whether a line may break at `at` (not at a space) within `text`: next
 * to a Japanese or Chinese character, but not between a number or a Latin
 * letter and the one after it ("1位", "AI人材"), nor before a citation
 * mark. The rules of render/wrap.c, written again from its comment. */
static int may_break_at(const char *text, const char *at)
{
    const char *prev = at;
    while (prev > text && ((unsigned char)*--prev & 0xc0) == 0x80)
        ;
    if (prev == at || *at == '[')
        return 0;
    if (cjk_breakable(at))
        return !((*prev >= '0' && *prev <= '9') || (*prev >= 'A' && *prev <= 'Z') ||
                 (*prev >= 'a' && *prev <= 'z') || *prev == '%' || *prev == '.');
    return cjk_breakable(prev);
}

/* The wrapped notes of `tty` read back as the one-line notes of `piped`:
 * each line break is at a space (the spaces dropped), next to a Japanese
 * character (may_break_at), or inside a word wider than a whole line. */
static void assert_notes_rewrap(const char *tty, const char *piped, const char *what, size_t width)
{
    const char *tn = strstr(tty, "\n\n[1] "), *pn = strstr(piped, "\n\n[1] ");
    if (!pn) {
        assert_null(tn);
        return;
    }
    assert_non_null(tn);
    tn += 2;
    pn += 2;
    while (*pn) {
        const char *pe = strchr(pn, '\n');
        size_t indent = strcspn(pn, " ") + 1; /* "[12] " */
        assert_int_equal(strncmp(tn, pn, indent), 0);
        const char *want = pn + indent, *te = tn + indent;
        for (;;) {
            size_t n = strcspn(te, "\n");
            if (strncmp(te, want, n) != 0) {
                fprintf(stderr, "%s: wrapped note differs at '%.*s'\n", what, (int)n, te);
                fail();
            }
            want += n;
            te += n + 1;
            if (want == pe)
                break;
            /* a continuation line, indented under the text */
            for (size_t k = 0; k < indent; k++)
                assert_int_equal(te[k], ' ');
            te += indent;
            if (*want == ' ') {
                while (*want == ' ')
                    want++;
            } else if (!may_break_at(pn + indent, want) &&
                       !longer_than_a_line(pn + indent, want, width - indent)) {
                fprintf(stderr, "%s: a note is broken inside a word before '%.20s'\n", what, want);
                fail();
            }
        }
        pn = pe + 1;
        tn = te;
    }
}

/* Every command run without arguments, and a few with, at 60, 80 and 120
 * columns in English, Korean and Japanese: no line wider than the
 * terminal, no row wider than the header's rule, the notes wrapped at
 * spaces and reading as they do piped; piped, no default table line over
 * 100 columns. */
static void test_every_command_fits(void **state)
{
    (void)state;
    static const char *const commands[][3] = {
        {"rank", "patents", NULL}, {"migration", NULL, NULL}, {"investment", NULL, NULL},
        {"contest", NULL, NULL},   {"models", NULL, NULL},    {"events", NULL, NULL},
        {"country", "KR", NULL},   {"compare", "KR", "JP"},   {"facts", NULL, NULL},
        {"disputes", NULL, NULL},  {"search", "korea", NULL}, {"metrics", NULL, NULL},
        {"sources", NULL, NULL},   {"contest", "--rules", NULL},
    };
    static const char *const langs[] = {"en", "ko", "ja"};
    static const unsigned short widths[] = {60, 80, 120};
    for (size_t c = 0; c < sizeof commands / sizeof *commands; c++)
        for (size_t l = 0; l < 3; l++) {
            const char *args[8] = {0};
            size_t n = 0;
            for (size_t k = 0; k < 3 && commands[c][k]; k++)
                args[n++] = commands[c][k];
            args[n++] = "--lang";
            args[n++] = langs[l];
            char what[96];
            run_result piped = run_pipe(args, NULL);
            assert_int_equal(piped.status, 0);
            for (const char *p = piped.out; *p && *p != '\n' && strncmp(p, "\n\n", 2) != 0;) {
                size_t len = strcspn(p, "\n");
                if (line_width(p, len) > 100) {
                    fprintf(stderr, "%s %s piped: %zu columns: %.*s\n", args[0], langs[l],
                            line_width(p, len), (int)len, p);
                    fail();
                }
                p += len;
                if (*p == '\n' && p[1] != '\n')
                    p++;
                else
                    break;
            }
            for (size_t w = 0; w < 3; w++) {
                snprintf(what, sizeof what, "%s %s %s at %u", args[0], args[1] ? args[1] : "",
                         langs[l], widths[w]);
                run_result r = run_tty(args, widths[w], ARGS("NO_COLOR=1", "KAIECO_PAGER="));
                assert_int_equal(r.status, 0);
                size_t rule = 0;
                int in_table = 1;
                for (const char *p = r.out; *p;) {
                    size_t len = strcspn(p, "\n");
                    size_t lw = line_width(p, len);
                    if (lw > widths[w]) {
                        fprintf(stderr, "%s: line of %zu columns: %.*s\n", what, lw, (int)len, p);
                        fail();
                    }
                    if (len == 0)
                        in_table = 0;
                    else if (in_table && p[0] == '-' && !rule)
                        rule = lw;
                    else if (in_table && rule && !memmem(p, len, "--wide", 6) && lw > rule) {
                        fprintf(stderr, "%s: row wider (%zu) than its rule (%zu): %.*s\n", what, lw, rule,
                                (int)len, p);
                        fail();
                    }
                    p += len + (p[len] == '\n');
                }
                assert_notes_rewrap(r.out, piped.out, what, widths[w]);
                run_result_free(&r);
            }
            run_result_free(&piped);
        }
}

/* Whether a line of `out` starts with the pager's mark (a note of the
 * data may hold "FLOP:" anywhere). */
static int paged(const char *out, const char *mark)
{
    size_t n = strlen(mark);
    if (strncmp(out, mark, n) == 0)
        return 1;
    for (const char *p = strchr(out, '\n'); p; p = strchr(p + 1, '\n'))
        if (strncmp(p + 1, mark, n) == 0)
            return 1;
    return 0;
}

/* A pager as git's: for an answer taller than the terminal (24 rows), not
 * for a short one, never when piped; --no-pager and an empty KAIECO_PAGER
 * turn it off; PAGER when KAIECO_PAGER is unset; quitting early is fine. */
static void test_pager(void **state)
{
    (void)state;
    const char *const *pager = ARGS("NO_COLOR=1", "KAIECO_PAGER=sed s/^/P:/");
    run_result r = run_tty(ARGS("facts"), 80, pager);
    assert_int_equal(r.status, 0);
    assert_true(strncmp(r.out, "P:", 2) == 0);
    assert_null(strstr(r.out, "\nentity")); /* every line went through it */
    run_result_free(&r);
    r = run_tty(ARGS("rank", "patents", "--top", "1"), 80, pager);
    assert_false(paged(r.out, "P:"));
    run_result_free(&r);
    r = run_tty(ARGS("facts", "--no-pager"), 80, pager);
    assert_false(paged(r.out, "P:"));
    run_result_free(&r);
    r = run_tty(ARGS("facts"), 80, ARGS("NO_COLOR=1", "KAIECO_PAGER=", "PAGER=sed s/^/Q:/"));
    assert_false(paged(r.out, "Q:"));
    run_result_free(&r);
    r = run_tty(ARGS("facts"), 80, ARGS("NO_COLOR=1", "UNSET=KAIECO_PAGER", "PAGER=sed s/^/Q:/"));
    assert_true(strncmp(r.out, "Q:", 2) == 0);
    run_result_free(&r);
    r = run_pipe(ARGS("facts"), pager);
    assert_false(paged(r.out, "P:"));
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    /* a pager that cannot be run: the shell says so, and the answer is
     * printed as without one */
    r = run_tty(ARGS("facts"), 80, ARGS("NO_COLOR=1", "KAIECO_PAGER=/nonexistent/pager"));
    run_result plain_facts = run_tty(ARGS("facts"), 80, ARGS("NO_COLOR=1"));
    assert_int_equal(r.status, 0);
    assert_string_equal(r.out, plain_facts.out);
    assert_non_null(strstr(r.err, "/nonexistent/pager"));
    run_result_free(&r);
    run_result_free(&plain_facts);
    /* the reader quits after one line: status 0, nothing on stderr */
    r = run_tty(ARGS("facts", "--json"), 80, ARGS("KAIECO_PAGER=head -1"));
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "[\n");
    run_result_free(&r);
}

/* TERM=dumb turns colour off, as NO_COLOR does. */
static void test_dumb_terminal(void **state)
{
    (void)state;
    run_result r = run_tty(ARGS("rank", "patents", "--top", "1"), 80, ARGS("TERM=dumb"));
    assert_null(strchr(r.out, '\033'));
    run_result_free(&r);
    r = run_tty(ARGS("rank", "patents", "--top", "1"), 80, ARGS("TERM=xterm"));
    assert_non_null(strchr(r.out, '\033'));
    run_result_free(&r);
}

/* Every default view of a command that prints figures shows their unit:
 * a unit column, or the caption. */
static void test_units_visible(void **state)
{
    (void)state;
    static const char *const commands[][3] = {
        {"rank", "patents", NULL}, {"migration", NULL, NULL}, {"investment", NULL, NULL},
        {"country", "KR", NULL},   {"compare", "KR", "JP"},   {"facts", NULL, NULL},
        {"disputes", NULL, NULL},  {"migration", "KR", NULL}, {"investment", "KR", NULL},
        {"disputes", "--where", "metric=investment"},
    };
    for (size_t c = 0; c < sizeof commands / sizeof *commands; c++)
        for (size_t tty = 0; tty < 2; tty++) {
            const char *args[4] = {commands[c][0], commands[c][1], commands[c][2], NULL};
            run_result r = tty ? run_tty(args, 60, ARGS("NO_COLOR=1", "KAIECO_PAGER=")) : run_pipe(args, NULL);
            const char *header = r.out;
            if (strncmp(header, "unit", 4) != 0 && strstr(r.out, "; unit: ") > strchr(r.out, '\n'))
                header = r.out;
            int caption = strncmp(r.out, "unit: ", 6) == 0 ||
                          (strstr(r.out, "; unit: ") && strstr(r.out, "; unit: ") < strchr(r.out, '\n'));
            size_t first = strcspn(r.out, "\n");
            char *line = strndup(r.out, first);
            int column = strstr(line, "  unit") != NULL || strncmp(line, "unit  ", 6) == 0;
            free(line);
            if (!caption && !column) {
                fprintf(stderr, "%s %s (%s): no unit in its default view\n", args[0], args[1] ? args[1] : "",
                        tty ? "at 60 columns" : "piped");
                fail();
            }
            run_result_free(&r);
        }
}

/* Whether the words ask for a machine format. */
static int machine_format(const char *const *w)
{
    for (size_t k = 0; w[k]; k++) {
        if (!strcmp(w[k], "--json") || !strcmp(w[k], "--csv") || !strcmp(w[k], "--tsv"))
            return 1;
        if ((!strcmp(w[k], "-f") || !strcmp(w[k], "--format")) && w[k + 1] && strcmp(w[k + 1], "table"))
            return 1;
        if (!strncmp(w[k], "--format=", 9) && strcmp(w[k] + 9, "table"))
            return 1;
    }
    return 0;
}

/* Every README (and docs/) example, at 60, 80 and 120 columns in English,
 * Korean and Japanese: a default view fits the terminal (with --fields or
 * --wide, the columns asked for are cut but none is left out, so they may
 * not); the notes of every table are wrapped as above; a machine format is
 * byte for byte what it is piped. */
static void test_readme_examples_fit(void **state)
{
    (void)state;
    char *docs = read_docs();
    assert_non_null(docs);
    char **cmds = readme_commands(docs);
    static const char *const langs[] = {"en", "ko", "ja"};
    static const unsigned short widths[] = {60, 80, 120};
    size_t checked = 0;
    for (size_t i = 0; cmds[i]; i++) {
        char *line = strdup(cmds[i]);
        const char *words[64];
        size_t n = shell_words(cmds[i], words, 60);
        /* not the ones that write files, scripts or check the dataset */
        if (n < 2 || !strcmp(words[1], "export") || !strcmp(words[1], "completion") ||
            !strcmp(words[1], "check") || !strcmp(words[1], "--version")) {
            free(line);
            continue;
        }
        const char *args[64] = {0};
        size_t m = 0;
        int chosen = 0; /* --fields or --wide: those columns, cut but none left out */
        for (size_t k = 1; k < n; k++) {
            args[m++] = words[k];
            chosen |= !strcmp(words[k], "--fields") || !strcmp(words[k], "--wide") || !strcmp(words[k], "--chart");
        }
        int machine = machine_format(args);
        for (size_t l = 0; l < 3; l++) {
            args[m] = "--lang";
            args[m + 1] = langs[l];
            args[m + 2] = NULL;
            run_result piped = run_pipe(args, NULL);
            if (piped.status != 0) { /* an example of an error */
                run_result_free(&piped);
                break;
            }
            for (size_t w = 0; w < 3; w++) {
                char what[256];
                snprintf(what, sizeof what, "%s (%s, %u columns)", line, langs[l], widths[w]);
                run_result r = run_tty(args, widths[w], ARGS("NO_COLOR=1"));
                assert_int_equal(r.status, 0);
                if (machine) {
                    if (strcmp(r.out, piped.out) != 0) {
                        size_t at = 0;
                        while (r.out[at] && r.out[at] == piped.out[at])
                            at++;
                        fprintf(stderr,
                                "%s: not the bytes it prints piped (%zu bytes at the terminal, %zu piped, "
                                "first difference at byte %zu)\n",
                                what, strlen(r.out), strlen(piped.out), at);
                        fail();
                    }
                } else {
                    for (const char *p = r.out; *p;) {
                        size_t len = strcspn(p, "\n");
                        if (line_width(p, len) > widths[w] && !chosen) {
                            fprintf(stderr, "%s: line of %zu columns: %.*s\n", what, line_width(p, len),
                                    (int)len, p);
                            fail();
                        }
                        p += len + (p[len] == '\n');
                    }
                    assert_notes_rewrap(r.out, piped.out, what, widths[w]);
                }
                checked++;
                run_result_free(&r);
            }
            run_result_free(&piped);
        }
        free(line);
    }
    for (size_t i = 0; cmds[i]; i++)
        free(cmds[i]);
    free(cmds);
    free(docs);
    assert_true(checked > 100);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cut_at_a_terminal_only),
        cmocka_unit_test(test_color_combinations),
        cmocka_unit_test(test_chart_width),
        cmocka_unit_test(test_wrapped_references),
        cmocka_unit_test(test_every_command_fits),
        cmocka_unit_test(test_pager),
        cmocka_unit_test(test_dumb_terminal),
        cmocka_unit_test(test_units_visible),
        cmocka_unit_test(test_readme_examples_fit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
