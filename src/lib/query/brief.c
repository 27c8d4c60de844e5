/* kaieco brief COUNTRY: the sentences of a cited summary (kaieco/brief.h).
 *
 * Paragraphs by theme (patents, talent, investment, models; for the
 * country whose contest the dataset follows, the contest and the latest
 * events). The metrics a brief speaks of are listed in `metrics` below
 * with the words of each language; a metric not listed is not in the
 * brief, so no figure is ever put into words that were not written for
 * it. Sentences are built from one frame per kind of statement and
 * language (frame_value, frame_change, frame_dispute ...), filled with the
 * figures' own digits. */
#define _GNU_SOURCE /* open_memstream */
#include "kaieco/brief.h"
#include "data/refs.h"
#include "base/words.h"
#include "kaieco/load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

static const ke_column cols[] = {
    {.key = "sentence", .type = KE_COL_INT, .doc = "the sentence's number, from 1, in reading order"},
    {.key = "theme", .type = KE_COL_TEXT, .doc = "its paragraph: patents, talent, investment, models, contest, events", .flags = KE_CODE},
    {.key = "kind", .type = KE_COL_TEXT, .doc = "what it states: value, rank, change, dispute, decision, event", .flags = KE_CODE},
    {.key = "text", .type = KE_COL_TEXT, .doc = "the sentence, in the chosen language, with its citation marks [n]"},
    {.key = "metric", .type = KE_COL_TEXT, .doc = "metric of the figure the row is about, or null (a decision, an event)", .flags = KE_CODE},
    {.key = "entity", .type = KE_COL_TEXT, .doc = "its subject: the country, a contest team or an event's id", .flags = KE_CODE},
    {.key = "period", .type = KE_COL_TEXT, .doc = "the figure's period, or the decision's or event's date", .flags = KE_CODE},
    {.key = "value", .type = KE_COL_NUM, .doc = "the figure as its source prints it, or null"},
    {.key = "rank", .type = KE_COL_INT, .doc = "the rank its source states, or null"},
    {.key = "source", .type = KE_COL_TEXT, .doc = "id of the source the sentence cites for it", .flags = KE_CODE},
    {.key = "ref", .type = KE_COL_INT, .doc = "the number of that source in the references ([n])"},
};
const ke_columns ke_brief_columns = {cols, sizeof cols / sizeof cols[0]};

/* ---- the metrics a brief speaks of, and their words -------------------- */

typedef enum value_form {
    FORM_PLAIN = 0,    /* the value phrase as written */
    FORM_USD_BILLIONS, /* ko/ja: USD billions written in 억/億 and 만/万 */
} value_form;

typedef struct metric_words {
    const char *metric;
    const char *theme;
    value_form form;
    const char *topic[KE_N_LANGS]; /* what is measured, as a noun phrase */
    const char *value[KE_N_LANGS]; /* the value, "{v}" standing for its digits */
    /* a figure that is itself a position (outflow-rank): its own sentence,
     * "{p}" period, "{c}" country, "{n}" the position, "{m}" the mark */
    const char *position[KE_N_LANGS];
} metric_words;

static const metric_words metrics[] = {
    {"patents", "patents", FORM_PLAIN,
     {"AI patent count", "인구 10만 명당 AI 특허 수", "人口10万人あたりのAI特許数"},
     {"{v} per 100,000 people", "{v}건", "{v}件"}, {0}},
    {"talent", "talent", FORM_PLAIN,
     {"AI talent concentration", "AI 인재 집중도", "AI人材の集中度"},
     {"{v}% of LinkedIn members", "링크드인 회원의 {v}%", "LinkedIn会員の{v}%"}, {0}},
    {"talent-linkedin-2024", "talent", FORM_PLAIN,
     {"AI talent concentration by LinkedIn's 2024 method", "링크드인 2024년 방식의 AI 인재 집중도",
      "LinkedInの2024年方式によるAI人材の集中度"},
     {"{v}%", "{v}%", "{v}%"}, {0}},
    {"migration", "talent", FORM_PLAIN,
     {"net AI talent migration", "AI 인재 순이동", "AI人材の純移動"},
     {"{v} per 10,000 LinkedIn members", "링크드인 회원 1만 명당 {v}명", "LinkedIn会員1万人あたり{v}人"}, {0}},
    {"outflow-rank", "talent", FORM_PLAIN, {0}, {0},
     {"{P}, {c} had the {n} net outflow of AI talent{m}.", "{p} {c}의 AI 인재 순유출 규모는 {n}번째로 컸다{m}.",
      "{p}の{c}のAI人材の純流出は{n}番目に大きかった{m}。"}},
    {"investment", "investment", FORM_USD_BILLIONS,
     {"private AI investment", "민간 AI 투자", "民間AI投資"},
     {"USD {v} billion", "{v}", "{v}"}, {0}},
    {"foundation-models", "models", FORM_PLAIN,
     {"count of foundation models", "파운데이션 모델 수", "基盤モデルの数"},
     {"{v}", "{v}개", "{v}件"}, {0}},
    {"notable-models", "models", FORM_PLAIN,
     {"count of notable AI models", "주목할 만한 AI 모델 수", "注目すべきAIモデルの数"},
     {"{v}", "{v}개", "{v}件"}, {0}},
};
#define N_METRICS (sizeof metrics / sizeof metrics[0])

static const char *const themes[] = {"patents", "talent", "investment", "models", "contest", "events"};

/* ---- small writers -------------------------------------------------------- */

/* The ordinal of a stated rank: "1st", "12th"; "1위"; "1位". */
static void ordinal(int n, ke_lang lang, char *out, size_t size)
{
    if (lang == KE_LANG_KO) {
        snprintf(out, size, "%d위", n);
        return;
    }
    if (lang == KE_LANG_JA) {
        snprintf(out, size, "%d位", n);
        return;
    }
    const char *suffix = "th";
    if (n % 100 < 11 || n % 100 > 13)
        suffix = n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    snprintf(out, size, "%d%s", n, suffix);
}

/* Whether the last character of `s`, read aloud in Korean, ends in a
 * consonant (받침), and whether that consonant is ㄹ: what chooses 은/는,
 * 이/가, 과/와, (으)로 and 이었다/였다. Digits as Sino-Korean numbers
 * (영 일 이 삼 사 오 육 칠 팔 구), '%' as 퍼센트. */
static int ko_batchim(const char *s, int *rieul)
{
    size_t n = strlen(s);
    *rieul = 0;
    for (;;) { /* "YTN[2]" reads as "YTN"; "Daily (AJU Press)" as "Press" */
        while (n > 0 && (s[n - 1] == ')' || s[n - 1] == ' '))
            n--;
        size_t k = n;
        if (k > 0 && s[k - 1] == ']') {
            k--;
            while (k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9')
                k--;
            if (k > 0 && s[k - 1] == '[' && k + 1 < n) {
                n = k - 1;
                continue;
            }
        }
        break;
    }
    if (n >= 1 && ((s[n - 1] >= 'A' && s[n - 1] <= 'Z') || (s[n - 1] >= 'a' && s[n - 1] <= 'z'))) {
        /* Latin: as Korean reads it: the letters L M N R (엘 엠 엔 알) of
         * an acronym, the endings -l -m -n -ng of a word */
        char c = s[n - 1];
        *rieul = c == 'L' || c == 'R' || c == 'l';
        return strchr("LMNRlmn", c) != NULL || (c == 'g' && n >= 2 && s[n - 2] == 'n');
    }
    if (n >= 1 && s[n - 1] >= '0' && s[n - 1] <= '9') {
        int d = s[n - 1] - '0';
        *rieul = d == 1 || d == 7 || d == 8;
        return d == 0 || d == 1 || d == 3 || d == 6 || d == 7 || d == 8;
    }
    if (n >= 3 && ((unsigned char)s[n - 3] & 0xF0) == 0xE0) {
        unsigned cp = ((unsigned)(s[n - 3] & 0x0F) << 12) | ((unsigned)(s[n - 2] & 0x3F) << 6) |
                      (unsigned)(s[n - 1] & 0x3F);
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            unsigned jong = (cp - 0xAC00) % 28;
            *rieul = jong == 8;
            return jong != 0;
        }
    }
    return 0; /* '%' (퍼센트), Latin letters: read without a final consonant */
}

/* The particle after `s`: `with` after a final consonant, else `without`;
 * (으)로 is 로 after ㄹ. */
static const char *josa(const char *s, const char *with, const char *without)
{
    int rieul;
    int b = ko_batchim(s, &rieul);
    if (strcmp(with, "으로") == 0 && rieul)
        return "로";
    return b ? with : without;
}

/* USD billions as Korean or Japanese write amounts: 1.39 -> "13억9000만
 * 달러" / "13億9000万ドル", exactly (1 billion = 10억; 억 = 10^8, 만 =
 * 10^4). NULL-free: falls back to the digits when they do not fit. */
static void usd_billions(const char *v, ke_lang lang, char *out, size_t size)
{
    const char *oku = lang == KE_LANG_KO ? "억" : "億";
    const char *man = lang == KE_LANG_KO ? "만" : "万";
    const char *dollars = lang == KE_LANG_KO ? " 달러" : "ドル";
    const char *dot = strchr(v, '.');
    size_t int_len = dot ? (size_t)(dot - v) : strlen(v);
    const char *frac = dot ? dot + 1 : "";
    size_t frac_len = strlen(frac);
    if (v[0] == '-' || int_len > 6 || frac_len > 5) {
        snprintf(out, size, "USD %s billion", v);
        return;
    }
    /* v * 10 = 억 (its integer part) and the rest (up to 4 digits) * 만 */
    char eok[16];
    snprintf(eok, sizeof eok, "%.*s%c", (int)int_len, v, frac_len ? frac[0] : '0');
    long eok_n = strtol(eok, NULL, 10);
    char rest[5] = "0000";
    for (size_t i = 1; i < frac_len && i <= 4; i++)
        rest[i - 1] = frac[i];
    long man_n = strtol(rest, NULL, 10);
    if (eok_n && man_n)
        snprintf(out, size, "%ld%s%ld%s%s", eok_n, oku, man_n, man, dollars);
    else if (eok_n)
        snprintf(out, size, "%ld%s%s", eok_n, oku, dollars);
    else
        snprintf(out, size, "%ld%s%s", man_n, man, dollars);
}

/* The approximation word around a value ("about 10000"), per language. */
static void with_approx(const char *approx, const char *v, ke_lang lang, char *out, size_t size)
{
    static const struct {
        const char *word;
        const char *fmt[KE_N_LANGS];
    } words[] = {
        {"about", {"about %s", "약 %s", "約%s"}},
        {"over", {"over %s", "%s 이상", "%s超"}},
        {"under", {"under %s", "%s 미만", "%s未満"}},
        {"up-to", {"up to %s", "최대 %s", "最大%s"}},
        {"at-least", {"at least %s", "%s 이상", "%s以上"}},
    };
    for (size_t i = 0; approx && i < sizeof words / sizeof words[0]; i++)
        if (strcmp(approx, words[i].word) == 0) {
            snprintf(out, size, words[i].fmt[lang], v);
            return;
        }
    snprintf(out, size, "%s", v);
}

/* Replaces "{v}" in `tmpl` by `v`. */
static void fill_v(const char *tmpl, const char *v, char *out, size_t size)
{
    const char *at = strstr(tmpl, "{v}");
    if (!at)
        snprintf(out, size, "%s", tmpl);
    else
        snprintf(out, size, "%.*s%s%s", (int)(at - tmpl), tmpl, v, at + 3);
}

/* A figure's value in words: digits as the source printed them, its unit
 * and qualifier in `lang`. */
static void value_words(const ke_dataset *ds, const metric_words *mw, const ke_observation *o, ke_lang lang,
                        char *out, size_t size)
{
    char digits[128], phrase[192];
    if (mw->form == FORM_USD_BILLIONS && lang != KE_LANG_EN)
        usd_billions(ke_s(ds, o->value.text), lang, digits, sizeof digits);
    else
        snprintf(digits, sizeof digits, "%s", ke_s(ds, o->value.text));
    fill_v(mw->value[lang] ? mw->value[lang] : "{v}", digits, phrase, sizeof phrase);
    with_approx(ke_s(ds, o->approx), phrase, lang, out, size);
}

/* "the United States", "South Korea"; with `possessive`, "South Korea's". */
static void country_words(const ke_dataset *ds, const ke_country *c, ke_lang lang, int possessive, int capital,
                          char *out, size_t size)
{
    const char *name = ke_name(ds, &c->name, lang);
    if (lang != KE_LANG_EN) {
        snprintf(out, size, "%s", name);
        return;
    }
    int the = strncmp(name, "United ", 7) == 0 || strcmp(name, "Netherlands") == 0;
    size_t n = strlen(name);
    snprintf(out, size, "%s%s%s", the ? (capital ? "The " : "the ") : "", name,
             !possessive ? "" : name[n - 1] == 's' ? "'" : "'s");
}

/* "In 2022" / "On 17 April 2024" (en, capitalised); "2022년"; "2022年". */
static void period_words(const ke_dataset *ds, const ke_date *d, ke_lang lang, int capital, char *out, size_t size)
{
    char w[64];
    ke_date_words(ke_s(ds, d->text), lang, w, sizeof w);
    if (lang == KE_LANG_EN)
        snprintf(out, size, "%s %s", d->precision == KE_PREC_DAY ? (capital ? "On" : "on") : (capital ? "In" : "in"), w);
    else
        snprintf(out, size, "%s", w);
}

/* ---- building the brief ---------------------------------------------------- */

typedef struct builder {
    const ke_dataset *ds;
    ke_brief *b;
    ke_lang lang;
    size_t sentence;
    size_t cap_refs;
    int col[sizeof cols / sizeof cols[0]];
    int oom; /* an allocation failed: ke_query_brief fails, "out of memory" */
} builder;

/* The reference number of a source, adding it at the end when new. */
static size_t ref_of(builder *bd, const char *source_id)
{
    const ke_source *s = ke_source_find(bd->ds, source_id);
    ke_brief *b = bd->b;
    for (size_t i = 0; i < b->n_refs; i++)
        if (b->refs[i] == s)
            return i + 1;
    if (b->n_refs == bd->cap_refs) {
        size_t cap = bd->cap_refs ? bd->cap_refs * 2 : 16;
        const ke_source **more = realloc(b->refs, cap * sizeof *more);
        if (!more) {
            bd->oom = 1;
            return 0;
        }
        b->refs = more;
        bd->cap_refs = cap;
    }
    b->refs[b->n_refs++] = s;
    return b->n_refs;
}

/* " [3]" (en) or "[3]" (ko, ja). */
static void mark(builder *bd, size_t ref, char *out, size_t size)
{
    snprintf(out, size, bd->lang == KE_LANG_EN ? " [%zu]" : "[%zu]", ref);
}

/* One row of the current sentence (its text is set when it is complete). */
typedef struct row_data {
    const char *metric, *entity, *source;
    const ke_date *period;
    const ke_number *value;
    int rank;
} row_data;

static void add_rows(builder *bd, const char *theme, const char *kind, const char *text, const row_data *rows,
                     size_t n)
{
    ke_table *t = bd->b->sentences;
    bd->sentence++;
    for (size_t i = 0; i < n; i++) {
        size_t r = ke_table_add_row(t);
        ke_table_set_int_at(t, r, (size_t)bd->col[0], (long long)bd->sentence);
        ke_table_set_text_at(t, r, (size_t)bd->col[1], theme);
        ke_table_set_text_at(t, r, (size_t)bd->col[2], kind);
        ke_table_set_text_at(t, r, (size_t)bd->col[3], text);
        ke_table_set_text_ref_at(t, r, (size_t)bd->col[4], rows[i].metric);
        ke_table_set_text_ref_at(t, r, (size_t)bd->col[5], rows[i].entity);
        ke_table_set_text_ref_at(t, r, (size_t)bd->col[6], ke_s(bd->ds, rows[i].period->text));
        if (rows[i].value)
            ke_table_set_num_at(t, r, (size_t)bd->col[7], ke_s(bd->ds, rows[i].value->text), rows[i].value->value);
        if (rows[i].rank)
            ke_table_set_int_at(t, r, (size_t)bd->col[8], rows[i].rank);
        ke_table_set_text_ref_at(t, r, (size_t)bd->col[9], rows[i].source);
        ke_table_set_int_at(t, r, (size_t)bd->col[10], (long long)ref_of(bd, rows[i].source));
    }
}

static row_data obs_row(const ke_dataset *ds, const ke_observation *o)
{
    return (row_data){ke_s(ds, o->metric), ke_s(ds, o->entity), ke_s(ds, o->source), &o->period, &o->value, o->rank};
}

/* ", ranked 9th" / "(9위)" / "（9位）" when the source states a rank. */
static void rank_words(const ke_observation *o, ke_lang lang, char *out, size_t size)
{
    char ord[32];
    if (!o->rank) {
        out[0] = '\0';
        return;
    }
    ordinal(o->rank, lang, ord, sizeof ord);
    snprintf(out, size, lang == KE_LANG_EN ? " (%s)" : lang == KE_LANG_KO ? "(%s)" : "（%s）", ord);
}

/* value or rank: "In 2022, South Korea's AI patent count was 10.26 per
 * 100,000 people, ranked 1st [1]." */
static void say_value(builder *bd, const metric_words *mw, const ke_country *c, const ke_observation *o)
{
    const ke_dataset *ds = bd->ds;
    ke_lang L = bd->lang;
    char p[256], cn[512], v[512], ord[32], m[32], text[8192];
    period_words(ds, &o->period, L, 1, p, sizeof p);
    country_words(ds, c, L, mw->position[0] == NULL, 0, cn, sizeof cn);
    value_words(ds, mw, o, L, v, sizeof v);
    ordinal(o->rank, L, ord, sizeof ord);
    mark(bd, ref_of(bd, ke_s(ds, o->source)), m, sizeof m);
    if (mw->position[0]) { /* the figure is a position: "the 5th-largest" */
        char n[48];
        if (L == KE_LANG_EN) {
            char o2[32];
            ordinal(atoi(ke_s(ds, o->value.text)), L, o2, sizeof o2);
            snprintf(n, sizeof n, "%s-largest", o2);
        } else {
            snprintf(n, sizeof n, "%s", ke_s(ds, o->value.text));
        }
        const char *tm = mw->position[L];
        /* {P} {p} {c} {n} {m} */
        char *s = text;
        size_t left = sizeof text;
        for (const char *q = tm; *q && left > 1;) {
            const char *put = NULL;
            if (strncmp(q, "{P}", 3) == 0 || strncmp(q, "{p}", 3) == 0)
                put = p;
            else if (strncmp(q, "{c}", 3) == 0)
                put = cn;
            else if (strncmp(q, "{n}", 3) == 0)
                put = n;
            else if (strncmp(q, "{m}", 3) == 0)
                put = m;
            if (put) {
                size_t k = (size_t)snprintf(s, left, "%s", put);
                if (k >= left)
                    k = left - 1; /* cut, never past the buffer */
                s += k;
                left -= k;
                q += 3;
            } else {
                *s++ = *q++;
                left--;
            }
        }
        *s = '\0';
    } else if (L == KE_LANG_EN) {
        if (o->rank)
            snprintf(text, sizeof text, "%s, %s %s was %s, ranked %s%s.", p, cn, mw->topic[L], v, ord, m);
        else
            snprintf(text, sizeof text, "%s, %s %s was %s%s.", p, cn, mw->topic[L], v, m);
    } else if (L == KE_LANG_KO) {
        if (o->rank)
            snprintf(text, sizeof text, "%s %s의 %s%s %s%s %s였다%s.", p, cn, mw->topic[L],
                     josa(mw->topic[L], "은", "는"), v, josa(v, "으로", "로"), ord, m);
        else
            snprintf(text, sizeof text, "%s %s의 %s%s %s%s%s.", p, cn, mw->topic[L], josa(mw->topic[L], "은", "는"),
                     v, josa(v, "이었다", "였다"), m);
    } else {
        if (o->rank)
            snprintf(text, sizeof text, "%sの%sの%sは%sで%sだった%s。", p, cn, mw->topic[L], v, ord, m);
        else
            snprintf(text, sizeof text, "%sの%sの%sは%sだった%s。", p, cn, mw->topic[L], v, m);
    }
    row_data r = obs_row(ds, o);
    add_rows(bd, mw->theme, o->rank ? "rank" : "value", text, &r, 1);
}

/* change: the latest figure against the one before, same metric (one
 * series), both undisputed, periods of one precision. */
static void say_change(builder *bd, const metric_words *mw, const ke_country *c, const ke_observation *prev,
                       const ke_observation *last)
{
    const ke_dataset *ds = bd->ds;
    ke_lang L = bd->lang;
    char p[256], p0[256], cn[512], v[512], v0[512], r[48], r0[48], m[32], m0[32], text[8192];
    period_words(ds, &last->period, L, 1, p, sizeof p);
    period_words(ds, &prev->period, L, 0, p0, sizeof p0);
    country_words(ds, c, L, 1, 0, cn, sizeof cn);
    value_words(ds, mw, last, L, v, sizeof v);
    value_words(ds, mw, prev, L, v0, sizeof v0);
    rank_words(last, L, r, sizeof r);
    rank_words(prev, L, r0, sizeof r0);
    mark(bd, ref_of(bd, ke_s(ds, last->source)), m, sizeof m);
    mark(bd, ref_of(bd, ke_s(ds, prev->source)), m0, sizeof m0);
    int dir = last->value.value > prev->value.value ? 1 : last->value.value < prev->value.value ? -1 : 0;
    if (L == KE_LANG_EN) {
        if (dir)
            snprintf(text, sizeof text, "%s, %s %s was %s%s%s, %s from %s%s %s%s.", p, cn, mw->topic[L], v, r, m,
                     dir > 0 ? "up" : "down", v0, r0, p0, m0);
        else
            snprintf(text, sizeof text, "%s, %s %s was %s%s%s, the same as %s%s.", p, cn, mw->topic[L], v, r, m, p0,
                     m0);
    } else if (L == KE_LANG_KO) {
        char vr[1024], prevp[2048], ord0[32];
        snprintf(vr, sizeof vr, "%s%s", v, r);
        ordinal(prev->rank, L, ord0, sizeof ord0);
        /* "2023년(13억9000만 달러, 9위)" */
        snprintf(prevp, sizeof prevp, "%s(%s%s%s)", p0, v0, prev->rank ? ", " : "", prev->rank ? ord0 : "");
        if (dir)
            snprintf(text, sizeof text, "%s %s의 %s%s %s%s%s %s%s보다 %s.", p, cn, mw->topic[L],
                     josa(mw->topic[L], "은", "는"), vr, josa(vr, "으로", "로"), m, prevp, m0,
                     dir > 0 ? "늘었다" : "줄었다");
        else
            snprintf(text, sizeof text, "%s %s의 %s%s %s%s %s%s%s 같았다.", p, cn, mw->topic[L],
                     josa(mw->topic[L], "은", "는"), vr, m, prevp, m0, josa(prevp, "과", "와"));
    } else {
        char prevp[2048];
        if (r0[0]) /* "（9位）" becomes "、9位" inside the parenthesis */
            snprintf(prevp, sizeof prevp, "%sの%s%s", p0, v0, r0);
        else
            snprintf(prevp, sizeof prevp, "%sの%s", p0, v0);
        if (dir)
            snprintf(text, sizeof text, "%sの%sの%sは%s%s%sで、%s%sから%sした。", p, cn, mw->topic[L], v, r, m, prevp, m0,
                     dir > 0 ? "増加" : "減少");
        else
            snprintf(text, sizeof text, "%sの%sの%sは%s%s%sで、%s%sと同じだった。", p, cn, mw->topic[L], v, r, m, prevp, m0);
    }
    row_data rows[2] = {obs_row(ds, last), obs_row(ds, prev)};
    add_rows(bd, mw->theme, "change", text, rows, 2);
}

/* The same metric, subject and period: one figure as sources give it. */
static int same_figure(const ke_dataset *ds, const ke_observation *a, const ke_observation *b)
{
    return a != b && strcmp(ke_s(ds, a->metric), ke_s(ds, b->metric)) == 0 &&
           strcmp(ke_s(ds, a->entity), ke_s(ds, b->entity)) == 0 &&
           strcmp(ke_s(ds, a->period.text), ke_s(ds, b->period.text)) == 0;
}

/* dispute: the default figure, then every other value sources give for
 * the same metric, subject and period, each with its source. */
static void say_dispute(builder *bd, const metric_words *mw, const ke_country *c, const ke_observation *dflt)
{
    const ke_dataset *ds = bd->ds;
    ke_lang L = bd->lang;
    char p[256], cn[512], v[512], r[48], m[32];
    period_words(ds, &dflt->period, L, 1, p, sizeof p);
    country_words(ds, c, L, 1, 0, cn, sizeof cn);
    value_words(ds, mw, dflt, L, v, sizeof v);
    rank_words(dflt, L, r, sizeof r);
    mark(bd, ref_of(bd, ke_s(ds, dflt->source)), m, sizeof m);
    const ke_source *src = ke_source_at(ds, dflt->source_ix);
    /* the outlet as the reader knows it: 경향신문, 京郷新聞 */
    const char *outlet = KE_OUTLET_IN(ds, src, L);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f) {
        bd->oom = 1;
        return;
    }
    if (L == KE_LANG_EN)
        fprintf(f, "%s, %s %s was %s%s according to %s%s", p, cn, mw->topic[L], v, r, outlet, m);
    else if (L == KE_LANG_KO)
        fprintf(f, "%s %s의 %s%s %s에 따르면 %s%s%s%s.", p, cn, mw->topic[L], josa(mw->topic[L], "은", "는"),
                outlet, v, r, josa(r[0] ? r : v, "이었다", "였다"), m);
    else
        fprintf(f, "%sの%sの%sは、%sによれば%s%sだった%s。", p, cn, mw->topic[L], outlet, v, r, m);
    row_data rows[16];
    size_t n = 0;
    rows[n++] = obs_row(ds, dflt);
    /* the other values, each once, in the dataset's order, with every
     * source that gives it */
    for (size_t i = 0; i < ds->n_observations && n < 16; i++) {
        const ke_observation *o = &ds->observations[i];
        if (!same_figure(ds, o, dflt) || strcmp(ke_s(ds, o->value.text), ke_s(ds, dflt->value.text)) == 0)
            continue;
        int seen = 0;
        for (size_t k = 1; k < n && !seen; k++)
            seen = strcmp(ke_s(ds, rows[k].value->text), ke_s(ds, o->value.text)) == 0;
        if (seen)
            continue;
        char ov[512], who[4096] = "";
        value_words(ds, mw, o, L, ov, sizeof ov);
        size_t n_who = 0;
        for (size_t j = i; j < ds->n_observations && n < 16; j++) {
            const ke_observation *g = &ds->observations[j];
            if (!same_figure(ds, g, dflt) || strcmp(ke_s(ds, g->value.text), ke_s(ds, o->value.text)) != 0)
                continue;
            char gm[32];
            mark(bd, ref_of(bd, ke_s(ds, g->source)), gm, sizeof gm);
            const ke_source *gs = ke_source_at(ds, g->source_ix);
            size_t len = strlen(who);
            const char *and = L == KE_LANG_EN ? " and " : L == KE_LANG_KO ? josa(who, "과 ", "와 ") : "と";
            snprintf(who + len, sizeof who - len, "%s%s%s", n_who ? and : "", KE_OUTLET_IN(ds, gs, L), gm);
            n_who++;
            rows[n++] = obs_row(ds, g);
        }
        if (L == KE_LANG_EN)
            fprintf(f, "; %s %s %s", who, n_who == 1 ? "gives" : "give", ov);
        else if (L == KE_LANG_KO)
            fprintf(f, " 반면 %s%s %s%s 제시했다.", who, josa(who, "은", "는"), ov, josa(ov, "으로", "로"));
        else
            fprintf(f, "一方、%sは%sとしている。", who, ov);
    }
    if (L == KE_LANG_EN)
        fputc('.', f);
    if (fclose(f) != 0 || !text) {
        free(text);
        bd->oom = 1;
        return;
    }
    add_rows(bd, mw->theme, "dispute", text, rows, n);
    free(text);
}

/* The sentences of one metric: the latest default figure, with the one
 * before it as a change when both are undisputed; a disputed figure with
 * the other side. Earlier periods are left to `kaieco country`. */
static void say_metric(builder *bd, const metric_words *mw, const ke_country *c)
{
    const ke_dataset *ds = bd->ds;
    const ke_observation *last = NULL, *prev = NULL;
    for (size_t i = 0; i < ds->n_observations; i++) { /* by metric, entity, period */
        const ke_observation *o = &ds->observations[i];
        if (!o->is_default || strcmp(ke_s(ds, o->metric), mw->metric) ||
            strcmp(ke_s(ds, o->entity), ke_s(ds, c->alpha2)))
            continue;
        prev = last;
        last = o;
    }
    if (!last)
        return;
    if (last->disputed) {
        say_dispute(bd, mw, c, last);
    } else if (prev && !prev->disputed && !mw->position[0] && prev->period.precision == last->period.precision) {
        say_change(bd, mw, c, prev, last);
    } else {
        if (prev && prev->disputed && !mw->position[0])
            say_dispute(bd, mw, c, prev);
        say_value(bd, mw, c, last);
    }
}

/* The entity of the contest's programme, when the dataset has one. */
static const ke_entity *contest_programme(const ke_dataset *ds)
{
    for (size_t i = 0; i < ds->n_entities; i++)
        if (ds->entities[i].kind == KE_ENTITY_PROGRAM && strstr(ke_s(ds, ds->entities[i].id), "contest"))
            return &ds->entities[i];
    return NULL;
}

/* Whether the contest is this country's: its teams' organisations are. */
static int contest_of(const ke_dataset *ds, const ke_country *c)
{
    if (!ds->n_teams)
        return 0;
    const ke_entity *org = ke_entity_at(ds, ds->teams[0].organization_ix);
    return org && ke_s(ds, org->country) && strcmp(ke_s(ds, org->country), ke_s(ds, c->alpha2)) == 0;
}

static const char *team_name(const ke_dataset *ds, const char *team, ke_lang lang)
{
    for (size_t i = 0; i < ds->n_teams; i++)
        if (strcmp(ke_s(ds, ds->teams[i].id), team) == 0) {
            const ke_entity *e = ke_entity_at(ds, ds->teams[i].organization_ix);
            return e ? ke_name(ds, &e->name, lang) : team;
        }
    return team;
}

/* decision: the teams that one day's decisions of one outcome name, in
 * the dataset's order. */
static void say_contest(builder *bd)
{
    const ke_dataset *ds = bd->ds;
    ke_lang L = bd->lang;
    const ke_entity *prog = contest_programme(ds);
    const char *contest = prog ? ke_name(ds, &prog->name, L) : L == KE_LANG_EN ? "contest" : L == KE_LANG_KO ? "경진대회" : "コンテスト";
    const size_t first_sentence = bd->sentence;
    /* "Sovereign AI Foundation Model Project" -> "project"; "독자 AI 파운데이션
     * 모델 프로젝트" -> "이 프로젝트"; "独自AI基盤モデル・プロジェクト" ->
     * "同プロジェクト" */
    char short_name[256];
    const char *last = NULL;
    if (L == KE_LANG_JA) {
        for (const char *q = strstr(contest, "・"); q; q = strstr(q + 1, "・"))
            last = q + strlen("・");
    } else {
        last = strrchr(contest, ' ');
        last = last ? last + 1 : NULL;
    }
    if (!last)
        last = contest;
    if (L == KE_LANG_EN) {
        size_t n = 0;
        for (; last[n] && n + 1 < sizeof short_name; n++)
            short_name[n] = (char)(last[n] >= 'A' && last[n] <= 'Z' ? last[n] - 'A' + 'a' : last[n]);
        short_name[n] = '\0';
    } else {
        snprintf(short_name, sizeof short_name, "%s%s", L == KE_LANG_KO ? "이 " : "同", last);
    }
    const char *last_day = NULL;
    unsigned char *done = calloc(ds->n_decisions + 1, 1);
    if (!done) {
        bd->oom = 1;
        return;
    }
    for (size_t i = 0; i < ds->n_decisions; i++) {
        if (done[i])
            continue;
        const ke_contest_decision *d = &ds->decisions[i];
        row_data rows[32];
        size_t n = 0;
        for (size_t j = i; j < ds->n_decisions && ds->decisions[j].date.text.at == d->date.text.at; j++) {
            const ke_contest_decision *e = &ds->decisions[j];
            if (e->outcome != d->outcome || n == 32)
                continue;
            done[j] = 1;
            rows[n++] = (row_data){NULL, ke_s(ds, e->team), ke_s(ds, e->source), &e->date, NULL, 0};
        }
        char teams[4096] = "", marks[256] = "";
        for (size_t k = 0; k < n; k++) {
            size_t len = strlen(teams);
            const char *sep = k == 0               ? ""
                              : L == KE_LANG_JA    ? "、"
                              : L == KE_LANG_KO    ? ", "
                              : k + 1 == n         ? " and "
                                                   : ", ";
            snprintf(teams + len, sizeof teams - len, "%s%s", sep, team_name(ds, rows[k].entity, L));
            char m[32];
            mark(bd, ref_of(bd, rows[k].source), m, sizeof m);
            const char *bare = m + (L == KE_LANG_EN); /* "[3]" */
            if (!strstr(marks, bare)) {
                len = strlen(marks);
                snprintf(marks + len, sizeof marks - len, "%s", len ? bare : m);
            }
        }
        char p[256], text[8192];
        period_words(ds, &d->date, L, 1, p, sizeof p);
        if (last_day && strcmp(last_day, ke_s(ds, d->date.text)) == 0) /* a second outcome that day */
            snprintf(p, sizeof p, "%s", L == KE_LANG_EN ? "The same day" : L == KE_LANG_KO ? "같은 날" : "同日");
        last_day = ke_s(ds, d->date.text);
        /* the programme's name once, then its last word: "the project" */
        if (prog && bd->sentence > first_sentence)
            contest = short_name;
        if (L == KE_LANG_EN) {
            if (d->outcome == KE_OUTCOME_ADVANCED)
                snprintf(text, sizeof text, "%s, %s passed a review in the %s%s.", p, teams, contest, marks);
            else
                snprintf(text, sizeof text, "%s, %s %s %s the %s%s.", p, teams, n == 1 ? "was" : "were",
                         d->outcome == KE_OUTCOME_SELECTED ? "selected for" : "eliminated from", contest, marks);
        } else if (L == KE_LANG_KO) {
            if (d->outcome == KE_OUTCOME_SELECTED)
                snprintf(text, sizeof text, "%s %s%s %s 참여 팀으로 선정됐다%s.", p, teams, josa(teams, "이", "가"),
                         contest, marks);
            else if (d->outcome == KE_OUTCOME_ADVANCED)
                snprintf(text, sizeof text, "%s %s%s %s 평가를 통과했다%s.", p, teams, josa(teams, "은", "는"),
                         contest, marks);
            else
                snprintf(text, sizeof text, "%s %s%s %s에서 탈락했다%s.", p, teams, josa(teams, "은", "는"), contest,
                         marks);
        } else {
            static const char *const what[] = {"の参加チームに選ばれた", "の審査を通過した", "から脱落した"};
            snprintf(text, sizeof text, "%s、%sが%s%s%s。", p, teams, contest, what[d->outcome], marks);
        }
        add_rows(bd, "contest", "decision", text, rows, n);
    }
    free(done);
}

/* Whether an event involves the country: its code among the event's
 * entities, or an entity of that country. */
static int event_of(const ke_dataset *ds, const ke_event *e, const ke_country *c)
{
    for (size_t k = 0; k < e->entities.n; k++) {
        if (strcmp(ke_item(ds, e->entities, k), ke_s(ds, c->alpha2)) == 0)
            return 1;
        const ke_entity *en = ke_entity_find(ds, ke_item(ds, e->entities, k));
        if (en && ke_s(ds, en->country) && strcmp(ke_s(ds, en->country), ke_s(ds, c->alpha2)) == 0)
            return 1;
    }
    return 0;
}

static int has_tag(const ke_dataset *ds, const ke_event *e, const char *tag)
{
    for (size_t k = 0; k < e->tags.n; k++)
        if (strcmp(ke_item(ds, e->tags, k), tag) == 0)
            return 1;
    return 0;
}

/* event: the latest three events of the country up to the dataset's date
 * (not the contest's when the contest has its paragraph; not planned
 * ones, dated after it). */
static void say_events(builder *bd, const ke_country *c, const char *dataset_date, int contest)
{
    const ke_dataset *ds = bd->ds;
    ke_lang L = bd->lang;
    const ke_event *picked[3];
    size_t n = 0;
    for (size_t i = ds->n_events; i-- > 0 && n < 3;) {
        const ke_event *e = &ds->events[i];
        char end[11];
        ke_date_period_end(ke_s(ds, e->date.text), end);
        if (!e->is_default || !event_of(ds, e, c) || (contest && has_tag(ds, e, "contest")) ||
            (dataset_date && strcmp(end, dataset_date) > 0))
            continue;
        picked[n++] = e;
    }
    while (n-- > 0) { /* oldest first */
        const ke_event *e = picked[n];
        char d[64], m[32], text[8192];
        ke_date_words(ke_s(ds, e->date.text), L, d, sizeof d);
        mark(bd, ref_of(bd, ke_s(ds, e->source)), m, sizeof m);
        const char *title = ke_name(ds, &e->title, L);
        if (L == KE_LANG_EN)
            snprintf(text, sizeof text, "%s: %s%s.", d, title, m);
        else if (L == KE_LANG_KO)
            snprintf(text, sizeof text, "%s: %s%s.", d, title, m);
        else
            snprintf(text, sizeof text, "%s：%s%s。", d, title, m);
        row_data r = {NULL, ke_s(ds, e->id), ke_s(ds, e->source), &e->date, NULL, 0};
        add_rows(bd, "events", "event", text, &r, 1);
    }
}

ke_brief *ke_query_brief(const ke_dataset *ds, const char *country, ke_lang lang, ke_error *err)
{
    const ke_country *c = ke_country_resolve(ds, country, err);
    if (!c)
        return NULL;
    ke_brief *b = calloc(1, sizeof *b);
    if (!b || !(b->sentences = ke_table_new(cols, ke_brief_columns.n))) {
        free(b);
        ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
        return NULL;
    }
    b->lang = lang;
    b->country = ke_s(ds, c->alpha2);
    b->ds = ds;
    builder bd = {.ds = ds, .b = b, .lang = lang};
    for (size_t i = 0; i < ke_brief_columns.n; i++)
        bd.col[i] = ke_table_col(b->sentences, cols[i].key);

    ke_dataset_summary sum;
    ke_dataset_summarize(ds, &sum);
    char date[64], name[96], title[256];
    ke_date_words(sum.latest_source ? sum.latest_source : "", lang, date, sizeof date);
    country_words(ds, c, lang, 0, 1, name, sizeof name);
    if (lang == KE_LANG_EN)
        snprintf(title, sizeof title, "%s: AI ecosystem brief (dataset of %s)", name, date);
    else if (lang == KE_LANG_KO)
        snprintf(title, sizeof title, "%s AI 생태계 브리프 (%s 기준 데이터)", name, date);
    else
        snprintf(title, sizeof title, "%sのAIエコシステム概要（%s時点のデータ）", name, date);
    b->title = strdup(title);

    int contest = contest_of(ds, c);
    for (size_t t = 0; t < sizeof themes / sizeof themes[0]; t++) {
        if (strcmp(themes[t], "contest") == 0) {
            if (contest)
                say_contest(&bd);
        } else if (strcmp(themes[t], "events") == 0) {
            char end[11];
            if (sum.latest_source)
                ke_date_period_end(sum.latest_source, end);
            say_events(&bd, c, sum.latest_source ? end : NULL, contest);
        } else {
            for (size_t m = 0; m < N_METRICS; m++)
                if (strcmp(metrics[m].theme, themes[t]) == 0)
                    say_metric(&bd, &metrics[m], c);
        }
    }
    if (b->sentences->n_rows == 0)
        ke_table_note(b->sentences, "no figure about %s (%s) in the brief's themes; see 'kaieco facts --entity %s'",
                      ke_name(ds, &c->name, lang), ke_s(ds, c->alpha2), ke_s(ds, c->alpha2));
    /* out of memory anywhere (the sentences' table, a reference, a text):
     * no brief rather than a brief with a gap */
    if (!(b->sentences = ke_table_done(b->sentences, err)) || bd.oom || !b->title) {
        if (b->sentences)
            ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
        ke_brief_free(b);
        return NULL;
    }
    return b;
}

void ke_brief_free(ke_brief *b)
{
    if (!b)
        return;
    ke_table_free(b->sentences);
    free(b->title);
    free(b->refs);
    free(b);
}
