/*
** check_generators.c — generator finalization at scale: a million generators are
** created and dropped (never started, suspended, suspended inside a yield from, and
** suspended in a reference cycle through their own frame), and every finally block
** must have run exactly once, whether the generator was closed at its last decref, by
** the cycle collector, or at VM teardown; afterwards the counting allocator must show
** that every byte came back.
*/
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "../../include/rill.h"
#include "../../vm/vm.h"
#include "../../vm/gc.h"

typedef struct Counter {
    size_t live;        /* bytes currently allocated */
    size_t peak;
} Counter;

static void *counting_realloc(void *ud, void *p, size_t oldsize, size_t newsize)
{
    Counter *c = ud;
    if (newsize == 0) {
        free(p);
        c->live -= oldsize;
        return NULL;
    }
    void *np = realloc(p, newsize);
    if (!np) return NULL;
    c->live = c->live - oldsize + newsize;
    if (c->live > c->peak) c->peak = c->live;
    return np;
}

/* Output sink: what the VM prints on stdout and stderr, kept apart. */
typedef struct Out {
    char buf[2][8192];
    size_t len[2];
} Out;

static void capture(void *ud, int fd, const char *s, size_t n)
{
    Out *o = ud;
    int k = fd == 2;
    if (o->len[k] + n >= sizeof o->buf[k]) n = sizeof o->buf[k] - 1 - o->len[k];
    memcpy(o->buf[k] + o->len[k], s, n);
    o->len[k] += n;
    o->buf[k][o->len[k]] = 0;
}

static void out_reset(Out *o)
{
    o->len[0] = o->len[1] = 0;
    o->buf[0][0] = o->buf[1][0] = 0;
}

static rill_vm *new_vm(Counter *c, Out *out)
{
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.realloc_fn = counting_realloc;
    cfg.alloc_ud = c;
    cfg.write_fn = capture;
    cfg.host_ud = out;
    return rill_vm_new(&cfg);
}

/* Runs src; on an error, fails the test with the error text the VM printed. */
static void run_ok(rill_vm *vm, Out *out, const char *src)
{
    int rc = rill_exec(vm, src, strlen(src), "<check_generators>", RILL_MODE_FILE);
    if (rc != RILL_OK) {
        rill_error_print(vm);
        ck_abort_msg("script failed (%d): %s", rc, out->buf[1]);
    }
}

/* Collects through the script's gc module when rill has one, and from C as well. */
static void collect(rill_vm *vm, Out *out)
{
    run_ok(vm, out, "try:\n    import gc\n    gc.collect()\nexcept ImportError:\n    pass\n");
    gc_collect(vm);
}

#define N_GENS 1000000

/* Kinds by i % 4: 0 never started (its body, hence its finally, never runs); 1 suspended
   in a try/finally; 2 the same, holding itself in a local (a cycle only the collector
   can reclaim); 3 a delegating generator suspended in a yield from whose subgenerator
   holds the finally. closed[i] counts the finally runs of generator i. */
static const char setup_src[] =
    "N = 1000000\n"
    "closed = [0] * N\n"
    "started = 0\n"
    "def gen(i):\n"
    "    global started\n"
    "    started += 1\n"
    "    try:\n"
    "        yield i\n"
    "        yield i\n"
    "    finally:\n"
    "        closed[i] += 1\n"
    "def selfref(i):\n"
    "    global started\n"
    "    started += 1\n"
    "    me = yield\n"
    "    try:\n"
    "        yield i\n"
    "    finally:\n"
    "        closed[i] += 1\n"
    "def outer(i):\n"
    "    yield from gen(i)\n";

static const char drop_src[] =
    "for i in range(N):\n"
    "    k = i % 4\n"
    "    if k == 0:\n"
    "        g = gen(i)\n"
    "    elif k == 1:\n"
    "        g = gen(i)\n"
    "        next(g)\n"
    "    elif k == 2:\n"
    "        g = selfref(i)\n"
    "        next(g)\n"
    "        g.send(g)\n"
    "    else:\n"
    "        g = outer(i)\n"
    "        next(g)\n"
    "    g = None\n";

START_TEST(test_million_generators_finalized_once)
{
    Counter c = { 0 };
    static Out out;
    out_reset(&out);
    rill_vm *vm = new_vm(&c, &out);
    ck_assert_ptr_nonnull(vm);
    run_ok(vm, &out, setup_src);
    run_ok(vm, &out, drop_src);

    /* Everything but the cycles was closed at its last decref, right away. */
    out_reset(&out);
    run_ok(vm, &out,
           "print(sum(closed[i] for i in range(1, N, 4)), sum(closed[i] for i in range(3, N, 4)))\n");
    ck_assert_str_eq(out.buf[0], "250000 250000\n");

    /* The collector ran on its own while the cycles piled up: only a few are left. */
    out_reset(&out);
    run_ok(vm, &out, "print(sum(closed[i] for i in range(2, N, 4)) > 225000)\n");
    ck_assert_str_eq(out.buf[0], "True\n");

    collect(vm, &out);
    out_reset(&out);
    run_ok(vm, &out,
           "bad = [i for i in range(N) if closed[i] != (i % 4 != 0)]\n"
           "print(started, sum(closed), len(bad), bad[:5])\n");
    ck_assert_str_eq(out.buf[0], "750000 750000 0 []\n");
    ck_assert_str_eq(out.buf[1], "");

    /* A second collection finds nothing more to finalize. */
    collect(vm, &out);
    out_reset(&out);
    run_ok(vm, &out, "print(sum(closed))\n");
    ck_assert_str_eq(out.buf[0], "750000\n");

    rill_vm_free(vm);
    ck_assert_str_eq(out.buf[1], "");
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* Generators still suspended when the VM is freed: module-level ones, ones in a list,
   and uncollected cycles, are all closed at teardown, each exactly once, with the
   module's globals still usable from their finally blocks. */
START_TEST(test_teardown_closes_everything)
{
    Counter c = { 0 };
    static Out out;
    out_reset(&out);
    rill_vm *vm = new_vm(&c, &out);
    ck_assert_ptr_nonnull(vm);
    run_ok(vm, &out,
           "TOTAL = 30001\n"
           "count = 0\n"
           "def note():\n"
           "    global count\n"
           "    count += 1\n"
           "    if count == TOTAL:\n"
           "        print('all', count, 'closed')\n"
           "    elif count > TOTAL:\n"
           "        print('too many:', count)\n"
           "def gen():\n"
           "    try:\n"
           "        yield\n"
           "    finally:\n"
           "        note()\n"
           "def selfref():\n"
           "    me = yield\n"
           "    try:\n"
           "        yield\n"
           "    finally:\n"
           "        note()\n"
           "def never():\n"
           "    try:\n"
           "        yield\n"
           "    finally:\n"
           "        print('a never-started generator ran its finally')\n"
           "held = [gen() for _ in range(20000)]\n"
           "for g in held:\n"
           "    next(g)\n"
           "unstarted = [never() for _ in range(1000)]\n"
           "for i in range(10000):\n"
           "    g = selfref()\n"
           "    next(g)\n"
           "    g.send(g)\n"
           "g = gen()\n"
           "next(g)\n"
           "print('end of script')\n");
    ck_assert_str_eq(out.buf[0], "end of script\n");
    rill_vm_free(vm);
    ck_assert_str_eq(out.buf[0], "end of script\nall 30001 closed\n");
    ck_assert_str_eq(out.buf[1], "");
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* A long chain of suspended generators, each holding the next one suspended in a
   local, dropped at once: closing one releases the next, 10,000 deep, without
   exhausting the C stack, and every finally runs once, outermost first. */
START_TEST(test_chain_of_holders)
{
    Counter c = { 0 };
    static Out out;
    out_reset(&out);
    rill_vm *vm = new_vm(&c, &out);
    ck_assert_ptr_nonnull(vm);
    run_ok(vm, &out,
           "order = []\n"
           "def holder(n, inner):\n"
           "    try:\n"
           "        yield n\n"
           "    finally:\n"
           "        order.append(n)\n"
           "g = None\n"
           "for n in range(10000):\n"
           "    g = holder(n, g)\n"
           "    next(g)\n"
           "g = None\n"
           "print(len(order), order[:3], order == list(range(9999, -1, -1)))\n");
    ck_assert_str_eq(out.buf[0], "10000 [9999, 9998, 9997] True\n");
    rill_vm_free(vm);
    ck_assert_str_eq(out.buf[1], "");
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* PEP 442 resurrection: a generator in a cycle whose finally stores itself in a global
   list survives the collection, finalized once; when the list lets go of it, it is
   freed like any other object, and nothing is left at teardown. */
START_TEST(test_resurrected_generator_freed)
{
    Counter c = { 0 };
    static Out out;
    out_reset(&out);
    rill_vm *vm = new_vm(&c, &out);
    ck_assert_ptr_nonnull(vm);
    run_ok(vm, &out,
           "saved = []\n"
           "runs = 0\n"
           "def gen():\n"
           "    global runs\n"
           "    me = yield\n"
           "    try:\n"
           "        yield\n"
           "    finally:\n"
           "        runs += 1\n"
           "        saved.append(me)\n"
           "for i in range(1000):\n"
           "    g = gen()\n"
           "    next(g)\n"
           "    g.send(g)\n"
           "g = None\n");
    collect(vm, &out);
    out_reset(&out);
    run_ok(vm, &out,
           "print(runs, len(saved), all(s.gi_frame is None for s in saved))\n"
           "saved.clear()\n");
    ck_assert_str_eq(out.buf[0], "1000 1000 True\n");
    collect(vm, &out);
    out_reset(&out);
    run_ok(vm, &out, "print(runs)\n");
    ck_assert_str_eq(out.buf[0], "1000\n");
    rill_vm_free(vm);
    ck_assert_str_eq(out.buf[1], "");
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

static Suite *generators_suite(void)
{
    Suite *s = suite_create("generators");
    TCase *tc = tcase_create("finalization");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_million_generators_finalized_once);
    tcase_add_test(tc, test_teardown_closes_everything);
    tcase_add_test(tc, test_chain_of_holders);
    tcase_add_test(tc, test_resurrected_generator_freed);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(generators_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
