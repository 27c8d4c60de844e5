/* Words of each language: dates, the fixed vocabularies (words.h). */
#include "base/words.h"

#include <stdio.h>
#include <string.h>

static const char *const months_en[12] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

void ke_date_words(const char *iso, ke_lang lang, char *out, size_t size)
{
    int y = 0, m = 0, d = 0;
    size_t len = strlen(iso);
    if (sscanf(iso, "%4d", &y) != 1) {
        snprintf(out, size, "%s", iso);
        return;
    }
    if (len >= 7)
        sscanf(iso + 5, "%2d", &m);
    if (len >= 10)
        sscanf(iso + 8, "%2d", &d);
    if (m < 1 || m > 12)
        m = d = 0;
    switch (lang) {
    case KE_LANG_KO:
        if (d)
            snprintf(out, size, "%d년 %d월 %d일", y, m, d);
        else if (m)
            snprintf(out, size, "%d년 %d월", y, m);
        else
            snprintf(out, size, "%d년", y);
        break;
    case KE_LANG_JA:
        if (d)
            snprintf(out, size, "%d年%d月%d日", y, m, d);
        else if (m)
            snprintf(out, size, "%d年%d月", y, m);
        else
            snprintf(out, size, "%d年", y);
        break;
    default:
        if (d)
            snprintf(out, size, "%d %s %d", d, months_en[m - 1], y);
        else if (m)
            snprintf(out, size, "%s %d", months_en[m - 1], y);
        else
            snprintf(out, size, "%d", y);
        break;
    }
}

const char *ke_word_in(const ke_word *list, size_t n, const char *key, ke_lang lang)
{
    if (!key || (lang != KE_LANG_KO && lang != KE_LANG_JA))
        return key;
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i].key, key) == 0)
            return lang == KE_LANG_KO ? list[i].ko : list[i].ja;
    return key;
}

/* Words of the fixed vocabularies (KE_TERM columns, booleans), as the
 * i18n review of 2026-12 (A5) suggests; "selected" is 선정/選定, not
 * "additional selection", as the first five teams were selected too. */
static const ke_word terms[] = {
    {"active", "진행 중", "継続"},
    {"eliminated", "탈락", "脱落"},
    {"advanced", "통과", "通過"},
    {"selected", "선정", "選定"},
    {"about", "약", "約"},
    {"over", "이상", "超"},
    {"at-least", "최소", "以上"},
    {"article", "기사", "記事"},
    {"primary", "1차 자료", "一次資料"},
    {"secondary", "2차 자료", "二次資料"},
    {"year", "연", "年"},
    {"month", "월", "月"},
    {"day", "일", "日"},
    {"inflow", "유입", "流入"},
    {"outflow", "유출", "流出"},
    {"country", "국가", "国"},
    {"event", "사건", "出来事"},
    {"organization", "기관", "組織"},
    {"person", "인물", "人物"},
    {"model", "모델", "モデル"},
    {"product", "제품", "製品"},
    {"program", "프로그램", "プログラム"},
    {"baseline", "기준값", "基準値"},
    {"metric", "지표", "指標"},
    {"value", "값", "値"},
    {"rank", "순위", "順位"},
    {"date", "날짜", "日付"},
    {"both", "둘 다", "両方"},
    {"true", "예", "はい"},
    /* search: where the match is (its field) */
    {"name.en", "이름(영어)", "名称(英語)"},
    {"name.ko", "이름(한국어)", "名称(韓国語)"},
    {"name.ja", "이름(일본어)", "名称(日本語)"},
    {"title.en", "제목(영어)", "タイトル(英語)"},
    {"title.ko", "제목(한국어)", "タイトル(韓国語)"},
    {"title.ja", "제목(일본어)", "タイトル(日本語)"},
    {"alias", "별칭", "別名"},
    {"id", "ID", "ID"},
    {"alpha3", "alpha-3 코드", "alpha-3コード"},
    /* models --count-by: a count computed here, not printed by a source */
    {"computed", "계산값", "計算値"},
    /* check: the record kinds (the dataset files' top-level keys) */
    {"sources", "출처", "出典"},
    {"countries", "국가", "国"},
    {"entities", "대상", "対象"},
    {"metrics", "지표", "指標"},
    {"observations", "수치", "数値"},
    {"events", "사건", "出来事"},
    {"contest_teams", "경연 팀", "コンテストのチーム"},
    {"contest_decisions", "경연 결정", "コンテストの決定"},
    {"contest_rules", "경연 규칙", "コンテストの規則"},
    {"listings", "모델 목록 항목", "モデルリストの項目"},
    {"false", "아니요", "いいえ"},
};

const char *ke_term(const char *word, ke_lang lang)
{
    return ke_word_in(terms, sizeof terms / sizeof *terms, word, lang);
}
