/* The query engine on a small dataset built by hand: ordering, stated and
 * absent ranks, year selection, migration directions and series, contest
 * standings by date, lookups, suggestions, and the generic table
 * operations. Results are compared as CSV (exact bytes), which shows every
 * cell, missing ones as empty fields. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "kaieco/load.h"
#include "kaieco/query.h"
#include "support.h"

/* ---- the dataset ------------------------------------------------------- */

/* Three sources; five countries; an organisation with a model and three
 * more; four metrics (cost: lower is better; employees: an organisation's
 * only; migration; patents: 2021 DE only, 2022 four countries, one without
 * a stated rank, one disputed, 2023 US only, so the latest year); four
 * contest teams and their decisions by date: delta is selected in a 30-day
 * month known only to the month, gamma eliminated in a 31-day month known
 * only to the month. Loaded as a --data file would be (sorted, references
 * resolved); then load_engine takes out what the files may not leave out
 * but the types allow, to test the fall-backs. */
#pragma GCC diagnostic ignored "-Woverlength-strings" /* the JSON texts below */
/* The parts the datasets below share. */
#define ENGINE_SOURCES \
    "\"sources\": [" \
    "{\"id\": \"art\", \"kind\": \"article\", \"outlet\": \"Daily\", \"title\": \"An article\", \"date\": \"2024-04-17\", \"language\": \"ko\", \"no_url_reason\": \"print only\", \"seed\": \"x.txt\", \"cites\": [\"rep\"], \"outlet_ko\": \"데일리\", \"outlet_ja\": \"デイリー\"}," \
    "{\"id\": \"rep\", \"kind\": \"primary\", \"outlet\": \"Institute\", \"title\": \"The report\", \"date\": \"2024\", \"language\": \"en\", \"no_url_reason\": \"print only\", \"outlet_ko\": \"연구소\", \"outlet_ja\": \"研究所\"}," \
    "{\"id\": \"sec\", \"kind\": \"secondary\", \"outlet\": \"Weekly\", \"title\": \"Another view\", \"date\": \"2024-05\", \"language\": \"en\", \"no_url_reason\": \"print only\", \"checked\": \"2026-12-04\", \"outlet_ko\": \"위클리\", \"outlet_ja\": \"ウィークリー\"}" \
    "],"
#define ABC_SOURCES \
    "\"sources\": [" \
    "{\"id\": \"a\", \"kind\": \"secondary\", \"outlet\": \"A\", \"title\": \"A\", \"date\": \"2024-01\", \"language\": \"en\", \"no_url_reason\": \"print only\", \"outlet_ko\": \"출처\", \"outlet_ja\": \"出典\"}," \
    "{\"id\": \"b\", \"kind\": \"secondary\", \"outlet\": \"B\", \"title\": \"B\", \"date\": \"2024-02\", \"language\": \"en\", \"no_url_reason\": \"print only\", \"outlet_ko\": \"출처\", \"outlet_ja\": \"出典\"}," \
    "{\"id\": \"c\", \"kind\": \"secondary\", \"outlet\": \"C\", \"title\": \"C\", \"date\": \"2025\", \"language\": \"en\", \"no_url_reason\": \"print only\", \"outlet_ko\": \"출처\", \"outlet_ja\": \"出典\"}" \
    "],"
#define COUNTRIES \
    "\"countries\": [" \
    "{\"alpha2\": \"DE\", \"alpha3\": \"DEU\", \"name\": {\"en\": \"Germany\", \"ko\": \"독일\", \"ja\": \"ドイツ\"}}," \
    "{\"alpha2\": \"JP\", \"alpha3\": \"JPN\", \"name\": {\"en\": \"Japan\", \"ko\": \"일본\", \"ja\": \"日本\"}}," \
    "{\"alpha2\": \"KR\", \"alpha3\": \"KOR\", \"name\": {\"en\": \"South Korea\", \"ko\": \"한국\", \"ja\": \"韓国\"}, \"aliases\": [\"Korea\", \"Republic of Korea\", \"대한민국\"]}," \
    "{\"alpha2\": \"LU\", \"alpha3\": \"LUX\", \"name\": {\"en\": \"Luxembourg\", \"ko\": \"룩셈부르크\", \"ja\": \"ルクセンブルク\"}}," \
    "{\"alpha2\": \"US\", \"alpha3\": \"USA\", \"name\": {\"en\": \"United States\", \"ko\": \"미국\", \"ja\": \"米国\"}, \"aliases\": [\"America\", \"USA\"]}" \
    "],"
#define METRICS \
    "\"metrics\": [" \
    "{\"id\": \"cost\", \"name\": {\"en\": \"Cost\", \"ko\": \"비용\", \"ja\": \"費用\"}, \"unit\": \"USD\", \"unit_ko\": \"달러\", \"unit_ja\": \"ドル\", \"definition\": \"What it costs; lower is better.\", \"higher_is_better\": false}," \
    "{\"id\": \"employees\", \"name\": {\"en\": \"Employees\", \"ko\": \"직원\", \"ja\": \"従業員\"}, \"unit\": \"employees\", \"unit_ko\": \"명(직원)\", \"unit_ja\": \"人(従業員)\", \"definition\": \"Headcount.\", \"higher_is_better\": true}," \
    "{\"id\": \"migration\", \"aliases\": [\"talent-migration\"], \"name\": {\"en\": \"Net AI talent migration\", \"ko\": \"AI 인재 순유입\", \"ja\": \"AI人材純流入\"}, \"unit\": \"per 10,000 members\", \"unit_ko\": \"회원 1만 명당\", \"unit_ja\": \"会員1万人当たり\", \"definition\": \"Net inflow of AI talent.\", \"higher_is_better\": true}," \
    "{\"id\": \"patents\", \"aliases\": [\"ai-patents\"], \"name\": {\"en\": \"AI patents\", \"ko\": \"AI 특허\", \"ja\": \"AI特許\"}, \"unit\": \"patents per 100k people\", \"unit_ko\": \"인구 10만 명당 특허 수\", \"unit_ja\": \"人口10万人当たり特許件数\", \"definition\": \"AI patents per 100,000 people.\", \"higher_is_better\": true}" \
    "],"

static const char engine_json[] =
    "{"
    ENGINE_SOURCES
    COUNTRIES
    "\"entities\": ["
    "{\"id\": \"acme\", \"kind\": \"organization\", \"name\": {\"en\": \"Acme\", \"ko\": \"애크미\", \"ja\": \"アクメ\"}, \"country\": \"KR\", \"source\": \"art\"},"
    "{\"id\": \"acme-lm\", \"kind\": \"model\", \"name\": {\"en\": \"Acme LM\", \"ko\": \"애크미 LM\", \"ja\": \"アクメLM\"}, \"organization\": \"acme\", \"released\": \"2025-12\", \"source\": \"art\"},"
    "{\"id\": \"beta\", \"kind\": \"organization\", \"name\": {\"en\": \"Beta\", \"ko\": \"베타\", \"ja\": \"ベータ\"}, \"country\": \"KR\", \"source\": \"art\"},"
    "{\"id\": \"delta\", \"kind\": \"organization\", \"name\": {\"en\": \"Delta\", \"ko\": \"델타\", \"ja\": \"デルタ\"}, \"country\": \"KR\", \"source\": \"art\"},"
    "{\"id\": \"gamma\", \"kind\": \"organization\", \"name\": {\"en\": \"Gamma\", \"ko\": \"감마\", \"ja\": \"ガンマ\"}, \"country\": \"KR\", \"source\": \"art\"}"
    "],"
    METRICS
    "\"observations\": ["
    "{\"metric\": \"cost\", \"entity\": \"DE\", \"period\": \"2023\", \"value\": \"5\", \"source\": \"rep\"},"
    "{\"metric\": \"cost\", \"entity\": \"JP\", \"period\": \"2023\", \"value\": \"3\", \"source\": \"rep\"},"
    "{\"metric\": \"cost\", \"entity\": \"KR\", \"period\": \"2023\", \"value\": \"3.0\", \"source\": \"rep\"},"
    "{\"metric\": \"cost\", \"entity\": \"US\", \"period\": \"2023\", \"value\": \"1.5\", \"source\": \"rep\"},"
    "{\"metric\": \"employees\", \"entity\": \"acme\", \"period\": \"2025\", \"value\": \"120\", \"source\": \"art\"},"
    "{\"metric\": \"migration\", \"entity\": \"JP\", \"period\": \"2023\", \"value\": \"0\", \"source\": \"rep\"},"
    "{\"metric\": \"migration\", \"entity\": \"KR\", \"period\": \"2020\", \"value\": \"0.3\", \"source\": \"art\"},"
    "{\"metric\": \"migration\", \"entity\": \"KR\", \"period\": \"2023\", \"value\": \"-0.3\", \"source\": \"art\", \"default\": true, \"default_reason\": \"the article\", \"default_reason_ko\": \"기사\", \"default_reason_ja\": \"記事\"},"
    "{\"metric\": \"migration\", \"entity\": \"KR\", \"period\": \"2023\", \"value\": \"-0.35\", \"source\": \"sec\"},"
    "{\"metric\": \"migration\", \"entity\": \"LU\", \"period\": \"2023\", \"value\": \"3.67\", \"rank\": 1, \"source\": \"rep\"},"
    "{\"metric\": \"migration\", \"entity\": \"US\", \"period\": \"2022\", \"value\": \"0.50\", \"source\": \"rep\"},"
    "{\"metric\": \"patents\", \"entity\": \"DE\", \"period\": \"2021\", \"value\": \"0.9\", \"source\": \"rep\"},"
    "{\"metric\": \"patents\", \"entity\": \"JP\", \"period\": \"2022\", \"value\": \"2.53\", \"rank\": 4, \"source\": \"art\"},"
    "{\"metric\": \"patents\", \"entity\": \"KR\", \"period\": \"2022\", \"value\": \"10.26\", \"rank\": 1, \"source\": \"art\", \"default\": true, \"default_reason\": \"quotes the report\", \"default_reason_ko\": \"보고서를 인용함\", \"note\": \"data year 2022\", \"note_ko\": \"데이터 연도 2022\", \"note_ja\": \"データ年2022\", \"default_reason_ja\": \"報告書を引用\"},"
    "{\"metric\": \"patents\", \"entity\": \"KR\", \"period\": \"2022\", \"value\": \"10.2\", \"approx\": \"about\", \"rank\": 2, \"source\": \"sec\"},"
    "{\"metric\": \"patents\", \"entity\": \"LU\", \"period\": \"2022\", \"value\": \"8.73\", \"source\": \"art\"},"
    "{\"metric\": \"patents\", \"entity\": \"US\", \"period\": \"2022\", \"value\": \"4.23\", \"rank\": 3, \"source\": \"art\"},"
    "{\"metric\": \"patents\", \"entity\": \"US\", \"period\": \"2023-06\", \"value\": \"5.20\", \"source\": \"rep\"}"
    "],"
    "\"contest_teams\": ["
    "{\"id\": \"alpha\", \"organization\": \"acme\", \"model\": \"acme-lm\", \"source\": \"art\"},"
    "{\"id\": \"beta\", \"organization\": \"beta\", \"source\": \"art\"},"
    "{\"id\": \"delta\", \"organization\": \"delta\", \"source\": \"art\"},"
    "{\"id\": \"gamma\", \"organization\": \"gamma\", \"source\": \"art\"}"
    "],"
    "\"contest_decisions\": ["
    "{\"date\": \"2025-08-04\", \"team\": \"alpha\", \"outcome\": \"selected\", \"reason\": \"chosen\", \"source\": \"art\"},"
    "{\"date\": \"2025-08-04\", \"team\": \"beta\", \"outcome\": \"selected\", \"reason\": \"chosen\", \"source\": \"art\"},"
    "{\"date\": \"2025-08-04\", \"team\": \"gamma\", \"outcome\": \"selected\", \"reason\": \"chosen\", \"source\": \"art\"},"
    "{\"date\": \"2025-11\", \"team\": \"delta\", \"outcome\": \"selected\", \"reason\": \"added\", \"source\": \"sec\"},"
    "{\"date\": \"2026-01\", \"team\": \"gamma\", \"outcome\": \"eliminated\", \"reason\": \"withdrew\", \"source\": \"sec\"},"
    "{\"date\": \"2026-01-15\", \"team\": \"alpha\", \"outcome\": \"advanced\", \"reason\": \"passed, top score\", \"source\": \"art\"},"
    "{\"date\": \"2026-01-15\", \"team\": \"beta\", \"outcome\": \"eliminated\", \"reason\": \"scored low\", \"source\": \"art\"}"
    "]"
    "}";

/* A dataset as load_text reads it; NULL (the test fails) when it does not load. */
static ke_dataset *load_text(const char *name, const char *text)
{
    ke_diags diags = {0};
    ke_dataset *d = ke_dataset_load_text(name, text, strlen(text), &diags);
    ke_diags_print(&diags, stderr);
    ke_diags_free(&diags);
    return d;
}

static const char shuffled_json[] =
    "{"
    ENGINE_SOURCES
    COUNTRIES
    METRICS
    "\"observations\": ["
    "{\"metric\": \"cost\", \"entity\": \"US\", \"period\": \"2022\", \"value\": \"1\", \"source\": \"rep\"},"
    "{\"metric\": \"cost\", \"entity\": \"JP\", \"period\": \"2022\", \"value\": \"1\", \"source\": \"rep\"},"
    "{\"metric\": \"cost\", \"entity\": \"DE\", \"period\": \"2022\", \"value\": \"0.5\", \"source\": \"rep\"},"
    "{\"metric\": \"patents\", \"entity\": \"US\", \"period\": \"2022\", \"value\": \"2\", \"source\": \"rep\"},"
    "{\"metric\": \"patents\", \"entity\": \"KR\", \"period\": \"2022\", \"value\": \"2.0\", \"source\": \"rep\"},"
    "{\"metric\": \"patents\", \"entity\": \"LU\", \"period\": \"2022\", \"value\": \"7\", \"source\": \"rep\"},"
    "{\"metric\": \"patents\", \"entity\": \"DE\", \"period\": \"2022\", \"value\": \"2\", \"source\": \"rep\"},"
    "{\"metric\": \"patents\", \"entity\": \"JP\", \"period\": \"2022\", \"value\": \"2.00\", \"source\": \"rep\"}"
    "]"
    "}";

#define N(a) (sizeof(a) / sizeof((a)[0]))

static ke_dataset *engine;
#define ds (*engine)

static ke_dataset *load_engine(void)
{
    ke_dataset *d = load_text("engine.json", engine_json);
    if (!d)
        return NULL;
    /* LU has no Japanese name; the migration default's reason is English
     * only, the patents default's has no Japanese (a record in the files
     * must have them all) */
    ke_country *lu = (ke_country *)ke_country_by_alpha2(d, "LU");
    lu->name.s[KE_LANG_JA] = (ke_str){0};
    for (size_t i = 0; i < d->n_observations; i++) {
        ke_observation *o = (ke_observation *)&d->observations[i];
        if (o->default_reason.at && strcmp(ke_s(d, o->metric), "migration") == 0)
            o->default_reason_ko = o->default_reason_ja = (ke_str){0};
        if (o->default_reason.at && strcmp(ke_s(d, o->metric), "patents") == 0)
            o->default_reason_ja = (ke_str){0};
    }
    return d;
}

/* ---- helpers ------------------------------------------------------------- */

static void assert_csv(ke_table *t, const char *expected)
{
    assert_non_null(t);
    char *got = render_to_string(t, KE_FMT_CSV, KE_LANG_EN);
    assert_non_null(got);
    assert_string_equal(got, expected);
    free(got);
    ke_table_free(t);
}

/* Keeps only some columns before comparing, so each test shows what it is about. */
static void assert_csv_fields(ke_table *t, const char *fields, const char *expected)
{
    assert_non_null(t);
    char *copy = strdup(fields);
    const char *keys[16];
    size_t n = 0;
    for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
        keys[n++] = tok;
    ke_error err = {0};
    assert_int_equal(ke_table_select(t, keys, n, &err), 0);
    free(copy);
    assert_csv(t, expected);
}

static void assert_error(ke_table *t, const ke_error *err, const char *message)
{
    assert_null(t);
    assert_int_equal(err->status, KE_EXIT_USAGE);
    assert_string_equal(err->message, message);
}

/* ---- rank ---------------------------------------------------------------- */

static void test_rank_full_rows_for_a_year(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_csv(ke_query_rank(&ds, "patents", 2022, KE_LANG_EN, &err),
               "rank,country,name,value,approx,unit,year,source,other_sources,note\n"
               "1,KR,South Korea,10.26,,patents per 100k people,2022,art,\"about 10.2, rank 2 (sec)\",data year 2022\n"
               ",LU,Luxembourg,8.73,,patents per 100k people,2022,art,,\n"
               "3,US,United States,4.23,,patents per 100k people,2022,art,,\n"
               "4,JP,Japan,2.53,,patents per 100k people,2022,art,,\n");
}

static void test_rank_higher_is_better_orders_descending(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_csv_fields(ke_query_rank(&ds, "patents", 2022, KE_LANG_EN, &err), "country,value",
                      "country,value\nKR,10.26\nLU,8.73\nUS,4.23\nJP,2.53\n");
}

static void test_rank_lower_is_better_orders_ascending_ties_by_code(void **state)
{
    (void)state;
    ke_error err = {0};
    /* JP 3 and KR 3.0 are the same number: the country code decides, and
     * each keeps its own digits */
    assert_csv_fields(ke_query_rank(&ds, "cost", 0, KE_LANG_EN, &err), "rank,country,value",
                      "rank,country,value\n,US,1.5\n,JP,3\n,KR,3.0\n,DE,5\n");
}

/* The order never depends on the order the figures are stored in. */
static void test_rank_ties_by_code_whatever_the_input_order(void **state)
{
    (void)state;
    /* A dataset's observations are grouped by metric (dataset.h); within a
     * metric, the order they come in must not decide a row's place. */
    ke_dataset *loaded = load_text("shuffled.json", shuffled_json);
    assert_non_null(loaded);
    /* the loader sorts them: each metric's figures reversed, so that they
     * are not in the order of their countries (the query must sort them) */
    size_t n = loaded->n_observations, start = 0;
    ke_observation shuffled[n ? n : 1];
    for (size_t i = 0; i <= n; i++)
        if (i == n || (i > start && loaded->observations[i].metric.at != loaded->observations[start].metric.at)) {
            for (size_t k = start; k < i; k++)
                shuffled[k] = loaded->observations[start + i - 1 - k];
            start = i;
        }
    ke_dataset d = *loaded;
    d.observations = shuffled;
    ke_error err = {0};
    assert_csv_fields(ke_query_rank(&d, "patents", 0, KE_LANG_EN, &err), "country,value",
                      "country,value\nLU,7\nDE,2\nJP,2.00\nKR,2.0\nUS,2\n");
    assert_csv_fields(ke_query_rank(&d, "cost", 0, KE_LANG_EN, &err), "country,value",
                      "country,value\nDE,0.5\nJP,1\nUS,1\n");
    ke_dataset_free(loaded);
}

static void test_rank_stated_and_absent_rank(void **state)
{
    (void)state;
    ke_error err = {0};
    /* LU has no stated rank: its cell is missing (null in JSON), not a
     * position computed from the rows; the row still sits by its value */
    ke_table *t = ke_query_rank(&ds, "patents", 2022, KE_LANG_EN, &err);
    assert_non_null(t);
    int rank = ke_table_col(t, "rank");
    assert_true(rank >= 0);
    assert_string_equal(ke_table_cell(t, 0, (size_t)rank)->text, "1");
    assert_null(ke_table_cell(t, 1, (size_t)rank)->text);
    assert_string_equal(ke_table_cell(t, 2, (size_t)rank)->text, "3");
    assert_string_equal(ke_table_cell(t, 3, (size_t)rank)->text, "4");
    char *json = render_to_string(t, KE_FMT_JSON, KE_LANG_EN);
    assert_non_null(strstr(json, "    \"rank\": null,\n    \"country\": \"LU\",\n"));
    free(json);
    ke_table_free(t);
}

/* Without --year, rank shows the latest year in which a source states
 * ranks, so that its rank column means something: patents has a later
 * year (2023, US only, month precision) without stated ranks. A metric
 * without any stated rank shows its latest year. */
static void test_rank_default_year_has_stated_ranks(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_csv_fields(ke_query_rank(&ds, "patents", 0, KE_LANG_EN, &err), "rank,country,value,year",
                      "rank,country,value,year\n1,KR,10.26,2022\n,LU,8.73,2022\n3,US,4.23,2022\n"
                      "4,JP,2.53,2022\n");
    /* the later year is there when asked for; its one figure's period is a month */
    assert_csv_fields(ke_query_rank(&ds, "patents", 2023, KE_LANG_EN, &err), "rank,country,value,year",
                      "rank,country,value,year\n,US,5.20,2023\n");
    assert_csv_fields(ke_query_rank(&ds, "cost", 0, KE_LANG_EN, &err), "rank,country,year",
                      "rank,country,year\n,US,2023\n,JP,2023\n,KR,2023\n,DE,2023\n");
}

static void test_rank_year_selects_that_year(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_csv_fields(ke_query_rank(&ds, "patents", 2021, KE_LANG_EN, &err), "country,value,year",
                      "country,value,year\nDE,0.9,2021\n");
    assert_csv_fields(ke_query_rank(&ds, "patents", 2023, KE_LANG_EN, &err), "country,value,year",
                      "country,value,year\nUS,5.20,2023\n");
}

static void test_rank_year_without_figures(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_error(ke_query_rank(&ds, "patents", 2019, KE_LANG_EN, &err), &err,
                 "no figures by country for 'patents' in 2019; years with figures: 2021, 2022, 2023");
    ke_error err2 = {0};
    assert_error(ke_query_rank(&ds, "ai-patents", 2024, KE_LANG_EN, &err2), &err2,
                 "no figures by country for 'patents' in 2024; years with figures: 2021, 2022, 2023");
}

static void test_rank_metric_without_country_figures(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_error(ke_query_rank(&ds, "employees", 0, KE_LANG_EN, &err), &err,
                 "metric 'employees' has no figures by country; metrics that can be ranked: cost, "
                 "migration, patents");
}

static void test_rank_non_default_excluded_but_in_other_sources(void **state)
{
    (void)state;
    ke_error err = {0};
    /* sec's 10.2 for KR is not a row of its own */
    assert_csv_fields(ke_query_rank(&ds, "patents", 2022, KE_LANG_EN, &err),
                      "country,value,source,other_sources",
                      "country,value,source,other_sources\n"
                      "KR,10.26,art,\"about 10.2, rank 2 (sec)\"\n"
                      "LU,8.73,art,\n"
                      "US,4.23,art,\n"
                      "JP,2.53,art,\n");
}

static void test_rank_unknown_metric(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_error(ke_query_rank(&ds, "patnts", 0, KE_LANG_EN, &err), &err,
                 "unknown metric 'patnts'; did you mean 'patents'?");
}

static void test_rank_names_in_the_chosen_language(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_csv_fields(ke_query_rank(&ds, "patents", 2022, KE_LANG_KO, &err), "country,name",
                      "country,name\nKR,한국\nLU,룩셈부르크\nUS,미국\nJP,일본\n");
    /* LU has no Japanese name: English is used */
    assert_csv_fields(ke_query_rank(&ds, "patents", 2022, KE_LANG_JA, &err), "country,name",
                      "country,name\nKR,韓国\nLU,Luxembourg\nUS,米国\nJP,日本\n");
}

/* A note, and the reason a figure is the default, in the chosen language,
 * in every format (the note column of the CSV here), English where the
 * record has no text in that language. */
static void test_notes_in_the_chosen_language(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_csv_fields(ke_query_rank(&ds, "patents", 2022, KE_LANG_KO, &err), "country,note",
                      "country,note\nKR,데이터 연도 2022\nLU,\nUS,\nJP,\n");
    assert_csv_fields(ke_query_rank(&ds, "patents", 2022, KE_LANG_JA, &err), "country,note",
                      "country,note\nKR,データ年2022\nLU,\nUS,\nJP,\n");
    assert_csv_fields(ke_query_rank(&ds, "patents", 2022, KE_LANG_EN, &err), "country,note",
                      "country,note\nKR,data year 2022\nLU,\nUS,\nJP,\n");
    /* default_reason: Korean given, Japanese not (English), the other
     * dispute's reason in English alone */
    assert_csv_fields(ke_query_disputes(&ds, KE_LANG_KO, &err), "metric,entity,why",
                      "metric,entity,why\nmigration,KR,the article\npatents,KR,보고서를 인용함\n");
    assert_csv_fields(ke_query_disputes(&ds, KE_LANG_JA, &err), "metric,entity,why",
                      "metric,entity,why\nmigration,KR,the article\npatents,KR,quotes the report\n");
    assert_string_equal(ke_text_in(KE_LANG_KO, "en", NULL, "ja"), "en");
    assert_string_equal(ke_text_in(KE_LANG_JA, "en", NULL, "ja"), "ja");
    assert_string_equal(ke_text_in(KE_LANG_EN, "en", "ko", "ja"), "en");
    assert_null(ke_text_in(KE_LANG_KO, NULL, "ko", "ja"));
}

/* ---- migration ------------------------------------------------------------- */

static void test_migration_latest_year_with_directions(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_csv(ke_query_migration(&ds, NULL, 0, 0, KE_LANG_EN, &err),
               "country,name,year,value,unit,direction,rank,source,other_sources,note\n"
               "LU,Luxembourg,2023,3.67,\"per 10,000 members\",inflow,1,rep,,\n"
               "JP,Japan,2023,0,\"per 10,000 members\",,,rep,,\n"
               "KR,South Korea,2023,-0.3,\"per 10,000 members\",outflow,,art,-0.35 (sec),\n");
}

static void test_migration_year(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_csv_fields(ke_query_migration(&ds, NULL, 0, 2020, KE_LANG_EN, &err),
                      "country,year,value,direction", "country,year,value,direction\nKR,2020,0.3,inflow\n");
    ke_error err2 = {0};
    assert_error(ke_query_migration(&ds, NULL, 0, 2019, KE_LANG_EN, &err2), &err2,
                 "no figures by country for 'migration' in 2019; years with figures: 2020, 2022, 2023");
}

static void test_migration_series_in_the_order_given(void **state)
{
    (void)state;
    ke_error err = {0};
    /* US first as given; "kor" and "Korea" are KR again and add nothing */
    const char *const which[] = {"us", "KR", "kor", "Korea"};
    assert_csv_fields(ke_query_migration(&ds, which, 4, 0, KE_LANG_EN, &err),
                      "country,year,value,direction,source",
                      "country,year,value,direction,source\n"
                      "US,2022,0.50,inflow,rep\n"
                      "KR,2020,0.3,inflow,art\n"
                      "KR,2023,-0.3,outflow,art\n");
}

static void test_migration_series_with_year(void **state)
{
    (void)state;
    ke_error err = {0};
    const char *const which[] = {"KR", "JP"};
    assert_csv_fields(ke_query_migration(&ds, which, 2, 2023, KE_LANG_EN, &err),
                      "country,year,value,direction",
                      "country,year,value,direction\nKR,2023,-0.3,outflow\nJP,2023,0,\n");
}

static void test_migration_unknown_country_fails_before_output(void **state)
{
    (void)state;
    ke_error err = {0};
    const char *const which[] = {"KR", "Koera"};
    assert_error(ke_query_migration(&ds, which, 2, 0, KE_LANG_EN, &err), &err,
                 "unknown country 'Koera'; did you mean 'Korea'?");
}

/* ---- contest ----------------------------------------------------------------- */

#define CONTEST_FIELDS "team,organization,model,status,outcome,decided_on,reason"

/* The standings on a day: the contest query on the dataset as of that day
 * (NULL: the whole dataset). */
/* Index `ix` names the record of `array` (n records, key member `key`)
 * whose key is the string `id`; KE_NO_INDEX exactly when `id` is absent
 * or names no record there. */
#define ASSERT_REF(d, array, n, key, ix, id)                                                        \
    do {                                                                                           \
        const char *id_ = ke_s(d, id);                                                             \
        if ((ix) == KE_NO_INDEX) {                                                                 \
            for (size_t k_ = 0; id_ && k_ < (n); k_++)                                             \
                assert_string_not_equal(ke_s(d, (array)[k_].key), id_);                            \
        } else {                                                                                   \
            assert_true((ix) < (n));                                                               \
            assert_string_equal(ke_s(d, (array)[ix].key), id_);                                    \
        }                                                                                          \
    } while (0)

/* Every reference of `d` as an index into its own arrays. */
static void assert_refs(const ke_dataset *d)
{
    for (size_t i = 0; i < d->n_observations; i++) {
        const ke_observation *o = &d->observations[i];
        ASSERT_REF(d, d->metrics, d->n_metrics, id, o->metric_ix, o->metric);
        ASSERT_REF(d, d->sources, d->n_sources, id, o->source_ix, o->source);
        if (o->entity_kind == KE_ENTITY_COUNTRY)
            ASSERT_REF(d, d->countries, d->n_countries, alpha2, o->entity_ix, o->entity);
        else
            ASSERT_REF(d, d->entities, d->n_entities, id, o->entity_ix, o->entity);
    }
    for (size_t i = 0; i < d->n_entities; i++) {
        ASSERT_REF(d, d->sources, d->n_sources, id, d->entities[i].source_ix, d->entities[i].source);
        ASSERT_REF(d, d->entities, d->n_entities, id, d->entities[i].organization_ix, d->entities[i].organization);
    }
    for (size_t i = 0; i < d->n_teams; i++) {
        const ke_contest_team *t = &d->teams[i];
        ASSERT_REF(d, d->entities, d->n_entities, id, t->organization_ix, t->organization);
        ASSERT_REF(d, d->entities, d->n_entities, id, t->model_ix, t->model);
        ASSERT_REF(d, d->sources, d->n_sources, id, t->source_ix, t->source);
    }
    for (size_t i = 0; i < d->n_decisions; i++) {
        ASSERT_REF(d, d->teams, d->n_teams, id, d->decisions[i].team_ix, d->decisions[i].team);
        ASSERT_REF(d, d->sources, d->n_sources, id, d->decisions[i].source_ix, d->decisions[i].source);
    }
    for (size_t i = 0; i < d->n_events; i++)
        ASSERT_REF(d, d->sources, d->n_sources, id, d->events[i].source_ix, d->events[i].source);
    for (size_t i = 0; i < d->n_rules; i++)
        ASSERT_REF(d, d->sources, d->n_sources, id, d->rules[i].source_ix, d->rules[i].source);
    for (size_t i = 0; i < d->n_listings; i++) {
        ASSERT_REF(d, d->entities, d->n_entities, id, d->listings[i].model_ix, d->listings[i].model);
        ASSERT_REF(d, d->sources, d->n_sources, id, d->listings[i].source_ix, d->listings[i].source);
    }
}

static const char reason_json[] =
    "{"
    ABC_SOURCES
    COUNTRIES
    METRICS
    "\"observations\": ["
    "{\"metric\": \"patents\", \"entity\": \"KR\", \"period\": \"2022\", \"value\": \"1\", \"source\": \"a\"},"
    "{\"metric\": \"patents\", \"entity\": \"KR\", \"period\": \"2022\", \"value\": \"2\", \"source\": \"b\"},"
    "{\"metric\": \"patents\", \"entity\": \"KR\", \"period\": \"2022\", \"value\": \"3\", \"source\": \"c\", \"default\": true, \"default_reason\": \"the latest\", \"default_reason_ko\": \"최신\", \"default_reason_ja\": \"最新\"}"
    "]"
    "}";
static const char reason_known_json[] =
    "{"
    ABC_SOURCES
    COUNTRIES
    METRICS
    "\"observations\": ["
    "{\"metric\": \"patents\", \"entity\": \"KR\", \"period\": \"2022\", \"value\": \"1\", \"source\": \"a\", \"note\": \"the most recently published of the versions known on 2024-06-30\", \"note_ko\": \"주\", \"note_ja\": \"注\"},"
    "{\"metric\": \"patents\", \"entity\": \"KR\", \"period\": \"2022\", \"value\": \"2\", \"source\": \"b\"},"
    "{\"metric\": \"patents\", \"entity\": \"KR\", \"period\": \"2022\", \"value\": \"3\", \"source\": \"c\", \"default\": true, \"default_reason\": \"the latest\", \"default_reason_ko\": \"최신\", \"default_reason_ja\": \"最新\"}"
    "]"
    "}";

/* --as-of: a group whose flagged default is not yet published gets the
 * most recently published of the others as its default, with a reason
 * (so that an export loads again). The reason is added to a copy of the
 * string table; where the table has its text already, that is used and
 * the table shared; where no group needs it, the table is shared. */
static void test_as_of_reason_for_a_default_left_out(void **state)
{
    (void)state;
    static const char *const want = "the most recently published of the versions known on 2024-06-30";
    const char *const texts[] = {reason_json, reason_known_json};
    for (int known = 0; known < 2; known++) {
        ke_dataset *d = load_text("reason.json", texts[known]);
        assert_non_null(d);
        ke_error err = {0};
        ke_dataset *then = ke_dataset_as_of(d, "2024-06", &err);
        assert_non_null(then);
        assert_int_equal(then->n_observations, 2);
        const ke_observation *b = &then->observations[1];
        assert_string_equal(ke_s(then, b->source), "b");
        assert_true(b->is_default && !then->observations[0].is_default);
        assert_string_equal(ke_s(then, b->default_reason), want);
        assert_null(ke_s(then, then->observations[0].default_reason));
        if (known) {
            assert_ptr_equal(then->strings, d->strings);
            assert_int_equal(b->default_reason.at, d->observations[0].note.at);
        } else {
            assert_ptr_not_equal(then->strings, d->strings);
            assert_int_equal(b->default_reason.at, d->strings_len);
            assert_int_equal(then->strings_len, d->strings_len + strlen(want) + 1);
        }
        assert_refs(then);
        ke_dataset_free(then);
        /* before the first source, and once all are out: nothing to add */
        for (int i = 0; i < 2; i++) {
            then = ke_dataset_as_of(d, i ? "2026" : "2023", &err);
            assert_non_null(then);
            assert_ptr_equal(then->strings, d->strings);
            ke_dataset_free(then);
        }
        ke_dataset_free(d);
    }
}

/* The loader and the dataset compiler resolve every reference; --as-of
 * keeps each pointing into its own, filtered arrays (none where the record
 * is left out: an entity's source not yet published, a model not yet
 * known). */
static void test_references_are_indexes(void **state)
{
    (void)state;
    assert_refs(&ds);
    const ke_dataset *builtin = ke_builtin_dataset();
    assert_refs(builtin);
    static const char *const dates[] = {"2023", "2024-06-01", "2025-01", "2025-09-01", "2026-01"};
    for (size_t i = 0; i < N(dates); i++) {
        ke_error err = {0};
        ke_dataset *then = ke_dataset_as_of(builtin, dates[i], &err);
        assert_non_null(then);
        assert_true(then->n_observations < builtin->n_observations);
        assert_refs(then);
        ke_dataset_free(then);
        then = ke_dataset_as_of(&ds, dates[i], &err);
        assert_non_null(then);
        assert_refs(then);
        ke_dataset_free(then);
    }
}

static ke_table *contest_in(const char *as_of, ke_lang lang)
{
    ke_error err = {0};
    ke_dataset *then = as_of ? ke_dataset_as_of(&ds, as_of, &err) : NULL;
    assert_true(!as_of || then);
    ke_table *t = ke_query_contest(then ? then : &ds, lang, &err);
    ke_dataset_free(then);
    assert_non_null(t);
    return t;
}

static ke_table *contest(const char *as_of)
{
    return contest_in(as_of, KE_LANG_EN);
}

static void test_contest_columns(void **state)
{
    (void)state;
    /* Acme LM, released 2025-12, is not yet known on 2025-08-04 (issue 18) */
    assert_csv(contest("2025-08-04"),
               "team,organization,model,status,outcome,decided_on,reason,source\n"
               "alpha,Acme,,active,selected,2025-08-04,chosen,art\n"
               "beta,Beta,,active,selected,2025-08-04,chosen,art\n"
               "gamma,Gamma,,active,selected,2025-08-04,chosen,art\n");
}

static void test_contest_before_the_first_decision_is_empty(void **state)
{
    (void)state;
    assert_csv(contest("2020-01-01"),
               "team,organization,model,status,outcome,decided_on,reason,source\n");
    assert_csv(contest("2025-08-03"),
               "team,organization,model,status,outcome,decided_on,reason,source\n");
}

static void test_contest_decision_counts_on_its_day_not_before(void **state)
{
    (void)state;
    assert_csv_fields(contest("2026-01-14"), "team,status,outcome,decided_on",
                      "team,status,outcome,decided_on\n"
                      "alpha,active,selected,2025-08-04\n"
                      "beta,active,selected,2025-08-04\n"
                      "delta,active,selected,2025-11\n"
                      "gamma,active,selected,2025-08-04\n");
    /* on 2026-01-15 the day's decisions count; eliminated teams come after
     * the active ones */
    assert_csv_fields(contest("2026-01-15"), CONTEST_FIELDS,
                      "team,organization,model,status,outcome,decided_on,reason\n"
                      "alpha,Acme,Acme LM,active,advanced,2026-01-15,\"passed, top score\"\n"
                      "delta,Delta,,active,selected,2025-11,added\n"
                      "gamma,Gamma,,active,selected,2025-08-04,chosen\n"
                      "beta,Beta,,eliminated,eliminated,2026-01-15,scored low\n");
}

/* A decision known only to its month counts once the month is over, i.e.
 * from the month's last day, not from a day inside it. 2026-01 has 31 days. */
static void test_contest_month_precision_31_day_month(void **state)
{
    (void)state;
    assert_csv_fields(contest("2026-01-30"), "team,status,decided_on",
                      "team,status,decided_on\n"
                      "alpha,active,2026-01-15\ndelta,active,2025-11\ngamma,active,2025-08-04\n"
                      "beta,eliminated,2026-01-15\n");
    assert_csv_fields(contest("2026-01-31"), "team,status,outcome,decided_on,reason",
                      "team,status,outcome,decided_on,reason\n"
                      "alpha,active,advanced,2026-01-15,\"passed, top score\"\n"
                      "delta,active,selected,2025-11,added\n"
                      "beta,eliminated,eliminated,2026-01-15,scored low\n"
                      "gamma,eliminated,eliminated,2026-01,withdrew\n");
}

/* The same for a 30-day month: delta's "2025-11" counts from 2025-11-30. */
static void test_contest_month_precision_30_day_month(void **state)
{
    (void)state;
    assert_csv_fields(contest("2025-11-01"), "team", "team\nalpha\nbeta\ngamma\n");
    assert_csv_fields(contest("2025-11-29"), "team", "team\nalpha\nbeta\ngamma\n");
    assert_csv_fields(contest("2025-12-01"), "team,decided_on",
                      "team,decided_on\nalpha,2025-08-04\nbeta,2025-08-04\ndelta,2025-11\ngamma,2025-08-04\n");
    assert_csv_fields(contest("2025-11-30"), "team,decided_on",
                      "team,decided_on\nalpha,2025-08-04\nbeta,2025-08-04\ndelta,2025-11\ngamma,2025-08-04\n");
}

static void test_contest_without_as_of_is_the_latest_standing(void **state)
{
    (void)state;
    ke_table *latest = contest(NULL);
    char *a = render_to_string(latest, KE_FMT_CSV, KE_LANG_EN);
    ke_table *end = contest("2099-12-31");
    char *b = render_to_string(end, KE_FMT_CSV, KE_LANG_EN);
    assert_string_equal(a, b);
    free(a);
    free(b);
    ke_table_free(end);
    assert_csv_fields(latest, "team,status", "team,status\nalpha,active\ndelta,active\nbeta,eliminated\ngamma,eliminated\n");
}

static void test_contest_names_in_the_chosen_language(void **state)
{
    (void)state;
    /* on a day its model (released 2025-12) is known */
    assert_csv_fields(contest_in("2025-12-31", KE_LANG_JA), "team,organization,model",
                      "team,organization,model\nalpha,アクメ,アクメLM\nbeta,ベータ,\ndelta,デルタ,\ngamma,ガンマ,\n");
}

static void test_contest_invalid_as_of(void **state)
{
    (void)state;
    static const char *const bad[] = {"2026-02-30", "2026-2-1", "2026-13-01", "26-02-01",
                                      "2026/02/01", "2026-02-01x", ""};
    for (size_t i = 0; i < N(bad); i++) {
        ke_error err = {0};
        char expected[128];
        snprintf(expected, sizeof expected,
                 "invalid date '%s' for --as-of (expected YYYY, YYYY-MM or YYYY-MM-DD)", bad[i]);
        assert_null(ke_dataset_as_of(&ds, bad[i], &err));
        assert_int_equal(err.status, KE_EXIT_USAGE);
        assert_string_equal(err.message, expected);
    }
    /* a real leap day is fine; so are a month and a year (their last day) */
    ke_table *t = contest("2024-02-29");
    assert_int_equal(t->n_rows, 0);
    ke_table_free(t);
    assert_csv_fields(contest("2025-11"), "team,decided_on",
                      "team,decided_on\nalpha,2025-08-04\nbeta,2025-08-04\ndelta,2025-11\ngamma,2025-08-04\n");
    assert_csv_fields(contest("2025"), "team", "team\nalpha\nbeta\ndelta\ngamma\n");
}

/* ---- lookups ------------------------------------------------------------------- */

static void test_country_find(void **state)
{
    (void)state;
    static const char *const korea[] = {"KR", "kr", "Kr", "KOR", "kor", "South Korea", "south korea",
                                        "SOUTH KOREA", "한국", "韓国", "Korea", "KOREA",
                                        "republic of korea", "대한민국"};
    for (size_t i = 0; i < N(korea); i++) {
        const ke_country *c = ke_country_find(&ds, korea[i]);
        assert_non_null(c);
        assert_string_equal(ke_s(&ds, c->alpha2), "KR");
    }
    static const char *const us[] = {"us", "USA", "usa", "United States", "미국", "米国", "america"};
    for (size_t i = 0; i < N(us); i++) {
        const ke_country *c = ke_country_find(&ds, us[i]);
        assert_non_null(c);
        assert_string_equal(ke_s(&ds, c->alpha2), "US");
    }
    assert_string_equal(ke_s(&ds, ke_country_find(&ds, "jpn")->alpha2), "JP");
    assert_string_equal(ke_s(&ds, ke_country_find(&ds, "日本")->alpha2), "JP");
    assert_string_equal(ke_s(&ds, ke_country_find(&ds, "룩셈부르크")->alpha2), "LU");
    static const char *const none[] = {"Koera", "K", "", "KORE", "Korea ", "XX", "한"};
    for (size_t i = 0; i < N(none); i++)
        assert_null(ke_country_find(&ds, none[i]));
}

static void test_country_resolve_messages(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_null(ke_country_resolve(&ds, "Koera", &err));
    assert_int_equal(err.status, KE_EXIT_USAGE);
    assert_string_equal(err.message, "unknown country 'Koera'; did you mean 'Korea'?");
    assert_null(ke_country_resolve(&ds, "Luxemburg", &err));
    assert_string_equal(err.message, "unknown country 'Luxemburg'; did you mean 'Luxembourg'?");
    assert_null(ke_country_resolve(&ds, "Atlantis", &err));
    assert_string_equal(err.message, "unknown country 'Atlantis'");
    assert_non_null(ke_country_resolve(&ds, "Korea", &err));
}

static void test_metric_find_and_resolve(void **state)
{
    (void)state;
    assert_string_equal(ke_s(&ds, ke_metric_find(&ds, "patents")->id), "patents");
    assert_string_equal(ke_s(&ds, ke_metric_find(&ds, "PATENTS")->id), "patents");
    assert_string_equal(ke_s(&ds, ke_metric_find(&ds, "ai-patents")->id), "patents");
    assert_string_equal(ke_s(&ds, ke_metric_find(&ds, "AI-Patents")->id), "patents");
    assert_string_equal(ke_s(&ds, ke_metric_find(&ds, "talent-migration")->id), "migration");
    assert_null(ke_metric_find(&ds, "patent"));

    ke_error err = {0};
    assert_null(ke_metric_resolve(&ds, "patnts", &err));
    assert_int_equal(err.status, KE_EXIT_USAGE);
    assert_string_equal(err.message, "unknown metric 'patnts'; did you mean 'patents'?");
    assert_null(ke_metric_resolve(&ds, "ai-patnets", &err));
    assert_string_equal(err.message, "unknown metric 'ai-patnets'; did you mean 'ai-patents'?");
    assert_null(ke_metric_resolve(&ds, "migraton", &err));
    assert_string_equal(err.message, "unknown metric 'migraton'; did you mean 'migration'?");
    assert_null(ke_metric_resolve(&ds, "gdp", &err));
    assert_string_equal(err.message, "unknown metric 'gdp'");
}

static void test_year_parse(void **state)
{
    (void)state;
    ke_error err = {0};
    assert_int_equal(ke_year_parse("2023", "--year", &err), 2023);
    static const char *const bad[] = {"20x3", "203", "20233", "0999", "", "-2023", "2023 "};
    for (size_t i = 0; i < N(bad); i++) {
        ke_error e = {0};
        char expected[128];
        snprintf(expected, sizeof expected, "invalid year '%s' for --year (expected YYYY, e.g. 2023)", bad[i]);
        assert_int_equal(ke_year_parse(bad[i], "--year", &e), 0);
        assert_int_equal(e.status, KE_EXIT_USAGE);
        assert_string_equal(e.message, expected);
    }
}

static void test_name_falls_back_to_english(void **state)
{
    (void)state;
    const ke_country *lu = ke_country_find(&ds, "LU");
    assert_string_equal(ke_name(&ds, &lu->name, KE_LANG_JA), "Luxembourg");
    assert_string_equal(ke_name(&ds, &lu->name, KE_LANG_KO), "룩셈부르크");
    assert_string_equal(ke_subject_name(&ds, "acme", KE_LANG_KO), "애크미");
    assert_string_equal(ke_subject_name(&ds, "KR", KE_LANG_JA), "韓国");
}

/* ---- generic table operations ------------------------------------------------ */

static const ke_column ops_cols[] = {
    {.key = "name", .type = KE_COL_TEXT, .doc = ""},
    {.key = "group", .type = KE_COL_TEXT, .doc = ""},
    {.key = "score", .type = KE_COL_NUM, .doc = ""},
    {.key = "rank", .type = KE_COL_INT, .doc = ""},
};

/* Six rows: ties on score (b, d, f all 2), missing score (c, e), a missing
 * group, and mixed case in group. */
static ke_table *ops_table(void)
{
    static const struct {
        const char *name, *group, *score;
        double num;
        int rank;
    } rows[] = {
        {"a", "x", "1", 1, 3}, {"b", "Y", "2", 2, 0},  {"c", "y", NULL, 0, 1},
        {"d", NULL, "2.0", 2, 2}, {"e", "x", NULL, 0, 0}, {"f", "x", "2", 2, 5},
    };
    ke_table *t = ke_table_new(ops_cols, N(ops_cols));
    for (size_t i = 0; i < N(rows); i++) {
        size_t r = ke_table_add_row(t);
        ke_table_set_text(t, r, "name", rows[i].name);
        ke_table_set_text(t, r, "group", rows[i].group);
        if (rows[i].score)
            ke_table_set_num(t, r, "score", rows[i].score, rows[i].num);
        if (rows[i].rank)
            ke_table_set_int(t, r, "rank", rows[i].rank);
    }
    return t;
}

static void test_table_where(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ops_table();
    assert_int_equal(ke_table_where(t, "group", "y", &err), 0); /* ASCII case-insensitive */
    assert_csv(t, "name,group,score,rank\nb,Y,2,\nc,y,,1\n");

    t = ops_table();
    assert_int_equal(ke_table_where(t, "group", "", &err), 0); /* empty value: missing cells */
    assert_csv(t, "name,group,score,rank\nd,,2.0,2\n");

    t = ops_table();
    assert_int_equal(ke_table_where(t, "score", "2", &err), 0); /* the printed digits */
    assert_csv(t, "name,group,score,rank\nb,Y,2,\nf,x,2,5\n");

    t = ops_table();
    assert_int_equal(ke_table_where(t, "group", "x", &err), 0);
    assert_int_equal(ke_table_where(t, "rank", "", &err), 0); /* filters combine */
    assert_csv(t, "name,group,score,rank\ne,x,,\n");

    t = ops_table();
    assert_int_equal(ke_table_where(t, "name", "zzz", &err), 0);
    assert_csv(t, "name,group,score,rank\n");

    t = ops_table();
    assert_int_equal(ke_table_where(t, "grop", "x", &err), -1);
    assert_int_equal(err.status, KE_EXIT_USAGE);
    assert_string_equal(err.message, "unknown column 'grop'; did you mean 'group'?");
    assert_int_equal(t->n_rows, 6); /* unchanged */
    ke_table_free(t);
}

static void test_table_sort_stable_and_missing_last(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ops_table();
    assert_int_equal(ke_table_sort(t, "score", 0, &err), 0);
    /* ties (b, d, f) keep their order; missing (c, e) last, in order */
    assert_csv(t, "name,group,score,rank\na,x,1,3\nb,Y,2,\nd,,2.0,2\nf,x,2,5\nc,y,,1\ne,x,,\n");

    t = ops_table();
    assert_int_equal(ke_table_sort(t, "score", 1, &err), 0);
    /* descending: ties still keep their order, missing still last */
    assert_csv(t, "name,group,score,rank\nb,Y,2,\nd,,2.0,2\nf,x,2,5\na,x,1,3\nc,y,,1\ne,x,,\n");

    t = ops_table();
    assert_int_equal(ke_table_sort(t, "rank", 1, &err), 0); /* numerically: 5 > 3 > 2 > 1 */
    assert_csv(t, "name,group,score,rank\nf,x,2,5\na,x,1,3\nd,,2.0,2\nc,y,,1\nb,Y,2,\ne,x,,\n");

    t = ops_table();
    assert_int_equal(ke_table_sort(t, "name", 1, &err), 0); /* text */
    assert_csv(t, "name,group,score,rank\nf,x,2,5\ne,x,,\nd,,2.0,2\nc,y,,1\nb,Y,2,\na,x,1,3\n");

    t = ops_table();
    assert_int_equal(ke_table_sort(t, "group", 0, &err), 0); /* missing text last too */
    assert_int_equal(t->n_rows, 6);
    assert_null(ke_table_cell(t, 5, 1)->text);
    assert_string_equal(ke_table_cell(t, 5, 0)->text, "d");
    ke_table_free(t);

    t = ops_table();
    assert_int_equal(ke_table_sort(t, "scor", 0, &err), -1);
    assert_int_equal(err.status, KE_EXIT_USAGE);
    assert_string_equal(err.message, "unknown column 'scor'; did you mean 'score'?");
    ke_table_free(t);
}

static void test_table_sort_numbers_not_text(void **state)
{
    (void)state;
    ke_table *t = ke_table_new(ops_cols, N(ops_cols));
    static const struct {
        const char *text;
        double value;
    } nums[] = {{"10.26", 10.26}, {"9", 9}, {"-0.3", -0.3}, {"100", 100}};
    for (size_t i = 0; i < N(nums); i++)
        ke_table_set_num(t, ke_table_add_row(t), "score", nums[i].text, nums[i].value);
    ke_error err = {0};
    assert_int_equal(ke_table_sort(t, "score", 0, &err), 0);
    assert_csv_fields(t, "score", "score\n-0.3\n9\n10.26\n100\n");
}

static void test_table_limit(void **state)
{
    (void)state;
    ke_table *t = ops_table();
    ke_table_limit(t, 2);
    assert_csv(t, "name,group,score,rank\na,x,1,3\nb,Y,2,\n");
    t = ops_table();
    ke_table_limit(t, 6);
    assert_int_equal(t->n_rows, 6);
    ke_table_limit(t, 100);
    assert_int_equal(t->n_rows, 6);
    ke_table_limit(t, 0);
    assert_csv(t, "name,group,score,rank\n");
}

static void test_table_select(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ops_table();
    const char *keys[] = {"rank", "name"};
    assert_int_equal(ke_table_select(t, keys, 2, &err), 0);
    assert_int_equal(t->n_cols, 2);
    assert_string_equal(t->cols[0].key, "rank");
    assert_int_equal(t->cols[0].type, KE_COL_INT);
    assert_csv(t, "rank,name\n3,a\n,b\n1,c\n2,d\n,e\n5,f\n");

    t = ops_table();
    const char *unknown[] = {"name", "nmae"};
    assert_int_equal(ke_table_select(t, unknown, 2, &err), -1);
    assert_int_equal(err.status, KE_EXIT_USAGE);
    assert_string_equal(err.message, "unknown column 'nmae'; did you mean 'name'?");
    assert_int_equal(t->n_cols, 4); /* unchanged */

    const char *far[] = {"population"};
    assert_int_equal(ke_table_select(t, far, 1, &err), -1);
    assert_string_equal(err.message, "unknown column 'population'");

    const char *twice[] = {"name", "score", "name"};
    assert_int_equal(ke_table_select(t, twice, 3, &err), -1);
    assert_string_equal(err.message, "column 'name' is named twice in --fields");
    ke_table_free(t);
}

/* --sort with several keys: the first decides, the next break its ties;
 * missing values last for every key, in either direction; rows equal on
 * every key keep their order. Text compares byte by byte ("Y" < "x"). */
static void test_table_sort_several_keys(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ops_table();
    assert_int_equal(ke_table_sort_spec(t, "group,-score", &err), 0);
    assert_csv(t, "name,group,score,rank\nb,Y,2,\nf,x,2,5\na,x,1,3\ne,x,,\nc,y,,1\nd,,2.0,2\n");

    t = ops_table();
    assert_int_equal(ke_table_sort_spec(t, "-score,rank", &err), 0);
    assert_csv(t, "name,group,score,rank\nd,,2.0,2\nf,x,2,5\nb,Y,2,\na,x,1,3\nc,y,,1\ne,x,,\n");

    t = ops_table();
    assert_int_equal(ke_table_sort_spec(t, "-score,-rank", &err), 0);
    assert_csv(t, "name,group,score,rank\nf,x,2,5\nd,,2.0,2\nb,Y,2,\na,x,1,3\nc,y,,1\ne,x,,\n");

    t = ops_table(); /* ties on both keys keep their order */
    assert_int_equal(ke_table_sort_spec(t, "score,group", &err), 0);
    assert_csv(t, "name,group,score,rank\na,x,1,3\nb,Y,2,\nf,x,2,5\nd,,2.0,2\ne,x,,\nc,y,,1\n");

    t = ops_table(); /* one key is --sort of before */
    ke_table *u = ops_table();
    assert_int_equal(ke_table_sort_spec(t, "-rank", &err), 0);
    assert_int_equal(ke_table_sort(u, "rank", 1, &err), 0);
    char *a = render_to_string(t, KE_FMT_CSV, KE_LANG_EN), *b = render_to_string(u, KE_FMT_CSV, KE_LANG_EN);
    assert_string_equal(a, b);
    free(a);
    free(b);
    ke_table_free(u);

    static const char *const bad[][2] = {
        {"score,,rank", "empty column name in --sort 'score,,rank'"},
        {"", "empty column name in --sort ''"},
        {"score,", "empty column name in --sort 'score,'"},
        {"-", "empty column name in --sort '-'"},
        {"score,-nmae", "unknown column 'nmae'; did you mean 'name'?"},
    };
    for (size_t i = 0; i < N(bad); i++) {
        memset(&err, 0, sizeof err);
        assert_int_equal(ke_table_sort_spec(t, bad[i][0], &err), -1);
        assert_int_equal(err.status, KE_EXIT_USAGE);
        assert_string_equal(err.message, bad[i][1]);
    }
    assert_csv(t, "name,group,score,rank\nf,x,2,5\na,x,1,3\nd,,2.0,2\nc,y,,1\nb,Y,2,\ne,x,,\n");
}

static void test_table_select_spec(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ops_table();
    static const char *const bad[][2] = {
        {"rank,,name", "empty column name in --fields 'rank,,name'"},
        {",", "empty column name in --fields ','"},
        {"", "empty column name in --fields ''"},
        {"name,", "empty column name in --fields 'name,'"},
        {",name", "empty column name in --fields ',name'"},
    };
    for (size_t i = 0; i < N(bad); i++) {
        assert_int_equal(ke_table_select_spec(t, bad[i][0], &err), -1);
        assert_string_equal(err.message, bad[i][1]);
    }
    assert_int_equal(t->n_cols, 4); /* unchanged */
    assert_int_equal(ke_table_select_spec(t, "rank,name", &err), 0);
    assert_csv(t, "rank,name\n3,a\n,b\n1,c\n2,d\n,e\n5,f\n");
}

/* A message longer than ke_error's buffer is cut between UTF-8
 * characters, inside the longest quoted word, keeping its closing quote
 * and the hint after it. */
static void test_error_message_cut(void **state)
{
    (void)state;
    char word[1201];
    for (size_t i = 0; i < 600; i++)
        memcpy(word + 2 * i, "\xc3\xa9", 2); /* é */
    word[1200] = '\0';
    ke_error err;
    ke_error_set(&err, KE_EXIT_USAGE, "unknown metric '%s'; did you mean '%s'?", word, "patents");
    size_t len = strlen(err.message);
    assert_true(len <= sizeof err.message - 1);
    assert_true(len >= sizeof err.message - 4); /* no more cut than needed */
    assert_int_equal(ke_utf8_invalid(err.message), (size_t)-1);
    assert_true(strncmp(err.message, "unknown metric '\xc3\xa9\xc3\xa9", 20) == 0);
    const char *tail = "\xc3\xa9\xe2\x80\xa6'; did you mean 'patents'?";
    assert_string_equal(err.message + len - strlen(tail), tail);

    /* whatever the parity of the bytes to cut, the cut ends on a character */
    ke_error_set(&err, KE_EXIT_USAGE, "x '%s'; hint", word);
    assert_int_equal(ke_utf8_invalid(err.message), (size_t)-1);
    assert_string_equal(err.message + strlen(err.message) - 12, "\xc3\xa9\xe2\x80\xa6'; hint");
    ke_error_set(&err, KE_EXIT_USAGE, "xy '%s'; hint", word);
    assert_int_equal(ke_utf8_invalid(err.message), (size_t)-1);
    assert_string_equal(err.message + strlen(err.message) - 12, "\xc3\xa9\xe2\x80\xa6'; hint");

    /* nothing quoted: the end goes */
    ke_error_set(&err, KE_EXIT_USAGE, "%s", word);
    len = strlen(err.message);
    assert_int_equal(ke_utf8_invalid(err.message), (size_t)-1);
    assert_string_equal(err.message + len - 3, "\xe2\x80\xa6");
    assert_true(len <= sizeof err.message - 1);

    /* a message that fits is left alone */
    ke_error_set(&err, KE_EXIT_RUNTIME, "short '%s'", "word");
    assert_string_equal(err.message, "short 'word'");
    assert_int_equal(err.status, KE_EXIT_RUNTIME);
}

static void test_utf8(void **state)
{
    (void)state;
    assert_int_equal(ke_utf8_invalid("plain, 한국, 日本"), (size_t)-1);
    assert_int_equal(ke_utf8_invalid(""), (size_t)-1);
    assert_int_equal(ke_utf8_invalid("ab\xc3"), 2);             /* cut short */
    assert_int_equal(ke_utf8_invalid("\xc0\xaf"), 0);           /* overlong */
    assert_int_equal(ke_utf8_invalid("a\xed\xa0\x80"), 1);     /* surrogate */
    assert_int_equal(ke_utf8_invalid("\xf4\x90\x80\x80"), 0); /* past U+10FFFF */
    assert_int_equal(ke_utf8_invalid("x\x80"), 1);              /* stray continuation */
    char *e = ke_utf8_escape("caf\xc3 한\xff\xfe!");
    assert_string_equal(e, "caf\\xc3 한\\xff\\xfe!");
    free(e);
    /* prefixes by display width, never inside a character */
    assert_int_equal(ke_display_prefix("abcdef", 3), 3);
    assert_int_equal(ke_display_prefix("한국어", 3), 3);  /* 한 (2); 국 would make 4 */
    assert_int_equal(ke_display_prefix("한국어", 4), 6);
    assert_int_equal(ke_display_prefix("cafe\xcc\x81s", 4), 6); /* the combining mark comes along */
    assert_int_equal(ke_display_prefix("abc", 10), 3);
    assert_int_equal(ke_display_prefix("abc", 0), 0);
}

/* The CLI's order: where, sort, limit, select. */
static void test_table_ops_together(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ops_table();
    assert_int_equal(ke_table_where(t, "group", "X", &err), 0);
    assert_int_equal(ke_table_sort(t, "score", 1, &err), 0);
    ke_table_limit(t, 2);
    const char *keys[] = {"name", "score"};
    assert_int_equal(ke_table_select(t, keys, 2, &err), 0);
    assert_csv(t, "name,score\nf,2\na,1\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rank_full_rows_for_a_year),
        cmocka_unit_test(test_rank_higher_is_better_orders_descending),
        cmocka_unit_test(test_rank_lower_is_better_orders_ascending_ties_by_code),
        cmocka_unit_test(test_rank_ties_by_code_whatever_the_input_order),
        cmocka_unit_test(test_rank_stated_and_absent_rank),
        cmocka_unit_test(test_rank_default_year_has_stated_ranks),
        cmocka_unit_test(test_rank_year_selects_that_year),
        cmocka_unit_test(test_rank_year_without_figures),
        cmocka_unit_test(test_rank_metric_without_country_figures),
        cmocka_unit_test(test_rank_non_default_excluded_but_in_other_sources),
        cmocka_unit_test(test_rank_unknown_metric),
        cmocka_unit_test(test_rank_names_in_the_chosen_language),
        cmocka_unit_test(test_notes_in_the_chosen_language),
        cmocka_unit_test(test_migration_latest_year_with_directions),
        cmocka_unit_test(test_migration_year),
        cmocka_unit_test(test_migration_series_in_the_order_given),
        cmocka_unit_test(test_migration_series_with_year),
        cmocka_unit_test(test_migration_unknown_country_fails_before_output),
        cmocka_unit_test(test_contest_columns),
        cmocka_unit_test(test_contest_before_the_first_decision_is_empty),
        cmocka_unit_test(test_contest_decision_counts_on_its_day_not_before),
        cmocka_unit_test(test_contest_month_precision_31_day_month),
        cmocka_unit_test(test_contest_month_precision_30_day_month),
        cmocka_unit_test(test_contest_without_as_of_is_the_latest_standing),
        cmocka_unit_test(test_contest_names_in_the_chosen_language),
        cmocka_unit_test(test_contest_invalid_as_of),
        cmocka_unit_test(test_country_find),
        cmocka_unit_test(test_country_resolve_messages),
        cmocka_unit_test(test_metric_find_and_resolve),
        cmocka_unit_test(test_year_parse),
        cmocka_unit_test(test_name_falls_back_to_english),
        cmocka_unit_test(test_table_where),
        cmocka_unit_test(test_table_sort_stable_and_missing_last),
        cmocka_unit_test(test_table_sort_numbers_not_text),
        cmocka_unit_test(test_table_limit),
        cmocka_unit_test(test_table_select),
        cmocka_unit_test(test_table_sort_several_keys),
        cmocka_unit_test(test_table_select_spec),
        cmocka_unit_test(test_error_message_cut),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_references_are_indexes),
        cmocka_unit_test(test_as_of_reason_for_a_default_left_out),
        cmocka_unit_test(test_table_ops_together),
    };
    if (!(engine = load_engine()))
        return 1;
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    ke_dataset_free(engine);
    return failed;
}
