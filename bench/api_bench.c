/*
** api_bench.c — what the embedding API costs, measured through the API only:
**   - one host-driven rill_gen_send round trip (send a value, get the yielded one back),
**     with rill_next and rill_call of a script function and a script's calls of a native
**     for comparison;
**   - bytes per idle VM (rill_vm_bytes right after rill_vm_new);
**   - bytes per suspended generator (rill_vm_bytes before and after making 10,000).
** Build and run: make api-bench. Timings vary with the machine; nothing asserts them.
*/
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <rill.h>

#define N 2000000
#define NGENS 10000

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static int native_inc(rill_vm *vm, int argc, void *data)
{
    int64_t x;
    if (rill_get_int(vm, 1, &x) != RILL_OK) return RILL_ERROR;
    return rill_set_int(vm, 0, x + 1);
}

static const char script[] =
    "def echo():\n"
    "    x = None\n"
    "    while True:\n"
    "        x = yield x\n"
    "def count():\n"
    "    n = 0\n"
    "    while True:\n"
    "        yield n\n"
    "        n += 1\n"
    "def ident(x):\n"
    "    return x\n"
    "def call_native(n):\n"
    "    i = 0\n"
    "    while i < n:\n"
    "        i = inc(i)\n"
    "def parked(a, b):\n"          /* the generator bench/gen_memory.sh measures */
    "    c = a + b\n"
    "    yield c\n"
    "    yield a\n";

static int check(rill_vm *vm, int rc, const char *what)
{
    if (rc >= 0) return 0;
    fprintf(stderr, "%s failed:\n", what);
    rill_error_print(vm);
    return 1;
}

int main(void)
{
    rill_vm *vm = rill_vm_new(NULL);
    if (!vm) return 1;
    size_t idle = rill_vm_bytes(vm);
    rill_set_none(vm, 0);
    size_t idle_api = rill_vm_bytes(vm);
    rill_set_slot_count(vm, 0);
    printf("idle VM:                 %zu bytes (%zu once the API's slot stack exists)\n", idle,
           idle_api);

    if (check(vm, rill_exec(vm, script, strlen(script), "bench.py", RILL_MODE_FILE), "script") ||
        check(vm, rill_def_native(vm, NULL, "inc", native_inc, 1, 1, NULL), "def"))
        return 1;

    /* send round trip: slot 0 the generator, 1 the value sent, 2 what comes back */
    rill_get_global(vm, NULL, "echo", 0);
    rill_call(vm, 0, 0, 0);
    rill_gen_send(vm, 0, -1, 2);
    double t0 = now_ns();
    for (int i = 0; i < N; i++) {
        rill_set_int(vm, 1, i);
        if (rill_gen_send(vm, 0, 1, 2) != RILL_YIELDED) return check(vm, -1, "send");
    }
    double t1 = now_ns();
    printf("rill_gen_send round trip: %.0f ns (set_int + send, %d times)\n", (t1 - t0) / N, N);

    rill_get_global(vm, NULL, "count", 0);
    rill_call(vm, 0, 0, 0);
    t0 = now_ns();
    for (int i = 0; i < N; i++)
        if (rill_next(vm, 0, 2) != RILL_YIELDED) return check(vm, -1, "next");
    t1 = now_ns();
    printf("rill_next:                %.0f ns\n", (t1 - t0) / N);

    rill_get_global(vm, NULL, "ident", 0);
    rill_set_int(vm, 1, 7);
    t0 = now_ns();
    for (int i = 0; i < N; i++)
        if (rill_call(vm, 0, 1, 2) != RILL_OK) return check(vm, -1, "call");
    t1 = now_ns();
    printf("rill_call (script fn):    %.0f ns\n", (t1 - t0) / N);

    rill_get_global(vm, NULL, "call_native", 0);
    rill_set_int(vm, 1, N);
    t0 = now_ns();
    if (check(vm, rill_call(vm, 0, 1, 2), "call_native")) return 1;
    t1 = now_ns();
    printf("native called by script:  %.0f ns per call (loop included)\n", (t1 - t0) / N);
    rill_set_slot_count(vm, 0);

    /* suspended generators: kept by the script in a list, and by the host in slots */
    size_t before = rill_vm_bytes(vm);
    char src[128];
    snprintf(src, sizeof src, "gens = [parked(1, 2) for _ in range(%d)]\nfor g in gens: next(g)\n",
             NGENS);
    if (check(vm, rill_exec(vm, src, strlen(src), "gens.py", RILL_MODE_FILE), "gens")) return 1;
    size_t after = rill_vm_bytes(vm);
    printf("suspended generator:      %.1f bytes each (in a list; %.1f with its list slot)\n",
           (double)(after - before - (size_t)NGENS * sizeof(void *)) / NGENS,
           (double)(after - before) / NGENS);
    rill_exec(vm, "gens = None\n", 12, "gens.py", RILL_MODE_FILE);

    rill_set_none(vm, NGENS + 4);               /* the window first: its slots are the host's */
    before = rill_vm_bytes(vm);
    rill_get_global(vm, NULL, "parked", NGENS + 1);
    rill_set_int(vm, NGENS + 2, 1);
    rill_set_int(vm, NGENS + 3, 2);
    for (int i = 0; i < NGENS; i++) {
        if (rill_call(vm, NGENS + 1, 2, i) != RILL_OK ||
            rill_next(vm, i, NGENS + 4) != RILL_YIELDED)
            return check(vm, -1, "parked");
    }
    after = rill_vm_bytes(vm);
    printf("suspended generator:      %.1f bytes each (made and held by the host in slots)\n",
           (double)(after - before) / NGENS);
    rill_vm_free(vm);
    return 0;
}
