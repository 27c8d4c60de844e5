#!/usr/bin/env bash
# libkaieco.so exports exactly the public API: every declaration marked
# KE_API in include/kaieco/*.h, and nothing else (nm -D); every symbol of
# either library has the ke_ prefix; the SONAME is the one CMakeLists.txt
# sets. $SHARED, $STATIC and $SONAME come from tests/CMakeLists.txt.
. "$(dirname "$0")/lib.sh"
need nm readelf

# A sanitizer build adds AddressSanitizer's one-definition-rule indicators
# (__odr_asan.NAME, one per global): not part of the API, and not in a
# normal build.
exported=$(nm -D --defined-only "$SHARED" | awk '{print $3}' | grep -v '^__odr_asan\.' | LC_ALL=C sort)
# the name a KE_API declaration declares: its first identifier followed by
# '(' (a function), '[' or ';' (data)
declared=$(grep -h '^KE_API ' "$SOURCE_DIR"/include/kaieco/*.h |
    grep -o 'ke_[a-z0-9_]* *[(\[;]' | sed 's/ *[(\[;]$//' | LC_ALL=C sort)
expect "nm -D: exactly the KE_API declarations" "$exported" "$declared"
# a declaration without KE_API would be hidden in the shared library
expect "every public declaration is KE_API" \
    "$(grep -H -E '^(const |int |void |size_t |char |long |unsigned |double |ke_|extern [^"])' \
        "$SOURCE_DIR"/include/kaieco/*.h | grep -v ':KE_API ' | grep -v '^[^:]*:typedef ')" ""
expect "one symbol per KE_API declaration" "$(printf '%s\n' "$declared" | wc -l)" \
    "$(grep -h '^KE_API ' "$SOURCE_DIR"/include/kaieco/*.h | wc -l)"
expect "at least 100 symbols" "$(test "$(printf '%s\n' "$exported" | wc -l)" -ge 100 && echo yes)" "yes"
expect "nothing exported without the ke_ prefix" "$(printf '%s\n' "$exported" | grep -v '^ke_')" ""
expect "no global symbol of libkaieco.a without the ke_ prefix" \
    "$(nm -g --defined-only "$STATIC" | awk 'NF == 3 {print $3}' | grep -v '^ke_\|^__odr_asan\.')" ""
expect "SONAME" "$(readelf -d "$SHARED" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')" "$SONAME"
# internal helpers are there, but hidden
expect_true "an internal function is in the library" sh -c "nm '$SHARED' | grep -q ' t ke_edit_distance$'"
finish
