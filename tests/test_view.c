/* The table format for people: the default view and --wide, cutting to a
 * terminal's width, colour, --chart and the trend column. Exact bytes;
 * the widths worked out in the comments. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "support.h"

static const ke_column cols[] = {
    {.key = "id", .type = KE_COL_TEXT, .doc = "", .flags = KE_CODE},   {.key = "title", .type = KE_COL_TEXT, .doc = ""},
    {.key = "place", .type = KE_COL_TEXT, .doc = ""},      {.key = "value", .type = KE_COL_NUM, .doc = ""},
    {.key = "extra", .type = KE_COL_TEXT, .doc = "", .flags = KE_WIDE}, {.key = "note", .type = KE_COL_TEXT, .doc = "", .footnote = 1},
};

/* A code, two cuttable texts (one Japanese), a number, a column outside
 * the default view and a footnote. */
static ke_table *sample(void)
{
    ke_table *t = ke_table_new(cols, sizeof cols / sizeof *cols);
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "id", "a-very-long-identifier");
    ke_table_set_text(t, r, "title", "A fairly long title that goes on and on");
    ke_table_set_text(t, r, "place", "Seoul, Korea");
    ke_table_set_num(t, r, "value", "12.5", 12.5);
    ke_table_set_text(t, r, "extra", "hidden text");
    ke_table_set_text(t, r, "note", "A long footnote that is never cut whatever the width of the terminal.");
    r = ke_table_add_row(t);
    ke_table_set_text(t, r, "id", "b");
    ke_table_set_text(t, r, "title", "Short");
    ke_table_set_text(t, r, "place", "東京都の中心部");
    ke_table_set_num(t, r, "value", "-3", -3);
    return t;
}

static void assert_view(ke_table *t, const ke_render_opts *o, const char *expected)
{
    char *got = render_opts_to_string(t, KE_FMT_TABLE, o);
    assert_non_null(got);
    assert_string_equal(got, expected);
    free(got);
    ke_table_free(t);
}

#define NOTE "\n[1] A long footnote that is never cut whatever the width of the terminal.\n"

static void test_default_view_and_wide(void **state)
{
    (void)state;
    ke_render_opts o;
    ke_render_opts_init(&o);
    /* `extra` (KE_WIDE) is left out ... */
    assert_view(sample(), &o,
                "id                      title                                    place           value  note\n"
                "----------------------  ---------------------------------------  --------------  -----  ----\n"
                "a-very-long-identifier  A fairly long title that goes on and on  Seoul, Korea     12.5  [1]\n"
                "b                       Short                                    東京都の中心部     -3  -\n" NOTE);
    /* ... unless wide */
    o.wide = 1;
    assert_view(sample(), &o,
                "id                      title                                    place           value  extra        note\n"
                "----------------------  ---------------------------------------  --------------  -----  -----------  ----\n"
                "a-very-long-identifier  A fairly long title that goes on and on  Seoul, Korea     12.5  hidden text  [1]\n"
                "b                       Short                                    東京都の中心部     -3  -            -\n" NOTE);
    /* the other formats carry every column whatever the view */
    o.wide = 0;
    ke_table *t = sample();
    char *csv = render_opts_to_string(t, KE_FMT_CSV, &o);
    ke_table_free(t);
    assert_string_equal(csv, "id,title,place,value,extra,note\n"
                             "a-very-long-identifier,A fairly long title that goes on and on,\"Seoul, "
                             "Korea\",12.5,hidden text,A long footnote that is never cut whatever the "
                             "width of the terminal.\n"
                             "b,Short,東京都の中心部,-3,,\n");
    free(csv);
}

/* A footnote column outside the view leaves no notes; a table whose
 * columns are all outside it shows them all. */
static void test_view_edges(void **state)
{
    (void)state;
    static const ke_column c2[] = {{.key = "a", .type = KE_COL_TEXT, .doc = ""}, {.key = "why", .type = KE_COL_TEXT, .doc = "", .footnote = 1, .flags = KE_WIDE}};
    ke_table *t = ke_table_new(c2, 2);
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "a", "x");
    ke_table_set_text(t, r, "why", "a reason");
    ke_render_opts o;
    ke_render_opts_init(&o);
    assert_view(t, &o, "a\n-\nx\n");
    static const ke_column c3[] = {{.key = "a", .type = KE_COL_TEXT, .doc = "", .flags = KE_WIDE}, {.key = "b", .type = KE_COL_INT, .doc = "", .flags = KE_WIDE}};
    t = ke_table_new(c3, 2);
    r = ke_table_add_row(t);
    ke_table_set_text(t, r, "a", "x");
    ke_table_set_int(t, r, "b", 7);
    assert_view(t, &o, "a  b\n-  -\nx  7\n");
}

/* Natural widths: id 22, title 39, place 14, value 5, note 4, and 8 for
 * the gaps: 92. Only title and place may be cut (id is a code, value a
 * number, note a footnote marker), the widest first, one column at a
 * time, never below the header. */
static void test_cut_to_width(void **state)
{
    (void)state;
    ke_render_opts o;
    ke_render_opts_init(&o);
    o.width = 92; /* fits: nothing cut */
    assert_view(sample(), &o,
                "id                      title                                    place           value  note\n"
                "----------------------  ---------------------------------------  --------------  -----  ----\n"
                "a-very-long-identifier  A fairly long title that goes on and on  Seoul, Korea     12.5  [1]\n"
                "b                       Short                                    東京都の中心部     -3  -\n" NOTE);
    /* 32 too wide: title 39 -> 14 (25), then title and place in turn
     * (7): title 10, place 11. A cut keeps whole characters and drops the
     * space before the "…"; a wide character that would cross the edge
     * goes too (東京都の中 is 10 columns, … 1). */
    o.width = 60;
    assert_view(sample(), &o,
                "id                      title       place        value  note\n"
                "----------------------  ----------  -----------  -----  ----\n"
                "a-very-long-identifier  A fairly…   Seoul, Kor…   12.5  [1]\n"
                "b                       Short       東京都の中…     -3  -\n" NOTE);
    /* 42 too wide: title and place end at 5 and 6 */
    o.width = 50;
    assert_view(sample(), &o,
                "id                      title  place   value  note\n"
                "----------------------  -----  ------  -----  ----\n"
                "a-very-long-identifier  A fa…  Seoul…   12.5  [1]\n"
                "b                       Short  東京…      -3  -\n" NOTE);
    /* cannot fit: cut down to the headers and no further */
    o.width = 30;
    assert_view(sample(), &o,
                "id                      title  place  value  note\n"
                "----------------------  -----  -----  -----  ----\n"
                "a-very-long-identifier  A fa…  Seou…   12.5  [1]\n"
                "b                       Short  東京…     -3  -\n" NOTE);
}

static void test_color(void **state)
{
    (void)state;
    ke_render_opts o;
    ke_render_opts_init(&o);
    o.color = 1;
    /* bold headers, a dim rule, a dim missing value, a red negative */
    assert_view(sample(), &o,
                "\033[1mid\033[0m                      \033[1mtitle\033[0m                                    "
                "\033[1mplace\033[0m           \033[1mvalue\033[0m  \033[1mnote\033[0m\n"
                "\033[2m----------------------  ---------------------------------------  --------------  -----  ----\033[0m\n"
                "a-very-long-identifier  A fairly long title that goes on and on  Seoul, Korea     12.5  [1]\n"
                "b                       Short                                    東京都の中心部     \033[31m-3\033[0m  "
                "\033[2m-\033[0m\n" NOTE);
    /* never in a machine format */
    static const ke_format machine[] = {KE_FMT_JSON, KE_FMT_NDJSON, KE_FMT_CSV, KE_FMT_TSV, KE_FMT_MARKDOWN};
    o.width = 20;
    for (size_t i = 0; i < sizeof machine / sizeof *machine; i++) {
        ke_table *t = sample();
        char *got = render_opts_to_string(t, machine[i], &o);
        ke_render_opts plain;
        ke_render_opts_init(&plain);
        char *want = render_opts_to_string(t, machine[i], &plain);
        assert_string_equal(got, want);
        assert_null(strchr(got, '\033'));
        assert_null(strstr(got, "…"));
        free(got);
        free(want);
        ke_table_free(t);
    }
}

static ke_table *chart_sample(void)
{
    static const ke_column c[] = {
        {.key = "name", .type = KE_COL_TEXT, .doc = "", .flags = KE_LABEL}, {.key = "value", .type = KE_COL_NUM, .doc = ""},
        {.key = "approx", .type = KE_COL_TEXT, .doc = ""},      {.key = "unit", .type = KE_COL_TEXT, .doc = ""},
        {.key = "source", .type = KE_COL_TEXT, .doc = "", .flags = KE_CODE},
    };
    static const char *const names[] = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon"};
    static const char *const values[] = {"8", "-2", NULL, "4.5", "0.01"};
    ke_table *t = ke_table_new(c, 5);
    for (size_t i = 0; i < 5; i++) {
        size_t r = ke_table_add_row(t);
        ke_table_set_text(t, r, "name", names[i]);
        if (values[i])
            ke_table_set_num(t, r, "value", values[i], strtod(values[i], NULL));
        ke_table_set_text(t, r, "unit", "units");
        ke_table_set_text(t, r, "source", "s");
    }
    ke_table_set_text(t, 3, "approx", "about");
    return t;
}

/* 40 columns: label 7 + 2, value 9 ("about 4.5") + 2: 20 for bars. With a
 * negative value, the axis takes 1 and the rest splits 2 : 8, 4 left of
 * it and 15 right. 8 is 15 full columns; -2 is 4 (8 halves); 4.5 is 67.5
 * eighths, 68: 8 full and ▌; 0.01 rounds to nothing and shows ▏. */
static void test_chart(void **state)
{
    (void)state;
    ke_render_opts o;
    ke_render_opts_init(&o);
    o.chart = 1;
    o.chart_width = 40;
    assert_view(chart_sample(), &o,
                "name         value  units\n"
                "Alpha            8      │███████████████\n"
                "Beta            -2  ████│\n"
                "Gamma            -      │\n"
                "Delta    about 4.5      │████████▌\n"
                "Epsilon       0.01      │▏\n");
    /* a negative half a column long: ▐ */
    ke_table *t = chart_sample();
    ke_table_set_num(t, 1, "value", "-0.3", -0.3);
    ke_table_set_num(t, 2, "value", "-0.1", -0.1);
    o.header = 0;
    assert_view(t, &o,
                "Alpha            8   │██████████████████\n"
                "Beta          -0.3  █│\n"
                "Gamma         -0.1  ▐│\n"
                "Delta    about 4.5   │██████████▏\n"
                "Epsilon       0.01   │▏\n");
    /* only positives: no axis, every column for bars */
    t = chart_sample();
    ke_table_set_num(t, 1, "value", "2", 2);
    o.chart_width = 30;
    assert_view(t, &o,
                "Alpha            8  ██████████\n"
                "Beta             2  ██▌\n"
                "Gamma            -\n"
                "Delta    about 4.5  █████▋\n"
                "Epsilon       0.01  ▏\n");
    /* with --fields (wide), every other column labels the bar: 7 + 2,
     * 6 + 2, 5 + 2 leave 36, 7 left of the axis and 28 right; 4.5 is 126
     * eighths: 15 full and ▊ */
    o.wide = 1;
    o.header = 1;
    o.chart_width = 60;
    t = chart_sample();
    ke_table_select(t, (const char *const[]){"name", "source", "value"}, 3, NULL);
    assert_view(t, &o,
                "name     source  value\n"
                "Alpha    s           8         │████████████████████████████\n"
                "Beta     s          -2  ███████│\n"
                "Gamma    s           -         │\n"
                "Delta    s         4.5         │███████████████▊\n"
                "Epsilon  s        0.01         │▏\n");
}

static void test_chart_column(void **state)
{
    (void)state;
    ke_error err = {0};
    ke_table *t = chart_sample();
    assert_int_equal(ke_chart_column(t, &err), 1);
    ke_table_set_text(t, 4, "unit", "other units");
    assert_int_equal(ke_chart_column(t, &err), -1);
    assert_int_equal(err.status, KE_EXIT_USAGE);
    assert_string_equal(err.message,
                        "--chart: the rows are in different units ('units', 'other units'); keep one with --where");
    ke_table_free(t);
    static const ke_column none[] = {{.key = "a", .type = KE_COL_TEXT, .doc = ""}, {.key = "n", .type = KE_COL_INT, .doc = ""}};
    t = ke_table_new(none, 2);
    assert_int_equal(ke_chart_column(t, &err), -1);
    assert_string_equal(err.message, "--chart: the result has no number column to draw");
    ke_table_free(t);
    static const ke_column two[] = {{.key = "kr", .type = KE_COL_NUM, .doc = ""}, {.key = "jp", .type = KE_COL_NUM, .doc = ""}};
    t = ke_table_new(two, 2);
    assert_int_equal(ke_chart_column(t, &err), -1);
    assert_string_equal(err.message, "--chart: the result has 2 number columns (kr, jp); keep one with --fields");
    ke_table_free(t);
}

static ke_table *series(void)
{
    static const ke_column c[] = {
        {.key = "country", .type = KE_COL_TEXT, .doc = "", .flags = KE_SERIES}, {.key = "year", .type = KE_COL_INT, .doc = "", .flags = KE_YEAR},
        {.key = "value", .type = KE_COL_NUM, .doc = ""}, {.key = "rank", .type = KE_COL_INT, .doc = ""},
    };
    static const struct {
        const char *country;
        int year;
        const char *value;
    } rows[] = {
        {"KR", 2020, "0.3"}, {"KR", 2023, "-0.3"}, {"JP", 2023, "1"}, {"KR", 2024, "-0.36"},
        {"US", 2021, "5"},   {"US", 2022, "5.0"},  {"CN", 2022, NULL}, {"CN", 2023, "2"},
    };
    ke_table *t = ke_table_new(c, 4);
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        size_t r = ke_table_add_row(t);
        ke_table_set_text(t, r, "country", rows[i].country);
        ke_table_set_int(t, r, "year", rows[i].year);
        if (rows[i].value)
            ke_table_set_num(t, r, "value", rows[i].value, strtod(rows[i].value, NULL));
    }
    return t;
}

/* KR: 2020..2024 from -0.36 to 0.3: 0.3 is █, 2021 and 2022 are gaps,
 * -0.3 is 0.06/0.66 of the way (▂), -0.36 is ▁; on the 2024 row. JP and
 * CN have one figure each (CN's 2022 has none): no sparkline. US is flat:
 * the middle glyph. */
static void test_trend(void **state)
{
    (void)state;
    ke_table *t = series();
    assert_int_equal(ke_table_add_trend(t), 1);
    ke_render_opts o;
    ke_render_opts_init(&o);
    assert_view(t, &o,
                "country  year  value  rank  trend\n"
                "-------  ----  -----  ----  -----\n"
                "KR       2020    0.3     -\n"
                "KR       2023   -0.3     -\n"
                "JP       2023      1     -\n"
                "KR       2024  -0.36     -  █  ▂▁\n"
                "US       2021      5     -\n"
                "US       2022    5.0     -  ▄▄\n"
                "CN       2022      -     -\n"
                "CN       2023      2     -\n");
    /* no series of two years: no column */
    t = series();
    ke_error err;
    assert_int_equal(ke_table_where(t, "year", "2023", &err), 0);
    assert_int_equal(ke_table_add_trend(t), 0);
    assert_int_equal(ke_table_col(t, "trend"), -1);
    ke_table_free(t);
    /* periods as text: the latest period of a year speaks for it */
    static const ke_column c[] = {
        {.key = "metric", .type = KE_COL_TEXT, .doc = "", .flags = KE_SERIES}, {.key = "period", .type = KE_COL_TEXT, .doc = "", .flags = KE_YEAR},
        {.key = "value", .type = KE_COL_NUM, .doc = ""},
    };
    t = ke_table_new(c, 3);
    static const char *const periods[] = {"2025-06", "2025-01", "2027"};
    static const char *const values[] = {"1", "9", "3"};
    for (size_t i = 0; i < 3; i++) {
        size_t r = ke_table_add_row(t);
        ke_table_set_text(t, r, "metric", "m");
        ke_table_set_text(t, r, "period", periods[i]);
        ke_table_set_num(t, r, "value", values[i], strtod(values[i], NULL));
    }
    assert_int_equal(ke_table_add_trend(t), 1);
    /* `metric` is m on every row: said once, in the caption */
    assert_view(t, &o,
                "metric: m\n"
                "period   value  trend\n"
                "-------  -----  -----\n"
                "2025-06      1\n"
                "2025-01      9\n"
                "2027         3  ▁ █\n");
}

/* Fitting by priority: at 40 columns the lowest priority goes first
 * (`src`, LOW, then `rank`, MEDIUM: `approx`, missing on every row, goes
 * before either), then the name is cut; one line says what was left out.
 * The caption says the unit once; --fields (exact) shows what was asked. */
static const ke_column prio_cols[] = {
    {.key = "name", .type = KE_COL_TEXT, .doc = ""},
    {.key = "value", .type = KE_COL_NUM, .doc = ""},
    {.key = "approx", .type = KE_COL_TEXT, .doc = "", .priority = KE_PRIO_HIGH},
    {.key = "unit", .type = KE_COL_TEXT, .doc = ""},
    {.key = "rank", .type = KE_COL_INT, .doc = "", .priority = KE_PRIO_MEDIUM},
    {.key = "src", .type = KE_COL_TEXT, .doc = "", .flags = KE_CODE, .priority = KE_PRIO_LOW},
    {.key = "status", .type = KE_COL_TEXT, .doc = "", .flags = KE_TERM},
};

static ke_table *prio_sample(void)
{
    ke_table *t = ke_table_new(prio_cols, sizeof prio_cols / sizeof *prio_cols);
    static const char *const names[] = {"United Arab Emirates", "Korea"};
    static const char *const vals[] = {"1.48", "-0.3"};
    static const char *const status[] = {"active", "eliminated"};
    for (size_t i = 0; i < 2; i++) {
        size_t r = ke_table_add_row(t);
        ke_table_set_text(t, r, "name", names[i]);
        ke_table_set_num(t, r, "value", vals[i], strtod(vals[i], NULL));
        ke_table_set_text(t, r, "unit", "per 10,000 members");
        ke_table_set_int(t, r, "rank", (long long)i + 1);
        ke_table_set_text(t, r, "src", i ? "other-source" : "a-long-source-id-2024");
        ke_table_set_text(t, r, "status", status[i]);
    }
    return t;
}

static void test_priority_and_caption(void **state)
{
    (void)state;
    ke_render_opts o;
    ke_render_opts_init(&o);
    /* no width: every column, the unit in the caption; at 40, approx, src
     * and rank go: the name, the row's label, is not cut below 20 columns
     * (LABEL_FLOOR) while a column can be left out instead (20+5+4+10 and
     * three gaps are 45) */
    assert_view(prio_sample(), &o,
                "unit: per 10,000 members\n"
                "name                  value  approx  rank  src                    status\n"
                "--------------------  -----  ------  ----  ---------------------  ----------\n"
                "United Arab Emirates   1.48  -          1  a-long-source-id-2024  active\n"
                "Korea                  -0.3  -          2  other-source           eliminated\n");
    o.width = 40;
    assert_view(prio_sample(), &o,
                "unit: per 10,000 members\n"
                "name                  value  status\n"
                "--------------------  -----  ----------\n"
                "United Arab Emirates   1.48  active\n"
                "Korea                  -0.3  eliminated\n"
                "left out to fit 40 columns: approx, rank, src (--wide shows them)\n");
    o.width = 30;
    o.lang = KE_LANG_JA;
    assert_view(prio_sample(), &o,
                "単位: per 10,000 members\n"
                "名称                  値  状態\n"
                "------------------  ----  ----\n"
                "United Arab Emira…  1.48  継続\n"
                "Korea               -0.3  脱落\n"
                "30桁の幅に合わせて省いた列: 概数, 順位, src (--wide ですべて表示)\n");
    /* --fields: exactly these, no caption, nothing left out */
    o.lang = KE_LANG_EN;
    o.width = 30;
    o.exact = 1;
    o.wide = 1;
    assert_view(prio_sample(), &o,
                "name  value  approx  unit  rank  src                    status\n"
                "----  -----  ------  ----  ----  ---------------------  ------\n"
                "Uni…   1.48  -       per…     1  a-long-source-id-2024  active\n"
                "Kor…   -0.3  -       per…     2  other-source           elimi…\n");
}

/* Footnotes at a terminal: wrapped at spaces to the width, the text
 * indented under its number; Japanese breaks between characters. Piped
 * (wrap 0): one line each. */
static void test_wrap_notes(void **state)
{
    (void)state;
    static const ke_column c[] = {
        {.key = "id", .type = KE_COL_TEXT, .doc = "", .flags = KE_CODE},
        {.key = "note", .type = KE_COL_TEXT, .doc = "", .footnote = 1},
    };
    ke_table *t = ke_table_new(c, 2);
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "id", "a");
    ke_table_set_text(t, r, "note", "The headline calls it last year's (2023) patent lead, but the body dates it to 2022.");
    r = ke_table_add_row(t);
    ke_table_set_text(t, r, "id", "b");
    ke_table_set_text(t, r, "note", "日本経済新聞によれば韓国の特許数は人口当たりで世界一である。");
    ke_render_opts o;
    ke_render_opts_init(&o);
    o.width = 30;
    o.wrap = 1;
    assert_view(t, &o,
                "id  note\n"
                "--  ----\n"
                "a   [1]\n"
                "b   [2]\n"
                "\n"
                "[1] The headline calls it last\n"
                "    year's (2023) patent lead,\n"
                "    but the body dates it to\n"
                "    2022.\n"
                "[2] 日本経済新聞によれば韓国の\n"
                "    特許数は人口当たりで世界一\n"
                "    である。\n");
}

/* Leaving out, then taking back: at 30 columns `rank` (medium) goes
 * first, then `source` (high, 26 wide) must go too; once it is out there
 * is room for `rank` again, which comes back. */
static void test_take_back(void **state)
{
    (void)state;
    static const ke_column c[] = {
        {.key = "name", .type = KE_COL_TEXT, .doc = ""},
        {.key = "value", .type = KE_COL_NUM, .doc = ""},
        {.key = "source", .type = KE_COL_TEXT, .doc = "", .flags = KE_CODE, .priority = KE_PRIO_HIGH},
        {.key = "rank", .type = KE_COL_INT, .doc = "", .priority = KE_PRIO_MEDIUM},
    };
    ke_table *t = ke_table_new(c, 4);
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "name", "Korea");
    ke_table_set_num(t, r, "value", "10.26", 10.26);
    ke_table_set_text(t, r, "source", "kyunghyang-2024-04-17-long");
    ke_table_set_int(t, r, "rank", 1);
    ke_render_opts o;
    ke_render_opts_init(&o);
    o.width = 30;
    assert_view(t, &o,
                "name   value  rank\n"
                "-----  -----  ----\n"
                "Korea  10.26     1\n"
                "left out to fit 30 columns: source (--wide shows them)\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_view_and_wide),
        cmocka_unit_test(test_view_edges),
        cmocka_unit_test(test_cut_to_width),
        cmocka_unit_test(test_color),
        cmocka_unit_test(test_chart),
        cmocka_unit_test(test_chart_column),
        cmocka_unit_test(test_trend),
        cmocka_unit_test(test_priority_and_caption),
        cmocka_unit_test(test_wrap_notes),
        cmocka_unit_test(test_take_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
