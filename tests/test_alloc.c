/* The library under allocation failure, in process, as sqlite's malloc
 * tests do it: each pipeline runs once normally, then with its 1st, 2nd,
 * ... allocation failing (tests/alloc-fail/shim.c, linked into this program
 * with -Wl,--wrap), until a run no longer reaches the failing one. Every
 * run must give the normal answer or fail cleanly: NULL or -1 with
 * ke_error status 1 "out of memory", everything it made freeable (the ASan
 * build finds a leak). tests/scripts/alloc-fail.sh does the same through
 * the program. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "kaieco.h"

void kaieco_alloc_fail_at(unsigned long n);
int kaieco_alloc_reached(void);

/* One pipeline: 0 with its rendered answer in *out (open_memstream, whose
 * allocations are the C library's, not counted), or -1 with `err` set. */
typedef int (*pipeline)(char **out, ke_error *err);

static FILE *open_answer(char **out, size_t *len)
{
    *out = NULL;
    return open_memstream(out, len);
}

static int close_answer(FILE *f, char **out, int rc)
{
    if (fclose(f) != 0)
        rc = -1;
    if (rc != 0) {
        free(*out);
        *out = NULL;
    }
    return rc;
}

static int oom(ke_error *err)
{
    ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
    return -1;
}

/* rank, then every shaping step, the trend column and three formats */
static int rank_shaped(char **out, ke_error *err)
{
    ke_table *t = ke_query_rank(ke_builtin_dataset(), "patents", 0, KE_LANG_KO, err);
    if (!t)
        return -1;
    ke_where *w = ke_where_parse("value > 1 and not (country = 'JP' or note ~ 'headline')", "--where", err);
    int rc = w ? ke_table_filter(t, w, err) : -1;
    ke_where_free(w);
    if (rc == 0)
        rc = ke_table_sort_spec(t, "-value,country", err);
    if (rc == 0)
        ke_table_limit(t, 4);
    if (rc == 0 && ke_table_add_trend(t) < 0)
        rc = oom(err);
    if (rc == 0)
        rc = ke_table_where(t, "unit", "patents per 100,000 people", err);
    if (rc == 0)
        rc = ke_table_select_spec(t, "rank,country,name,value,year", err);
    size_t len;
    FILE *f = open_answer(out, &len);
    ke_render_opts opts;
    ke_render_opts_init(&opts);
    opts.lang = KE_LANG_KO;
    if (rc == 0 && (ke_render(t, KE_FMT_TABLE, &opts, f) != 0 || ke_render_json(t, f) != 0 ||
                    ke_render_csv(t, 1, f) != 0))
        rc = oom(err);
    ke_table_free(t);
    return close_answer(f, out, rc);
}

/* a dataset loaded from text, as of a date, its figures and events as JSON */
static int loaded(char **out, ke_error *err)
{
    char *text = NULL;
    FILE *in = fopen(KAIECO_FIXTURES "/data/valid.json", "r");
    assert_non_null(in);
    size_t cap = 0;
    ssize_t n = getdelim(&text, &cap, '\0', in); /* the C library's allocation */
    fclose(in);
    assert_true(n > 0);
    ke_diags diags = {0};
    ke_dataset *ds = ke_dataset_load_text("valid.json", text, (size_t)n, &diags);
    free(text);
    if (!ds) { /* out of memory is the only mistake a valid file can have */
        int said = diags.io_error;
        for (size_t i = 0; i < diags.n; i++)
            said |= strstr(diags.items[i].text, "out of memory") != NULL;
        ke_diags_free(&diags);
        assert_true(said);
        return oom(err);
    }
    ke_diags_free(&diags);
    size_t len;
    FILE *f = open_answer(out, &len);
    int rc = ke_dataset_export(ds, f) == 0 ? 0 : oom(err);
    ke_table *t = rc ? NULL : ke_query_facts(ds, NULL, KE_LANG_EN, err);
    if (!rc && (!t || ke_render_json(t, f) != 0))
        rc = t ? oom(err) : -1;
    ke_table_free(t);
    ke_dataset *then = rc ? NULL : ke_dataset_as_of(ds, "2024", err);
    if (!rc && !then)
        rc = -1;
    t = rc ? NULL : ke_query_events(then, NULL, NULL, NULL, KE_LANG_EN, err);
    if (!rc && (!t || ke_render_ndjson(t, f) != 0))
        rc = t ? oom(err) : -1;
    ke_table_free(t);
    ke_dataset_free(then);
    ke_dataset_free(ds);
    return close_answer(f, out, rc);
}

/* `check`: a piece of the normal answer, so that it is not empty. */
static void each_failure(pipeline run, const char *name, const char *check)
{
    ke_error err = {0};
    char *normal = NULL, *got = NULL;
    kaieco_alloc_fail_at(0);
    assert_int_equal(run(&normal, &err), 0);
    unsigned long n;
    for (n = 1;; n++) {
        memset(&err, 0, sizeof err);
        kaieco_alloc_fail_at(n);
        int rc = run(&got, &err);
        int reached = kaieco_alloc_reached();
        kaieco_alloc_fail_at(0);
        if (rc == 0) {
            assert_non_null(got);
            assert_string_equal(got, normal);
        } else {
            assert_true(reached);
            assert_int_equal(err.status, KE_EXIT_RUNTIME);
            assert_string_equal(err.message, "out of memory");
            assert_null(got);
        }
        free(got);
        got = NULL;
        if (!reached)
            break;
    }
    assert_non_null(strstr(normal, check));
    free(normal);
    printf("%s: %lu failure points\n", name, n - 1);
    assert_true(n > 10);
}

static void test_rank_shaped(void **state)
{
    (void)state;
    each_failure(rank_shaped, "rank, --where, --sort, --limit, trend, --fields, 3 formats",
                 "LU,룩셈부르크,8.73,2022");
}

static void test_loaded(void **state)
{
    (void)state;
    each_failure(loaded, "load, export, facts, --as-of, events", "\"observations\": [");
}

/* A message too long for ke_error, when the memory to fit it runs out: cut
 * between characters, still a string. */
static void test_long_message(void **state)
{
    (void)state;
    char word[700];
    for (size_t i = 0; i + 3 < sizeof word; i += 3)
        memcpy(word + i, "\xed\x95\x9c", 3); /* 한 */
    word[sizeof word - 1 - (sizeof word - 1) % 3] = '\0';
    ke_error err;
    kaieco_alloc_fail_at(1);
    ke_error_set(&err, KE_EXIT_USAGE, "unknown metric '%s'", word);
    assert_true(kaieco_alloc_reached());
    kaieco_alloc_fail_at(0);
    assert_int_equal(err.status, KE_EXIT_USAGE);
    size_t len = strlen(err.message);
    assert_true(len < sizeof err.message);
    assert_int_equal((len - strlen("unknown metric '")) % 3, 0); /* whole characters */
}

/* Not memory: a column the table does not have fails the table, and
 * ke_table_done says so, instead of ending the program. */
static void test_bad_column(void **state)
{
    (void)state;
    static const ke_column cols[] = {{.key = "a", .type = KE_COL_TEXT}};
    ke_table *t = ke_table_new(cols, 1);
    size_t r = ke_table_add_row(t);
    ke_table_set_text(t, r, "a", "x");
    ke_table_set_text(t, r, "b", "y");
    ke_table_set_text(t, r, "a", "z"); /* a failed table takes nothing more */
    assert_string_equal(ke_table_cell(t, r, 0)->text, "x");
    ke_error err;
    assert_null(ke_table_done(t, &err));
    assert_int_equal(err.status, KE_EXIT_RUNTIME);
    assert_string_equal(err.message, "internal error: no column 'b'");
    assert_null(ke_table_done(NULL, &err));
    assert_string_equal(err.message, "out of memory");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rank_shaped),
        cmocka_unit_test(test_loaded),
        cmocka_unit_test(test_long_message),
        cmocka_unit_test(test_bad_column),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
