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
            if (eq(ds->events[e].id, cell(s, r, "entity")) && strstr(ds->events[e].title.s[KE_LANG_EN], num))
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
        assert_string_equal(b->refs[ref - 1]->id, cell(s, r, "source"));
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
            check_brief(ds, facts, ds->countries[c].alpha2, (ke_lang)l);
            ke_brief *b = ke_query_brief(ds, ds->countries[c].alpha2, (ke_lang)l, &err);
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
    /* Korea's foundation models: the AI Index's 0 and AI Times' 5 */
    int found = 0;
    for (size_t r = 0; r < s->n_rows; r++)
        found += eq(cell(s, r, "metric"), "foundation-models") && eq(cell(s, r, "kind"), "dispute");
    assert_int_equal(found, 2);
    ke_brief_free(b);
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
            if (l == KE_LANG_JA && (strncmp(line, "。", 3) == 0 || strncmp(line, "、", 3) == 0 || line[0] == '['))
                fail_msg("a Japanese line starts with punctuation or a mark: %s", line);
            line = nl + 1;
        }
        assert_true(lines > 10);
        free(text);
        ke_brief_free(b);
    }
}

/* Runs kaieco with args (NULL-terminated). */
static run_result kaieco(const char *const *args)
{
    const char *argv[16] = {KAIECO_BIN};
    size_t n = 1;
    for (size_t i = 0; args[i] && n < 15; i++)
        argv[n++] = args[i];
    argv[n] = NULL;
    return run_program(argv, NULL);
}
#define RUN(...) kaieco((const char *const[]){__VA_ARGS__, NULL})

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
    run_result r = RUN("brief", "KR", "-f", "csv", "--where", "kind = rank", "--fields", "metric,period,value,rank,source,ref");
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, "metric,period,value,rank,source,ref\n"
                               "talent,2023,0.79,3,kyunghyang-2024-04-17,2\n"
                               "talent-linkedin-2024,2024,1.06,10,prchief-2025,3\n"
                               "outflow-rank,2024,5,5,heraldcorp-2025,4\n");
    run_result_free(&r);

    /* the JSON: each sentence with the figures it rests on */
    r = RUN("brief", "KR", "-f", "json", "--lang", "ja");
    assert_int_equal(r.status, 0);
    json_error_t je;
    json_t *root = json_loads(r.out, 0, &je);
    assert_non_null(root);
    assert_string_equal(json_string_value(json_object_get(root, "country")), "KR");
    json_t *s0 = json_array_get(json_object_get(json_array_get(json_object_get(root, "paragraphs"), 0), "sentences"), 0);
    json_t *f0 = json_array_get(json_object_get(s0, "figures"), 0);
    assert_string_equal(json_string_value(json_object_get(f0, "metric")), "patents");
    assert_string_equal(json_string_value(json_object_get(f0, "source")), "hai-ai-index-2025");
    assert_non_null(strstr(json_string_value(json_object_get(s0, "text")), "17.27件[1]"));
    json_decref(root);
    run_result_free(&r);

    /* as it could have been written on a past date */
    r = RUN("brief", "KR", "--as-of", "2024-06");
    assert_int_equal(r.status, 0);
    assert_true(strncmp(r.out, "South Korea: AI ecosystem brief (dataset of 17 April 2024)\n", 59) == 0);
    assert_null(strstr(r.out, "aitimes"));
    run_result_free(&r);

    /* a country with no figure in the brief's themes: the title, and why */
    r = RUN("brief", "VN");
    assert_string_equal(r.out, "Vietnam: AI ecosystem brief (dataset of 17 May 2026)\n");
    assert_string_equal(r.err, "kaieco: note: no figure about Vietnam (VN) in the brief's themes; see 'kaieco facts --entity VN'\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);

    /* Markdown: footnotes */
    r = RUN("brief", "JP", "-f", "markdown");
    assert_int_equal(r.status, 0);
    assert_true(strncmp(r.out, "# Japan: AI ecosystem brief", 27) == 0);
    assert_non_null(strstr(r.out, "per 100,000 people[^1], up from"));
    assert_non_null(strstr(r.out, "\n[^1]: Stanford HAI, \"Artificial Intelligence Index Report 2025\", 7 April 2025."));
    assert_non_null(strstr(r.out, "https://aiwiki.ai/wiki/sakana\\_ai")); /* Markdown's _ escaped */
    run_result_free(&r);
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
