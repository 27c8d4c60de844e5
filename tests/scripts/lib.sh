# Shared by the shell-driven tests (sourced): expectations, tools, exit.
# Each test script gets the built kaieco as $KAIECO and the build and
# source trees as $BUILD_DIR and $SOURCE_DIR (tests/CMakeLists.txt).
set -u
export LC_ALL=C.UTF-8 TZ=UTC
failures=0
checks=0

# expect WHAT GOT WANTED: one check, reported when it fails.
expect() {
    checks=$((checks + 1))
    if [ "$2" != "$3" ]; then
        failures=$((failures + 1))
        printf 'FAIL: %s\n  got:    %s\n  wanted: %s\n' "$1" "$2" "$3" >&2
    fi
}

# expect_true WHAT COMMAND...: the command succeeds.
expect_true() {
    local what=$1
    shift
    checks=$((checks + 1))
    if ! "$@"; then
        failures=$((failures + 1))
        printf 'FAIL: %s\n' "$what" >&2
    fi
}

# need TOOL...: skip the test (ctest status 77) when a tool is missing,
# unless KAIECO_TEST_REQUIRE_TOOLS is set (as .ci/run does), which makes
# a missing tool a failure.
need() {
    for tool in "$@"; do
        if ! command -v "$tool" > /dev/null 2>&1; then
            if [ -n "${KAIECO_TEST_REQUIRE_TOOLS:-}" ]; then
                echo "FAIL: $tool is not installed" >&2
                exit 1
            fi
            echo "SKIP: $tool is not installed" >&2
            exit 77
        fi
    done
}

# finish: the summary and the status.
finish() {
    echo "$checks checks, $failures failed"
    [ "$failures" -eq 0 ]
    exit $?
}
