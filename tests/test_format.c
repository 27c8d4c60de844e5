/* Formatters: the exact bytes of table, JSON, NDJSON, CSV, TSV and
 * Markdown output, with and without a header, display width, headers and
 * format names. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "support.h"

static const ke_column sample_cols[] = {
    {.key = "country", .type = KE_COL_TEXT, .doc = "alpha-2 code"}, {.key = "name", .type = KE_COL_TEXT, .doc = "name"},
    {.key = "rank", .type = KE_COL_INT, .doc = "stated rank"},      {.key = "value", .type = KE_COL_NUM, .doc = "value"},
    {.key = "approx", .type = KE_COL_BOOL, .doc = "approximate"},   {.key = "note", .type = KE_COL_TEXT, .doc = "note"},
};

/* Four rows covering every column type, a missing INT and a missing TEXT,
 * the source's digits ("59.40"), CSV quoting, a newline and a tab, and
 * Korean, Japanese and Chinese text. */
static ke_table *sample(void)
{
    ke_table *t = ke_table_new(sample_cols, sizeof sample_cols / sizeof *sample_cols);
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "country", "KR");
    ke_table_set_text(t, r, "name", "대한민국");
    ke_table_set_int(t, r, "rank", 1);
    ke_table_set_num(t, r, "value", "10.26", 10.26);
    ke_table_set_bool(t, r, "approx", 0);
    ke_table_set_text(t, r, "note", "a, \"b\"");
    r = ke_table_add_row(t);
    ke_table_set_text(t, r, "country", "JP");
    ke_table_set_text(t, r, "name", "日本");
    ke_table_set_num(t, r, "value", "-0.3", -0.3);
    ke_table_set_bool(t, r, "approx", 1);
    ke_table_set_text(t, r, "note", "line1\nline2");
    r = ke_table_add_row(t);
    ke_table_set_text(t, r, "country", "US");
    ke_table_set_text(t, r, "name", "United States");
    ke_table_set_int(t, r, "rank", 3);
    ke_table_set_num(t, r, "value", "59.40", 59.4);
    ke_table_set_bool(t, r, "approx", 0);
    r = ke_table_add_row(t);
    ke_table_set_text(t, r, "country", "CN");
    ke_table_set_text(t, r, "name", "中国");
    ke_table_set_int(t, r, "rank", 12);
    ke_table_set_num(t, r, "value", "78352034", 78352034);
    ke_table_set_bool(t, r, "approx", 1);
    ke_table_set_text(t, r, "note", "tab\there");
    return t;
}

static ke_table *empty(void)
{
    static const ke_column cols[] = {{.key = "country", .type = KE_COL_TEXT, .doc = ""}, {.key = "value", .type = KE_COL_NUM, .doc = ""}};
    return ke_table_new(cols, 2);
}

static void assert_render(ke_table *t, ke_format fmt, ke_lang lang, const char *expected)
{
    char *got = render_to_string(t, fmt, lang);
    assert_non_null(got);
    assert_string_equal(got, expected);
    free(got);
    ke_table_free(t);
}

static void test_table_en(void **state)
{
    (void)state;
    assert_render(sample(), KE_FMT_TABLE, KE_LANG_EN,
                  "country  name           rank       value  approx  note\n"
                  "-------  -------------  ----  ----------  ------  --------------\n"
                  "KR       대한민국          1       10.26  false   a, \"b\"\n"
                  "JP       日本              -        -0.3  true    line1\\x0aline2\n"
                  "US       United States     3       59.40  false   -\n"
                  "CN       中国             12  78,352,034  true    tab\\x09here\n");
}

static void test_table_ko(void **state)
{
    (void)state;
    assert_render(sample(), KE_FMT_TABLE, KE_LANG_KO,
                  "국가  이름           순위             값  어림 표시  비고\n"
                  "----  -------------  ----  -------------  ---------  --------------\n"
                  "KR    대한민국          1          10.26  아니요     a, \"b\"\n"
                  "JP    日本              -           -0.3  예         line1\\x0aline2\n"
                  "US    United States     3          59.40  아니요     -\n"
                  "CN    中国             12  7,835만 2,034  예         tab\\x09here\n");
}

static void test_table_ja(void **state)
{
    (void)state;
    assert_render(sample(), KE_FMT_TABLE, KE_LANG_JA,
                  "国  名称           順位          値  概数    備考\n"
                  "--  -------------  ----  ----------  ------  --------------\n"
                  "KR  대한민국          1       10.26  いいえ  a, \"b\"\n"
                  "JP  日本              -        -0.3  はい    line1\\x0aline2\n"
                  "US  United States     3       59.40  いいえ  -\n"
                  "CN  中国             12  7835万2034  はい    tab\\x09here\n");
}

/* In Korean and Japanese, the table shows booleans (and KE_TERM words)
 * in the language: 예/아니요, はい/いいえ; CSV keeps true and false. */

/* Control characters (ESC, CR, TAB, LF, DEL, a C1 CSI) and bytes that are
 * not UTF-8 print as \xNN, four columns each, so that data can neither
 * break the layout nor drive the terminal; no line ends in a space, not
 * even when the last cell is empty. */
static void test_table_controls_and_trailing_space(void **state)
{
    (void)state;
    static const ke_column cols[] = {{.key = "name", .type = KE_COL_TEXT, .doc = ""}, {.key = "note", .type = KE_COL_TEXT, .doc = ""}};
    ke_table *t = ke_table_new(cols, 2);
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "name", "a\rb\x1b" "c\td");
    ke_table_set_text(t, r, "note", "");
    r = ke_table_add_row(t);
    ke_table_set_text(t, r, "name", "x\x7f\xc2\x9b" "2J\xff");
    ke_table_set_text(t, r, "note", "end\n");
    assert_render(t, KE_FMT_TABLE, KE_LANG_EN,
                  "name                 note\n"
                  "-------------------  -------\n"
                  "a\\x0db\\x1bc\\x09d\n"
                  "x\\x7f\\xc2\\x9b2J\\xff  end\\x0a\n");
}

/* Combining marks take no column; an invalid byte is shown as \xNN, four. */
static void test_table_width_edge_cases(void **state)
{
    (void)state;
    static const ke_column cols[] = {{.key = "name", .type = KE_COL_TEXT, .doc = ""}, {.key = "value", .type = KE_COL_INT, .doc = ""}};
    ke_table *t = ke_table_new(cols, 2);
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "name", "cafe\xcc\x81");
    ke_table_set_int(t, r, "value", -5);
    r = ke_table_add_row(t);
    ke_table_set_text(t, r, "name", "\xff");
    ke_table_set_int(t, r, "value", 100);
    assert_render(t, KE_FMT_TABLE, KE_LANG_EN,
                  "name  value\n"
                  "----  -----\n"
                  "cafe\xcc\x81     -5\n"
                  "\\xff    100\n");
}

static void test_json(void **state)
{
    (void)state;
    assert_render(sample(), KE_FMT_JSON, KE_LANG_KO,
                  "[\n"
                  "  {\n"
                  "    \"country\": \"KR\",\n"
                  "    \"name\": \"대한민국\",\n"
                  "    \"rank\": 1,\n"
                  "    \"value\": 10.26,\n"
                  "    \"approx\": false,\n"
                  "    \"note\": \"a, \\\"b\\\"\"\n"
                  "  },\n"
                  "  {\n"
                  "    \"country\": \"JP\",\n"
                  "    \"name\": \"日本\",\n"
                  "    \"rank\": null,\n"
                  "    \"value\": -0.3,\n"
                  "    \"approx\": true,\n"
                  "    \"note\": \"line1\\nline2\"\n"
                  "  },\n"
                  "  {\n"
                  "    \"country\": \"US\",\n"
                  "    \"name\": \"United States\",\n"
                  "    \"rank\": 3,\n"
                  "    \"value\": 59.4,\n"
                  "    \"approx\": false,\n"
                  "    \"note\": null\n"
                  "  },\n"
                  "  {\n"
                  "    \"country\": \"CN\",\n"
                  "    \"name\": \"中国\",\n"
                  "    \"rank\": 12,\n"
                  "    \"value\": 78352034,\n"
                  "    \"approx\": true,\n"
                  "    \"note\": \"tab\\there\"\n"
                  "  }\n"
                  "]\n");
}

/* Numbers keep the source's digits where a double can; an integer too big
 * for json_int_t becomes a real. */
static void test_json_numbers(void **state)
{
    (void)state;
    static const ke_column cols[] = {{.key = "value", .type = KE_COL_NUM, .doc = ""}};
    static const char *const texts[] = {"0.1", "3.0", "1234.5678", "-7", "99999999999999999999"};
    ke_table *t = ke_table_new(cols, 1);
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        size_t r = ke_table_add_row(t);
        ke_table_set_num(t, r, "value", texts[i], strtod(texts[i], NULL));
    }
    assert_render(t, KE_FMT_JSON, KE_LANG_EN,
                  "[\n"
                  "  {\n    \"value\": 0.1\n  },\n"
                  "  {\n    \"value\": 3.0\n  },\n"
                  "  {\n    \"value\": 1234.5678\n  },\n"
                  "  {\n    \"value\": -7\n  },\n"
                  "  {\n    \"value\": 1e20\n  }\n"
                  "]\n");
}

static void test_csv(void **state)
{
    (void)state;
    assert_render(sample(), KE_FMT_CSV, KE_LANG_KO,
                  "country,name,rank,value,approx,note\n"
                  "KR,대한민국,1,10.26,false,\"a, \"\"b\"\"\"\n"
                  "JP,日本,,-0.3,true,\"line1\nline2\"\n"
                  "US,United States,3,59.40,false,\n"
                  "CN,中国,12,78352034,true,tab\there\n");
}

static void test_csv_carriage_return(void **state)
{
    (void)state;
    static const ke_column cols[] = {{.key = "a", .type = KE_COL_TEXT, .doc = ""}, {.key = "b", .type = KE_COL_TEXT, .doc = ""}};
    ke_table *t = ke_table_new(cols, 2);
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "a", "x\ry");
    ke_table_set_text(t, r, "b", "\"");
    assert_render(t, KE_FMT_CSV, KE_LANG_EN, "a,b\n\"x\ry\",\"\"\"\"\n");
}

static void test_tsv(void **state)
{
    (void)state;
    assert_render(sample(), KE_FMT_TSV, KE_LANG_JA,
                  "country\tname\trank\tvalue\tapprox\tnote\n"
                  "KR\t대한민국\t1\t10.26\tfalse\ta, \"b\"\n"
                  "JP\t日本\t\t-0.3\ttrue\tline1 line2\n"
                  "US\tUnited States\t3\t59.40\tfalse\t\n"
                  "CN\t中国\t12\t78352034\ttrue\ttab here\n");
}

/* One compact object per line, the keys and value types of json. */
static void test_ndjson(void **state)
{
    (void)state;
    assert_render(sample(), KE_FMT_NDJSON, KE_LANG_KO,
                  "{\"country\":\"KR\",\"name\":\"대한민국\",\"rank\":1,\"value\":10.26,\"approx\":false,"
                  "\"note\":\"a, \\\"b\\\"\"}\n"
                  "{\"country\":\"JP\",\"name\":\"日本\",\"rank\":null,\"value\":-0.3,\"approx\":true,"
                  "\"note\":\"line1\\nline2\"}\n"
                  "{\"country\":\"US\",\"name\":\"United States\",\"rank\":3,\"value\":59.4,\"approx\":false,"
                  "\"note\":null}\n"
                  "{\"country\":\"CN\",\"name\":\"中国\",\"rank\":12,\"value\":78352034,\"approx\":true,"
                  "\"note\":\"tab\\there\"}\n");
}

/* A GitHub pipe table: keys as the header, numbers right-aligned, '|'
 * escaped, a missing value empty, line breaks and tabs as spaces. */
static void test_markdown(void **state)
{
    (void)state;
    assert_render(sample(), KE_FMT_MARKDOWN, KE_LANG_JA,
                  "| country | name | rank | value | approx | note |\n"
                  "| --- | --- | ---: | ---: | --- | --- |\n"
                  "| KR | 대한민국 | 1 | 10.26 | false | a, \"b\" |\n"
                  "| JP | 日本 |  | -0.3 | true | line1 line2 |\n"
                  "| US | United States | 3 | 59.40 | false |  |\n"
                  "| CN | 中国 | 12 | 78352034 | true | tab here |\n");
    static const ke_column cols[] = {{.key = "a|b", .type = KE_COL_TEXT, .doc = ""}};
    ke_table *t = ke_table_new(cols, 1);
    ke_table_set_text(t, ke_table_add_row(t), "a|b", "x | y\\|z");
    assert_render(t, KE_FMT_MARKDOWN, KE_LANG_EN, "| a\\|b |\n| --- |\n| x \\| y\\\\|z |\n");
}

/* An empty result in every format: a header alone where there is one,
 * [] in JSON, nothing at all in NDJSON. */
static void test_empty_tables(void **state)
{
    (void)state;
    assert_render(empty(), KE_FMT_TABLE, KE_LANG_EN, "country  value\n-------  -----\n");
    assert_render(empty(), KE_FMT_TABLE, KE_LANG_KO, "국가  값\n----  --\n");
    assert_render(empty(), KE_FMT_JSON, KE_LANG_EN, "[]\n");
    assert_render(empty(), KE_FMT_NDJSON, KE_LANG_EN, "");
    assert_render(empty(), KE_FMT_CSV, KE_LANG_EN, "country,value\n");
    assert_render(empty(), KE_FMT_TSV, KE_LANG_EN, "country\tvalue\n");
    assert_render(empty(), KE_FMT_MARKDOWN, KE_LANG_EN, "| country | value |\n| --- | ---: |\n");
}

static void assert_render_opts(ke_table *t, ke_format fmt, const ke_render_opts *o, const char *expected)
{
    char *got = render_opts_to_string(t, fmt, o);
    assert_non_null(got);
    assert_string_equal(got, expected);
    free(got);
    ke_table_free(t);
}

/* --no-header: the rows alone; an empty result prints nothing. */
static void test_no_header(void **state)
{
    (void)state;
    ke_render_opts o;
    ke_render_opts_init(&o);
    o.header = 0;
    assert_render_opts(sample(), KE_FMT_TABLE, &o,
                       "KR  대한민국        1       10.26  false  a, \"b\"\n"
                       "JP  日本            -        -0.3  true   line1\\x0aline2\n"
                       "US  United States   3       59.40  false  -\n"
                       "CN  中国           12  78,352,034  true   tab\\x09here\n");
    assert_render_opts(sample(), KE_FMT_CSV, &o,
                       "KR,대한민국,1,10.26,false,\"a, \"\"b\"\"\"\n"
                       "JP,日本,,-0.3,true,\"line1\nline2\"\n"
                       "US,United States,3,59.40,false,\n"
                       "CN,中国,12,78352034,true,tab\there\n");
    assert_render_opts(sample(), KE_FMT_TSV, &o,
                       "KR\t대한민국\t1\t10.26\tfalse\ta, \"b\"\n"
                       "JP\t日本\t\t-0.3\ttrue\tline1 line2\n"
                       "US\tUnited States\t3\t59.40\tfalse\t\n"
                       "CN\t中国\t12\t78352034\ttrue\ttab here\n");
    assert_render_opts(sample(), KE_FMT_MARKDOWN, &o,
                       "| KR | 대한민국 | 1 | 10.26 | false | a, \"b\" |\n"
                       "| JP | 日本 |  | -0.3 | true | line1 line2 |\n"
                       "| US | United States | 3 | 59.40 | false |  |\n"
                       "| CN | 中国 | 12 | 78352034 | true | tab here |\n");
    assert_render_opts(empty(), KE_FMT_TABLE, &o, "");
    assert_render_opts(empty(), KE_FMT_CSV, &o, "");
    assert_render_opts(empty(), KE_FMT_TSV, &o, "");
    assert_render_opts(empty(), KE_FMT_MARKDOWN, &o, "");
    assert_true(ke_format_has_header(KE_FMT_TABLE) && ke_format_has_header(KE_FMT_CSV) &&
                ke_format_has_header(KE_FMT_TSV) && ke_format_has_header(KE_FMT_MARKDOWN));
    assert_false(ke_format_has_header(KE_FMT_JSON) || ke_format_has_header(KE_FMT_NDJSON));
}

static void test_display_width(void **state)
{
    (void)state;
    assert_int_equal(ke_display_width(""), 0);
    assert_int_equal(ke_display_width("abc"), 3);
    assert_int_equal(ke_display_width("대한민국"), 8);
    assert_int_equal(ke_display_width("日本"), 4);
    assert_int_equal(ke_display_width("ひらがな"), 8);
    assert_int_equal(ke_display_width("カタカナ"), 8);
    assert_int_equal(ke_display_width("ｶﾀｶﾅ"), 4);          /* halfwidth katakana */
    assert_int_equal(ke_display_width("Ａ１"), 4);          /* fullwidth forms */
    assert_int_equal(ke_display_width("\xf0\x9f\x98\x80"), 2); /* U+1F600 */
    assert_int_equal(ke_display_width("e\xcc\x81"), 1);     /* e + U+0301 */
    assert_int_equal(ke_display_width("\xea\xb0\x80\xe2\x83\x9d"), 2); /* 가 + U+20DD */
    assert_int_equal(ke_display_width("a\xe2\x80\x8b" "b"), 2); /* U+200B */
    assert_int_equal(ke_display_width("\xef\xbb\xbf" "a"), 1);  /* U+FEFF */
    /* shown as \xNN, four columns a byte: invalid bytes and control characters */
    assert_int_equal(ke_display_width("\xff"), 4);
    assert_int_equal(ke_display_width("a\xff" "b"), 6);
    assert_int_equal(ke_display_width("\xe5\x9b"), 8);        /* truncated 日 */
    assert_int_equal(ke_display_width("\xe5\x9b" "a"), 9);
    assert_int_equal(ke_display_width("\xc0\x80"), 8);        /* overlong NUL */
    assert_int_equal(ke_display_width("\x1b[2J"), 7);          /* ESC */
    assert_int_equal(ke_display_width("\xc2\x9b"), 8);        /* C1 CSI */
    assert_int_equal(ke_display_width("\xed\xa0\x80"), 12);    /* surrogate */
}

static void test_headers(void **state)
{
    (void)state;
    assert_string_equal(ke_header("rank", KE_LANG_KO), "순위");
    assert_string_equal(ke_header("country", KE_LANG_KO), "국가");
    assert_string_equal(ke_header("name", KE_LANG_KO), "이름");
    assert_string_equal(ke_header("value", KE_LANG_KO), "값");
    assert_string_equal(ke_header("rank", KE_LANG_JA), "順位");
    assert_string_equal(ke_header("country", KE_LANG_JA), "国");
    assert_string_equal(ke_header("name", KE_LANG_JA), "名称");
    assert_string_equal(ke_header("value", KE_LANG_JA), "値");
    assert_string_equal(ke_header("rank", KE_LANG_EN), "rank");
    assert_string_equal(ke_header("trend", KE_LANG_KO), "추세");
    assert_string_equal(ke_header("trend", KE_LANG_JA), "推移");
    assert_string_equal(ke_header("no_such_key", KE_LANG_KO), "no_such_key");
    assert_string_equal(ke_header("no_such_key", KE_LANG_JA), "no_such_key");
}

static void test_format_parse(void **state)
{
    (void)state;
    ke_format f = KE_FMT_TSV;
    assert_int_equal(ke_format_parse("table", &f), 0);
    assert_int_equal(f, KE_FMT_TABLE);
    assert_int_equal(ke_format_parse("json", &f), 0);
    assert_int_equal(f, KE_FMT_JSON);
    assert_int_equal(ke_format_parse("csv", &f), 0);
    assert_int_equal(f, KE_FMT_CSV);
    assert_int_equal(ke_format_parse("tsv", &f), 0);
    assert_int_equal(f, KE_FMT_TSV);
    assert_int_equal(ke_format_parse("ndjson", &f), 0);
    assert_int_equal(f, KE_FMT_NDJSON);
    assert_int_equal(ke_format_parse("markdown", &f), 0);
    assert_int_equal(f, KE_FMT_MARKDOWN);
    f = KE_FMT_CSV;
    assert_int_equal(ke_format_parse("xml", &f), -1);
    assert_int_equal(ke_format_parse("", &f), -1);
    assert_int_equal(ke_format_parse("jsonl", &f), -1);
    assert_int_equal(ke_format_parse(NULL, &f), -1);
    assert_int_equal(f, KE_FMT_CSV); /* untouched on failure */
    size_t n = 0;
    while (ke_format_names[n])
        n++;
    assert_int_equal(n, 6);
}

/* The table's bytes do not depend on the locale. */
static void test_table_locale_independent(void **state)
{
    (void)state;
    ke_table *t = sample();
    assert_non_null(setlocale(LC_ALL, "C"));
    char *in_c = render_to_string(t, KE_FMT_TABLE, KE_LANG_KO);
    const char *utf8 = setlocale(LC_ALL, "C.UTF-8");
    char *in_utf8 = utf8 ? render_to_string(t, KE_FMT_TABLE, KE_LANG_KO) : NULL;
    setlocale(LC_ALL, "C");
    ke_table_free(t);
    if (!utf8) {
        free(in_c);
        skip(); /* no C.UTF-8 locale on this machine */
    }
    assert_non_null(in_c);
    assert_non_null(in_utf8);
    assert_string_equal(in_c, in_utf8);
    free(in_c);
    free(in_utf8);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_en),
        cmocka_unit_test(test_table_ko),
        cmocka_unit_test(test_table_ja),
        cmocka_unit_test(test_table_controls_and_trailing_space),
        cmocka_unit_test(test_table_width_edge_cases),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_json_numbers),
        cmocka_unit_test(test_csv),
        cmocka_unit_test(test_csv_carriage_return),
        cmocka_unit_test(test_tsv),
        cmocka_unit_test(test_ndjson),
        cmocka_unit_test(test_markdown),
        cmocka_unit_test(test_empty_tables),
        cmocka_unit_test(test_no_header),
        cmocka_unit_test(test_display_width),
        cmocka_unit_test(test_headers),
        cmocka_unit_test(test_format_parse),
        cmocka_unit_test(test_table_locale_independent),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
