#!/bin/sh
# Peak memory per suspended generator, for rill and for python3: runs a small script
# that keeps N generators (two arguments, one local, suspended at their first yield)
# in a preallocated list, with N = 0 and N = 1,000,000, under `/usr/bin/time -f %M`
# (maximum resident set size, KiB), and prints
#
#   bytes per generator = (RSS(N) - RSS(0)) * 1024 / N
#
#   sh bench/gen_memory.sh RILL_BINARY
# No python here: CI machines may not have it (then rill is measured alone).
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
if [ ! -x /usr/bin/time ]; then
    echo "$0: /usr/bin/time is required (Debian package 'time')" >&2
    exit 2
fi

n=1000000
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rill-genmem.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# The list is preallocated at full size in both runs, so the difference is the
# generators alone (their frames included).
cat >"$tmp/gens.py" <<PY
import sys
N = int(sys.argv[1])

def gen(a, b):
    c = a + b
    yield c
    yield a

gens = [None] * $n
for i in range(N):
    g = gen(1, 2)
    next(g)
    gens[i] = g
g = None
print(N, sum(1 for x in gens if x is not None))
PY

# measure NAME CMD...: runs CMD with N = 0 and N = n, prints the row
measure() {
    name=$1
    shift
    /usr/bin/time -o "$tmp/time" -f %M "$@" "$tmp/gens.py" 0 >"$tmp/out0" 2>"$tmp/err" </dev/null ||
        { echo "$0: $name failed with N=0:" >&2; tail -n 3 "$tmp/err" >&2; return 1; }
    r0=$(tail -n 1 "$tmp/time")
    /usr/bin/time -o "$tmp/time" -f %M "$@" "$tmp/gens.py" "$n" >"$tmp/outn" 2>"$tmp/err" </dev/null ||
        { echo "$0: $name failed with N=$n:" >&2; tail -n 3 "$tmp/err" >&2; return 1; }
    rn=$(tail -n 1 "$tmp/time")
    if [ "$(cat "$tmp/outn")" != "$n $n" ]; then
        echo "$0: $name printed '$(cat "$tmp/outn")', expected '$n $n'" >&2
        return 1
    fi
    awk -v name="$name" -v a="$r0" -v b="$rn" -v n="$n" 'BEGIN {
        printf "%-10s %12d %14d %16.1f\n", name, a, b, (b - a) * 1024 / n }'
}

printf '%-10s %12s %14s %16s\n' interp 'RSS(0) KiB' "RSS($n) KiB" 'bytes/generator'
status=0
measure rill "$rill" || status=1
if command -v python3 >/dev/null 2>&1; then
    measure python3 python3 -S || status=1
else
    echo "python3 not found: rill measured alone"
fi
exit "$status"
