/* The dataset at run time: `kaieco export`, `kaieco check`, `--data` /
 * KAIECO_DATA and `--as-of`, run as a user would. Bad datasets are the
 * fixtures in tests/fixtures/data/ (one mistake each) and a few made here
 * (too deep, very large, paths that are not files); each is rejected with
 * exit 1, its exact first message, and nothing on stdout, and the build's
 * compiler (kaieco-dsc) gives the same message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "kaieco/load.h"
#include "support.h"

#define FIXTURES KAIECO_FIXTURES "/data"


#define ARGS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define RUN(...) run_kaieco(ARGS(__VA_ARGS__), NULL)

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

/* A fresh directory under /tmp for one test; removed by remove_tree. */
static void temp_dir(char *buf, size_t size)
{
    snprintf(buf, size, "/tmp/kaieco-data-test-XXXXXX");
    assert_non_null(mkdtemp(buf));
}

static void remove_tree(const char *dir)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

static const char *first_line(const char *text, char *buf, size_t size)
{
    size_t n = strcspn(text, "\n");
    snprintf(buf, size, "%.*s", (int)(n < size ? n : size - 1), text);
    return buf;
}

/* `kaieco --data PATH rank patents` and `kaieco check PATH` reject PATH
 * with `message` first, exit 1 and nothing on stdout; kaieco-dsc says the
 * same (exit 1, or 2 for a path it cannot read). */
static void assert_rejected(const char *path, const char *message, int dsc_status)
{
    char line[2048];
    run_result r = RUN("--data", path, "rank", "patents");
    assert_string_equal(first_line(r.err, line, sizeof line), message);
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    run_result_free(&r);

    r = RUN("check", path);
    assert_string_equal(first_line(r.err, line, sizeof line), message);
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    run_result_free(&r);

    const char *dsc[] = {KAIECO_DSC, "--check", path, NULL};
    r = run_program(dsc, NULL);
    assert_string_equal(first_line(r.err, line, sizeof line), message);
    assert_int_equal(r.status, dsc_status);
    run_result_free(&r);
}

/* ---- the fixtures ------------------------------------------------------------ */

static const struct {
    const char *file, *message;
} bad[] = {
    {"empty.json", "empty.json: error: the file is empty (a dataset file is a JSON object whose keys "
                   "are record kinds)"},
    {"whitespace.json", "whitespace.json: error: the file holds only white space (a dataset file is a "
                        "JSON object whose keys are record kinds)"},
    {"truncated.json", "truncated.json:89:15: error: premature end of input near '\"'"},
    {"not-utf8.json", "not-utf8.json:62:17: error: unable to decode byte 0xff near '\"Ac'"},
    /* decided: a byte order mark is rejected, not skipped (README, "Your own figures") */
    {"bom.json", "bom.json:1:1: error: the file starts with a UTF-8 byte order mark (BOM); save it as "
                 "UTF-8 without one"},
    {"top-array.json", "top-array.json: error: the file must be a JSON object whose keys are record kinds"},
    {"wrong-types.json", "wrong-types.json:104: $.observations[0].rank: error: must be a positive integer "
                         "(the rank the source states)"},
    {"missing-required.json", "missing-required.json:99: $.observations[0].value: error: missing (required)"},
    {"unknown-field.json", "unknown-field.json:108: $.observations[0].vaule: error: unknown field; did you "
                           "mean 'value'?"},
    {"unknown-kind.json", "unknown-kind.json: error: $.obsevations: unknown record kind (expected one of "
                          "sources, countries, entities, metrics, observations, events, contest_teams, "
                          "contest_decisions, contest_rules)"},
    {"duplicate-id.json", "duplicate-id.json:33: $.sources[3].id: error: duplicate source id 'paper' (first "
                          "defined in duplicate-id.json:3: $.sources[0])"},
    {"dangling-reference.json", "dangling-reference.json:121: $.observations[2].source: error: unknown "
                                "source 'nobody'"},
    {"duplicate-observation.json", "duplicate-observation.json:128: $.observations[3].source: error: source "
                                   "'paper' already gives patents for JP in 2022 "
                                   "(duplicate-observation.json:116: $.observations[2])"},
    {"impossible-date.json", "impossible-date.json:119: $.observations[2].period: error: '2025-02-30' is not "
                             "an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"},
    {"exponent.json", "exponent.json:120: $.observations[2].value: error: '1e5' is not a decimal number as "
                      "the source prints it (digits, optional '-' and '.', no separators or units)"},
    {"thousands.json", "thousands.json:120: $.observations[2].value: error: '12,000' is not a decimal number "
                       "as the source prints it (digits, optional '-' and '.', no separators or units)"},
    /* found by fuzz_load (CI): a source without its id crashed the look-up
     * of a disagreement's most recent source; kept in the load corpus too */
    {"source-without-id.json", "source-without-id.json:23: $.sources[2].id: error: missing (required)"},
    {"long-number.json", "long-number.json:120: $.observations[2].value: error: "
                         "'1000000000000000000000000000000000000000...' has 400 significant digits; at most "
                         "15 are kept exactly"},
};

/* The tests run in the fixture folder, so file names read as a user types them. */
static int enter_fixtures(void **state)
{
    (void)state;
    return chdir(FIXTURES);
}

static void test_bad_fixtures(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_rejected(bad[i].file, bad[i].message, 1);
}

static void test_valid_fixture(void **state)
{
    (void)state;
    run_result r = RUN("check", "valid.json");
    assert_string_equal(r.err, "");
    assert_string_equal(r.out,
                        "kind               records  detail\n"
                        "-----------------  -------  ------------------------------------------------\n"
                        "sources                  3  1 article, 1 primary, 1 secondary; up to 2024-05\n"
                        "countries                2  -\n"
                        "entities                 2  -\n"
                        "metrics                  1  -\n"
                        "observations             3  -\n"
                        "events                   1  -\n"
                        "contest_teams            1  -\n"
                        "contest_decisions        2  -\n"
                        "contest_rules            1  -\n"
                        "listings                 0  -\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);

    r = RUN("--data", "valid.json", "rank", "patents", "--csv", "--fields", "rank,country,value,source");
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "rank,country,value,source\n1,KR,10.26,paper\n,JP,2.53,paper\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);

    r = RUN("--data", "valid.json", "--version");
    assert_string_equal(r.out + strcspn(r.out, "("), "(dataset 2024-05, 3 figures, 3 sources)\n");
    run_result_free(&r);
}

/* Every mistake is reported, syntax errors first; a file that did not
 * parse stops the checks across records (no cascade of unknown ids). */
static void test_every_mistake_syntax_first(void **state)
{
    (void)state;
    run_result r = RUN("check", "valid.json", "thousands.json", "truncated.json", "impossible-date.json");
    assert_string_equal(r.err,
                        "truncated.json:89:15: error: premature end of input near '\"'\n"
                        "impossible-date.json:119: $.observations[2].period: error: '2025-02-30' is not an "
                        "ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)\n"
                        "thousands.json:120: $.observations[2].value: error: '12,000' is not a decimal "
                        "number as the source prints it (digits, optional '-' and '.', no separators or "
                        "units)\n"
                        "kaieco: 3 errors in the dataset\n");
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
}

/* ---- inputs made here ------------------------------------------------------------ */

static void test_nesting_too_deep(void **state)
{
    (void)state;
    char dir[64], path[128];
    temp_dir(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/deep.json", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("{\"sources\": ", f);
    for (int i = 0; i < 100000; i++)
        fputc('[', f);
    for (int i = 0; i < 100000; i++)
        fputc(']', f);
    fputs("}\n", f);
    fclose(f);
    char message[256];
    snprintf(message, sizeof message, "%s:1:2060: error: maximum parsing depth reached near '['", path);
    assert_rejected(path, message, 1);
    remove_tree(dir);
}

/* Decided: a large file is loaded, not refused; it is read whole and each
 * record parsed on its own, so memory stays near the file's size (the
 * closing note of issue 7 gives the measured peak). */
static void test_100_mb_file_is_loaded(void **state)
{
    (void)state;
    char dir[64], path[128];
    temp_dir(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/big.json", dir);
    char *valid = read_whole_file("valid.json");
    assert_non_null(valid);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(valid, f);
    static char spaces[1 << 20];
    memset(spaces, ' ', sizeof spaces);
    for (int i = 0; i < 100; i++)
        fwrite(spaces, 1, sizeof spaces, f);
    fclose(f);
    free(valid);
    run_result r = RUN("--data", path, "rank", "patents", "--csv", "--fields", "country,value");
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "country,value\nKR,10.26\nJP,2.53\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    remove_tree(dir);
}

/* An answer larger than kaieco holds in memory (8 MiB, src/cli/outbuf.h)
 * goes out as it comes: whole on success; a reader that stops early gets
 * status 0 and no message; a full disk, status 1 and one message. */
static void test_large_answer_streams(void **state)
{
    (void)state;
    char dir[64], big[128], cmd[1024];
    temp_dir(dir, sizeof dir);
    snprintf(big, sizeof big, "%s/big.json", dir);
    snprintf(cmd, sizeof cmd,
             "head -c 9000000 /dev/zero | tr '\\0' x > '%s/note' && "
             "jq --rawfile n '%s/note' '.observations[0] += {note: $n, note_ko: \"긴 비고\", note_ja: \"長い備考\"}' "
             "valid.json > '%s'",
             dir, dir, big);
    assert_int_equal(system(cmd), 0);
    run_result r = RUN("--data", big, "facts", "-f", "json");
    assert_string_equal(r.err, "");
    assert_int_equal(r.status, 0);
    size_t n = strlen(r.out), rows = 0;
    assert_true(n > 9000000);
    assert_true(strncmp(r.out, "[\n  {\n", 6) == 0);
    assert_string_equal(r.out + n - 6, "  }\n]\n");
    for (const char *p = r.out; (p = strstr(p, "\n  {\n")) != NULL; p++)
        rows++;
    assert_int_equal(rows, 3); /* the three figures of valid.json */
    run_result_free(&r);

    snprintf(cmd, sizeof cmd,
             "set -o pipefail; '%s' --data '%s' facts -f json | head -c 10 > /dev/null; echo status $?; "
             "'%s' --data '%s' facts -f json > /dev/full; echo status $?",
             KAIECO_BIN, big, KAIECO_BIN, big);
    const char *argv[] = {"/bin/bash", "-c", cmd, NULL};
    r = run_program(argv, NULL);
    assert_string_equal(r.out, "status 0\nstatus 1\n");
    assert_string_equal(r.err, "kaieco: cannot write the output: No space left on device\n");
    run_result_free(&r);
    remove_tree(dir);
}

static void test_paths_that_are_not_datasets(void **state)
{
    (void)state;
    char dir[64], path[160];
    temp_dir(dir, sizeof dir);

    char message[256];
    snprintf(message, sizeof message, "%s: error: no *.json files in this directory", dir);
    assert_rejected(dir, message, 2);

    assert_rejected("no-such-file.json", "no-such-file.json: error: cannot read: No such file or directory", 2);

    /* a file given where a directory is meant */
    assert_rejected("valid.json/", "valid.json/: error: cannot read: Not a directory", 2);

    /* a path that cannot be read, even by root: a socket, refused as one
     * without opening it (inside a directory, it is skipped: test_hostile) */
    snprintf(path, sizeof path, "%s/socket.json", dir);
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    assert_true(strlen(path) < sizeof addr.sun_path);
    memcpy(addr.sun_path, path, strlen(path) + 1);
    assert_int_equal(bind(fd, (struct sockaddr *)&addr, sizeof addr), 0);
    snprintf(message, sizeof message, "%s: error: cannot read a socket (a dataset is a file, a pipe or a directory)", path);
    assert_rejected(path, message, 2);
    close(fd);

    /* a directory of JSON files loads them in name order, as the build */
    snprintf(path, sizeof path, "%s/socket.json", dir);
    remove(path);
    char *valid = read_whole_file("valid.json");
    snprintf(path, sizeof path, "%s/a.json", dir);
    write_text(path, valid);
    free(valid);
    run_result r = RUN("--data", dir, "rank", "patents", "--csv", "--fields", "country");
    assert_string_equal(r.out, "country\nKR\nJP\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    remove_tree(dir);
}

/* ---- export ---------------------------------------------------------------------- */

static char *export_to(const char *dir, const char *name, const char *data)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    run_result r = data ? RUN("--data", data, "export", "-o", path) : RUN("export", "-o", path);
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    return path;
}

/* export; load the export; export again: the same bytes (a fixed point),
 * and the dataset compiler turns the export into the same C as dataset/. */
static void test_export_fixed_point(void **state)
{
    (void)state;
    char dir[64], first[256], second[256], c[256];
    temp_dir(dir, sizeof dir);
    snprintf(first, sizeof first, "%s", export_to(dir, "first.json", NULL));
    snprintf(second, sizeof second, "%s", export_to(dir, "second.json", first));
    char *a = read_whole_file(first), *b = read_whole_file(second);
    assert_non_null(a);
    assert_string_equal(a, b);
    /* two-space indent, one final newline, every kind */
    assert_true(strncmp(a, "{\n  \"sources\": [\n    {\n      \"id\": ", 33) == 0);
    assert_string_equal(a + strlen(a) - 4, "]\n}\n");
    assert_non_null(strstr(a, "\n  \"contest_rules\": [\n"));
    free(b);

    /* stdout is the same document */
    run_result r = RUN("export");
    assert_string_equal(r.out, a);
    run_result_free(&r);
    free(a);

    snprintf(c, sizeof c, "%s/export.c", dir);
    const char *dsc[] = {KAIECO_DSC, "-o", c, first, NULL};
    r = run_program(dsc, NULL);
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    a = read_whole_file(c);
    b = read_whole_file(KAIECO_BUILD_DIR "/generated/dataset.c");
    assert_non_null(b);
    assert_string_equal(a, b);
    free(a);
    free(b);
    remove_tree(dir);
}

/* Editing one value in an export (with jq) changes that value and nothing
 * else in what kaieco prints (a figure no other source gives, so that no
 * derived flag such as `disputed` changes with it). */
static void test_edited_export_changes_one_value(void **state)
{
    (void)state;
    char dir[64], cmd[1024], edited[256];
    temp_dir(dir, sizeof dir);
    char *path = export_to(dir, "export.json", NULL);
    snprintf(edited, sizeof edited, "%s/edited.json", dir);
    snprintf(cmd, sizeof cmd,
             "jq '(.observations[] | select(.metric == \"patents\" and .entity == \"JP\" and "
             ".period == \"2022\") | .value) = \"2.54\"' "
             "'%s' > '%s'",
             path, edited);
    assert_int_equal(system(cmd), 0);
    run_result before = RUN("facts", "--csv");
    run_result after = RUN("--data", edited, "facts", "--csv");
    assert_int_equal(after.status, 0);
    /* line by line: exactly one line differs, in its value */
    const char *x = before.out, *y = after.out;
    int differing = 0;
    while (*x || *y) {
        size_t nx = strcspn(x, "\n"), ny = strcspn(y, "\n");
        if (nx != ny || strncmp(x, y, nx) != 0) {
            differing++;
            assert_true(strncmp(y, "JP,country,Japan,patents,2022,year,2.54,", 40) == 0);
        }
        x += nx + (x[nx] == '\n');
        y += ny + (y[ny] == '\n');
    }
    assert_int_equal(differing, 1);
    run_result_free(&before);
    run_result_free(&after);
    remove_tree(dir);
}

/* A note (and a default_reason) in Korean and Japanese: `--lang` shows
 * it, in the table and the machine formats alike (the fallback to English,
 * which the validator no longer lets a dataset need, is test_engine's);
 * export carries the translations right after
 * the English text, and an export of the export is the same bytes. */
static void test_translated_notes(void **state)
{
    (void)state;
    char dir[64], path[256], first[256], second[256];
    temp_dir(dir, sizeof dir);
    char *valid = read_whole_file("valid.json");
    assert_non_null(valid);
    snprintf(path, sizeof path, "%s/a.json", dir);
    write_text(path, valid);
    free(valid);
    snprintf(path, sizeof path, "%s/b.json", dir);
    write_text(path,
               "{\"contest_rules\": [\n"
               "  {\"id\": \"quorum\", \"text\": \"Three judges at least.\", \"source\": \"paper\", "
               "\"note\": \"As the call for teams says.\", \"note_ko\": \"공모 공고에 따름.\", "
               "\"note_ja\": \"公募要項による。\"},\n"
               "  {\"id\": \"term\", \"text\": \"Reviews every six months.\", \"source\": \"paper\", "
               "\"note\": \"From the call.\", \"note_ko\": \"공모 공고에서.\", \"note_ja\": \"公募要項から。\"}\n"
               "]}\n");

    run_result r = RUN("--data", dir, "--lang", "ko", "contest", "--rules");
    assert_string_equal(r.err, "");
    assert_string_equal(r.out,
                        "출처: paper\n"
                        "ID      내용  비고\n"
                        "------  ----  ----\n"
                        "quorum  [1]   [2]\n"
                        "review  [3]   -\n"
                        "term    [4]   [5]\n"
                        "\n"
                        "[1] Three judges at least.\n"
                        "[2] 공모 공고에 따름.\n"
                        "[3] Reviewed every six months.\n"
                        "[4] Reviews every six months.\n"
                        "[5] 공모 공고에서.\n");
    run_result_free(&r);
    r = RUN("--data", dir, "--lang", "ja", "contest", "--rules", "-f", "csv", "--fields", "id,note");
    assert_string_equal(r.out, "id,note\nquorum,公募要項による。\nreview,\nterm,公募要項から。\n");
    run_result_free(&r);
    r = RUN("--data", dir, "contest", "--rules", "-f", "csv", "--fields", "id,note");
    assert_string_equal(r.out, "id,note\nquorum,As the call for teams says.\nreview,\nterm,From the call.\n");
    run_result_free(&r);
    r = RUN("--data", dir, "--lang", "ja", "disputes", "-f", "csv", "--fields", "metric,entity,why");
    assert_string_equal(r.out, "metric,entity,why\npatents,KR,記事が報告書を引用している\n");
    run_result_free(&r);

    snprintf(first, sizeof first, "%s", export_to(dir, "first.json", dir));
    char *a = read_whole_file(first);
    assert_non_null(a);
    assert_non_null(strstr(a, "      \"note\": \"As the call for teams says.\",\n"
                              "      \"note_ko\": \"공모 공고에 따름.\",\n"
                              "      \"note_ja\": \"公募要項による。\"\n"));
    assert_non_null(strstr(a, "      \"default_reason\": \"the article quotes the report\",\n"
                              "      \"default_reason_ko\": \"기사가 보고서를 인용함\",\n"
                              "      \"default_reason_ja\": \"記事が報告書を引用している\"\n"));
    snprintf(second, sizeof second, "%s", export_to(dir, "second.json", first));
    char *b = read_whole_file(second);
    assert_non_null(b);
    assert_string_equal(a, b);
    free(a);
    free(b);
    remove_tree(dir);
}

/* -o writes through a temporary file and a rename: a failure leaves
 * nothing behind, and a directory is not replaced. */
static void test_export_output_errors(void **state)
{
    (void)state;
    char dir[64], sub[128], missing[160];
    temp_dir(dir, sizeof dir);
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    char message[256];
    run_result r = RUN("export", "-o", sub);
    snprintf(message, sizeof message, "kaieco: cannot write '%s': Is a directory\n", sub);
    assert_string_equal(r.err, message);
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    run_result_free(&r);

    snprintf(missing, sizeof missing, "%s/no/such/dir/x.json", dir);
    r = RUN("export", "--output", missing);
    snprintf(message, sizeof message, "kaieco: cannot write '%s': No such file or directory\n", missing);
    assert_string_equal(r.err, message);
    assert_int_equal(r.status, 1);
    run_result_free(&r);

    /* nothing but the directory itself is left */
    char cmd[256];
    snprintf(cmd, sizeof cmd, "test \"$(ls -A '%s')\" = sub", dir);
    assert_int_equal(system(cmd), 0);
    remove_tree(dir);
}

/* ---- KAIECO_DATA and --as-of ------------------------------------------------------- */

static void test_kaieco_data_environment(void **state)
{
    (void)state;
    const char *env[] = {"KAIECO_DATA=" FIXTURES "/valid.json", NULL};
    run_result r = run_kaieco(ARGS("rank", "patents", "--csv", "--fields", "country"), env);
    assert_string_equal(r.out, "country\nKR\nJP\n");
    run_result_free(&r);
    /* --data wins over the environment */
    const char *bad_env[] = {"KAIECO_DATA=" FIXTURES "/thousands.json", NULL};
    r = run_kaieco(ARGS("--data", "valid.json", "rank", "patents", "--csv", "--fields", "country"), bad_env);
    assert_string_equal(r.out, "country\nKR\nJP\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    /* a bad one is rejected like --data's */
    r = run_kaieco(ARGS("rank", "patents"), bad_env);
    assert_non_null(strstr(r.err, "thousands.json:120: $.observations[2].value: error: '12,000'"));
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
    /* commands that read no dataset ignore it */
    r = run_kaieco(ARGS("help", "rank"), bad_env);
    assert_int_equal(r.status, 0);
    run_result_free(&r);
}

/* The AI Index 2024 picture on 2024-06-30: 2022 figures, though later
 * ones exist; China's 2.51 comes from a report dated only to 2024, which
 * counts from 2024-12-31. */
static void test_as_of_rank(void **state)
{
    (void)state;
    run_result r = RUN("--as-of", "2024-06-30", "rank", "patents", "--csv", "--fields", "rank,country,value,year,source");
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "rank,country,value,year,source\n"
                               "1,KR,10.26,2022,kyunghyang-2024-04-17\n"
                               "2,LU,8.73,2022,kyunghyang-2024-04-17\n"
                               "3,US,4.23,2022,kyunghyang-2024-04-17\n"
                               "4,JP,2.53,2022,kyunghyang-2024-04-17\n");
    run_result_free(&r);
    /* before anything was published there is nothing to rank */
    r = RUN("--as-of", "2020", "rank", "patents");
    assert_true(strncmp(r.err, "kaieco: metric 'patents' has no figures by country; metrics that can be "
                               "ranked: ", 80) == 0);
    assert_int_equal(r.status, 2);
    run_result_free(&r);
}

static void test_as_of_contest_and_sources(void **state)
{
    (void)state;
    run_result r = RUN("--as-of", "2025-12-31", "contest", "--csv", "--fields", "team,status,outcome");
    assert_string_equal(r.out, "team,status,outcome\n"
                               "lg-ai-research,active,selected\nnaver-cloud,active,selected\n"
                               "nc-ai,active,selected\nsk-telecom,active,selected\nupstage,active,selected\n");
    run_result_free(&r);
    /* the option may follow the command, as contest's own --as-of did */
    r = RUN("contest", "--as-of", "2025-08-03", "--json");
    assert_string_equal(r.out, "[]\n"); /* the selection was reported on 2025-08-04 */
    run_result_free(&r);
    /* sources: only those published by then */
    r = RUN("--as-of", "2024-04", "sources", "--csv", "--fields", "id,date");
    assert_string_equal(r.err, "");
    assert_null(strstr(r.out, "2025"));
    assert_non_null(strstr(r.out, "kyunghyang-2024-04-17,2024-04-17\n"));
    run_result_free(&r);
    r = RUN("--as-of", "2024-13", "facts");
    assert_string_equal(r.err, "kaieco: invalid date '2024-13' for --as-of (expected YYYY, YYYY-MM or YYYY-MM-DD)\n");
    assert_int_equal(r.status, 2);
    run_result_free(&r);
}

/* export writes the whole dataset: --as-of does not apply (an export of
 * the past would cite sources it leaves out). */
static void test_as_of_export_refused(void **state)
{
    (void)state;
    run_result r = RUN("--as-of", "2024-04-30", "export");
    assert_string_equal(r.err, "kaieco: export writes the whole dataset; --as-of does not apply to it\n");
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 2);
    run_result_free(&r);
}

/* Text from a --data file reaches people escaped, machines as data: the
 * table format, brief and cite's text show control characters as \xNN (a name with ESC [31m
 * cannot repaint the terminal, a note with BEL and a C1 CSI neither); JSON
 * escapes C0 controls; CSV and TSV carry the bytes (TSV turning only tab,
 * CR and LF into spaces, as documented). */
static void test_control_characters_from_data(void **state)
{
    (void)state;
    run_result r = RUN("--data", "control-chars.json", "rank", "patents", "--fields", "name,note");
    assert_string_equal(r.out, "name           note\n"
                               "-------------  ----\n"
                               "South Korea    -\n"
                               "Ja\\x1b[31mpan  [1]\n"
                               "\n"
                               "[1] bell\\x07 and CSI \\xc2\\x9b2J\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    r = RUN("--data", "control-chars.json", "rank", "patents", "--fields", "name,note", "--json");
    assert_string_equal(r.out, "[\n  {\n    \"name\": \"South Korea\",\n    \"note\": null\n  },\n"
                               "  {\n    \"name\": \"Ja\\u001B[31mpan\",\n"
                               "    \"note\": \"bell\\u0007 and CSI \xc2\x9b" "2J\"\n  }\n]\n");
    run_result_free(&r);
    r = RUN("--data", "control-chars.json", "rank", "patents", "--fields", "name,note", "--csv");
    assert_string_equal(r.out, "name,note\nSouth Korea,\nJa\x1b[31mpan,bell\a and CSI \xc2\x9b" "2J\n");
    run_result_free(&r);
    /* brief's and cite's text, wrapped or not, escape as the table does:
     * a title with an OSC sequence (ESC ] 0 ; ... BEL) cannot retitle the
     * terminal */
    r = RUN("--data", "control-chars.json", "cite", "paper");
    assert_string_equal(r.out, "[paper] Daily Test, \"A \\x1b]0;pwned\\x07test article\", 17 April 2024. "
                               "https://example.org/paper\n");
    run_result_free(&r);
    r = RUN("--data", "control-chars.json", "brief", "JP");
    assert_true(strncmp(r.out, "Ja\\x1b[31mpan: AI ecosystem brief", strlen("Ja\\x1b[31mpan: AI ecosystem brief")) == 0);
    assert_non_null(strstr(r.out, "\nIn 2022, Ja\\x1b[31mpan's AI patent count"));
    assert_null(strchr(r.out, '\x1b'));
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    r = RUN("--data", "control-chars.json", "brief", "KR");
    assert_non_null(strstr(r.out, "\n[1] Daily Test, \"A \\x1b]0;pwned\\x07test article\", 17 April 2024."));
    assert_null(strchr(r.out, '\x1b'));
    run_result_free(&r);
    /* Markdown, for renderers and terminals alike: a space, as in its tables */
    r = RUN("--data", "control-chars.json", "brief", "KR", "-f", "markdown");
    assert_non_null(strstr(r.out, "\n[^1]: Daily Test, \"A  \\]0;pwned test article\", 17 April 2024."));
    run_result_free(&r);
    /* a message quoting the user's word escapes it too */
    r = RUN("rank", "\x1b[31mRED");
    assert_string_equal(r.err, "kaieco: unknown metric '\\x1b[31mRED'\n");
    assert_int_equal(r.status, 2);
    run_result_free(&r);
    r = RUN("rank", "patents", "x\ty");
    assert_string_equal(r.err, "kaieco: rank: unexpected argument 'x\\x09y'; usage: kaieco rank METRIC "
                               "[--year YYYY] [--top N]\n");
    run_result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bad_fixtures),
        cmocka_unit_test(test_valid_fixture),
        cmocka_unit_test(test_every_mistake_syntax_first),
        cmocka_unit_test(test_nesting_too_deep),
        cmocka_unit_test(test_100_mb_file_is_loaded), cmocka_unit_test(test_large_answer_streams),
        cmocka_unit_test(test_paths_that_are_not_datasets),
        cmocka_unit_test(test_export_fixed_point),
        cmocka_unit_test(test_edited_export_changes_one_value),
        cmocka_unit_test(test_translated_notes),
        cmocka_unit_test(test_export_output_errors),
        cmocka_unit_test(test_kaieco_data_environment),
        cmocka_unit_test(test_as_of_rank),
        cmocka_unit_test(test_as_of_contest_and_sources),
        cmocka_unit_test(test_as_of_export_refused),
        cmocka_unit_test(test_control_characters_from_data),
    };
    return cmocka_run_group_tests(tests, enter_fixtures, NULL);
}
