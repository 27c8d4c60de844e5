/* The program's own messages in Korean and Japanese: the catalogs
 * (po/ko.po, po/ja.po, compiled in by tools/po), the help and errors the
 * kaieco binary prints with --lang and KAIECO_LANG, and the machine
 * formats, which --lang must not change. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <unistd.h>

#include "command.h"
#include "kaieco/format.h"
#include "kaieco/lookup.h"
#include "kaieco/messages.h"
#include "support.h"



#define ARGS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define RUN(...) run_kaieco(ARGS(__VA_ARGS__), NULL)
#define RUN_ENV(env, ...) run_kaieco(ARGS(__VA_ARGS__), env)

/* The code point of the UTF-8 character at *s, advancing *s. */
static unsigned long next_cp(const char **s)
{
    const unsigned char *u = (const unsigned char *)*s;
    unsigned long c = u[0];
    size_t n = 1;
    if (c >= 0xF0)
        c &= 0x07, n = 4;
    else if (c >= 0xE0)
        c &= 0x0F, n = 3;
    else if (c >= 0xC0)
        c &= 0x1F, n = 2;
    for (size_t i = 1; i < n && u[i]; i++)
        c = (c << 6) | (u[i] & 0x3F);
    *s += n;
    return c;
}

static int has_hangul(const char *s)
{
    while (*s) {
        unsigned long c = next_cp(&s);
        if (c >= 0xAC00 && c <= 0xD7A3)
            return 1;
    }
    return 0;
}

/* Kana or kanji. */
static int has_kana_kanji(const char *s)
{
    while (*s) {
        unsigned long c = next_cp(&s);
        if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF))
            return 1;
    }
    return 0;
}

static int in_lang(const char *s, ke_lang lang)
{
    return lang == KE_LANG_KO ? has_hangul(s) : has_kana_kanji(s);
}

/* The printf conversions of `s` as written, joined with spaces. */
static void placeholders(const char *s, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (const char *p = strchr(s, '%'); p; p = strchr(p, '%')) {
        if (p[1] == '%') {
            p += 2;
            continue;
        }
        size_t len = 1 + strspn(p + 1, "0123456789$#-+ '.*hlLqjzt");
        if (p[len])
            len++;
        n += (size_t)snprintf(out + n, size - n, "%s%.*s", n ? " " : "", (int)len, p);
        assert_true(n < size);
        p += len;
    }
}

/* ---- the catalogs ---------------------------------------------------------- */

/* Every msgid has a translation in both languages, with the placeholders
 * of the msgid in the same order, and the table is sorted (ke_tr's
 * binary search relies on it). */
static void test_catalog_complete(void **state)
{
    (void)state;
    size_t n = ke_catalog_size();
    assert_true(n > 100);
    assert_null(ke_catalog_msgid(n));
    for (size_t i = 0; i < n; i++) {
        const char *id = ke_catalog_msgid(i);
        assert_non_null(id);
        assert_true(*id);
        if (i)
            assert_true(strcmp(ke_catalog_msgid(i - 1), id) < 0);
        char want[256], got[256];
        placeholders(id, want, sizeof want);
        for (ke_lang l = KE_LANG_KO; l <= KE_LANG_JA; l++) {
            const char *s = ke_tr(l, id);
            assert_non_null(s);
            if (!*s || s == id)
                fail_msg("no %s translation of \"%s\"", l == KE_LANG_KO ? "ko" : "ja", id);
            placeholders(s, got, sizeof got);
            if (strcmp(want, got) != 0)
                fail_msg("\"%s\" has placeholders (%s), its msgid \"%s\" (%s)", s, got, id, want);
            assert_int_equal(ke_utf8_invalid(s), (size_t)-1);
        }
        assert_ptr_equal(ke_tr(KE_LANG_EN, id), id);
    }
    /* a text the catalog does not have is itself */
    static const char other[] = "not in the catalog";
    assert_ptr_equal(ke_tr(KE_LANG_KO, other), other);
    assert_string_equal(ke_tr(KE_LANG_JA, "metric"), "指標");
    assert_string_equal(ke_tr(KE_LANG_KO, "metric"), "지표");
}

/* ke_error_set formats in the message language; English by default. */
static void test_error_in_message_lang(void **state)
{
    (void)state;
    ke_error err;
    assert_int_equal(ke_message_lang(), KE_LANG_EN);
    ke_error_set(&err, KE_EXIT_USAGE, "unknown column '%s'", "x");
    assert_string_equal(err.message, "unknown column 'x'");
    ke_set_message_lang(KE_LANG_KO);
    ke_error_set(&err, KE_EXIT_USAGE, "unknown column '%s'", "x");
    assert_string_equal(err.message, "알 수 없는 열 'x'");
    ke_set_message_lang(KE_LANG_JA);
    ke_error_set(&err, KE_EXIT_USAGE, "unknown column '%s'", "x");
    assert_string_equal(err.message, "不明な列 'x'");
    assert_int_equal(err.status, KE_EXIT_USAGE);
    ke_set_message_lang((ke_lang)7); /* out of range: English */
    assert_int_equal(ke_message_lang(), KE_LANG_EN);
}

/* Writes `text` to DIR/name; returns the path (static storage, one per slot). */
static const char *write_po(const char *dir, const char *name, const char *text, int slot)
{
    static char paths[3][512];
    snprintf(paths[slot], sizeof paths[slot], "%s/%s", dir, name);
    FILE *f = fopen(paths[slot], "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
    return paths[slot];
}

static const char po_header[] = "# a comment\nmsgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";

/* Runs kaieco-po on a Korean and a Japanese catalog. */
static run_result compile_po(const char *ko, const char *ja, char *out_c, size_t size)
{
    char dir[] = "/tmp/kaieco-po-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char k[4096], j[4096];
    snprintf(k, sizeof k, "%s%s", po_header, ko);
    snprintf(j, sizeof j, "%s%s", po_header, ja);
    const char *kp = write_po(dir, "ko.po", k, 0), *jp = write_po(dir, "ja.po", j, 1);
    char out[600];
    snprintf(out, sizeof out, "%s/out.c", dir);
    const char *argv[] = {KAIECO_PO, "-o", out, kp, jp, NULL};
    run_result r = run_program(argv, NULL);
    char *c = read_whole_file(out);
    snprintf(out_c, size, "%s", c ? c : "");
    free(c);
    unlink(out);
    unlink(kp);
    unlink(jp);
    rmdir(dir);
    return r;
}

/* The PO compiler: escapes and multi-line strings read as gettext writes
 * them; a msgstr whose placeholders differ from its msgid's, an empty or
 * fuzzy one, a msgid in one catalog only, are build errors at FILE:LINE. */
static void test_po_compiler(void **state)
{
    (void)state;
    char c[8192];
    /* good: a multi-line msgid, escapes, UTF-8; sorted by msgid */
    run_result r = compile_po("msgid \"b %s\"\nmsgstr \"나 %s\"\n\n"
                              "msgid \"\"\n\"a \\\"q\\\"\\n\"\n\"two\\tlines\"\nmsgstr \"가\\n\\\\\"\n",
                              "msgid \"b %s\"\nmsgstr \"ロ %s\"\n\n"
                              "msgid \"a \\\"q\\\"\\ntwo\\tlines\"\nmsgstr \"イ\"\n",
                              c, sizeof c);
    assert_string_equal(r.err, "");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    /* each text a literal of its own, its offset in the entries */
    const char *a = strstr(c, "\n    \"a \\\"q\\\"\\012two\\011lines\" \"\\0\""),
               *b = strstr(c, "\n    \"b %s\" \"\\0\"");
    assert_non_null(a);
    assert_non_null(b);
    assert_true(a < b);
    assert_non_null(strstr(c, "\"\\352\\260\\200\\012\\\\\"")); /* 가\n\ */
    assert_non_null(strstr(c, "ke_catalog_entries[] = {\n    {0, {16, 22}},\n    {26, {31, 38}},\n};"));
    assert_non_null(strstr(c, "ke_catalog_n_entries = 2;"));

    /* placeholders that differ, or in another order */
    static const struct {
        const char *ko, *ja, *want;
    } bad[] = {
        {"msgid \"x '%s'\"\nmsgstr \"엑스 '%d'\"\n", "msgid \"x '%s'\"\nmsgstr \"x '%s'\"\n",
         "ko.po:6: msgstr's placeholders (%d) differ from msgid's (%s): \"x '%s'\"\n"},
        {"msgid \"x\"\nmsgstr \"x\"\n", "msgid \"x\"\nmsgstr \"\"\n\"x %s\"\n",
         "ja.po:6: msgstr's placeholders (%s) differ from msgid's (none): \"x\"\n"},
        {"msgid \"%s at %zu\"\nmsgstr \"%zu의 %s\"\n", "msgid \"%s at %zu\"\nmsgstr \"%s %zu\"\n",
         "ko.po:6: msgstr's placeholders (%zu %s) differ from msgid's (%s %zu): \"%s at %zu\"\n"},
        {"msgid \"x\"\nmsgstr \"\"\n", "msgid \"x\"\nmsgstr \"x\"\n", "ko.po:6: no translation of \"x\"\n"},
        {"#, fuzzy\nmsgid \"x\"\nmsgstr \"y\"\n", "msgid \"x\"\nmsgstr \"x\"\n",
         "ko.po:7: fuzzy translation of \"x\" (review it, then remove \"#, fuzzy\")\n"},
        {"msgid \"x\"\nmsgstr \"y\"\n", "msgid \"z\"\nmsgstr \"z\"\n", "ko.po:6: msgid \"x\" is not in "},
        {"msgid \"x\"\nmsgstr \"y\\q\"\n", "msgid \"x\"\nmsgstr \"x\"\n", "ko.po:7: unknown escape '\\q'\n"},
        {"msgid \"x\"\nmsgstr \"y\n", "msgid \"x\"\nmsgstr \"x\"\n", "ko.po:7: string not closed\n"},
        {"msgid \"x\"\nmsgstr \"y\"\nmsgid \"x\"\nmsgstr \"z\"\n", "msgid \"x\"\nmsgstr \"x\"\n",
         "ko.po:8: msgid \"x\" given twice\n"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        r = compile_po(bad[i].ko, bad[i].ja, c, sizeof c);
        if (r.status != 1 || !strstr(r.err, bad[i].want))
            fail_msg("case %zu: status %d, stderr \"%s\", expected \"%s\"", i, r.status, r.err, bad[i].want);
        assert_string_equal(c, ""); /* nothing written */
        run_result_free(&r);
    }
}

/* ---- help ----------------------------------------------------------------- */

static void assert_help_in(const char *out, ke_lang lang, const char *what);

/* Counts the texts not translated, and names each on stderr, so that one
 * run lists every msgid a catalog lacks. */
static size_t n_untranslated;

static void assert_translated(const char *msgid)
{
    for (ke_lang l = KE_LANG_KO; l <= KE_LANG_JA; l++)
        if (ke_tr(l, msgid) == msgid || !in_lang(ke_tr(l, msgid), l)) {
            fprintf(stderr, "not in %s: \"%s\"\n", l == KE_LANG_KO ? "ko" : "ja", msgid);
            n_untranslated++;
        }
}

/* A column's help line, and its header in the table view: every key (and
 * every header key given as `heading`) has a Korean and a Japanese header
 * (ke_header gives back the key itself when it has none). */
static void assert_columns_translated(const ke_columns *cols)
{
    for (size_t i = 0; cols && i < cols->n; i++) {
        const ke_column *col = &cols->cols[i];
        assert_translated(col->doc);
        for (ke_lang l = KE_LANG_KO; l <= KE_LANG_JA; l++) {
            const char *key = col->heading ? col->heading : col->key;
            if (ke_header(key, l) == key) {
                fprintf(stderr, "no %s header for column \"%s\"\n", l == KE_LANG_KO ? "ko" : "ja", key);
                n_untranslated++;
            }
        }
    }
}

/* What `kaieco --help` and `kaieco help COMMAND` show comes from the
 * catalog in both languages: every common option, and every command's
 * summary, description, options and columns. */
static void test_help_texts_translated(void **state)
{
    (void)state;
    for (size_t i = 0; kc_common_options[i].name; i++)
        assert_translated(kc_common_options[i].help);
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *c = kc_commands[i];
        assert_translated(c->summary);
        assert_translated(c->description);
        for (size_t k = 0; c->options && c->options[k].name; k++) {
            assert_translated(c->options[k].help);
            assert_columns_translated(c->options[k].columns);
        }
        assert_columns_translated(c->columns);
    }
    assert_int_equal(n_untranslated, 0);
}

/* `kaieco help COMMAND` for every command, in both languages: lines in
 * the language, none past 79 columns but the column lines. */
static void test_help_every_command(void **state)
{
    (void)state;
    for (size_t i = 0; kc_commands[i]; i++)
        for (ke_lang l = KE_LANG_KO; l <= KE_LANG_JA; l++) {
            const char *name = l == KE_LANG_KO ? "ko" : "ja";
            run_result r = RUN("help", kc_commands[i]->name, "--lang", name);
            assert_int_equal(r.status, 0);
            assert_string_equal(r.err, "");
            char what[64];
            snprintf(what, sizeof what, "help %s --lang %s", kc_commands[i]->name, name);
            assert_help_in(r.out, l, what);
            for (const char *p = r.out; *p;) {
                size_t len = strcspn(p, "\n");
                char line[1024];
                snprintf(line, sizeof line, "%.*s", (int)len, p);
                int column_line = strncmp(line, "  * ", 4) == 0 || (strncmp(line, "    ", 4) == 0 && line[4] >= 'a' && line[4] <= 'z');
                /* the usage line is as long as in English */
                if (ke_display_width(line) > 79 && !column_line && p != r.out)
                    fail_msg("%s: line wider than 79 columns: %s", what, line);
                p += len + (p[len] == '\n');
            }
            run_result_free(&r);
        }
}

/* Lines of the help that hold no Korean (Japanese) text: only those made
 * of command names, options, placeholders and codes. */
static void assert_help_in(const char *out, ke_lang lang, const char *what)
{
    size_t lines = 0, other = 0;
    for (const char *p = out; *p;) {
        size_t len = strcspn(p, "\n");
        char line[1024];
        snprintf(line, sizeof line, "%.*s", (int)len, p);
        p += len + (p[len] == '\n');
        if (!*line)
            continue;
        lines++;
        other += !in_lang(line, lang);
    }
    /* the option lines wrapped onto a second line ("json、...") may hold
     * only option names; at most a tenth */
    if (other * 10 > lines)
        fail_msg("%s: %zu of %zu lines without %s text", what, other, lines, lang == KE_LANG_KO ? "Korean" : "Japanese");
}

static const char help_ja_head[] =
    "使い方: kaieco [--version] [--help] COMMAND [ARGS] [OPTIONS]\n"
    "\n"
    "韓国の AI エコシステムの数値を、世界のほかの国と並べて調べます。\n"
    "どの数値にも単位・期間・出典が付いています('kaieco sources')。\n"
    "\n"
    "コマンド:\n"
    "  rank         指標で並べた国、良い順\n";

static const char help_rank_ko_options[] =
    "옵션:\n"
    "      --year YYYY          수치의 연도(기본: 출처가 순위를 밝힌 가장 최근 연도,\n"
    "                           없으면 수치가 있는 가장 최근 연도)\n"
    "      --top N              처음 N개 행만\n";

static void test_help_in_three_languages(void **state)
{
    (void)state;
    run_result en = RUN("--help");
    assert_int_equal(en.status, 0);
    assert_true(strncmp(en.out, "usage: kaieco [--version]", 25) == 0);
    assert_null(strstr(en.out, "使い方"));
    static const char *const envs[][2] = {{"KAIECO_LANG=ko", NULL}, {"KAIECO_LANG=ja", NULL}};
    for (ke_lang l = KE_LANG_KO; l <= KE_LANG_JA; l++) {
        const char *name = l == KE_LANG_KO ? "ko" : "ja";
        run_result r = RUN("--lang", name, "--help"), h = RUN("help", "rank", "--lang", name);
        run_result e = RUN_ENV(envs[l - 1], "--help"), s = RUN("rank", "-h", "--lang", name);
        assert_int_equal(r.status, 0);
        assert_string_equal(r.err, "");
        assert_int_equal(h.status, 0);
        assert_string_equal(r.out, e.out); /* KAIECO_LANG as --lang */
        assert_string_equal(h.out, s.out); /* `help rank` as `rank -h` */
        assert_help_in(r.out, l, "--help");
        assert_help_in(h.out, l, "help rank");
        /* every line within 79 display columns, as in English */
        for (const char *p = h.out; *p;) {
            size_t len = strcspn(p, "\n");
            char line[1024];
            snprintf(line, sizeof line, "%.*s", (int)len, p);
            int column_line = strncmp(line, "  * ", 4) == 0 || (strncmp(line, "    ", 4) == 0 && line[4] >= 'a' && line[4] <= 'z');
            if (ke_display_width(line) > 79 && !column_line)
                fail_msg("%s: line wider than 79 columns: %s", name, line);
            p += len + (p[len] == '\n');
        }
        if (l == KE_LANG_JA)
            assert_true(strncmp(r.out, help_ja_head, strlen(help_ja_head)) == 0);
        else
            assert_non_null(strstr(h.out, help_rank_ko_options));
        /* the same column keys as in English: they are the JSON keys */
        assert_non_null(strstr(h.out, "  * rank "));
        assert_non_null(strstr(h.out, "    other_sources "));
        run_result_free(&r);
        run_result_free(&h);
        run_result_free(&e);
        run_result_free(&s);
    }
    run_result_free(&en);
}

/* ---- errors ---------------------------------------------------------------- */

static const struct {
    const char *args[8];
    const char *ko, *ja;
} exact[] = {
    {{"rank", "patnts"},
     "kaieco: 알 수 없는 지표 'patnts'. 'patents'을(를) 찾으셨나요?\n",
     "kaieco: 不明な指標 'patnts'。'patents' のことですか?\n"},
    {{"country", "XX"},
     "kaieco: 알 수 없는 국가 'XX': 데이터에 있는 42개국에 없습니다('kaieco search 이름'으로 국가를 찾을 수 있습니다)\n",
     "kaieco: 不明な国 'XX': データセットの42か国に含まれません('kaieco search 名前' で国を検索できます)\n"},
    {{"rnk", "patents"},
     "kaieco: 알 수 없는 명령 'rnk'. 'rank'을(를) 찾으셨나요?\n",
     "kaieco: 不明なコマンド 'rnk'。'rank' のことですか?\n"},
    {{"rank", "patents", "--where", "cuntry=KR"},
     "kaieco: --where: 알 수 없는 열 'cuntry' (위치 1). 'country'을(를) 찾으셨나요?\n",
     "kaieco: --where: 不明な列 'cuntry' (位置 1)。'country' のことですか?\n"},
    {{"rank", "patents", "--year", "20x3"},
     "kaieco: 올바르지 않은 연도 '20x3'(--year에는 YYYY 형식으로 씁니다. 예: 2023)\n",
     "kaieco: 不正な年 '20x3'(--year には YYYY 形式で指定します。例: 2023)\n"},
    {{"models", "--organization", "lee-jae-myung"},
     "kaieco: 'lee-jae-myung'은(는) 인물(lee-jae-myung)이며, 찾는 종류(기관)가 아닙니다\n",
     "kaieco: 'lee-jae-myung' は人物(lee-jae-myung)で、組織ではありません\n"},
    {{"country"},
     "kaieco: country: 인수가 빠졌습니다. 사용법: kaieco country COUNTRY\n",
     "kaieco: country: 引数が足りません。使い方: kaieco country COUNTRY\n"},
};

/* A few messages byte for byte, with --lang anywhere on the command line
 * (before the mistake, after it) and with KAIECO_LANG. */
static void test_errors_exact(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++)
        for (ke_lang l = KE_LANG_KO; l <= KE_LANG_JA; l++) {
            const char *name = l == KE_LANG_KO ? "ko" : "ja";
            const char *want = l == KE_LANG_KO ? exact[i].ko : exact[i].ja;
            const char *args[12] = {"--lang", name};
            size_t n = 2;
            for (size_t k = 0; exact[i].args[k]; k++)
                args[n++] = exact[i].args[k];
            const char *after[12];
            size_t m = 0;
            for (size_t k = 0; exact[i].args[k]; k++)
                after[m++] = exact[i].args[k];
            char eq[16];
            snprintf(eq, sizeof eq, "--lang=%s", name);
            after[m++] = eq;
            after[m] = NULL;
            char env_lang[32];
            snprintf(env_lang, sizeof env_lang, "KAIECO_LANG=%s", name);
            const char *env[] = {env_lang, NULL};
            run_result rs[] = {run_kaieco(args, NULL), run_kaieco(after, NULL), run_kaieco(exact[i].args, env)};
            for (size_t k = 0; k < 3; k++) {
                assert_string_equal(rs[k].out, "");
                assert_string_equal(rs[k].err, want);
                assert_int_equal(rs[k].status, 2);
                run_result_free(&rs[k]);
            }
        }
}

/* A bad --lang is reported in English (or in KAIECO_LANG's language), and
 * a bad KAIECO_LANG is a warning in English. */
static void test_error_in_lang_itself(void **state)
{
    (void)state;
    run_result r = RUN("rank", "patents", "--lang", "jp");
    assert_string_equal(r.err, "kaieco: unknown language 'jp'; did you mean 'ja'?\n");
    run_result_free(&r);
    /* a bad KAIECO_LANG is a warning, and English (issue 17) */
    r = RUN_ENV(ARGS("KAIECO_LANG=xx"), "rank", "patnts");
    assert_string_equal(r.err, "kaieco: warning: unknown language 'xx' (expected one of: en, ko, ja) (from KAIECO_LANG); "
                               "using en\nkaieco: unknown metric 'patnts'; did you mean 'patents'?\n");
    run_result_free(&r);
    r = RUN_ENV(ARGS("KAIECO_LANG=ko"), "rank", "patents", "--lang", "jp");
    assert_string_equal(r.err, "kaieco: 알 수 없는 언어 'jp'. 'ja'을(를) 찾으셨나요?\n");
    run_result_free(&r);
}

/* A note on stderr (why rows asked for are missing) is in the language,
 * the country named as in the table; English stays as it was. */
static void test_notes_in_lang(void **state)
{
    (void)state;
    run_result r = RUN("investment", "JP", "--csv");
    assert_string_equal(r.err, "kaieco: note: no investment figure for Japan (JP)\n");
    run_result_free(&r);
    r = RUN("investment", "JP", "--csv", "--lang", "ko");
    assert_string_equal(r.err, "kaieco: 참고: investment 지표에 일본(JP)의 수치가 없습니다\n");
    assert_int_equal(r.status, 0);
    run_result_free(&r);
    r = RUN("investment", "JP", "--csv", "--lang", "ja");
    assert_string_equal(r.err, "kaieco: 注: investment について 日本(JP)の数値はありません\n");
    run_result_free(&r);
}

/* ---- machine formats ------------------------------------------------------- */

/* --lang changes what people read, never the machine formats: the same
 * bytes in en, ko and ja for columns that are not names or notes in the
 * chosen language (README: only those follow it; test_engine's
 * test_notes_in_the_chosen_language pins the notes), the same CSV header,
 * the same exit statuses. */
static void test_machine_formats_unchanged(void **state)
{
    (void)state;
    static const char *const runs[][10] = {
        {"rank", "patents", "--json", "--fields", "rank,country,value,approx,unit,year,source", NULL},
        {"rank", "patents", "--csv", "--fields", "country,value,unit,year", NULL},
        {"migration", "KR", "-f", "ndjson", "--fields", "country,value,year", NULL},
        {"metrics", "--tsv", "--fields", "metric,unit,first_year,last_year", NULL},
        {"rank", "patents", "--where", "value > 3", "--csv", "--no-header", "--fields", "country", NULL},
        {"rank", "patents", "--csv", "--limit", "0", "-e", NULL},
        {"rank", "patnts", "--json", NULL},
        /* the id and code columns whose names the table view shows in
         * their place under ko and ja (issue 21) */
        {"country", "KR", "--csv", "--fields", "metric,period,value,approx,unit,rank,source,year,computed", NULL},
        {"compare", "KR", "JP", "US", "--json", "--fields", "metric,year,unit,kr,jp,us", NULL},
        {"disputes", "--csv", "--fields", "metric,entity,period,differs,shown,source_default,other,source_other,unit", NULL},
        {"models", "--tsv", "--fields", "id,country,parameters,released,source", NULL},
        {"sources", "-f", "ndjson", "--fields", "id,kind,outlet,title,date,url", NULL},
        {"check", KAIECO_SOURCE_DIR "/dataset", "--csv", "--fields", "kind,records,detail", NULL},
    };
    for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
        run_result base = run_kaieco(runs[i], NULL);
        for (int l = 0; l < 2; l++) {
            const char *args[16];
            size_t n = 0;
            for (size_t k = 0; runs[i][k]; k++)
                args[n++] = runs[i][k];
            args[n++] = "--lang";
            args[n++] = l ? "ja" : "ko";
            args[n] = NULL;
            run_result r = run_kaieco(args, NULL);
            if (strcmp(r.out, base.out) != 0 || r.status != base.status)
                fail_msg("'kaieco %s %s ...' differs with --lang %s", runs[i][0], runs[i][1], args[n - 1]);
            run_result_free(&r);
        }
        run_result_free(&base);
    }
    /* and a CSV header is the keys whatever the language */
    run_result r = RUN("rank", "patents", "--csv", "--lang", "ja");
    assert_true(strncmp(r.out, "rank,country,name,value,approx,unit,year,source,other_sources,note\n", 67) == 0);
    run_result_free(&r);
}


/* The table view under ko and ja shows names where English shows the ids
 * and codes a reader types (issue 21): metric names as row labels, country
 * names as compare's headers and in models' country column, outlets in the
 * reader's language. */
static void test_names_in_table_view(void **state)
{
    (void)state;
    static const char *const wide[] = {"COLUMNS=200", NULL};
    run_result en = RUN_ENV(wide, "country", "KR");
    run_result ko = RUN_ENV(wide, "country", "KR", "--lang", "ko");
    run_result ja = RUN_ENV(wide, "country", "KR", "--lang", "ja");
    assert_non_null(strstr(en.out, "\nchatgpt-paid-rank "));
    assert_non_null(strstr(ko.out, "\n챗GPT 유료"));   /* cut to fit 100 columns, piped */
    assert_null(strstr(ko.out, "chatgpt-paid-rank"));
    assert_non_null(strstr(ja.out, "\nChatGPT有料"));
    run_result_free(&en);
    run_result_free(&ko);
    run_result_free(&ja);

    en = RUN("compare", "KR", "JP", "US", "--metric", "patents");
    ko = RUN("compare", "KR", "JP", "US", "--metric", "patents", "--lang", "ko");
    ja = RUN("compare", "KR", "JP", "US", "--metric", "patents", "--lang", "ja");
    assert_string_equal(en.out, "metric   year  unit                           kr    jp    us\n"
                                "-------  ----  --------------------------  -----  ----  ----\n"
                                "patents  2023  patents per 100,000 people  17.27  4.58  5.20\n");
    assert_true(strncmp(ko.out, "지표 ", strlen("지표 ")) == 0);
    assert_non_null(strstr(ko.out, "  한국  일본  미국\n"));
    assert_non_null(strstr(ko.out, "\n인구 10만 명당 AI 특허 수 "));
    assert_non_null(strstr(ja.out, "  韓国  日本  米国\n"));
    run_result_free(&en);
    run_result_free(&ko);
    run_result_free(&ja);

    /* each language's middle dot between the countries the list names */
    ko = RUN("models", "--where", "id=3ddfa", "--fields", "country_name", "--csv", "--no-header", "--lang", "ko");
    ja = RUN("models", "--where", "id=3ddfa", "--fields", "country_name", "--csv", "--no-header", "--lang", "ja");
    en = RUN("models", "--where", "id=3ddfa", "--fields", "country,country_name", "--csv", "--no-header");
    assert_string_equal(ko.out, "중국·미국\n");
    assert_string_equal(ja.out, "中国・米国\n");
    assert_string_equal(en.out, "\"CN,US\",\"China, United States\"\n");
    run_result_free(&en);
    run_result_free(&ko);
    run_result_free(&ja);

    ko = RUN_ENV(wide, "sources", "--where", "id=kyunghyang-2024-04-17", "--lang", "ko");
    ja = RUN_ENV(wide, "sources", "--where", "id=kyunghyang-2024-04-17", "--lang", "ja");
    assert_non_null(strstr(ko.out, "  경향신문  "));
    assert_non_null(strstr(ja.out, "  京郷新聞  "));
    run_result_free(&ko);
    run_result_free(&ja);
}

/* ---- issue 21: the review's sixteen commands read in Korean and Japanese ----
 *
 * The i18n review of 2026-12 ran sixteen commands under --lang ko and ja.
 * Run as it ran them (COLUMNS=200, piped), every non-blank line of their
 * output, stdout and stderr, holds Korean (ko) or Japanese (ja) text, or is
 * made only of what has no Korean or Japanese form: ids and codes, numbers
 * and dates, URLs, table rules, footnote marks, option and environment
 * names, and the names the dataset has only in Latin script (a model of
 * Epoch AI's list, an outlet's Latin masthead), whole or cut with "…".
 * English words are none of these: a line of English prose, a header or a
 * unit left in English fails, and the failure prints the line. */

static const char *const review_commands[][4] = {
    {"rank", "patents"}, {"migration"}, {"contest"}, {"country", "KR"},
    {"compare", "KR", "JP", "US"}, {"models"}, {"events"}, {"disputes"},
    {"metrics"}, {"sources"}, {"search", "韓国"}, {"investment"},
    {"help", "rank"}, {"--help"}, {"rank", "patnts"}, {"country", "XX"},
};

/* Lines that fail only because a unit is still English (units in Korean
 * and Japanese are another branch's work, issue 21's items 3 and 4), as
 * "LANG|COMMAND|LINE": allowed until that work is merged, then removed.
 * None on this branch: every unit the sixteen commands show stands on a
 * line that holds the reader's language already (a caption's 단위/単位,
 * a row's metric name). */
static const char *const units_pending[] = {NULL};

typedef struct words {
    const char **w;
    size_t n, cap;
} words;

static void words_add(words *ws, const char *w)
{
    if (!w || !*w)
        return;
    if (ws->n == ws->cap) {
        ws->cap = ws->cap ? 2 * ws->cap : 1024;
        ws->w = realloc(ws->w, ws->cap * sizeof *ws->w);
        assert_non_null(ws->w);
    }
    ws->w[ws->n++] = w;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int words_has(const words *ws, const char *w)
{
    return bsearch(&w, ws->w, ws->n, sizeof *ws->w, cmp_str) != NULL;
}

/* Whether `stem` (n bytes) begins one of the words: a cell cut to fit. */
static int words_prefix(const words *ws, const char *stem, size_t n)
{
    for (size_t i = 0; i < ws->n; i++)
        if (strncmp(ws->w[i], stem, n) == 0)
            return 1;
    return 0;
}

/* What may stand without Korean or Japanese text: `codes` (ids, codes,
 * keys, command, option and format names) are matched word by word;
 * `names` (the dataset's names in Latin script only, in that language)
 * whole. */
typedef struct allowed {
    words codes, names;
} allowed;

static void add_names(allowed *a, const ke_dataset *ds, const ke_names *n, ke_lang lang)
{
    const char *s = ke_name(ds, n, lang);
    if (s && !in_lang(s, lang))
        words_add(&a->names, s);
}

static void add_columns(allowed *a, const ke_columns *cols)
{
    for (size_t i = 0; cols && i < cols->n; i++)
        words_add(&a->codes, cols->cols[i].key);
}

static allowed allowed_in(ke_lang lang)
{
    allowed a = {0};
    const ke_dataset *ds = ke_builtin_dataset();
    for (size_t i = 0; i < ds->n_sources; i++) {
        words_add(&a.codes, ke_s(ds, ds->sources[i].id));
        const char *outlet = KE_OUTLET_IN(ds, &ds->sources[i], lang);
        if (!in_lang(outlet, lang))
            words_add(&a.names, outlet);
    }
    for (size_t i = 0; i < ds->n_countries; i++) {
        words_add(&a.codes, ke_s(ds, ds->countries[i].alpha2));
        words_add(&a.codes, ke_s(ds, ds->countries[i].alpha3));
    }
    for (size_t i = 0; i < ds->n_entities; i++) {
        words_add(&a.codes, ke_s(ds, ds->entities[i].id));
        add_names(&a, ds, &ds->entities[i].name, lang);
    }
    for (size_t i = 0; i < ds->n_metrics; i++) {
        words_add(&a.codes, ke_s(ds, ds->metrics[i].id));
        for (size_t k = 0; k < ds->metrics[i].aliases.n; k++)
            words_add(&a.codes, ke_item(ds, ds->metrics[i].aliases, k));
    }
    for (size_t i = 0; i < ds->n_events; i++) {
        words_add(&a.codes, ke_s(ds, ds->events[i].id));
        words_add(&a.codes, ke_s(ds, ds->events[i].group));
        for (size_t k = 0; k < ds->events[i].tags.n; k++)
            words_add(&a.codes, ke_item(ds, ds->events[i].tags, k));
    }
    for (size_t i = 0; i < ds->n_teams; i++)
        words_add(&a.codes, ke_s(ds, ds->teams[i].id));
    /* the program's own words: commands, options, formats, columns */
    words_add(&a.codes, "kaieco");
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *c = kc_commands[i];
        words_add(&a.codes, c->name);
        for (size_t k = 0; c->aliases && c->aliases[k]; k++)
            words_add(&a.codes, c->aliases[k]);
        add_columns(&a, c->columns);
        for (size_t k = 0; c->options && c->options[k].name; k++)
            add_columns(&a, c->options[k].columns);
    }
    for (size_t i = 0; ke_format_names[i]; i++)
        words_add(&a.codes, ke_format_names[i]);
    qsort(a.codes.w, a.codes.n, sizeof *a.codes.w, cmp_str);
    qsort(a.names.w, a.names.n, sizeof *a.names.w, cmp_str);
    return a;
}

static void allowed_free(allowed *a)
{
    free(a->codes.w);
    free(a->names.w);
}

/* A number, date, period or range ("2023", "-0.3", "17.27", "1,036",
 * "2026-07-15", "2020-2024", "45%", "1.5e+21"), a footnote mark ("[3]"),
 * a missing value ("-"), a sparkline, or "…". */
static int is_number_like(const char *t)
{
    int digit = 0;
    if (strcmp(t, "-") == 0 || strcmp(t, "…") == 0)
        return 1;
    if (t[0] == '[') { /* [12] */
        const char *p = t + 1;
        while (*p >= '0' && *p <= '9')
            p++;
        return p > t + 1 && strcmp(p, "]") == 0;
    }
    const char *p = t;
    while (*p) {
        if (*p >= '0' && *p <= '9')
            digit = 1, p++;
        else if (strchr(".,+-%e", *p))
            p++;
        else if (strncmp(p, "…", strlen("…")) == 0)
            p += strlen("…");
        else
            break;
    }
    if (!*p && digit)
        return 1;
    /* ▁▂▃▄▅▆▇█: three bytes each, E2 96 81..88 */
    for (p = t; *p; p += 3)
        if ((unsigned char)p[0] != 0xE2 || (unsigned char)p[1] != 0x96 || (unsigned char)p[2] < 0x81 ||
            (unsigned char)p[2] > 0x88)
            return 0;
    return 1;
}

/* One word of a cell: a code, an option, an environment variable or a
 * placeholder (KAIECO_DATA, METRIC, YYYY), a URL, a number, or a code cut
 * with "…". */
static int word_ok(const allowed *a, const char *t)
{
    size_t n = strlen(t);
    if (!n || is_number_like(t) || words_has(&a->codes, t))
        return 1;
    if (strncmp(t, "http://", 7) == 0 || strncmp(t, "https://", 8) == 0)
        return 1;
    if (t[0] == '-' && t[1]) { /* an option: --lang, -f, --lang=ko */
        const char *p = t + (t[1] == '-' ? 2 : 1);
        while (*p && (*p == '-' || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
            p++;
        return !*p || *p == '=';
    }
    const char *p = t;
    while ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_')
        p++;
    if (p > t && (!*p || strcmp(p, "...") == 0))
        return 1;
    size_t e = strlen("…");
    if (n > e && strcmp(t + n - e, "…") == 0)
        return words_prefix(&a->codes, t, n - e);
    return 0;
}

/* One cell of a line (text between runs of two or more spaces). */
static int cell_ok(const allowed *a, const char *cell)
{
    if (strspn(cell, "-") == strlen(cell))
        return 1; /* a table rule */
    if (words_has(&a->names, cell))
        return 1;
    size_t n = strlen(cell), e = strlen("…");
    /* names joined with "; " (models' organizations), the last maybe cut */
    char *copy = strdup(cell);
    assert_non_null(copy);
    int names = 1;
    for (char *part = copy, *next; names && part; part = next) {
        next = strstr(part, "; ");
        if (next)
            *next = '\0', next += 2;
        size_t pn = strlen(part);
        names = words_has(&a->names, part) ||
                (pn > e && strcmp(part + pn - e, "…") == 0 && words_prefix(&a->names, part, pn - e));
    }
    free(copy);
    if (names)
        return 1;
    (void)n;
    /* word by word, on spaces and commas, brackets and quotes stripped */
    copy = strdup(cell);
    assert_non_null(copy);
    int ok = 1;
    for (char *w = strtok(copy, " ,;"); ok && w; w = strtok(NULL, " ,;")) {
        size_t wn = strlen(w);
        while (wn && strchr(")]}:'\"", w[wn - 1]) && !(wn > 1 && w[0] == '[' && w[wn - 1] == ']'))
            w[--wn] = '\0';
        while (*w && strchr("({'\"", *w))
            w++;
        ok = word_ok(a, w);
    }
    free(copy);
    return ok;
}

/* Whether a line holds the reader's language, or only what has no form in
 * it (above). */
static int line_ok(const allowed *a, const char *line, ke_lang lang)
{
    if (in_lang(line, lang))
        return 1;
    char *copy = strdup(line);
    assert_non_null(copy);
    int ok = 1;
    char *p = copy;
    while (ok && *p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        char *end = strstr(p, "  ");
        if (end)
            *end = '\0';
        ok = cell_ok(a, p);
        p = end ? end + 2 : p + strlen(p);
    }
    free(copy);
    return ok;
}

static int unit_pending(const char *lang, const char *cmd, const char *line)
{
    char key[4096];
    snprintf(key, sizeof key, "%s|%s|%s", lang, cmd, line);
    for (size_t i = 0; units_pending[i]; i++)
        if (strcmp(units_pending[i], key) == 0)
            return 1;
    return 0;
}

static void test_review_commands_in_lang(void **state)
{
    (void)state;
    static const char *const env[] = {"COLUMNS=200", NULL};
    static const char *const langs[] = {"ko", "ja"};
    size_t bad = 0, lines = 0;
    for (size_t l = 0; l < 2; l++) {
        ke_lang lang = l == 0 ? KE_LANG_KO : KE_LANG_JA;
        allowed a = allowed_in(lang);
        for (size_t c = 0; c < sizeof review_commands / sizeof *review_commands; c++) {
            const char *args[8];
            size_t n = 0;
            char cmd[128] = "";
            for (size_t k = 0; k < 4 && review_commands[c][k]; k++) {
                args[n++] = review_commands[c][k];
                snprintf(cmd + strlen(cmd), sizeof cmd - strlen(cmd), "%s%s", k ? " " : "", review_commands[c][k]);
            }
            args[n++] = "--lang";
            args[n++] = langs[l];
            args[n] = NULL;
            run_result r = run_kaieco(args, env);
            const char *streams[2] = {r.out, r.err};
            for (size_t s = 0; s < 2; s++) {
                char *text = strdup(streams[s]);
                assert_non_null(text);
                for (char *line = text, *nl; line && *line; line = nl) {
                    nl = strchr(line, '\n');
                    if (nl)
                        *nl++ = '\0';
                    if (strspn(line, " ") == strlen(line))
                        continue;
                    lines++;
                    if (!line_ok(&a, line, lang) && !unit_pending(langs[l], cmd, line)) {
                        fprintf(stderr, "not in %s: kaieco %s --lang %s: %s\n", langs[l], cmd, langs[l], line);
                        bad++;
                    }
                }
                free(text);
            }
            run_result_free(&r);
        }
        allowed_free(&a);
    }
    assert_true(lines > 2000); /* the commands ran: models alone is a thousand */
    assert_int_equal(bad, 0);
}

int main(void)
{
    static const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_catalog_complete),
        cmocka_unit_test(test_error_in_message_lang),
        cmocka_unit_test(test_po_compiler),
        cmocka_unit_test(test_help_texts_translated),
        cmocka_unit_test(test_help_in_three_languages),
        cmocka_unit_test(test_help_every_command),
        cmocka_unit_test(test_errors_exact),
        cmocka_unit_test(test_error_in_lang_itself),
        cmocka_unit_test(test_notes_in_lang),
        cmocka_unit_test(test_machine_formats_unchanged),
        cmocka_unit_test(test_names_in_table_view),
        cmocka_unit_test(test_review_commands_in_lang),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
