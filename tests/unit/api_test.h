/*
** api_test.h — helpers shared by the embedding-API tests (check_api*.c, check_threads.c):
** a VM whose output is captured, a counting allocator that can fail the Nth
** allocation, and assertions on the pending exception. Everything is static inline so
** that each test binary takes what it uses.
*/
#ifndef rill_api_test_h
#define rill_api_test_h

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "../../include/rill.h"

/* What a VM printed: stdout and stderr apart. */
typedef struct Out {
    char out[65536], err[65536];
    size_t nout, nerr;
} Out;

static inline void out_write(void *ud, int fd, const char *s, size_t n)
{
    Out *o = ud;
    char *buf = fd == 2 ? o->err : o->out;
    size_t *len = fd == 2 ? &o->nerr : &o->nout;
    if (*len + n >= sizeof o->out) n = sizeof o->out - 1 - *len;
    memcpy(buf + *len, s, n);
    *len += n;
    buf[*len] = 0;
}

static inline void out_reset(Out *o)
{
    o->nout = o->nerr = 0;
    o->out[0] = o->err[0] = 0;
}

/* A counting allocator: live bytes, and the Nth call (1-based) fails when fail_at is N. */
typedef struct Counter {
    size_t live, calls;
    long fail_at;
} Counter;

static inline void *counting_realloc(void *ud, void *p, size_t oldsize, size_t newsize)
{
    Counter *c = ud;
    if (newsize == 0) {
        free(p);
        c->live -= oldsize;
        return NULL;
    }
    c->calls++;
    if (c->fail_at && (long)c->calls == c->fail_at) return NULL;
    void *np = realloc(p, newsize);
    if (!np) return NULL;
    c->live = c->live - oldsize + newsize;
    return np;
}

/* A VM that prints into o (which may be NULL) and allocates through c (may be NULL). */
static inline rill_vm *vm_with(Out *o, Counter *c)
{
    rill_config cfg;
    rill_config_init(&cfg);
    if (o) {
        out_reset(o);
        cfg.write_fn = out_write;
        cfg.host_ud = o;
    }
    if (c) {
        cfg.realloc_fn = counting_realloc;
        cfg.alloc_ud = c;
    }
    return rill_vm_new(&cfg);
}

static inline int run(rill_vm *vm, const char *src)
{
    return rill_exec(vm, src, strlen(src), "<test>", RILL_MODE_FILE);
}

/* Asserts that `type` is pending with str() == msg (msg NULL: any), then clears it. */
#define ck_pending(vm, type, msg) do { \
        char m_[1024]; \
        ck_assert_msg(rill_error_pending(vm), "no exception pending, expected %s", (type)); \
        rill_error_message((vm), m_, sizeof m_); \
        ck_assert_msg(strcmp(rill_error_type(vm), (type)) == 0, "expected %s, got %s: %s", \
                      (type), rill_error_type(vm), m_); \
        if ((msg) != NULL) ck_assert_str_eq(m_, (const char *)(msg)); \
        rill_error_clear(vm); \
    } while (0)

/* Runs src, which must succeed (prints the traceback into the failure otherwise). */
#define ck_run(vm, src) do { \
        if (run((vm), (src)) != RILL_OK) { \
            char t_[2048]; \
            rill_error_format((vm), t_, sizeof t_); \
            ck_abort_msg("script failed:\n%s", t_); \
        } \
    } while (0)

/* The int in a slot (the test fails if it is not one). */
static inline int64_t slot_int(rill_vm *vm, int slot)
{
    int64_t i = 0;
    ck_assert_int_eq(rill_get_int(vm, slot, &i), RILL_OK);
    return i;
}

static inline const char *slot_str(rill_vm *vm, int slot)
{
    const char *s = rill_get_str(vm, slot, NULL);
    ck_assert_ptr_nonnull(s);
    return s;
}

#endif
