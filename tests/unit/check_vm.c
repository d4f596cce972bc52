/*
** check_vm.c — VM lifetime and memory management: a counting allocator proves that
** every byte a VM allocates is returned when it is freed, whatever the scripts did
** (cycles, suspended generators, exceptions in flight), that the cycle collector
** reclaims cycles while the VM runs, and that a memory limit raises MemoryError and
** leaves the VM usable.
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
    size_t calls;
    long fail_at;       /* fail the Nth allocation (1-based), 0 = never */
} Counter;

static void *counting_realloc(void *ud, void *p, size_t oldsize, size_t newsize)
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
    if (c->live > c->peak) c->peak = c->live;
    return np;
}

/* Output sink: collects what the VM prints, so tests can assert on it. */
typedef struct Out {
    char buf[8192];
    size_t len;
} Out;

static void capture(void *ud, int fd, const char *s, size_t n)
{
    Out *o = ud;
    (void)fd;
    if (o->len + n >= sizeof o->buf) n = sizeof o->buf - 1 - o->len;
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = 0;
}

static rill_vm *new_vm(Counter *c, Out *out)
{
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.realloc_fn = counting_realloc;
    cfg.alloc_ud = c;
    if (out) {
        cfg.write_fn = capture;
        cfg.host_ud = out;
    }
    return rill_vm_new(&cfg);
}

static int run(rill_vm *vm, const char *src)
{
    return rill_exec(vm, src, strlen(src), "<test>", RILL_MODE_FILE);
}

START_TEST(test_empty_vm_frees_everything)
{
    Counter c = { 0 };
    rill_vm *vm = new_vm(&c, NULL);
    ck_assert_ptr_nonnull(vm);
    ck_assert_uint_gt(c.live, 0);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

static const char *const scripts[] = {
    "x = [1, 2, 3]\nd = {'a': x, 'b': (x, x)}\nx.append(d)\n",           /* cycle via a dict */
    "def g():\n    yield 1\n    yield 2\nit = g()\nnext(it)\n",          /* suspended at exit */
    "def g():\n    me = yield\n    yield me\nit = g()\nnext(it)\nit.send(it)\n", /* gen cycle */
    "def f():\n    f.self = f\n    return [f]\nl = f()\nl.append(l)\n",
    "s = 'x' * 1000\nb = 2 ** 5000\nt = tuple(range(1000))\n",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    saved = e\n",
    "raise ValueError('left pending at teardown')\n",
    "class C:\n    pass\nc = C()\nc.me = c\nC.inst = c\n",
    "g = (x * x for x in range(10))\nnext(g)\n",
};

START_TEST(test_scripts_free_everything)
{
    Counter c = { 0 };
    Out out = { .len = 0 };
    rill_vm *vm = new_vm(&c, &out);
    ck_assert_ptr_nonnull(vm);
    int rc = run(vm, scripts[_i]);
    ck_assert(rc == RILL_OK || rc == RILL_ERROR);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(test_collector_reclaims_cycles)
{
    Counter c = { 0 };
    rill_vm *vm = new_vm(&c, NULL);
    ck_assert_int_eq(run(vm, "def mk():\n    a = []\n    b = [a]\n    a.append(b)\n"), RILL_OK);
    /* a first round makes the VM's lazily built caches, so they don't count below */
    ck_assert_int_eq(run(vm, "for i in range(100):\n    mk()\n"), RILL_OK);
    gc_collect(vm);
    size_t before = rill_vm_bytes(vm);
    ck_assert_int_eq(run(vm, "for i in range(20000):\n    mk()\n"), RILL_OK);
    gc_collect(vm);
    /* 20,000 two-list cycles are gone; only small noise (a loop counter...) remains in
       use (the allocator may keep freed small blocks for reuse: not counted here) */
    ck_assert_uint_lt(rill_vm_bytes(vm), before + 4096);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(test_finally_runs_at_teardown)
{
    Counter c = { 0 };
    Out out = { .len = 0 };
    rill_vm *vm = new_vm(&c, &out);
    ck_assert_int_eq(run(vm, "def g():\n    try:\n        yield 1\n    finally:\n        print('closed')\n"
                             "a = g()\nnext(a)\nprint('end')\n"), RILL_OK);
    ck_assert_str_eq(out.buf, "end\n");
    rill_vm_free(vm);
    ck_assert_str_eq(out.buf, "end\nclosed\n");
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(test_dropped_generator_closes_at_decref)
{
    Counter c = { 0 };
    Out out = { .len = 0 };
    rill_vm *vm = new_vm(&c, &out);
    ck_assert_int_eq(run(vm, "def g():\n    try:\n        yield 1\n    finally:\n        print('closed')\n"
                             "a = g()\nnext(a)\na = None\nprint('after')\n"), RILL_OK);
    ck_assert_str_eq(out.buf, "closed\nafter\n");
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(test_generator_cycle_closed_by_collector)
{
    Counter c = { 0 };
    Out out = { .len = 0 };
    rill_vm *vm = new_vm(&c, &out);
    ck_assert_int_eq(run(vm, "def g():\n    me = yield\n    try:\n        yield 1\n    finally:\n"
                             "        print('closed')\nit = g()\nnext(it)\nit.send(it)\nit = None\n"
                             "print('dropped')\n"), RILL_OK);
    ck_assert_str_eq(out.buf, "dropped\n");
    gc_collect(vm);
    ck_assert_str_eq(out.buf, "dropped\nclosed\n");
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(test_deep_chain_frees_without_recursion)
{
    Counter c = { 0 };
    rill_vm *vm = new_vm(&c, NULL);
    ck_assert_int_eq(run(vm, "x = None\nfor i in range(1000000):\n    x = [x]\nx = None\n"), RILL_OK);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(test_memory_limit)
{
    Counter c = { 0 };
    Out out = { .len = 0 };
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.realloc_fn = counting_realloc;
    cfg.alloc_ud = &c;
    cfg.write_fn = capture;
    cfg.host_ud = &out;
    cfg.mem_limit = 4 * 1024 * 1024;
    rill_vm *vm = rill_vm_new(&cfg);
    ck_assert_ptr_nonnull(vm);
    /* uncaught: the error reaches the host */
    ck_assert_int_eq(run(vm, "def bomb():\n    l = []\n    while True:\n        l.append([0] * 1000)\nbomb()\n"),
                     RILL_ERROR);
    ck_assert_int_eq(rill_error_pending(vm), 1);
    rill_error_print(vm);
    ck_assert_ptr_nonnull(strstr(out.buf, "MemoryError"));
    ck_assert_uint_le(c.peak, cfg.mem_limit + sizeof(rill_vm));
    /* the memory came back with the frame, and the VM goes on working */
    out.len = 0;
    ck_assert_int_eq(run(vm, "print(sum(range(10)))\n"), RILL_OK);
    ck_assert_str_eq(out.buf, "45\n");
    /* caught by the script itself */
    out.len = 0;
    ck_assert_int_eq(run(vm, "l = []\ntry:\n    while True:\n        l.append([0] * 1000)\n"
                             "except MemoryError:\n    l = None\n    print('caught')\n"), RILL_OK);
    ck_assert_str_eq(out.buf, "caught\n");
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(test_many_vms)
{
    Counter c = { 0 };
    rill_vm *vms[50];
    for (int i = 0; i < 50; i++) {
        vms[i] = new_vm(&c, NULL);
        ck_assert_ptr_nonnull(vms[i]);
    }
    for (int i = 0; i < 50; i++) ck_assert_int_eq(run(vms[i], "x = [i for i in range(100)]\n"), RILL_OK);
    for (int i = 0; i < 50; i++) rill_vm_free(vms[i]);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* Fail the Nth allocation for every N while creating a VM and running a small script:
   never a crash or a leak, only a failed start or an error. */
START_TEST(test_allocation_failures)
{
    for (long n = 1; n < 4000; n += 7) {
        Counter c = { .fail_at = n };
        Out out = { .len = 0 };
        rill_vm *vm = new_vm(&c, &out);
        if (vm) {
            run(vm, "def g(n):\n    for i in range(n):\n        yield str(i) * 2\n"
                    "d = {k: [k] for k in g(50)}\n");
            rill_error_clear(vm);
            rill_vm_free(vm);
        }
        ck_assert_uint_eq(c.live, 0);
    }
}
END_TEST

/* Printing a traceback re-parses the marked source segment (vm/traceback.c): with any
   one allocation of the printer failing, the report is cut short at worst, and nothing
   leaks. */
START_TEST(test_traceback_print_allocation_failures)
{
    static const char src[] = "def f(d, x):\n    return x[0] + d['k' * 2]\nf({}, [1])\n";
    static const char full[] =
        "Traceback (most recent call last):\n"
        "  File \"<test>\", line 3, in <module>\n"
        "    f({}, [1])\n"
        "  File \"<test>\", line 2, in f\n"
        "    return x[0] + d['k' * 2]\n"
        "                  ~^^^^^^^^^\n"
        "KeyError: 'kk'\n";
    for (long n = 0; n < 40; n++) {
        Counter c = { 0 };
        Out out = { .len = 0 };
        rill_vm *vm = new_vm(&c, &out);
        ck_assert_ptr_nonnull(vm);
        ck_assert_int_eq(run(vm, src), RILL_ERROR);
        c.fail_at = n ? (long)c.calls + n : 0;
        rill_error_print(vm);
        c.fail_at = 0;
        if (n == 0) ck_assert_str_eq(out.buf, full);
        ck_assert(!rill_error_pending(vm));
        rill_vm_free(vm);
        ck_assert_uint_eq(c.live, 0);
    }
}
END_TEST

static Suite *vm_suite(void)
{
    Suite *s = suite_create("vm");
    TCase *tc = tcase_create("lifetime");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_empty_vm_frees_everything);
    tcase_add_loop_test(tc, test_scripts_free_everything, 0, (int)(sizeof scripts / sizeof scripts[0]));
    tcase_add_test(tc, test_collector_reclaims_cycles);
    tcase_add_test(tc, test_finally_runs_at_teardown);
    tcase_add_test(tc, test_dropped_generator_closes_at_decref);
    tcase_add_test(tc, test_generator_cycle_closed_by_collector);
    tcase_add_test(tc, test_deep_chain_frees_without_recursion);
    tcase_add_test(tc, test_memory_limit);
    tcase_add_test(tc, test_many_vms);
    tcase_add_test(tc, test_allocation_failures);
    tcase_add_test(tc, test_traceback_print_allocation_failures);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(vm_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
