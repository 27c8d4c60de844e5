#!/usr/bin/env bash
# Golden outputs (tests/golden/cases says what they are): each case's
# output is compared with its file byte for byte, and a mismatch prints
# the unified diff. With --update, the files are rewritten instead
# (tools/update-golden runs that).
. "$(dirname "$0")/lib.sh"
dir=$SOURCE_DIR/tests/golden
update=
[ "${1:-}" = --update ] && update=1
kaieco() { "$KAIECO" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
while read -r name command; do
    case $name in '' | '#'*) continue ;; esac
    status=0
    (eval "$command") > "$work/$name" 2> "$work/$name.err" || status=$?
    expect "$name: status" "$status $(cat "$work/$name.err")" "0 "
    if [ -n "$update" ]; then
        cp "$work/$name" "$dir/$name"
        continue
    fi
    if ! cmp -s "$work/$name" "$dir/$name"; then
        diff -u "$dir/$name" "$work/$name" >&2 || true
        expect "$name: output as tests/golden/$name" "differs (diff above)" "same"
    else
        expect "$name: output as tests/golden/$name" "same" "same"
    fi
done < "$dir/cases"
finish
