/*
** builtins_iter.c — the built-ins about iteration: iter, next, min, max, sum, any, all,
** sorted, and the lazy classes enumerate, zip, map, filter and reversed (K_NATIVE
** iterators, lazy exactly as CPython's: zip and map pull items left to right and stop at
** the first exhausted iterable without touching the later ones).
*/
#include <string.h>
#include <math.h>
#include "builtins.h"
#include "../vm/ops.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/float.h"
#include "../vm/seq.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/exc.h"
#include "../vm/frame.h"
#include "../vm/iter.h"

static bool is_native_iter(Value v)
{
    return v_is_kind(v, K_NATIVE) && v_obj(v)->cls->native && v_obj(v)->cls->native->iternext;
}

/* Long loops in C stay interruptible (DESIGN §3). */
static inline int poll(rill_vm *vm, size_t n)
{
    return (n & 1023) == 0 ? vm_check_interrupt(vm) : 0;
}

/* Keyword arguments by name: out[i] receives the value of names[i] or stays V_NULL;
   any other name is "'x' is an invalid keyword argument for f()". 0 / -1. */
static int kwargs_by_name(rill_vm *vm, const char *fname, const Value *kwvals, RTuple *kwnames,
                          const char *const *names, size_t nnames, Value *out)
{
    for (size_t i = 0; i < nnames; i++) out[i] = V_NULL;
    if (!kwnames) return 0;
    for (size_t k = 0; k < kwnames->n; k++) {
        RStr *name = v_str(kwnames->items[k]);
        size_t i;
        for (i = 0; i < nnames; i++)
            if (str_eq_cstr(name, names[i])) break;
        if (i == nnames)
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "'%U' is an invalid keyword argument for %s()",
                                name, fname);
        out[i] = kwvals[k];
    }
    return 0;
}

/* ---- iter, next ------------------------------------------------------------------------- */

static Value bi_iter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (nargs == 1) return iter_get(vm, args[0]);
    Value f = args[0];
    if (!bi_is_callable(vm, f)) return exc_raisef(vm, vm->exc_TypeError,
                                                  "iter(v, w): v must be callable");
    return calliter_new(vm, f, args[1]);
}

/* An exhausted next(): the default, or the StopIteration that ended the iteration
   (pending, or set aside by the iterators that pass it on; made when there is none). */
static Value next_end(rill_vm *vm, Value dflt)
{
    if (dflt == V_NULL) return iter_stop_raise(vm);
    iter_stop_drop(vm);
    if (vm_exc_pending(vm)) {
        if (!exc_matches(vm, vm->exc_StopIteration)) return V_NULL;
        exc_clear(vm);
    }
    return v_incref(dflt);
}

/* The interpreter runs next(generator) inline (CF_RESUME_NEXT); this body serves every
   other call, generators included (from C, or with the arguments in another shape). */
static Value bi_next(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value it = args[0];
    Value dflt = nargs > 1 ? args[1] : V_NULL;
    Value r;
    if (v_is_gen(it)) {
        r = gen_send(vm, (RGen *)it, V_NONE, GEN_END_RAISE);
    } else if (is_native_iter(it)) {
        r = v_obj(it)->cls->native->iternext(vm, v_obj(it));
    } else {
        bool found;
        r = call_special(vm, it, vm->s___next__, NULL, 0, &found);
        if (!found) return exc_raisef(vm, vm->exc_TypeError, "'%T' object is not an iterator", it);
    }
    return r != V_NULL ? r : next_end(vm, dflt);
}

/* ---- min, max ----------------------------------------------------------------------------- */

static Value min_max(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames, bool is_max)
{
    const char *name = is_max ? "max" : "min";
    static const char *const names[] = { "key", "default" };
    Value kw[2];
    if (nargs == 0)
        return exc_raisef(vm, vm->exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (kwnames && kwnames->n > 2)
        return exc_raisef(vm, vm->exc_TypeError,
                          "%s() takes at most 2 keyword arguments (%zu given)",
                          name, kwnames->n);
    if (kwargs_by_name(vm, name, args + nargs, kwnames, names, 2, kw) < 0) return V_NULL;
    Value key = kw[0] == V_NONE ? V_NULL : kw[0], dflt = kw[1];
    if (nargs > 1 && dflt != V_NULL)
        return exc_raisef(vm, vm->exc_TypeError, "Cannot specify a default for %s() with multiple "
                          "positional arguments", name);
    Value it = V_NULL;
    if (nargs == 1) {
        it = iter_get(vm, args[0]);
        if (it == V_NULL) return V_NULL;
    }
    CmpOp op = is_max ? CMP_GT : CMP_LT;
    Value best = V_NULL, bestval = V_NULL;
    for (size_t i = 0;; i++) {
        Value item;
        if (it != V_NULL) {
            item = iter_next(vm, it);
            if (item == V_NULL) break;
        } else {
            if (i >= nargs) break;
            item = v_incref(args[i]);
        }
        Value val = item;
        if (key != V_NULL) {
            val = call_value(vm, key, &item, 1, NULL);
            if (val == V_NULL) {
                v_decref(vm, item);
                goto fail;
            }
        } else {
            v_incref(val);
        }
        if (best == V_NULL) {
            best = item;
            bestval = val;
            continue;
        }
        int c = obj_compare_bool(vm, val, bestval, op);
        if (c < 0) {
            v_decref(vm, item);
            v_decref(vm, val);
            goto fail;
        }
        if (c) {
            v_store(vm, &best, item);
            v_store(vm, &bestval, val);
        } else {
            v_decref(vm, item);
            v_decref(vm, val);
        }
        if (poll(vm, i + 1) < 0) goto fail;
    }
    if (vm_exc_pending(vm)) goto fail;
    v_decref(vm, it);
    v_decref(vm, bestval);
    if (best != V_NULL) return best;
    if (dflt != V_NULL) return v_incref(dflt);
    return exc_raisef(vm, vm->exc_ValueError, "%s() arg is an empty sequence", name);
fail:
    v_decref(vm, it);
    v_decref(vm, best);
    v_decref(vm, bestval);
    return V_NULL;
}

static Value bi_min(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return min_max(vm, args, nargs, kw, false);
}

static Value bi_max(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return min_max(vm, args, nargs, kw, true);
}

/* ---- sum ------------------------------------------------------------------------------------ */

/* CPython 3.11's order: an int accumulator while the items are ints that fit, then a
   double while the result is a float and the items floats or ints (3.11 adds floats left
   to right, without 3.12's compensated summation), then the generic +. The first item
   that does not fit a stage is added with + and the next stage takes over. */
static Value bi_sum(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    static const char *const names[] = { "start" };
    Value kw[1];
    if (kwargs_by_name(vm, "sum", args + nargs, kwnames, names, 1, kw) < 0) return V_NULL;
    if (nargs == 0)
        return exc_raisef(vm, vm->exc_TypeError,
                          "sum() takes at least 1 positional argument (0 given)");
    if (nargs + (kw[0] != V_NULL) > 2)
        return exc_raisef(vm, vm->exc_TypeError, "sum() takes at most 2 arguments (%zu given)",
                          nargs + (kw[0] != V_NULL));
    Value start = nargs > 1 ? args[1] : kw[0] != V_NULL ? kw[0] : v_int(0);
    if (v_is_str(start))
        return exc_raisef(vm, vm->exc_TypeError,
                          "sum() can't sum strings [use ''.join(seq) instead]");
    Value it = iter_get(vm, args[0]);
    if (it == V_NULL) return V_NULL;
    Value result = v_incref(start), item;
    size_t n = 0;
    if (v_is_int(result) || v_is_bool(result)) {
        int64_t acc = v_is_int(result) ? v_as_int(result) : result == V_TRUE;
        for (;;) {
            item = iter_next(vm, it);
            if (item == V_NULL) break;
            int64_t b, sum;
            if (v_is_int(item) || v_is_bool(item)) {
                b = v_is_int(item) ? v_as_int(item) : item == V_TRUE;
                if (!__builtin_add_overflow(acc, b, &sum)) {
                    acc = sum;
                    if (poll(vm, ++n) < 0) goto fail;
                    continue;
                }
            }
            break;
        }
        Value r = int_from_i64(vm, acc);
        if (r == V_NULL) goto fail_item;
        v_store(vm, &result, r);
        if (item == V_NULL) goto end;
        r = obj_binop(vm, BINOP_ADD, result, item);
        v_decref(vm, item);
        if (r == V_NULL) goto fail;
        v_store(vm, &result, r);
    }
    if (v_is_float(result)) {
        double acc = v_float(result);
        for (;;) {
            item = iter_next(vm, it);
            if (item == V_NULL) break;
            int64_t i;
            if (v_is_float(item)) acc += v_float(item);
            else if (v_is_int(item)) acc += (double)v_as_int(item);
            else if (v_is_bool(item)) acc += item == V_TRUE;
            else if (v_is_big(item) && int_to_i64(item, &i)) acc += (double)i;
            else break;
            v_decref(vm, item);
            if (poll(vm, ++n) < 0) goto fail;
        }
        Value r = float_new(vm, acc);
        if (r == V_NULL) goto fail_item;
        v_store(vm, &result, r);
        if (item == V_NULL) goto end;
        r = obj_binop(vm, BINOP_ADD, result, item);
        v_decref(vm, item);
        if (r == V_NULL) goto fail;
        v_store(vm, &result, r);
    }
    while ((item = iter_next(vm, it)) != V_NULL) {
        Value r = obj_binop(vm, BINOP_ADD, result, item);
        v_decref(vm, item);
        if (r == V_NULL) goto fail;
        v_store(vm, &result, r);
        if (poll(vm, ++n) < 0) goto fail;
    }
end:
    if (vm_exc_pending(vm)) goto fail;
    v_decref(vm, it);
    return result;
fail_item:
    v_decref(vm, item);
fail:
    v_decref(vm, it);
    v_decref(vm, result);
    return V_NULL;
}

/* ---- any, all --------------------------------------------------------------------------- */

static Value any_all(rill_vm *vm, Value iterable, bool want)
{
    Value it = iter_get(vm, iterable);
    if (it == V_NULL) return V_NULL;
    Value item;
    size_t n = 0;
    while ((item = iter_next(vm, it)) != V_NULL) {
        int t = obj_truth(vm, item);
        v_decref(vm, item);
        if (t < 0 || poll(vm, ++n) < 0) {
            v_decref(vm, it);
            return V_NULL;
        }
        if (t == want) {
            v_decref(vm, it);
            return v_bool(want);
        }
    }
    v_decref(vm, it);
    return vm_exc_pending(vm) ? V_NULL : v_bool(!want);
}

static Value bi_any(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return any_all(vm, args[0], true);
}

static Value bi_all(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return any_all(vm, args[0], false);
}

/* ---- sorted ----------------------------------------------------------------------------- */

int bi_sort_kwargs(rill_vm *vm, const Value *kwvals, RTuple *kwnames, Value *key, bool *reverse)
{
    static const char *const names[] = { "key", "reverse" };
    Value kw[2];
    if (kwargs_by_name(vm, "sort", kwvals, kwnames, names, 2, kw) < 0) return -1;
    *key = kw[0] == V_NONE ? V_NULL : kw[0];
    *reverse = false;
    if (kw[1] != V_NULL) {
        intptr_t r;
        if (v_is_bool(kw[1])) r = kw[1] == V_TRUE;
        else if (obj_as_index(vm, kw[1], &r) < 0) return -1;
        *reverse = r != 0;
    }
    return 0;
}

static Value bi_sorted(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (nargs != 1)
        return exc_raisef(vm, vm->exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    Value key;
    bool reverse;
    RList *l = list_new(vm, 0);
    if (!l) return V_NULL;
    if (list_extend(vm, l, args[0]) < 0 ||
        bi_sort_kwargs(vm, args + nargs, kwnames, &key, &reverse) < 0 ||
        list_sort(vm, l, key, reverse) < 0) {
        obj_decref(vm, l);
        return V_NULL;
    }
    return v_from_obj(l);
}

/* ---- shared by enumerate and zip: a result tuple reused while only we hold it --------- */

static RTuple *result_tuple(rill_vm *vm, RTuple **cache, size_t n)
{
    RTuple *t = *cache;
    if (t && t->h.rc == 1) {
        obj_incref(t);
        t->hash = -1;
        return t;
    }
    t = tuple_new(vm, n);
    if (!t) return NULL;
    obj_incref(t);
    obj_store(vm, cache, t);
    return t;
}

/* Sets item i of a result tuple, releasing what a reused tuple held there. */
static void result_set(rill_vm *vm, RTuple *t, size_t i, Value v)
{
    Value old = t->items[i];
    t->items[i] = v;
    v_decref(vm, old);
}

/* ---- enumerate -------------------------------------------------------------------------- */

typedef struct REnumerate {
    RObj h;
    Value it;
    Value index;                /* an int */
    RTuple *result;
} REnumerate;

static void enum_traverse(RObj *o, VisitFn visit, void *arg)
{
    REnumerate *e = (REnumerate *)o;
    v_visit(e->it, visit, arg);
    if (e->result) visit(&e->result->h, arg);
}

static void enum_clear(rill_vm *vm, RObj *o)
{
    REnumerate *e = (REnumerate *)o;
    v_store(vm, &e->it, V_NONE);
    v_store(vm, &e->index, v_int(0));
    obj_store(vm, &e->result, NULL);
}

static Value enum_next(rill_vm *vm, RObj *o)
{
    REnumerate *e = (REnumerate *)o;
    Value item = iter_next_pass(vm, e->it);
    if (item == V_NULL) return V_NULL;
    Value idx = e->index, next;
    if (v_is_int(idx) && v_as_int(idx) < V_SMALL_MAX) next = v_int(v_as_int(idx) + 1);
    else if ((next = int_add(vm, idx, v_int(1))) == V_NULL) {
        v_decref(vm, item);
        return V_NULL;
    }
    e->index = next;            /* the old index moves into the result */
    RTuple *t = result_tuple(vm, &e->result, 2);
    if (!t) {
        v_decref(vm, idx);
        v_decref(vm, item);
        return V_NULL;
    }
    result_set(vm, t, 0, idx);
    result_set(vm, t, 1, item);
    return v_from_obj(t);
}

static const NativeOps enum_ops = {
    sizeof(REnumerate), true, enum_traverse, enum_clear, NULL, enum_next
};

static Value enum_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    args++, nargs--;
    size_t nkw = kwnames ? kwnames->n : 0;
    if (nargs + nkw > 2)
        return exc_raisef(vm, vm->exc_TypeError,
                          "enumerate() takes at most 2 arguments (%zu given)",
                          nargs + nkw);
    Value p[2] = { nargs > 0 ? args[0] : V_NULL, nargs > 1 ? args[1] : V_NULL };
    for (size_t k = 0; k < nkw; k++) {
        RStr *name = v_str(kwnames->items[k]);
        int i = str_eq_cstr(name, "iterable") ? 0 : str_eq_cstr(name, "start") ? 1 : -1;
        if (i < 0 || p[i] != V_NULL)
            return exc_raisef(vm, vm->exc_TypeError, "'%U' is an invalid keyword argument for "
                              "enumerate()", name);
        p[i] = args[nargs + k];
    }
    if (p[0] == V_NULL) {
        /* CPython's message names the keyword it did not expect without the iterable */
        if (nkw)
            return exc_raisef(vm, vm->exc_TypeError, "'%U' is an invalid keyword argument for "
                              "enumerate()", v_str(kwnames->items[0]));
        return exc_raisef(vm, vm->exc_TypeError,
                          "enumerate() missing required argument 'iterable'");
    }
    Value start = v_int(0);
    if (p[1] != V_NULL) {
        if (int_check(p[1])) {
            start = v_is_bool(p[1]) ? v_int(p[1] == V_TRUE) : p[1];
        } else {
            intptr_t i;
            if (obj_as_index(vm, p[1], &i) < 0) return V_NULL;
            start = v_int(i);
        }
    }
    Value it = iter_get(vm, p[0]);
    if (it == V_NULL) return V_NULL;
    REnumerate *e = obj_alloc(vm, K_NATIVE, vm->cls_enumerate, sizeof(REnumerate), true);
    if (!e) {
        v_decref(vm, it);
        return V_NULL;
    }
    e->it = it;
    e->index = v_incref(start);
    e->result = NULL;
    return v_from_obj(e);
}

/* ---- zip -------------------------------------------------------------------------------- */

typedef struct RZip {
    RObj h;
    RTuple *iters;
    bool strict;
    RTuple *result;
} RZip;

static void zip_traverse(RObj *o, VisitFn visit, void *arg)
{
    RZip *z = (RZip *)o;
    if (z->iters) visit(&z->iters->h, arg);
    if (z->result) visit(&z->result->h, arg);
}

static void zip_clear(rill_vm *vm, RObj *o)
{
    RZip *z = (RZip *)o;
    obj_store(vm, &z->iters, NULL);
    obj_store(vm, &z->result, NULL);
}

/* strict=True found iterator i exhausted: CPython's messages, checking the later ones
   only when the first was the one to end. */
static Value zip_strict_end(rill_vm *vm, RZip *z, size_t i)
{
    if (vm_exc_pending(vm)) return V_NULL;
    iter_stop_drop(vm);         /* CPython clears the StopIteration before checking */
    const char *plural = i == 1 ? " " : "s 1-";
    if (i)
        return exc_raisef(vm, vm->exc_ValueError,
                          "zip() argument %zu is shorter than argument%s%zu",
                          i + 1, plural, i);
    for (i = 1; i < z->iters->n; i++) {
        Value item = iter_next(vm, z->iters->items[i]);
        if (item != V_NULL) {
            v_decref(vm, item);
            plural = i == 1 ? " " : "s 1-";
            return exc_raisef(vm, vm->exc_ValueError,
                              "zip() argument %zu is longer than argument%s%zu",
                              i + 1, plural, i);
        }
        if (vm_exc_pending(vm)) return V_NULL;
    }
    return V_NULL;
}

static Value zip_next(rill_vm *vm, RObj *o)
{
    RZip *z = (RZip *)o;
    if (!z->iters || z->iters->n == 0) return V_NULL;
    RTuple *iters = z->iters;
    size_t n = iters->n;
    obj_incref(iters);
    RTuple *t = result_tuple(vm, &z->result, n);
    Value r = V_NULL;
    if (!t) goto done;
    for (size_t i = 0; i < n; i++) {
        Value item = iter_next_pass(vm, iters->items[i]);
        if (item == V_NULL) {
            obj_decref(vm, t);
            if (z->strict) zip_strict_end(vm, z, i);
            goto done;
        }
        result_set(vm, t, i, item);
    }
    r = v_from_obj(t);
done:
    obj_decref(vm, iters);
    return r;
}

static const NativeOps zip_ops = {
    sizeof(RZip), true, zip_traverse, zip_clear, NULL, zip_next
};

/* A tuple of iter(x) for each x in args. */
static RTuple *iter_all(rill_vm *vm, const Value *args, size_t n)
{
    RTuple *t = tuple_new(vm, n);
    if (!t) return NULL;
    for (size_t i = 0; i < n; i++) {
        Value it = iter_get(vm, args[i]);
        if (it == V_NULL) {
            obj_decref(vm, t);
            return NULL;
        }
        tuple_init_item(t, i, it);
    }
    return t;
}

static Value zip_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    args++, nargs--;
    bool strict = false;
    if (kwnames && kwnames->n) {
        if (kwnames->n > 1)
            return exc_raisef(vm, vm->exc_TypeError,
                              "zip() takes at most 1 keyword argument (%zu given)",
                              kwnames->n);
        static const char *const names[] = { "strict" };
        Value kw[1];
        if (kwargs_by_name(vm, "zip", args + nargs, kwnames, names, 1, kw) < 0) return V_NULL;
        int t = obj_truth(vm, kw[0]);
        if (t < 0) return V_NULL;
        strict = t;
    }
    RTuple *iters = iter_all(vm, args, nargs);
    if (!iters) return V_NULL;
    RZip *z = obj_alloc(vm, K_NATIVE, vm->cls_zip, sizeof(RZip), true);
    if (!z) {
        obj_decref(vm, iters);
        return V_NULL;
    }
    z->iters = iters;
    z->strict = strict;
    z->result = NULL;
    return v_from_obj(z);
}

/* ---- map -------------------------------------------------------------------------------- */

typedef struct RMap {
    RObj h;
    Value func;
    RTuple *iters;
} RMap;

static void map_traverse(RObj *o, VisitFn visit, void *arg)
{
    RMap *m = (RMap *)o;
    v_visit(m->func, visit, arg);
    if (m->iters) visit(&m->iters->h, arg);
}

static void map_clear(rill_vm *vm, RObj *o)
{
    RMap *m = (RMap *)o;
    v_store(vm, &m->func, V_NONE);
    obj_store(vm, &m->iters, NULL);
}


static Value map_next(rill_vm *vm, RObj *o)
{
    RMap *m = (RMap *)o;
    if (!m->iters) return V_NULL;
    RTuple *iters = m->iters;
    size_t n = iters->n, got = 0;
    Value small[8];
    Value *items = n <= 8 ? small : mem_alloc(vm, n * sizeof(Value));
    if (!items) return V_NULL;
    obj_incref(iters);
    Value func = v_incref(m->func);
    Value r = V_NULL;
    for (; got < n; got++) {
        items[got] = iter_next_pass(vm, iters->items[got]);
        if (items[got] == V_NULL) goto done;
    }
    r = call_value(vm, func, items, n, NULL);
    /* a StopIteration from func ends the iteration, as where CPython's callers of
       tp_iternext see it */
    if (r == V_NULL) iter_stop_keep(vm);
done:
    for (size_t i = 0; i < got; i++) v_decref(vm, items[i]);
    if (items != small) mem_free(vm, items, n * sizeof(Value));
    v_decref(vm, func);
    obj_decref(vm, iters);
    return r;
}

static const NativeOps map_ops = {
    sizeof(RMap), true, map_traverse, map_clear, NULL, map_next
};

static Value map_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    args++, nargs--;
    if (kwnames && kwnames->n)
        return exc_raisef(vm, vm->exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2)
        return exc_raisef(vm, vm->exc_TypeError, "map() must have at least two arguments.");
    RTuple *iters = iter_all(vm, args + 1, nargs - 1);
    if (!iters) return V_NULL;
    RMap *m = obj_alloc(vm, K_NATIVE, vm->cls_map, sizeof(RMap), true);
    if (!m) {
        obj_decref(vm, iters);
        return V_NULL;
    }
    m->func = v_incref(args[0]);
    m->iters = iters;
    return v_from_obj(m);
}

/* ---- filter ----------------------------------------------------------------------------- */

typedef struct RFilter {
    RObj h;
    Value func;                 /* V_NONE: the items' own truth */
    Value it;
} RFilter;

static void filter_traverse(RObj *o, VisitFn visit, void *arg)
{
    RFilter *f = (RFilter *)o;
    v_visit(f->func, visit, arg);
    v_visit(f->it, visit, arg);
}

static void filter_clear(rill_vm *vm, RObj *o)
{
    RFilter *f = (RFilter *)o;
    v_store(vm, &f->func, V_NONE);
    v_store(vm, &f->it, V_NULL);
}

static Value filter_next(rill_vm *vm, RObj *o)
{
    RFilter *f = (RFilter *)o;
    if (f->it == V_NULL) return V_NULL;
    Value it = v_incref(f->it), func = v_incref(f->func);
    bool plain = func == V_NONE || func == v_from_obj(vm->cls_bool);
    Value r = V_NULL;
    for (size_t n = 1;; n++) {
        Value item = iter_next_pass(vm, it);
        if (item == V_NULL) break;
        int t;
        if (plain) {
            t = obj_truth(vm, item);
        } else {
            Value c = call_value(vm, func, &item, 1, NULL);
            if (c == V_NULL) {
                v_decref(vm, item);
                iter_stop_keep(vm);
                break;
            }
            t = obj_truth(vm, c);
            v_decref(vm, c);
        }
        if (t > 0) {
            r = item;
            break;
        }
        v_decref(vm, item);
        if (t < 0 || poll(vm, n) < 0) break;
    }
    v_decref(vm, it);
    v_decref(vm, func);
    return r;
}

static const NativeOps filter_ops = {
    sizeof(RFilter), true, filter_traverse, filter_clear, NULL, filter_next
};

static Value filter_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    args++, nargs--;
    if (kwnames && kwnames->n)
        return exc_raisef(vm, vm->exc_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2)
        return exc_raisef(vm, vm->exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    Value it = iter_get(vm, args[1]);
    if (it == V_NULL) return V_NULL;
    RFilter *f = obj_alloc(vm, K_NATIVE, vm->cls_filter, sizeof(RFilter), true);
    if (!f) {
        v_decref(vm, it);
        return V_NULL;
    }
    f->func = v_incref(args[0]);
    f->it = it;
    return v_from_obj(f);
}

/* ---- reversed --------------------------------------------------------------------------- */

typedef struct RReversed {
    RObj h;
    Value seq;                  /* V_NULL once exhausted */
    intptr_t index;
} RReversed;

static void rev_traverse(RObj *o, VisitFn visit, void *arg)
{
    v_visit(((RReversed *)o)->seq, visit, arg);
}

static void rev_clear(rill_vm *vm, RObj *o)
{
    v_store(vm, &((RReversed *)o)->seq, V_NULL);
}

static Value rev_next(rill_vm *vm, RObj *o)
{
    RReversed *r = (RReversed *)o;
    if (r->seq == V_NULL) return V_NULL;
    if (r->index >= 0) {
        Value seq = r->seq;
        if (v_is_tuple(seq) && (size_t)r->index < v_tuple(seq)->n)
            return v_incref(v_tuple(seq)->items[r->index--]);
        v_incref(seq);
        Value item = obj_getitem(vm, seq, v_int(r->index));
        v_decref(vm, seq);
        if (item != V_NULL) {
            r->index--;
            return item;
        }
        if (!exc_matches(vm, vm->exc_IndexError) && !exc_matches(vm, vm->exc_StopIteration))
            return V_NULL;
        exc_clear(vm);
    }
    r->index = -1;
    rev_clear(vm, o);
    return V_NULL;
}

static const NativeOps rev_ops = {
    sizeof(RReversed), true, rev_traverse, rev_clear, NULL, rev_next
};

static Value not_reversible(rill_vm *vm, Value v)
{
    return exc_raisef(vm, vm->exc_TypeError, "'%T' object is not reversible", v);
}

static Value reversed_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    args++, nargs--;
    if (kwnames && kwnames->n)
        return exc_raisef(vm, vm->exc_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1)
        return exc_raisef(vm, vm->exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    Value seq = args[0];
    if (v_is_obj(seq) && (v_obj(seq)->cls->flags & CLS_BUILTIN)) {
        switch ((ObjKind)v_obj(seq)->kind) {
        case K_LIST: return iter_listrev_new(vm, v_list(seq));
        case K_RANGE: return iter_range_new(vm, v_range(seq), true);
        case K_DICT: return iter_dict_new(vm, v_dict(seq), ITER_KEYS, true);
        case K_TUPLE: case K_STR: goto sequence;
        default: break;
        }
    }
    if (v_is_obj(seq)) {
        Value meth = class_lookup(v_obj(seq)->cls, vm->s___reversed__);
        if (meth == V_NONE) return not_reversible(vm, seq);
        if (meth != V_NULL) {
            bool found;
            return call_special(vm, seq, vm->s___reversed__, NULL, 0, &found);
        }
    }
    if (!v_is_obj(seq) || v_is_dict(seq) || v_is_anyset(seq) ||
        class_lookup(v_obj(seq)->cls, vm->s___getitem__) == V_NULL)
        return not_reversible(vm, seq);
sequence:;
    intptr_t n = obj_len(vm, seq);
    if (n < 0) return V_NULL;
    RReversed *r = obj_alloc(vm, K_NATIVE, vm->cls_reversed, sizeof(RReversed), true);
    if (!r) return V_NULL;
    r->seq = v_incref(seq);
    r->index = n - 1;
    return v_from_obj(r);
}

/* ---- registration ----------------------------------------------------------------------- */

static const CFuncDef iter_functions[] = {
    { "iter", bi_iter, 0, 1, 2,
      "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator" },
    { "next", bi_next, CF_RESUME_NEXT, 1, 2, "next(iterator[, default])" },
    { "min", bi_min, CF_KEYWORDS, -1, -1, "min(iterable, *[, default=obj, key=func]) -> value" },
    { "max", bi_max, CF_KEYWORDS, -1, -1, "max(iterable, *[, default=obj, key=func]) -> value" },
    { "sum", bi_sum, CF_KEYWORDS, -1, -1,
      "Return the sum of a 'start' value (default: 0) plus an iterable of numbers" },
    { "any", bi_any, 0, 1, 1, "Return True if bool(x) is True for any x in the iterable." },
    { "all", bi_all, 0, 1, 1, "Return True if bool(x) is True for all values x in the iterable." },
    { "sorted", bi_sorted, CF_KEYWORDS, -1, -1,
      "Return a new list containing all items from the iterable in ascending order." },
    { NULL, NULL, 0, 0, 0, NULL }
};

int bi_init_iter(rill_vm *vm)
{
    static const struct {
        size_t field;
        const char *name;
        const NativeOps *ops;
        CFn ctor;
    } classes[] = {
        { offsetof(rill_vm, cls_enumerate), "enumerate", &enum_ops, enum_ctor },
        { offsetof(rill_vm, cls_zip), "zip", &zip_ops, zip_ctor },
        { offsetof(rill_vm, cls_map), "map", &map_ops, map_ctor },
        { offsetof(rill_vm, cls_filter), "filter", &filter_ops, filter_ctor },
        { offsetof(rill_vm, cls_reversed), "reversed", &rev_ops, reversed_ctor },
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        RClass **slot = (RClass **)((char *)vm + classes[i].field);
        if (iter_new_class(vm, slot, classes[i].name, classes[i].ops, NULL) < 0) return -1;
        (*slot)->ctor = classes[i].ctor;
    }
    return bi_add_functions(vm, iter_functions);
}
