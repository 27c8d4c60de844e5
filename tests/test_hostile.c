/* Hostile inputs (issue 20): what a script or a careless --data path can
 * hand kaieco, each answered within a bound the test checks where it can:
 * a directory of 100 copies of the dataset (at most 50 errors shown, and
 * their total), files over KAIECO_DATA_MAX refused by their size, an
 * endless pipe stopped at the limit, devices refused, a FIFO or device in a
 * directory skipped with a warning, a pipe named on the command line read
 * (process substitution), a 128 KiB word, `export -o` with the longest
 * name, its permissions, and a signal while it writes. Every command runs
 * under `timeout 60`, so that a regression that blocks or crawls fails
 * (status 124) instead of hanging the suite. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cmocka.h>

#include "support.h"

/* Runs a bash script with kaieco on PATH, in directory `dir`, with `env`
 * (NULL-terminated, may be NULL) added. */
static run_result sh_in(const char *dir, const char *script, const char *const *env)
{
    char path[1200], cd[1200];
    snprintf(path, sizeof path, "PATH=%s:/usr/bin:/bin", KAIECO_BIN_DIR);
    snprintf(cd, sizeof cd, "cd '%s' && %s", dir, script);
    const char *argv[] = {"/bin/bash", "-c", cd, NULL};
    const char *envp[16] = {path};
    size_t n = 1;
    for (size_t i = 0; env && env[i] && n < 15; i++)
        envp[n++] = env[i];
    envp[n] = NULL;
    return run_program(argv, envp);
}

static void make_dir(char *buf, size_t size)
{
    snprintf(buf, size, "/tmp/kaieco-hostile-XXXXXX");
    assert_non_null(mkdtemp(buf));
}

static void remove_dir(const char *dir)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "chmod -R u+rwx '%s'; rm -rf '%s'", dir, dir);
    assert_int_equal(system(cmd), 0);
}

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* The built-in dataset exported to DIR/export.json. */
static void export_dataset(const char *dir)
{
    run_result r = sh_in(dir, "kaieco export -o export.json", NULL);
    assert_string_equal(r.err, "");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
}

/* ---- diagnostics with a cap ------------------------------------------------ */

/* The total in "kaieco: N errors in the dataset..." (the last line). */
static size_t total_of(const char *err)
{
    const char *last = err + strlen(err);
    assert_true(last > err && last[-1] == '\n');
    for (last--; last > err && last[-1] != '\n'; last--)
        ;
    size_t n = 0;
    assert_int_equal(sscanf(last, "kaieco: %zu error", &n), 1);
    return n;
}

static void test_directory_of_100_copies(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir, sizeof dir);
    export_dataset(dir);
    /* copies that differ in white space only (a copy of the same bytes is
     * caught before its records are read: see below), so that every
     * record clashes with its twins */
    run_result r = sh_in(dir, "mkdir two copies same && printf ' ' > two/1.json && cat export.json >> two/1.json && "
                              "printf '  ' > two/2.json && cat export.json >> two/2.json && "
                              "for i in $(seq 1 100); do printf '%*s' $i '' > copies/c$(printf %03d $i).json && "
                              "cat export.json >> copies/c$(printf %03d $i).json; cp export.json same/s$i.json; done",
                 NULL);
    assert_int_equal(r.status, 0);
    run_result_free(&r);

    /* 100 files of the same bytes: one error for each copy after the
     * first, and none of their records read again */
    r = sh_in(dir, "timeout 60 kaieco check --max-errors 0 same", NULL);
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    assert_int_equal(count_lines(r.err), 100);
    assert_int_equal(total_of(r.err), 99);
    assert_non_null(strstr(r.err, "same/s2.json: error: the same bytes as same/s1.json, read before it: a copy, not read again\n"));
    run_result_free(&r);

    /* the default: the first 50 found, sorted, then the total */
    r = sh_in(dir, "timeout 60 kaieco check copies", NULL);
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    assert_int_equal(count_lines(r.err), 51);
#ifndef __SANITIZE_ADDRESS__
    /* within 2.5 times what it read, plus 16 MB: the peak of every program
     * this test has run and waited for so far, kaieco's the largest. The
     * records of every copy are held (a duplicate needs its first), so the
     * peak follows the built-in dataset's size: 100 MB for 100 copies of
     * 215 KB (142 MB before the cap); 377 MB for 100 copies of 1.58 MB
     * since Epoch AI's list of models is in it (513 MB without the cap,
     * --max-errors 0) */
    char path[128];
    snprintf(path, sizeof path, "%s/export.json", dir);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    struct rusage ru;
    assert_int_equal(getrusage(RUSAGE_CHILDREN, &ru), 0);
    assert_true((double)ru.ru_maxrss * 1024 < 2.5 * 100 * (double)st.st_size + 16.0 * 1024 * 1024);
#endif
    size_t total = total_of(r.err);
    char last[256];
    snprintf(last, sizeof last,
             "kaieco: %zu errors in the dataset, 50 shown ('kaieco check --max-errors 0' shows all)\n",
             total);
    assert_string_equal(r.err + strlen(r.err) - strlen(last), last);
    char *capped = strdup(r.err);
    run_result_free(&r);

    /* --max-errors 0: every one, as many as the total said */
    r = sh_in(dir, "timeout 60 kaieco check --max-errors 0 copies", NULL);
    assert_int_equal(r.status, 1);
    assert_int_equal(count_lines(r.err), total + 1);
    snprintf(last, sizeof last, "kaieco: %zu errors in the dataset\n", total);
    assert_string_equal(r.err + strlen(r.err) - strlen(last), last);
    /* the 50 shown are among them, word for word */
    size_t full_len = strlen(r.err);
    char *full = malloc(full_len + 2);
    full[0] = '\n';
    memcpy(full + 1, r.err, full_len + 1);
    for (char *line = capped, *nl; (nl = strchr(line, '\n')) && strncmp(line, "kaieco: ", 8) != 0; line = nl + 1) {
        size_t len = (size_t)(nl - line);
        char *needle = malloc(len + 3);
        needle[0] = '\n';
        memcpy(needle + 1, line, len + 1); /* the line and its newline */
        needle[len + 2] = '\0';
        assert_non_null(strstr(full, needle));
        assert_non_null(strstr(needle, ": error: "));
        free(needle);
    }
    /* the copies share their metrics' ids: their aliases are no clash
     * (the duplicate id is the mistake, reported once per copy) */
    assert_null(strstr(r.err, "is also an alias of"));
    free(full);
    free(capped);
    run_result_free(&r);

    /* --max-errors 3, and the same total */
    r = sh_in(dir, "timeout 60 kaieco check --max-errors 3 copies", NULL);
    assert_int_equal(r.status, 1);
    assert_int_equal(count_lines(r.err), 4);
    assert_int_equal(total_of(r.err), total);
    run_result_free(&r);

    /* each copy repeats the mistakes of the second against the first, no
     * more: the total grows with the copies, not with their pairs */
    r = sh_in(dir, "timeout 60 kaieco check --max-errors 0 two", NULL);
    assert_int_equal(r.status, 1);
    size_t two = total_of(r.err);
    assert_true(two > 0);
    assert_true(total >= 99 * two / 2 && total <= 99 * two);
    run_result_free(&r);

    /* --data takes the same cap; its hint names check */
    r = sh_in(dir, "timeout 60 kaieco --data copies rank patents", NULL);
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    assert_int_equal(count_lines(r.err), 51);
    assert_int_equal(total_of(r.err), total);
    run_result_free(&r);
    remove_dir(dir);
}

/* Metrics that share aliases: one message per pair of records, against
 * the first metric that has the alias, naming the aliases shared. */
static void test_alias_clashes_once_per_pair(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir, sizeof dir);
    char path[128];
    snprintf(path, sizeof path, "%s/b.json", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
#define REST "\"name\": {\"en\": \"AI\", \"ko\": \"AI\", \"ja\": \"AI\"}, \"unit\": \"patents\", \"unit_ko\": \"건(특허)\", \"unit_ja\": \"件(特許)\", " \
             "\"definition\": \"AI patents.\", \"higher_is_better\": true}"
    fputs("{\"metrics\": [\n"
          "{\"id\": \"patents-filed\", \"aliases\": [\"ai-patents\", \"pf1\", \"pf2\", \"pf3\"], " REST ",\n"
          "{\"id\": \"patents-granted\", \"aliases\": [\"pf2\", \"pf1\"], " REST ",\n"
          "{\"id\": \"patents-pending\", \"aliases\": [\"pf3\", \"pf1\", \"pf2\"], " REST "\n"
          "]}\n", f);
#undef REST
    assert_int_equal(fclose(f), 0);
    run_result r = sh_in(dir, "timeout 60 kaieco check " KAIECO_FIXTURES "/dsc/valid.json b.json", NULL);
    assert_string_equal(r.err,
                        "b.json:2: $.metrics[0].aliases: error: alias 'ai-patents' is also an alias of metric 'patents'\n"
                        "b.json:3: $.metrics[1].aliases: error: aliases 'pf1' and 'pf2' are also aliases of metric "
                        "'patents-filed'\n"
                        "b.json:4: $.metrics[2].aliases: error: aliases 'pf1', 'pf2' and 1 more are also aliases of "
                        "metric 'patents-filed'\n"
                        "kaieco: 3 errors in the dataset\n");
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
    remove_dir(dir);
}

static void test_max_errors_bad_values(void **state)
{
    (void)state;
    const char *words[] = {"-1", "x", "1000000001", ""};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        const char *argv[] = {KAIECO_BIN, "check", "--max-errors", words[i], "dataset", NULL};
        run_result r = run_program(argv, NULL);
        assert_string_equal(r.out, "");
        assert_int_equal(r.status, 2);
        assert_non_null(strstr(r.err, "--max-errors"));
        assert_int_equal(count_lines(r.err), 1);
        run_result_free(&r);
    }
    /* help shows it, from the command table */
    const char *help[] = {KAIECO_BIN, "help", "check", NULL};
    run_result h = run_program(help, NULL);
    assert_non_null(strstr(h.out, "--max-errors N       show at most the first N errors found (default 50; 0\n"));
    assert_int_equal(h.status, 0);
    run_result_free(&h);
    /* a valid dataset: the cap changes nothing */
    const char *ok[] = {KAIECO_BIN, "check", "--max-errors", "1", KAIECO_SOURCE_DIR "/dataset", "--csv", NULL};
    run_result r = run_program(ok, NULL);
    assert_string_equal(r.err, "");
    assert_int_equal(r.status, 0);
    assert_true(strncmp(r.out, "kind,records,detail,detail_text\n", 32) == 0);
    run_result_free(&r);
}

/* ---- bounded reading --------------------------------------------------------- */

static void test_size_limit(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir, sizeof dir);
    export_dataset(dir);

    /* 2 GiB (a sparse file): refused by its size, before a byte is read */
    run_result r = sh_in(dir, "truncate -s 2G huge.json && timeout 60 kaieco check huge.json", NULL);
    assert_string_equal(r.err, "huge.json: error: the file has 2147483648 bytes, more than the limit of "
                               "1073741824 (KAIECO_DATA_MAX)\nkaieco: 1 error in the dataset\n");
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    run_result_free(&r);

    /* KAIECO_DATA_MAX lowers it ... */
    char path[128], message[256];
    snprintf(path, sizeof path, "%s/export.json", dir);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    snprintf(message, sizeof message,
             "export.json: error: the file has %lld bytes, more than the limit of 1024 (KAIECO_DATA_MAX)\n"
             "kaieco: 1 error in the dataset\n", (long long)st.st_size);
    const char *one_k[] = {"KAIECO_DATA_MAX=1K", NULL};
    r = sh_in(dir, "timeout 60 kaieco --data export.json rank patents", one_k);
    assert_string_equal(r.err, message);
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    run_result_free(&r);

    /* ... or raises it; K, M, G, T in either case; empty is the default */
    const char *sizes[] = {"KAIECO_DATA_MAX=4m", "KAIECO_DATA_MAX=4194304", "KAIECO_DATA_MAX=", "KAIECO_DATA_MAX=3T"};
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        const char *env[] = {sizes[i], NULL};
        r = sh_in(dir, "timeout 60 kaieco --data export.json rank patents --csv --fields country", env);
        assert_string_equal(r.err, "");
        assert_string_equal(r.out, "country\nKR\nLU\nUS\nJP\nCN\n");
        run_result_free(&r);
    }

    /* a value that is not a size names itself */
    const char *bad[] = {"1x", "0", "-1", "1KB", "18446744073709551616", "20000000000T"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char var[64];
        snprintf(var, sizeof var, "KAIECO_DATA_MAX=%s", bad[i]);
        const char *env[] = {var, NULL};
        r = sh_in(dir, "timeout 60 kaieco check export.json", env);
        snprintf(message, sizeof message,
                 "KAIECO_DATA_MAX: error: '%s' is not a size: a number of bytes, or a number followed by K, "
                 "M, G or T (powers of 1024), at least 1\nkaieco: 1 error in the dataset\n", bad[i]);
        assert_string_equal(r.err, message);
        assert_string_equal(r.out, "");
        assert_int_equal(r.status, 1);
        run_result_free(&r);
    }
    remove_dir(dir);
}

/* A pipe that never ends is read up to the limit, then refused. */
static void test_endless_pipe(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir, sizeof dir);
    const char *env[] = {"KAIECO_DATA_MAX=64K", NULL};
    run_result r = sh_in(dir, "yes | timeout 60 kaieco --data /dev/stdin rank patents; echo status ${PIPESTATUS[1]}", env);
    assert_string_equal(r.err, "/dev/stdin: error: more than 65536 bytes, the limit (KAIECO_DATA_MAX): "
                               "stopped reading\nkaieco: 1 error in the dataset\n");
    assert_string_equal(r.out, "status 1\n");
    run_result_free(&r);
    remove_dir(dir);
}

/* A path on the command line is read as given: a pipe from process
 * substitution, or a FIFO with a writer, works. */
static void test_pipes_named_on_the_command_line(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir, sizeof dir);
    export_dataset(dir);
    run_result r = sh_in(dir, "timeout 60 kaieco --data <(cat export.json) rank patents --csv --fields country,value", NULL);
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "country,value\nKR,10.26\nLU,8.73\nUS,4.23\nJP,2.53\nCN,2.51\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);

    r = sh_in(dir, "timeout 60 kaieco check --csv <(cat export.json) | head -2", NULL);
    assert_string_equal(r.err, "");
    assert_true(strncmp(r.out, "kind,records,detail,detail_text\nsources,", 40) == 0);
    run_result_free(&r);

    r = sh_in(dir, "mkfifo p.json && { cat export.json > p.json & } && "
                   "timeout 60 kaieco --data p.json rank patents --csv --fields country; wait", NULL);
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "country\nKR\nLU\nUS\nJP\nCN\n");
    run_result_free(&r);
    remove_dir(dir);
}

/* A device is refused at once, as not a file. */
static void test_devices_refused(void **state)
{
    (void)state;
    const char *paths[] = {"/dev/zero", "/dev/null"};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        char message[256];
        snprintf(message, sizeof message,
                 "%s: error: cannot read a character device (a dataset is a file, a pipe or a directory)\n"
                 "kaieco: 1 error in the dataset\n", paths[i]);
        const char *data[] = {KAIECO_BIN, "--data", paths[i], "rank", "patents", NULL};
        const char *check[] = {KAIECO_BIN, "check", paths[i], NULL};
        const char *const *argvs[] = {data, check};
        for (size_t j = 0; j < 2; j++) {
            run_result r = run_program(argvs[j], NULL);
            assert_string_equal(r.err, message);
            assert_string_equal(r.out, "");
            assert_int_equal(r.status, 1);
            run_result_free(&r);
        }
    }
}

/* In a directory, only regular files are read: a FIFO with no writer, a
 * link to /dev/zero, a socket and a directory named *.json are skipped,
 * each with a warning, and the rest loads. */
static void test_directory_reads_regular_files_only(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir, sizeof dir);
    export_dataset(dir);
    run_result r = sh_in(dir, "mkdir mixed only mixed/d.json && cp export.json mixed/a.json && mkfifo mixed/f.json "
                              "&& ln -s /dev/zero mixed/z.json && mkfifo only/f.json", NULL);
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    char path[128];
    snprintf(path, sizeof path, "%s/mixed/s.json", dir);
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    memcpy(addr.sun_path, path, strlen(path) + 1);
    assert_int_equal(bind(fd, (struct sockaddr *)&addr, sizeof addr), 0);

    const char *warnings = "mixed/d.json: warning: skipped: a directory, not a regular file\n"
                           "mixed/f.json: warning: skipped: a FIFO, not a regular file\n"
                           "mixed/s.json: warning: skipped: a socket, not a regular file\n"
                           "mixed/z.json: warning: skipped: a character device, not a regular file\n";
    r = sh_in(dir, "timeout 60 kaieco --data mixed rank patents --csv --fields country", NULL);
    assert_string_equal(r.err, warnings);
    assert_string_equal(r.out, "country\nKR\nLU\nUS\nJP\nCN\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);

    r = sh_in(dir, "timeout 60 kaieco check mixed --csv | head -1", NULL);
    assert_string_equal(r.err, warnings);
    assert_string_equal(r.out, "kind,records,detail,detail_text\n");
    run_result_free(&r);

    r = sh_in(dir, "timeout 60 kaieco --data only rank patents", NULL);
    assert_string_equal(r.err, "only: error: no *.json file in this directory was read (each one was skipped)\n"
                               "only/f.json: warning: skipped: a FIFO, not a regular file\n"
                               "kaieco: 1 error in the dataset\n");
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
    close(fd);
    remove_dir(dir);
}

/* ---- suggestions --------------------------------------------------------------- */

/* A 128 KiB word gets no distance table (it is far longer than every
 * metric), but a metric it begins with is still suggested. */
static void test_long_word_suggestion(void **state)
{
    (void)state;
    size_t n = 128 * 1024 - 1;
    char *word = malloc(n + 1);
    memcpy(word, "patents", 7);
    memset(word + 7, 'x', n - 7);
    word[n] = '\0';
    const char *argv[] = {"/usr/bin/timeout", "60", KAIECO_BIN, "rank", word, NULL};
    run_result r = run_program(argv, NULL);
    assert_int_equal(r.status, 2);
    assert_string_equal(r.out, "");
    assert_true(strncmp(r.err, "kaieco: unknown metric 'patentsxxx", 34) == 0);
    assert_true(strlen(r.err) < 600);
    const char *tail = "\xe2\x80\xa6'; did you mean 'patents'?\n"; /* cut with …, quote closed */
    assert_string_equal(r.err + strlen(r.err) - strlen(tail), tail);
    run_result_free(&r);
    free(word);
}

/* ---- export -o -------------------------------------------------------------------- */

/* The longest name a file system accepts (255 bytes) is written; one
 * byte more is the file system's own refusal, and nothing is left. */
static void test_export_longest_name(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir, sizeof dir);
    run_result r = sh_in(dir, "n=$(printf 'n%.0s' $(seq 255)); timeout 60 kaieco export -o $n && "
                              "kaieco export | cmp - $n && ls -A | wc -l && ls -A | head -c 3", NULL);
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "1\nnnn");
    assert_int_equal(r.status, 0);
    run_result_free(&r);

    r = sh_in(dir, "rm -f n*; n=$(printf 'n%.0s' $(seq 256)); timeout 60 kaieco export -o $n; "
                   "echo status $?; ls -A | wc -l", NULL);
    assert_string_equal(r.out, "status 1\n0\n");
    assert_true(strncmp(r.err, "kaieco: cannot write 'nnn", 25) == 0);
    const char *tail = "': File name too long\n";
    assert_string_equal(r.err + strlen(r.err) - strlen(tail), tail);
    run_result_free(&r);
    remove_dir(dir);
}

/* Issue 17: a new file gets the umask's permissions, a replaced one keeps
 * its mode. */
static void test_export_permissions(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir, sizeof dir);
    run_result r = sh_in(dir, "umask 022; kaieco export -o a.json; stat -c %a a.json; "
                              "umask 077; kaieco export -o b.json; stat -c %a b.json; "
                              "umask 022; chmod 640 a.json; kaieco export -o a.json; stat -c %a a.json; "
                              "chmod 604 b.json; kaieco export -o b.json; stat -c %a b.json; ls -A", NULL);
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "644\n600\n640\n604\na.json\nb.json\n");
    run_result_free(&r);
    remove_dir(dir);
}

/* Issue 17: SIGINT or SIGTERM while `export -o` writes removes the
 * temporary file, leaves a file it was to replace as it was, and ends
 * kaieco as the signal does; an ignored SIGINT stays ignored. The signal
 * comes from a preloaded fsync (preload_raise.c): after the last byte,
 * before the rename. */
static void test_export_interrupted(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir, sizeof dir);
    const char *env[] = {"PRELOAD=" KAIECO_PRELOAD_RAISE, "ASAN_OPTIONS=verify_asan_link_order=0", NULL};
    run_result r = sh_in(dir, "LD_PRELOAD=$PRELOAD KAIECO_TEST_RAISE=2 kaieco export -o new.json; echo status $?; "
                              "echo old > old.json; "
                              "LD_PRELOAD=$PRELOAD KAIECO_TEST_RAISE=15 kaieco export -o old.json; echo status $?; "
                              "ls -A; cat old.json", env);
    assert_string_equal(r.out, "status 130\nstatus 143\nold.json\nold\n");
    run_result_free(&r);

    r = sh_in(dir, "trap '' INT; LD_PRELOAD=$PRELOAD KAIECO_TEST_RAISE=2 kaieco export -o old.json; echo status $?; "
                   "kaieco export | cmp - old.json && ls -A", env);
    assert_string_equal(r.out, "status 0\nold.json\n");
    assert_string_equal(r.err, "");
    run_result_free(&r);
    remove_dir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_directory_of_100_copies),
        cmocka_unit_test(test_alias_clashes_once_per_pair),
        cmocka_unit_test(test_max_errors_bad_values),
        cmocka_unit_test(test_size_limit),
        cmocka_unit_test(test_endless_pipe),
        cmocka_unit_test(test_pipes_named_on_the_command_line),
        cmocka_unit_test(test_devices_refused),
        cmocka_unit_test(test_directory_reads_regular_files_only),
        cmocka_unit_test(test_long_word_suggestion),
        cmocka_unit_test(test_export_longest_name),
        cmocka_unit_test(test_export_permissions),
        cmocka_unit_test(test_export_interrupted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
