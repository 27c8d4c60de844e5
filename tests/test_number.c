/* Numbers and units in each language (issue 21): the exact bytes of
 * ke_format_number in English, Korean and Japanese; the table view of
 * kaieco in Korean and Japanese (units translated, money in 억/億, figures
 * grouped); and the machine formats, which keep the value and the English
 * unit whatever --lang says. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "kaieco/format.h"
#include "support.h"

#define ARGS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define RUN(...) run_kaieco(ARGS(__VA_ARGS__), NULL)

/* ke_format_number(text, scale, lang) is exactly `expected`. */
static void assert_number(const char *text, int scale, ke_lang lang, const char *expected)
{
    char buf[128];
    int rc = ke_format_number(text, scale, lang, buf, sizeof buf);
    if (rc != 0 || strcmp(buf, expected) != 0) {
        fprintf(stderr, "%s at scale %d in %s: got \"%s\" (%d), expected \"%s\"\n", text, scale,
                lang == KE_LANG_KO ? "ko" : lang == KE_LANG_JA ? "ja" : "en", buf, rc, expected);
        fail();
    }
}

/* One figure in the three languages. */
static void assert_all(const char *text, int scale, const char *en, const char *ko, const char *ja)
{
    assert_number(text, scale, KE_LANG_EN, en);
    assert_number(text, scale, KE_LANG_KO, ko);
    assert_number(text, scale, KE_LANG_JA, ja);
}

/* Figures printed in full: thousands grouped in English; in Korean and
 * Japanese, counted in 만/억/조 and 万/億/兆 group by group, every digit
 * kept; decimals as they are. */
static void test_integers(void **state)
{
    (void)state;
    assert_all("519000000000", 0, "519,000,000,000", "5,190억", "5190億");
    assert_all("236000000000", 0, "236,000,000,000", "2,360억", "2360億");
    assert_all("149865000", 0, "149,865,000", "1억 4,986만 5,000", "1億4986万5000");
    assert_all("140000000", 0, "140,000,000", "1억 4,000만", "1億4000万");
    assert_all("120000000", 0, "120,000,000", "1억 2,000만", "1億2000万");
    assert_all("10000", 0, "10,000", "1만", "1万");
    assert_all("100005000", 0, "100,005,000", "1억 5,000", "1億5000");
    assert_all("1000000000000", 0, "1,000,000,000,000", "1조", "1兆");
    assert_all("-120000000", 0, "-120,000,000", "-1억 2,000만", "-1億2000万");
    assert_all("9999", 0, "9,999", "9,999", "9999");
    assert_all("1091", 0, "1,091", "1,091", "1091");
    assert_all("180", 0, "180", "180", "180");
    assert_all("0", 0, "0", "0", "0");
    assert_all("007", 0, "7", "7", "7");
}

static void test_decimals(void **state)
{
    (void)state;
    assert_all("-0.36", 0, "-0.36", "-0.36", "-0.36");
    assert_all("1.33", 0, "1.33", "1.33", "1.33");
    assert_all("59.40", 0, "59.40", "59.40", "59.40"); /* the source's digits */
    assert_all("-0.30", 0, "-0.30", "-0.30", "-0.30");
    assert_all("17.27", 0, "17.27", "17.27", "17.27");
    /* a fraction from 10,000 up: commas, not group words */
    assert_all("51840000000.0001", 0, "51,840,000,000.0001", "51,840,000,000.0001", "51,840,000,000.0001");
    assert_all("12345.5", 0, "12,345.5", "12,345.5", "12,345.5");
}

/* USD billions (scale 9): a decimal of the largest group word, an exact
 * shift of the printed digits (1.33 * 10^9 = 13.3 * 10^8), never a
 * rounding. English is called with scale 0 by the table view (its unit
 * says "USD billions"); at scale 9 it writes the amount out. */
static void test_scaled(void **state)
{
    (void)state;
    assert_all("1.33", 9, "1,330,000,000", "13.3억", "13.3億");
    assert_all("109.1", 9, "109,100,000,000", "1,091억", "1091億");
    assert_all("0.3", 9, "300,000,000", "3억", "3億");
    assert_all("13.041", 9, "13,041,000,000", "130.41억", "130.41億");
    assert_all("109.98", 9, "109,980,000,000", "1,099.8억", "1099.8億");
    assert_all("0.62", 9, "620,000,000", "6.2억", "6.2億");
    assert_all("3.1", 9, "3,100,000,000", "31억", "31億");
    assert_all("1.30", 9, "1,300,000,000", "13.0억", "13.0億"); /* the printed zero stays */
    assert_all("-1.33", 9, "-1,330,000,000", "-13.3억", "-13.3億");
    assert_all("1234.5", 9, "1,234,500,000,000", "1.2345조", "1.2345兆");
    assert_all("0.0012", 9, "1,200,000", "120만", "120万");
    assert_all("0.000001", 9, "1,000", "1,000", "1000");
    assert_all("5.5", 3, "5,500", "5,500", "5500");
}

/* Not a decimal as the dataset writes one, or no room: -1 and nothing
 * written, so that the table view shows the text as it is. */
static void test_refused(void **state)
{
    (void)state;
    static const char *const bad[] = {"", "-", "1,000", "1e9", "1.", ".5", "1.2.3", "abc", " 1", "+1", "1 "};
    char buf[64];
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        strcpy(buf, "x");
        assert_int_equal(ke_format_number(bad[i], 0, KE_LANG_KO, buf, sizeof buf), -1);
        assert_string_equal(buf, "");
    }
    strcpy(buf, "x");
    assert_int_equal(ke_format_number("149865000", 0, KE_LANG_KO, buf, 8), -1);
    assert_string_equal(buf, "");
    assert_int_equal(ke_format_number("1", -1, KE_LANG_EN, buf, sizeof buf), -1);
    assert_int_equal(ke_format_number(NULL, 0, KE_LANG_EN, buf, sizeof buf), -1);
}

/* --lang changes the table view, never the value or the unit of a
 * machine format: compare has no notes, so its JSON, CSV, TSV, NDJSON and
 * Markdown are the same bytes in every language; country's are, but for
 * its notes. */
static void test_machine_formats_unchanged(void **state)
{
    (void)state;
    static const char *const formats[] = {"json", "csv", "tsv", "ndjson", "markdown"};
    static const char *const langs[] = {"ko", "ja"};
    for (size_t f = 0; f < sizeof formats / sizeof *formats; f++)
        for (size_t l = 0; l < 2; l++) {
            /* metric_name, the last column, is the metric's name in the language */
            run_result en = RUN("compare", "KR", "JP", "US", "-f", formats[f], "--fields", "metric,year,unit,kr,jp,us");
            run_result other = RUN("compare", "KR", "JP", "US", "-f", formats[f], "--fields", "metric,year,unit,kr,jp,us",
                                   "--lang", langs[l]);
            assert_int_equal(other.status, 0);
            assert_string_equal(other.out, en.out);
            run_result_free(&en);
            run_result_free(&other);
            en = RUN("country", "KR", "-f", formats[f], "--fields", "metric,period,value,approx,unit,rank,source");
            other = RUN("country", "KR", "-f", formats[f], "--fields", "metric,period,value,approx,unit,rank,source",
                        "--lang", langs[l]);
            assert_int_equal(other.status, 0);
            assert_string_equal(other.out, en.out);
            run_result_free(&en);
            run_result_free(&other);
        }
    run_result r = RUN("country", "KR", "-f", "csv", "--lang", "ko", "--where", "metric=investment", "--fields",
                       "period,value,unit");
    assert_string_equal(r.out, "period,value,unit\n2022,3.1,USD billions\n2023,1.39,USD billions\n"
                               "2024,1.33,USD billions\n");
    run_result_free(&r);
    r = RUN("compare", "KR", "JP", "US", "-f", "json", "--lang", "ja", "--where", "metric=language-speakers");
    assert_non_null(strstr(r.out, "\"jp\": 120000000"));
    assert_non_null(strstr(r.out, "\"unit\": \"speakers\""));
    run_result_free(&r);
}

/* The table view: units in the chosen language, money in 억/億 with its
 * currency, figures counted in 만/억 (and grouped in English); --where
 * and --sort still act on the values. */
static void test_table_view(void **state)
{
    (void)state;
    run_result r = RUN("country", "KR", "--lang", "ko", "--fields", "metric,period,value,unit",
                       "--where", "metric=investment");
    assert_string_equal(r.out, "지표        시점      값  단위\n"
                               "----------  ----  ------  ----\n"
                               "investment  2022    31억  달러\n"
                               "investment  2023  13.9억  달러\n"
                               "investment  2024  13.3억  달러\n");
    run_result_free(&r);
    r = RUN("country", "KR", "--lang", "ko", "--fields", "metric,value,unit", "--where", "metric=patents");
    assert_non_null(strstr(r.out, "  인구 10만 명당 특허 수\n"));
    run_result_free(&r);
    r = RUN("compare", "KR", "US", "--lang", "ja", "--metric", "investment,h100-stock,migration", "--fields",
            "metric,unit,kr,us");
    assert_string_equal(r.out, "指標        単位                       韓国    米国\n"
                               "----------  -----------------------  ------  ------\n"
                               "investment  ドル                     13.3億  1091億\n"
                               "h100-stock  基(エヌビディアH100)        1万       -\n"
                               "migration   LinkedIn会員1万人当たり   -0.36    1.07\n");
    run_result_free(&r);
    r = RUN("compare", "KR", "US", "--metric", "investment,h100-stock", "--fields", "metric,unit,kr,us");
    assert_string_equal(r.out, "metric      unit                  kr     us\n"
                               "----------  ----------------  ------  -----\n"
                               "investment  USD billions        1.33  109.1\n"
                               "h100-stock  NVIDIA H100 GPUs  10,000      -\n");
    run_result_free(&r);
    /* the visa salary names its currency; both sides of a dispute in 만/억 */
    r = RUN("disputes", "--lang", "ko", "--where", "metric=visa-min-salary", "--fields", "metric,shown,other,unit");
    assert_string_equal(r.out, "지표             채택 측            다른 측      단위\n"
                               "---------------  -----------------  -----------  --------\n"
                               "visa-min-salary  1억 4,986만 5,000  1억 4,000만  원(연간)\n");
    run_result_free(&r);
    r = RUN("disputes", "--lang", "ja", "--where", "metric=visa-min-salary", "--fields", "shown,unit");
    assert_string_equal(r.out, "採用側         単位\n"
                               "-------------  ------------\n"
                               "1億4986万5000  ウォン(年額)\n");
    run_result_free(&r);
    /* what other sources give reads as the value column does, with the
     * rank in words; the other formats keep the English text */
    r = RUN("rank", "investment", "--year", "2023", "--lang", "ko", "--fields", "country,value,other_sources",
            "--limit", "2");
    assert_string_equal(r.out, "국가      값  기타 출처\n"
                               "----  ------  ---------------------------------------------------------------------------\n"
                               "US     672억  672.2억 (meritalk-2024)\n"
                               "CN    77.6억  72.6억 (fnnews-2024-04-17); 77.6억 (meritalk-2024); 72.6억 (ytn-2025-04-08)\n");
    run_result_free(&r);
    r = RUN("rank", "talent", "--lang", "ja", "--fields", "country,other_sources", "--limit", "1");
    assert_string_equal(r.out, "国  他の出典\n--  --------------------------\nIL  1.13、1位 (zum-mt-2024-04)\n");
    run_result_free(&r);
    r = RUN("rank", "talent", "--lang", "ja", "--fields", "country,other_sources", "--limit", "1", "--csv");
    assert_string_equal(r.out, "country,other_sources\nIL,\"1.13, rank 1 (zum-mt-2024-04)\"\n");
    run_result_free(&r);
    /* a caption says the unit once, in the language */
    r = RUN("investment", "--lang", "ja", "US");
    assert_true(strncmp(r.out, "国名: 米国; 単位: ドル\n", strlen("国名: 米国; 単位: ドル\n")) == 0);
    assert_non_null(strstr(r.out, "  1091億  "));
    run_result_free(&r);
    /* --where and --sort act on the values, not on what is shown */
    r = RUN("investment", "--lang", "ko", "--where", "value=1.33", "--fields", "name,value");
    assert_string_equal(r.out, "국가명      값\n------  ------\n한국    13.3억\n");
    run_result_free(&r);
    r = RUN("investment", "--lang", "ko", "--where", "country=KR", "--sort", "-value", "--fields", "value");
    assert_string_equal(r.out, "    값\n------\n  31억\n13.9억\n13.3억\n");
    run_result_free(&r);
}

/* Only when a table cannot fit its width otherwise (nothing left to leave
 * out or cut) do its figures lose their commas: Korean keeps the spaces
 * between groups, as its orthography writes numbers. */
static void test_narrow_last_resort(void **state)
{
    (void)state;
    static const ke_column cols[] = {{.key = "id", .type = KE_COL_TEXT, .doc = "", .flags = KE_CODE},
                                     {.key = "value", .type = KE_COL_NUM, .doc = ""}};
    ke_render_opts o;
    ke_render_opts_init(&o);
    o.lang = KE_LANG_KO;
    for (size_t width = 44; width >= 40; width -= 4) {
        ke_table *t = ke_table_new(cols, 2);
        size_t r = ke_table_add_row(t);
        ke_table_set_text(t, r, "id", "visa-min-salary-top-tier");
        ke_table_set_num(t, r, "value", "149865000", 149865000);
        o.width = width;
        char *got = render_opts_to_string(t, KE_FMT_TABLE, &o);
        assert_string_equal(got, width == 44 ? "ID                                       값\n"
                                               "------------------------  -----------------\n"
                                               "visa-min-salary-top-tier  1억 4,986만 5,000\n"
                                             : "ID                                     값\n"
                                               "------------------------  ---------------\n"
                                               "visa-min-salary-top-tier  1억 4986만 5000\n");
        free(got);
        ke_table_free(t);
    }
}

/* The metrics catalog shows each unit in the chosen language. */
static void test_metrics_units(void **state)
{
    (void)state;
    run_result r = RUN("metrics", "--lang", "ja", "--where", "metric=patents", "--fields", "metric,unit");
    assert_string_equal(r.out, "指標     単位\n-------  ------------------------\npatents  人口10万人当たり特許件数\n");
    run_result_free(&r);
    r = RUN("metrics", "--lang", "ko", "-f", "csv", "--where", "metric=patents", "--fields", "metric,unit");
    assert_string_equal(r.out, "metric,unit\npatents,\"patents per 100,000 people\"\n");
    run_result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_integers),
        cmocka_unit_test(test_decimals),
        cmocka_unit_test(test_scaled),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_machine_formats_unchanged),
        cmocka_unit_test(test_table_view),
        cmocka_unit_test(test_narrow_last_resort),
        cmocka_unit_test(test_metrics_units),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
