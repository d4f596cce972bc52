/*
** check_api_alloc.c — the embedding API when memory runs out, and VM churn.
**
** A representative host session (create a VM, define natives and a native iterator,
** run a script with generators, drive them with send/throw/close, keep one in a ref,
** format errors, free) runs once with a counting allocator to learn how many
** allocations it makes, then again once for every N from 1 to that count with the Nth
** allocation failing: no run may crash, and every run must end with zero live bytes.
** The same session also runs under a memory limit a little above the fresh VM's size,
** for a range of limits, so that MemoryError strikes at every point of the session
** (small blocks included, which the VM recycles without asking the host). Then 10,000
** VMs are created and freed: the resident set must not grow.
*/
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include "api_test.h"

static Out out;

static int n_scale(rill_vm *vm, int argc, void *data)
{
    int64_t x;
    if (rill_get_int(vm, 1, &x) != RILL_OK) return RILL_ERROR;
    if (x < 0) return rill_raise(vm, "ValueError", "negative: %lld", (long long)x);
    return rill_set_int(vm, 0, x * *(int64_t *)data);
}

typedef struct Source {
    int next, stop;
} Source;

static int source_next(rill_vm *vm, void *data)
{
    Source *s = data;
    if (s->next >= s->stop) return RILL_RETURNED;
    return rill_set_int(vm, 0, s->next++) == RILL_OK ? RILL_YIELDED : RILL_ERROR;
}

static int n_source(rill_vm *vm, int argc, void *data)
{
    int64_t n;
    if (rill_get_int(vm, 1, &n) != RILL_OK) return RILL_ERROR;
    Source *s = malloc(sizeof *s);
    *s = (Source){ 0, (int)n };
    return rill_new_iterator(vm, 0, source_next, s, free);
}

static const char *script =
    "import host\n"
    "log = []\n"
    "def worker(k):\n"
    "    total = 0\n"
    "    try:\n"
    "        while True:\n"
    "            try:\n"
    "                x = yield total\n"
    "            except ValueError as e:\n"
    "                x = len(str(e))\n"
    "            total += host.scale(x) + k\n"
    "    finally:\n"
    "        log.append(k)\n"
    "def pipeline(n):\n"
    "    for v in host.source(n):\n"
    "        yield {'v': v, 'sq': [v] * 2}\n";

/* AddressSanitizer keeps freed memory in quarantine: RSS growth means nothing there */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

static char result[128];

/* Every call may fail at any point: the session goes on regardless, as a careless host
   would, and must still neither crash nor leak. A nonzero limit is set as the memory
   limit, counted from the fresh VM's size. */
static void session(Counter *c, size_t limit)
{
    char buf[512];
    int64_t factor = 3;
    rill_vm *vm = vm_with(&out, c);
    result[0] = 0;
    if (!vm) return;
    if (limit) rill_set_mem_limit(vm, rill_vm_bytes(vm) + limit);
    rill_def_native(vm, "host", "scale", n_scale, 1, 1, &factor);
    rill_def_native(vm, "host", "source", n_source, 1, 1, NULL);
    if (run(vm, script) != RILL_OK) rill_error_format(vm, buf, sizeof buf);
    /* three workers in slots 1..3 */
    rill_get_global(vm, NULL, "worker", 0);
    for (int k = 1; k <= 3; k++) {
        rill_set_int(vm, 10, k);
        rill_copy_slot(vm, 9, 0);
        rill_call(vm, 9, 1, k);
        rill_gen_send(vm, k, -1, 8);
    }
    for (int round = 0; round < 3; round++) {
        for (int k = 1; k <= 3; k++) {
            rill_set_int(vm, 7, round * 10 + k);
            rill_gen_send(vm, k, 7, 8);
        }
    }
    rill_raise(vm, "ValueError", "thrown in");
    rill_error_fetch(vm, 6);
    rill_gen_throw(vm, 1, 6, 8);
    rill_gen_close(vm, 2);
    rill_ref *ref = rill_ref_new(vm, 3);
    rill_set_slot_count(vm, 4);
    rill_set_none(vm, 3);
    rill_ref_get(vm, ref, 5);
    rill_set_int(vm, 7, -1);
    if (rill_gen_send(vm, 5, 7, 8) == RILL_ERROR) rill_error_format(vm, buf, sizeof buf);
    rill_set_none(vm, 5);
    rill_ref_free(vm, ref);
    /* a pipeline over a native iterator */
    rill_get_global(vm, NULL, "pipeline", 0);
    rill_set_int(vm, 1, 20);
    rill_call(vm, 0, 1, 2);
    while (rill_next(vm, 2, 3) == RILL_YIELDED) rill_get_key(vm, 3, "sq", 4);
    if (rill_eval(vm, "sum(log) + undefined", 20, 0) == RILL_ERROR) {
        rill_error_message(vm, buf, sizeof buf);
        rill_error_format(vm, buf, sizeof buf);
    }
    rill_eval(vm, "sorted(log)", 11, 0);
    if (rill_to_repr(vm, 0, 1) == RILL_OK)
        snprintf(result, sizeof result, "%s", rill_get_str(vm, 1, NULL));
    rill_vm_free(vm);
}

START_TEST(test_allocation_failures)
{
    Counter c = { 0 };
    session(&c, 0);
    ck_assert_uint_eq(c.live, 0);
    ck_assert_str_eq(result, "[1, 2, 3]");     /* the whole session ran */
    ck_assert_str_eq(out.err, "");
    size_t total = c.calls;
    ck_assert_uint_gt(total, 100);
    /* RILL_ALLOC_STEP=k tries every k-th N only (for slow tools such as valgrind) */
    const char *step_env = getenv("RILL_ALLOC_STEP");
    long step = step_env ? atol(step_env) : 1;
    if (step < 1) step = 1;
    for (size_t n = 1; n <= total; n += (size_t)step) {
        c = (Counter){ 0, 0, (long)n };
        session(&c, 0);
        ck_assert_msg(c.live == 0, "failing allocation %zu of %zu: %zu bytes leaked", n, total,
                      c.live);
    }
}
END_TEST

START_TEST(test_memory_limits)
{
    const char *step_env = getenv("RILL_ALLOC_STEP");
    size_t step = 64 * (size_t)(step_env && atol(step_env) > 1 ? atol(step_env) : 1);
    size_t limit = 1;
    for (; limit < 1 << 20; limit += step) {
        Counter c = { 0 };
        session(&c, limit);
        ck_assert_msg(c.live == 0, "limit %zu: %zu bytes leaked", limit, c.live);
        if (strcmp(result, "[1, 2, 3]") == 0) break;        /* enough for everything */
    }
    ck_assert_uint_lt(limit, 1 << 20);
}
END_TEST

static long resident_pages(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, resident = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &size, &resident) != 2) resident = 0;
        fclose(f);
    }
    return resident;
}

START_TEST(test_many_vms)
{
    for (int i = 0; i < 200; i++) rill_vm_free(rill_vm_new(NULL));      /* warm up malloc */
    long before = resident_pages();
    for (int i = 0; i < 10000; i++) {
        rill_vm *vm = rill_vm_new(NULL);
        ck_assert_ptr_nonnull(vm);
        rill_vm_free(vm);
    }
    long after = resident_pages();
    long page = sysconf(_SC_PAGESIZE);
    /* one leaked byte per VM would already be 10 kB; allow malloc's noise */
    ck_assert_msg(UNDER_ASAN || (after - before) * page < 512 * 1024,
                  "RSS grew by %ld kB over 10,000 VMs", (after - before) * page / 1024);
}
END_TEST

static Suite *api_alloc_suite(void)
{
    Suite *s = suite_create("api_alloc");
    TCase *tc = tcase_create("alloc");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, test_allocation_failures);
    tcase_add_test(tc, test_memory_limits);
    tcase_add_test(tc, test_many_vms);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(api_alloc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
