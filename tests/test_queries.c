/* The figure-listing commands (facts, country, compare, models, investment,
 * events, search, disputes) and name resolution: real values from the
 * compiled-in dataset through the library, and the binary's behaviour on
 * good and bad input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaieco/query.h"
#include "support.h"

/* ---- helpers -------------------------------------------------------------- */

/* Text of a cell by column key; NULL when missing. Fails on an unknown key. */
static const char *cell(const ke_table *t, size_t row, const char *key)
{
    int c = ke_table_col(t, key);
    if (c < 0)
        fail_msg("no column '%s'", key);
    return ke_table_cell(t, row, (size_t)c)->text;
}

static int cell_is(const ke_table *t, size_t row, const char *key, const char *want)
{
    const char *s = cell(t, row, key);
    return want ? s && strcmp(s, want) == 0 : s == NULL;
}

/* The first row whose cells equal the given key/value pairs (NULL-terminated),
 * or -1. */
static long find_row(const ke_table *t, ...)
{
    for (size_t r = 0; r < t->n_rows; r++) {
        va_list ap;
        va_start(ap, t);
        int ok = 1;
        for (const char *key; ok && (key = va_arg(ap, const char *));) {
            const char *want = va_arg(ap, const char *);
            ok = cell_is(t, r, key, want);
        }
        va_end(ap);
        if (ok)
            return (long)r;
    }
    return -1;
}

static void assert_cell(const ke_table *t, long row, const char *key, const char *want)
{
    assert_true(row >= 0);
    const char *got = cell(t, (size_t)row, key);
    if (!want) {
        if (got)
            fail_msg("%s: expected null, got '%s'", key, got);
        return;
    }
    if (!got)
        fail_msg("%s: expected '%s', got null", key, want);
    assert_string_equal(got, want);
}

static run_result run(const char *const *args)
{
    const char *argv[32] = {KAIECO_BIN};
    size_t n = 1;
    for (; args[n - 1]; n++)
        argv[n] = args[n - 1];
    argv[n] = NULL;
    return run_program(argv, NULL);
}

#define RUN(...) run((const char *const[]){__VA_ARGS__, NULL})

/* A usage error: exit 2, nothing on stdout, a message naming `word` (and
 * suggesting `suggestion`, when not NULL) on stderr. */
static void assert_usage_error(run_result r, const char *word, const char *suggestion)
{
    if (r.status != 2)
        fail_msg("expected exit 2, got %d (stderr: %s)", r.status, r.err);
    assert_string_equal(r.out, "");
    if (!strstr(r.err, word))
        fail_msg("stderr does not name '%s': %s", word, r.err);
    if (suggestion) {
        char want[128];
        snprintf(want, sizeof want, "did you mean '%s'?", suggestion);
        if (!strstr(r.err, want))
            fail_msg("stderr does not say \"%s\": %s", want, r.err);
    }
    run_result_free(&r);
}

static const ke_dataset *ds(void)
{
    return ke_builtin_dataset();
}

/* ---- facts ---------------------------------------------------------------- */

/* `year` is the integer year of a figure's period, a month included */
static void year_column_of_country_and_facts(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ke_query_country(ds(), "KR", KE_LANG_EN, &err);
    assert_non_null(t);
    long r = find_row(t, "metric", "h100-stock", NULL);
    assert_cell(t, r, "period", "2025-01");
    assert_cell(t, r, "year", "2025");
    ke_table_free(t);
    ke_facts_filter f = {"sakana-ai", "company-age", NULL, 0};
    t = ke_query_facts(ds(), &f, KE_LANG_EN, &err);
    assert_non_null(t);
    assert_int_equal(t->n_rows, 1);
    assert_cell(t, 0, "period", "2024-09");
    assert_cell(t, 0, "year", "2024");
    ke_table_free(t);
}

/* investment: 2024 is the latest year in which a source states a rank
 * (KR's 11th), so rank shows it by default although the other three
 * figures of 2024 are unranked */
static void rank_investment_default_year(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ke_query_rank(ds(), "investment", 0, KE_LANG_EN, &err);
    assert_non_null(t);
    assert_int_equal(t->n_rows, 4);
    static const char *const order[] = {"US", "CN", "GB", "KR"};
    for (size_t i = 0; i < 4; i++) {
        assert_cell(t, (long)i, "country", order[i]);
        assert_cell(t, (long)i, "year", "2024");
        assert_cell(t, (long)i, "rank", i == 3 ? "11" : NULL);
    }
    ke_table_free(t);
}

static void facts_korea_patents_2022(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_facts_filter f = {"KR", "patents", NULL, 2022};
    ke_table *t = ke_query_facts(ds(), &f, KE_LANG_EN, &err);
    assert_non_null(t);
    assert_true(t->n_rows >= 1);
    long r = find_row(t, "source", "kyunghyang-2024-04-17", NULL);
    assert_cell(t, r, "entity", "KR");
    assert_cell(t, r, "entity_kind", "country");
    assert_cell(t, r, "name", "South Korea");
    assert_cell(t, r, "metric", "patents");
    assert_cell(t, r, "period", "2022");
    assert_cell(t, r, "precision", "year");
    assert_cell(t, r, "value", "10.26");
    assert_cell(t, r, "unit", "patents per 100,000 people");
    assert_cell(t, r, "rank", "1");
    assert_cell(t, r, "source_kind", "article");
    assert_cell(t, r, "default", "true");
    for (size_t i = 0; i < t->n_rows; i++) {
        assert_true(cell_is(t, i, "entity", "KR"));
        assert_true(cell_is(t, i, "period", "2022"));
    }
    ke_table_free(t);
}

static void facts_lists_every_observation_in_order(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ke_query_facts(ds(), NULL, KE_LANG_EN, &err);
    assert_non_null(t);
    assert_int_equal(t->n_rows, ds()->n_observations);
    for (size_t i = 1; i < t->n_rows; i++)
        assert_true(strcmp(cell(t, i - 1, "metric"), cell(t, i, "metric")) <= 0);
    /* both figures of a disputed group are there, one of them default */
    long d = find_row(t, "metric", "investment", "entity", "CN", "period", "2022", "source",
                      "maeilnews-2023", NULL);
    long o = find_row(t, "metric", "investment", "entity", "CN", "period", "2022", "source",
                      "kyunghyang-2024-04-17", NULL);
    assert_cell(t, d, "value", "13.41");
    assert_cell(t, d, "default", "true");
    assert_cell(t, d, "disputed", "true");
    assert_cell(t, o, "value", "13.041");
    assert_cell(t, o, "default", "false");
    assert_cell(t, o, "disputed", "true");
    ke_table_free(t);
}

static void facts_filters_by_entity_name_source_and_year(void **state)
{
    (void)state;
    ke_error err = {0};
    /* an entity by its Korean name */
    ke_facts_filter f = {"퓨리오사AI", NULL, NULL, 0};
    ke_table *t = ke_query_facts(ds(), &f, KE_LANG_EN, &err);
    assert_non_null(t);
    assert_true(t->n_rows >= 1);
    for (size_t i = 0; i < t->n_rows; i++) {
        assert_true(cell_is(t, i, "entity", "furiosaai"));
        assert_true(cell_is(t, i, "entity_kind", "organization"));
    }
    ke_table_free(t);
    /* one source, one year */
    f = (ke_facts_filter){NULL, NULL, "maeilnews-2023", 2022};
    t = ke_query_facts(ds(), &f, KE_LANG_EN, &err);
    assert_non_null(t);
    assert_true(t->n_rows >= 1);
    for (size_t i = 0; i < t->n_rows; i++) {
        assert_true(cell_is(t, i, "source", "maeilnews-2023"));
        assert_int_equal(strncmp(cell(t, i, "period"), "2022", 4), 0);
    }
    assert_true(find_row(t, "entity", "US", "metric", "investment", "value", "47.36", NULL) >= 0);
    ke_table_free(t);
}

static void facts_bad_filters_are_usage_errors(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_facts_filter f = {"Koreaa", NULL, NULL, 0};
    assert_null(ke_query_facts(ds(), &f, KE_LANG_EN, &err));
    assert_int_equal(err.status, 2);
    assert_non_null(strstr(err.message, "'Koreaa'"));
    assert_non_null(strstr(err.message, "did you mean"));

    assert_usage_error(RUN("facts", "--entity", "Koreaa"), "Koreaa", "Korea");
    assert_usage_error(RUN("facts", "--metric", "patnts"), "patnts", "patents");
    assert_usage_error(RUN("facts", "--source", "kyunghyang-2024-04-71"), "kyunghyang-2024-04-71",
                       "kyunghyang-2024-04-17");
    assert_usage_error(RUN("facts", "--year", "20x2"), "20x2", NULL);
}

static void facts_cli_prints_the_figure(void **state)
{
    (void)state;
    run_result r = RUN("facts", "--entity", "kor", "--metric", "patents", "--year", "2022",
                       "--where", "default=true", "--fields", "entity,value,rank,source", "--csv");
    assert_int_equal(r.status, 0);
    assert_string_equal(r.out, "entity,value,rank,source\nKR,10.26,1,kyunghyang-2024-04-17\n");
    assert_string_equal(r.err, "");
    run_result_free(&r);
}

/* ---- names ---------------------------------------------------------------- */

static void countries_resolve_in_three_languages(void **state)
{
    (void)state;
    static const char *const korea[] = {"KR",     "kr",       "kor",  "KOR", "Korea",
                                        "korea",  "South Korea", "한국", "대한민국", "韓国"};
    for (size_t i = 0; i < sizeof korea / sizeof *korea; i++) {
        const ke_country *c = ke_country_find(ds(), korea[i]);
        if (!c || strcmp(ke_s(ds(), c->alpha2), "KR"))
            fail_msg("'%s' does not resolve to KR", korea[i]);
    }
    static const char *const japan[] = {"JP", "jpn", "Japan", "일본", "日本"};
    for (size_t i = 0; i < sizeof japan / sizeof *japan; i++) {
        const ke_country *c = ke_country_find(ds(), japan[i]);
        if (!c || strcmp(ke_s(ds(), c->alpha2), "JP"))
            fail_msg("'%s' does not resolve to JP", japan[i]);
    }
    /* the country command gives the same table whatever the spelling */
    ke_error err = {0};
    ke_table *ref = ke_query_country(ds(), "KR", KE_LANG_EN, &err);
    assert_non_null(ref);
    char *want = render_to_string(ref, KE_FMT_CSV, KE_LANG_EN);
    for (size_t i = 0; i < sizeof korea / sizeof *korea; i++) {
        ke_table *t = ke_query_country(ds(), korea[i], KE_LANG_EN, &err);
        assert_non_null(t);
        char *got = render_to_string(t, KE_FMT_CSV, KE_LANG_EN);
        assert_string_equal(got, want);
        free(got);
        ke_table_free(t);
    }
    free(want);
    ke_table_free(ref);
}

static void entities_resolve_by_id_name_and_alias(void **state)
{
    (void)state;
    static const struct {
        const char *word, *id;
    } cases[] = {
        {"upstage", "upstage"},      {"UPSTAGE", "upstage"},   {"업스테이지", "upstage"},
        {"アップステージ", "upstage"}, {"furiosa", "furiosaai"}, {"퓨리오사AI", "furiosaai"},
        {"K-EXAONE", "k-exaone"},    {"韓国", "KR"},            {"South Korea", "KR"},
    };
    ke_error err = {0};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *got = ke_subject_resolve(ds(), cases[i].word, &err);
        if (!got || strcmp(got, cases[i].id))
            fail_msg("'%s' resolves to '%s', not '%s'", cases[i].word, got ? got : "(null)",
                     cases[i].id);
    }
    assert_null(ke_subject_resolve(ds(), "Upstaeg", &err));
    assert_int_equal(err.status, 2);
    assert_non_null(strstr(err.message, "did you mean 'upstage'?"));
    assert_null(ke_entity_resolve_kind(ds(), "k-exaone", KE_ENTITY_ORGANIZATION, &err));
    assert_non_null(strstr(err.message, "is a model"));
}

/* ---- country -------------------------------------------------------------- */

static void country_lists_default_figures_by_metric_and_period(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ke_query_country(ds(), "韓国", KE_LANG_EN, &err);
    assert_non_null(t);
    long r = find_row(t, "metric", "patents", "period", "2022", NULL);
    assert_cell(t, r, "metric_name", "AI patents per capita");
    assert_cell(t, r, "value", "10.26");
    assert_cell(t, r, "rank", "1");
    assert_cell(t, r, "source", "kyunghyang-2024-04-17");
    r = find_row(t, "metric", "investment", "period", "2023", NULL);
    assert_cell(t, r, "value", "1.39");
    assert_cell(t, r, "rank", "9");
    assert_cell(t, r, "unit", "USD billions");
    for (size_t i = 1; i < t->n_rows; i++) {
        int c = strcmp(cell(t, i - 1, "metric"), cell(t, i, "metric"));
        assert_true(c < 0 || (c == 0 && strcmp(cell(t, i - 1, "period"), cell(t, i, "period")) <= 0));
    }
    ke_table_free(t);
    /* metric names follow --lang */
    t = ke_query_country(ds(), "KR", KE_LANG_KO, &err);
    assert_non_null(t);
    r = find_row(t, "metric", "patents", "period", "2022", NULL);
    assert_true(r >= 0);
    assert_string_not_equal(cell(t, (size_t)r, "metric_name"), "AI patents per capita");
    ke_table_free(t);
    assert_usage_error(RUN("country", "Japn"), "Japn", NULL);
}

/* ---- compare -------------------------------------------------------------- */

static void compare_has_one_column_per_country(void **state)
{
    (void)state;
    ke_error err = {0};
    const char *const countries[] = {"한국", "日本", "usa", "KR"}; /* KR twice: one column */
    const char *const metrics[] = {"investment", "patents"};
    ke_table *t = ke_query_compare(ds(), countries, 4, metrics, 2, 0, KE_LANG_EN, &err);
    assert_non_null(t);
    /* metric_name after the countries: columns are only ever added at the end */
    static const char *const keys[] = {"metric", "year", "unit", "kr", "jp", "us", "metric_name"};
    assert_int_equal(t->n_cols, 7);
    for (size_t i = 0; i < 7; i++)
        assert_string_equal(t->cols[i].key, keys[i]);
    assert_int_equal(t->n_rows, 2);
    assert_cell(t, 0, "metric", "investment");
    assert_cell(t, 0, "year", "2024");
    assert_cell(t, 0, "unit", "USD billions");
    assert_cell(t, 0, "kr", "1.33");
    assert_cell(t, 0, "jp", NULL);
    assert_cell(t, 0, "us", "109.1");
    assert_cell(t, 1, "metric", "patents");
    assert_cell(t, 1, "year", "2023");
    assert_cell(t, 1, "kr", "17.27");
    assert_cell(t, 1, "jp", "4.58");
    ke_table_free(t);
}

static void compare_cli_metric_repeats_or_lists(void **state)
{
    (void)state;
    run_result a = RUN("compare", "KR", "JP", "--metric", "patents,investment", "--csv");
    run_result b = RUN("compare", "KR", "JP", "--metric", "patents", "--metric", "investment", "--csv");
    assert_int_equal(a.status, 0);
    assert_int_equal(b.status, 0);
    assert_string_equal(a.out, "metric,year,unit,kr,jp,metric_name\n"
                               "patents,2023,\"patents per 100,000 people\",17.27,4.58,AI patents per capita\n"
                               "investment,2024,USD billions,1.33,,Private AI investment\n");
    assert_string_equal(a.out, b.out);
    run_result_free(&a);
    run_result_free(&b);
    /* every metric with a figure when --metric is not given */
    run_result c = RUN("compare", "KR", "CN", "--fields", "metric", "--csv");
    assert_int_equal(c.status, 0);
    assert_non_null(strstr(c.out, "\npatents\n"));
    assert_non_null(strstr(c.out, "\ninvestment\n"));
    run_result_free(&c);
    run_result h = RUN("help", "compare");
    assert_int_equal(h.status, 0);
    for (char *p = h.out; *p; p++)
        if (*p == '\n')
            *p = ' '; /* the description is wrapped */
    assert_non_null(strstr(h.out, "then one column per country"));
    run_result_free(&h);
    assert_usage_error(RUN("compare", "KR", "Narnia"), "Narnia", NULL);
    assert_usage_error(RUN("compare", "KR", "JP", "--metric", "patnts"), "patnts", "patents");
    run_result one = RUN("compare", "KR");
    assert_int_equal(one.status, 2);
    assert_string_equal(one.out, "");
    run_result_free(&one);
}

/* ---- models --------------------------------------------------------------- */

static void models_have_developer_country_size_and_release(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ke_query_models(ds(), NULL, NULL, KE_LANG_EN, &err);
    assert_non_null(t);
    long r = find_row(t, "id", "k-exaone", NULL);
    assert_cell(t, r, "model", "K-EXAONE");
    assert_cell(t, r, "organization", "LG AI Research");
    assert_cell(t, r, "country", "KR");
    assert_cell(t, r, "parameters", "236000000000");
    r = find_row(t, "id", "a-x-k1", NULL);
    assert_cell(t, r, "organization", "SK Telecom");
    assert_cell(t, r, "parameters", "519000000000");
    r = find_row(t, "id", "deepseek-r1", NULL);
    assert_cell(t, r, "country", "CN");
    assert_cell(t, r, "released", "2025-01-20");
    assert_cell(t, r, "precision", "day");
    /* no source of the articles sizes it; Epoch AI's list does (issue 18) */
    assert_cell(t, r, "parameters", "671000000000");
    assert_cell(t, r, "parameters_source", "epoch-2026-07");
    assert_cell(t, r, "listed_in", "epoch-2026-07");
    r = find_row(t, "id", "deepseek-v3", NULL);
    assert_cell(t, r, "released", "2024-12");
    assert_cell(t, r, "precision", "month");
    ke_table_free(t);

    t = ke_query_models(ds(), "중국", NULL, KE_LANG_EN, &err);
    assert_non_null(t);
    assert_true(t->n_rows >= 2);
    /* the model's country, else as the list names them ("US,CN") */
    for (size_t i = 0; i < t->n_rows; i++)
        assert_non_null(strstr(cell(t, i, "country"), "CN"));
    ke_table_free(t);

    /* an organisation takes its subsidiaries' models */
    t = ke_query_models(ds(), NULL, "LG AI Research", KE_LANG_EN, &err);
    assert_non_null(t);
    assert_true(find_row(t, "id", "k-exaone", NULL) >= 0);
    assert_true(find_row(t, "id", "exaone-2", NULL) >= 0);
    assert_int_equal(find_row(t, "id", "a-x-k1", NULL), -1);
    ke_table_free(t);

    assert_usage_error(RUN("models", "--organization", "upstag"), "upstag", "upstage");
    assert_usage_error(RUN("models", "--organization", "k-exaone"), "k-exaone", NULL);
    assert_usage_error(RUN("models", "--country", "Narnia"), "Narnia", NULL);
}

/* ---- investment ----------------------------------------------------------- */

static void investment_series_with_stated_ranks(void **state)
{
    (void)state;
    ke_error err = {0};
    const char *const kr[] = {"South Korea"};
    ke_table *t = ke_query_investment(ds(), kr, 1, 0, KE_LANG_EN, &err);
    assert_non_null(t);
    long r = find_row(t, "year", "2022", NULL);
    assert_cell(t, r, "value", "3.1");
    assert_cell(t, r, "rank", "6");
    r = find_row(t, "year", "2023", NULL);
    assert_cell(t, r, "value", "1.39");
    assert_cell(t, r, "rank", "9");
    assert_cell(t, r, "unit", "USD billions");
    for (size_t i = 0; i < t->n_rows; i++)
        assert_true(cell_is(t, i, "country", "KR"));
    for (size_t i = 1; i < t->n_rows; i++)
        assert_true(atoi(cell(t, i - 1, "year")) < atoi(cell(t, i, "year")));
    ke_table_free(t);

    /* every country: by country, then year; China 2022 is the default 13.41 */
    t = ke_query_investment(ds(), NULL, 0, 0, KE_LANG_EN, &err);
    assert_non_null(t);
    for (size_t i = 1; i < t->n_rows; i++) {
        int c = strcmp(cell(t, i - 1, "country"), cell(t, i, "country"));
        assert_true(c < 0 || (c == 0 && atoi(cell(t, i - 1, "year")) < atoi(cell(t, i, "year"))));
    }
    r = find_row(t, "country", "CN", "year", "2022", NULL);
    assert_cell(t, r, "value", "13.41");
    assert_cell(t, r, "rank", "2");
    assert_cell(t, r, "source", "maeilnews-2023");
    assert_true(find_row(t, "country", "US", "year", "2023", "value", "67.2", "rank", "1", NULL) >= 0);
    ke_table_free(t);

    assert_usage_error(RUN("investment", "KR", "Narnia"), "Narnia", NULL);
}

/* ---- events --------------------------------------------------------------- */

static void events_in_date_order_with_overlapping_ranges(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ke_query_events(ds(), NULL, NULL, NULL, KE_LANG_EN, &err);
    assert_non_null(t);
    /* every event but the other versions of an event sources date
     * differently (disputes lists those) */
    size_t n_default = 0;
    for (size_t i = 0; i < ds()->n_events; i++)
        n_default += (size_t)ds()->events[i].is_default;
    assert_int_equal(t->n_rows, n_default);
    /* two other dates of the winners, Dong-A English's "Sunday" for the teams */
    assert_int_equal(ds()->n_events - n_default, 3);
    assert_int_equal(find_row(t, "id", "contest-winners", NULL), -1);
    assert_true(find_row(t, "id", "contest-winners-dec-2026", "date", "2026-12", NULL) >= 0);
    for (size_t i = 1; i < t->n_rows; i++)
        assert_true(strcmp(cell(t, i - 1, "date"), cell(t, i, "date")) <= 0);
    long r = find_row(t, "id", "deepseek-r1-release", NULL);
    assert_cell(t, r, "date", "2025-01-20");
    assert_cell(t, r, "precision", "day");
    assert_cell(t, r, "source", "hankyoreh-ja-2025-02-01");
    r = find_row(t, "id", "contest-teams-selected", NULL);
    assert_cell(t, r, "tags", "contest,policy,models");
    ke_table_free(t);

    /* an event known only to the year overlaps any month of it */
    t = ke_query_events(ds(), "2024-06", "2024-06", NULL, KE_LANG_EN, &err);
    assert_non_null(t);
    assert_true(find_row(t, "id", "sakana-ai-funding-round", "precision", "year", NULL) >= 0);
    assert_int_equal(find_row(t, "id", "sakana-ai-series-a", NULL), -1);
    ke_table_free(t);

    t = ke_query_events(ds(), "2025-08", "2025-12-31", "contest", KE_LANG_EN, &err);
    assert_non_null(t);
    assert_int_equal(t->n_rows, 2);
    assert_cell(t, 0, "id", "contest-teams-selected");
    assert_cell(t, 1, "id", "contest-showcase");
    ke_table_free(t);

    /* titles in --lang */
    t = ke_query_events(ds(), NULL, NULL, "visa", KE_LANG_JA, &err);
    assert_non_null(t);
    r = find_row(t, "id", "top-tier-visa-launched", NULL);
    assert_cell(t, r, "title", "韓国のトップティア・ビザが施行");
    ke_table_free(t);

    assert_usage_error(RUN("events", "--tag", "contst"), "contst", "contest");
    assert_usage_error(RUN("events", "--from", "2025-13"), "2025-13", NULL);
    assert_usage_error(RUN("events", "--to", "yesterday"), "yesterday", NULL);
    assert_usage_error(RUN("events", "--from", "2026", "--to", "2025"), "--from 2026", NULL);
}

/* ---- search --------------------------------------------------------------- */

static void search_in_three_languages(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ke_query_search(ds(), "韓国", KE_LANG_EN, &err);
    assert_non_null(t);
    long r = find_row(t, "kind", "country", "id", "KR", NULL);
    assert_cell(t, r, "name", "South Korea");
    assert_cell(t, r, "match", "韓国");
    assert_cell(t, r, "field", "name.ja");
    ke_table_free(t);

    t = ke_query_search(ds(), "업스테이지", KE_LANG_EN, &err);
    assert_non_null(t);
    r = find_row(t, "kind", "organization", "id", "upstage", NULL);
    assert_cell(t, r, "name", "Upstage");
    assert_cell(t, r, "field", "name.ko");
    ke_table_free(t);

    t = ke_query_search(ds(), "furiosa", KE_LANG_KO, &err);
    assert_non_null(t);
    r = find_row(t, "kind", "organization", "id", "furiosaai", NULL);
    assert_cell(t, r, "name", "퓨리오사AI");
    assert_cell(t, r, "match", "FuriosaAI");
    assert_cell(t, r, "field", "name.en");
    ke_table_free(t);

    /* kinds in order, ids in order within a kind; metrics and events too */
    t = ke_query_search(ds(), "invest", KE_LANG_EN, &err);
    assert_non_null(t);
    assert_true(find_row(t, "kind", "metric", "id", "investment", NULL) >= 0);
    ke_table_free(t);
    t = ke_query_search(ds(), "deepseek", KE_LANG_EN, &err);
    assert_non_null(t);
    long org = find_row(t, "kind", "organization", "id", "deepseek", NULL);
    long model = find_row(t, "kind", "model", "id", "deepseek-r1", NULL);
    long event = find_row(t, "kind", "event", "id", "deepseek-r1-release", NULL);
    assert_true(org >= 0 && model > org && event > model);
    for (size_t i = 1; i < t->n_rows; i++)
        if (strcmp(cell(t, i - 1, "kind"), cell(t, i, "kind")) == 0)
            assert_true(strcmp(cell(t, i - 1, "id"), cell(t, i, "id")) < 0);
    ke_table_free(t);

    run_result none = RUN("search", "zzzqqq");
    assert_int_equal(none.status, 0);
    run_result_free(&none);
    assert_usage_error(RUN("search", ""), "TEXT", NULL);
}

/* ---- disputes ------------------------------------------------------------- */

static void disputes_side_by_side(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = ke_query_disputes(ds(), KE_LANG_EN, &err);
    assert_non_null(t);
    assert_true(t->n_rows >= 1);
    long r = find_row(t, "metric", "investment", "entity", "CN", "period", "2022", NULL);
    assert_cell(t, r, "name", "China");
    assert_cell(t, r, "value_default", "13.41");
    assert_cell(t, r, "source_default", "maeilnews-2023");
    assert_cell(t, r, "value_other", "13.041");
    assert_cell(t, r, "source_other", "kyunghyang-2024-04-17");
    assert_cell(t, r, "rank_default", "2");
    assert_true(cell(t, (size_t)r, "why") != NULL);
    /* no row is the default figure against itself, and no undisputed
     * group appears (Korea's 2022 patents: two sources, one figure) */
    for (size_t i = 0; i < t->n_rows; i++)
        assert_true(!cell_is(t, i, "source_default", cell(t, i, "source_other")));
    assert_int_equal(find_row(t, "metric", "patents", "entity", "KR", NULL), -1);
    ke_table_free(t);

    run_result c = RUN("disputes", "--where", "entity=CN", "--where", "period=2022", "--fields",
                       "metric,value_default,value_other", "--csv");
    assert_int_equal(c.status, 0);
    assert_string_equal(c.out, "metric,value_default,value_other\ninvestment,13.41,13.041\n");
    run_result_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(year_column_of_country_and_facts),
        cmocka_unit_test(rank_investment_default_year),
        cmocka_unit_test(facts_korea_patents_2022),
        cmocka_unit_test(facts_lists_every_observation_in_order),
        cmocka_unit_test(facts_filters_by_entity_name_source_and_year),
        cmocka_unit_test(facts_bad_filters_are_usage_errors),
        cmocka_unit_test(facts_cli_prints_the_figure),
        cmocka_unit_test(countries_resolve_in_three_languages),
        cmocka_unit_test(entities_resolve_by_id_name_and_alias),
        cmocka_unit_test(country_lists_default_figures_by_metric_and_period),
        cmocka_unit_test(compare_has_one_column_per_country),
        cmocka_unit_test(compare_cli_metric_repeats_or_lists),
        cmocka_unit_test(models_have_developer_country_size_and_release),
        cmocka_unit_test(investment_series_with_stated_ranks),
        cmocka_unit_test(events_in_date_order_with_overlapping_ranges),
        cmocka_unit_test(search_in_three_languages),
        cmocka_unit_test(disputes_side_by_side),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
