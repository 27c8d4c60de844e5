#!/usr/bin/env bash
# `kaieco completion zsh`: the script parses (zsh -n), and zsh's completion
# system, driven in a pseudo-terminal (zsh-complete.zsh types the line and
# a TAB), offers what each position takes. Matches are compared as sorted
# sets (zsh sorts them); the words wanted come from kaieco itself.
. "$(dirname "$0")/lib.sh"
need zsh jq

script=$BUILD_DIR/completions/kaieco.zsh
expect "the built script is what 'kaieco completion zsh' prints" \
    "$(cat "$script")" "$("$KAIECO" completion zsh)"
expect_true "zsh -n" zsh -n "$script"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ZCOMPDUMP=$tmp/zcompdump
complete_line() {
    zsh -f "$(dirname "$0")/zsh-complete.zsh" "$script" "$1" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'
}
sorted() { tr ' ' '\n' | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'; }
by_country=$("$KAIECO" metrics --where by_country=true --fields metric --csv --no-header | sorted)
countries=$("$KAIECO" export | jq -r '.countries[].alpha2' | sorted)
header() { "$KAIECO" "$@" --csv --limit 0 | tr ',' ' ' | sorted; }

expect "commands" "$(complete_line 'kaieco ra')" "rank ranking"

# descriptions in the language of --lang or KAIECO_LANG (the installed
# script is English), the words offered the same
KAIECO_LANG=ko "$KAIECO" completion zsh >"$tmp/kaieco-ko.zsh"
expect_true "zsh -n (Korean descriptions)" zsh -n "$tmp/kaieco-ko.zsh"
expect "a command described in Korean" \
    "$(LC_ALL=C grep -c "rank:지표에 따라 정렬한 국가, 좋은 순" "$tmp/kaieco-ko.zsh")" "1"
expect "an option described in Japanese" \
    "$("$KAIECO" completion zsh --lang ja | LC_ALL=C grep -c "人が読むものの言語" | sed 's/^[1-9][0-9]*$/some/')" "some"
expect "the same words offered in Korean" \
    "$(zsh -f "$(dirname "$0")/zsh-complete.zsh" "$tmp/kaieco-ko.zsh" 'kaieco rank patents --y' | tr '\n' ' ' | sed 's/ $//')" "--year"
expect "after options and their values" "$(complete_line 'kaieco --format json ra')" "rank ranking"
expect "metric ids after rank" "$(complete_line 'kaieco rank ')" "$by_country"
expect "metric ids after the alias" "$(complete_line 'kaieco ranking pat')" "patents"
expect "options once the metric is there" "$(complete_line 'kaieco rank patents --fi')" "--fields"
expect "the command's own options" "$(complete_line 'kaieco rank patents --y')" "--year"
expect "format names after -f" "$(complete_line 'kaieco rank -f ')" "csv json markdown ndjson table tsv"
expect "cite's own formats after -f (issue 19)" "$(complete_line 'kaieco cite linkedin -f ')" "bibtex csl-json ris text"
expect "export's own formats after -f (issue 19)" "$(complete_line 'kaieco export -f s')" "sql"
expect "format names after --format=" "$(complete_line 'kaieco --format=nd')" "--format=ndjson"
expect "languages" "$(complete_line 'kaieco rank patents --lang ')" "en ja ko"
expect "colours after --color=" "$(complete_line 'kaieco rank patents --color=a')" "--color=always --color=auto"
expect "columns after --fields" "$(complete_line 'kaieco rank patents --fields ')" "$(header rank patents)"
expect "a list's last item" "$(complete_line 'kaieco rank patents --fields rank,co')" "rank,country"
expect "descending sort keys" "$(complete_line 'kaieco rank patents --sort value,-ye')" "value,-year"
expect "columns after --where" "$(complete_line 'kaieco rank patents --where na')" "name"
expect "columns with contest --rules" "$(complete_line 'kaieco contest --rules --fields ')" "$(header contest --rules)"
expect "countries after migration" "$(complete_line 'kaieco migration ')" "$countries"
expect "countries after compare" "$(complete_line 'kaieco compare KR J')" "JP"
expect "metric ids in a --metric list" "$(complete_line 'kaieco compare KR JP --metric talent,pat')" "talent,patents"
expect "country codes after --country" "$(complete_line 'kaieco models --country K')" "KR"
expect "tags after --tag" "$(complete_line 'kaieco events --tag con')" "contest"
expect "sources after --source" "$(complete_line 'kaieco facts --source kyung')" "kyunghyang-2024-04-17"
expect "shells" "$(complete_line 'kaieco completion ')" "bash fish zsh"
# what each candidate means, beside it in the listing (_describe)
shown_as() {
    zsh -f "$(dirname "$0")/zsh-complete.zsh" "$script" "$1" display | grep -x -- "$2"
}
expect "country names beside codes" "$(shown_as 'kaieco compare K' 'KR  -- South Korea')" "KR  -- South Korea"
expect "metric names beside ids" "$(shown_as 'kaieco rank pat' 'patents  *-- AI patents per capita')" \
    "patents                   -- AI patents per capita"
expect "column docs after --fields" "$(shown_as 'kaieco rank patents --fields rank,na' 'name  *-- .*')" \
    "name           -- country name in the chosen language"
expect "column docs after --sort" "$(shown_as 'kaieco rank patents --sort -yea' 'year  *-- .*')" \
    "year           -- year the figure is about"
expect "column docs after --where" "$(shown_as 'kaieco rank patents --where yea' 'year  *-- .*')" \
    "year           -- year the figure is about"
expect "commands after help" "$(complete_line 'kaieco help mig')" "migration"
finish
