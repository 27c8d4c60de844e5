#!/usr/bin/env bash
# The manual page as built (build/man/kaieco.1, the page installed):
# mandoc -Tlint says nothing, not even about style; man -l renders it
# without a warning and shows every command's synopsis, as 'kaieco help'
# prints it, whole on its entry's tag line; every example in EXAMPLES runs.
. "$(dirname "$0")/lib.sh"
need mandoc man

page=$BUILD_DIR/man/kaieco.1
expect "mandoc -Tlint -Wall" "$(mandoc -Tlint -Wall "$page" 2>&1; echo "status $?")" "status 0"

# man -l at 80 columns, hyphens as typed (groff may render \- and
# hyphenation points as U+2010 or U+2212)
rendered=$(MANWIDTH=80 man -E UTF-8 -P cat -l "$page" 2> "$BUILD_DIR/man-warnings.txt" | sed 's/\xe2\x80\x90/-/g; s/\xe2\x88\x92/-/g')
expect "man -l warns of nothing" "$(cat "$BUILD_DIR/man-warnings.txt")" ""
expect "man -l renders the page" "$(printf '%s\n' "$rendered" | head -1 | tr -s ' ')" "KAIECO(1) User Commands KAIECO(1)"

# every command, as `kaieco --help` lists them; its synopsis as `kaieco help`
# gives it ("usage: kaieco NAME USAGE [OPTIONS]")
commands=$("$KAIECO" --help | sed -n '/^Commands:$/,/^$/s/^  \([a-z]\+\) .*/\1/p')
expect_true "kaieco --help lists commands" test -n "$commands"
for name in $commands; do
    synopsis=$("$KAIECO" help "$name" | head -1 | sed 's/^usage: kaieco //; s/ \[OPTIONS\]$//')
    expect "man -l: $name's synopsis on its tag line" \
        "$(printf '%s\n' "$rendered" | grep -Fx -- "       $synopsis")" "       $synopsis"
done

# OPTIONS: every common option, as `kaieco --help` lists them
options=$("$KAIECO" --help | sed -n '/^Common options/,/^$/s/^  \(-., \|    \)\(--[a-z-]*\).*/\2/p')
expect_true "kaieco --help lists common options" test -n "$options"
section() { printf '%s\n' "$rendered" | sed -n "/^$1\$/,/^[A-Z]/p"; }
for option in $options; do
    # the tag: "--fields COL,...", "-f FORMAT, --format FORMAT", "--json  same as ..."
    expect "man -l: OPTIONS has $option" \
        "$(section OPTIONS | grep -c -E -- "^       (-.( [A-Z]+)?, )?$option([^-a-z,]|\$)")" "1"
done

# DATA SOURCES: every source of the dataset, with its date
while IFS=, read -r id date; do
    expect "man -l: DATA SOURCES has $id" "$(section 'DATA SOURCES' | grep -Fx -- "       $id, $date")" "       $id, $date"
done < <("$KAIECO" sources --fields id,date --csv --no-header)

# EXAMPLES: each example (a line, and the indented lines that continue it)
# runs with status 0 and nothing on stderr, in an empty directory, the
# built kaieco first on PATH
need jq csvlook sqlite3
examples=$(sed -n '/^\.SH EXAMPLES$/,/^\.SH /p' "$page" | sed -n '/^\.nf$/,/^\.fi$/p' |
    grep -v '^\.\(nf\|fi\)$' | sed 's/\\-/-/g; s/\\(aq/'"'"'/g; s/\\e/\\/g')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run_example() {
    [ -z "$1" ] && return
    local err
    err=$(cd "$tmp" && PATH=$(dirname "$KAIECO"):$PATH sh -c "$1" 2>&1 > "$tmp/out"; echo "status $?")
    expect "example: $1" "$err" "status 0"
}
count=0 example=
while IFS= read -r line; do
    case $line in
        ' '*) example+=$'\n'$line ;;
        *) run_example "$example"; example=$line; count=$((count + 1)) ;;
    esac
done <<< "$examples"
run_example "$example"
expect_true "EXAMPLES has at least 15 examples ($count)" test "$count" -ge 15
finish
