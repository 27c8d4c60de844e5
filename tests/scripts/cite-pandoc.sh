#!/usr/bin/env bash
# kaieco cite read by a real reader: pandoc --citeproc renders a Markdown
# document that cites every source of the dataset, once with the CSL JSON
# and once with the BibTeX (biblatex) that kaieco cite writes; every
# reference must appear in the bibliography with its title and its URL.
# The style (pandoc's default, Chicago author-date) may change the case of
# English titles and turn straight quotes and "..." into typographic ones,
# so titles are compared with case, quotes and ellipses folded. Then the
# pipe the issue names: kaieco rank patents -f json | kaieco cite -f bibtex.
. "$(dirname "$0")/lib.sh"
need pandoc python3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$KAIECO" sources -f json > "$work/sources.json"
"$KAIECO" cite -f csl-json < "$work/sources.json" > "$work/refs.json"
expect "cite -f csl-json status" "$?" "0"
"$KAIECO" cite -f bibtex < "$work/sources.json" > "$work/refs.bib"
expect "cite -f bibtex status" "$?" "0"
{
    printf '# Sources\n\n'
    "$KAIECO" sources -f csv --fields id --no-header | sed 's/.*/A figure [@&]./'
    printf '\n# References\n'
} > "$work/doc.md"

check_rendered() { # FORMAT BIBLIOGRAPHY
    local out=$work/out-$1.txt
    expect "pandoc --citeproc with $1" \
        "$(pandoc --citeproc --bibliography "$2" -t plain --wrap=none "$work/doc.md" -o "$out" 2>&1; echo "status $?")" \
        "status 0"
    # every source: its title (folded) and its URL in the rendered text
    expect "pandoc with $1: every reference with its title and URL" "$(python3 - "$work/sources.json" "$out" <<'PY'
import json, sys
def fold(s):
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2026", "..."), ("`", "'")):
        s = s.replace(a, b)
    return s.replace('"', "'").casefold()
sources = json.load(open(sys.argv[1]))
text = open(sys.argv[2], encoding="utf-8").read()
folded = fold(text)
missing = [s["id"] + ": title" for s in sources if fold(s["title"]) not in folded]
missing += [s["id"] + ": url" for s in sources if s.get("url") and s["url"] not in text]
print("\n".join(missing) if missing else "all %d" % len(sources))
PY
)" "all $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/sources.json")"
}
check_rendered csl-json "$work/refs.json"
check_rendered bibtex "$work/refs.bib"

# the issue's pipe: the sources of rank patents, as BibTeX, read by pandoc
"$KAIECO" rank patents -f json | "$KAIECO" cite -f bibtex > "$work/rank.bib"
keys=$(sed -n 's/^@[a-z]*{\(.*\),$/\1/p' "$work/rank.bib")
expect_true "rank patents names sources" test -n "$keys"
printf '%s\n' "$keys" | sed 's/.*/Patents [@&]./' > "$work/rank.md"
expect "pandoc reads rank patents' references" \
    "$(pandoc --citeproc --bibliography "$work/rank.bib" -t plain --wrap=none "$work/rank.md" 2>&1 | grep -c -i -e 'citeproc: citation .* not found' -e warning)" "0"
finish
