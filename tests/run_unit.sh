#!/bin/sh
# Runs the Check unit-test binaries and sums their results.
#
#   sh tests/run_unit.sh build/tests/check_lexer build/tests/check_dict ...
#
# Prints each binary's Check summary line prefixed by its name, e.g.
#   check_lexer: 100%: Checks: 42, Failures: 0, Errors: 0
# (and the failure lines Check printed, if any), then a total line.
# RILL_VALGRIND=1 runs each binary under valgrind with CK_FORK=no (Check's forked
# children would hide leaks otherwise). Exit status 1 if anything failed.
set -eu

if [ $# -eq 0 ]; then
    echo "run_unit.sh: no unit-test binaries given"
    echo "total: Checks: 0, Failures: 0, Errors: 0"
    exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rill-unit.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

checks=0
failures=0
errors=0
bad=0

for bin in "$@"; do
    name=$(basename "$bin")
    case $bin in
        */*) ;;
        *) bin="./$bin" ;;
    esac
    if [ ! -x "$bin" ]; then
        echo "$name: not an executable file"
        bad=$((bad + 1))
        continue
    fi
    status=0
    if [ "${RILL_VALGRIND:-0}" = 1 ]; then
        CK_FORK=no valgrind -q --error-exitcode=99 --leak-check=full \
            --show-leak-kinds=all --errors-for-leak-kinds=all \
            --log-file="$tmp/vg" "$bin" >"$tmp/out" 2>&1 || status=$?
    else
        "$bin" >"$tmp/out" 2>&1 || status=$?
    fi

    summary=$(grep -E '^[0-9]+%: Checks: [0-9]+' "$tmp/out" | tail -n 1 || true)
    if [ -z "$summary" ]; then
        echo "$name: no Check summary (exit status $status); last lines of its output:"
        tail -n 10 "$tmp/out" | sed 's/^/    /'
        bad=$((bad + 1))
        continue
    fi
    echo "$name: $summary"
    # Check's own failure lines: file:line:F|E:tcase:test:iteration: message
    grep -E '^[^:]+:[0-9]+:[FE]:' "$tmp/out" | sed 's/^/    /' || true

    c=$(printf '%s\n' "$summary" | sed -E 's/.*Checks: ([0-9]+).*/\1/')
    f=$(printf '%s\n' "$summary" | sed -E 's/.*Failures: ([0-9]+).*/\1/')
    e=$(printf '%s\n' "$summary" | sed -E 's/.*Errors: ([0-9]+).*/\1/')
    checks=$((checks + c))
    failures=$((failures + f))
    errors=$((errors + e))

    if [ "$status" -eq 99 ] && [ "${RILL_VALGRIND:-0}" = 1 ]; then
        echo "$name: valgrind error:"
        head -n 30 "$tmp/vg" | sed 's/^/    /'
        bad=$((bad + 1))
    elif [ "$status" -ne 0 ] && [ "$f" -eq 0 ] && [ "$e" -eq 0 ]; then
        echo "$name: exit status $status although Check reported no failure"
        bad=$((bad + 1))
    fi
done

echo "total: Checks: $checks, Failures: $failures, Errors: $errors"
if [ "$failures" -gt 0 ] || [ "$errors" -gt 0 ] || [ "$bad" -gt 0 ]; then
    exit 1
fi
