# rill — the only build system. `make` builds ./rill and librill.a; `make test` runs the
# unit tests (Check) and the language corpus; `make sanitize` does both under ASan+UBSan.

CC      ?= cc
OPT     ?= -O2
BUILD   ?= build
SANFLAGS ?=
WARN    = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wundef \
          -Wno-unused-parameter
CFLAGS  ?= $(OPT) -g
ALL_CFLAGS = -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) \
             $(SANFLAGS) -fvisibility=hidden -I. -MMD -MP
LDLIBS  = -lm

LIB_SRCS  := $(sort $(wildcard lexer/*.c parser/*.c vm/*.c stdlib/*.c))
REPL_SRCS := $(sort $(wildcard repl/*.c))
LIB_OBJS  := $(LIB_SRCS:%.c=$(BUILD)/%.o)
REPL_OBJS := $(REPL_SRCS:%.c=$(BUILD)/%.o)
UNIT_SRCS := $(sort $(wildcard tests/unit/check_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
UNIT_HELPERS := $(filter-out tests/unit/check_%.c,$(wildcard tests/unit/*.c))
UNIT_HELPER_OBJS := $(UNIT_HELPERS:%.c=$(BUILD)/%.o)
CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null || echo -lcheck -lsubunit -lrt -lpthread -lm)
READLINE_LIBS = -lreadline

RILL = $(BUILD)/rill

.PHONY: all test unit corpus cli examples sanitize valgrind bench deps clean expected \
        embed tsan api-bench install uninstall

all: $(RILL) rill

# ./rill is a copy of build/rill (replaced by rename, so a running ./rill is no obstacle)
rill: $(RILL)
	@if [ "$(BUILD)" = "build" ]; then cp $(RILL) rill.tmp && mv -f rill.tmp rill; fi

$(BUILD)/librill.a: $(LIB_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(RILL): $(REPL_OBJS) $(BUILD)/librill.a
	$(CC) $(ALL_CFLAGS) -o $@ $(REPL_OBJS) $(BUILD)/librill.a $(READLINE_LIBS) $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/check_%: tests/unit/check_%.c $(UNIT_HELPER_OBJS) $(BUILD)/librill.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(UNIT_HELPER_OBJS) $(BUILD)/librill.a $(CHECK_LIBS) $(LDLIBS)

# The REPL's tests drive $(RILL) through a pseudo-terminal (forkpty: -lutil).
$(BUILD)/tests/check_repl: $(RILL)
$(BUILD)/tests/check_repl: LDLIBS += -lutil

# ---- tests ---------------------------------------------------------------------
test: unit corpus cli embed stream

# Streams a ~200 MB file through a generator pipeline and checks rill's peak RSS stays
# under 20 MB (the normal build only: sanitizer runtimes need more).
stream: $(RILL)
	@if [ -z "$(SANFLAGS)" ]; then sh tests/stream_rss.sh $(RILL); else echo "stream: skipped under sanitizers"; fi

unit: $(UNIT_BINS)
	@RILL_BIN=$(RILL) sh tests/run_unit.sh $(UNIT_BINS)

cli: $(RILL)
	@sh tests/cli_test.sh $(RILL)

corpus: $(RILL)
	@sh tests/run_corpus.sh $(RILL)

# Regenerates the expected output of every corpus program by running python3 (the
# oracle). The results are committed; they are never edited by hand.
expected:
	@sh tests/gen_expected.sh

sanitize:
	$(MAKE) BUILD=build-san OPT=-O1 \
	  SANFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  test

valgrind: $(RILL)
	@RILL_VALGRIND=1 sh tests/run_corpus.sh $(RILL)

bench: $(RILL)
	@sh bench/run.sh $(RILL)
	@sh bench/gen_memory.sh $(RILL)

# Installs the Debian packages the project needs; nothing when all are present.
DEB_PKGS = build-essential libreadline-dev check pkg-config valgrind
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	else echo "all dependencies present"; fi

clean:
	rm -rf build build-san build-tsan rill

# ---- embedding: the shared library, the host examples, installation --------------------
# (docs/embedding.md). librill.so is linked from -fPIC objects of its own; with
# -fvisibility=hidden only the RILL_API functions of include/rill.h are exported, which
# tests/symbols_test.sh checks.
VERSION := $(shell awk '/^\#define RILL_VERSION /{gsub(/"/, "", $$3); print $$3}' include/rill.h)
SOMAJOR := $(firstword $(subst ., ,$(VERSION)))
PIC_OBJS := $(LIB_SRCS:%.c=$(BUILD)/pic/%.o)
EMBED_SRCS := $(sort $(wildcard examples/embed/*.c))
EMBED_BINS := $(EMBED_SRCS:examples/embed/%.c=$(BUILD)/examples/embed/%)

all: $(BUILD)/librill.so $(EMBED_BINS)

$(BUILD)/pic/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fPIC -c -o $@ $<

# --no-undefined proves the library complete; sanitizer runtimes are the executable's to
# link, so sanitizer builds go without it.
$(BUILD)/librill.so: $(PIC_OBJS)
	$(CC) $(ALL_CFLAGS) -shared -Wl,-soname,librill.so.$(SOMAJOR) \
	  $(if $(SANFLAGS),,-Wl,--no-undefined) -o $@ $(PIC_OBJS) $(LDLIBS)

# The examples include <rill.h>, as any host does.
$(BUILD)/examples/embed/%: examples/embed/%.c $(BUILD)/librill.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Iinclude -o $@ $< $(BUILD)/librill.a $(LDLIBS)

# The examples against their transcripts, the exported symbols, and an install into a
# staging directory that a host then builds against through pkg-config alone.
embed: $(EMBED_BINS) $(BUILD)/librill.so $(RILL)
	@sh tests/run_embed.sh $(BUILD)/examples/embed
	@sh tests/symbols_test.sh $(BUILD)/librill.so include/rill.h
	@MAKE="$(MAKE)" BUILD=$(BUILD) SANFLAGS="$(SANFLAGS)" HOST_CFLAGS="$(SANFLAGS)" \
	  sh tests/install_test.sh

# ThreadSanitizer over tests/unit/check_threads.c (separate build dir; not part of test).
tsan:
	$(MAKE) BUILD=build-tsan OPT=-O1 SANFLAGS="-fsanitize=thread -fno-omit-frame-pointer" \
	  build-tsan/tests/check_threads
	CK_FORK=no TSAN_OPTIONS="halt_on_error=1 suppressions=tests/tsan.supp" build-tsan/tests/check_threads

# What the embedding API costs: a send round trip, an idle VM, a suspended generator.
api-bench: $(BUILD)/bench/api_bench
	@$(BUILD)/bench/api_bench

$(BUILD)/bench/api_bench: bench/api_bench.c $(BUILD)/librill.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Iinclude -o $@ $< $(BUILD)/librill.a $(LDLIBS)

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR ?= $(PREFIX)/bin
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
MANDIR ?= $(PREFIX)/share/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig

install: $(RILL) $(BUILD)/librill.a $(BUILD)/librill.so rill.pc.in
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) \
	  $(DESTDIR)$(PKGCONFIGDIR)
	install -m 755 $(RILL) $(DESTDIR)$(BINDIR)/rill
	install -m 644 include/rill.h $(DESTDIR)$(INCLUDEDIR)/rill.h
	install -m 644 $(BUILD)/librill.a $(DESTDIR)$(LIBDIR)/librill.a
	install -m 755 $(BUILD)/librill.so $(DESTDIR)$(LIBDIR)/librill.so.$(VERSION)
	ln -sf librill.so.$(VERSION) $(DESTDIR)$(LIBDIR)/librill.so.$(SOMAJOR)
	ln -sf librill.so.$(SOMAJOR) $(DESTDIR)$(LIBDIR)/librill.so
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@LIBDIR@|$(LIBDIR)|g' \
	  -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|g' -e 's|@VERSION@|$(VERSION)|g' \
	  rill.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/rill.pc
	if [ -f man/rill.1 ]; then install -d $(DESTDIR)$(MANDIR)/man1 && \
	  install -m 644 man/rill.1 $(DESTDIR)$(MANDIR)/man1/rill.1; fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/rill $(DESTDIR)$(INCLUDEDIR)/rill.h \
	  $(DESTDIR)$(LIBDIR)/librill.a $(DESTDIR)$(LIBDIR)/librill.so \
	  $(DESTDIR)$(LIBDIR)/librill.so.$(SOMAJOR) $(DESTDIR)$(LIBDIR)/librill.so.$(VERSION) \
	  $(DESTDIR)$(PKGCONFIGDIR)/rill.pc $(DESTDIR)$(MANDIR)/man1/rill.1

-include $(LIB_OBJS:.o=.d) $(REPL_OBJS:.o=.d) $(PIC_OBJS:.o=.d)
