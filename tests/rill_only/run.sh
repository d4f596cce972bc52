#!/bin/sh
# Runs the rill-only programs: behaviour python3 cannot serve as the oracle for (it
# crashes, e.g. on a 100,000-deep yield from chain). Each name.py has a hand-written
# name.expected holding the exact stdout; the program must exit with status 0 and
# print nothing on stderr.
#
#   sh tests/rill_only/run.sh RILL_BINARY
#
# Output: one FAIL line per failing program, then `N passed, M failed`.
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 RILL_BINARY" >&2
    exit 2
fi
rill=$1
case $rill in
    /*) ;;
    */*) rill="$(pwd)/$rill" ;;
    *) rill=$(command -v "$rill" || printf '%s' "$rill") ;;
esac
if [ ! -x "$rill" ]; then
    echo "$0: $rill is not an executable file" >&2
    exit 2
fi

dir=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rill-only.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

passed=0
failed=0
for prog in "$dir"/*.py; do
    [ -f "$prog" ] || continue
    name=$(basename "$prog" .py)
    if [ ! -f "$dir/$name.expected" ]; then
        echo "FAIL $name: no $name.expected"
        failed=$((failed + 1))
        continue
    fi
    status=0
    (cd "$dir" && timeout "${RILL_TIMEOUT:-60}" "$rill" "$name.py" \
        </dev/null >"$tmp/out" 2>"$tmp/err") || status=$?
    if [ "$status" -ne 0 ]; then
        echo "FAIL $name: exit status $status"
        tail -n 5 "$tmp/err" | sed 's/^/    /'
        failed=$((failed + 1))
    elif ! diff "$dir/$name.expected" "$tmp/out" >"$tmp/diff"; then
        echo "FAIL $name: stdout differs (< expected, > rill)"
        head -n 10 "$tmp/diff" | sed 's/^/    /'
        failed=$((failed + 1))
    elif [ -s "$tmp/err" ]; then
        echo "FAIL $name: unexpected output on stderr"
        head -n 5 "$tmp/err" | sed 's/^/    /'
        failed=$((failed + 1))
    else
        passed=$((passed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
