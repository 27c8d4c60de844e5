/* Table headers in Korean and Japanese (the words of the fixed
 * vocabularies are base/words.c's). The figure shown by default is the one kaieco adopts: 채택 /
 * 採用 (채택값, 채택 근거 / 採用値, 採用理由), not 기본 / 既定, which read as
 * a software setting (the i18n review of 2026-12, item 7). English uses the key or word itself, as do keys and words with
 * no entry here. */
#include "kaieco/format.h"
#include "base/words.h"
#include "render/headers.h"


static const ke_word headers[] = {
    {"rank", "순위", "順位"},
    {"country", "국가", "国"},
    {"name", "이름", "名称"},
    {"value", "값", "値"},
    {"approx", "어림 표시", "概数"},
    {"unit", "단위", "単位"},
    {"year", "연도", "年"},
    {"period", "시점", "時点"},
    {"source", "출처", "出典"},
    {"sources", "출처 목록", "出典一覧"},
    {"other_sources", "기타 출처", "他の出典"},
    {"note", "비고", "備考"},
    {"direction", "방향", "方向"},
    {"team", "팀", "チーム"},
    {"organization", "기관", "組織"},
    {"model", "모델", "モデル"},
    {"status", "상태", "状態"},
    {"decided_on", "결정일", "決定日"},
    {"outcome", "결과", "結果"},
    {"reason", "사유", "理由"},
    {"metric", "지표", "指標"},
    {"aliases", "별칭", "別名"},
    {"higher_is_better", "높을수록 좋음", "高いほど良い"},
    {"definition", "정의", "定義"},
    {"first_year", "시작 연도", "開始年"},
    {"last_year", "마지막 연도", "最終年"},
    {"observations", "관측치 수", "観測数"},
    {"id", "ID", "ID"},
    {"kind", "종류", "種類"},
    {"outlet", "매체", "媒体"},
    {"title", "제목", "タイトル"},
    {"date", "날짜", "日付"},
    {"precision", "날짜 정확도", "日付の精度"},
    {"language", "언어", "言語"},
    {"url", "URL", "URL"},
    {"no_url_reason", "URL 없는 이유", "URLなしの理由"},
    {"checked", "확인일", "確認日"},
    {"cites", "인용 출처", "引用元"},
    {"seed", "원문 기사", "元記事"},
    {"entity", "대상", "対象"},
    {"entity_kind", "대상 유형", "対象の種類"},
    {"default", "채택", "採用"},
    {"default_reason", "채택 근거", "採用理由"},
    {"parameters", "파라미터", "パラメーター"},
    {"released", "공개일", "公開日"},
    /* models and the counts of a list of models (issue 18) */
    {"listed_in", "등재 목록", "掲載リスト"},
    {"organizations", "기관 목록", "組織一覧"},
    {"domain", "분야", "分野"},
    {"task", "작업", "タスク"},
    {"notability", "주목 기준", "注目の基準"},
    {"accessibility", "공개 방식", "公開形態"},
    {"base_model", "기반 모델", "ベースモデル"},
    {"link", "링크", "リンク"},
    {"key", "기준", "区分"},
    {"models", "모델 수", "モデル数"},
    {"stated", "보고 수치", "公表値"},
    {"stated_source", "보고 출처", "公表値の出典"},
    {"computed", "계산값", "計算値"},
    {"tags", "태그", "タグ"},
    {"entities", "대상 목록", "対象一覧"},
    {"value_default", "채택값", "採用値"},
    {"source_default", "채택 출처", "採用値の出典"},
    {"value_other", "다른 값", "別出典の値"},
    {"source_other", "다른 출처", "他の出典"},
    {"date_default", "채택 날짜", "採用日付"},
    {"date_other", "다른 날짜", "別出典の日付"},
    {"why", "채택 근거", "採用理由"},
    {"role", "역할", "役割"},
    {"founded", "설립", "設立"},
    {"match", "일치", "一致"},
    {"field", "필드", "項目"},
    {"source_kind", "출처 종류", "出典の種類"},
    {"disputed", "이견 있음", "異論あり"},
    {"rank_default", "채택 순위", "採用順位"},
    {"rank_other", "다른 순위", "他の順位"},
    {"agrees", "일치", "一致"},
    {"parameters_source", "파라미터 출처", "パラメーター数の出典"},
    {"metric_name", "지표명", "指標名"},
    {"country_name", "국가명", "国名"},
    {"outlet_name", "매체명", "媒体名"},
    {"detail_text", "내역(한국어)", "内訳(日本語)"},
    /* brief's sentences as a table; contest's rules */
    {"sentence", "문장 번호", "文番号"},
    {"theme", "주제", "テーマ"},
    {"text", "내용", "内容"},
    {"ref", "참조 번호", "参照番号"},
    {"trend", "추세", "推移"},
    {"differs", "쟁점", "相違点"},
    {"shown", "채택 측", "採用側"},
    {"other", "다른 측", "別出典側"},
    {"by_country", "국가별 여부", "国別"},
    /* check */
    {"records", "레코드 수", "レコード数"},
    {"detail", "내역", "内訳"},
};

const char *ke_header(const char *key, ke_lang lang)
{
    return ke_word_in(headers, sizeof headers / sizeof *headers, key, lang);
}

const char *ke_column_header(const ke_column *col, ke_lang lang)
{
    int local = lang == KE_LANG_KO || lang == KE_LANG_JA;
    return ke_header(local && col->heading ? col->heading : col->key, lang);
}
