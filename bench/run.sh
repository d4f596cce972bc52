#!/bin/sh
# Times every bench/*.py under rill and under `python3 -S`, alternating runs,
# BENCH_RUNS times each (default 5), and prints the median wall times:
#
#   benchmark        rill(s)  python3(s)    ratio
#
# ratio = rill / python3, then the geometric mean of the ratios. A row whose rill
# output differs from python3's is marked MISMATCH (and left out of the mean); a
# rill run that exits nonzero is marked ERROR. Without python3, rill times only.
#
#   sh bench/run.sh RILL_BINARY [name-prefix]
# No python here: CI machines may not have it.
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 RILL_BINARY [benchmark-name-prefix]" >&2
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
runs=${BENCH_RUNS:-5}

benchdir=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rill-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

have_python=0
if command -v python3 >/dev/null 2>&1; then
    have_python=1
fi

case $(date +%N) in
    *N*|"") precise=0 ;;
    *) precise=1 ;;
esac

now() {
    if [ "$precise" = 1 ]; then date +%s.%N; else date +%s; fi
}

# run_timed OUTFILE CMD...: runs CMD in bench/ with stdin from /dev/null, stdout to
# OUTFILE, and appends the wall time in seconds to OUTFILE.times. Returns CMD's status.
run_timed() {
    out=$1
    shift
    t0=$(now)
    st=0
    (cd "$benchdir" && "$@" </dev/null >"$out" 2>"$out.stderr") || st=$?
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }' >>"$out.times"
    return "$st"
}

median() {
    sort -n "$1" | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "nan"; exit }
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

if [ "$have_python" = 1 ]; then
    printf '%-18s %10s %11s %9s\n' benchmark 'rill(s)' 'python3(s)' ratio
else
    echo "python3 not found: rill times only"
    printf '%-18s %10s\n' benchmark 'rill(s)'
fi

: >"$tmp/ratios"
found=0
for path in "$benchdir"/*.py; do
    [ -f "$path" ] || continue
    name=$(basename "$path")
    case $name in
        "$filter"*) ;;
        *) continue ;;
    esac
    found=1
    base="$tmp/${name%.py}"
    rill_status=0
    i=0
    while [ "$i" -lt "$runs" ]; do
        run_timed "$base.rill" "$rill" "$name" || rill_status=$?
        if [ "$have_python" = 1 ]; then
            run_timed "$base.py" python3 -S "$name" || true
        fi
        i=$((i + 1))
    done
    rt=$(median "$base.rill.times")
    if [ "$have_python" = 0 ]; then
        note=""
        if [ "$rill_status" -ne 0 ]; then note="  ERROR (exit status $rill_status)"; fi
        printf '%-18s %10.3f%s\n' "$name" "$rt" "$note"
        continue
    fi
    pt=$(median "$base.py.times")
    if [ "$rill_status" -ne 0 ]; then
        ratio="ERROR"
    elif ! cmp -s "$base.rill" "$base.py"; then
        ratio="MISMATCH"
    else
        ratio=$(awk -v r="$rt" -v p="$pt" 'BEGIN {
            if (p > 0) printf "%.2f", r / p; else print "inf" }')
        if [ "$ratio" != inf ]; then
            awk -v r="$rt" -v p="$pt" 'BEGIN { printf "%.9f\n", r / p }' >>"$tmp/ratios"
        fi
    fi
    printf '%-18s %10.3f %11.3f %9s\n' "$name" "$rt" "$pt" "$ratio"
    if [ "$ratio" = MISMATCH ]; then
        diff "$base.py" "$base.rill" | head -n 4 | sed 's/^/    /'
    elif [ "$ratio" = ERROR ]; then
        tail -n 2 "$base.rill.stderr" | sed 's/^/    /'
    fi
done

if [ "$found" = 0 ]; then
    echo "$0: no benchmark matches '$filter'" >&2
    exit 1
fi
if [ "$have_python" = 1 ]; then
    if [ -s "$tmp/ratios" ]; then
        awk '{ s += log($1); n++ } END { printf "%-18s %10s %11s %9.2f\n", "geometric mean", "", "", exp(s / n) }' \
            "$tmp/ratios"
    else
        printf '%-18s %10s %11s %9s\n' "geometric mean" "" "" "n/a"
    fi
fi
