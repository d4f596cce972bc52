/*
** check_threads.c — independent VMs on independent threads: four threads, each with its
** own VM, run scripts, natives, native iterators and host-driven generators at the
** same time and must each get exactly the results a lone VM gets; and rill_interrupt,
** the one call documented as safe from another thread, stops a VM busy on another
** thread. `make tsan` builds and runs this file with -fsanitize=thread (any data race
** between VMs would be reported there); `make test` runs it too.
*/
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include "api_test.h"

#define NTHREADS 4
#define ROUNDS 20

static int n_mul(rill_vm *vm, int argc, void *data)
{
    int64_t a, b;
    if (rill_get_int(vm, 1, &a) != RILL_OK || rill_get_int(vm, 2, &b) != RILL_OK)
        return RILL_ERROR;
    (*(int *)data)++;
    return rill_set_int(vm, 0, a * b);
}

typedef struct Range {
    int64_t next, stop;
} Range;

static int range_next(rill_vm *vm, void *data)
{
    Range *r = data;
    if (r->next >= r->stop) return RILL_RETURNED;
    return rill_set_int(vm, 0, r->next++) == RILL_OK ? RILL_YIELDED : RILL_ERROR;
}

static int n_range(rill_vm *vm, int argc, void *data)
{
    int64_t n;
    if (rill_get_int(vm, 1, &n) != RILL_OK) return RILL_ERROR;
    Range *r = malloc(sizeof *r);
    *r = (Range){ 0, n };
    return rill_new_iterator(vm, 0, range_next, r, free);
}

static const char *script =
    "import host\n"
    "def squares(n):\n"
    "    for i in host.range(n):\n"
    "        yield host.mul(i, i)\n"
    "def acc():\n"
    "    total = 0\n"
    "    while True:\n"
    "        x = yield total\n"
    "        total += x\n"
    "result = sum(squares(200)) + len({str(i): i for i in range(500)})\n";

typedef struct Job {
    int id;
    int64_t result;
    int calls;
    char error[256];
    Out out;
} Job;

static void *worker(void *arg)
{
    Job *job = arg;
    rill_vm *vm = vm_with(&job->out, NULL);
    if (!vm) {
        snprintf(job->error, sizeof job->error, "no VM");
        return NULL;
    }
    rill_def_native(vm, "host", "mul", n_mul, 2, 2, &job->calls);
    rill_def_native(vm, "host", "range", n_range, 1, 1, NULL);
    int64_t sum = 0;
    for (int round = 0; round < ROUNDS && !job->error[0]; round++) {
        if (run(vm, script) != RILL_OK) {
            rill_error_format(vm, job->error, sizeof job->error);
            break;
        }
        int64_t r = 0;
        rill_get_global(vm, NULL, "result", 0);
        rill_get_int(vm, 0, &r);
        sum += r;
        /* an accumulator generator driven from this thread */
        rill_get_global(vm, NULL, "acc", 1);
        rill_call(vm, 1, 0, 1);
        rill_ref *ref = rill_ref_new(vm, 1);
        rill_gen_send(vm, 1, -1, 2);
        for (int i = 1; i <= 10; i++) {
            rill_set_int(vm, 3, i * (job->id + 1));
            if (rill_gen_send(vm, 1, 3, 2) != RILL_YIELDED) {
                rill_error_format(vm, job->error, sizeof job->error);
                break;
            }
        }
        rill_get_int(vm, 2, &r);
        sum += r;
        rill_set_slot_count(vm, 0);
        rill_ref_free(vm, ref);
    }
    job->result = sum;
    rill_vm_free(vm);
    return NULL;
}

START_TEST(test_vms_on_threads)
{
    static Job jobs[NTHREADS];
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        memset(&jobs[i], 0, sizeof jobs[i]);
        jobs[i].id = i;
        ck_assert_int_eq(pthread_create(&th[i], NULL, worker, &jobs[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++) pthread_join(th[i], NULL);
    /* sum of i*i for i < 200 is 2646700; 500 keys; the accumulator sums 55 * (id + 1) */
    for (int i = 0; i < NTHREADS; i++) {
        ck_assert_msg(jobs[i].error[0] == 0, "thread %d: %s", i, jobs[i].error);
        ck_assert_int_eq(jobs[i].result, ROUNDS * (2646700 + 500 + 55 * (i + 1)));
        ck_assert_int_eq(jobs[i].calls, ROUNDS * 200);
        ck_assert_str_eq(jobs[i].out.err, "");
    }
}
END_TEST

typedef struct Busy {
    rill_vm *vm;
    int status;
    char type[64];
    volatile int started;
} Busy;

static int n_started(rill_vm *vm, int argc, void *data)
{
    __atomic_store_n(&((Busy *)data)->started, 1, __ATOMIC_RELEASE);
    return RILL_OK;
}

static void *busy_loop(void *arg)
{
    Busy *b = arg;
    rill_def_native(b->vm, NULL, "started", n_started, 0, 0, b);
    b->status = run(b->vm, "started()\nn = 0\nwhile True:\n    n += 1\n");
    const char *t = rill_error_type(b->vm);
    snprintf(b->type, sizeof b->type, "%s", t ? t : "none");
    return NULL;
}

START_TEST(test_interrupt_from_another_thread)
{
    Busy b = { 0 };
    b.vm = rill_vm_new(NULL);
    pthread_t th;
    ck_assert_int_eq(pthread_create(&th, NULL, busy_loop, &b), 0);
    while (!__atomic_load_n(&b.started, __ATOMIC_ACQUIRE)) {
        struct timespec ts = { 0, 1000000 };
        nanosleep(&ts, NULL);
    }
    struct timespec ts = { 0, 20000000 };
    nanosleep(&ts, NULL);
    rill_interrupt(b.vm);
    pthread_join(th, NULL);
    ck_assert_int_eq(b.status, RILL_ERROR);
    ck_assert_str_eq(b.type, "KeyboardInterrupt");
    rill_vm_free(b.vm);
}
END_TEST

static Suite *threads_suite(void)
{
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("threads");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_vms_on_threads);
    tcase_add_test(tc, test_interrupt_from_another_thread);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(threads_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
