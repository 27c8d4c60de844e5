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

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaieco/query.h"
#include "support.h"

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
    {"notable-models-selected", "stanford-hai", "2023", "kyunghyang-2024-04-17", "108", NULL, 0, "notable models"},
    {"visa-min-salary", "top-tier-visa", "2025", "ja-column-2025", "140000000", "at-least", 0, "KRW per year"},
    {"economy-rank", "JP", "2023", "maeil-2024-09-09", "3", NULL, 3, "position (1 = largest economy)"},
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
    {"visa-holders", "e7-s2-visa", "2025", "ja-column-2025", "23", NULL, 0, "people"},
    {"visa-holders", "e7-s2-visa", "2024", "ja-column-2025", "58", NULL, 0, "people"},
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
    {"language-speakers", "JP", "2023", "maeil-2024-09-09", "120000000", NULL, 8, "speakers"},
    {"founders", "sakana-ai", "2023", "maeil-2024-09-09", "2", NULL, 0, "founders"}
};

static const ke_observation *find(const ke_dataset *ds, const figure *f)
{
    for (size_t i = 0; i < ds->n_observations; i++) {
        const ke_observation *o = &ds->observations[i];
        if (strcmp(ke_s(ds, o->metric), f->metric) == 0 && strcmp(ke_s(ds, o->entity), f->entity) == 0 &&
            strcmp(ke_s(ds, o->period.text), f->period) == 0 && strcmp(ke_s(ds, o->source), f->source) == 0)
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
        const ke_metric *m = ke_metric_find(ds, ke_s(ds, o->metric));
        assert_non_null(m);
        if (strcmp(ke_s(ds, o->value.text), f->value) != 0 || strcmp(ke_s(ds, m->unit), f->unit) != 0 || o->rank != f->rank ||
            (f->approx ? !ke_s(ds, o->approx) || strcmp(ke_s(ds, o->approx), f->approx) : ke_s(ds, o->approx) != NULL))
            fail_msg("%s / %s / %s from %s: got %s %s '%s' rank %d, want %s %s '%s' rank %d", f->metric,
                     f->entity, f->period, f->source, ke_s(ds, o->approx) ? ke_s(ds, o->approx) : "", ke_s(ds, o->value.text), ke_s(ds, m->unit),
                     o->rank, f->approx ? f->approx : "", f->value, f->unit, f->rank);
        /* the source is one of the five articles and names its seed file */
        const ke_source *src = ke_source_find(ds, ke_s(ds, o->source));
        assert_non_null(src);
        assert_int_equal(src->kind, KE_SOURCE_ARTICLE);
        assert_non_null(ke_s(ds, src->seed));
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
    assert_string_equal(ke_s(ds, a->value.text), "13.041");
    assert_string_equal(ke_s(ds, p->value.text), "13.41");
    assert_false(a->is_default);
    assert_true(p->is_default);
    assert_true(a->disputed);
    assert_true(p->disputed);
    assert_non_null(ke_s(ds, p->default_reason));
}

/* ---- issue 11: corrected attributions and new figures ---------------------
 * Each figure whose source or period was corrected, and each figure added,
 * pinned to its source id, value, qualifier and default flag. Sources here
 * are the public reports the dataset cites, not only the five articles. */

typedef struct pinned {
    const char *metric, *entity, *period, *source, *value, *approx;
    int is_default, disputed;
} pinned;

static const pinned corrected[] = {
    /* Top-Tier visa salary: the rule as launched, and article 000's figure */
    {"visa-min-salary", "top-tier-visa", "2025", "kbs-2025-04-02", "149865000", "at-least", 1, 1},
    {"visa-min-salary", "top-tier-visa", "2025", "ja-column-2025", "140000000", "at-least", 0, 1},
    /* K-EXAONE's size from a report that prints it */
    {"parameters", "k-exaone", "2025-12", "sportschosun-2025-12-30", "236000000000", NULL, 1, 0},
    /* the visa counts: article 000's own (the months and the E-7-S2 label
     * rested on a report nobody could find, issue 15) */
    {"visa-holders", "e7-s2-visa", "2025", "ja-column-2025", "23", NULL, 1, 0},
    {"visa-holders", "e7-s2-visa", "2024", "ja-column-2025", "58", NULL, 1, 0},
    /* article 003's total of notable models, now a figure of its own */
    {"notable-models-selected", "stanford-hai", "2023", "kyunghyang-2024-04-17", "108", NULL, 1, 0},
    /* article 004's two undated rankings, under the same year */
    {"economy-rank", "JP", "2023", "maeil-2024-09-09", "3", NULL, 0, 1},
    {"language-speakers", "JP", "2023", "maeil-2024-09-09", "120000000", NULL, 1, 0},
};

static void corrected_attributions_are_pinned(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    for (size_t i = 0; i < sizeof corrected / sizeof *corrected; i++) {
        const pinned *p = &corrected[i];
        const figure f = {p->metric, p->entity, p->period, p->source, p->value, p->approx, 0, ""};
        const ke_observation *o = find(ds, &f);
        if (!o)
            fail_msg("no figure for %s / %s / %s from %s", p->metric, p->entity, p->period, p->source);
        if (strcmp(ke_s(ds, o->value.text), p->value) != 0 || o->is_default != p->is_default ||
            o->disputed != p->disputed ||
            (p->approx ? !ke_s(ds, o->approx) || strcmp(ke_s(ds, o->approx), p->approx) : ke_s(ds, o->approx) != NULL))
            fail_msg("%s / %s / %s from %s: got %s default %d disputed %d, want %s default %d disputed %d",
                     p->metric, p->entity, p->period, p->source, ke_s(ds, o->value.text), o->is_default, o->disputed,
                     p->value, p->is_default, p->disputed);
        if (o->is_default && o->disputed)
            assert_non_null(ke_s(ds, o->default_reason));
        const ke_source *src = ke_source_find(ds, ke_s(ds, o->source));
        assert_non_null(src);
    }
    /* the secondary sources behind the corrections carry an address */
    static const char *const cited[] = {"kbs-2025-04-02", "koreannet-2025-04", "kbs-world-ja-2025-03",
                                        "sportschosun-2025-12-30", "khan-2025-04-08", "zdnet-2026-01-15",
                                        "newsworks-2025-06-20", "byline-2025-07-21", "indiatv-2025-01-28"};
    for (size_t i = 0; i < sizeof cited / sizeof *cited; i++) {
        const ke_source *src = ke_source_find(ds, cited[i]);
        if (!src || !ke_s(ds, src->url) || src->kind != KE_SOURCE_SECONDARY)
            fail_msg("source %s missing, without url or not secondary", cited[i]);
    }
    /* what the corrections took away stays away */
    for (size_t i = 0; i < ds->n_observations; i++) {
        const ke_observation *o = &ds->observations[i];
        if (strcmp(ke_s(ds, o->metric), "parameters") == 0 && strcmp(ke_s(ds, o->entity), "k-exaone") == 0)
            assert_string_equal(ke_s(ds, o->source), "sportschosun-2025-12-30");
        if (strcmp(ke_s(ds, o->metric), "visa-holders") == 0 && strcmp(ke_s(ds, o->source), "ja-column-2025") == 0)
            assert_int_equal(o->period.precision, KE_PREC_YEAR);
        /* article 000 lists the four larger outflows without places */
        if (strcmp(ke_s(ds, o->metric), "outflow-rank") == 0)
            assert_string_equal(ke_s(ds, o->entity), "KR");
        if (ke_s(ds, o->note) && (strstr(ke_s(ds, o->note), "Korea had none") || strstr(ke_s(ds, o->note), "also puts the UAE third")))
            fail_msg("%s / %s / %s: a note claims more than its source", ke_s(ds, o->metric), ke_s(ds, o->entity), ke_s(ds, o->period.text));
    }
    for (size_t i = 0; i < ds->n_sources; i++)
        if (ke_s(ds, ds->sources[i].note) && strstr(ke_s(ds, ds->sources[i].note), "also puts the UAE 3rd"))
            fail_msg("source %s: note claims more than Hankyung says", ke_s(ds, ds->sources[i].id));
}

static const ke_event *event_find(const ke_dataset *ds, const char *id)
{
    for (size_t i = 0; i < ds->n_events; i++)
        if (strcmp(ke_s(ds, ds->events[i].id), id) == 0)
            return &ds->events[i];
    return NULL;
}

static int strlist_has(const ke_dataset *ds, ke_strlist l, const char *s)
{
    for (size_t i = 0; i < l.n; i++)
        if (strcmp(ke_item(ds, l, i), s) == 0)
            return 1;
    return 0;
}

/* Dated events: each with the source that gives its date, at that date's
 * precision. */
static void corrected_events_are_pinned(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    static const struct {
        const char *id, *date, *source;
        ke_precision precision;
    } events[] = {
        {"ai-index-2025-released", "2025-04-07", "khan-2025-04-08", KE_PREC_DAY},
        {"deepseek-founded", "2023", "indiatv-2025-01-28", KE_PREC_YEAR},
        {"contest-call-opens", "2025-06-20", "newsworks-2025-06-20", KE_PREC_DAY},
        {"contest-call-closes", "2025-07-21", "byline-2025-07-21", KE_PREC_DAY},
        {"contest-teams-selected", "2025-08-04", "newsway-2025-08-04", KE_PREC_DAY},
        {"contest-teams-selected-sunday", "2025-08-03", "donga-2025-08-05", KE_PREC_DAY},
        {"top-tier-visa-launched", "2025-04-02", "kbs-2025-04-02", KE_PREC_DAY},
        {"korea-fifth-largest-ai-talent-outflow", "2025", "ja-column-2025", KE_PREC_YEAR},
        /* when the two winners are named: three sources, one default */
        {"contest-winners", "2027", "bloomberg-ja-2026-01", KE_PREC_YEAR},
        {"contest-winners-dec-2026", "2026-12", "zdnet-2026-01-14", KE_PREC_MONTH},
        {"contest-winners-end-2026", "2026", "hankyung-magazine-2026-02-20", KE_PREC_YEAR},
    };
    for (size_t i = 0; i < sizeof events / sizeof *events; i++) {
        const ke_event *e = event_find(ds, events[i].id);
        if (!e)
            fail_msg("no event %s", events[i].id);
        if (strcmp(ke_s(ds, e->date.text), events[i].date) != 0 || e->date.precision != events[i].precision ||
            strcmp(ke_s(ds, e->source), events[i].source) != 0)
            fail_msg("event %s: got %s from %s, want %s from %s", events[i].id, ke_s(ds, e->date.text), ke_s(ds, e->source),
                     events[i].date, events[i].source);
    }
    /* the winners' date is one disagreement: the ministry's December 2026,
     * as reported on 2026-01-15, is the default, with its reason */
    static const char *const versions[] = {"contest-winners", "contest-winners-dec-2026",
                                           "contest-winners-end-2026"};
    for (size_t i = 0; i < 3; i++) {
        const ke_event *v = event_find(ds, versions[i]);
        assert_non_null(ke_s(ds, v->group));
        assert_string_equal(ke_s(ds, v->group), "contest-final");
        assert_int_equal(v->is_default, i == 1);
        assert_true((ke_s(ds, v->default_reason) != NULL) == (i == 1));
    }
    /* the four larger outflows article 000 lists are queryable by country */
    const ke_event *e = event_find(ds, "korea-fifth-largest-ai-talent-outflow");
    static const char *const four[] = {"IL", "IN", "HU", "TR", "KR"};
    for (size_t i = 0; i < 5; i++)
        if (!strlist_has(ds, e->entities, four[i]))
            fail_msg("outflow event does not name %s", four[i]);
    /* the AI Index 2025 itself is dated to the day */
    const ke_source *ai = ke_source_find(ds, "hai-ai-index-2025");
    assert_non_null(ai);
    assert_string_equal(ke_s(ds, ai->date.text), "2025-04-07");
    /* Naver Cloud's top-four score is credited to the report that says it */
    int found = 0;
    for (size_t i = 0; i < ds->n_decisions; i++) {
        const ke_contest_decision *d = &ds->decisions[i];
        if (strcmp(ke_s(ds, d->team), "naver-cloud") == 0 && d->outcome == KE_OUTCOME_ELIMINATED) {
            found = 1;
            assert_non_null(ke_s(ds, d->note));
            assert_non_null(strstr(ke_s(ds, d->note), "zdnet-2026-01-15"));
            assert_null(strstr(ke_s(ds, d->note), "research notes"));
        }
    }
    assert_true(found);
}

/* One institution, one name in each language. */
static void names_follow_their_sources(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    static const struct {
        const char *id, *en, *ko, *ja, *alias;
    } names[] = {
        {"max-planck-society", "Max Planck Society", "막스플랑크협회", "マックスプランク協会", "マックス・プランク研究所"},
        {"msit", "Ministry of Science and ICT", "과학기술정보통신부", "科学技術情報通信省", "科学技術情報通信部"},
        {"furiosaai", "FuriosaAI", "퓨리오사AI", "フュリオサAI", "FURIOSA AI"},
        {"motif-technologies", "Motif Technologies", "모티프테크놀로지스", "モチーフテクノロジーズ",
         "モティーフテクノロジーズ"},
        /* the names the press uses (i18n review, top ten #8, B2, C2) */
        {"lg-ai-research", "LG AI Research", "LG AI연구원", "LG AI研究院", "LG・AIリサーチ"},
        {"naver-cloud", "Naver Cloud", "네이버클라우드", "ネイバークラウド", "ネイバー・クラウド"},
        {"openai", "OpenAI", "오픈AI", "オープンAI", "OpenAI"},
        {"k-exaone", "K-EXAONE", "K-엑사원", "K-EXAONE", "K-Exaone"},
        {"konan-llm", "Konan LLM", "코난 LLM", "コナンLLM", "코난LLM"},
        {"llion-jones", "Llion Jones", "라이언 존스", "ライオン・ジョーンズ", "리온 존스"},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        const ke_entity *e = ke_entity_find(ds, names[i].id);
        assert_non_null(e);
        assert_string_equal(ke_s(ds, e->name.s[KE_LANG_EN]), names[i].en);
        assert_string_equal(ke_s(ds, e->name.s[KE_LANG_KO]), names[i].ko);
        assert_string_equal(ke_s(ds, e->name.s[KE_LANG_JA]), names[i].ja);
        if (!strlist_has(ds, e->aliases, names[i].alias))
            fail_msg("%s: alias %s missing", names[i].id, names[i].alias);
    }
    /* the entities whose provenance was corrected name their source */
    assert_string_equal(ke_s(ds, ke_entity_find(ds, "max-planck-society")->source), "mpisp-2024-02-15");
    assert_string_equal(ke_s(ds, ke_entity_find(ds, "top-tier-visa")->source), "kbs-2025-04-02");
    /* the contest's length no longer dates a launch: the events do */
    int rule_seen = 0;
    for (size_t i = 0; i < ds->n_rules; i++)
        if (strcmp(ke_s(ds, ds->rules[i].id), "duration") == 0) {
            assert_string_equal(ke_s(ds, ds->rules[i].text), "The contest runs for more than a year.");
            rule_seen = 1;
        }
    assert_true(rule_seen);
    /* the ministry is spelt 省 in Japanese event titles too */
    for (size_t i = 0; i < ds->n_events; i++) {
        const char *ja = ke_s(ds, ds->events[i].title.s[KE_LANG_JA]);
        if (ja && strstr(ja, "科学技術情報通信部"))
            fail_msg("event %s spells the ministry 部", ke_s(ds, ds->events[i].id));
    }
}

/* ---- issue 15: every claim on a public page -------------------------------
 * The research memo (../shared/research/README.md) is a list of leads, not
 * a source: no record in dataset/ may mention it, and every source names
 * the address of its page or says why it has none. */

static const char *const memo_words[] = {"research notes", "research memo", "research-notes",
                                         "shared/research", "the notes say", "the memo"};

static void no_record_mentions_the_research_memo(void **state)
{
    (void)state;
    DIR *dir = opendir(KAIECO_SOURCE_DIR "/dataset");
    assert_non_null(dir);
    int files = 0;
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        size_t len = strlen(de->d_name);
        if (len < 6 || strcmp(de->d_name + len - 5, ".json") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/dataset/%s", KAIECO_SOURCE_DIR, de->d_name);
        char *text = read_whole_file(path);
        assert_non_null(text);
        for (char *c = text; *c; c++)
            *c = (char)tolower((unsigned char)*c);
        for (size_t w = 0; w < sizeof memo_words / sizeof *memo_words; w++) {
            const char *hit = strstr(text, memo_words[w]);
            if (hit) {
                int line = 1;
                for (const char *c = text; c < hit; c++)
                    line += *c == '\n';
                fail_msg("dataset/%s:%d mentions '%s': cite the public page instead", de->d_name, line,
                         memo_words[w]);
            }
        }
        free(text);
        files++;
    }
    closedir(dir);
    assert_true(files >= 10);
}

static int starts_with(const char *s, const char *prefix)
{
    return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

static void every_source_is_public_or_says_why_not(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    size_t without_url = 0;
    for (size_t i = 0; i < ds->n_sources; i++) {
        const ke_source *s = &ds->sources[i];
        if (ke_s(ds, s->url) && !starts_with(ke_s(ds, s->url), "https://") && !starts_with(ke_s(ds, s->url), "http://"))
            fail_msg("source %s: url '%s' is not a web address", ke_s(ds, s->id), ke_s(ds, s->url));
        if (!ke_s(ds, s->url)) {
            without_url++;
            if (!ke_s(ds, s->no_url_reason) || !*ke_s(ds, s->no_url_reason))
                fail_msg("source %s: no url and no reason", ke_s(ds, s->id));
        }
        /* nothing unpublished: not the project's own notes */
        const char *fields[] = {ke_s(ds, s->id), ke_s(ds, s->outlet), ke_s(ds, s->title), ke_s(ds, s->url)};
        for (size_t f = 0; f < sizeof fields / sizeof *fields; f++)
            if (fields[f] && (strstr(fields[f], "kaieco") || strstr(fields[f], "research-notes") ||
                              strstr(fields[f], "shared/research")))
                fail_msg("source %s cites the project's own notes", ke_s(ds, s->id));
        /* the day a page was checked is a day, not before it was published */
        if (ke_s(ds, s->checked.text)) {
            assert_int_equal(s->checked.precision, KE_PREC_DAY);
            if (strncmp(ke_s(ds, s->checked.text), ke_s(ds, s->date.text), strlen(ke_s(ds, s->date.text))) < 0)
                fail_msg("source %s checked on %s, before its date %s", ke_s(ds, s->id), ke_s(ds, s->checked.text), ke_s(ds, s->date.text));
        }
    }
    /* 14 sources had no address before issue 15; four now, each with its reason */
    assert_int_equal(without_url, 4);
    assert_null(ke_source_find(ds, "research-notes"));
    /* a report nobody could find is no longer cited */
    assert_null(ke_source_find(ds, "hankyung-2025-05-25"));
    assert_null(ke_source_find(ds, "sportsseoul-2026-01-15"));
}

/* The public record of 2026 (issue 15): each new figure and event with its
 * source, which has an address. */
static void the_2026_record_is_pinned(void **state)
{
    (void)state;
    const ke_dataset *ds = ke_builtin_dataset();
    static const pinned added[] = {
        {"notable-models", "US", "2025", "ieee-spectrum-2026-04", "50", NULL, 1, 0},
        {"visas-issued", "top-tier-visa", "2026-03", "khan-2026-03-03", "20", NULL, 1, 0},
        {"contest-applicants", "sovereign-ai-contest", "2026-02", "seoul-2026-02-12", "2", NULL, 1, 0},
        {"patents", "KR", "2023", "hai-ai-index-2025", "17.27", NULL, 1, 0},
        {"migration", "AE", "2024", "wowtv-2025-04-15", "4.13", NULL, 1, 0},
        {"contest-score-benchmark", "lg-ai-research", "2026-01", "sbs-2026-01-15-scores", "33.6", NULL, 1, 0},
    };
    for (size_t i = 0; i < sizeof added / sizeof *added; i++) {
        const pinned *p = &added[i];
        const figure f = {p->metric, p->entity, p->period, p->source, p->value, p->approx, 0, ""};
        const ke_observation *o = find(ds, &f);
        if (!o || strcmp(ke_s(ds, o->value.text), p->value) != 0)
            fail_msg("no figure %s for %s / %s / %s from %s", p->value, p->metric, p->entity, p->period, p->source);
        const ke_source *src = ke_source_find(ds, ke_s(ds, o->source));
        if (!src || !ke_s(ds, src->url))
            fail_msg("figure %s / %s: source %s without url", p->metric, p->entity, ke_s(ds, o->source));
    }
    static const struct {
        const char *id, *date, *source;
    } events[] = {
        {"nvidia-260000-gpus-korea", "2025-10-31", "livemint-2025-10-31"},
        {"ai-basic-act-in-force", "2026-01-22", "etoday-2026-01-22"},
        {"contest-fourth-team-call-closes", "2026-02-12", "seoul-2026-02-12"},
        {"top-tier-visa-20-issued", "2026-03-03", "khan-2026-03-03"},
        {"national-ai-computing-center-bidder", "2026-03-10", "zdnet-2026-03-10"},
        {"ai-index-2026-released", "2026-04", "starkinsider-2026-04-14"},
        {"contest-second-review", "2026-08", "newspim-2026-02-20"},
    };
    for (size_t i = 0; i < sizeof events / sizeof *events; i++) {
        const ke_event *e = event_find(ds, events[i].id);
        if (!e || strcmp(ke_s(ds, e->date.text), events[i].date) != 0 || strcmp(ke_s(ds, e->source), events[i].source) != 0)
            fail_msg("event %s: want %s from %s", events[i].id, events[i].date, events[i].source);
        const ke_source *src = ke_source_find(ds, ke_s(ds, e->source));
        assert_non_null(src);
        assert_non_null(ke_s(ds, src->url));
    }
    /* the planned review says it is planned */
    assert_non_null(strstr(ke_s(ds, event_find(ds, "contest-second-review")->title.s[KE_LANG_EN]), "scheduled"));
    /* what no public page gives stays out: 2024 migration for Cyprus and
     * India, DeepSeek's founding month, the E-7-S2 months */
    for (size_t i = 0; i < ds->n_observations; i++) {
        const ke_observation *o = &ds->observations[i];
        if (strcmp(ke_s(ds, o->metric), "migration") == 0 && strcmp(ke_s(ds, o->period.text), "2024") == 0 &&
            (strcmp(ke_s(ds, o->entity), "CY") == 0 || strcmp(ke_s(ds, o->entity), "IN") == 0))
            fail_msg("migration %s 2024 rests on no public page", ke_s(ds, o->entity));
        if (strcmp(ke_s(ds, o->metric), "visa-holders") == 0)
            assert_int_equal(o->period.precision, KE_PREC_YEAR);
        if (ke_s(ds, o->note) && strstr(ke_s(ds, o->note), "July 2023"))
            fail_msg("%s / %s: DeepSeek's July 2023 has no public source", ke_s(ds, o->metric), ke_s(ds, o->entity));
    }
    assert_string_equal(ke_s(ds, event_find(ds, "deepseek-founded")->date.text), "2023");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sample_figures_are_in_the_dataset),
        cmocka_unit_test(sample_covers_all_five_articles),
        cmocka_unit_test(disagreement_keeps_both_figures),
        cmocka_unit_test(corrected_attributions_are_pinned),
        cmocka_unit_test(corrected_events_are_pinned),
        cmocka_unit_test(names_follow_their_sources),
        cmocka_unit_test(no_record_mentions_the_research_memo),
        cmocka_unit_test(every_source_is_public_or_says_why_not),
        cmocka_unit_test(the_2026_record_is_pinned),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
