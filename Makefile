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

.PHONY: all test unit corpus examples sanitize valgrind bench deps clean expected

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

# ---- tests ---------------------------------------------------------------------
test: unit corpus

unit: $(UNIT_BINS)
	@sh tests/run_unit.sh $(UNIT_BINS)

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
	rm -rf build build-san rill

-include $(LIB_OBJS:.o=.d) $(REPL_OBJS:.o=.d)
