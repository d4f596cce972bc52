#!/bin/sh
# Regenerates the expected output of every corpus program (tests/lang/**/*.py) and
# of every checked example (tests/examples.list) by running python3 3.11, the
# oracle, exactly as tests/run_corpus.sh runs rill: the program's directory as the
# working directory, stdin from /dev/null, the same time limit.
#
#   sh tests/gen_expected.sh [PROGRAM.py...]
#
# With arguments (paths from the repository root), only those programs are run.
#
#   name.out     stdout, always written
#   name.err     only when the exit status is nonzero or stderr is non-empty:
#                line 1 `exit status: N`, line 2 the last line of stderr (if any),
#                and line 3 `full-stderr` when the program asks for it (below; line 2
#                is then written even if empty)
#   name.stderr  the whole of stderr, for a program that has a line reading exactly
#                `# corpus: full-stderr` (its tracebacks are compared in full, not only
#                their last line), with the absolute path of the program's directory
#                (CPython prints it: File "/abs/dir/name.py") replaced by `<dir>`
#                (tests/dir_placeholder.awk), so that the file does not depend on
#                where the tree is checked out
#
# tests/run_corpus.sh compares only the last line of stderr, or all of it against
# name.stderr when name.err says `full-stderr`.
#
# Files are rewritten only when their content changes, so a second run changes
# nothing. Expected files are never edited by hand: change the program instead.
set -eu

py=${PYTHON3:-python3}
if ! version=$("$py" --version 2>&1); then
    echo "$0: cannot run $py; python3 3.11 is the oracle and is required" >&2
    exit 1
fi
case $version in
    "Python 3.11."*) ;;
    *)
        echo "$0: $py is '$version'; the expected outputs must come from Python 3.11.x" >&2
        exit 1
        ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rill-expected.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# Same environment for every run: UTF-8 output whatever the locale, no user hooks.
PYTHONIOENCODING=utf-8
export PYTHONIOENCODING
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONHASHSEED 2>/dev/null || true

# install NEW DEST: replace DEST by NEW only if they differ other than in hex
# addresses (which change from run to run, and which run_corpus.sh ignores too).
norm='s/0x[0-9a-fA-F][0-9a-fA-F]*/0x…/g'
install_if_changed() {
    if [ -f "$2" ] && cmp -s "$1" "$2"; then
        rm -f "$1"
    elif [ -f "$2" ] && sed "$norm" "$1" >"$tmp/norm.new" && sed "$norm" "$2" >"$tmp/norm.old" \
        && cmp -s "$tmp/norm.new" "$tmp/norm.old"; then
        rm -f "$1"
    else
        mv "$1" "$2"
        changed=$((changed + 1))
    fi
}

{
    if [ $# -gt 0 ]; then
        printf '%s\n' "$@"
    else
        find tests/lang -type f -name '*.py' | LC_ALL=C sort
        if [ -f tests/examples.list ]; then
            sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' tests/examples.list
        fi
    fi
} >"$tmp/all"

count=0
changed=0
errs=0
while read -r prog; do
    if [ ! -f "$prog" ]; then
        echo "$0: $prog is listed but does not exist" >&2
        exit 1
    fi
    dir=$(dirname "$prog")
    name=$(basename "$prog" .py)
    status=0
    (cd "$dir" && timeout 20 "$py" "$name.py" </dev/null >"$tmp/out" 2>"$tmp/err") \
        || status=$?
    if [ "$status" -eq 124 ]; then
        echo "$0: $prog timed out under python3; make it faster" >&2
        exit 1
    fi
    install_if_changed "$tmp/out" "$dir/$name.out"
    full=0
    if grep -qx '# corpus: full-stderr' "$prog"; then full=1; fi
    if [ "$status" -ne 0 ] || [ -s "$tmp/err" ]; then
        {
            echo "exit status: $status"
            if [ -s "$tmp/err" ]; then
                tail -n 1 "$tmp/err"
                # tail keeps a missing final newline missing; the file always has one
                if [ -n "$(tail -c 1 "$tmp/err")" ]; then echo; fi
            elif [ "$full" = 1 ]; then
                echo
            fi
            if [ "$full" = 1 ]; then echo full-stderr; fi
        } >"$tmp/errfile"
        install_if_changed "$tmp/errfile" "$dir/$name.err"
        errs=$((errs + 1))
    else
        full=0
        if [ -f "$dir/$name.err" ]; then
            rm -f "$dir/$name.err"
            changed=$((changed + 1))
        fi
    fi
    if [ "$full" = 1 ]; then
        absdir=$(cd "$dir" && pwd -P)
        RILL_DIR=$absdir awk -f tests/dir_placeholder.awk "$tmp/err" >"$tmp/stderrfile"
        install_if_changed "$tmp/stderrfile" "$dir/$name.stderr"
    elif [ -f "$dir/$name.stderr" ]; then
        rm -f "$dir/$name.stderr"
        changed=$((changed + 1))
    fi
    count=$((count + 1))
done <"$tmp/all"

# Expected files whose program is gone (when every program was run).
[ $# -gt 0 ] || find tests/lang -type f \( -name '*.out' -o -name '*.err' -o -name '*.stderr' \) |
    LC_ALL=C sort |
while read -r f; do
    if [ ! -f "${f%.*}.py" ]; then
        echo "removing stale $f"
        rm -f "$f"
    fi
done

echo "$count programs run with $version ($errs expected to fail); $changed files changed"
