#!/usr/bin/env bash
# Every allocation may fail (issue 16), proven as sqlite proves it: with
# kaieco built -DKAIECO_ALLOC_FAIL=ON (tests/alloc-fail/shim.c), each
# command below runs once normally, then with its 1st, 2nd, ... allocation
# failing, until a run no longer reaches the failing one. Every run must
# end either with the normal answer (the same stdout, stderr and status:
# the failure was absorbed) or with status 1, "out of memory" on stderr and
# nothing on stdout; never with a crash, a sanitizer report (build it with
# -DKAIECO_SANITIZE=ON too: a leak fails the run) or another status. A
# command that writes a file (@OUT@) leaves it whole or not at all, and
# nothing else beside it. @IN@ (a last word) gives the command on its
# standard input what `kaieco rank patents -f json` prints.
#
#   tests/scripts/alloc-fail.sh [KAIECO]    (default $KAIECO, build-alloc/kaieco)
#
# Prints, per command, how many failure points it exercised. (facts -f json
# over the whole dataset, 18,012 failure points since Epoch AI's list is in
# it, takes 8 minutes of CPU under ASan: its JSON writer is the same one
# facts --entity kr -f json runs through, 440 points.) The commands
# run two at a time (ALLOC_FAIL_JOBS); ALLOC_FAIL_ONLY="rank patents" runs
# that one alone.
. "$(dirname "$0")/lib.sh"
kaieco=${1:-${KAIECO:-build-alloc/kaieco}}
src=${SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
small=$src/tests/fixtures/data/valid.json
# "out of memory" in the other message languages (po/*.po)
oom_ko=$(sed -n '/^msgid "out of memory"$/{n;s/^msgstr "\(.*\)"$/\1/p;}' "$src/po/ko.po")
oom_ja=$(sed -n '/^msgid "out of memory"$/{n;s/^msgstr "\(.*\)"$/\1/p;}' "$src/po/ja.po")
oom_ko=${oom_ko:-out of memory} oom_ja=${oom_ja:-out of memory}
export ASAN_OPTIONS=detect_leaks=1:exitcode=86:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=87
export COLUMNS=80
unset KAIECO_ALLOC_FAIL KAIECO_ALLOC_TRACE KAIECO_DATA
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$kaieco" rank patents -f json > "$tmp/in.json" || exit 1

# the commands, one a line, words split on spaces
cases=(
    "rank patents"
    "rank patents --top 3 -f json"
    "facts --entity kr -f json"
    "facts --where year>=2023 --sort -value --limit 5 --fields entity,metric,value -f csv"
    "country kr --where metric~patent -f ndjson"
    "--data $small export -f json"
    "--data $small export -o @OUT@"
    "check $small"
    "compare kr jp us --lang ko"
    "migration kr jp --year 2023"
    "investment kr us -f markdown"
    "models"
    "models --count-by country --year 2024"
    "events --tag policy"
    "search samsung"
    "disputes"
    "contest"
    "contest --rules"
    "metrics"
    "sources"
    "rank patents --chart"
    "country kr --lang ja --wide"
    "facts --as-of 2024-06-30 --metric patents -f tsv"
    "events --as-of 2026-06"
    "--data $small events"
    "rank patnts"
    "facts --where valeu>1"
    "brief kr"
    "brief jp -f json --lang ja"
    "brief kr -f markdown --lang ko"
    "cite -f bibtex @IN@"
    "cite aitimes-2024 aiwiki-sakana-ai -f csl-json"
)
[ -n "${ALLOC_FAIL_ONLY:-}" ] && cases=("$ALLOC_FAIL_ONLY")

# one_case I COMMAND: writes $tmp/I.sum (the summary line), $tmp/I.fail
# (what failed, at most 5 runs shown) and $tmp/I.n ("POINTS PROBLEMS").
one_case() {
    local i=$1 c=$2 dir=$tmp/$1 n rc rc0 allocs reached why points=0 problems=0
    mkdir "$dir"
    local out=$dir/out/file in=/dev/null
    read -r -a argv <<< "${c//@OUT@/$out}"
    if [ "${argv[-1]}" = @IN@ ]; then
        unset 'argv[-1]'
        in=$tmp/in.json
    fi
    mkdir "$dir/out"
    KAIECO_ALLOC_LOG=$dir/log "$kaieco" "${argv[@]}" < "$in" > "$dir/out0" 2> "$dir/err0"
    rc0=$?
    [ -e "$out" ] && mv "$out" "$dir/file0"
    read -r allocs _ < "$dir/log"
    : > "$tmp/$i.fail"
    for ((n = 1; ; n++)); do
        rm -rf "$dir/log" "$dir/out" && mkdir "$dir/out"
        KAIECO_ALLOC_FAIL=$n KAIECO_ALLOC_LOG=$dir/log "$kaieco" "${argv[@]}" < "$in" > "$dir/stdout" 2> "$dir/stderr"
        rc=$?
        why= reached=
        if [ ! -s "$dir/log" ]; then
            why="no report at exit (crashed?)"
        else
            read -r _ reached < "$dir/log"
            if [ "$reached" = 0 ]; then # ran to the end without reaching n
                cmp -s "$dir/stdout" "$dir/out0" && cmp -s "$dir/stderr" "$dir/err0" && [ "$rc" = "$rc0" ] ||
                    why="the run that reaches no failure differs from the normal one"
            elif grep -q -e 'Sanitizer' -e 'runtime error' "$dir/stderr"; then
                why="sanitizer report"
            elif [ "$rc" = "$rc0" ] && cmp -s "$dir/stdout" "$dir/out0" && cmp -s "$dir/stderr" "$dir/err0"; then
                : # absorbed: the normal answer
            elif [ "$rc" != 1 ]; then
                why="status $rc (not 1, nor the normal answer)"
            elif [ -s "$dir/stdout" ]; then
                why="status 1 with something on stdout"
            elif ! grep -q -e 'out of memory' -e "$oom_ko" -e "$oom_ja" "$dir/stderr"; then
                why="status 1 without 'out of memory' on stderr"
            fi
        fi
        if [ -z "$why" ] && [ -e "$dir/file0" ]; then # the file written: whole, or none
            if [ -e "$out" ] && ! cmp -s "$out" "$dir/file0"; then
                why="the file written is not the normal one"
            elif [ -e "$out" ] && [ "$rc" != 0 ]; then
                why="status $rc, yet the file was written"
            elif [ "$(ls -A "$dir/out" | grep -vx file)" ]; then
                why="left behind: $(ls -A "$dir/out" | grep -vx file | head -n 1)"
            fi
        fi
        if [ -n "$why" ]; then
            problems=$((problems + 1))
            if [ "$problems" -le 5 ]; then
                printf 'FAIL: kaieco %s, allocation %d failing: %s\n' "$c" "$n" "$why"
                grep -v -e '^    #' -e '^ *$' "$dir/stderr" | head -n 6 | sed 's/^/    /'
            fi >> "$tmp/$i.fail"
        fi
        [ "$reached" = 0 ] && break
        points=$n
        if [ "$n" -gt $((allocs + 100)) ]; then
            echo "FAIL: kaieco $c: no end after $n runs" >> "$tmp/$i.fail"
            problems=$((problems + 1))
            break
        fi
    done
    printf '%6d failure points (%d allocations in the normal run), %d problems: kaieco %s\n' \
        "$points" "$allocs" "$problems" "${c//$src\//}" > "$tmp/$i.sum"
    echo "$points $problems" > "$tmp/$i.n"
}

jobs_max=${ALLOC_FAIL_JOBS:-2}
for i in "${!cases[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do
        wait -n
    done
    one_case "$i" "${cases[$i]}" &
done
wait

total=0
for i in "${!cases[@]}"; do
    cat "$tmp/$i.fail" >&2
    cat "$tmp/$i.sum"
    read -r points problems < "$tmp/$i.n"
    total=$((total + points))
    checks=$((checks + points))
    failures=$((failures + problems))
done
printf '%6d failure points in all\n' "$total"
finish
