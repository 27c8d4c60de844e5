/* The dataset compiler (kaieco-dsc): each fixture in tests/fixtures/dsc/
 * holds one kind of mistake and is checked together with valid.json, as the
 * build checks dataset/. Each test asserts the exit status and the exact
 * diagnostics: the file as it was named on the command line, the JSON path
 * (or line:column for a syntax error), the reason, and the closing count. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "support.h"

/* The tests run in the fixture folder, so file names read as a user types them. */
static int enter_fixtures(void **state)
{
    (void)state;
    return chdir(KAIECO_FIXTURES "/dsc");
}

static run_result dsc(const char *a1, const char *a2, const char *a3, const char *a4)
{
    const char *argv[] = {KAIECO_DSC, a1, a2, a3, a4, NULL};
    return run_program(argv, NULL);
}

/* `kaieco-dsc --check valid.json FIXTURE` fails with exactly `diagnostics`
 * followed by the count line. */
static void assert_rejected(const char *fixture, const char *diagnostics, int n_errors)
{
    run_result r = dsc("--check", "valid.json", fixture, NULL);
    char expected[4096];
    snprintf(expected, sizeof expected, "%skaieco-dsc: %d error%s in the dataset\n", diagnostics,
             n_errors, n_errors == 1 ? "" : "s");
    assert_string_equal(r.err, expected);
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
}

static void test_valid(void **state)
{
    (void)state;
    run_result r = dsc("--check", "valid.json", NULL, NULL);
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
}

/* ---- one test per fixture ------------------------------------------------ */

static void test_syntax(void **state)
{
    (void)state;
    /* line 3, column 16 is the second comma of `{"id": "x",, ...` */
    assert_rejected("syntax.json", "syntax.json:3:16: error: string or '}' expected near ','\n", 1);
}

static void test_unknown_kind(void **state)
{
    (void)state;
    assert_rejected("unknown-kind.json",
                    "unknown-kind.json: error: $.obsevations: unknown record kind (expected one of "
                    "sources, countries, entities, metrics, observations, events, contest_teams, "
                    "contest_decisions, contest_rules)\n",
                    1);
}

static void test_unknown_field(void **state)
{
    (void)state;
    assert_rejected("unknown-field.json",
                    "unknown-field.json:1: $.observations[0].value: error: missing (required)\n"
                    "unknown-field.json:1: $.observations[0].vaule: error: unknown field; did you mean 'value'?\n",
                    2);
}

static void test_missing_name(void **state)
{
    (void)state;
    assert_rejected("missing-name.json", "missing-name.json:1: $.countries[0].name: error: missing the 'ja' name\n", 1);
}

static void test_missing_source(void **state)
{
    (void)state;
    assert_rejected("missing-source.json",
                    "missing-source.json:1: $.observations[0].source: error: missing (required)\n", 1);
}

static void test_bad_country(void **state)
{
    (void)state;
    assert_rejected("bad-country.json",
                    "bad-country.json:1: $.countries[0].alpha2: error: 'us' is not an ISO 3166-1 alpha-2 "
                    "code (two capital letters)\n",
                    1);
}

static void test_bad_date(void **state)
{
    (void)state;
    assert_rejected("bad-date.json",
                    "bad-date.json:1: $.observations[0].period: error: '2023-13' is not an ISO 8601 date "
                    "(YYYY, YYYY-MM or YYYY-MM-DD)\n",
                    1);
}

static void test_bad_value(void **state)
{
    (void)state;
    assert_rejected("bad-value.json",
                    "bad-value.json:1: $.observations[0].value: error: '4,58' is not a decimal number as "
                    "the source prints it (digits, optional '-' and '.', no separators or units)\n",
                    1);
}

static void test_value_not_string(void **state)
{
    (void)state;
    assert_rejected("value-not-string.json",
                    "value-not-string.json:1: $.observations[0].value: error: must be a string\n", 1);
}

static void test_bad_rank(void **state)
{
    (void)state;
    assert_rejected("bad-rank.json",
                    "bad-rank.json:1: $.observations[0].rank: error: must be a positive integer (the rank "
                    "the source states)\n",
                    1);
}

static void test_bad_kind(void **state)
{
    (void)state;
    assert_rejected("bad-kind.json",
                    "bad-kind.json:1: $.sources[0].kind: error: 'primry' is not allowed; did you mean 'primary'?\n", 1);
}

static void test_unknown_language(void **state)
{
    (void)state;
    assert_rejected("unknown-language.json",
                    "unknown-language.json:1: $.countries[0].name: error: unknown language 'zh' (expected en, ko, ja)\n",
                    1);
}

static void test_source_unknown_field(void **state)
{
    (void)state;
    assert_rejected("source-unknown-field.json",
                    "source-unknown-field.json:1: $.sources[0].urls: error: unknown field; did you mean 'url'?\n", 1);
}

static void test_article_without_seed(void **state)
{
    (void)state;
    assert_rejected("article-without-seed.json",
                    "article-without-seed.json:1: $.sources[0].seed: error: missing: an article source names "
                    "its seed file\n",
                    1);
}

static void test_not_object(void **state)
{
    (void)state;
    assert_rejected("not-object.json",
                    "not-object.json: error: the file must be a JSON object whose keys are record kinds\n", 1);
}

static void test_kind_not_array(void **state)
{
    (void)state;
    assert_rejected("kind-not-array.json", "kind-not-array.json: error: $.sources: must be an array of records\n", 1);
}

static void test_duplicate_id(void **state)
{
    (void)state;
    assert_rejected("duplicate-id.json",
                    "duplicate-id.json:1: $.sources[0].id: error: duplicate source id 'paper' (first defined "
                    "in valid.json:3: $.sources[0])\n",
                    1);
}

static void test_duplicate_alpha3(void **state)
{
    (void)state;
    assert_rejected("duplicate-alpha3.json",
                    "duplicate-alpha3.json:1: $.countries[0].alpha3: error: duplicate alpha-3 code 'KOR' "
                    "(first defined in valid.json:11: $.countries[0])\n",
                    1);
}

static void test_alias_clash(void **state)
{
    (void)state;
    assert_rejected("alias-clash.json",
                    "alias-clash.json:1: $.metrics[0].aliases: error: alias 'ai-patents' is also an alias of "
                    "metric 'patents'\n",
                    1);
}

static void test_unknown_metric(void **state)
{
    (void)state;
    assert_rejected("unknown-metric.json",
                    "unknown-metric.json:1: $.observations[0].metric: error: unknown metric 'patent'; did you "
                    "mean 'patents'?\n",
                    1);
}

static void test_unknown_entity(void **state)
{
    (void)state;
    assert_rejected("unknown-entity.json",
                    "unknown-entity.json:1: $.observations[0].entity: error: unknown entity or country 'JPN'; "
                    "did you mean 'JP'?\n",
                    1);
}

static void test_unknown_cites(void **state)
{
    (void)state;
    assert_rejected("unknown-cites.json",
                    "unknown-cites.json:1: $.sources[0].cites: error: unknown source 'reprot'; did you mean "
                    "'report'?\n",
                    1);
}

static void test_cites_itself(void **state)
{
    (void)state;
    assert_rejected("cites-itself.json", "cites-itself.json:1: $.sources[0].cites: error: a source cannot cite itself\n", 1);
}

/* A source has the address of its page, or says why it has none (issue 15):
 * neither, or both, is an error; the day it was checked is a day. */
static void test_source_without_url(void **state)
{
    (void)state;
    assert_rejected("source-without-url.json",
                    "source-without-url.json:1: $.sources[0].url: error: missing: give the address of the page, "
                    "or say in no_url_reason why there is none\n"
                    "source-without-url.json:2: $.sources[1].no_url_reason: error: given, but the source has a url\n"
                    "source-without-url.json:3: $.sources[2].checked: error: '2026-12' is not a day (YYYY-MM-DD): "
                    "say on which day the page was checked\n",
                    3);
}

static void test_event_unknown_entity(void **state)
{
    (void)state;
    assert_rejected("event-unknown-entity.json",
                    "event-unknown-entity.json:1: $.events[0].entities[1]: error: unknown entity or country "
                    "'acme-llm'; did you mean 'acme-lm'?\n",
                    1);
}

static void test_own_organization(void **state)
{
    (void)state;
    assert_rejected("own-organization.json",
                    "own-organization.json:1: $.entities[0].organization: error: an entity cannot be its own "
                    "organization\n",
                    1);
}

static void test_unknown_team(void **state)
{
    (void)state;
    assert_rejected("unknown-team.json",
                    "unknown-team.json:1: $.contest_decisions[0].team: error: unknown contest team 'acmee'; did "
                    "you mean 'acme'?\n",
                    1);
}

static void test_decision_before_selection(void **state)
{
    (void)state;
    assert_rejected("decision-before-selection.json",
                    "decision-before-selection.json:2: $.contest_decisions[0].outcome: error: team 'beta' has "
                    "no earlier 'selected' decision\n",
                    1);
}

static void test_decision_after_elimination(void **state)
{
    (void)state;
    assert_rejected("decision-after-elimination.json",
                    "decision-after-elimination.json:1: $.contest_decisions[0].outcome: error: team 'acme' was "
                    "already eliminated\n",
                    1);
}

static void test_default_without_reason(void **state)
{
    (void)state;
    assert_rejected("default-without-reason.json",
                    "default-without-reason.json:1: $.observations[0].default_reason: error: missing: say why "
                    "this figure is shown by default\n",
                    1);
}

static void test_reason_without_default(void **state)
{
    (void)state;
    assert_rejected("reason-without-default.json",
                    "reason-without-default.json:1: $.observations[0].default_reason: error: given, but the "
                    "figure is not marked \"default\": true\n",
                    1);
}

/* A translation stands only beside the English text it translates. */
static void test_translation_without_text(void **state)
{
    (void)state;
    assert_rejected("translation-without-text.json",
                    "translation-without-text.json:2: $.observations[0].note_ja: error: given, but the record "
                    "has no note (the English text it translates)\n"
                    "translation-without-text.json:3: $.observations[1].default_reason_ko: error: given, but "
                    "the record has no default_reason (the English text it translates)\n"
                    "translation-without-text.json:6: $.contest_rules[0].note_ko: error: given, but the record "
                    "has no note (the English text it translates)\n",
                    3);
}

/* Every note and default_reason has its Korean and Japanese text; the
 * error names the keys that are missing. */
static void test_note_without_translation(void **state)
{
    (void)state;
    assert_rejected("note-without-translation.json",
                    "note-without-translation.json:2: $.observations[0]: error: note has no Korean (note_ko) or "
                    "Japanese (note_ja) text\n"
                    "note-without-translation.json:3: $.observations[1]: error: note has no Japanese (note_ja) "
                    "text\n"
                    "note-without-translation.json:4: $.observations[2]: error: default_reason has no Japanese "
                    "(default_reason_ja) text\n"
                    "note-without-translation.json:8: $.contest_rules[0]: error: note has no Korean (note_ko) "
                    "text\n",
                    4);
}

/* Every metric has its unit in Korean and Japanese (unit_ko, unit_ja);
 * a scale, where given, is thousands, millions, billions or trillions. */
static void test_metric_without_unit_translation(void **state)
{
    (void)state;
    assert_rejected("metric-without-unit-translation.json",
                    "metric-without-unit-translation.json:2: $.metrics[0].unit_ko: error: missing (required)\n"
                    "metric-without-unit-translation.json:3: $.metrics[1].unit_ko: error: missing (required)\n"
                    "metric-without-unit-translation.json:3: $.metrics[1].unit_ja: error: missing (required)\n"
                    "metric-without-unit-translation.json:4: $.metrics[2].scale: error: must be 3, 6, 9 or 12 "
                    "(the unit counts thousands, millions, billions or trillions)\n",
                    4);
}

/* Every source names its outlet as Korean and Japanese readers know it
 * (outlet_ko, outlet_ja), as a note has its translations. */
static void test_outlet_without_translation(void **state)
{
    (void)state;
    assert_rejected("outlet-without-translation.json",
                    "outlet-without-translation.json:1: $.sources[0]: error: outlet has no Korean (outlet_ko) or "
                    "Japanese (outlet_ja) text\n"
                    "outlet-without-translation.json:2: $.sources[1]: error: outlet has no Japanese (outlet_ja) "
                    "text\n"
                    "outlet-without-translation.json:3: $.sources[2]: error: outlet has no Korean (outlet_ko) "
                    "text\n",
                    3);
}

static void test_default_false(void **state)
{
    (void)state;
    assert_rejected("default-false.json",
                    "default-false.json:1: $.observations[0].default: error: write nothing rather than false: "
                    "only the default figure is flagged\n",
                    1);
}

static void test_no_default(void **state)
{
    (void)state;
    /* valid.json has JP 2022 from 'paper'; the fixture adds 'other' */
    assert_rejected("no-default.json",
                    "no-default.json:1: $.observations[0].default: error: 2 sources give patents for JP in "
                    "2022: exactly one must be marked \"default\": true, but 0 are\n",
                    1);
}

static void test_two_defaults(void **state)
{
    (void)state;
    assert_rejected("two-defaults.json",
                    "two-defaults.json:3: $.observations[1].default: error: 2 sources give patents for JP in "
                    "2023: exactly one must be marked \"default\": true, but 2 are\n",
                    1);
}

/* The same source giving the same figure twice is one mistake, reported on
 * the second record (in the order the files were given): not also as "2
 * sources" lacking a default, since there is only one source. */
static void test_duplicate_observation(void **state)
{
    (void)state;
    assert_rejected("duplicate-observation.json",
                    "duplicate-observation.json:1: $.observations[0].source: error: source 'paper' already "
                    "gives patents for JP in 2022 (valid.json:30: $.observations[2])\n",
                    1);
}

static void test_duplicate_observation_same_file(void **state)
{
    (void)state;
    assert_rejected("duplicate-observation-same-file.json",
                    "duplicate-observation-same-file.json:3: $.observations[1].source: error: source 'other' "
                    "already gives patents for JP in 2023 (duplicate-observation-same-file.json:2: "
                    "$.observations[0])\n",
                    1);
}

/* Events of one group are one happening as different sources date it. */
static void test_event_groups(void **state)
{
    (void)state;
    assert_rejected("event-group-alone.json",
                    "event-group-alone.json:2: $.events[0].group: error: group 'report-out' has no other "
                    "event (a group holds the dates that sources give for one happening)\n",
                    1);
    assert_rejected("event-group-no-default.json",
                    "event-group-no-default.json:3: $.events[1].default: error: 2 events are in group "
                    "'report-out': exactly one must be marked \"default\": true, but 0 are\n",
                    1);
    assert_rejected("event-default-without-group.json",
                    "event-default-without-group.json:2: $.events[0].default: error: only an event in a "
                    "group (of dates that sources disagree on) can be its default\n",
                    1);
}

/* Every mistake is reported, in record order, not only the first. */
static void test_several_errors(void **state)
{
    (void)state;
    assert_rejected("several-errors.json",
                    "several-errors.json:2: $.observations[0].entity: error: unknown entity or country 'XX'\n"
                    "several-errors.json:3: $.observations[1].period: error: '2023-02-30' is not an ISO 8601 "
                    "date (YYYY, YYYY-MM or YYYY-MM-DD)\n"
                    "several-errors.json:3: $.observations[1].source: error: unknown source 'nobody'\n",
                    3);
}

/* Mistakes in several files are all reported, file by file. */
static void test_errors_in_several_files(void **state)
{
    (void)state;
    run_result r = dsc("--check", "valid.json", "bad-country.json", "bad-date.json");
    assert_string_equal(r.err,
                        "bad-country.json:1: $.countries[0].alpha2: error: 'us' is not an ISO 3166-1 alpha-2 "
                        "code (two capital letters)\n"
                        "bad-date.json:1: $.observations[0].period: error: '2023-13' is not an ISO 8601 date "
                        "(YYYY, YYYY-MM or YYYY-MM-DD)\n"
                        "kaieco-dsc: 2 errors in the dataset\n");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
}

/* The file is named as it was given, with its directory. */
static void test_path_as_given(void **state)
{
    (void)state;
    run_result r = dsc("--check", "../dsc/valid.json", "../dsc/bad-date.json", NULL);
    assert_string_equal(r.err,
                        "../dsc/bad-date.json:1: $.observations[0].period: error: '2023-13' is not an ISO 8601 "
                        "date (YYYY, YYYY-MM or YYYY-MM-DD)\n"
                        "kaieco-dsc: 1 error in the dataset\n");
    assert_int_equal(r.status, 1);
    run_result_free(&r);

    r = dsc("--check", KAIECO_FIXTURES "/dsc/valid.json", KAIECO_FIXTURES "/dsc/syntax.json", NULL);
    assert_string_equal(r.err, KAIECO_FIXTURES "/dsc/syntax.json:3:16: error: string or '}' expected near ','\n"
                               "kaieco-dsc: 1 error in the dataset\n");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
}

/* ---- usage and I/O --------------------------------------------------------- */

static void test_usage(void **state)
{
    (void)state;
    const char *usage = "usage: kaieco-dsc (-o OUT.c | --check) FILE.json...\n";
    run_result r = dsc(NULL, NULL, NULL, NULL);
    assert_string_equal(r.err, usage);
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 2);
    run_result_free(&r);
    r = dsc("--check", NULL, NULL, NULL);
    assert_string_equal(r.err, usage);
    assert_int_equal(r.status, 2);
    run_result_free(&r);
    r = dsc("--chek", "valid.json", NULL, NULL);
    assert_string_equal(r.err, usage);
    assert_int_equal(r.status, 2);
    run_result_free(&r);
    r = dsc("-o", NULL, NULL, NULL);
    assert_string_equal(r.err, usage);
    assert_int_equal(r.status, 2);
    run_result_free(&r);
}

/* A file that cannot be read is an I/O error (status 2 as documented in
 * tools/dsc/main.c), named without a made-up line and column. */
static void test_missing_file(void **state)
{
    (void)state;
    run_result r = dsc("--check", "valid.json", "no-such-file.json", NULL);
    assert_non_null(strstr(r.err, "no-such-file.json"));
    assert_null(strstr(r.err, "-1"));
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 2);
    run_result_free(&r);
}

/* ---- -o OUT ------------------------------------------------------------------ */

/* Entries of a directory other than . and ..: no temporary file may be left. */
static int n_entries(const char *path)
{
    DIR *d = opendir(path);
    int n = 0;
    for (struct dirent *e; d && (e = readdir(d));)
        n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    if (d)
        closedir(d);
    return n;
}

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static void assert_contains(const char *text, const char *part)
{
    if (!strstr(text, part))
        fail_msg("missing from the generated C:\n%s", part);
}

static void test_output_written_for_valid_data(void **state)
{
    (void)state;
    char dir[] = "/tmp/kaieco-dsc-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char out[256];
    snprintf(out, sizeof out, "%s/dataset.c", dir);

    run_result r = dsc("-o", out, "valid.json", NULL);
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    assert_int_equal(n_entries(dir), 1);
    char *c = read_whole_file(out);
    assert_non_null(c);

    assert_contains(c, "#include \"kaieco/dataset.h\"\n");
    /* one string table: offset 0 is the absent string, each string once
     * (the strings in the order the sorted records use them); records hold
     * offsets, list entries and the indexes of the records they name */
    assert_contains(c,
                       "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n"
                       "static const char strings[916] =\n"
                       "    \"\\0\"\n"
                       "    \"other\\0\"\n"
                       "    \"Other Daily\\0\"\n"
                       "    \"Another view\\0\"\n");
    assert_contains(c, "    \"Reviewed every six months.\";\n");
    /* list entries: paper cites report; KR's aliases; patents' alias; the
     * event's tag and entities */
    assert_contains(c,
                       "static const ke_str str_items[7] = {\n"
                       "    {185}, {395}, {401}, {501}, {185}, {362}, {414},\n"
                       "};\n");
    /* sources sorted by id; designated initializers name each member; the
     * record's key in a comment */
    assert_contains(c,
                       "static const ke_source sources[3] = {\n"
                       "    {.id = {1}, .kind = 2 /* secondary */, .outlet = {7}, .title = {19}, .date = {{32}, KE_PREC_MONTH}, .language = {40}, .url = {43}, .no_url_reason = {0}, .checked = {{0}, 0}, .seed = {0}, .cites = {0, 0}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .outlet_ko = {65}, .outlet_ja = {82}}, /* other */\n"
                       "    {.id = {107}, .kind = 0 /* article */, .outlet = {113}, .title = {124}, .date = {{139}, KE_PREC_DAY}, .language = {150}, .url = {153}, .no_url_reason = {0}, .checked = {{0}, 0}, .seed = {179}, .cites = {0, 1}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .outlet_ko = {192}, .outlet_ja = {212}}, /* paper */\n"
                       "    {.id = {185}, .kind = 1 /* primary */, .outlet = {237}, .title = {252}, .date = {{264}, KE_PREC_YEAR}, .language = {40}, .url = {269}, .no_url_reason = {0}, .checked = {{0}, 0}, .seed = {0}, .cites = {0, 0}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .outlet_ko = {296}, .outlet_ja = {316}}, /* report */\n"
                       "};\n");
    /* countries sorted by alpha-2, names in three languages */
    assert_contains(c,
                       "static const ke_country countries[2] = {\n"
                       "    {.alpha2 = {335}, .alpha3 = {338}, .name = {{{342}, {348}, {355}}}, .aliases = {0, 0}}, /* JP */\n"
                       "    {.alpha2 = {362}, .alpha3 = {365}, .name = {{{369}, {381}, {388}}}, .aliases = {1, 2}}, /* KR */\n"
                       "};\n");
    /* an entity's source and organization as indexes too (none: KE_NO_INDEX) */
    assert_contains(c,
                       "static const ke_entity entities[2] = {\n"
                       "    {.id = {414}, .kind = 1 /* organization */, .name = {{{419}, {424}, {434}}}, .aliases = {0, 0}, .country = {362}, .organization = {0}, .role = {0}, .released = {{0}, 0}, .founded = {{0}, 0}, .source = {107}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .source_ix = 1, .organization_ix = KE_NO_INDEX}, /* acme */\n"
                       "    {.id = {444}, .kind = 3 /* model */, .name = {{{452}, {460}, {473}}}, .aliases = {0, 0}, .country = {0}, .organization = {414}, .role = {0}, .released = {{485}, KE_PREC_MONTH}, .founded = {{0}, 0}, .source = {107}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .source_ix = 1, .organization_ix = 0}, /* acme-lm */\n"
                       "};\n");
    assert_contains(c,
                       "static const ke_metric metrics[1] = {\n"
                       "    {.id = {493}, .aliases = {3, 1}, .name = {{{512}, {523}, {533}}}, .unit = {542}, .definition = {569}, .higher_is_better = 1, .unit_ko = {613}, .unit_ja = {644}, .scale = 0}, /* patents */\n"
                       "};\n");
    /* observations sorted by metric, entity, period, source; the digits
     * kept as text and as a double; the flagged one is the default, both
     * KR figures are disputed (10.26 against 10.2), JP's lone one is its
     * own default; metric, subject (countries[1] is KR) and source by index */
    assert_contains(c,
                       "static const ke_observation observations[3] = {\n"
                       "    {.metric = {493}, .entity = {335}, .period = {{680}, KE_PREC_YEAR}, .value = {{685}, 2.53}, .approx = {0}, .rank = 0, .source = {107}, .default_reason = {0}, .default_reason_ko = {0}, .default_reason_ja = {0}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .entity_kind = 0, .is_default = 1, .disputed = 0, .metric_ix = 0, .entity_ix = 0, .source_ix = 1},\n"
                       "    {.metric = {493}, .entity = {362}, .period = {{680}, KE_PREC_YEAR}, .value = {{690}, 10.2}, .approx = {0}, .rank = 0, .source = {1}, .default_reason = {0}, .default_reason_ko = {0}, .default_reason_ja = {0}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .entity_kind = 0, .is_default = 0, .disputed = 1, .metric_ix = 0, .entity_ix = 1, .source_ix = 0},\n"
                       "    {.metric = {493}, .entity = {362}, .period = {{680}, KE_PREC_YEAR}, .value = {{695}, 10.26}, .approx = {0}, .rank = 1, .source = {107}, .default_reason = {701}, .default_reason_ko = {731}, .default_reason_ja = {764}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .entity_kind = 0, .is_default = 1, .disputed = 1, .metric_ix = 0, .entity_ix = 1, .source_ix = 1},\n"
                       "};\n");
    assert_contains(c,
                       "static const ke_contest_team teams[1] = {\n"
                       "    {.id = {414}, .organization = {414}, .model = {444}, .source = {107}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .organization_ix = 0, .model_ix = 1, .source_ix = 1}, /* acme */\n"
                       "};\n");
    assert_contains(c,
                       "static const ke_contest_decision decisions[2] = {\n"
                       "    {.date = {{842}, KE_PREC_DAY}, .team = {414}, .outcome = 0 /* selected */, .reason = {853}, .source = {107}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .team_ix = 0, .source_ix = 1},\n"
                       "    {.date = {{860}, KE_PREC_DAY}, .team = {414}, .outcome = 2 /* eliminated */, .reason = {871}, .source = {107}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .team_ix = 0, .source_ix = 1},\n"
                       "};\n");
    assert_contains(c,
                       "static const ke_contest_rule rules[1] = {\n"
                       "    {.id = {882}, .text = {889}, .source = {107}, .note = {0}, .note_ko = {0}, .note_ja = {0}, .source_ix = 1}, /* review */\n"
                       "};\n");
    assert_contains(c,
                       "static const ke_dataset dataset = {\n"
                       "    .sources = sources, .n_sources = 3,\n"
                       "    .countries = countries, .n_countries = 2,\n"
                       "    .entities = entities, .n_entities = 2,\n"
                       "    .metrics = metrics, .n_metrics = 1,\n"
                       "    .observations = observations, .n_observations = 3,\n"
                       "    .events = events, .n_events = 1,\n"
                       "    .teams = teams, .n_teams = 1,\n"
                       "    .decisions = decisions, .n_decisions = 2,\n"
                       "    .rules = rules, .n_rules = 1,\n"
                       "    .listings = NULL, .n_listings = 0,\n"
                       "    .strings = strings, .strings_len = 916,\n"
                       "    .str_items = str_items, .n_str_items = 7,\n"
                       "};\n");
    assert_contains(c, "const ke_dataset *ke_builtin_dataset(void)\n{\n    return &dataset;\n}\n");
    free(c);

    /* the same input gives the same bytes */
    char again[256];
    snprintf(again, sizeof again, "%s/again.c", dir);
    r = dsc("-o", again, "valid.json", NULL);
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    char *a = read_whole_file(out), *b = read_whole_file(again);
    assert_string_equal(a, b);
    free(a);
    free(b);
    remove(again);
    remove(out);
    rmdir(dir);
}

static void test_no_output_for_invalid_data(void **state)
{
    (void)state;
    char dir[] = "/tmp/kaieco-dsc-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char out[256];
    snprintf(out, sizeof out, "%s/dataset.c", dir);

    run_result r = dsc("-o", out, "valid.json", "bad-date.json");
    assert_string_equal(r.err,
                        "bad-date.json:1: $.observations[0].period: error: '2023-13' is not an ISO 8601 date "
                        "(YYYY, YYYY-MM or YYYY-MM-DD)\n"
                        "kaieco-dsc: 1 error in the dataset\n");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
    assert_false(exists(out));
    assert_int_equal(n_entries(dir), 0);

    /* an earlier OUT is left as it was */
    FILE *f = fopen(out, "w");
    assert_non_null(f);
    fputs("/* earlier */\n", f);
    fclose(f);
    r = dsc("-o", out, "valid.json", "syntax.json");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
    char *c = read_whole_file(out);
    assert_string_equal(c, "/* earlier */\n");
    free(c);
    assert_int_equal(n_entries(dir), 1);
    remove(out);
    rmdir(dir);
}

/* An empty dataset alone: "{}" is valid (and compiles under the
 * sanitizers: no qsort of NULL), an empty file is not. */
static void test_empty_inputs_alone(void **state)
{
    (void)state;
    char dir[] = "/tmp/kaieco-dsc-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char out[256];
    snprintf(out, sizeof out, "%s/dataset.c", dir);
    run_result r = dsc("-o", out, "empty-object.json", NULL);
    assert_string_equal(r.err, "");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    char *c = read_whole_file(out);
    assert_contains(c, "static const ke_dataset dataset = {\n    .sources = NULL, .n_sources = 0,\n");
    free(c);
    remove(out);
    rmdir(dir);
    assert_rejected("empty-file.json", "empty-file.json: error: the file is empty (a dataset file is a JSON "
                                       "object whose keys are record kinds)\n", 1);
}

/* A directory or a path that does not exist is an I/O error (status 2). */
static void test_paths_are_io_errors(void **state)
{
    (void)state;
    run_result r = dsc("--check", "valid.json", "..", NULL); /* fixtures/: folders, no *.json */
    assert_string_equal(r.err, "..: error: no *.json files in this directory\n");
    assert_int_equal(r.status, 2);
    run_result_free(&r);
    r = dsc("--check", "valid.json", "../../CMakeLists.txt/", NULL);
    assert_string_equal(r.err, "../../CMakeLists.txt/: error: cannot read: Not a directory\n");
    assert_int_equal(r.status, 2);
    run_result_free(&r);
}

/* Several runs writing the same OUT at once each use their own temporary
 * file (mkstemp) and all succeed; a link planted where a fixed temporary
 * name would be is not followed. */
static void test_concurrent_runs_and_planted_link(void **state)
{
    (void)state;
    char dir[] = "/tmp/kaieco-dsc-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char out[256], link[270], victim[256];
    snprintf(out, sizeof out, "%s/dataset.c", dir);
    snprintf(link, sizeof link, "%s.tmp", out);
    snprintf(victim, sizeof victim, "%s/victim", dir);
    FILE *f = fopen(victim, "w");
    fputs("untouched\n", f);
    fclose(f);
    assert_int_equal(symlink(victim, link), 0);
    enum { RUNS = 12 };
    pid_t pids[RUNS];
    for (int i = 0; i < RUNS; i++) {
        pids[i] = fork();
        if (pids[i] == 0) {
            int null_fd = open("/dev/null", O_WRONLY);
            dup2(null_fd, 2);
            execl(KAIECO_DSC, KAIECO_DSC, "-o", out, "valid.json", (char *)NULL);
            _exit(127);
        }
    }
    int failed = 0;
    for (int i = 0; i < RUNS; i++) {
        int st = 0;
        waitpid(pids[i], &st, 0);
        failed += !(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    }
    assert_int_equal(failed, 0);
    char *c = read_whole_file(out), *v = read_whole_file(victim);
    assert_contains(c, "const ke_dataset *ke_builtin_dataset(void)\n{\n    return &dataset;\n}\n");
    assert_string_equal(v, "untouched\n");
    free(c);
    free(v);
    assert_int_equal(n_entries(dir), 3); /* dataset.c, the link, the victim: no temporary left */
    remove(out);
    remove(link);
    remove(victim);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid),
        cmocka_unit_test(test_syntax),
        cmocka_unit_test(test_unknown_kind),
        cmocka_unit_test(test_unknown_field),
        cmocka_unit_test(test_missing_name),
        cmocka_unit_test(test_missing_source),
        cmocka_unit_test(test_bad_country),
        cmocka_unit_test(test_bad_date),
        cmocka_unit_test(test_bad_value),
        cmocka_unit_test(test_value_not_string),
        cmocka_unit_test(test_bad_rank),
        cmocka_unit_test(test_bad_kind),
        cmocka_unit_test(test_unknown_language),
        cmocka_unit_test(test_source_unknown_field),
        cmocka_unit_test(test_article_without_seed),
        cmocka_unit_test(test_not_object),
        cmocka_unit_test(test_kind_not_array),
        cmocka_unit_test(test_duplicate_id),
        cmocka_unit_test(test_duplicate_alpha3),
        cmocka_unit_test(test_alias_clash),
        cmocka_unit_test(test_unknown_metric),
        cmocka_unit_test(test_unknown_entity),
        cmocka_unit_test(test_unknown_cites),
        cmocka_unit_test(test_cites_itself),
        cmocka_unit_test(test_source_without_url),
        cmocka_unit_test(test_event_unknown_entity),
        cmocka_unit_test(test_own_organization),
        cmocka_unit_test(test_unknown_team),
        cmocka_unit_test(test_decision_before_selection),
        cmocka_unit_test(test_decision_after_elimination),
        cmocka_unit_test(test_default_without_reason),
        cmocka_unit_test(test_reason_without_default),
        cmocka_unit_test(test_translation_without_text),
        cmocka_unit_test(test_note_without_translation),
        cmocka_unit_test(test_metric_without_unit_translation),
        cmocka_unit_test(test_outlet_without_translation),
        cmocka_unit_test(test_default_false),
        cmocka_unit_test(test_no_default),
        cmocka_unit_test(test_two_defaults),
        cmocka_unit_test(test_duplicate_observation),
        cmocka_unit_test(test_duplicate_observation_same_file),
        cmocka_unit_test(test_event_groups),
        cmocka_unit_test(test_several_errors),
        cmocka_unit_test(test_errors_in_several_files),
        cmocka_unit_test(test_path_as_given),
        cmocka_unit_test(test_usage),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_output_written_for_valid_data),
        cmocka_unit_test(test_no_output_for_invalid_data),
        cmocka_unit_test(test_empty_inputs_alone),
        cmocka_unit_test(test_paths_are_io_errors),
        cmocka_unit_test(test_concurrent_runs_and_planted_link),
    };
    return cmocka_run_group_tests(tests, enter_fixtures, NULL);
}
