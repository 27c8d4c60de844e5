#!/usr/bin/env bash
# Every allocation may fail (issue 16), proven as sqlite proves it: with
# kaieco built -DKAIECO_ALLOC_FAIL=ON (tests/alloc-fail/shim.c), each
# command below runs once normally, then with its 1st, 2nd, ... allocation
# failing, until a run no longer reaches the failing one. Every run must
# end either with the normal answer (the same stdout, stderr and status:
# the failure was absorbed) or with status 1, "out of memory" on stderr and
# nothing on stdout; never with a crash, a sanitizer report (build it with
# -DKAIECO_SANITIZE=ON too: a leak fails the run) or another status.
#
#   tests/scripts/alloc-fail.sh [KAIECO]    (default $KAIECO, build-alloc/kaieco)
#
# Prints, per command, how many failure points it exercised.
. "$(dirname "$0")/lib.sh"
kaieco=${1:-${KAIECO:-build-alloc/kaieco}}
src=${SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
small=$src/tests/fixtures/data/valid.json
export ASAN_OPTIONS=detect_leaks=1:exitcode=86:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=87
export COLUMNS=80
unset KAIECO_ALLOC_FAIL
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the commands, one a line, words split on spaces
cases=(
    "rank patents"
    "rank patents --top 3 -f json"
    "facts -f json"
    "facts --where year>=2023 --sort -value --limit 5 --fields country,metric,value -f csv"
    "country kr --where metric~patent -f ndjson"
    "--data $small rank patents"
    "--data $small export -f json"
    "--data $small facts -f table"
    "check $small"
)

# ALLOC_FAIL_ONLY="rank patents" runs that command alone
[ -n "${ALLOC_FAIL_ONLY:-}" ] && cases=("$ALLOC_FAIL_ONLY")
total=0
for c in "${cases[@]}"; do
    read -r -a argv <<< "$c"
    KAIECO_ALLOC_LOG=$tmp/log "$kaieco" "${argv[@]}" > "$tmp/out0" 2> "$tmp/err0"
    rc0=$?
    read -r allocs _ < "$tmp/log"
    points=0 problems=0
    for ((n = 1; ; n++)); do
        rm -f "$tmp/log"
        KAIECO_ALLOC_FAIL=$n KAIECO_ALLOC_LOG=$tmp/log "$kaieco" "${argv[@]}" > "$tmp/out" 2> "$tmp/err"
        rc=$?
        why=
        if [ ! -s "$tmp/log" ]; then
            why="no report at exit (crashed?)"
        else
            read -r _ reached < "$tmp/log"
            if [ "$reached" = 0 ]; then # ran to the end without reaching n
                cmp -s "$tmp/out" "$tmp/out0" && cmp -s "$tmp/err" "$tmp/err0" && [ "$rc" = "$rc0" ] ||
                    why="the run that reaches no failure differs from the normal one"
                [ -z "$why" ] && break
            elif grep -q -e 'Sanitizer' -e 'runtime error' "$tmp/err"; then
                why="sanitizer report"
            elif [ "$rc" = "$rc0" ] && cmp -s "$tmp/out" "$tmp/out0" && cmp -s "$tmp/err" "$tmp/err0"; then
                : # absorbed: the normal answer
            elif [ "$rc" != 1 ]; then
                why="status $rc (not 1, nor the normal answer)"
            elif [ -s "$tmp/out" ]; then
                why="status 1 with something on stdout"
            elif ! grep -q 'out of memory' "$tmp/err"; then
                why="status 1 without 'out of memory' on stderr"
            fi
        fi
        points=$n
        if [ -n "$why" ]; then
            problems=$((problems + 1))
            failures=$((failures + 1))
            if [ "$problems" -le 5 ]; then
                printf 'FAIL: kaieco %s, allocation %d failing: %s\n' "$c" "$n" "$why" >&2
                head -n 8 "$tmp/err" | sed 's/^/    /' >&2
            fi
            [ -n "${reached:-}" ] && [ "$reached" = 0 ] && break
        fi
        checks=$((checks + 1))
        [ "$n" -gt $((allocs + 100)) ] && { echo "FAIL: no end after $n runs" >&2; failures=$((failures + 1)); break; }
    done
    total=$((total + points))
    printf '%6d failure points (%d allocations), %d problems: kaieco %s\n' "$points" "$allocs" "$problems" "${c/$src\//}"
done
printf '%6d failure points in all\n' "$total"
finish
