/*
** time.c — the time module: the clocks (time, monotonic, perf_counter, process_time and
** their _ns forms) and sleep, which sleeps in short slices and polls the VM's interrupt
** flag between them so that a host's rill_interrupt() (or Ctrl-C) ends a long sleep.
*/
#include <errno.h>
#include <math.h>
#include <time.h>
#include "stdlib.h"
#include "builtins.h"
#include "../vm/int.h"
#include "../vm/float.h"
#include "../vm/seq.h"
#include "../vm/func.h"
#include "../vm/class.h"

/* The longest uninterrupted nanosleep: interrupts are seen within this delay. */
#define SLICE_NS 50000000LL

static int no_args(rill_vm *vm, const char *name, size_t nargs, RTuple *kw)
{
    if (kw && kw->n)
        return exc_raisef_i(vm, vm->exc_TypeError, "time.%s() takes no keyword arguments", name);
    if (nargs)
        return exc_raisef_i(vm, vm->exc_TypeError, "time.%s() takes no arguments (%zu given)",
                            name, nargs);
    return 0;
}

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) return 0;
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Seconds as a float, as CPython's _PyTime_AsSecondsDouble: exact division when the
   nanoseconds are a whole number of seconds, else ns / 1e9. */
static Value seconds(rill_vm *vm, int64_t ns)
{
    double d = ns % 1000000000LL == 0 ? (double)(ns / 1000000000LL) : (double)ns / 1e9;
    return float_new(vm, d);
}

#define CLOCK_FUNCS(name, id) \
    static Value t_##name(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw) \
    { \
        if (no_args(vm, #name, nargs, kw) < 0) return V_NULL; \
        return seconds(vm, clock_ns(id)); \
    } \
    static Value t_##name##_ns(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw) \
    { \
        if (no_args(vm, #name "_ns", nargs, kw) < 0) return V_NULL; \
        return int_from_i64(vm, clock_ns(id)); \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)

/* _PyTime_FromSecondsObject: a float (rounded away from zero to whole nanoseconds, as
   CPython's _PyTime_ROUND_TIMEOUT) or an int (through __index__). 0 / -1. */
static int sleep_ns(rill_vm *vm, Value v, int64_t *out)
{
    if (v_is_float(v)) {
        double d = v_float(v);
        if (isnan(d))
            return exc_raisef_i(vm, vm->exc_ValueError, "Invalid value NaN (not a number)");
        d *= 1e9;
        d = d < 0 ? floor(d) : ceil(d);
        if (!(d >= -9.2e18 && d <= 9.2e18))
            return exc_raisef_i(vm, vm->exc_OverflowError,
                                "timestamp out of range for platform time_t");
        *out = (int64_t)d;
        return 0;
    }
    Value i = v;
    if (!int_check(v)) {
        bool found;
        i = bi_call_special(vm, v, "__index__", NULL, 0, &found);
        if (!found)
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "'%T' object cannot be interpreted as an integer", v);
        if (i == V_NULL) return -1;
        if (!int_check(i)) {
            exc_raisef(vm, vm->exc_TypeError, "__index__ returned non-int (type %T)", i);
            v_decref(vm, i);
            return -1;
        }
    } else {
        v_incref(i);
    }
    int64_t s;
    bool fits = int_to_i64(i, &s);
    v_decref(vm, i);
    if (!fits || s > INT64_MAX / 1000000000LL || s < INT64_MIN / 1000000000LL)
        return exc_raisef_i(vm, vm->exc_OverflowError,
                            "timestamp too large to convert to C _PyTime_t");
    *out = s * 1000000000LL;
    return 0;
}

static Value t_sleep(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (kw && kw->n)
        return exc_raisef(vm, vm->exc_TypeError, "time.sleep() takes no keyword arguments");
    if (nargs != 1)
        return exc_raisef(vm, vm->exc_TypeError,
                          "time.sleep() takes exactly one argument (%zu given)",
                          nargs);
    int64_t ns = 0;
    if (sleep_ns(vm, args[0], &ns) < 0) return V_NULL;
    if (ns < 0) return exc_raisef(vm, vm->exc_ValueError, "sleep length must be non-negative");
    /* against the monotonic clock, so that slices cut short by signals add up right */
    int64_t deadline = clock_ns(CLOCK_MONOTONIC) + ns;
    for (;;) {
        if (vm_check_interrupt(vm) < 0) return V_NULL;
        int64_t left = deadline - clock_ns(CLOCK_MONOTONIC);
        if (left <= 0) break;
        if (left > SLICE_NS) left = SLICE_NS;
        struct timespec req = { (time_t)(left / 1000000000LL), (long)(left % 1000000000LL) };
        nanosleep(&req, NULL);
    }
    return V_NONE;
}

#define CLOCK_DEFS(name, doc) \
    { #name, t_##name, CF_KEYWORDS, -1, -1, doc }, \
    { #name "_ns", t_##name##_ns, CF_KEYWORDS, -1, -1, doc " (in nanoseconds, as an int)" },

static const CFuncDef time_funcs[] = {
    CLOCK_DEFS(time, "Return the current time in seconds since the Epoch.")
    CLOCK_DEFS(monotonic, "Monotonic clock, cannot go backward.")
    CLOCK_DEFS(perf_counter, "Performance counter for benchmarking.")
    CLOCK_DEFS(process_time,
               "Process time for profiling: sum of the kernel and user-space CPU time.")
    { "sleep", t_sleep, CF_KEYWORDS, -1, -1, "Delay execution for a given number of seconds." },
    { NULL, NULL, 0, 0, 0, NULL }
};

int stdlib_time_init(rill_vm *vm, RModule *m)
{
    return cfunc_add_all(vm, m->dict, time_funcs, NULL);
}
