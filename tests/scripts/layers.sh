#!/usr/bin/env bash
# The library's layout holds (issue 16): nothing in src/lib or src/util ends
# the program; every #include points down the stages, base (and src/util)
# < data < table < query < render, the public headers counted in the stage
# that defines what they declare; table.c and where.c know nothing of each
# other (shape.c joins them).
. "$(dirname "$0")/lib.sh"
src=${SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$src" || exit 1

expect "no exit() or abort() in the library" \
    "$(grep -rnE '\b(exit|abort|_Exit|quick_exit) *\(' src/lib src/util)" ""

rank() {
    case $1 in
    base | util) echo 0 ;;
    data) echo 1 ;;
    table) echo 2 ;;
    query) echo 3 ;;
    render) echo 4 ;;
    *) echo "?" ;;
    esac
}
# the stage of a public header: where what it declares is defined (the
# lowest such stage for one that declares functions of two: cite.h's
# ke_table_read is table/read.c's, ke_cite_write render/cite.c's; brief.h's
# ke_query_brief is query/brief.c's, its renderers render/brief.c's)
public_stage() {
    case $1 in
    export.h | error.h | utf8.h | lang.h | messages.h) echo base ;;
    dataset.h | load.h | lookup.h) echo data ;;
    table.h | where.h | cite.h) echo table ;;
    query.h | brief.h) echo query ;;
    format.h) echo render ;;
    *) echo "?" ;;
    esac
}

up=
for f in src/lib/*/*.[ch] src/util/*.[ch] include/kaieco/*.h; do
    case $f in
    include/*) from=$(public_stage "${f##*/}") ;;
    src/util/*) from=util ;;
    *) from=${f#src/lib/} from=${from%%/*} ;;
    esac
    while read -r inc; do
        case $inc in
        kaieco/*) to=$(public_stage "${inc#kaieco/}") ;;
        */*) to=${inc%%/*} ;;
        *) to=util ;;
        esac
        if [ "$(rank "$from")" = "?" ] || [ "$(rank "$to")" = "?" ]; then
            up="$up$f: $inc: a stage this test does not know (add it here)"$'\n'
        elif [ "$(rank "$to")" -gt "$(rank "$from")" ]; then
            up="$up$f ($from) includes $inc ($to)"$'\n'
        fi
    done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f")
done
expect "every include points down the stages" "$up" ""

expect "table.c does not use the --where language" \
    "$(grep -nE 'where\.h|predicate\.h|ke_where' src/lib/table/table.c)" ""
expect "where.c does not use the table's storage or its operations" \
    "$(grep -nE 'ke_table_[a-z_]*\(|->cells|->n_rows|private\.h' src/lib/table/where.c)" ""
finish
