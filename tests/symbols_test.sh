#!/bin/sh
# Checks that a shared librill exports exactly the API: every function declared RILL_API in
# rill.h, and nothing else (no internal symbol leaks out of -fvisibility=hidden).
#
#   sh tests/symbols_test.sh build/librill.so include/rill.h
set -eu
lib=$1
header=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rill-syms.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

sed -n 's/^RILL_API.*[ *]\(rill_[a-z0-9_]*\)(.*/\1/p' "$header" | sort -u > "$tmp/declared"
# sanitizer builds add their own instrumentation symbols (__asan_*, __odr_asan*...)
nm -D --defined-only "$lib" | awk '{print $NF}' | grep -v '^__\(asan\|odr_asan\|ubsan\|tsan\)' \
    | sort -u > "$tmp/exported"

status=0
if ! cmp -s "$tmp/declared" "$tmp/exported"; then
    echo "symbols: $lib does not export exactly the API of $header:"
    comm -23 "$tmp/declared" "$tmp/exported" | sed 's/^/    missing:  /'
    comm -13 "$tmp/declared" "$tmp/exported" | sed 's/^/    extra:    /'
    status=1
fi
soname=$(readelf -d "$lib" | sed -n 's/.*SONAME.*\[\(.*\)\]/\1/p')
case $soname in
    librill.so.[0-9]*) ;;
    *) echo "symbols: $lib has no librill.so.N soname ($soname)"; status=1 ;;
esac
if [ $status -eq 0 ]; then
    echo "symbols: $(wc -l < "$tmp/exported") exported, all rill_*, soname $soname"
fi
exit $status
