#!/usr/bin/env bash
# `cmake --install` to a temporary prefix puts exactly the expected files in
# place, each the one built and tested (man page, completions, headers);
# the installed kaieco runs; examples/rank.c builds against the installed
# tree with pkg-config (shared library) and with find_package(kaieco)
# (shared and static), and prints what `kaieco rank METRIC --top 3` prints.
# $CMAKE, $CC, $LIBDIR, $SONAME_FILE, $VERSION and $EXAMPLE_FLAGS (the
# sanitizer flags of a sanitizer build) come from tests/CMakeLists.txt.
. "$(dirname "$0")/lib.sh"
need pkg-config readelf

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
"$CMAKE" --install "$BUILD_DIR" --prefix "$prefix" > "$tmp/install.log" || {
    cat "$tmp/install.log" >&2
    exit 1
}

# the installed tree, file by file (links: the SONAME and the .so)
headers=$(cd "$SOURCE_DIR/include" && ls kaieco/*.h)
wanted=$(
    {
        echo bin/kaieco
        echo include/kaieco.h
        for h in $headers; do echo "include/$h"; done
        echo "$LIBDIR/libkaieco.a"
        echo "$LIBDIR/libkaieco.so.$VERSION"
        echo "$LIBDIR/pkgconfig/kaieco.pc"
        echo "$LIBDIR/cmake/kaieco/kaieco-config.cmake"
        echo "$LIBDIR/cmake/kaieco/kaieco-config-version.cmake"
        echo "$LIBDIR/cmake/kaieco/kaieco-targets.cmake"
        echo "$LIBDIR/cmake/kaieco/kaieco-targets-$(echo "${BUILD_TYPE:-release}" | tr 'A-Z' 'a-z').cmake"
        echo share/doc/kaieco/changelog.gz
        echo share/doc/kaieco/copyright
        echo share/man/man1/kaieco.1.gz
        echo share/bash-completion/completions/kaieco
        echo share/zsh/vendor-completions/_kaieco
        echo share/fish/vendor_completions.d/kaieco.fish
    } | LC_ALL=C sort
)
expect "find PREFIX -type f" "$(cd "$prefix" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)" "$wanted"
expect "the SONAME link" "$(readlink "$prefix/$LIBDIR/$SONAME_FILE")" "libkaieco.so.$VERSION"
expect "the development link" "$(readlink "$prefix/$LIBDIR/libkaieco.so")" "$SONAME_FILE"
expect "no internal header installed" "$(ls "$prefix/include/kaieco" | grep -v -x -F "$(cd "$SOURCE_DIR/include/kaieco" && ls)")" ""
for h in kaieco.h $headers; do
    expect_true "include/$h as in the source" cmp -s "$SOURCE_DIR/include/$h" "$prefix/include/$h"
done

# the documents installed are the ones built and tested
expect_true "the man page installed is the one tested" \
    sh -c "gzip -dc '$prefix/share/man/man1/kaieco.1.gz' | cmp -s - '$BUILD_DIR/man/kaieco.1'"
expect_true "the changelog installed" sh -c "gzip -dc '$prefix/share/doc/kaieco/changelog.gz' | cmp -s - '$SOURCE_DIR/packaging/changelog'"
expect_true "the bash completion installed" cmp -s "$prefix/share/bash-completion/completions/kaieco" "$BUILD_DIR/completions/kaieco.bash"
expect_true "the zsh completion installed" cmp -s "$prefix/share/zsh/vendor-completions/_kaieco" "$BUILD_DIR/completions/kaieco.zsh"
expect_true "the fish completion installed" cmp -s "$prefix/share/fish/vendor_completions.d/kaieco.fish" "$BUILD_DIR/completions/kaieco.fish"
if command -v mandoc > /dev/null; then
    expect "mandoc -Tlint on the installed page" "$(mandoc -Tlint -Wall "$prefix/share/man/man1/kaieco.1.gz" 2>&1)" ""
fi

# the installed program
wanted_rank=$("$KAIECO" rank patents --top 3)
expect "installed kaieco" "$("$prefix/bin/kaieco" rank patents --top 3)" "$wanted_rank"
wanted_talent=$("$KAIECO" rank talent --top 3)

# pkg-config
export PKG_CONFIG_PATH=$prefix/$LIBDIR/pkgconfig
expect "pkg-config --modversion" "$(pkg-config --modversion kaieco)" "$VERSION"
expect "pkg-config --cflags" "$(pkg-config --cflags kaieco | sed "s/ *$//")" "-I$prefix/include"
expect "pkg-config --libs" "$(pkg-config --libs kaieco | sed "s/ *$//")" "-L$prefix/$LIBDIR -lkaieco"
# shellcheck disable=SC2086 # flags are words
if "$CC" -std=c17 -Wall -Wextra -Wpedantic -Werror $EXAMPLE_FLAGS "$SOURCE_DIR/examples/rank.c" \
    $(pkg-config --cflags --libs kaieco) -Wl,-rpath,"$prefix/$LIBDIR" -o "$tmp/rank" 2> "$tmp/cc.log"; then
    expect "example (pkg-config) links libkaieco.so" \
        "$(readelf -d "$tmp/rank" | grep -o "Shared library: \[libkaieco[^]]*\]")" "Shared library: [$SONAME_FILE]"
    expect "example (pkg-config) prints what kaieco prints" "$("$tmp/rank")" "$wanted_rank"
    expect "example (pkg-config) with a metric" "$("$tmp/rank" talent)" "$wanted_talent"
    expect "example (pkg-config) with a bad metric" "$("$tmp/rank" patnts 2>&1; echo "status $?")" \
        "rank: unknown metric 'patnts'; did you mean 'patents'?
status 2"
else
    expect "example builds with pkg-config" "$(cat "$tmp/cc.log")" ""
fi

# find_package(kaieco): shared and static
if "$CMAKE" -S "$SOURCE_DIR/examples" -B "$tmp/examples" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_C_COMPILER="$CC" -DCMAKE_C_FLAGS="$EXAMPLE_FLAGS" -DCMAKE_BUILD_TYPE=Release \
    > "$tmp/cmake.log" 2>&1 && "$CMAKE" --build "$tmp/examples" >> "$tmp/cmake.log" 2>&1; then
    expect "example (CMake, shared) prints what kaieco prints" "$("$tmp/examples/rank")" "$wanted_rank"
    expect "example (CMake, static) prints what kaieco prints" "$("$tmp/examples/rank_static" talent)" "$wanted_talent"
    expect "example (CMake, static) needs no libkaieco.so" \
        "$(readelf -d "$tmp/examples/rank_static" | grep -c 'libkaieco')" "0"
else
    expect "example builds with find_package(kaieco)" "$(cat "$tmp/cmake.log")" ""
fi
finish
