#!/bin/sh
# Runs the embedding examples (examples/embed/*.c, built into DIR) and compares each
# transcript with examples/embed/NAME.expected — hand-written specifications of
# rill-only behaviour, explained in examples/embed/README.md. RILL_VALGRIND=1 runs them
# under valgrind, which must report no error and no leak.
#
#   sh tests/run_embed.sh build/examples/embed
set -eu
dir=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rill-embed.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pass=0
bad=0
for expected in examples/embed/*.expected; do
    name=$(basename "$expected" .expected)
    bin=$dir/$name
    if [ ! -x "$bin" ]; then
        echo "embed: $name: no executable $bin"
        bad=$((bad + 1))
        continue
    fi
    status=0
    if [ "${RILL_VALGRIND:-0}" = 1 ]; then
        valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=all \
            --errors-for-leak-kinds=all --log-file="$tmp/vg" "$bin" > "$tmp/out" 2>&1 || status=$?
        if [ "$status" -eq 99 ]; then
            echo "embed: $name: valgrind:"
            head -n 30 "$tmp/vg" | sed 's/^/    /'
            bad=$((bad + 1))
            continue
        fi
    else
        "$bin" > "$tmp/out" 2>&1 || status=$?
    fi
    if [ "$status" -ne 0 ]; then
        echo "embed: $name: exit status $status"
        tail -n 10 "$tmp/out" | sed 's/^/    /'
        bad=$((bad + 1))
    elif ! diff -u "$expected" "$tmp/out" > "$tmp/diff"; then
        echo "embed: $name: transcript differs from $expected:"
        sed 's/^/    /' "$tmp/diff"
        bad=$((bad + 1))
    else
        pass=$((pass + 1))
    fi
done
echo "embed: $pass passed, $bad failed"
[ "$bad" -eq 0 ]
