/*
** check_itertools.c — the itertools module driven through the VM: results and
** laziness seen from a host, the tee buffer freed as the slowest reader passes, cycles
** through itertools objects reclaimed by the collector, every byte returned when a VM
** that made and dropped many itertools objects is freed, long C loops interruptible,
** and allocation failures at any point handled without a crash or a leak.
*/
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "../../include/rill.h"

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

typedef struct Host {
    char buf[16384];
    size_t len;
    long polls;         /* poll_fn calls */
    long interrupt_at;  /* poll_fn asks for an interrupt from this call on; 0: never */
} Host;

static void capture(void *ud, int fd, const char *s, size_t n)
{
    Host *h = ud;
    (void)fd;
    if (h->len + n >= sizeof h->buf) n = sizeof h->buf - 1 - h->len;
    memcpy(h->buf + h->len, s, n);
    h->len += n;
    h->buf[h->len] = 0;
}

static int poll(void *ud)
{
    Host *h = ud;
    h->polls++;
    return h->interrupt_at && h->polls >= h->interrupt_at;
}

static rill_vm *new_vm(Counter *c, Host *h, size_t mem_limit)
{
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.realloc_fn = counting_realloc;
    cfg.alloc_ud = c;
    cfg.mem_limit = mem_limit;
    if (h) {
        cfg.write_fn = capture;
        cfg.poll_fn = poll;
        cfg.host_ud = h;
    }
    return rill_vm_new(&cfg);
}

static int run(rill_vm *vm, const char *src)
{
    return rill_exec(vm, src, strlen(src), "<test>", RILL_MODE_FILE);
}

/* ---- results and laziness, as a host sees them --------------------------------------- */

static const struct {
    const char *src, *out;
} programs[] = {
    { "import itertools as it\nprint(list(it.islice(it.count(5, 5), 4)))\n",
      "[5, 10, 15, 20]\n" },
    { "from itertools import chain, repeat\nprint(''.join(chain('ab', repeat('c', 3))))\n",
      "abccc\n" },
    { "from itertools import groupby\n"
      "print([(k, len(list(g))) for k, g in groupby('aaabccdd')])\n",
      "[('a', 3), ('b', 1), ('c', 2), ('d', 2)]\n" },
    { "from itertools import product, permutations, combinations\n"
      "print(len(list(product(range(4), repeat=3))), len(list(permutations(range(5)))),\n"
      "      list(combinations('abc', 2)))\n",
      "64 120 [('a', 'b'), ('a', 'c'), ('b', 'c')]\n" },
    { "from itertools import islice\nlog = []\n"
      "def g():\n    for i in range(10):\n        log.append(i)\n        yield i\n"
      "s = islice(g(), 2, 6, 2)\nprint(log)\nprint(next(s), log)\nprint(next(s), log)\n"
      "print(list(s), log)\n",
      "[]\n2 [0, 1, 2]\n4 [0, 1, 2, 3, 4]\n[] [0, 1, 2, 3, 4, 5]\n" },
    { "from itertools import tee\na, b = tee(iter(range(100)))\n"
      "print(sum(a), sum(b), type(a).__name__)\n",
      "4950 4950 _tee\n" },
    { "from itertools import accumulate, pairwise, zip_longest\n"
      "print(list(accumulate([1, 2, 3], initial=10)), list(pairwise('abc')),\n"
      "      list(zip_longest('ab', 'x', fillvalue=0)))\n",
      "[10, 11, 13, 16] [('a', 'b'), ('b', 'c')] [('a', 'x'), ('b', 0)]\n" },
    { "from itertools import count, repeat\nc = count(1.5, 2)\nnext(c)\n"
      "print(repr(c), repr(repeat('x', 2)), repr(count()))\n",
      "count(3.5, 2) repeat('x', 2) count(0)\n" },
    { "import itertools\ntry:\n    itertools.islice([], -1)\nexcept ValueError as e:\n"
      "    print(e)\n",
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.\n" },
    { "from itertools import batched\nprint(list(batched('abcde', 2)))\n",
      "[('a', 'b'), ('c', 'd'), ('e',)]\n" },
};

START_TEST(test_program_output)
{
    Counter c = { 0 };
    Host h = { .len = 0 };
    rill_vm *vm = new_vm(&c, &h, 0);
    ck_assert_ptr_nonnull(vm);
    int rc = run(vm, programs[_i].src);
    if (rc != RILL_OK) rill_error_print(vm);
    ck_assert_int_eq(rc, RILL_OK);
    ck_assert_str_eq(h.buf, programs[_i].out);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* An itertools object consumed from C with rill_next: the three-way results. */
START_TEST(test_host_iteration)
{
    Counter c = { 0 };
    rill_vm *vm = new_vm(&c, NULL, 0);
    ck_assert_ptr_nonnull(vm);
    ck_assert_int_eq(run(vm, "from itertools import islice, count\n"
                             "it = islice(count(10), 0, 9, 4)\n"), RILL_OK);
    ck_assert_int_eq(rill_set_slot_count(vm, 2), RILL_OK);
    ck_assert_int_eq(rill_get_global(vm, NULL, "it", 0), RILL_OK);
    int64_t want[] = { 10, 14, 18 };
    for (int i = 0; i < 3; i++) {
        int64_t v;
        ck_assert_int_eq(rill_next(vm, 0, 1), RILL_YIELDED);
        ck_assert_int_eq(rill_get_int(vm, 1, &v), RILL_OK);
        ck_assert_int_eq(v, want[i]);
    }
    ck_assert_int_eq(rill_next(vm, 0, 1), RILL_RETURNED);
    ck_assert_int_eq(rill_next(vm, 0, 1), RILL_RETURNED);
    ck_assert_int_eq(rill_error_pending(vm), 0);
    ck_assert_int_eq(rill_set_slot_count(vm, 0), RILL_OK);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* ---- memory ---------------------------------------------------------------------------- */

static const char *const droppers[] = {
    /* tee buffers: many blocks, readers far apart, some left behind at exit */
    "from itertools import tee, islice, count\n"
    "a, b, c = tee(count(), 3)\nfor _ in range(20000):\n    next(a)\n"
    "for _ in range(7000):\n    next(b)\n"
    "x, y = tee(range(100000))\nsum(x)\ndel y\n",
    /* cycles through generators, closures and the objects' own items */
    "from itertools import chain, cycle, groupby, tee, product, zip_longest, repeat, count\n"
    "def g(feed):\n    while True:\n        yield feed\n"
    "for i in range(300):\n"
    "    h = []\n    c = chain(g(h))\n    h.append(c)\n    next(c)\n"
    "    h = []\n    cy = cycle(g(h))\n    h.append(cy)\n    next(cy)\n"
    "    h = []\n    a, b = tee(g(h))\n    h.append(a)\n    next(a)\n"
    "    box = []\n    gb = groupby(g(box), key=lambda x: box)\n    box.append(gb)\n"
    "    k, grp = next(gb)\n"
    "    h = []\n    p = product([h])\n    h.append(p)\n    next(p)\n"
    "    h = []\n    z = zip_longest([1], fillvalue=h)\n    h.append(z)\n"
    "    r = [None]\n    r[0] = repeat(r)\n",
    /* every type, made, half used and dropped; some left suspended at exit */
    "import itertools as it\n"
    "def gen():\n    try:\n        yield from range(100)\n    finally:\n        pass\n"
    "objs = []\nfor i in range(50):\n"
    "    for o in (it.count(i), it.cycle(gen()), it.repeat(i, 3), it.accumulate(gen()),\n"
    "              it.batched(gen(), 3), it.chain(gen(), gen()), it.compress(gen(), it.count()),\n"
    "              it.dropwhile(bool, gen()), it.takewhile(bool, gen()),\n"
    "              it.filterfalse(None, gen()), it.starmap(pow, [(2, i)]),\n"
    "              it.groupby(gen(), lambda x: x // 7), it.islice(gen(), 5, None, 3),\n"
    "              it.pairwise(gen()), it.zip_longest(gen(), 'ab'), it.tee(gen(), 4)[2],\n"
    "              it.product(range(3), repeat=2), it.permutations(range(4), 2),\n"
    "              it.combinations(range(5), 3), it.combinations_with_replacement('ab', 2)):\n"
    "        next(o, None)\n        next(o, None)\n        objs.append(o)\n"
    "    if i % 10 == 0:\n        objs.clear()\n",
    /* errors left pending, groups outliving their groupby */
    "from itertools import groupby, islice\n"
    "groups = [g for k, g in groupby('aabbccdd')]\n"
    "s = islice(iter([1]), 3)\nraise ValueError(groups)\n",
};

START_TEST(test_dropped_objects_free_everything)
{
    Counter c = { 0 };
    Host h = { .len = 0 };
    rill_vm *vm = new_vm(&c, &h, 0);
    ck_assert_ptr_nonnull(vm);
    int rc = run(vm, droppers[_i]);
    ck_assert(rc == RILL_OK || rc == RILL_ERROR);
    if (_i < 3) ck_assert_int_eq(rc, RILL_OK);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* The blocks of a tee's buffer go as soon as the slowest reader has passed them.
   (Measured with rill_vm_bytes: the allocator also sees caches the VM keeps.) */
START_TEST(test_tee_buffer_follows_slowest_reader)
{
    Counter c = { 0 };
    rill_vm *vm = new_vm(&c, NULL, 0);
    ck_assert_ptr_nonnull(vm);
    ck_assert_int_eq(run(vm, "import gc\nfrom itertools import tee, count\n"
                             "a, b = tee(count(10 ** 20))\nnext(a)\nnext(b)\n"
                             "def advance(t, n):\n    for _ in range(n):\n        next(t)\n"
                             "gc.collect()\n"), RILL_OK);
    size_t base = rill_vm_bytes(vm);
    /* in lockstep: the buffer never holds more than a block or two */
    ck_assert_int_eq(run(vm, "for _ in range(50000):\n    next(a)\n    next(b)\n"), RILL_OK);
    ck_assert_uint_lt(rill_vm_bytes(vm), base + 2048);
    /* one reader 50,000 items ahead: the buffer holds them (big ints, ~40 bytes each) */
    ck_assert_int_eq(run(vm, "advance(a, 50000)\n"), RILL_OK);
    size_t ahead = rill_vm_bytes(vm);
    ck_assert_uint_gt(ahead, base + 50000 * 24);
    /* the slow reader half-way: half the buffer is gone */
    ck_assert_int_eq(run(vm, "advance(b, 25000)\n"), RILL_OK);
    ck_assert_uint_lt(rill_vm_bytes(vm), base + (ahead - base) / 2 + 4096);
    /* caught up: back to the start */
    ck_assert_int_eq(run(vm, "advance(b, 25000)\n"), RILL_OK);
    ck_assert_uint_lt(rill_vm_bytes(vm), base + 2048);
    /* dropping the leader leaves the buffer to the other; dropping both frees it all */
    ck_assert_int_eq(run(vm, "advance(a, 1000)\ndel a\nadvance(b, 1000)\ndel b\n"), RILL_OK);
    ck_assert_uint_lt(rill_vm_bytes(vm), base);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(test_collector_reclaims_itertools_cycles)
{
    Counter c = { 0 };
    rill_vm *vm = new_vm(&c, NULL, 0);
    ck_assert_ptr_nonnull(vm);
    ck_assert_int_eq(run(vm, "import gc\nfrom itertools import chain, tee, groupby\n"
                             "def g(feed):\n    while True:\n        yield feed\n"
                             "def mk():\n"
                             "    h = []\n    c = chain(g(h))\n    h.append(c)\n    next(c)\n"
                             "    a, b = tee(g(h))\n    h.append(b)\n    next(a)\n"
                             "    gb = groupby(g(h), key=lambda x: gb)\n    next(gb)\n"
                             "mk()\ngc.collect()\n"), RILL_OK);
    size_t before = rill_vm_bytes(vm);
    ck_assert_int_eq(run(vm, "for i in range(3000):\n    mk()\ngc.collect()\n"), RILL_OK);
    ck_assert_uint_lt(rill_vm_bytes(vm), before + 1024);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(test_memory_limit)
{
    Counter c = { 0 };
    Host h = { .len = 0 };
    rill_vm *vm = new_vm(&c, &h, 8 * 1024 * 1024);
    ck_assert_ptr_nonnull(vm);
    /* an endless tee buffer and an endless list from C: MemoryError, not a crash */
    /* (the tee lives in a frame: an except block needs memory to run) */
    ck_assert_int_eq(run(vm, "from itertools import tee, count, repeat, islice\n"
                             "def fill():\n    a, b = tee(count(10 ** 30))\n"
                             "    for x in a:\n        pass\n"
                             "try:\n    fill()\nexcept MemoryError:\n    print('tee full')\n"
                             "try:\n    list(repeat('x'))\nexcept MemoryError:\n"
                             "    print('list full')\n"
                             "print(list(islice(count(), 3)))\n"), RILL_OK);
    ck_assert_str_eq(h.buf, "tee full\nlist full\n[0, 1, 2]\n");
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* ---- interrupts ------------------------------------------------------------------------ */

/* Loops that never leave C: each must notice the host's interrupt. */
static const char *const endless[] = {
    "from itertools import islice, repeat\nnext(islice(repeat(1), 10 ** 15, None))\n",
    "from itertools import repeat\nlist(repeat(1))\n",
    "from itertools import count\nlist(count())\n",
    "from itertools import cycle\nlist(cycle('ab'))\n",
    "from itertools import filterfalse, repeat\nnext(filterfalse(None, repeat(1)))\n",
    "from itertools import dropwhile, repeat\nnext(dropwhile(bool, repeat(1)))\n",
    "from itertools import compress, repeat\nnext(compress(repeat(1), repeat(0)))\n",
    "from itertools import chain, repeat\nnext(chain.from_iterable(repeat(())))\n",
    "from itertools import groupby, repeat\ng = groupby(repeat(1))\nnext(g)\nnext(g)\n",
    "from itertools import product\nlist(product(range(1000), repeat=4))\n",
    "from itertools import zip_longest, repeat\nlist(zip_longest(repeat(1), []))\n",
};

START_TEST(test_long_loops_interruptible)
{
    Counter c = { 0 };
    Host h = { .len = 0, .interrupt_at = 5 };
    rill_vm *vm = new_vm(&c, &h, 512 * 1024 * 1024);
    ck_assert_ptr_nonnull(vm);
    ck_assert_int_eq(run(vm, endless[_i]), RILL_ERROR);
    ck_assert_int_eq(rill_error_matches(vm, "KeyboardInterrupt"), 1);
    rill_error_clear(vm);
    /* the VM goes on working */
    h.interrupt_at = 0;
    ck_assert_int_eq(run(vm, "print('alive')\n"), RILL_OK);
    ck_assert_ptr_nonnull(strstr(h.buf, "alive\n"));
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* ---- allocation failures ----------------------------------------------------------------- */

static const char alloc_src[] =
    "import itertools as it\n"
    "a, b = it.tee(it.chain(range(70), 'xyz'), 2)\n"
    "r = list(it.islice(it.accumulate(map(str, a)), 5, None, 7))\n"
    "g = [(k, list(v)) for k, v in it.groupby(b, key=lambda x: type(x))]\n"
    "p = list(it.product('ab', range(3), repeat=2))\n"
    "q = list(it.permutations('abcd', 3)) + list(it.combinations(range(6), 4))\n"
    "w = list(it.combinations_with_replacement('xyz', 3))\n"
    "z = list(it.zip_longest(it.repeat(1, 5), it.pairwise(range(9)), fillvalue=[]))\n"
    "c = list(it.islice(it.cycle(it.compress('abcdef', it.count())), 20))\n"
    "s = list(it.starmap(max, it.batched(range(20), 3)))\n"
    "d = list(it.dropwhile(lambda x: x < 5, it.takewhile(lambda x: x < 15, it.count())))\n"
    "f = list(it.filterfalse(None, [0, 1, [], 'a']))\n"
    "x, y, z2 = it.tee(it.repeat('t', 200), 3)\nlist(x), list(y)\n";

/* Fail the Nth host allocation for every N while the script runs: never a crash or a
   leak, only an error. */
START_TEST(test_allocation_failures)
{
    Counter probe = { 0 };
    rill_vm *vm = new_vm(&probe, NULL, 0);
    ck_assert_ptr_nonnull(vm);
    size_t start = probe.calls;
    ck_assert_int_eq(run(vm, alloc_src), RILL_OK);
    size_t total = probe.calls;
    rill_vm_free(vm);
    ck_assert_uint_eq(probe.live, 0);
    ck_assert_uint_gt(total, start + 100);
    for (long n = (long)start; n <= (long)total + 5; n++) {
        Counter c = { .fail_at = n };
        Host h = { .len = 0 };
        vm = new_vm(&c, &h, 0);
        if (vm) {
            int rc = run(vm, alloc_src);
            ck_assert(rc == RILL_OK || rc == RILL_ERROR);
            rill_error_clear(vm);
            rill_vm_free(vm);
        }
        ck_assert_uint_eq(c.live, 0);
    }
}
END_TEST

/* The same script under every memory limit from "almost nothing left" to enough: the
   limit also catches allocations served from the VM's free lists, so MemoryError
   arrives at every kind of place in the itertools code. */
START_TEST(test_memory_limit_sweep)
{
    Counter probe = { 0 };
    rill_vm *vm = new_vm(&probe, NULL, 0);
    ck_assert_ptr_nonnull(vm);
    size_t base = rill_vm_bytes(vm);
    ck_assert_int_eq(run(vm, alloc_src), RILL_OK);
    size_t top = probe.peak;
    rill_vm_free(vm);
    int ok = 0, failed = 0;
    for (size_t limit = base + 64; limit < top + 4096; limit += 53) {
        Counter c = { 0 };
        Host h = { .len = 0 };
        vm = new_vm(&c, &h, limit);
        if (!vm) continue;
        int rc = run(vm, alloc_src);
        ck_assert(rc == RILL_OK || rc == RILL_ERROR);
        if (rc == RILL_OK) ok++;
        else {
            failed++;
            ck_assert_int_eq(rill_error_matches(vm, "MemoryError"), 1);
        }
        rill_error_clear(vm);
        rill_vm_free(vm);
        ck_assert_uint_eq(c.live, 0);
    }
    ck_assert_int_gt(ok, 0);
    ck_assert_int_gt(failed, 100);
}
END_TEST

static Suite *itertools_suite(void)
{
    Suite *s = suite_create("itertools");
    TCase *tc = tcase_create("itertools");
    tcase_set_timeout(tc, 300);
    tcase_add_loop_test(tc, test_program_output, 0,
                        (int)(sizeof programs / sizeof programs[0]));
    tcase_add_test(tc, test_host_iteration);
    tcase_add_loop_test(tc, test_dropped_objects_free_everything, 0,
                        (int)(sizeof droppers / sizeof droppers[0]));
    tcase_add_test(tc, test_tee_buffer_follows_slowest_reader);
    tcase_add_test(tc, test_collector_reclaims_itertools_cycles);
    tcase_add_test(tc, test_memory_limit);
    tcase_add_loop_test(tc, test_long_loops_interruptible, 0,
                        (int)(sizeof endless / sizeof endless[0]));
    tcase_add_test(tc, test_allocation_failures);
    tcase_add_test(tc, test_memory_limit_sweep);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(itertools_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
