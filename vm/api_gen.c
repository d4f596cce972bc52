/*
** api_gen.c — driving iterators and generators from the host with three-way results
** (yielded / returned with the return value / error: no StopIteration ever reaches the
** host), persistent references, limits and host data, and the API's part of VM teardown.
*/
#include "api.h"
#include "class.h"
#include "exc.h"
#include "frame.h"
#include "eval.h"
#include "ops.h"

/* ---- iteration ------------------------------------------------------------------------- */

int rill_iter(rill_vm *vm, int slot, int out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value v = api_read(vm, slot);
    if (v == V_NULL || api_reserve(vm, out) < 0) return RILL_ERROR;
    return api_result(vm, out, iter_get(vm, v));
}

/* The host's view of an EvalStatus: the yielded or returned value goes to slot out
   (reserved by the caller, so storing cannot fail). */
static int step_result(rill_vm *vm, EvalStatus st, Value v, int out)
{
    if (st == EVAL_ERROR) return RILL_ERROR;
    api_write(vm, out, v);
    return st == EVAL_YIELDED ? RILL_YIELDED : RILL_RETURNED;
}

int rill_next(rill_vm *vm, int it, int out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value v = api_read(vm, it);
    if (v == V_NULL || api_reserve(vm, out) < 0) return RILL_ERROR;
    if (!iter_is_iterator(vm, v)) {
        Value i = iter_get(vm, v);
        if (i == V_NULL) return RILL_ERROR;
        api_write(vm, it, i);       /* the slot exists: cannot fail */
        v = i;
    }
    Value r;
    if (v_is_gen(v)) {
        /* straight to the generator, so that a return value is not lost in a
           StopIteration */
        EvalStatus st = gen_resume(vm, (RGen *)v, V_NONE, NULL, false, &r);
        return step_result(vm, st, r, out);
    }
    r = iter_next(vm, v);
    if (r != V_NULL) return step_result(vm, EVAL_YIELDED, r, out);
    if (vm->exc) return RILL_ERROR;
    return step_result(vm, EVAL_RETURNED, V_NONE, out);
}

/* The generator in slot gen (borrowed), or NULL with TypeError / IndexError. */
static RGen *gen_arg(rill_vm *vm, int gen)
{
    Value g = api_read(vm, gen);
    if (g == V_NULL) return NULL;
    if (!v_is_gen(g)) return api_type_error(vm, "generator", g), NULL;
    return (RGen *)g;
}

int rill_gen_send(rill_vm *vm, int gen, int value, int out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    RGen *g = gen_arg(vm, gen);
    Value v = !g ? V_NULL : value == -1 ? V_NONE : api_read(vm, value);
    if (!g || v == V_NULL || api_reserve(vm, out) < 0) return RILL_ERROR;
    Value r;
    EvalStatus st = gen_resume(vm, g, v, NULL, false, &r);
    return step_result(vm, st, r, out);
}

int rill_gen_throw(rill_vm *vm, int gen, int exc, int out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    RGen *g = gen_arg(vm, gen);
    Value x = g ? api_read(vm, exc) : V_NULL;
    if (x == V_NULL || api_reserve(vm, out) < 0) return RILL_ERROR;
    RExc *e = gen_throw_value(vm, &x, 1);       /* a class is instantiated, as throw() does */
    if (!e) return RILL_ERROR;
    Value r;
    EvalStatus st = gen_resume(vm, g, V_NONE, e, false, &r);
    obj_decref(vm, e);
    return step_result(vm, st, r, out);
}

int rill_gen_close(rill_vm *vm, int gen)
{
    if (!api_begin(vm)) return RILL_ERROR;
    RGen *g = gen_arg(vm, gen);
    if (!g) return RILL_ERROR;
    return gen_close(vm, g) < 0 ? RILL_ERROR : RILL_OK;
}

/* ---- references -------------------------------------------------------------------------- */

rill_ref *rill_ref_new(rill_vm *vm, int slot)
{
    if (!api_begin(vm)) return NULL;
    Value v = api_read(vm, slot);
    if (v == V_NULL) return NULL;
    ApiState *a = vm->api;
    rill_ref *r = mem_alloc(vm, sizeof *r);
    if (!r) return NULL;
    r->v = v_incref(v);
    r->prev = &a->refs;
    r->next = a->refs.next;
    a->refs.next->prev = r;
    a->refs.next = r;
    return r;
}

int rill_ref_get(rill_vm *vm, const rill_ref *ref, int out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (!ref) return exc_raisef_i(vm, vm->exc_TypeError, "ref must not be NULL");
    Value v = ref->v;
    return api_result(vm, out, v_incref(v));
}

void rill_ref_free(rill_vm *vm, rill_ref *ref)
{
    if (!vm || !ref) return;
    /* unlinked and freed before the value goes: its release may run a finally block
       that frees other refs. Like every pure release, it keeps a pending exception. */
    ref->prev->next = ref->next;
    ref->next->prev = ref->prev;
    Value v = ref->v;
    mem_free(vm, ref, sizeof *ref);
    v_decref(vm, v);
}

/* ---- limits and host data --------------------------------------------------------------- */

void rill_set_mem_limit(rill_vm *vm, size_t bytes)
{
    if (vm) vm->cfg.mem_limit = bytes;
}

int rill_set_recursion_limit(rill_vm *vm, int limit)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (limit < 1)
        return exc_raisef_i(vm, vm->exc_ValueError,
                            "recursion limit must be greater or equal than 1");
    if (vm->depth >= limit)
        return exc_raisef_i(vm, vm->exc_RecursionError,
                            "cannot set the recursion limit to %d at the recursion depth %d: "
                            "the limit is too low", limit, vm->depth);
    vm->recursion_limit = limit;
    return RILL_OK;
}

void *rill_host_data(rill_vm *vm) { return vm ? vm->cfg.host_ud : NULL; }

/* ---- teardown ------------------------------------------------------------------------------ */

void api_release(rill_vm *vm)
{
    ApiState *a = vm->api;
    if (!a) return;
    /* every window (the host's, and any a native left behind), top first */
    while (a->top > 0) {
        Value v = a->stack[--a->top];
        if (a->base > a->top) a->base = a->top;
        v_decref(vm, v);
    }
    a->base = 0;
    while (a->refs.next != &a->refs) rill_ref_free(vm, a->refs.next);
    obj_store(vm, &a->cls_native_iter, NULL);
}
