/* Epoch AI's Notable AI Models (issue 18): the RFC 4180 reader on awkward
 * hand-made CSVs, kaieco-epoch-import on small files and on the whole
 * snapshot (it must reproduce dataset/epoch-*.json byte for byte), counts
 * computed from the list checked against a count made here from the CSV
 * itself, and the models behind them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "csv.h"
#include "kaieco/query.h"
#include "support.h"

#define SNAPSHOT_ID "epoch-2026-07"

/* ---- the CSV reader ------------------------------------------------------------ */

typedef struct parsed {
    csv_row rows[8];
    size_t n;
    int rc;       /* of the last csv_next: 0 end, -1 error */
    char err[256];
} parsed;

static void parse(const char *text, parsed *p)
{
    csv_reader r;
    memset(p, 0, sizeof *p);
    csv_init(&r, text, strlen(text));
    while (p->n < 8 && (p->rc = csv_next(&r, &p->rows[p->n], p->err, sizeof p->err)) == 1)
        p->n++;
}

static void parsed_free(parsed *p)
{
    for (size_t i = 0; i < p->n; i++)
        csv_row_free(&p->rows[i]);
}

static void csv_quoted_newlines_doubled_quotes_and_empty_fields(void **state)
{
    (void)state;
    parsed p;
    parse("Model,Organization,Parameters\r\n"
          "\"Solar Open 100B\n\",Upstage,102000000000.0\r\n"
          "\"A \"\"quoted\"\" name\",\"NVIDIA,Google\",\n"
          ",,\n",
          &p);
    assert_int_equal(p.rc, 0);
    assert_int_equal(p.n, 4);
    assert_int_equal(p.rows[1].n, 3);
    assert_string_equal(p.rows[1].fields[0], "Solar Open 100B\n");
    assert_int_equal(p.rows[1].line, 2);
    assert_string_equal(p.rows[2].fields[0], "A \"quoted\" name");
    assert_string_equal(p.rows[2].fields[1], "NVIDIA,Google");
    assert_string_equal(p.rows[2].fields[2], "");
    assert_int_equal(p.rows[2].line, 4); /* the quoted newline counts */
    assert_int_equal(p.rows[3].n, 3);
    for (int i = 0; i < 3; i++)
        assert_string_equal(p.rows[3].fields[i], "");
    parsed_free(&p);

    /* no final line break; a field that is only "" is empty */
    parse("a,\"\",\"x\ny\nz\"", &p);
    assert_int_equal(p.n, 1);
    assert_string_equal(p.rows[0].fields[1], "");
    assert_string_equal(p.rows[0].fields[2], "x\ny\nz");
    parsed_free(&p);
}

static void csv_errors_name_the_line(void **state)
{
    (void)state;
    parsed p;
    parse("a,b\n1,\"open\nstill open", &p);
    assert_int_equal(p.rc, -1);
    assert_string_equal(p.err, "line 2: the quoted field opened here has no closing quote");
    parsed_free(&p);

    parse("a,b\n1,2\n3,\"x\"y\n", &p);
    assert_int_equal(p.rc, -1);
    assert_int_equal(p.n, 2);
    assert_string_equal(p.err, "line 3: 'y' after the closing quote of a field (a quote inside a "
                               "quoted field is written twice: \"\")");
    parsed_free(&p);

    parse("a,b\n1,x\"y\n", &p);
    assert_int_equal(p.rc, -1);
    assert_string_equal(p.err, "line 2: a quote inside a field that does not start with one (quote the "
                               "whole field and double the quote)");
    parsed_free(&p);
}

/* ---- the importer on small files ---------------------------------------------- */

static const char header[] =
    "Model,Organization,Publication date,Domain,Task,Parameters,Parameters notes,"
    "Training compute (FLOP),Training compute notes,Link,Country (of organization),"
    "Notability criteria,Base model,Model accessibility\n";

static char tmpdir[256];

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* Runs the importer on `csv` (after the header) with the project's maps
 * and the dataset's other files, writing into a temporary folder. */
static run_result import_small(const char *csv)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/kaieco-epoch-XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    char path[512], out[512];
    snprintf(path, sizeof path, "%s/in.csv", tmpdir);
    char *text = malloc(strlen(header) + strlen(csv) + 1);
    strcpy(text, header);
    strcat(text, csv);
    write_text(path, text);
    free(text);
    snprintf(out, sizeof out, "%s", tmpdir);
    const char *argv[] = {KAIECO_EPOCH_IMPORT, "--maps", KAIECO_SOURCE_DIR "/tools/epoch", "--dataset",
                          KAIECO_SOURCE_DIR "/dataset", "-o", out, path, NULL};
    return run_program(argv, NULL);
}

static char *out_file(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    return read_whole_file(path);
}

static void clean_tmp(void)
{
    const char *names[] = {"in.csv", "epoch-models.json", "epoch-organizations.json", "epoch-countries.json"};
    char path[512];
    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", tmpdir, names[i]);
        unlink(path);
    }
    rmdir(tmpdir);
}

static void assert_has(const char *text, const char *part)
{
    if (!text || !strstr(text, part))
        fail_msg("missing:\n%s\nin:\n%s", part, text ? text : "(null)");
}

static void import_awkward_rows(void **state)
{
    (void)state;
    run_result r = import_small(
        /* a quoted newline in the name, several organizations (one with a
         * comma and a space in its name), a country the dataset lacks */
        "\"Test Model\n\",\"Seoul National University,NERSC, Lawrence Berkeley National Laboratory\","
        "2025-03-04,\"Language,Vision\",Chat,1.5e+21,\"1.5e21,\n\"\"about\"\"\",,,https://example.org/m,"
        "\"Korea (Republic of),Croatia\",SOTA improvement,,Open weights (unrestricted)\n"
        /* empty numbers, no organization, a Multinational country, no date */
        "Plain,,,,,,,,,,Multinational,,,\n"
        /* an existing model and organization, with a figure the dataset has */
        "K-EXAONE,LG AI Research,2025-12-31,Language,Chat,236000000000.0,236B,1.52e+24,,,"
        "Korea (Republic of),Training cost,,API access\n"
        /* a float artefact of the export: not entered, not rounded */
        "Odd,Croatia Lab,2024-01-02,Vision,,256999999.99999997,,,,,Croatia,,,\n");
    assert_string_equal(r.err, "kaieco-epoch-import: 4 models (3 new), 3 new organizations, 1 new countries, "
                               "2 figures (1 left out)\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    char *models = out_file("epoch-models.json"), *orgs = out_file("epoch-organizations.json"),
         *countries = out_file("epoch-countries.json");
    assert_has(models, "{\"id\": \"test-model\", \"kind\": \"model\", \"name\": {\"en\": \"Test Model\"}, "
                       "\"source\": \"" SNAPSHOT_ID "\"}");
    assert_has(models, "{\"model\": \"test-model\", \"source\": \"" SNAPSHOT_ID "\", \"name\": \"Test Model\", "
                       "\"published\": \"2025-03-04\", \"organizations\": [\"seoul-national-university\", "
                       "\"nersc-lawrence-berkeley-national-laboratory\"], \"countries\": [\"KR\", \"HR\"], "
                       "\"domain\": [\"Language\", \"Vision\"], \"task\": [\"Chat\"], \"notability\": "
                       "[\"SOTA improvement\"], \"accessibility\": \"Open weights (unrestricted)\", \"link\": "
                       "\"https://example.org/m\"}");
    /* 1.5e+21 written out, digits unchanged, under the month of publication */
    assert_has(models, "{\"metric\": \"parameters\", \"entity\": \"test-model\", \"period\": \"2025-03\", "
                       "\"value\": \"1500000000000000000000\", \"source\": \"" SNAPSHOT_ID "\", \"note\": "
                       "\"The list prints 1.5e+21. Its note: 1.5e21, \\\"about\\\"\", \"note_ko\": \"목록 표기: 1.5e+21. "
                       "목록의 주석(원문): 1.5e21, \\\"about\\\"\", \"note_ja\": \"リストの表記: 1.5e+21。リストの注記（原文）: "
                       "1.5e21, \\\"about\\\"\"}");
    assert_has(models, "{\"model\": \"plain\", \"source\": \"" SNAPSHOT_ID "\", \"name\": \"Plain\", "
                       "\"countries\": [\"Multinational\"], \"note\": \"The list names 0 organizations and 1 "
                       "country, which do not pair up; the countries are kept as it names them.\", \"note_ko\": \"목록이 "
                       "기관 0곳과 국가 1곳을 적어 서로 짝이 맞지 않는다. 국가는 목록에 적힌 대로 둔다.\", \"note_ja\": "
                       "\"リストは組織0件と国1件を挙げており、対応が取れない。国はリストの記載どおりに残す。\"}");
    /* the existing model: a listing of it, no new entity, the same figure
     * not entered twice; its training compute is new */
    assert_null(strstr(models, "\"id\": \"k-exaone\""));
    assert_has(models, "the figure the dataset has for 2025-12 from sportschosun-2025-12-30; it is not "
                       "entered twice.\", \"note_ko\": \"목록이 적은 파라미터 수(236000000000)는 "
                       "sportschosun-2025-12-30에 따른 2025-12 수치로 데이터셋에 이미 있어 두 번 넣지 않는다.\", "
                       "\"note_ja\": \"リストのパラメーター数（236000000000）は、sportschosun-2025-12-30による2025-12の数値"
                       "としてデータセットに既にあるため、二重には入れない。\"}");
    /* training compute in petaFLOP: the point moved 15 places, digits kept */
    assert_has(models, "{\"metric\": \"training-compute\", \"entity\": \"k-exaone\", \"period\": \"2025-12\", "
                       "\"value\": \"1520000000\", \"source\": \"" SNAPSHOT_ID "\", \"note\": \"The list prints "
                       "1.52e+24 FLOP.\", \"note_ko\": \"목록 표기: 1.52e+24 FLOP.\", \"note_ja\": \"リストの表記: "
                       "1.52e+24 FLOP。\"}");
    assert_has(models, "The list's parameter count, 256999999.99999997, is not entered as a figure (more "
                       "digits than can be kept exactly, and it is not rounded).\", \"note_ko\": \"목록이 적은 파라미터 "
                       "수(256999999.99999997)는 수치로 넣지 않는다(정확히 담을 수 있는 자릿수보다 길며, 반올림하지 "
                       "않는다).\", \"note_ja\": \"リストのパラメーター数（256999999.99999997）は数値として入れていない（正確に"
                       "保持できる桁数を超えており、丸めない）。\"}");
    assert_null(strstr(orgs, "lg-ai-research"));
    assert_has(orgs, "{\"id\": \"croatia-lab\", \"kind\": \"organization\", \"name\": {\"en\": \"Croatia Lab\"}, "
                     "\"source\": \"" SNAPSHOT_ID "\"}");
    assert_string_equal(countries, "{\n  \"countries\": [\n    {\"alpha2\": \"HR\", \"alpha3\": \"HRV\", \"name\": "
                                   "{\"en\": \"Croatia\", \"ko\": \"크로아티아\", \"ja\": \"クロアチア\"}}\n  ]\n}\n");
    free(models);
    free(orgs);
    free(countries);

    /* the files load with the dataset's others, through the shared validator */
    const char *argv[64] = {KAIECO_DSC, "--check"};
    size_t n = 2;
    char paths[3][512];
    DIR *d = opendir(KAIECO_SOURCE_DIR "/dataset");
    assert_non_null(d);
    char *names[48];
    size_t n_names = 0;
    for (struct dirent *e; (e = readdir(d)) && n_names < 48;)
        if (strstr(e->d_name, ".json") && strncmp(e->d_name, "epoch-", 6) != 0) {
            names[n_names] = malloc(strlen(KAIECO_SOURCE_DIR) + strlen(e->d_name) + 10);
            sprintf(names[n_names], "%s/dataset/%s", KAIECO_SOURCE_DIR, e->d_name);
            argv[n++] = names[n_names++];
        }
    closedir(d);
    static const char *const outs[] = {"epoch-countries.json", "epoch-models.json", "epoch-organizations.json"};
    for (size_t i = 0; i < 3; i++) {
        snprintf(paths[i], sizeof paths[i], "%s/%s", tmpdir, outs[i]);
        argv[n++] = paths[i];
    }
    argv[n] = NULL;
    run_result c = run_program(argv, NULL);
    assert_string_equal(c.err, "");
    assert_int_equal(c.status, 0);
    run_result_free(&c);
    for (size_t i = 0; i < n_names; i++)
        free(names[i]);
    clean_tmp();
}

static void import_bad_date_names_its_line(void **state)
{
    (void)state;
    run_result r = import_small("Good,,2025-01-02,,,,,,,,,,,\n"
                                "\"Two\nlines\",,2025-02-30,,,,,,,,,,,\n");
    assert_string_equal(r.err, "kaieco-epoch-import: line 3: publication date '2025-02-30' of model "
                               "'Two\nlines' is not an ISO 8601 date (YYYY-MM-DD)\n");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
    /* nothing written */
    char *models = out_file("epoch-models.json");
    assert_null(models);
    clean_tmp();

    r = import_small("X,,2025-01-02,,,,,,,,Atlantis,,,\n");
    assert_string_equal(r.err, "kaieco-epoch-import: line 2: country 'Atlantis' is not in countries.tsv\n");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
    clean_tmp();

    /* a new organization named like one of the dataset's: decided in
     * organizations.tsv, never guessed */
    r = import_small("X,Naver Cloud,2025-01-02,,,,,,,,,,,\n");
    assert_string_equal(r.err, "kaieco-epoch-import: line 2: organization 'Naver Cloud' (id 'naver-cloud') would be "
                               "named like the dataset's 'naver-cloud'; say in organizations.tsv whether it is the "
                               "same organization, or give it an id of its own\n");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
    clean_tmp();

    r = import_small("X,,2025-01-02,,,\"1,000\",,,,,,,,\n");
    assert_string_equal(r.err, "kaieco-epoch-import: line 2: parameter count '1,000' is not a number\n");
    assert_int_equal(r.status, 1);
    run_result_free(&r);
    clean_tmp();

    r = import_small("X,\"unclosed\n");
    char want[600];
    snprintf(want, sizeof want, "kaieco-epoch-import: %s/in.csv: line 2: the quoted field opened here has no "
             "closing quote\n", tmpdir);
    assert_string_equal(r.err, want);
    assert_int_equal(r.status, 1);
    run_result_free(&r);
    clean_tmp();
}

/* ---- what the validator checks of listings ---------------------------------- */

static void listings_are_validated(void **state)
{
    (void)state;
    const char *argv[] = {KAIECO_DSC, "--check", "bad-listings.json", NULL};
    assert_int_equal(chdir(KAIECO_SOURCE_DIR "/tests/fixtures/epoch"), 0);
    run_result r = run_program(argv, NULL);
    assert_int_equal(chdir(KAIECO_SOURCE_DIR), 0);
    const char *only_en = "(only a model or organization that a list of models names may have its English name alone)";
    char want[4096];
    snprintf(want, sizeof want,
             "bad-listings.json:10: $.entities[1].name: error: missing the 'ko' name %s\n"
             "bad-listings.json:10: $.entities[1].name: error: missing the 'ja' name %s\n"
             "bad-listings.json:15: $.listings[1].source: error: source 'list' already lists model 'model-a'\n"
             "bad-listings.json:16: $.listings[2].model: error: unknown entity 'ghost'\n"
             "bad-listings.json:17: $.listings[3].model: error: 'lab' is an entity of kind organization, not a model\n"
             "bad-listings.json:18: $.listings[4].source: error: unknown source 'nowhere'\n"
             "bad-listings.json:18: $.listings[4].organizations[0]: error: 'model-a' is an entity of kind model, "
             "not an organization\n"
             "bad-listings.json:18: $.listings[4].countries[1]: error: unknown country 'XX'\n"
             "bad-listings.json:18: $.listings[4].countries[2]: error: 'KR' is already listed: a country is named "
             "once\n"
             "kaieco-dsc: 9 errors in the dataset\n",
             only_en, only_en);
    assert_string_equal(r.err, want);
    assert_int_equal(r.status, 1);
    run_result_free(&r);
}

/* ---- the whole snapshot ---------------------------------------------------------- */

static int snapshot_present(void)
{
    struct stat st;
    if (stat(KAIECO_EPOCH_CSV, &st) == 0)
        return 1;
    if (getenv("KAIECO_TEST_REQUIRE_TOOLS") && *getenv("KAIECO_TEST_REQUIRE_TOOLS"))
        fail_msg("%s is missing (KAIECO_TEST_REQUIRE_TOOLS is set; CI has it)", KAIECO_EPOCH_CSV);
    fprintf(stderr, "skipped: %s is missing (set KAIECO_EPOCH_CSV)\n", KAIECO_EPOCH_CSV);
    return 0;
}

static void snapshot_import_reproduces_the_dataset_files(void **state)
{
    (void)state;
    if (!snapshot_present())
        skip();
    snprintf(tmpdir, sizeof tmpdir, "/tmp/kaieco-epoch-XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    const char *argv[] = {KAIECO_EPOCH_IMPORT, "--maps", KAIECO_SOURCE_DIR "/tools/epoch", "--dataset",
                          KAIECO_SOURCE_DIR "/dataset", "-o", tmpdir, KAIECO_EPOCH_CSV, NULL};
    run_result r = run_program(argv, NULL);
    assert_string_equal(r.err, "kaieco-epoch-import: 1036 models (1028 new), 353 new organizations, "
                               "13 new countries, 1206 figures (29 left out)\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    const char *names[] = {"epoch-models.json", "epoch-organizations.json", "epoch-countries.json"};
    for (size_t i = 0; i < 3; i++) {
        char committed[512];
        snprintf(committed, sizeof committed, "%s/dataset/%s", KAIECO_SOURCE_DIR, names[i]);
        char *want = read_whole_file(committed), *got = out_file(names[i]);
        assert_non_null(want);
        assert_non_null(got);
        if (strcmp(want, got) != 0)
            fail_msg("dataset/%s is not what kaieco-epoch-import writes: run "
                     "'cmake --build build --target epoch-import' and read the diff", names[i]);
        free(want);
        free(got);
    }
    clean_tmp();
}

/* Counts of models published in `year` per country, made here from the CSV
 * with the rule of the note: once per distinct country of the row. */
static long count_from_csv(const char *text, const char *country_name, const char *year)
{
    csv_reader r;
    csv_row row;
    char err[256];
    long n = 0;
    int date_col = -1, country_col = -1;
    csv_init(&r, text, strlen(text));
    assert_int_equal(csv_next(&r, &row, err, sizeof err), 1);
    for (size_t j = 0; j < row.n; j++) {
        if (strcmp(row.fields[j], "Publication date") == 0)
            date_col = (int)j;
        if (strcmp(row.fields[j], "Country (of organization)") == 0)
            country_col = (int)j;
    }
    csv_row_free(&row);
    while (csv_next(&r, &row, err, sizeof err) == 1) {
        if (strncmp(row.fields[date_col], year, 4) == 0) {
            /* the country's name as a whole comma-separated item */
            const char *c = row.fields[country_col];
            size_t len = strlen(country_name);
            for (const char *p = strstr(c, country_name); p; p = strstr(p + 1, country_name))
                if ((p == c || p[-1] == ',') && (p[len] == ',' || !p[len])) {
                    n++;
                    break;
                }
        }
        csv_row_free(&row);
    }
    return n;
}

static long computed(const ke_table *t, const char *key)
{
    int k = ke_table_col(t, "key"), m = ke_table_col(t, "models");
    for (size_t i = 0; i < t->n_rows; i++)
        if (strcmp(ke_table_cell(t, i, (size_t)k)->text, key) == 0)
            return atol(ke_table_cell(t, i, (size_t)m)->text);
    return 0;
}

static void counts_match_a_count_made_from_the_csv(void **state)
{
    (void)state;
    if (!snapshot_present())
        skip();
    char *csv = read_whole_file(KAIECO_EPOCH_CSV);
    assert_non_null(csv);
    static const struct {
        const char *year, *code, *name;
        long want;
    } pairs[] = {
        {"2025", "US", "United States of America", 60}, {"2025", "CN", "China", 35},
        {"2025", "KR", "Korea (Republic of)", 8},       {"2023", "US", "United States of America", 86},
        {"2023", "CN", "China", 23},                    {"2023", "GB", "United Kingdom of Great Britain and Northern Ireland", 6},
        {"2021", "KR", "Korea (Republic of)", 3},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        ke_error err = {0};
        ke_models_filter f = {.year = atoi(pairs[i].year)};
        ke_table *t = ke_query_model_counts(ke_builtin_dataset(), &f, "country", KE_LANG_EN, &err);
        assert_non_null(t);
        long here = count_from_csv(csv, pairs[i].name, pairs[i].year);
        if (here != pairs[i].want || computed(t, pairs[i].code) != here)
            fail_msg("%s %s: the CSV gives %ld, kaieco %ld, expected %ld", pairs[i].code, pairs[i].year, here,
                     computed(t, pairs[i].code), pairs[i].want);
        ke_table_free(t);
    }
    free(csv);
}

/* ---- the models behind the counts (always: the dataset is built in) ----------- */

static void count_by_country_is_labelled_computed_beside_the_report(void **state)
{
    (void)state;
    const char *argv[] = {KAIECO_BIN, "models", "--count-by", "country", "--year", "2023", "--top", "3", "--csv",
                          NULL};
    run_result r = run_program(argv, NULL);
    assert_string_equal(r.out, "key,name,models,kind,source,stated,stated_source\n"
                               "US,United States,86,computed," SNAPSHOT_ID ",61,kyunghyang-2024-04-17\n"
                               "CN,China,23,computed," SNAPSHOT_ID ",15,kyunghyang-2024-04-17\n"
                               "GB,United Kingdom,6,computed," SNAPSHOT_ID ",,\n");
    assert_has(r.err, "kaieco: note: counts computed from the list, not figures a report printed (listed "
                      "models matching: 119): a model counts once for each distinct country among its "
                      "organizations");
    assert_has(r.err, "kaieco: note: US in 2023: 61 stated by kyunghyang-2024-04-17 (published 2024-04-17), a "
                      "count of the list as it stood then; 86 computed here from " SNAPSHOT_ID ", the list as "
                      "of 2026-07: the two counts are of the list at different dates, and neither replaces the "
                      "other\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);

    /* the notes are for people: in the message language; the values but
     * the names are the same bytes in every language */
    const char *ko[] = {KAIECO_BIN, "models", "--count-by", "country", "--year", "2023", "--top", "3", "--csv",
                        "--lang", "ko", NULL};
    r = run_program(ko, NULL);
    assert_string_equal(r.out, "key,name,models,kind,source,stated,stated_source\n"
                               "US,미국,86,computed," SNAPSHOT_ID ",61,kyunghyang-2024-04-17\n"
                               "CN,중국,23,computed," SNAPSHOT_ID ",15,kyunghyang-2024-04-17\n"
                               "GB,영국,6,computed," SNAPSHOT_ID ",,\n");
    assert_has(r.err, "kaieco: 참고: 보고서가 밝힌 수치가 아니라 목록에서 계산한 수입니다(조건에 맞는 목록 모델: 119개)");
    assert_has(r.err, "US, 2023년: 61: kyunghyang-2024-04-17(발행 2024-04-17)가 밝힌 수로");
    run_result_free(&r);

    /* the counting rule on a model of several countries: ProtBERT-BFD
     * (Germany, US, Korea, US, US, China in the list) counts once for each
     * of four, in 2021 */
    const ke_dataset *ds = ke_builtin_dataset();
    const ke_listing *li = NULL;
    for (size_t i = 0; i < ds->n_listings; i++)
        if (strcmp(ke_s(ds, ds->listings[i].model), "protbert-bfd") == 0)
            li = &ds->listings[i];
    assert_non_null(li);
    assert_int_equal(li->countries.n, 4);
    static const char *const four[] = {"DE", "US", "KR", "CN"};
    for (size_t i = 0; i < 4; i++)
        assert_string_equal(ke_item(ds, li->countries, i), four[i]);
    ke_error err = {0};
    ke_models_filter f = {.year = 2021, .domain = "biology", .organization = "seoul-national-university"};
    ke_table *t = ke_query_model_counts(ds, &f, "country", KE_LANG_EN, &err);
    assert_non_null(t);
    assert_int_equal(t->n_rows, 4); /* ProtBERT-BFD and ProtT5-XL-U50: DE, US, KR, CN once each */
    assert_int_equal(computed(t, "KR"), 2);
    assert_int_equal(computed(t, "US"), 2);
    ke_table_free(t);
}

static void count_by_bad_words_are_usage_errors(void **state)
{
    (void)state;
    struct {
        const char *args[6];
        const char *err;
    } cases[] = {
        {{"--count-by", "contry"}, "kaieco: unknown --count-by 'contry'; did you mean 'country'? (expected country, organization or year)\n"},
        {{"--domain", "langage"}, "kaieco: unknown domain 'langage'; did you mean 'Language'?\n"},
        {{"--top", "3"}, "kaieco: --top keeps the largest counts of --count-by; without it, use --limit\n"},
        {{"--year", "25"}, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *argv[] = {KAIECO_BIN, "models", cases[i].args[0], cases[i].args[1], NULL};
        run_result r = run_program(argv, NULL);
        assert_int_equal(r.status, 2);
        assert_string_equal(r.out, "");
        if (cases[i].err)
            assert_string_equal(r.err, cases[i].err);
        run_result_free(&r);
    }
}

static void korean_models_of_the_snapshot(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    size_t n = 0;
    for (size_t i = 0; i < ds->n_listings; i++)
        for (size_t j = 0; j < ds->listings[i].countries.n; j++)
            n += strcmp(ke_item(ds, ds->listings[i].countries, j), "KR") == 0;
    assert_int_equal(n, 24);

    const char *argv[] = {KAIECO_BIN, "models", "--country", "KR", "--year", "2025", "--csv", "--fields",
                          "id,listed_in,source", NULL};
    run_result r = run_program(argv, NULL);
    assert_string_equal(r.out, "id,listed_in,source\n"
                               "a-x-k1," SNAPSHOT_ID ",bloomberg-ja-2026-01\n"
                               "exaone-4-0-32b," SNAPSHOT_ID "," SNAPSHOT_ID "\n"
                               "exaone-deep-32b," SNAPSHOT_ID "," SNAPSHOT_ID "\n"
                               "exaone-path-2-0," SNAPSHOT_ID "," SNAPSHOT_ID "\n"
                               "hyperclova-x-seed-32b-think," SNAPSHOT_ID ",fetv-2025-12\n"
                               "k-exaone," SNAPSHOT_ID ",bloomberg-ja-2026-01\n"
                               "solar-open-100b," SNAPSHOT_ID ",segye-2025-12-31\n"
                               "vaetki," SNAPSHOT_ID ",segye-2025-12-31\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);

    /* every Korean model of the list, and the dataset's own ones beside */
    const char *all[] = {KAIECO_BIN, "models", "--country", "KR", "--csv", "--fields", "listed_in", NULL};
    r = run_program(all, NULL);
    size_t listed = 0, others = 0;
    for (char *line = r.out + strlen("listed_in\n"), *nl; (nl = strchr(line, '\n')); line = nl + 1) {
        *nl = '\0';
        strcmp(line, SNAPSHOT_ID) == 0 ? listed++ : others++;
    }
    assert_int_equal(listed, 24);
    assert_true(others >= 6); /* EXAONE 2.0, HyperCLOVA X, Solar Open, ... from the articles */
    run_result_free(&r);
}

static void contest_models_are_single_records_with_both_sources(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    static const char *const ids[] = {"k-exaone", "a-x-k1", "solar-open-100b", "vaetki",
                                      "hyperclova-x-seed-32b-think"};
    for (size_t i = 0; i < 5; i++) {
        const ke_entity *e = ke_entity_find(ds, ids[i]);
        assert_non_null(e);
        size_t entities = 0, listings = 0;
        for (size_t j = 0; j < ds->n_entities; j++)
            entities += strcmp(ke_s(ds, ds->entities[j].name.s[KE_LANG_EN]), ke_s(ds, e->name.s[KE_LANG_EN])) == 0;
        for (size_t j = 0; j < ds->n_listings; j++)
            listings += strcmp(ke_s(ds, ds->listings[j].model), ids[i]) == 0;
        if (entities != 1 || listings != 1 || strcmp(ke_s(ds, e->source), SNAPSHOT_ID) == 0)
            fail_msg("%s: %zu entities of its name, %zu listings, source %s", ids[i], entities, listings,
                     ke_s(ds, e->source));
    }
    /* where they disagree, a dispute: Solar Open 100B's size */
    const char *argv[] = {KAIECO_BIN, "disputes", "--csv", "--fields",
                          "metric,entity,period,value_default,source_default,value_other,source_other,agrees",
                          "--where", "entity=solar-open-100b", NULL};
    run_result r = run_program(argv, NULL);
    assert_string_equal(r.out, "metric,entity,period,value_default,source_default,value_other,source_other,agrees\n"
                               "parameters,solar-open-100b,2025-12,102000000000," SNAPSHOT_ID
                               ",100000000000,segye-2025-12-31,false\n");
    run_result_free(&r);

    /* the report's printed counts beside the snapshot's, with the reason
     * (the AI Index 2024's, as article 003 printed them; later reports'
     * figures add rows of their own) */
    const char *counts[] = {KAIECO_BIN, "disputes", "--csv", "--fields",
                            "metric,entity,period,value_default,source_default,value_other,source_other,why",
                            "--where", "metric=notable-models", NULL};
    r = run_program(counts, NULL);
    static const char *const rows[][3] = {{"CN", "15", "23"}, {"FR", "8", "5"}, {"US", "61", "86"}};
    for (size_t i = 0; i < 3; i++) {
        char line[1024];
        snprintf(line, sizeof line, "notable-models,%s,2023,%s,kyunghyang-2024-04-17,%s," SNAPSHOT_ID ",\"%s stated "
                 "by kyunghyang-2024-04-17 (published 2024-04-17), a count of the list as it stood then; %s "
                 "computed here from " SNAPSHOT_ID ", the list as of 2026-07: the two counts are of the list at "
                 "different dates, and neither replaces the other\"\n", rows[i][0], rows[i][1], rows[i][2],
                 rows[i][1], rows[i][2]);
        assert_has(r.out, line);
    }
    run_result_free(&r);
}

static void as_of_knows_when_a_model_became_known(void **state)
{
    (void)state;
    const char *before[] = {KAIECO_BIN, "--as-of", "2025-09-01", "contest", "--csv", "--fields", "team,model", NULL};
    run_result r = run_program(before, NULL);
    assert_null(strstr(r.out, "K-EXAONE"));
    assert_null(strstr(r.out, "A.X K1"));
    assert_null(strstr(r.out, "VAETKI"));
    assert_null(strstr(r.out, "Solar Open 100B"));
    assert_null(strstr(r.out, "SEED 32B Think"));
    /* no date of its own: known once the source naming it (2025-12) is out */
    assert_null(strstr(r.out, "SEED 8B Omni"));
    run_result_free(&r);
    const char *jan[] = {KAIECO_BIN, "--as-of", "2026-01-01", "contest", "--csv", "--fields", "team,model", NULL};
    r = run_program(jan, NULL);
    assert_has(r.out, "HyperCLOVA X SEED 8B Omni");
    run_result_free(&r);
    const char *after[] = {KAIECO_BIN, "--as-of", "2025-12-31", "models", "--country", "KR", "--year", "2025",
                           "--csv", "--fields", "id,released", NULL};
    r = run_program(after, NULL);
    assert_has(r.out, "a-x-k1,2025-12-30\n");
    assert_has(r.out, "k-exaone,2025-12-31\n");
    run_result_free(&r);
    const char *eve[] = {KAIECO_BIN, "--as-of", "2025-12-29", "models", "--country", "KR", "--year", "2025",
                         "--csv", "--fields", "id", NULL};
    r = run_program(eve, NULL);
    assert_string_equal(r.out, "id\nexaone-4-0-32b\nexaone-deep-32b\nexaone-path-2-0\nhyperclova-x-seed-32b-think\n");
    run_result_free(&r);
}

static void names_reach_the_datasets_entity_first(void **state)
{
    (void)state;
    /* "Samsung" is Samsung Electronics, as before the list came; the list's
     * Samsung (not said to be it) is reached by its id */
    ke_error err = {0};
    const ke_entity *e = ke_entity_resolve_kind(ke_builtin_dataset(), "Samsung", KE_ENTITY_ORGANIZATION, &err);
    assert_non_null(e);
    assert_string_equal(ke_s(ke_builtin_dataset(), e->id), "samsung-electronics");
    e = ke_entity_resolve_kind(ke_builtin_dataset(), "LG", KE_ENTITY_ORGANIZATION, &err);
    assert_non_null(e);
    assert_string_equal(ke_s(ke_builtin_dataset(), e->id), "lg-group");
    const char *argv[] = {KAIECO_BIN, "models", "--organization", "samsung-epoch", "--csv", "--fields", "id,organization",
                          NULL};
    run_result r = run_program(argv, NULL);
    assert_string_equal(r.out, "id,organization\nfusion-in-encoder,Samsung\nmemoreader,Samsung; Korea University\n");
    run_result_free(&r);
}

static void search_finds_listed_models(void **state)
{
    (void)state;
    const char *argv[] = {KAIECO_BIN, "search", "EXAONE Path", "--csv", "--fields", "kind,id", NULL};
    run_result r = run_program(argv, NULL);
    assert_string_equal(r.out, "kind,id\nmodel,exaone-path-2-0\n");
    run_result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(csv_quoted_newlines_doubled_quotes_and_empty_fields),
        cmocka_unit_test(csv_errors_name_the_line),
        cmocka_unit_test(import_awkward_rows),
        cmocka_unit_test(import_bad_date_names_its_line),
        cmocka_unit_test(listings_are_validated),
        cmocka_unit_test(snapshot_import_reproduces_the_dataset_files),
        cmocka_unit_test(counts_match_a_count_made_from_the_csv),
        cmocka_unit_test(count_by_country_is_labelled_computed_beside_the_report),
        cmocka_unit_test(count_by_bad_words_are_usage_errors),
        cmocka_unit_test(korean_models_of_the_snapshot),
        cmocka_unit_test(contest_models_are_single_records_with_both_sources),
        cmocka_unit_test(as_of_knows_when_a_model_became_known),
        cmocka_unit_test(names_reach_the_datasets_entity_first),
        cmocka_unit_test(search_finds_listed_models),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
