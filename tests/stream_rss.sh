#!/bin/sh
# Streams a ~200 MB text file through a generator pipeline under rill and checks that
# the line and word counts are right and that rill's peak resident memory stays under
# 20 MB: a file iterates lazily, in constant memory, whatever its size.
#
#   sh tests/stream_rss.sh RILL_BINARY
#
# The peak comes from GNU time (/usr/bin/time -f %M); without it, from the VmHWM line
# of /proc/self/status, which the script reads itself at the end. Prints exactly one
# line, PASS or FAIL (or SKIP when neither measure is available); exit status 1 on FAIL.
# No timing is asserted. No python here: CI machines may not have it.
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 RILL_BINARY" >&2
    exit 2
fi
rill=$1
case $rill in
    /*) ;;
    *) rill="$(pwd)/$rill" ;;
esac
if [ ! -x "$rill" ]; then
    echo "FAIL stream_rss: $rill is not an executable file"
    exit 1
fi

limit_kb=20480
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rill-stream.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# 4,400,000 lines of 0 to 12 words, about 200 MB; wc gives the expected counts.
awk 'BEGIN {
    split("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu", w, " ")
    for (i = 0; i < 4400000; i++) {
        n = (i * 7) % 13
        line = ""
        for (j = 1; j <= n; j++) line = line w[(i + j) % 12 + 1] " "
        print line "line" i
    }
}' >"$tmp/big.txt"
set -- $(wc -l -w <"$tmp/big.txt")
want="$1 $2"

cat >"$tmp/count.py" <<'EOF'
import sys

def lines(path):
    with open(path) as f:
        for line in f:
            yield line

def word_counts(it):
    for line in it:
        yield len(line.split())

n = 0
words = 0
for c in word_counts(lines(sys.argv[1])):
    n += 1
    words += c
print(n, words)

# the peak resident set, for hosts without GNU time
try:
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmHWM:'):
                print('hwm', line.split()[1])
except OSError:
    pass
EOF

if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then
    status=0
    /usr/bin/time -o "$tmp/time" -f %M "$rill" "$tmp/count.py" "$tmp/big.txt" \
        >"$tmp/out" 2>"$tmp/err" || status=$?
    peak=$(tail -n 1 "$tmp/time")
else
    status=0
    "$rill" "$tmp/count.py" "$tmp/big.txt" >"$tmp/out" 2>"$tmp/err" || status=$?
    peak=$(sed -n 's/^hwm //p' "$tmp/out")
fi

got=$(head -n 1 "$tmp/out")
if [ "$status" -ne 0 ]; then
    echo "FAIL stream_rss: rill exited with status $status: $(tail -n 1 "$tmp/err")"
    exit 1
fi
if [ "$got" != "$want" ]; then
    echo "FAIL stream_rss: counted '$got' lines and words, expected '$want'"
    exit 1
fi
if [ -z "$peak" ]; then
    echo "SKIP stream_rss: counts right ($got), but no way to measure peak memory here"
    exit 0
fi
if [ "$peak" -ge "$limit_kb" ]; then
    echo "FAIL stream_rss: peak RSS ${peak} KB >= ${limit_kb} KB streaming a 200 MB file"
    exit 1
fi
echo "PASS stream_rss: $got lines/words, peak RSS ${peak} KB (limit ${limit_kb} KB)"
