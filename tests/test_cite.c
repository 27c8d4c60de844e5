/* kaieco cite and export -f sql, run as a user would: references from ids
 * and from kaieco output in each format read back, the exact entries for
 * a few sources (more in tests/golden/, checked by tests/scripts/golden.sh;
 * pandoc reads them in tests/scripts/cite-pandoc.sh), and a clear error
 * with nothing on stdout for every wrong use. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "support.h"

/* Runs a shell command line in which "K" is the kaieco built. */
static run_result sh(const char *line)
{
    char cmd[1024];
    char *o = cmd;
    for (const char *p = line; *p && o < cmd + sizeof cmd - 64; p++) {
        if (*p == 'K' && (p == line || p[-1] == ' ') && (p[1] == ' ' || !p[1]))
            o += snprintf(o, 64, "%s", KAIECO_BIN);
        else
            *o++ = *p;
    }
    *o = '\0';
    const char *argv[] = {"/bin/sh", "-c", cmd, NULL};
    return run_program(argv, NULL);
}

static void assert_ok(run_result r, const char *out)
{
    assert_string_equal(r.err, "");
    assert_string_equal(r.out, out);
    assert_int_equal(r.status, 0);
    run_result_free(&r);
}

/* Failure: nothing on stdout, exactly `err` on stderr, `status`. */
static void assert_fails(run_result r, int status, const char *err)
{
    assert_string_equal(r.out, "");
    assert_string_equal(r.err, err);
    assert_int_equal(r.status, status);
    run_result_free(&r);
}

static void test_text_by_id(void **state)
{
    (void)state;
    assert_ok(sh("K cite HAI-AI-Index-2024 ytn-2025-04-08 hai-ai-index-2024"),
              "[hai-ai-index-2024] Stanford HAI, \"Artificial Intelligence Index Report 2024\", 15 April 2024. "
              "https://hai.stanford.edu/news/inside-new-ai-index-expensive-new-models-targeted-investments-and-more "
              "(accessed 4 December 2026)\n"
              "[ytn-2025-04-08] YTN, \"경쟁국은 AI 투자 늘리는데 한국은 감소...민간 투자 순위 9 → 11위\", 8 April 2025. "
              "https://ytn.co.kr/_ln/0104_202504080745151121\n");
    assert_ok(sh("K cite ytn-2025-04-08 --lang ja"),
              "[ytn-2025-04-08] YTN「경쟁국은 AI 투자 늘리는데 한국은 감소...민간 투자 순위 9 → 11위」2025年4月8日。"
              "https://ytn.co.kr/_ln/0104_202504080745151121\n");
    assert_ok(sh("K cite linkedin --lang ko"),
              "[linkedin] LinkedIn (Economic Graph), 「LinkedIn AI talent data (AI talent concentration and net AI "
              "talent migration)」, 2024년.\n");
}

static void test_bibtex(void **state)
{
    (void)state;
    /* TeX's specials escaped in fields, the URL verbatim; a report's outlet
     * is its institution; the day a page was checked its urldate */
    assert_ok(sh("K cite dcd-2025-03 hai-ai-index-2024 -f bibtex"),
              "@online{dcd-2025-03,\n"
              "  title = {Meta's \\$800m offer turned down by AI chip start-up FuriosaAI},\n"
              "  organization = {DatacenterDynamics},\n"
              "  date = {2025-03},\n"
              "  langid = {english},\n"
              "  url = {https://datacenterdynamics.com/en/news/metas-800m-offer-turned-down-by-ai-chip-start-up-furiosaai},\n"
              "}\n"
              "\n"
              "@report{hai-ai-index-2024,\n"
              "  title = {Artificial Intelligence Index Report 2024},\n"
              "  institution = {Stanford HAI},\n"
              "  date = {2024-04-15},\n"
              "  langid = {english},\n"
              "  url = {https://hai.stanford.edu/news/inside-new-ai-index-expensive-new-models-targeted-investments-and-more},\n"
              "  urldate = {2026-12-04},\n"
              "}\n");
}

static void test_ris_month(void **state)
{
    (void)state;
    assert_ok(sh("K cite bloomberg-ja-2026-01 -f ris"),
              "TY  - NEWS\n"
              "ID  - bloomberg-ja-2026-01\n"
              "TI  - Korea Kicks Off AI Squid Game to Compete With US, China\n"
              "T2  - Bloomberg (Japanese edition)\n"
              "PY  - 2026\n"
              "DA  - 2026/01//\n"
              "LA  - ja\n"
              "ER  - \n");
}

/* The same sources, in order of first use, whatever format kaieco wrote */
static void test_every_input_format(void **state)
{
    (void)state;
    run_result want = sh("K facts --entity KR -f json | K cite");
    assert_int_equal(want.status, 0);
    assert_true(strstr(want.out, "[kyunghyang-2024-04-17]") != NULL);
    const char *lines[] = {"K facts --entity KR -f ndjson | K cite", "K facts --entity KR -f csv | K cite",
                           "K facts --entity KR -f tsv | K cite", "K facts --entity KR --wide -f csv | K cite"};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        run_result r = sh(lines[i]);
        assert_string_equal(r.out, want.out);
        assert_string_equal(r.err, "");
        assert_int_equal(r.status, 0);
        run_result_free(&r);
    }
    /* each once: facts names kyunghyang-2024-04-17 on many rows */
    const char *p = strstr(want.out, "[kyunghyang-2024-04-17]");
    assert_null(strstr(p + 1, "[kyunghyang-2024-04-17]"));
    run_result_free(&want);
    /* source_default and source_other (disputes), and the id of sources */
    run_result d = sh("K disputes -f csv --fields source_other | K cite");
    assert_int_equal(d.status, 0);
    assert_true(strlen(d.out) > 0);
    run_result_free(&d);
    assert_ok(sh("K sources -f json --where 'id = linkedin' | K cite -f ris"),
              "TY  - RPRT\nID  - linkedin\nTI  - LinkedIn AI talent data (AI talent concentration and net AI "
              "talent migration)\nPB  - LinkedIn (Economic Graph)\nPY  - 2024\nDA  - 2024///\nLA  - en\nER  - \n");
    /* a table with a source column and no rows cites nothing */
    assert_ok(sh("printf 'source\\n' | K cite"), "");
}

static void test_errors(void **state)
{
    (void)state;
    assert_fails(sh("K cite kyunghyang-2024-04-17 kyunghyang-2024-04-18"), 2,
                 "kaieco: unknown source 'kyunghyang-2024-04-18'; did you mean 'kyunghyang-2024-04-17'?\n");
    assert_fails(sh("K cite linkedin -f bibtx"), 2, "kaieco: cite: unknown format 'bibtx'; did you mean 'bibtex'?\n");
    assert_fails(sh("K cite linkedin -f csv"), 2,
                 "kaieco: cite: unknown format 'csv' (expected one of: text, bibtex, csl-json, ris)\n");
    assert_fails(sh("K cite linkedin --no-header"), 2, "kaieco: --no-header: cite writes no table\n");
    assert_fails(sh("printf 'metric,source_kind\\npatents,article\\n' | K cite"), 1,
                 "kaieco: no column of the input holds source ids (it has: metric, source_kind); cite reads kaieco "
                 "output with a source column, as json, ndjson, csv or tsv\n");
    assert_fails(sh("printf 'source,x\\nlinkedin,1\\nnosuch,2\\n' | K cite"), 1,
                 "kaieco: row 2 of the input names source 'nosuch' in column 'source', which the dataset does not "
                 "have\n");
    assert_fails(sh("K cite < /dev/null"), 1, "kaieco: the input is empty\n");
    assert_fails(sh("K rank patents -f markdown | K cite"), 1,
                 "kaieco: the input is a Markdown table; give -f json, ndjson, csv or tsv\n");
    assert_fails(sh("K rank patents | K cite"), 1,
                 "kaieco: the input is kaieco's table view, which is for people; give -f json, ndjson, csv or tsv\n");
    run_result bad = sh("printf '[1,' | K cite"); /* jansson words the rest */
    assert_string_equal(bad.out, "");
    assert_true(strncmp(bad.err, "kaieco: the input is not valid JSON: line 1, column 3: ", 55) == 0);
    assert_int_equal(bad.status, 1);
    run_result_free(&bad);
    assert_fails(sh("printf '{\"source\":\"linkedin\"}\\n[2]\\n' | K cite"), 1,
                 "kaieco: line 2 of the input is not an object (a row of kaieco's output)\n");
    assert_fails(sh("printf 'source\\n\"linkedin\\n' | K cite"), 1,
                 "kaieco: line 2 of the input: a quoted field is not closed\n");
    assert_fails(sh("printf 'source\\n\"linkedin\"x\\n' | K cite"), 1,
                 "kaieco: line 2 of the input: text after a quoted field's closing quote\n");
    assert_fails(sh("printf 'source\\nlinkedin,x\\n' | K cite"), 1,
                 "kaieco: line 2 of the input has more fields than its header (1)\n");
}

static void test_export_formats(void **state)
{
    (void)state;
    run_result a = sh("K export"), b = sh("K export -f json"), c = sh("K export -f sql");
    assert_string_equal(a.out, b.out);
    assert_int_equal(c.status, 0);
    assert_true(strncmp(c.out, "-- kaieco dataset", 17) == 0);
    assert_non_null(strstr(c.out, "\nBEGIN;\nCREATE TABLE sources (\n  id TEXT NOT NULL,\n"));
    assert_non_null(strstr(c.out, "  FOREIGN KEY (metric) REFERENCES metrics (id) DEFERRABLE INITIALLY DEFERRED,\n"));
    assert_non_null(strstr(c.out, "('patents', 'KR', '2022', '10.26', NULL, 1, 'kyunghyang-2024-04-17', TRUE, "));
    assert_true(strcmp(c.out + strlen(c.out) - 9, "\nCOMMIT;\n") == 0);
    run_result_free(&a);
    run_result_free(&b);
    run_result_free(&c);
    assert_fails(sh("K export -f markdown"), 2, "kaieco: export: unknown format 'markdown' (expected one of: json, sql)\n");
    assert_fails(sh("K -f nosuch"), 2,
                 "kaieco: unknown format 'nosuch' (expected one of: table, json, csv, tsv, ndjson, markdown)\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_by_id),      cmocka_unit_test(test_bibtex),
        cmocka_unit_test(test_ris_month),       cmocka_unit_test(test_every_input_format),
        cmocka_unit_test(test_errors),          cmocka_unit_test(test_export_formats),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
