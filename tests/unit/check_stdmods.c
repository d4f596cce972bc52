/*
** check_stdmods.c — the functools, math, time and random modules driven through the VM
** (rill_exec with the output captured): exact integer and float results (fsum, isqrt,
** comb, factorial, log of huge ints), CPython's seeded random sequences, lru_cache's
** eviction order and its behaviour when the cache is cleared from inside a call, an
** interruptible sleep; and with a counting allocator, that every byte is returned when
** the VM is freed, also after allocation failures in the middle of these modules.
*/
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "../../include/rill.h"

typedef struct Counter {
    size_t live;
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
    return np;
}

typedef struct Host {
    char buf[16384];
    size_t len;
    int polls;          /* poll_fn calls */
    int interrupt_at;   /* poll_fn asks for an interrupt from this call on (0: never) */
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

static rill_vm *new_vm(Counter *c, Host *h)
{
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.realloc_fn = counting_realloc;
    cfg.alloc_ud = c;
    cfg.write_fn = capture;
    cfg.poll_fn = poll;
    cfg.host_ud = h;
    return rill_vm_new(&cfg);
}

/* Runs src in a fresh VM and checks what it printed and that the VM frees every byte. */
static void expect_output(const char *src, const char *want)
{
    Counter c = { 0 };
    Host h = { .len = 0 };
    rill_vm *vm = new_vm(&c, &h);
    ck_assert_ptr_nonnull(vm);
    int rc = rill_exec(vm, src, strlen(src), "<test>", RILL_MODE_FILE);
    if (rc != RILL_OK) rill_error_print(vm);
    ck_assert_int_eq(rc, RILL_OK);
    ck_assert_str_eq(h.buf, want);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}

START_TEST(test_fsum_exact)
{
    expect_output("import math\n"
                  "print(math.fsum([0.1] * 10), sum([0.1] * 10))\n"
                  "print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))\n"
                  "print(math.fsum([1e-16, 1, 1e16]), math.fsum([2.0**53, -0.5, -2.0**-54]))\n"
                  "print(math.fsum(i * 0.001 for i in range(100000)))\n",
                  "1.0 0.9999999999999999\n1e-100\n1.0000000000000002e+16 9007199254740991.0\n"
                  "4999950.0\n");
}
END_TEST

START_TEST(test_isqrt_exact)
{
    expect_output("import math\n"
                  "ok = True\n"
                  "for n in [3**500, 2**4000 + 1, 10**300 - 7, 2**64, 2**64 - 1,\n"
                  "          12345678901234567890]:\n"
                  "    r = math.isqrt(n * n)\n"
                  "    ok = ok and r == n and math.isqrt(n * n - 1) == n - 1\n"
                  "    s = math.isqrt(n)\n"
                  "    ok = ok and s * s <= n < (s + 1) * (s + 1)\n"
                  "print(ok, math.isqrt(10**40), math.isqrt(2**65))\n",
                  "True 100000000000000000000 6074000999\n");
}
END_TEST

START_TEST(test_comb_factorial_exact)
{
    expect_output("import math\n"
                  "print(math.comb(100, 50))\n"
                  "print(math.comb(300, 150) == math.factorial(300) // math.factorial(150) ** 2)\n"
                  "print(math.perm(50, 20) == math.factorial(50) // math.factorial(30))\n"
                  "f = 1\n"
                  "for i in range(2, 501):\n"
                  "    f *= i\n"
                  "print(math.factorial(500) == f, math.factorial(20))\n"
                  "n = 2**64 + 7\n"
                  "print(math.comb(n, 3) == n * (n - 1) * (n - 2) // 6)\n"
                  "print(math.log(2**2000), math.log10(10**400), math.floor(2**100) == 2**100)\n",
                  "100891344545564193334812497256\nTrue\nTrue\nTrue 2432902008176640000\nTrue\n"
                  "1386.2943611198907 400.0 True\n");
}
END_TEST

START_TEST(test_math_errors)
{
    expect_output("import math\n"
                  "for f, a in [(math.sqrt, -1), (math.factorial, -1), (math.exp, 1000),\n"
                  "             (math.sqrt, 'x'), (math.log, 0)]:\n"
                  "    try:\n"
                  "        f(a)\n"
                  "    except Exception as e:\n"
                  "        print(type(e).__name__, e)\n",
                  "ValueError math domain error\n"
                  "ValueError factorial() not defined for negative values\n"
                  "OverflowError math range error\n"
                  "TypeError must be real number, not str\n"
                  "ValueError math domain error\n");
}
END_TEST

START_TEST(test_random_matches_cpython)
{
    expect_output("import random\n"
                  "random.seed(42)\n"
                  "print(random.random())\n"
                  "random.seed(2**100 + 1)\n"
                  "print(random.getrandbits(32))\n"
                  "random.seed('hello')\n"
                  "print(random.random())\n"
                  "random.seed(1)\n"
                  "l = list(range(10))\n"
                  "random.shuffle(l)\n"
                  "print(l, random.randrange(0, 100, 7), random.sample(range(50), 3))\n",
                  "0.6394267984578837\n"
                  "1148194884\n"
                  "0.3537754404730722\n"
                  "[6, 8, 9, 7, 5, 3, 0, 4, 1, 2] 84 [13, 6, 31]\n");
}
END_TEST

START_TEST(test_lru_eviction_order)
{
    expect_output("from functools import lru_cache\n"
                  "@lru_cache(maxsize=2)\n"
                  "def f(x):\n"
                  "    print('miss', x)\n"
                  "    return x\n"
                  "for x in [1, 2, 1, 3, 2, 1]:\n"
                  "    f(x)\n"
                  "print(f.cache_info())\n"
                  "f.cache_clear()\n"
                  "print(f.cache_info())\n",
                  "miss 1\nmiss 2\nmiss 3\nmiss 2\nmiss 1\n"
                  "CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)\n"
                  "CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)\n");
}
END_TEST

/* The cache cleared, and refilled, by the very call that is filling it: no crash, no leak,
   and the statistics are those of the last clear. */
START_TEST(test_lru_reentrant_clear)
{
    expect_output("from functools import lru_cache\n"
                  "@lru_cache(maxsize=3)\n"
                  "def f(n):\n"
                  "    if n % 4 == 0:\n"
                  "        f.cache_clear()\n"
                  "    return n if n < 2 else f(n - 1) + f(n - 2)\n"
                  "print(f(30))\n"
                  "print(f.cache_info().currsize <= 3)\n"
                  "@lru_cache(maxsize=None)\n"
                  "def g(n):\n"
                  "    g.cache_clear()\n"
                  "    return n if n < 2 else g(n - 1) + g(n - 2)\n"
                  "print(g(15), g.cache_info().currsize)\n",
                  "832040\nTrue\n610 8\n");
}
END_TEST

/* Reference cycles through a cache wrapper, a partial and a key wrapper are collected. */
START_TEST(test_cycles_collected)
{
    expect_output("import functools, gc\n"
                  "for i in range(50):\n"
                  "    @functools.lru_cache(maxsize=4)\n"
                  "    def f(x):\n"
                  "        return f\n"
                  "    f(f)\n"
                  "    p = functools.partial(print)\n"
                  "    p.__dict__['self'] = p\n"
                  "    k = functools.cmp_to_key(lambda a, b: 0)\n"
                  "    k2 = k([k])\n"
                  "    k2.obj.append(k2)\n"
                  "    r = functools.reduce(lambda a, b: a + [b], range(3), [])\n"
                  "del f, p, k, k2\n"
                  "print(gc.collect() > 0)\n",
                  "True\n");
}
END_TEST

START_TEST(test_sleep_is_interruptible)
{
    Counter c = { 0 };
    Host h = { .len = 0, .interrupt_at = 5 };
    rill_vm *vm = new_vm(&c, &h);
    ck_assert_ptr_nonnull(vm);
    const char *src = "import time\n"
                      "try:\n"
                      "    time.sleep(60)\n"
                      "except KeyboardInterrupt:\n"
                      "    print('interrupted')\n";
    time_t start = time(NULL);
    int rc = rill_exec(vm, src, strlen(src), "<test>", RILL_MODE_FILE);
    ck_assert_int_eq(rc, RILL_OK);
    ck_assert_str_eq(h.buf, "interrupted\n");
    /* five polls, each after a slice of at most 50 ms: far less than the minute asked for */
    ck_assert_int_lt((int)(time(NULL) - start), 30);
    ck_assert_int_ge(h.polls, 5);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* Every allocation failure in the middle of these modules raises MemoryError (or is
   otherwise handled) and leaks nothing. */
START_TEST(test_allocation_failures)
{
    static const char *const src =
        "import functools, math, random, time\n"
        "@functools.lru_cache(maxsize=3)\n"
        "def f(n, k=1):\n"
        "    return n if n < 2 else f(n - 1) + f(n - 2, k=k)\n"
        "f(12)\n"
        "p = functools.partial(f, k=2)\n"
        "s = repr(p) + str(f.cache_info())\n"
        "x = math.factorial(60) + math.isqrt(10**50) + math.comb(90, 40)\n"
        "y = math.fsum([0.1] * 40) + math.hypot(*range(20)) + math.log(2**1100)\n"
        "random.seed('abc')\n"
        "z = random.sample(range(1000), 30) + random.choices('abc', k=5)\n"
        "t = time.monotonic()\n"
        "k = sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b))\n";
    for (long n = 1; n < 2200; n += 3) {
        Counter c = { .fail_at = n };
        Host h = { .len = 0 };
        rill_vm *vm = new_vm(&c, &h);
        if (vm) {
            rill_exec(vm, src, strlen(src), "<test>", RILL_MODE_FILE);
            rill_error_clear(vm);
            rill_vm_free(vm);
        }
        ck_assert_uint_eq(c.live, 0);
    }
}
END_TEST

static Suite *stdmods_suite(void)
{
    Suite *s = suite_create("stdmods");
    TCase *tc = tcase_create("modules");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_fsum_exact);
    tcase_add_test(tc, test_isqrt_exact);
    tcase_add_test(tc, test_comb_factorial_exact);
    tcase_add_test(tc, test_math_errors);
    tcase_add_test(tc, test_random_matches_cpython);
    tcase_add_test(tc, test_lru_eviction_order);
    tcase_add_test(tc, test_lru_reentrant_clear);
    tcase_add_test(tc, test_cycles_collected);
    tcase_add_test(tc, test_sleep_is_interruptible);
    tcase_add_test(tc, test_allocation_failures);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(stdmods_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
