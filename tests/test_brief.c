/* kaieco brief: what every country's brief says stands on the data. For
 * every country and language, each figure a sentence rests on is a row of
 * `kaieco facts` (metric, subject, period, value, rank, source), and the
 * sentence cites that source with the right mark; in English every number
 * in a sentence is one of its figures' values, stated ranks or period
 * parts, a number of the metric's unit ("per 100,000 people"), a date or
 * title of the decision or event it reports, or a citation mark. The exact
 * text of Korea's brief in each language is pinned in tests/golden/
 * (tests/scripts/golden.sh); here, the behaviour of the command. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "kaieco/brief.h"
#include "kaieco/load.h"
#include "kaieco/format.h"
#include "kaieco/query.h"
#include "support.h"

static const char *cell(const ke_table *t, size_t r, const char *key)
{
    int c = ke_table_col(t, key);
    assert_true(c >= 0);
    return ke_table_cell(t, r, (size_t)c)->text;
}

static int eq(const char *a, const char *b)
{
    return a && b ? strcmp(a, b) == 0 : a == b;
}

/* The facts row of this figure, or -1. */
static long facts_row(const ke_table *facts, const ke_table *s, size_t r)
{
    for (size_t f = 0; f < facts->n_rows; f++)
        if (eq(cell(facts, f, "metric"), cell(s, r, "metric")) && eq(cell(facts, f, "entity"), cell(s, r, "entity")) &&
            eq(cell(facts, f, "period"), cell(s, r, "period")) && eq(cell(facts, f, "value"), cell(s, r, "value")) &&
            eq(cell(facts, f, "rank"), cell(s, r, "rank")) && eq(cell(facts, f, "source"), cell(s, r, "source")))
            return (long)f;
    return -1;
}

/* Whether the number `num` (as written in the text) may stand in sentence
 * rows [from, to). */
static int number_allowed(const ke_dataset *ds, const ke_table *facts, const ke_table *s, size_t from, size_t to,
                          const char *num)
{
    char plain[64];
    size_t k = 0;
    for (const char *p = num; *p && k + 1 < sizeof plain; p++)
        if (*p != ',')
            plain[k++] = *p;
    plain[k] = '\0';
    for (size_t r = from; r < to; r++) {
        const char *v = cell(s, r, "value"), *rank = cell(s, r, "rank"), *ref = cell(s, r, "ref");
        const char *period = cell(s, r, "period");
        if (eq(v, num) || eq(rank, plain) || eq(ref, plain))
            return 1;
        /* the period's year, month or day ("17 April 2024") */
        int y = 0, m = 0, d = 0;
        sscanf(period, "%d-%d-%d", &y, &m, &d);
        long n = strtol(plain, NULL, 10);
        if (!strchr(plain, '.') && (n == y || (m && n == m) || (d && n == d)))
            return 1;
        /* a number of the unit, as `kaieco facts` gives it */
        long f = cell(s, r, "metric") ? facts_row(facts, s, r) : -1;
        if (f >= 0 && strstr(cell(facts, (size_t)f, "unit"), num))
            return 1;
        /* a figure that is a position ("the 5th-largest") */
        if (v && eq(v, plain))
            return 1;
        /* an event's own title */
        for (size_t e = 0; !cell(s, r, "metric") && e < ds->n_events; e++)
            if (eq(ke_s(ds, ds->events[e].id), cell(s, r, "entity")) && strstr(ke_s(ds, ds->events[e].title.s[KE_LANG_EN]), num))
                return 1;
    }
    return 0;
}

static void check_brief(const ke_dataset *ds, const ke_table *facts, const char *country, ke_lang lang)
{
    ke_error err = {0};
    ke_brief *b = ke_query_brief(ds, country, lang, &err);
    assert_non_null(b);
    const ke_table *s = b->sentences;
    for (size_t r = 0; r < s->n_rows; r++) {
        const char *text = cell(s, r, "text");
        /* the source the sentence cites for this figure, by its mark */
        long ref = strtol(cell(s, r, "ref"), NULL, 10);
        assert_true(ref >= 1 && (size_t)ref <= b->n_refs);
        assert_string_equal(ke_s(ds, b->refs[ref - 1]->id), cell(s, r, "source"));
        char mark[32];
        snprintf(mark, sizeof mark, "[%ld]", ref);
        if (!strstr(text, mark))
            fail_msg("%s %d: sentence without its mark %s: %s", country, (int)lang, mark, text);
        if (cell(s, r, "metric") && facts_row(facts, s, r) < 0)
            fail_msg("%s: figure not in kaieco facts: %s %s %s %s (%s)", country, cell(s, r, "metric"),
                     cell(s, r, "period"), cell(s, r, "value"), cell(s, r, "source"), text);
    }
    if (lang != KE_LANG_EN) {
        ke_brief_free(b);
        return;
    }
    /* every number of every English sentence */
    for (size_t from = 0; from < s->n_rows;) {
        size_t to = from + 1;
        while (to < s->n_rows && eq(cell(s, to, "sentence"), cell(s, from, "sentence")))
            to++;
        const char *text = cell(s, from, "text");
        for (const char *p = text; *p;) {
            if (!(*p >= '0' && *p <= '9')) {
                p++;
                continue;
            }
            const char *start = p;
            if (start > text && start[-1] == '-')
                start--;
            while ((*p >= '0' && *p <= '9') || ((*p == '.' || *p == ',') && p[1] >= '0' && p[1] <= '9'))
                p++;
            char num[64];
            snprintf(num, sizeof num, "%.*s", (int)(p - start), start);
            if (!number_allowed(ds, facts, s, from, to, num) && !number_allowed(ds, facts, s, from, to, num + (*num == '-')))
                fail_msg("%s: '%s' stands on no figure of its sentence: %s", country, num, text);
        }
        from = to;
    }
    ke_brief_free(b);
}

static void test_every_country_stands_on_facts(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    ke_facts_filter none = {0};
    ke_error err = {0};
    ke_table *facts = ke_query_facts(ds, &none, KE_LANG_EN, &err);
    assert_non_null(facts);
    size_t sentences = 0;
    for (size_t c = 0; c < ds->n_countries; c++)
        for (int l = 0; l < KE_N_LANGS; l++) {
            check_brief(ds, facts, ke_s(ds, ds->countries[c].alpha2), (ke_lang)l);
            ke_brief *b = ke_query_brief(ds, ke_s(ds, ds->countries[c].alpha2), (ke_lang)l, &err);
            sentences += b->sentences->n_rows;
            ke_brief_free(b);
        }
    assert_true(sentences > 50);
    ke_table_free(facts);
}

/* A rank only where its source states one; "down from" only between two
 * figures of one metric; a disputed figure with the other side. */
static void test_statements(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    ke_error err = {0};
    ke_brief *b = ke_query_brief(ds, "KR", KE_LANG_EN, &err);
    const ke_table *s = b->sentences;
    for (size_t r = 0; r < s->n_rows; r++) {
        const char *kind = cell(s, r, "kind"), *text = cell(s, r, "text");
        if (strstr(text, "ranked") || strstr(text, "th)") || strstr(text, "st)"))
            assert_non_null(cell(s, r, "rank") ? cell(s, r, "rank") : strstr(kind, "change"));
        if (strcmp(kind, "change") == 0) {
            assert_true(r + 1 < s->n_rows);
            assert_string_equal(cell(s, r, "metric"), cell(s, r + 1, "metric"));
            assert_string_equal(cell(s, r, "sentence"), cell(s, r + 1, "sentence"));
            r++;
        }
        if (strcmp(kind, "dispute") == 0) { /* the default and another value */
            assert_true(r + 1 < s->n_rows && eq(cell(s, r, "sentence"), cell(s, r + 1, "sentence")));
            assert_false(eq(cell(s, r, "value"), cell(s, r + 1, "value")));
            while (r + 1 < s->n_rows && eq(cell(s, r, "sentence"), cell(s, r + 1, "sentence")))
                r++;
        }
    }
    ke_brief_free(b);
    /* the fixture's disputed figure: 0 by the report, 5 by a wire, both
     * rows of one sentence */
    const char *path = KAIECO_FIXTURES "/brief/data.json";
    ke_diags diags = {0};
    ke_dataset *fx = ke_dataset_load(&path, 1, &diags);
    assert_non_null(fx);
    b = ke_query_brief(fx, "korea", KE_LANG_EN, &err);
    s = b->sentences;
    int found = 0;
    for (size_t r = 0; r < s->n_rows; r++)
        if (eq(cell(s, r, "metric"), "foundation-models")) {
            assert_string_equal(cell(s, r, "kind"), "dispute");
            assert_string_equal(cell(s, r, "sentence"), "3");
            assert_string_equal(cell(s, r, "value"), found ? "5" : "0");
            found++;
        }
    assert_int_equal(found, 2);
    ke_brief_free(b);
    ke_dataset_free(fx);
    ke_diags_free(&diags);
}

/* The text view wraps its paragraphs at the width it is given (a
 * terminal's), counting Korean and Japanese characters two columns, and
 * never breaks a Japanese line before closing punctuation or a mark. */
static void test_wrap(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    ke_error err = {0};
    for (int l = 0; l < KE_N_LANGS; l++) {
        ke_brief *b = ke_query_brief(ds, "KR", (ke_lang)l, &err);
        char *text = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&text, &len);
        assert_int_equal(ke_brief_render_text(b, 50, f), 0);
        fclose(f);
        /* the paragraphs: between the title and the references */
        const char *refs = strstr(text, l == 0 ? "\nReferences\n" : l == 1 ? "\n참고 자료\n" : "\n参考資料\n");
        assert_non_null(refs);
        size_t lines = 0;
        for (char *line = strchr(text, '\n') + 1; line < refs; lines++) {
            char *nl = strchr(line, '\n');
            *nl = '\0';
            if (ke_display_width(line) > 50)
                fail_msg("lang %d: a line of %zu columns: %s", l, ke_display_width(line), line);
            if (l == KE_LANG_JA && (strncmp(line, "。", 3) == 0 || strncmp(line, "、", 3) == 0))
                fail_msg("a Japanese line starts with punctuation: %s", line);
            if (line[0] == '[') /* a mark stays with the word before it, in every language */
                fail_msg("lang %d: a line starts with a citation mark: %s", l, line);
            line = nl + 1;
        }
        assert_true(lines > 10);
        free(text);
        ke_brief_free(b);
    }
}

#define RUN(...) run_kaieco((const char *const[]){__VA_ARGS__, NULL}, NULL)
#define FIXTURE KAIECO_FIXTURES "/brief/data.json"

static void assert_fails(run_result r, int status, const char *err)
{
    assert_string_equal(r.out, "");
    assert_string_equal(r.err, err);
    assert_int_equal(r.status, status);
    run_result_free(&r);
}

static void test_cli(void **state)
{
    (void)state;
    assert_fails(RUN("brief", "Koreaa"), 2, "kaieco: unknown country 'Koreaa'; did you mean 'Korea'?\n");
    assert_fails(RUN("brief"), 2, "kaieco: brief: missing argument; usage: kaieco brief COUNTRY\n");
    assert_fails(RUN("brief", "KR", "--where", "kind = rank"), 2,
                 "kaieco: brief: --where applies to its table of sentences (-f csv, tsv or ndjson), not to table\n");
    assert_fails(RUN("brief", "KR", "-f", "json", "--fields", "text"), 2,
                 "kaieco: brief: --fields applies to its table of sentences (-f csv, tsv or ndjson), not to json\n");
    assert_fails(RUN("brief", "KR", "--as-of", "2024-13"), 2,
                 "kaieco: invalid date '2024-13' for --as-of (expected YYYY, YYYY-MM or YYYY-MM-DD)\n");

    /* the table of sentences, shaped like any result */
    run_result r = RUN("--data", FIXTURE, "brief", "KR", "-f", "csv", "--where", "kind = rank or kind = change",
                       "--fields", "sentence,kind,metric,period,value,rank,source,ref");
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "sentence,kind,metric,period,value,rank,source,ref\n"
                               "1,change,patents,2023,17.27,,wire-2025,1\n"
                               "1,change,patents,2022,10.26,1,daily-2024,2\n"
                               "2,rank,investment,2023,1.39,9,daily-2024,2\n");
    run_result_free(&r);

    /* the text: a change within one series, a stated rank, a disputed
     * figure with the other side, the contest, an event, the references */
    r = RUN("--data", FIXTURE, "brief", "KR");
    assert_string_equal(r.out,
                        "South Korea: AI ecosystem brief (dataset of 2025)\n"
                        "\n"
                        "In 2023, South Korea's AI patent count was 17.27 per 100,000 people [1], up from\n"
                        "10.26 per 100,000 people (1st) in 2022 [2].\n"
                        "\n"
                        "In 2023, South Korea's private AI investment was USD 1.39 billion, ranked\n"
                        "9th [2].\n"
                        "\n"
                        "In 2023, South Korea's count of foundation models was 0 according to Test\n"
                        "Institute [3]; Wire Service [1] gives 5.\n"
                        "\n"
                        "On 10 April 2024, Acme and Bolt AI were selected for the Test Model Contest [2].\n"
                        "On 16 April 2024, Acme passed a review in the contest [2]. The same day, Bolt AI\n"
                        "was eliminated from the contest [2].\n"
                        "\n"
                        "April 2024: The Test Index 2024 is published [3].\n"
                        "\n"
                        "References\n"
                        "[1] Wire Service, \"It's 見出し (テスト)\", 2025. https://example.org/wire\n"
                        "[2] Test Daily, \"AI & patents: 1st place, 50% more_than \"before\" {$10}\", 17 April 2024. "
                        "https://example.org/a?b=1&c=%7B (accessed 4 December 2026)\n"
                        "[3] Test Institute, \"Test Index Report 2024\", April 2024.\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);

    /* Korean: particles chosen by the word before them (수는, 달러로,
     * 통신[1]은), amounts in 억; the outlets as Korean readers know them
     * (outlet_ko) */
    r = RUN("--data", FIXTURE, "brief", "KR", "--lang", "ko", "-f", "tsv", "--fields", "text", "--where", "sentence <= 3");
    assert_string_equal(r.out,
                        "text\n"
                        "2023년 한국의 인구 10만 명당 AI 특허 수는 17.27건으로[1] 2022년(10.26건, 1위)[2]보다 늘었다.\n"
                        "2023년 한국의 인구 10만 명당 AI 특허 수는 17.27건으로[1] 2022년(10.26건, 1위)[2]보다 늘었다.\n"
                        "2023년 한국의 민간 AI 투자는 13억9000만 달러로 9위였다[2].\n"
                        "2023년 한국의 파운데이션 모델 수는 테스트 연구소에 따르면 0개였다[3]. 반면 와이어 통신[1]은 5개로 "
                        "제시했다.\n"
                        "2023년 한국의 파운데이션 모델 수는 테스트 연구소에 따르면 0개였다[3]. 반면 와이어 통신[1]은 5개로 "
                        "제시했다.\n");
    run_result_free(&r);

    /* the JSON: each sentence with the figures it rests on */
    r = RUN("--data", FIXTURE, "brief", "KR", "-f", "json", "--lang", "ja");
    assert_int_equal(r.status, 0);
    json_error_t je;
    json_t *root = json_loads(r.out, 0, &je);
    assert_non_null(root);
    assert_string_equal(json_string_value(json_object_get(root, "country")), "KR");
    json_t *s0 = json_array_get(json_object_get(json_array_get(json_object_get(root, "paragraphs"), 0), "sentences"), 0);
    assert_string_equal(json_string_value(json_object_get(s0, "text")),
                        "2023年の韓国の人口10万人あたりのAI特許数は17.27件[1]で、2022年の10.26件（1位）[2]から増加した。");
    json_t *f1 = json_array_get(json_object_get(s0, "figures"), 1);
    assert_string_equal(json_string_value(json_object_get(f1, "period")), "2022");
    assert_string_equal(json_string_value(json_object_get(f1, "value")), "10.26");
    assert_int_equal(json_integer_value(json_object_get(f1, "rank")), 1);
    assert_string_equal(json_string_value(json_object_get(f1, "source")), "daily-2024");
    assert_int_equal(json_integer_value(json_object_get(f1, "ref")), 2);
    json_t *ref2 = json_array_get(json_object_get(root, "references"), 1);
    assert_string_equal(json_string_value(json_object_get(ref2, "id")), "daily-2024");
    json_decref(root);
    run_result_free(&r);

    /* as it could have been written on a past date: only what was published */
    r = RUN("--data", FIXTURE, "brief", "KR", "--as-of", "2024-04");
    assert_int_equal(r.status, 0);
    const char *title = "South Korea: AI ecosystem brief (dataset of 17 April 2024)\n";
    assert_true(strncmp(r.out, title, strlen(title)) == 0);
    assert_null(strstr(r.out, "Wire Service"));
    assert_null(strstr(r.out, "17.27"));
    run_result_free(&r);

    /* a country with no figure in the brief's themes: the title, and why */
    r = RUN("--data", FIXTURE, "brief", "JP");
    assert_string_equal(r.out, "Japan: AI ecosystem brief (dataset of 2025)\n");
    assert_string_equal(r.err, "kaieco: note: no figure about Japan (JP) in the brief's themes; see 'kaieco facts --entity JP'\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);

    /* Markdown: footnotes, Markdown's specials escaped */
    r = RUN("--data", FIXTURE, "brief", "KR", "-f", "markdown");
    assert_int_equal(r.status, 0);
    const char *head = "# South Korea: AI ecosystem brief (dataset of 2025)\n\nIn 2023,";
    assert_true(strncmp(r.out, head, strlen(head)) == 0);
    assert_non_null(strstr(r.out, "per 100,000 people[^1], up from"));
    assert_non_null(strstr(r.out, "\n[^2]: Test Daily, \"AI & patents: 1st place, 50% more\\_than \"before\" {$10}\""));
    run_result_free(&r);

    /* the built-in dataset: Korea's brief in each language (its exact text
     * is in tests/golden/) */
    for (int l = 0; l < KE_N_LANGS; l++) {
        static const char *const langs[] = {"en", "ko", "ja"};
        r = RUN("brief", "KR", "--lang", langs[l]);
        assert_int_equal(r.status, 0);
        assert_string_equal(r.err, "");
        assert_true(strlen(r.out) > 1000);
        run_result_free(&r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_country_stands_on_facts),
        cmocka_unit_test(test_statements),
        cmocka_unit_test(test_wrap),
        cmocka_unit_test(test_cli),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
