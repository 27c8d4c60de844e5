#!/usr/bin/env bash
# `kaieco completion fish`: the script parses (fish -n), and fish's own
# completion (complete -C, what a TAB runs) offers what each position takes.
# Matches are compared as sorted sets (fish sorts them); the words wanted
# come from kaieco itself.
. "$(dirname "$0")/lib.sh"
need fish jq

script=$BUILD_DIR/completions/kaieco.fish
expect "the built script is what 'kaieco completion fish' prints" \
    "$(cat "$script")" "$("$KAIECO" completion fish)"
expect_true "fish -n" fish -n "$script"

# fish reads no user configuration here: a neutral home
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data

complete_line() {
    fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$script" "$1" |
        cut -f1 | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'
}
sorted() { tr ' ' '\n' | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'; }
by_country=$("$KAIECO" metrics --where by_country=true --fields metric --csv --no-header | sorted)
countries=$("$KAIECO" export | jq -r '.countries[].alpha2' | sorted)
header() { "$KAIECO" "$@" --csv --limit 0 | tr ',' ' ' | sorted; }

expect "commands" "$(complete_line 'kaieco ra')" "rank ranking"

# descriptions in the language of --lang or KAIECO_LANG (the installed
# script is English), the words offered the same
KAIECO_LANG=ja "$KAIECO" completion fish >"$tmp/kaieco-ja.fish"
expect_true "fish -n (Japanese descriptions)" fish -n "$tmp/kaieco-ja.fish"
expect "a command described in Japanese" \
    "$(fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$tmp/kaieco-ja.fish" 'kaieco ra' | LC_ALL=C sort | head -1)" \
    "$(printf 'rank\t%s' '指標で並べた国、良い順')"
expect "after options and their values" "$(complete_line 'kaieco --format json ra')" "rank ranking"
expect "metric ids after rank" "$(complete_line 'kaieco rank ')" "$by_country"
expect "metric ids after the alias" "$(complete_line 'kaieco ranking pat')" "patents"
expect "options once the metric is there" "$(complete_line 'kaieco rank patents --fi')" "--fields"
expect "the command's own options" "$(complete_line 'kaieco rank patents --y')" "--year"
expect "no other command's options" "$(complete_line 'kaieco rank patents --ru')" ""
expect "format names after -f" "$(complete_line 'kaieco rank -f ')" "csv json markdown ndjson table tsv"
expect "cite's own formats after -f (issue 19)" "$(complete_line 'kaieco cite linkedin -f ')" "bibtex csl-json ris text"
expect "export's own formats after -f (issue 19)" "$(complete_line 'kaieco export -f s')" "sql"
expect "format names after --format=" "$(complete_line 'kaieco --format=nd')" "--format=ndjson"
expect "languages" "$(complete_line 'kaieco rank patents --lang ')" "en ja ko"
expect "colours after --color=" "$(complete_line 'kaieco rank patents --color=a')" "--color=always --color=auto"
expect "columns after --fields" "$(complete_line 'kaieco rank patents --fields ')" "$(header rank patents)"
expect "a list's last item" "$(complete_line 'kaieco rank patents --fields rank,co')" "rank,country"
expect "descending sort keys" "$(complete_line 'kaieco rank patents --sort -ye')" "-year"
expect "descending sort keys in a list" "$(complete_line 'kaieco rank patents --sort value,-ye')" "value,-year"
expect "columns after --where" "$(complete_line 'kaieco rank patents --where na')" "name"
expect "columns with contest --rules" "$(complete_line 'kaieco contest --rules --fields ')" "$(header contest --rules)"
expect "countries after migration" "$(complete_line 'kaieco migration ')" "$countries"
expect "countries after compare" "$(complete_line 'kaieco compare KR J')" "JP"
expect "metric ids in a --metric list" "$(complete_line 'kaieco compare KR JP --metric talent,pat')" "talent,patents"
expect "country codes after --country" "$(complete_line 'kaieco models --country K')" "KR"
expect "tags after --tag" "$(complete_line 'kaieco events --tag con')" "contest"
expect "sources after --source" "$(complete_line 'kaieco facts --source kyung')" "kyunghyang-2024-04-17"
expect "shells" "$(complete_line 'kaieco completion ')" "bash fish zsh"
expect "commands after help" "$(complete_line 'kaieco help mig')" "migration"
# what each candidate means, beside it (fish shows "word<TAB>description")
described() {
    fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$script" "$1" | LC_ALL=C sort | tr '\n\t' '|:'
}
expect "country names beside codes" "$(described 'kaieco compare K')" "KR:South Korea|"
expect "metric names beside ids" "$(described 'kaieco rank pat')" "patents:AI patents per capita|"
expect "column docs after --fields" "$(described 'kaieco rank patents --fields rank,na')" \
    "rank,name:country name in the chosen language|"
expect "column docs after --sort" "$(described 'kaieco rank patents --sort -yea')" "-year:year the figure is about|"
expect "column docs after --where" "$(described 'kaieco rank patents --where yea')" "year:year the figure is about|"
expect "files after check" "$(cd "$SOURCE_DIR" && complete_line 'kaieco check datas')" "dataset/"
finish
