#!/bin/sh
# Runs the language corpus (tests/lang/**/*.py) and the checked examples
# (tests/examples.list) under rill and compares each against the output python3
# produced for it (name.out, and name.err when the program is expected to fail).
# Of stderr only the last line is compared (name.err line 2), unless name.err has a
# third line `full-stderr` (a program asks for it with a line `# corpus: full-stderr`,
# see tests/gen_expected.sh): then the whole of stderr must equal name.stderr, after
# the absolute path of the program's directory (which CPython prints in tracebacks:
# File "/abs/dir/name.py") is replaced by `<dir>` (tests/dir_placeholder.awk) and
# addresses are normalized as for stdout, on both sides.
# Programs in tests/rill_only/ are those CPython cannot run (a 100,000-deep yield
# from chain, features newer than 3.11), and tests/diff/ holds one program per
# documented difference from CPython (README): their expected stdout is name.expected,
# written by hand, and name.expected_err (same format as name.err) when they are to
# fail; otherwise they must exit 0 with nothing on stderr.
#
#   sh tests/run_corpus.sh RILL_BINARY [FILTER]
#
# FILTER is a prefix of a program's name, e.g. `gen/` or `exc/finally` (corpus
# programs are named area/name, checked examples examples/name).
# RILL_VALGRIND=1 runs every program under valgrind (programs named *_slow.py are
# skipped then); RILL_TIMEOUT overrides the per-program time limit in seconds
# (default 20, or 300 under valgrind).
#
# Output: one FAIL line per failing program with a short excerpt, then exactly
# `N passed, M failed`. Exit status 1 when anything failed.
# No python here: CI machines may not have it.
set -eu

# ---- worker: runs one program, writes one result file -----------------------
if [ "${1:-}" = "--worker" ]; then
    num=$2
    prog=$3
    dir=$(dirname "$prog")
    name=$(basename "$prog" .py)
    case $prog in
        tests/lang/*) label=${prog#tests/lang/} ;;
        tests/rill_only/* | tests/diff/*) label=${prog#tests/} ;;
        *) label=$prog ;;
    esac
    label=${label%.py}
    res="$RC_TMP/$num.res"
    out="$RC_TMP/$num.stdout"
    err="$RC_TMP/$num.stderr"
    vglog="$RC_TMP/$num.vg"
    exp_out="$RC_ROOT/$dir/$name.out"
    exp_err="$RC_ROOT/$dir/$name.err"
    exp_stderr="$RC_ROOT/$dir/$name.stderr"
    case $prog in
        tests/rill_only/* | tests/diff/*)
            exp_out="$RC_ROOT/$dir/$name.expected"
            exp_err="$RC_ROOT/$dir/$name.expected_err"
            ;;
    esac

    if [ "$RC_VALGRIND" = 1 ]; then
        case $name in
            *_slow)
                printf 'SKIP %s\n' "$label" >"$res"
                exit 0
                ;;
        esac
    fi

    fail() {
        # $1 = reason; the excerpt (if any) is already in $res.detail
        {
            printf 'FAIL %s: %s\n' "$label" "$1"
            if [ -s "$res.detail" ]; then
                head -n 10 "$res.detail" | sed 's/^/    /'
            fi
        } >"$res"
        exit 0
    }
    : >"$res.detail"

    if [ ! -f "$exp_out" ]; then
        fail "no expected output for $dir/$name.py (run tests/gen_expected.sh)"
    fi

    status=0
    if [ "$RC_VALGRIND" = 1 ]; then
        (cd "$RC_ROOT/$dir" && timeout "$RC_TIMEOUT" valgrind -q --error-exitcode=99 \
            --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
            --log-file="$vglog" "$RC_RILL" "$name.py" \
            </dev/null >"$out" 2>"$err") || status=$?
    else
        (cd "$RC_ROOT/$dir" && timeout "$RC_TIMEOUT" "$RC_RILL" "$name.py" \
            </dev/null >"$out" 2>"$err") || status=$?
    fi

    if [ "$status" -eq 124 ]; then
        fail "timed out after ${RC_TIMEOUT}s"
    fi
    if [ "$RC_VALGRIND" = 1 ] && [ "$status" -eq 99 ]; then
        cp "$vglog" "$res.detail"
        fail "valgrind error"
    fi

    # Addresses differ from run to run and between implementations.
    norm='s/0x[0-9a-fA-F][0-9a-fA-F]*/0x…/g'
    sed "$norm" "$exp_out" >"$out.exp"
    sed "$norm" "$out" >"$out.norm"
    if ! diff "$out.exp" "$out.norm" >"$res.detail" 2>&1; then
        fail "stdout differs (< expected, > rill; exit status $status)"
    fi

    if [ -f "$exp_err" ]; then
        want_status=$(sed -n '1s/^exit status: //p' "$exp_err")
        if [ "$status" != "$want_status" ]; then
            tail -n 5 "$err" >"$res.detail"
            fail "exit status $status, expected $want_status"
        fi
        if [ "$(sed -n '3p' "$exp_err")" = full-stderr ]; then
            if [ ! -f "$exp_stderr" ]; then
                fail "no $dir/$name.stderr (run tests/gen_expected.sh)"
            fi
            # the directory as python3 saw it: symbolic links resolved
            absdir=$(cd "$RC_ROOT/$dir" && pwd -P)
            RILL_DIR=$absdir awk -f "$RC_ROOT/tests/dir_placeholder.awk" "$exp_stderr" |
                sed "$norm" >"$err.exp"
            RILL_DIR=$absdir awk -f "$RC_ROOT/tests/dir_placeholder.awk" "$err" |
                sed "$norm" >"$err.norm"
            if ! diff "$err.exp" "$err.norm" >"$res.detail" 2>&1; then
                fail "stderr differs (< expected, > rill)"
            fi
        elif [ "$(wc -l <"$exp_err")" -ge 2 ]; then
            want_last=$(sed -n '2p' "$exp_err" | sed "$norm")
            got_last=$(tail -n 1 "$err" | sed "$norm")
            if [ "$got_last" != "$want_last" ]; then
                printf 'expected: %s\ngot:      %s\n' "$want_last" "$got_last" \
                    >"$res.detail"
                fail "last line of stderr differs"
            fi
        fi
    else
        if [ "$status" -ne 0 ]; then
            tail -n 5 "$err" >"$res.detail"
            fail "exit status $status, expected 0"
        fi
        if [ -s "$err" ]; then
            head -n 10 "$err" >"$res.detail"
            fail "unexpected output on stderr"
        fi
    fi
    printf 'PASS %s\n' "$label" >"$res"
    exit 0
fi

# ---- driver ------------------------------------------------------------------
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 RILL_BINARY [area/name-prefix]" >&2
    exit 2
fi
rill=$1
filter=${2:-}

case $rill in
    /*) ;;
    */*) rill="$(pwd)/$rill" ;;
    *) rill=$(command -v "$rill" || printf '%s' "$rill") ;;
esac
if [ ! -x "$rill" ]; then
    echo "$0: $rill is not an executable file" >&2
    exit 2
fi

root=$(cd "$(dirname "$0")/.." && pwd)
self="$root/tests/run_corpus.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rill-corpus.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

valgrind_mode=${RILL_VALGRIND:-0}
if [ "$valgrind_mode" = 1 ]; then
    if ! command -v valgrind >/dev/null 2>&1; then
        echo "$0: RILL_VALGRIND=1 but valgrind is not installed" >&2
        exit 2
    fi
    time_limit=${RILL_TIMEOUT:-300}
else
    valgrind_mode=0
    time_limit=${RILL_TIMEOUT:-20}
fi

# The list of programs, as paths relative to the repository root.
cd "$root"
{
    find tests/lang -type f -name '*.py' | LC_ALL=C sort
    for d in tests/rill_only tests/diff; do
        if [ -d "$d" ]; then
            find "$d" -type f -name '*.py' | LC_ALL=C sort
        fi
    done
    if [ -f tests/examples.list ]; then
        sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' tests/examples.list
    fi
} >"$tmp/all"

# Apply the filter to the program's label (area/name or examples/name).
awk -v f="$filter" '{
    label = $0
    sub(/^tests\/lang\//, "", label)
    sub(/^tests\//, "", label)
    if (f == "" || index(label, f) == 1) printf "%04d %s\n", NR, $0
}' "$tmp/all" >"$tmp/todo"

if [ ! -s "$tmp/todo" ]; then
    echo "$0: no program matches '$filter'" >&2
    echo "0 passed, 0 failed"
    exit 1
fi
if grep -q '[^0-9A-Za-z_./ -]' "$tmp/todo"; then
    echo "$0: program paths must not contain spaces or quotes:" >&2
    grep '[^0-9A-Za-z_./ -]' "$tmp/todo" >&2
    exit 2
fi

jobs=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)

RC_TMP=$tmp RC_ROOT=$root RC_RILL=$rill RC_VALGRIND=$valgrind_mode RC_TIMEOUT=$time_limit
export RC_TMP RC_ROOT RC_RILL RC_VALGRIND RC_TIMEOUT
# A worker that dies without a result file is reported below, so ignore the status.
xargs -n 2 -P "$jobs" sh "$self" --worker <"$tmp/todo" || true

passed=0
failed=0
skipped=0
while read -r num _; do
    res="$tmp/$num.res"
    if [ ! -f "$res" ]; then
        echo "FAIL $num: the worker left no result"
        failed=$((failed + 1))
        continue
    fi
    case $(head -n 1 "$res") in
        PASS*) passed=$((passed + 1)) ;;
        SKIP*) skipped=$((skipped + 1)) ;;
        *) cat "$res"; failed=$((failed + 1)) ;;
    esac
done <"$tmp/todo"

if [ "$skipped" -gt 0 ]; then
    echo "($skipped *_slow programs skipped under valgrind)"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
