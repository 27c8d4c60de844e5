#!/usr/bin/env bash
# `kaieco completion bash`: the script parses (bash -n), and driven the way
# readline drives it (COMP_WORDS split at spaces and at '=' and ':', as
# COMP_WORDBREAKS says), it offers what each position takes. The words
# wanted come from kaieco itself (its metrics, export, CSV headers), so
# the test follows the dataset.
. "$(dirname "$0")/lib.sh"
need jq

script=$BUILD_DIR/completions/kaieco.bash
expect "the built script is what 'kaieco completion bash' prints" \
    "$(cat "$script")" "$("$KAIECO" completion bash)"
expect_true "bash -n" bash -n "$script"
. "$script"
expect "complete -p kaieco" "$(complete -p kaieco)" "complete -F _kaieco kaieco"

# complete LINE: COMPREPLY for LINE with the cursor at its end, joined by spaces.
complete_line() {
    local line=$1 word= c i
    COMP_WORDS=()
    for ((i = 0; i < ${#line}; i++)); do
        c=${line:i:1}
        case $c in
            ' ')
                [ -n "$word" ] && COMP_WORDS+=("$word")
                word= ;;
            = | :)
                [ -n "$word" ] && COMP_WORDS+=("$word")
                COMP_WORDS+=("$c")
                word= ;;
            *) word+=$c ;;
        esac
    done
    if [ -n "$word" ]; then
        COMP_WORDS+=("$word")
    elif [ "${line: -1}" = " " ]; then
        COMP_WORDS+=("")
    fi
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMPREPLY=()
    _kaieco
    echo "${COMPREPLY[*]}"
}

# The words wanted, from kaieco itself.
words() { tr '\n' ' ' | sed 's/ $//'; }
by_country=$("$KAIECO" metrics --where by_country=true --fields metric --csv --no-header | words)
metrics=$("$KAIECO" metrics --fields metric --csv --no-header | words)
countries=$("$KAIECO" export | jq -r '.countries[].alpha2' | sort | words)
header() { "$KAIECO" "$@" --csv --limit 0 | tr ',' ' '; }

expect "commands" "$(complete_line 'kaieco ra')" "rank ranking"
expect "after options and their values (issue 12)" "$(complete_line 'kaieco --format json ra')" "rank ranking"
expect "after --opt=value" "$(complete_line 'kaieco --format=json ra')" "rank ranking"
expect "after -f VALUE" "$(complete_line 'kaieco -f csv --data x.json mig')" "migration"
expect "every command and alias" "$(complete_line 'kaieco ')" \
    "rank ranking migration investment contest models events country brief compare facts disputes search metrics sources cite export check help completion"
expect "metric ids after rank, not '--' (issue 12)" "$(complete_line 'kaieco rank ')" "$by_country"
expect "metric ids after the alias" "$(complete_line 'kaieco ranking pat')" "patents"
expect "metric ids after an option" "$(complete_line 'kaieco rank --year 2022 tal')" "talent talent-linkedin-2024"
expect "options once the metric is there" "$(complete_line 'kaieco rank patents --fi')" "--fields"
expect "the command's own options" "$(complete_line 'kaieco rank patents --')" \
    "--format --json --csv --tsv --lang --fields --wide --where --sort --limit --no-header --exit-status --color --chart --no-pager --data --as-of --help --year --top"
expect "options before a command" "$(complete_line 'kaieco --v')" "--version"
expect "no --version after a command" "$(complete_line 'kaieco rank patents --v')" ""
expect "format names after -f" "$(complete_line 'kaieco rank -f ')" "table json csv tsv ndjson markdown"
expect "cite's own formats after -f (issue 19)" "$(complete_line 'kaieco cite linkedin -f ')" "text bibtex csl-json ris"
expect "export's own formats after -f (issue 19)" "$(complete_line 'kaieco export -f s')" "sql"
expect "format names after --format=" "$(complete_line 'kaieco rank patents --format=')" "table json csv tsv ndjson markdown"
expect "format names after --format=, begun" "$(complete_line 'kaieco --format=nd')" "ndjson"
expect "languages" "$(complete_line 'kaieco rank patents --lang ')" "en ko ja"
expect "colours after --color=" "$(complete_line 'kaieco rank patents --color=a')" "auto always"
expect "--color takes no next word" "$(complete_line 'kaieco --color ra')" "rank ranking"
expect "columns after --fields" "$(complete_line 'kaieco rank patents --fields ')" "$(header rank patents)"
expect "columns of the command typed" "$(complete_line 'kaieco sources --fields ')" "$(header sources)"
expect "a list's last item" "$(complete_line 'kaieco rank patents --fields rank,co')" "rank,country"
expect "a list's last item after =" "$(complete_line 'kaieco rank patents --fields=rank,val')" "rank,value"
expect "sort keys" "$(complete_line 'kaieco rank patents --sort ye')" "year"
expect "descending sort keys" "$(complete_line 'kaieco rank patents --sort value,-ye')" "value,-year"
expect "columns after --where" "$(complete_line 'kaieco rank patents --where na')" "name"
expect "columns with contest --rules" "$(complete_line 'kaieco contest --rules --fields ')" "$(header contest --rules)"
expect "columns of contest" "$(complete_line 'kaieco contest --fields t')" "team"
expect "countries after migration" "$(complete_line 'kaieco migration ')" "$countries"
expect "countries after compare" "$(complete_line 'kaieco compare KR J')" "JP"
expect "countries after investment" "$(complete_line 'kaieco investment --year 2024 U')" "US"
expect "country takes one" "$(complete_line 'kaieco country KR --fi')" "--fields"
expect "country codes after --country" "$(complete_line 'kaieco models --country K')" "KR"
expect "metric ids after --metric" "$(complete_line 'kaieco compare KR JP --metric ')" "$metrics"
expect "metric ids in a --metric list" "$(complete_line 'kaieco compare KR JP --metric talent,pat')" "talent,patents"
expect "tags after --tag" "$(complete_line 'kaieco events --tag con')" "contest"
expect "sources after --source" "$(complete_line 'kaieco facts --source kyung')" "kyunghyang-2024-04-17"
expect "source ids after cite, each word (issue 19)" "$(complete_line 'kaieco cite linkedin kyung')" "kyunghyang-2024-04-17"
expect "country codes after brief (issue 19)" "$(complete_line 'kaieco brief K')" "KR"
expect "organisations after --organization" "$(complete_line 'kaieco models --organization ups')" "upstage"
expect "entities after --entity" "$(complete_line 'kaieco facts --entity furio')" "furiosaai"
expect "shells" "$(complete_line 'kaieco completion ')" "bash zsh fish"
expect "commands after help" "$(complete_line 'kaieco help mig')" "migration"
expect "free text: nothing" "$(complete_line 'kaieco search ')" ""
expect "not a command: nothing" "$(complete_line 'kaieco nosuch ')" ""
expect "files after check" "$(cd "$SOURCE_DIR" && complete_line 'kaieco check datas')" "dataset"

# The same through readline itself: an interactive bash in a pseudo-terminal
# (driven with zsh's zpty) splits the line, calls _kaieco and edits the
# line; what it inserts is what a user sees.
readline() { zsh -f "$(dirname "$0")/bash-readline.zsh" "$script" "$1"; }
if command -v zsh > /dev/null; then
    expect "readline: kaieco ra<TAB>" "$(readline 'kaieco ra')" "kaieco rank"
    expect "readline: kaieco rank <TAB> inserts no '--'" "$(readline 'kaieco rank ')" "kaieco rank "
    expect "readline: --fi<TAB>" "$(readline 'kaieco rank patents --fi')" "kaieco rank patents --fields "
    expect "readline: after --format json" "$(readline 'kaieco --format json ra')" "kaieco --format json rank"
    expect "readline: a list's last item" "$(readline 'kaieco rank patents --fields rank,co')" \
        "kaieco rank patents --fields rank,country"
    expect "readline: --format=nd<TAB>" "$(readline 'kaieco --format=nd')" "kaieco --format=ndjson "
elif [ -n "${KAIECO_TEST_REQUIRE_TOOLS:-}" ]; then
    expect "zsh, to drive readline" "missing" "installed"
else
    echo "note: zsh is not installed: the checks through readline did not run" >&2
fi
finish
