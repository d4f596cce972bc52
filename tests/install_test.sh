#!/bin/sh
# Installs rill into a staging directory (PREFIX=/usr, DESTDIR=a temporary directory), then
# builds a host — examples/embed/pull.c — with nothing but what `pkg-config --cflags --libs
# rill` says about the staged files, against the shared library and against the static
# one, runs both and compares their transcripts with the example's expected output.
#
#   MAKE=make BUILD=build HOST_CFLAGS= sh tests/install_test.sh
set -eu
MAKE=${MAKE:-make}
BUILD=${BUILD:-build}
CC=${CC:-cc}
HOST_CFLAGS=${HOST_CFLAGS:-}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rill-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
stage=$tmp/stage
fail() { echo "install: $*"; exit 1; }

$MAKE --no-print-directory install BUILD="$BUILD" PREFIX=/usr DESTDIR="$stage" \
    > "$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "make install failed"; }

for f in usr/bin/rill usr/include/rill.h usr/lib/librill.a usr/lib/librill.so \
         usr/lib/librill.so.0 usr/lib/pkgconfig/rill.pc; do
    [ -e "$stage/$f" ] || fail "$f was not installed"
done
[ -L "$stage/usr/lib/librill.so" ] || fail "librill.so is not a symlink"
if [ -f man/rill.1 ]; then
    [ -f "$stage/usr/share/man/man1/rill.1" ] || fail "the man page was not installed"
fi

# pkg-config sees only the staged tree; it prefixes -I/-L with the sysroot, and must not
# drop /usr/include and /usr/lib as "system" directories (they are the staged ones here)
export PKG_CONFIG_SYSROOT_DIR="$stage"
export PKG_CONFIG_LIBDIR="$stage/usr/lib/pkgconfig"
export PKG_CONFIG_PATH="$stage/usr/lib/pkgconfig"
export PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 PKG_CONFIG_ALLOW_SYSTEM_LIBS=1
pkg-config --exists rill || fail "pkg-config does not find rill"
version=$(pkg-config --modversion rill)
cflags=$(pkg-config --cflags rill)
libs=$(pkg-config --libs rill)
case $cflags in *"$stage/usr/include"*) ;; *) fail "--cflags gives '$cflags'" ;; esac

src=examples/embed/pull.c
expected=examples/embed/pull.expected

# shared: the host needs librill.so.0 at run time
# shellcheck disable=SC2086
$CC $HOST_CFLAGS -o "$tmp/host_shared" "$src" $cflags $libs \
    || fail "building a host against the shared library failed"
readelf -d "$tmp/host_shared" | grep -q 'NEEDED.*librill\.so\.0' \
    || fail "the shared host does not link librill.so.0"
LD_LIBRARY_PATH="$stage/usr/lib" "$tmp/host_shared" > "$tmp/shared.out" 2>&1 \
    || fail "the shared host failed"
diff -u "$expected" "$tmp/shared.out" || fail "the shared host's transcript differs"

# static: the same flags, with the archive preferred (-Bstatic) and --static for the
# private libraries
static_libs=$(pkg-config --libs --static rill | sed 's/-lrill\b//')
# shellcheck disable=SC2086
$CC $HOST_CFLAGS -o "$tmp/host_static" "$src" $cflags $(pkg-config --libs-only-L rill) \
    -Wl,-Bstatic -lrill -Wl,-Bdynamic $static_libs \
    || fail "building a host against the static library failed"
if readelf -d "$tmp/host_static" | grep -q 'NEEDED.*librill'; then
    fail "the static host depends on librill.so"
fi
"$tmp/host_static" > "$tmp/static.out" 2>&1 || fail "the static host failed"
diff -u "$expected" "$tmp/static.out" || fail "the static host's transcript differs"

# the installed command line runs
echo 'print(sum(x * x for x in range(4)))' > "$tmp/t.py"
[ "$("$stage/usr/bin/rill" "$tmp/t.py")" = 14 ] || fail "the installed rill does not run"

echo "install: rill $version staged under PREFIX=/usr; pkg-config-built hosts ran" \
    "(shared and static)"
