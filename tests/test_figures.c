/* A sample of figures read by hand from the five seed articles, checked
 * through the library: each one's value (as printed), qualifier, stated
 * rank, unit, period and source. If the dataset changes one of them, this
 * test says which. Articles: 000 ja-column-2025, 001 bloomberg-ja-2026-01,
 * 002 hankyoreh-ja-2025-02-01, 003 kyunghyang-2024-04-17, 004
 * maeil-2024-09-09. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "kaieco/query.h"

typedef struct figure {
    const char *metric, *entity, *period, *source, *value, *approx;
    int rank;
    const char *unit;
} figure;

static const figure figures[] = {
    {"patents", "KR", "2022", "kyunghyang-2024-04-17", "10.26", NULL, 1, "patents per 100,000 people"},
    {"patents", "LU", "2022", "kyunghyang-2024-04-17", "8.73", NULL, 2, "patents per 100,000 people"},
    {"patents", "US", "2022", "kyunghyang-2024-04-17", "4.23", NULL, 3, "patents per 100,000 people"},
    {"patents", "JP", "2022", "kyunghyang-2024-04-17", "2.53", NULL, 4, "patents per 100,000 people"},
    {"talent", "KR", "2023", "kyunghyang-2024-04-17", "0.79", NULL, 3, "% of LinkedIn members"},
    {"talent", "IL", "2023", "kyunghyang-2024-04-17", "1.13", NULL, 1, "% of LinkedIn members"},
    {"talent", "SG", "2023", "kyunghyang-2024-04-17", "0.88", NULL, 2, "% of LinkedIn members"},
    {"migration", "KR", "2023", "kyunghyang-2024-04-17", "-0.3", NULL, 0, "per 10,000 LinkedIn members"},
    {"migration", "KR", "2020", "kyunghyang-2024-04-17", "0.3", NULL, 0, "per 10,000 LinkedIn members"},
    {"migration", "LU", "2023", "kyunghyang-2024-04-17", "3.67", NULL, 1, "per 10,000 LinkedIn members"},
    {"migration", "IN", "2023", "kyunghyang-2024-04-17", "-0.76", NULL, 0, "per 10,000 LinkedIn members"},
    {"migration", "IL", "2023", "kyunghyang-2024-04-17", "-0.57", NULL, 0, "per 10,000 LinkedIn members"},
    {"migration", "US", "2023", "kyunghyang-2024-04-17", "0.40", NULL, 0, "per 10,000 LinkedIn members"},
    {"foundation-models", "US", "2023", "kyunghyang-2024-04-17", "109", NULL, 1, "foundation models"},
    {"foundation-models", "KR", "2023", "kyunghyang-2024-04-17", "0", NULL, 0, "foundation models"},
    {"notable-models", "FR", "2023", "kyunghyang-2024-04-17", "8", NULL, 0, "notable models"},
    {"investment", "KR", "2023", "kyunghyang-2024-04-17", "1.39", NULL, 9, "USD billions"},
    {"investment", "KR", "2022", "kyunghyang-2024-04-17", "3.1", NULL, 6, "USD billions"},
    {"investment", "CN", "2022", "kyunghyang-2024-04-17", "13.041", NULL, 0, "USD billions"},
    {"investment", "CN", "2021", "kyunghyang-2024-04-17", "23.08", NULL, 0, "USD billions"},
    {"org-foundation-models", "google", "2023", "kyunghyang-2024-04-17", "18", NULL, 1, "foundation models"},
    {"training-cost", "gpt-4", "2023", "kyunghyang-2024-04-17", "78352034", NULL, 0, "USD"},
    {"mmmu", "gemini-ultra", "2023", "kyunghyang-2024-04-17", "59.40", NULL, 0, "% correct"},
    {"mmmu", "human-expert-mmmu", "2023", "kyunghyang-2024-04-17", "82.60", NULL, 0, "% correct"},
    {"patents", "KR", "2022", "ja-column-2025", "10.26", NULL, 1, "patents per 100,000 people"},
    {"foundation-models", "CN", "2023", "ja-column-2025", "20", NULL, 0, "foundation models"},
    {"investment", "KR", "2023", "ja-column-2025", "1.39", NULL, 0, "USD billions"},
    {"visa-holders", "e7-s2-visa", "2025-03", "ja-column-2025", "23", NULL, 0, "people"},
    {"visa-holders", "e7-s2-visa", "2024-03", "ja-column-2025", "58", NULL, 0, "people"},
    {"acquisition-offer", "furiosaai", "2025", "ja-column-2025", "800000000", NULL, 0, "USD"},
    {"chatgpt-wau-growth", "KR", "2025", "ja-column-2025", "4.5", NULL, 0, "times (multiple over one year)"},
    {"citations", "cha-meeyoung", "2025", "ja-column-2025", "20000", "over", 0, "citations"},
    {"parameters", "a-x-k1", "2025-12", "bloomberg-ja-2026-01", "519000000000", NULL, 0, "parameters"},
    {"event-attendance", "sovereign-ai-contest", "2025-12-30", "bloomberg-ja-2026-01", "1000", "over", 0, "people"},
    {"company-age", "upstage", "2026-01", "bloomberg-ja-2026-01", "5", NULL, 0, "years since founding"},
    {"employees", "deepseek", "2025-01", "hankyoreh-ja-2025-02-01", "180", NULL, 0, "employees"},
    {"gpu-price-krw", "h100", "2025-01", "hankyoreh-ja-2025-02-01", "40000000", "about", 0, "KRW per unit"},
    {"h100-stock", "KR", "2025-01", "hankyoreh-ja-2025-02-01", "10000", "about", 0, "NVIDIA H100 GPUs"},
    {"dev-cost-vs-us", "deepseek-r1", "2025-01", "hankyoreh-ja-2025-02-01", "0.1", NULL, 0, "fraction of comparable US models' development cost"},
    {"funding-round", "sakana-ai", "2024", "maeil-2024-09-09", "100000000", "about", 0, "USD"},
    {"valuation", "sakana-ai", "2024", "maeil-2024-09-09", "1000000000", NULL, 0, "USD"},
    {"language-speakers", "JP", "2024", "maeil-2024-09-09", "120000000", NULL, 8, "speakers"},
    {"founders", "sakana-ai", "2023", "maeil-2024-09-09", "2", NULL, 0, "founders"}
};

static const ke_observation *find(const ke_dataset *ds, const figure *f)
{
    for (size_t i = 0; i < ds->n_observations; i++) {
        const ke_observation *o = &ds->observations[i];
        if (strcmp(o->metric, f->metric) == 0 && strcmp(o->entity, f->entity) == 0 &&
            strcmp(o->period.text, f->period) == 0 && strcmp(o->source, f->source) == 0)
            return o;
    }
    return NULL;
}

static void sample_figures_are_in_the_dataset(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    size_t n = sizeof figures / sizeof figures[0];
    assert_true(n >= 30);
    for (size_t i = 0; i < n; i++) {
        const figure *f = &figures[i];
        const ke_observation *o = find(ds, f);
        if (!o)
            fail_msg("no figure for %s / %s / %s from %s", f->metric, f->entity, f->period, f->source);
        const ke_metric *m = ke_metric_find(ds, o->metric);
        assert_non_null(m);
        if (strcmp(o->value.text, f->value) != 0 || strcmp(m->unit, f->unit) != 0 || o->rank != f->rank ||
            (f->approx ? !o->approx || strcmp(o->approx, f->approx) : o->approx != NULL))
            fail_msg("%s / %s / %s from %s: got %s %s '%s' rank %d, want %s %s '%s' rank %d", f->metric,
                     f->entity, f->period, f->source, o->approx ? o->approx : "", o->value.text, m->unit,
                     o->rank, f->approx ? f->approx : "", f->value, f->unit, f->rank);
        /* the source is one of the five articles and names its seed file */
        const ke_source *src = ke_source_find(ds, o->source);
        assert_non_null(src);
        assert_int_equal(src->kind, KE_SOURCE_ARTICLE);
        assert_non_null(src->seed);
    }
}

/* Every article contributes to the sample. */
static void sample_covers_all_five_articles(void **state)
{
    (void)state;
    static const char *const articles[] = {"ja-column-2025", "bloomberg-ja-2026-01",
                                           "hankyoreh-ja-2025-02-01", "kyunghyang-2024-04-17",
                                           "maeil-2024-09-09"};
    for (size_t a = 0; a < 5; a++) {
        size_t count = 0;
        for (size_t i = 0; i < sizeof figures / sizeof figures[0]; i++)
            count += strcmp(figures[i].source, articles[a]) == 0;
        if (count == 0)
            fail_msg("no sample figure from %s", articles[a]);
    }
}

/* A disagreement is kept as two figures, the primary one shown by default. */
static void disagreement_keeps_both_figures(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    const figure article = {"investment", "CN", "2022", "kyunghyang-2024-04-17", "13.041", NULL, 0, ""};
    const figure primary = {"investment", "CN", "2022", "maeilnews-2023", "13.41", NULL, 0, ""};
    const ke_observation *a = find(ds, &article), *p = find(ds, &primary);
    assert_non_null(a);
    assert_non_null(p);
    assert_string_equal(a->value.text, "13.041");
    assert_string_equal(p->value.text, "13.41");
    assert_false(a->is_default);
    assert_true(p->is_default);
    assert_true(a->disputed);
    assert_true(p->disputed);
    assert_non_null(p->default_reason);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sample_figures_are_in_the_dataset),
        cmocka_unit_test(sample_covers_all_five_articles),
        cmocka_unit_test(disagreement_keeps_both_figures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
