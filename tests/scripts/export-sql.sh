#!/usr/bin/env bash
# kaieco export -f sql: the script loads in sqlite3 with every foreign key
# holding; each table has as many rows as 'kaieco check' counts records of
# its kind; a join of observations with sources, metrics, countries and
# entities gives, byte for byte, the rows of 'kaieco facts -f csv'; and
# 'export' without -f is still the JSON. PostgreSQL, when psql can reach a
# server (PGHOST etc.), loads the same script.
. "$(dirname "$0")/lib.sh"
need sqlite3 jq python3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$KAIECO" export -f sql > "$work/k.sql"
expect "export -f sql status" "$?" "0"
expect "sqlite3 loads it" "$(sqlite3 "$work/k.db" < "$work/k.sql" 2>&1; echo "status $?")" "status 0"
expect "every foreign key holds" "$(sqlite3 "$work/k.db" 'PRAGMA foreign_key_check;')" ""
expect "one transaction" "$(grep -c -x -e 'BEGIN;' -e 'COMMIT;' "$work/k.sql")" "2"

# counts: kaieco check on the exported JSON says how many records per kind
"$KAIECO" export > "$work/k.json"
"$KAIECO" check "$work/k.json" -f csv | tail -n +2 | while IFS=, read -r kind records _; do
    echo "$kind,$records"
done > "$work/check.csv"
expect_true "kaieco check counts kinds" test "$(wc -l < "$work/check.csv")" -eq 10
while IFS=, read -r kind records; do
    expect "rows of $kind" "$(sqlite3 "$work/k.db" "SELECT count(*) FROM $kind;")" "$records"
done < "$work/check.csv"
expect "rows of source_cites: every cited id" "$(sqlite3 "$work/k.db" 'SELECT count(*) FROM source_cites;')" \
    "$(jq '[.sources[].cites // [] | length] | add' "$work/k.json")"

# the join that gives 'kaieco facts -f csv'
cat > "$work/facts.sql" <<'SQL'
.headers on
.mode tabs
SELECT o.entity,
       CASE WHEN c.alpha2 IS NOT NULL THEN 'country' ELSE e.kind END AS entity_kind,
       COALESCE(c.name_en, e.name_en) AS name,
       o.metric, o.period,
       CASE length(o.period) WHEN 4 THEN 'year' WHEN 7 THEN 'month' ELSE 'day' END AS precision,
       o.value, o.approx, m.unit, o.rank, o.source, s.kind AS source_kind,
       CASE WHEN o.is_default THEN 'true' ELSE 'false' END AS "default",
       CASE WHEN o.disputed THEN 'true' ELSE 'false' END AS disputed,
       o.note, substr(o.period, 1, 4) AS year
FROM observations o
JOIN metrics m ON m.id = o.metric
JOIN sources s ON s.id = o.source
LEFT JOIN countries c ON c.alpha2 = o.entity
LEFT JOIN entities e ON e.id = o.entity
ORDER BY o.metric, o.entity, o.period, o.source;
SQL
# kaieco's TSV escapes only tabs, newlines and backslashes, which no
# field here holds; sqlite3's tabs mode writes the same bytes (CSV quoting
# rules differ between the two, so CSV is compared through TSV)
sqlite3 "$work/k.db" < "$work/facts.sql" > "$work/sql-facts.tsv"
"$KAIECO" facts -f tsv > "$work/facts.tsv"
expect "facts from SQL = kaieco facts, row by row" \
    "$(diff "$work/facts.tsv" "$work/sql-facts.tsv" && echo same)" "same"
# and the CSV, field by field (sqlite3 quotes more than it must; csvkit,
# which .ci/run installs, brings python3)
sed 's/^.mode tabs$/.mode csv/' "$work/facts.sql" | sqlite3 "$work/k.db" > "$work/sql-facts.csv"
"$KAIECO" facts -f csv > "$work/facts.csv"
expect "facts from SQL = kaieco facts -f csv, parsed" "$(python3 -c '
import csv, sys
a, b = (list(csv.reader(open(p, newline=""))) for p in sys.argv[1:])
print("same" if a == b else "differ", len(a) - 1)' "$work/facts.csv" "$work/sql-facts.csv")" \
    "same $(sqlite3 "$work/k.db" 'SELECT count(*) FROM observations;')"

# export without -f stays JSON; a format export does not write is an error
expect "export = export -f json" "$(cmp "$work/k.json" <("$KAIECO" export -f json) && echo same)" "same"
expect "export -f csv" "$("$KAIECO" export -f csv 2>&1 > "$work/out"; echo "status $?")" \
    "kaieco: export: unknown format 'csv' (expected one of: json, sql)
status 2"
expect "nothing on stdout" "$(wc -c < "$work/out")" "0"

# PostgreSQL, when a server answers (optional)
if command -v psql > /dev/null 2>&1 && psql -Atqc 'SELECT 1' > /dev/null 2>&1; then
    db=kaieco_test_$$
    psql -qc "CREATE DATABASE $db" > /dev/null
    expect "psql loads it" "$(psql -q -v ON_ERROR_STOP=1 -d "$db" -f "$work/k.sql" 2>&1; echo "status $?")" "status 0"
    expect "psql: observations" "$(psql -Atd "$db" -c 'SELECT count(*) FROM observations')" \
        "$(sqlite3 "$work/k.db" 'SELECT count(*) FROM observations;')"
    psql -qc "DROP DATABASE $db" > /dev/null
fi
finish
