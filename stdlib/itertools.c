/*
** itertools.c — the itertools module: count, cycle, repeat, accumulate, batched, chain,
** compress, dropwhile, takewhile, filterfalse, starmap, groupby (and its _grouper),
** islice, pairwise, zip_longest and tee (with _tee and _tee_dataobject); the module's
** registration and the helpers itertools_comb.c shares (itertools_int.h).
**
** Every type is a K_NATIVE class whose NativeOps.iternext does the work, pulling from
** its inputs exactly when and as often as CPython's itertoolsmodule.c does (laziness
** and the number of items consumed are observable). Fields that an iternext may
** reassign while it runs script code (a reentrant call through a generator) are read
** into owned locals around each call out, so a reentrant call never frees what an outer
** one is using.
**
** The internal classes are reached without global state: tee() is bound to its module
** (as CPython's module functions are) and finds `_tee` there; `groupby` and `_tee` keep
** the class they create in their own class dict (the `_grouper` and `_tee_dataobject`
** entries), which script code cannot change since built-in classes are immutable.
*/
#include <string.h>
#include "itertools_int.h"
#include "builtins.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/float.h"
#include "../vm/dict.h"
#include "../vm/exc.h"
#include "../vm/iter.h"

/* ---- shared helpers ---------------------------------------------------------------- */

int itertools_new_class(rill_vm *vm, RModule *m, const char *name, const NativeOps *ops,
                        CFn ctor, const CFuncDef *defs, bool basetype, RClass **out)
{
    RClass *c = NULL;
    int rc = iter_new_class(vm, &c, name, ops, defs);
    if (rc == 0) {
        c->ctor = ctor;
        if (basetype) c->flags |= CLS_BASETYPE;
        RStr *mod = str_intern_cstr(vm, "itertools");
        rc = mod ? dict_set_str(vm, c->dict, vm->s___module__, v_from_obj(mod)) : -1;
        obj_xdecref(vm, mod);
        RStr *key = rc == 0 ? str_intern_cstr(vm, name) : NULL;
        rc = key ? dict_set_str(vm, m->dict, key, v_from_obj(c)) : -1;
        obj_xdecref(vm, key);
    }
    if (out) *out = c;          /* the module's dict holds it now */
    obj_xdecref(vm, c);
    return rc;
}

static Value find_kw(RTuple *kwnames, const Value *kwvals, const char *name)
{
    for (size_t k = 0; kwnames && k < kwnames->n; k++)
        if (str_eq_cstr(v_str(kwnames->items[k]), name)) return kwvals[k];
    return V_NULL;
}

/* The order of the checks is _PyArg_UnpackKeywords's: the total count, the positional
   count, then each parameter in turn (a missing required one is reported before an
   unknown keyword), then the keywords left over. */
int itertools_parse(rill_vm *vm, const char *fname, const Value *args, size_t nargs,
                    RTuple *kwnames, const char *const *names, size_t nparams,
                    size_t npos, size_t nreq, Value *out)
{
    size_t nkw = kwnames ? kwnames->n : 0;
    const Value *kwvals = args + nargs;
    if (nargs + nkw > nparams)
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "%s() takes at most %zu %sargument%s (%zu given)", fname,
                            nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s",
                            nargs + nkw);
    if (nargs > npos)
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "%s() takes %s %zu positional argument%s (%zu given)", fname,
                            nreq < npos ? "at most" : "exactly", npos, npos == 1 ? "" : "s",
                            nargs);
    size_t left = nkw;
    for (size_t i = 0; i < nparams; i++) {
        if (i < nargs) {
            out[i] = args[i];
            continue;
        }
        out[i] = left ? find_kw(kwnames, kwvals, names[i]) : V_NULL;
        if (out[i] != V_NULL) left--;
        else if (i < nreq)
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "%s() missing required argument '%s' (pos %zu)", fname,
                                names[i], i + 1);
    }
    if (left == 0) return 0;
    for (size_t i = 0; i < nargs; i++)
        if (find_kw(kwnames, kwvals, names[i]) != V_NULL)
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "argument for %s() given by name ('%s') and position (%zu)",
                                fname, names[i], i + 1);
    for (size_t k = 0; k < nkw; k++) {
        RStr *name = v_str(kwnames->items[k]);
        size_t i = 0;
        while (i < nparams && !str_eq_cstr(name, names[i])) i++;
        if (i == nparams)
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "'%U' is an invalid keyword argument for %s()", name, fname);
    }
    return 0;
}

RTuple *itertools_result(rill_vm *vm, RTuple **cache, size_t n)
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

/* A StopIteration raised by a callback (predicate, key function, __eq__...) ends the
   iteration, as it does for every consumer of CPython's tp_iternext, and goes on to
   next() as the end (iter_stop_keep). Returns V_NULL. */
static Value cb_end(rill_vm *vm)
{
    return iter_stop_keep(vm);
}

static bool is_a(Value v, const NativeOps *ops)
{
    return v_is_kind(v, K_NATIVE) && v_obj(v)->cls->native == ops;
}

/* The constructors of the types that take positional arguments only. */
static int pos_only(rill_vm *vm, const char *fname, size_t nargs, RTuple *kwnames,
                    size_t min, size_t max)
{
    if (arg_no_kw(vm, fname, kwnames) < 0) return -1;
    return arg_count(vm, fname, nargs, min, max);
}

/* A class that `owner` keeps in its dict (see the file comment), checked to be the
   class of ops: borrowed, or NULL with TypeError. */
static RClass *kept_class(rill_vm *vm, RDict *d, const char *name, const NativeOps *ops)
{
    RStr *key = str_intern_cstr(vm, name);
    if (!key) return NULL;
    Value c = d ? dict_get_str(d, key) : V_NULL;
    obj_decref(vm, key);
    if (!v_is_class(c) || v_class_obj(c)->native != ops)
        return exc_raisef_p(vm, vm->exc_TypeError, "itertools.%s is not available", name);
    return v_class_obj(c);
}

/* ---- count ------------------------------------------------------------------------- */

typedef struct ItCount {
    RObj h;
    Value cnt, step;            /* a bool start stays a bool except in CPython's fast mode */
    uint32_t tick;
} ItCount;

static void count_traverse(RObj *o, VisitFn visit, void *arg)
{
    v_visit(((ItCount *)o)->cnt, visit, arg);
    v_visit(((ItCount *)o)->step, visit, arg);
}

static void count_clear(rill_vm *vm, RObj *o)
{
    v_store(vm, &((ItCount *)o)->cnt, v_int(0));
    v_store(vm, &((ItCount *)o)->step, v_int(1));
}

static Value count_next(rill_vm *vm, RObj *o)
{
    ItCount *c = (ItCount *)o;
    Value r = c->cnt, step = c->step;
    if (itertools_tick(vm, &c->tick) < 0) return V_NULL;
    if (v_is_int(r) && v_is_int(step)) {
        intptr_t s;
        if (!__builtin_add_overflow(v_as_int(r), v_as_int(step), &s) && v_fits_small(s)) {
            c->cnt = v_int(s);
            return r;
        }
    }
    v_incref(r);
    v_incref(step);
    Value n = obj_binop(vm, BINOP_ADD, r, step);
    v_decref(vm, step);
    if (n == V_NULL) {
        v_decref(vm, r);
        return cb_end(vm);
    }
    v_store(vm, &c->cnt, n);
    return r;
}

static const NativeOps count_ops = {
    sizeof(ItCount), true, count_traverse, count_clear, NULL, count_next
};

/* PyNumber_Check: ints, floats, and objects whose class converts to a number. */
static bool is_number(rill_vm *vm, Value v)
{
    if (int_check(v) || v_is_float(v)) return true;
    if (!v_is_obj(v)) return false;
    RClass *c = v_obj(v)->cls;
    return class_lookup(c, vm->s___index__) != V_NULL ||
           class_lookup(c, vm->s___int__) != V_NULL ||
           class_lookup(c, vm->s___float__) != V_NULL;
}

static bool int_is_one(Value v)
{
    int64_t i;
    return int_check(v) && int_to_i64(v, &i) && i == 1;
}

static Value count_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    static const char *const names[] = { "start", "step" };
    Value a[2];
    if (itertools_parse(vm, "count", args + 1, nargs - 1, kwnames, names, 2, 2, 0, a) < 0)
        return V_NULL;
    if ((a[0] != V_NULL && !is_number(vm, a[0])) || (a[1] != V_NULL && !is_number(vm, a[1])))
        return exc_raisef(vm, vm->exc_TypeError, "a number is required");
    Value cnt = a[0] != V_NULL ? a[0] : v_int(0);
    Value step = a[1] != V_NULL ? a[1] : v_int(1);
    /* CPython's fast mode (an int start that fits, an int step of 1) counts in machine
       ints, which turns a bool start into an int and drops a bool step from the repr */
    int64_t i;
    if (int_check(cnt) && int_to_i64(cnt, &i) && int_is_one(step)) {
        if (v_is_bool(cnt)) cnt = v_int(cnt == V_TRUE);
        step = v_int(1);
    }
    ItCount *c = obj_alloc(vm, K_NATIVE, v_class_obj(args[0]), sizeof(ItCount), true);
    if (!c) return V_NULL;
    c->cnt = v_incref(cnt);
    c->step = v_incref(step);
    c->tick = 0;
    return v_from_obj(c);
}

static Value count_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!is_a(args[0], &count_ops)) return bi_bad_self(vm, "__repr__", "itertools.count", args[0]);
    ItCount *c = (ItCount *)args[0];
    Value cnt = v_incref(c->cnt), step = v_incref(c->step);
    RStr *r = int_is_one(step) ? str_format(vm, "%U(%R)", c->h.cls->name, cnt)
                               : str_format(vm, "%U(%R, %R)", c->h.cls->name, cnt, step);
    v_decref(vm, cnt);
    v_decref(vm, step);
    return v_from_obj(r);
}

static const CFuncDef count_methods[] = {
    { "__repr__", count_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { NULL, NULL, 0, 0, 0, NULL }
};

/* ---- repeat ------------------------------------------------------------------------ */

typedef struct ItRepeat {
    RObj h;
    Value elem;                 /* V_NULL only once cleared by the collector */
    intptr_t cnt;               /* -1: forever */
    uint32_t tick;
} ItRepeat;

static void repeat_traverse(RObj *o, VisitFn visit, void *arg)
{
    v_visit(((ItRepeat *)o)->elem, visit, arg);
}

static void repeat_clear(rill_vm *vm, RObj *o)
{
    v_store(vm, &((ItRepeat *)o)->elem, V_NULL);
}

static Value repeat_next(rill_vm *vm, RObj *o)
{
    ItRepeat *r = (ItRepeat *)o;
    if (r->cnt == 0 || r->elem == V_NULL) return V_NULL;
    if (itertools_tick(vm, &r->tick) < 0) return V_NULL;
    if (r->cnt > 0) r->cnt--;
    return v_incref(r->elem);
}

static const NativeOps repeat_ops = {
    sizeof(ItRepeat), true, repeat_traverse, repeat_clear, NULL, repeat_next
};

static Value repeat_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    static const char *const names[] = { "object", "times" };
    Value a[2];
    if (itertools_parse(vm, "repeat", args + 1, nargs - 1, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    intptr_t cnt = -1;
    if (a[1] != V_NULL) {
        if (bi_ssize_arg(vm, a[1], &cnt) < 0) return V_NULL;
        if (cnt < 0) cnt = 0;
    }
    ItRepeat *r = obj_alloc(vm, K_NATIVE, v_class_obj(args[0]), sizeof(ItRepeat), true);
    if (!r) return V_NULL;
    r->elem = v_incref(a[0]);
    r->cnt = cnt;
    r->tick = 0;
    return v_from_obj(r);
}

static Value repeat_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!is_a(args[0], &repeat_ops))
        return bi_bad_self(vm, "__repr__", "itertools.repeat", args[0]);
    ItRepeat *r = (ItRepeat *)args[0];
    Value elem = r->elem != V_NULL ? v_incref(r->elem) : V_NONE;
    RStr *s = r->cnt < 0 ? str_format(vm, "%U(%R)", r->h.cls->name, elem)
                         : str_format(vm, "%U(%R, %zd)", r->h.cls->name, elem, r->cnt);
    v_decref(vm, elem);
    return v_from_obj(s);
}

static Value repeat_length_hint(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!is_a(args[0], &repeat_ops))
        return bi_bad_self(vm, "__length_hint__", "itertools.repeat", args[0]);
    ItRepeat *r = (ItRepeat *)args[0];
    if (r->cnt < 0) return exc_raisef(vm, vm->exc_TypeError, "len() of unsized object");
    return v_int(r->cnt);
}

static const CFuncDef repeat_methods[] = {
    { "__repr__", repeat_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { "__length_hint__", repeat_length_hint, CF_METHOD, 0, 0,
      "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, 0, 0, NULL }
};

/* ---- cycle ------------------------------------------------------------------------- */

typedef struct ItCycle {
    RObj h;
    Value it;                   /* V_NULL once the first pass is over */
    RList *saved;
    size_t index;
    uint32_t tick;
} ItCycle;

static void cycle_traverse(RObj *o, VisitFn visit, void *arg)
{
    ItCycle *c = (ItCycle *)o;
    v_visit(c->it, visit, arg);
    if (c->saved) visit(&c->saved->h, arg);
}

static void cycle_clear(rill_vm *vm, RObj *o)
{
    ItCycle *c = (ItCycle *)o;
    v_store(vm, &c->it, V_NULL);
    obj_store(vm, &c->saved, NULL);
}

static Value cycle_next(rill_vm *vm, RObj *o)
{
    ItCycle *c = (ItCycle *)o;
    if (c->it != V_NULL) {
        Value it = v_incref(c->it);
        Value item = itertools_next(vm, it);
        v_decref(vm, it);
        if (item != V_NULL) {
            if (c->saved && list_append(vm, c->saved, item) < 0) {
                v_decref(vm, item);
                return V_NULL;
            }
            return item;
        }
        if (vm_exc_pending(vm)) return V_NULL;
        v_store(vm, &c->it, V_NULL);
    }
    RList *saved = c->saved;
    if (!saved || saved->n == 0) return V_NULL;
    if (itertools_tick(vm, &c->tick) < 0) return V_NULL;
    if (c->index >= saved->n) c->index = 0;
    Value item = v_incref(saved->items[c->index]);
    if (++c->index >= saved->n) c->index = 0;
    return item;
}

static const NativeOps cycle_ops = {
    sizeof(ItCycle), true, cycle_traverse, cycle_clear, NULL, cycle_next
};

static Value cycle_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (pos_only(vm, "cycle", nargs - 1, kwnames, 1, 1) < 0) return V_NULL;
    Value it = iter_get(vm, args[1]);
    if (it == V_NULL) return V_NULL;
    RList *saved = list_new(vm, 0);
    ItCycle *c = saved ? obj_alloc(vm, K_NATIVE, v_class_obj(args[0]), sizeof(ItCycle), true)
                       : NULL;
    if (!c) {
        obj_xdecref(vm, saved);
        v_decref(vm, it);
        return V_NULL;
    }
    c->it = it;
    c->saved = saved;
    c->index = 0;
    c->tick = 0;
    return v_from_obj(c);
}

/* ---- accumulate -------------------------------------------------------------------- */

typedef struct ItAccumulate {
    RObj h;
    Value it;
    Value func;                 /* V_NULL: + */
    Value total;                /* V_NULL before the first item */
    Value initial;              /* V_NULL: none, or already produced */
} ItAccumulate;

static void acc_traverse(RObj *o, VisitFn visit, void *arg)
{
    ItAccumulate *a = (ItAccumulate *)o;
    v_visit(a->it, visit, arg);
    v_visit(a->func, visit, arg);
    v_visit(a->total, visit, arg);
    v_visit(a->initial, visit, arg);
}

static void acc_clear(rill_vm *vm, RObj *o)
{
    ItAccumulate *a = (ItAccumulate *)o;
    v_store(vm, &a->it, V_NULL);
    v_store(vm, &a->func, V_NULL);
    v_store(vm, &a->total, V_NULL);
    v_store(vm, &a->initial, V_NULL);
}

static Value acc_next(rill_vm *vm, RObj *o)
{
    ItAccumulate *a = (ItAccumulate *)o;
    if (a->initial != V_NULL) {
        Value init = a->initial;
        a->initial = V_NULL;
        v_store(vm, &a->total, v_incref(init));
        return init;
    }
    if (a->it == V_NULL) return V_NULL;
    Value val = itertools_next_pass(vm, a->it);
    if (val == V_NULL) return V_NULL;
    if (a->total == V_NULL) {
        v_store(vm, &a->total, v_incref(val));
        return val;
    }
    Value total = a->total, sum = V_NULL;
    if (a->func == V_NULL) {
        intptr_t s;
        if (v_is_int(total) && v_is_int(val) &&
            !__builtin_add_overflow(v_as_int(total), v_as_int(val), &s) && v_fits_small(s)) {
            a->total = v_int(s);
            return a->total;
        }
        v_incref(total);
        sum = obj_binop(vm, BINOP_ADD, total, val);
    } else {
        v_incref(total);
        Value func = v_incref(a->func);
        Value pair[2] = { total, val };
        sum = call_value(vm, func, pair, 2, NULL);
        v_decref(vm, func);
    }
    v_decref(vm, total);
    v_decref(vm, val);
    if (sum == V_NULL) return cb_end(vm);
    v_store(vm, &a->total, v_incref(sum));
    return sum;
}

static const NativeOps acc_ops = {
    sizeof(ItAccumulate), true, acc_traverse, acc_clear, NULL, acc_next
};

static Value acc_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    static const char *const names[] = { "iterable", "func", "initial" };
    Value a[3];
    if (itertools_parse(vm, "accumulate", args + 1, nargs - 1, kwnames, names, 3, 2, 1, a) < 0)
        return V_NULL;
    Value it = iter_get(vm, a[0]);
    if (it == V_NULL) return V_NULL;
    ItAccumulate *acc = obj_alloc(vm, K_NATIVE, v_class_obj(args[0]), sizeof(ItAccumulate), true);
    if (!acc) {
        v_decref(vm, it);
        return V_NULL;
    }
    acc->it = it;
    acc->func = a[1] == V_NONE ? V_NULL : v_incref(a[1]);
    acc->total = V_NULL;
    acc->initial = a[2] == V_NONE ? V_NULL : v_incref(a[2]);
    return v_from_obj(acc);
}

/* ---- batched (Python 3.12) ---------------------------------------------------------- */

/* The layout batched and islice begin with: their only reference is `it`. */
typedef struct ItOne {
    RObj h;
    Value it;
} ItOne;

static void one_traverse(RObj *o, VisitFn visit, void *arg)
{
    v_visit(((ItOne *)o)->it, visit, arg);
}

static void one_clear(rill_vm *vm, RObj *o)
{
    v_store(vm, &((ItOne *)o)->it, V_NULL);
}

typedef struct ItBatched {
    RObj h;
    Value it;                   /* V_NULL once exhausted or failed */
    size_t n;
} ItBatched;

/* As 3.12's batched_next: an error ends the iterator; a short last batch does not (the
   next call asks the input again). */
static Value batched_next(rill_vm *vm, RObj *o)
{
    ItBatched *b = (ItBatched *)o;
    if (b->it == V_NULL) return V_NULL;
    size_t n = b->n, i;
    RTuple *t = tuple_new(vm, n);
    if (!t) return V_NULL;
    Value it = v_incref(b->it);
    for (i = 0; i < n; i++) {
        Value item = itertools_next(vm, it);
        if (item == V_NULL) break;
        t->items[i] = item;
    }
    v_decref(vm, it);
    if (i == n) return v_from_obj(t);
    if (vm_exc_pending(vm) || i == 0) {
        v_store(vm, &b->it, V_NULL);
        obj_decref(vm, t);
        return V_NULL;
    }
    RTuple *part = tuple_slice(vm, t, 0, i);
    obj_decref(vm, t);
    return v_from_obj(part);
}

static const NativeOps batched_ops = {
    sizeof(ItBatched), true, one_traverse, one_clear, NULL, batched_next
};

static Value batched_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    static const char *const names[] = { "iterable", "n" };
    Value a[2];
    intptr_t n;
    if (itertools_parse(vm, "batched", args + 1, nargs - 1, kwnames, names, 2, 2, 2, a) < 0 ||
        bi_ssize_arg(vm, a[1], &n) < 0)
        return V_NULL;
    if (n < 1) return exc_raisef(vm, vm->exc_ValueError, "n must be at least one");
    Value it = iter_get(vm, a[0]);
    if (it == V_NULL) return V_NULL;
    ItBatched *b = obj_alloc(vm, K_NATIVE, v_class_obj(args[0]), sizeof(ItBatched), true);
    if (!b) {
        v_decref(vm, it);
        return V_NULL;
    }
    b->it = it;
    b->n = (size_t)n;
    return v_from_obj(b);
}

/* ---- chain ------------------------------------------------------------------------- */

typedef struct ItChain {
    RObj h;
    Value source;               /* iterator over the iterables; V_NULL when done */
    Value active;               /* the iterator being drained, or V_NULL */
    uint32_t tick;
} ItChain;

static void chain_traverse(RObj *o, VisitFn visit, void *arg)
{
    v_visit(((ItChain *)o)->source, visit, arg);
    v_visit(((ItChain *)o)->active, visit, arg);
}

/* The active iterator goes before the source, as in CPython's chain_dealloc: when the
   inputs were given to chain(), the source holds their tuple, which then drops them
   last to first. */
static void chain_clear(rill_vm *vm, RObj *o)
{
    v_store(vm, &((ItChain *)o)->active, V_NULL);
    v_store(vm, &((ItChain *)o)->source, V_NULL);
}

static Value chain_next(rill_vm *vm, RObj *o)
{
    ItChain *c = (ItChain *)o;
    for (;;) {
        if (c->active == V_NULL) {
            if (c->source == V_NULL) return V_NULL;
            Value src = v_incref(c->source);
            Value iterable = itertools_next(vm, src);
            v_decref(vm, src);
            Value act = iterable != V_NULL ? iter_get(vm, iterable) : V_NULL;
            v_decref(vm, iterable);
            if (act == V_NULL) {
                /* CPython drops the source on its end and on any error */
                v_store(vm, &c->source, V_NULL);
                return V_NULL;
            }
            v_store(vm, &c->active, act);
        }
        Value act = v_incref(c->active);
        Value item = itertools_next(vm, act);
        if (item != V_NULL || vm_exc_pending(vm)) {
            v_decref(vm, act);
            return item;
        }
        if (c->active == act) v_store(vm, &c->active, V_NULL);
        v_decref(vm, act);
        if (itertools_tick(vm, &c->tick) < 0) return V_NULL;
    }
}

static const NativeOps chain_ops = {
    sizeof(ItChain), true, chain_traverse, chain_clear, NULL, chain_next
};

static Value chain_make(rill_vm *vm, Value cls, Value iterable)
{
    Value src = iter_get(vm, iterable);
    if (src == V_NULL) return V_NULL;
    ItChain *c = obj_alloc(vm, K_NATIVE, v_class_obj(cls), sizeof(ItChain), true);
    if (!c) {
        v_decref(vm, src);
        return V_NULL;
    }
    c->source = src;
    c->active = V_NULL;
    c->tick = 0;
    return v_from_obj(c);
}

static Value chain_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (arg_no_kw(vm, "chain", kwnames) < 0) return V_NULL;
    RTuple *t = tuple_from_array(vm, args + 1, nargs - 1);
    if (!t) return V_NULL;
    Value r = chain_make(vm, args[0], v_from_obj(t));
    obj_decref(vm, t);
    return r;
}

static Value chain_from_iterable(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!v_is_class(args[0]) || v_class_obj(args[0])->native != &chain_ops)
        return bi_bad_self(vm, "from_iterable", "itertools.chain", args[0]);
    if (nargs != 2)
        return exc_raisef(vm, vm->exc_TypeError,
                          "chain.from_iterable() takes exactly one argument (%zu given)",
                          nargs - 1);
    return chain_make(vm, args[0], args[1]);
}

static const CFuncDef chain_methods[] = {
    /* not CF_METHOD, which would bind it to instances: the class comes as args[0] */
    { "from_iterable", chain_from_iterable, CF_CLASS, -1, -1,
      "Alternative chain() constructor taking a single iterable argument that evaluates "
      "lazily." },
    { NULL, NULL, 0, 0, 0, NULL }
};

/* ---- compress ---------------------------------------------------------------------- */

typedef struct ItCompress {
    RObj h;
    Value data, selectors;
    uint32_t tick;
} ItCompress;

static void compress_traverse(RObj *o, VisitFn visit, void *arg)
{
    v_visit(((ItCompress *)o)->data, visit, arg);
    v_visit(((ItCompress *)o)->selectors, visit, arg);
}

static void compress_clear(rill_vm *vm, RObj *o)
{
    v_store(vm, &((ItCompress *)o)->data, V_NULL);
    v_store(vm, &((ItCompress *)o)->selectors, V_NULL);
}

/* The datum is pulled before its selector, as the pure-Python version does. */
static Value compress_next(rill_vm *vm, RObj *o)
{
    ItCompress *c = (ItCompress *)o;
    if (c->data == V_NULL) return V_NULL;
    for (;;) {
        Value d = itertools_next_pass(vm, c->data);
        if (d == V_NULL) return V_NULL;
        Value s = itertools_next_pass(vm, c->selectors);
        if (s == V_NULL) {
            v_decref(vm, d);
            return V_NULL;
        }
        int ok = s == V_TRUE ? 1 : s == V_FALSE ? 0 : obj_truth(vm, s);
        v_decref(vm, s);
        if (ok > 0) return d;
        v_decref(vm, d);
        if (ok < 0) return cb_end(vm);
        if (itertools_tick(vm, &c->tick) < 0) return V_NULL;
    }
}

static const NativeOps compress_ops = {
    sizeof(ItCompress), true, compress_traverse, compress_clear, NULL, compress_next
};

static Value compress_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    static const char *const names[] = { "data", "selectors" };
    Value a[2];
    if (itertools_parse(vm, "compress", args + 1, nargs - 1, kwnames, names, 2, 2, 2, a) < 0)
        return V_NULL;
    Value data = iter_get(vm, a[0]);
    if (data == V_NULL) return V_NULL;
    Value sel = iter_get(vm, a[1]);
    ItCompress *c = sel != V_NULL ? obj_alloc(vm, K_NATIVE, v_class_obj(args[0]),
                                              sizeof(ItCompress), true) : NULL;
    if (!c) {
        v_decref(vm, data);
        v_decref(vm, sel);
        return V_NULL;
    }
    c->data = data;
    c->selectors = sel;
    c->tick = 0;
    return v_from_obj(c);
}

/* ---- dropwhile, takewhile, filterfalse, starmap: a function and an iterator --------- */

typedef struct ItPred {
    RObj h;
    Value func, it;
    bool flag;                  /* dropwhile: done dropping; takewhile: stopped */
    uint32_t tick;
} ItPred;

static void pred_traverse(RObj *o, VisitFn visit, void *arg)
{
    v_visit(((ItPred *)o)->func, visit, arg);
    v_visit(((ItPred *)o)->it, visit, arg);
}

static void pred_clear(rill_vm *vm, RObj *o)
{
    v_store(vm, &((ItPred *)o)->func, V_NONE);
    v_store(vm, &((ItPred *)o)->it, V_NULL);
}

/* func(item) reduced to truth (func None or bool: the item's own): 1 / 0 / -1. */
static int pred_test(rill_vm *vm, ItPred *p, Value item, bool plain)
{
    if (plain) return obj_truth(vm, item);
    Value r = call_value(vm, p->func, &item, 1, NULL);
    if (r == V_NULL) return -1;
    int t = r == V_TRUE ? 1 : r == V_FALSE ? 0 : obj_truth(vm, r);
    v_decref(vm, r);
    return t;
}

static Value dropwhile_next(rill_vm *vm, RObj *o)
{
    ItPred *p = (ItPred *)o;
    if (p->it == V_NULL) return V_NULL;
    for (;;) {
        Value item = itertools_next_pass(vm, p->it);
        if (item == V_NULL || p->flag) return item;
        int t = pred_test(vm, p, item, false);
        if (t == 0) {
            p->flag = true;
            return item;
        }
        v_decref(vm, item);
        if (t < 0) return cb_end(vm);
        if (itertools_tick(vm, &p->tick) < 0) return V_NULL;
    }
}

static Value takewhile_next(rill_vm *vm, RObj *o)
{
    ItPred *p = (ItPred *)o;
    if (p->flag || p->it == V_NULL) return V_NULL;
    Value item = itertools_next_pass(vm, p->it);
    if (item == V_NULL) return V_NULL;
    int t = pred_test(vm, p, item, false);
    if (t > 0) return item;
    v_decref(vm, item);
    if (t == 0) p->flag = true;
    return t < 0 ? cb_end(vm) : V_NULL;
}

static Value filterfalse_next(rill_vm *vm, RObj *o)
{
    ItPred *p = (ItPred *)o;
    if (p->it == V_NULL) return V_NULL;
    bool plain = p->func == V_NONE || p->func == v_from_obj(vm->cls_bool);
    for (;;) {
        Value item = itertools_next_pass(vm, p->it);
        if (item == V_NULL) return V_NULL;
        int t = pred_test(vm, p, item, plain);
        if (t == 0) return item;
        v_decref(vm, item);
        if (t < 0) return cb_end(vm);
        if (itertools_tick(vm, &p->tick) < 0) return V_NULL;
    }
}

/* func(*args) for args taken from the iterator (a tuple, or any iterable made one). */
static Value starmap_next(rill_vm *vm, RObj *o)
{
    ItPred *p = (ItPred *)o;
    if (p->it == V_NULL) return V_NULL;
    Value args = itertools_next_pass(vm, p->it);
    if (args == V_NULL) return V_NULL;
    if (!v_is_tuple(args) || v_obj(args)->cls != vm->cls_tuple) {
        RTuple *t = tuple_from_iter(vm, args);
        v_decref(vm, args);
        if (!t) return V_NULL;
        args = v_from_obj(t);
    }
    Value r = call_value(vm, p->func, v_tuple(args)->items, v_tuple(args)->n, NULL);
    v_decref(vm, args);
    return r != V_NULL ? r : cb_end(vm);
}

static const NativeOps dropwhile_ops = {
    sizeof(ItPred), true, pred_traverse, pred_clear, NULL, dropwhile_next
};
static const NativeOps takewhile_ops = {
    sizeof(ItPred), true, pred_traverse, pred_clear, NULL, takewhile_next
};
static const NativeOps filterfalse_ops = {
    sizeof(ItPred), true, pred_traverse, pred_clear, NULL, filterfalse_next
};
static const NativeOps starmap_ops = {
    sizeof(ItPred), true, pred_traverse, pred_clear, NULL, starmap_next
};

static Value pred_make(rill_vm *vm, const char *fname, const Value *args, size_t nargs,
                       RTuple *kwnames)
{
    if (pos_only(vm, fname, nargs - 1, kwnames, 2, 2) < 0) return V_NULL;
    Value it = iter_get(vm, args[2]);
    if (it == V_NULL) return V_NULL;
    ItPred *p = obj_alloc(vm, K_NATIVE, v_class_obj(args[0]), sizeof(ItPred), true);
    if (!p) {
        v_decref(vm, it);
        return V_NULL;
    }
    p->func = v_incref(args[1]);
    p->it = it;
    p->flag = false;
    p->tick = 0;
    return v_from_obj(p);
}

static Value dropwhile_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return pred_make(vm, "dropwhile", args, nargs, kw);
}

static Value takewhile_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return pred_make(vm, "takewhile", args, nargs, kw);
}

static Value filterfalse_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return pred_make(vm, "filterfalse", args, nargs, kw);
}

static Value starmap_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return pred_make(vm, "starmap", args, nargs, kw);
}

/* ---- groupby and _grouper ------------------------------------------------------------
   One underlying iterator is shared by the groupby and its groups: advancing the
   groupby skips what is left of the current group and invalidates it (currgrouper
   names the one group that may still produce items; it is a borrowed pointer, only
   ever compared, as in CPython). */

typedef struct ItGroupBy {
    RObj h;
    Value it, keyfunc;          /* keyfunc V_NONE: the items themselves */
    Value tgtkey, currkey, currvalue;   /* V_NULL when not set */
    RClass *grouper_cls;
    const void *currgrouper;
    uint32_t tick;
} ItGroupBy;

typedef struct ItGrouper {
    RObj h;
    Value parent;               /* the groupby; V_NULL once cleared */
    Value tgtkey;
} ItGrouper;

static const NativeOps grouper_ops;

static void groupby_traverse(RObj *o, VisitFn visit, void *arg)
{
    ItGroupBy *g = (ItGroupBy *)o;
    v_visit(g->it, visit, arg);
    v_visit(g->keyfunc, visit, arg);
    v_visit(g->tgtkey, visit, arg);
    v_visit(g->currkey, visit, arg);
    v_visit(g->currvalue, visit, arg);
    if (g->grouper_cls) visit(&g->grouper_cls->h, arg);
}

static void groupby_clear(rill_vm *vm, RObj *o)
{
    ItGroupBy *g = (ItGroupBy *)o;
    v_store(vm, &g->it, V_NULL);
    v_store(vm, &g->keyfunc, V_NONE);
    v_store(vm, &g->tgtkey, V_NULL);
    v_store(vm, &g->currkey, V_NULL);
    v_store(vm, &g->currvalue, V_NULL);
    obj_store(vm, &g->grouper_cls, NULL);
}

/* Pulls the next item and computes its key: 0, or -1 (exhausted: no exception). */
static int groupby_step(rill_vm *vm, ItGroupBy *g)
{
    if (g->it == V_NULL) return -1;
    Value v = itertools_next(vm, g->it);
    if (v == V_NULL) return -1;
    Value k;
    if (g->keyfunc == V_NONE) {
        k = v_incref(v);
    } else {
        Value kf = v_incref(g->keyfunc);
        k = call_value(vm, kf, &v, 1, NULL);
        v_decref(vm, kf);
        if (k == V_NULL) {
            v_decref(vm, v);
            cb_end(vm);
            return -1;
        }
    }
    Value oldv = g->currvalue;
    g->currvalue = v;
    v_store(vm, &g->currkey, k);
    v_decref(vm, oldv);
    return 0;
}

/* tgtkey == currkey, with both held while __eq__ runs: 1 / 0 / -1. */
static int groupby_same(rill_vm *vm, Value tgtkey, Value currkey)
{
    v_incref(tgtkey);
    v_incref(currkey);
    int r = obj_eq(vm, tgtkey, currkey);
    v_decref(vm, tgtkey);
    v_decref(vm, currkey);
    return r;
}

static Value grouper_make(rill_vm *vm, RClass *cls, ItGroupBy *g, Value tgtkey)
{
    ItGrouper *gr = obj_alloc(vm, K_NATIVE, cls, sizeof(ItGrouper), true);
    if (!gr) return V_NULL;
    obj_incref(g);
    gr->parent = v_from_obj(g);
    gr->tgtkey = v_incref(tgtkey);
    g->currgrouper = gr;
    return v_from_obj(gr);
}

static Value groupby_next(rill_vm *vm, RObj *o)
{
    ItGroupBy *g = (ItGroupBy *)o;
    g->currgrouper = NULL;
    /* skip to the first item whose key differs from the last group's */
    for (;;) {
        if (g->currkey != V_NULL) {
            if (g->tgtkey == V_NULL) break;
            int r = groupby_same(vm, g->tgtkey, g->currkey);
            if (r < 0) return cb_end(vm);
            /* __eq__ may have consumed the item it compared */
            if (r == 0 && g->currkey != V_NULL) break;
        }
        if (groupby_step(vm, g) < 0) return V_NULL;
        if (itertools_tick(vm, &g->tick) < 0) return V_NULL;
    }
    if (!g->grouper_cls) return V_NULL;
    Value key = v_incref(g->currkey);
    v_store(vm, &g->tgtkey, v_incref(key));
    Value gr = grouper_make(vm, g->grouper_cls, g, key);
    RTuple *t = gr != V_NULL ? tuple_pack(vm, 2, key, gr) : NULL;
    v_decref(vm, gr);
    v_decref(vm, key);
    return v_from_obj(t);
}

static const NativeOps groupby_ops = {
    sizeof(ItGroupBy), true, groupby_traverse, groupby_clear, NULL, groupby_next
};

static Value groupby_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    static const char *const names[] = { "iterable", "key" };
    Value a[2];
    if (itertools_parse(vm, "groupby", args + 1, nargs - 1, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    RClass *cls = v_class_obj(args[0]);
    RClass *gcls = kept_class(vm, cls->dict, "_grouper", &grouper_ops);
    if (!gcls) return V_NULL;
    Value it = iter_get(vm, a[0]);
    if (it == V_NULL) return V_NULL;
    ItGroupBy *g = obj_alloc(vm, K_NATIVE, cls, sizeof(ItGroupBy), true);
    if (!g) {
        v_decref(vm, it);
        return V_NULL;
    }
    g->it = it;
    g->keyfunc = a[1] != V_NULL ? v_incref(a[1]) : V_NONE;
    g->tgtkey = g->currkey = g->currvalue = V_NULL;
    obj_incref(gcls);
    g->grouper_cls = gcls;
    g->currgrouper = NULL;
    g->tick = 0;
    return v_from_obj(g);
}

static void grouper_traverse(RObj *o, VisitFn visit, void *arg)
{
    v_visit(((ItGrouper *)o)->parent, visit, arg);
    v_visit(((ItGrouper *)o)->tgtkey, visit, arg);
}

static void grouper_clear(rill_vm *vm, RObj *o)
{
    v_store(vm, &((ItGrouper *)o)->parent, V_NULL);
    v_store(vm, &((ItGrouper *)o)->tgtkey, V_NULL);
}

static Value grouper_next(rill_vm *vm, RObj *o)
{
    ItGrouper *gr = (ItGrouper *)o;
    if (gr->parent == V_NULL) return V_NULL;
    ItGroupBy *g = (ItGroupBy *)gr->parent;
    if (g->currgrouper != gr) return V_NULL;
    if (g->currvalue == V_NULL && groupby_step(vm, g) < 0) return V_NULL;
    if (g->currkey == V_NULL) return V_NULL;
    int r = groupby_same(vm, gr->tgtkey, g->currkey);
    if (r <= 0) return r < 0 ? cb_end(vm) : V_NULL;
    Value v = g->currvalue;     /* may be gone: __eq__ can run anything */
    g->currvalue = V_NULL;
    v_store(vm, &g->currkey, V_NULL);
    return v;
}

static const NativeOps grouper_ops = {
    sizeof(ItGrouper), true, grouper_traverse, grouper_clear, NULL, grouper_next
};

static Value grouper_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (pos_only(vm, "_grouper", nargs - 1, kwnames, 2, 2) < 0) return V_NULL;
    if (!is_a(args[1], &groupby_ops))
        return exc_raisef(vm, vm->exc_TypeError,
                          "_grouper() argument 1 must be itertools.groupby, not %T", args[1]);
    return grouper_make(vm, v_class_obj(args[0]), (ItGroupBy *)args[1], args[2]);
}

/* ---- islice ------------------------------------------------------------------------ */

typedef struct ItIslice {
    RObj h;
    Value it;                   /* V_NULL once done: any end, error included, drops it */
    intptr_t next, stop, step, cnt;     /* stop -1: None */
    uint32_t tick;
} ItIslice;

static Value islice_next(rill_vm *vm, RObj *o)
{
    ItIslice *s = (ItIslice *)o;
    if (s->it == V_NULL) return V_NULL;
    Value it = v_incref(s->it), item;
    while (s->cnt < s->next) {
        item = itertools_next_pass(vm, it);
        if (item == V_NULL) goto empty;
        v_decref(vm, item);
        s->cnt++;
        if (itertools_tick(vm, &s->tick) < 0) {
            v_decref(vm, it);
            return V_NULL;
        }
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto empty;
    item = itertools_next_pass(vm, it);
    if (item == V_NULL) goto empty;
    s->cnt++;
    intptr_t oldnext = s->next;
    s->next = (intptr_t)((uintptr_t)s->next + (uintptr_t)s->step);
    if (s->next < oldnext || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    v_decref(vm, it);
    return item;
empty:
    v_store(vm, &s->it, V_NULL);
    v_decref(vm, it);
    return V_NULL;
}

static const NativeOps islice_ops = {
    sizeof(ItIslice), true, one_traverse, one_clear, NULL, islice_next
};

/* PyNumber_AsSsize_t with any error cleared: -1 for anything that is not an index. */
static intptr_t islice_arg(rill_vm *vm, Value v)
{
    intptr_t i;
    if (bi_ssize_arg(vm, v, &i) == 0) return i;
    exc_clear(vm);
    return -1;
}

static Value islice_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    static const char stop_msg[] =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (pos_only(vm, "islice", nargs - 1, kwnames, 2, 4) < 0) return V_NULL;
    args++, nargs--;
    intptr_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (args[1] != V_NONE && (stop = islice_arg(vm, args[1])) == -1)
            return exc_raisef(vm, vm->exc_ValueError, stop_msg);
    } else {
        if (args[1] != V_NONE) start = islice_arg(vm, args[1]);
        if (args[2] != V_NONE && (stop = islice_arg(vm, args[2])) == -1)
            return exc_raisef(vm, vm->exc_ValueError, stop_msg);
    }
    if (start < 0 || stop < -1)
        return exc_raisef(vm, vm->exc_ValueError, "Indices for islice() must be None or an "
                          "integer: 0 <= x <= sys.maxsize.");
    if (nargs == 4 && args[3] != V_NONE) step = islice_arg(vm, args[3]);
    if (step < 1)
        return exc_raisef(vm, vm->exc_ValueError,
                          "Step for islice() must be a positive integer or None.");
    Value it = iter_get(vm, args[0]);
    if (it == V_NULL) return V_NULL;
    ItIslice *s = obj_alloc(vm, K_NATIVE, v_class_obj(args[-1]), sizeof(ItIslice), true);
    if (!s) {
        v_decref(vm, it);
        return V_NULL;
    }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    s->cnt = 0;
    s->tick = 0;
    return v_from_obj(s);
}

/* ---- pairwise ---------------------------------------------------------------------- */

typedef struct ItPairwise {
    RObj h;
    Value it;                   /* V_NULL once exhausted */
    Value old;                  /* the item the next pair starts with, or V_NULL */
    RTuple *result;
} ItPairwise;

static void pairwise_traverse(RObj *o, VisitFn visit, void *arg)
{
    ItPairwise *p = (ItPairwise *)o;
    v_visit(p->it, visit, arg);
    v_visit(p->old, visit, arg);
    if (p->result) visit(&p->result->h, arg);
}

static void pairwise_clear(rill_vm *vm, RObj *o)
{
    ItPairwise *p = (ItPairwise *)o;
    v_store(vm, &p->it, V_NULL);
    v_store(vm, &p->old, V_NULL);
    obj_store(vm, &p->result, NULL);
}

/* The first item is held while the second is pulled (a reentrant call may replace or
   drop p->old meanwhile), as in CPython's fixed pairwise_next. */
static Value pairwise_next(rill_vm *vm, RObj *o)
{
    ItPairwise *p = (ItPairwise *)o;
    if (p->it == V_NULL) return V_NULL;
    Value it = v_incref(p->it), old = V_NULL, nw = V_NULL;
    if (p->old == V_NULL) {
        Value first = itertools_next_pass(vm, it);
        v_store(vm, &p->old, first);
        if (first == V_NULL || p->it == V_NULL) goto end;
    }
    old = v_incref(p->old);
    nw = itertools_next_pass(vm, it);
    if (nw == V_NULL) goto end;
    v_decref(vm, it);
    RTuple *t = itertools_result(vm, &p->result, 2);
    if (!t) {
        v_decref(vm, old);
        v_decref(vm, nw);
        return V_NULL;
    }
    itertools_set(vm, t, 0, old);
    itertools_set(vm, t, 1, v_incref(nw));
    v_store(vm, &p->old, nw);
    return v_from_obj(t);
end:
    v_store(vm, &p->it, V_NULL);
    v_store(vm, &p->old, V_NULL);
    v_decref(vm, old);
    v_decref(vm, it);
    return V_NULL;
}

static const NativeOps pairwise_ops = {
    sizeof(ItPairwise), true, pairwise_traverse, pairwise_clear, NULL, pairwise_next
};

static Value pairwise_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (pos_only(vm, "pairwise", nargs - 1, kwnames, 1, 1) < 0) return V_NULL;
    Value it = iter_get(vm, args[1]);
    if (it == V_NULL) return V_NULL;
    ItPairwise *p = obj_alloc(vm, K_NATIVE, v_class_obj(args[0]), sizeof(ItPairwise), true);
    if (!p) {
        v_decref(vm, it);
        return V_NULL;
    }
    p->it = it;
    p->old = V_NULL;
    p->result = NULL;
    return v_from_obj(p);
}

/* ---- zip_longest ------------------------------------------------------------------- */

typedef struct ItZipLongest {
    RObj h;
    Value *iters;               /* n iterators; V_NULL for the exhausted ones */
    size_t n, numactive;
    Value fill;
    RTuple *result;
} ItZipLongest;

static void zl_traverse(RObj *o, VisitFn visit, void *arg)
{
    ItZipLongest *z = (ItZipLongest *)o;
    for (size_t i = 0; i < z->n; i++) v_visit(z->iters[i], visit, arg);
    v_visit(z->fill, visit, arg);
    if (z->result) visit(&z->result->h, arg);
}

static void zl_clear(rill_vm *vm, RObj *o)
{
    ItZipLongest *z = (ItZipLongest *)o;
    z->numactive = 0;
    for (size_t i = 0; i < z->n; i++) v_store(vm, &z->iters[i], V_NULL);
    v_store(vm, &z->fill, V_NONE);
    obj_store(vm, &z->result, NULL);
}

static void zl_destroy(rill_vm *vm, RObj *o)
{
    ItZipLongest *z = (ItZipLongest *)o;
    if (z->iters) mem_free(vm, z->iters, z->n * sizeof(Value));
    z->iters = NULL;
    z->n = 0;
}

/* As CPython: an error from any input ends the whole iterator. */
static Value zl_next(rill_vm *vm, RObj *o)
{
    ItZipLongest *z = (ItZipLongest *)o;
    if (z->n == 0 || z->numactive == 0) return V_NULL;
    RTuple *t = itertools_result(vm, &z->result, z->n);
    if (!t) return V_NULL;
    for (size_t i = 0; i < z->n; i++) {
        Value it = z->iters[i], item;
        if (it == V_NULL) {
            item = v_incref(z->fill);
        } else {
            v_incref(it);
            item = itertools_next(vm, it);
            if (item == V_NULL) {
                /* The input that ends last (or fails) is kept, as by CPython: it goes
                   only with the zip_longest, which finalizes a generator under it then. */
                if (vm_exc_pending(vm) || z->numactive <= 1) {
                    z->numactive = 0;
                    v_decref(vm, it);
                    obj_decref(vm, t);
                    return V_NULL;
                }
                if (z->iters[i] == it) {
                    z->numactive--;
                    v_store(vm, &z->iters[i], V_NULL);
                }
                item = v_incref(z->fill);
            }
            v_decref(vm, it);
        }
        itertools_set(vm, t, i, item);
    }
    return v_from_obj(t);
}

static const NativeOps zl_ops = {
    sizeof(ItZipLongest), true, zl_traverse, zl_clear, zl_destroy, zl_next
};

static Value zl_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    Value fill = V_NONE;
    size_t n = nargs - 1;
    if (kwnames && kwnames->n) {
        if (kwnames->n != 1 || !str_eq_cstr(v_str(kwnames->items[0]), "fillvalue"))
            return exc_raisef(vm, vm->exc_TypeError,
                              "zip_longest() got an unexpected keyword argument");
        fill = args[nargs];
    }
    Value *iters = NULL;
    if (n) {
        iters = mem_alloc(vm, n * sizeof(Value));
        if (!iters) return V_NULL;
        for (size_t i = 0; i < n; i++) iters[i] = V_NULL;
    }
    ItZipLongest *z = obj_alloc(vm, K_NATIVE, v_class_obj(args[0]), sizeof(ItZipLongest), true);
    if (!z) {
        if (iters) mem_free(vm, iters, n * sizeof(Value));
        return V_NULL;
    }
    z->iters = iters;
    z->n = n;
    z->numactive = n;
    z->fill = v_incref(fill);
    z->result = NULL;
    for (size_t i = 0; i < n; i++) {
        Value it = iter_get(vm, args[1 + i]);
        if (it == V_NULL) {
            obj_decref(vm, z);
            return V_NULL;
        }
        z->iters[i] = it;
    }
    return v_from_obj(z);
}

/* ---- tee: _tee iterators over a shared chain of _tee_dataobject blocks ---------------
   Each block caches TEE_CELLS items; the iterators that read a block hold it, and each
   block holds the next, so a block is freed as soon as the slowest reader has left it.
   The leading reader pulls from the shared iterator; `running` stops a reentrant pull
   ("cannot re-enter the tee iterator"). */

enum { TEE_CELLS = 57 };

typedef struct ItTeeData {
    RObj h;
    Value it;
    int numread;                /* values[0..numread) are set */
    bool running;
    struct ItTeeData *nextlink;
    Value values[TEE_CELLS];
} ItTeeData;

typedef struct ItTee {
    RObj h;
    ItTeeData *data;            /* NULL only once cleared by the collector */
    int index;                  /* next cell to read in data, 0..TEE_CELLS */
} ItTee;

static void teedata_traverse(RObj *o, VisitFn visit, void *arg)
{
    ItTeeData *d = (ItTeeData *)o;
    v_visit(d->it, visit, arg);
    for (int i = 0; i < d->numread; i++) v_visit(d->values[i], visit, arg);
    if (d->nextlink) visit(&d->nextlink->h, arg);
}

/* The values go last to first so a block left consistent at each step (a released
   value may run a finalizer). */
static void teedata_clear(rill_vm *vm, RObj *o)
{
    ItTeeData *d = (ItTeeData *)o;
    v_store(vm, &d->it, V_NULL);
    while (d->numread > 0) {
        Value v = d->values[--d->numread];
        v_decref(vm, v);
    }
    obj_store(vm, &d->nextlink, NULL);
}

static const NativeOps teedata_ops = {
    sizeof(ItTeeData), true, teedata_traverse, teedata_clear, NULL, NULL
};

static ItTeeData *teedata_new(rill_vm *vm, RClass *cls, Value it)
{
    ItTeeData *d = obj_alloc(vm, K_NATIVE, cls, sizeof(ItTeeData), true);
    if (!d) return NULL;
    d->it = v_incref(it);
    d->numread = 0;
    d->running = false;
    d->nextlink = NULL;
    return d;
}

static void tee_traverse(RObj *o, VisitFn visit, void *arg)
{
    ItTee *t = (ItTee *)o;
    if (t->data) visit(&t->data->h, arg);
}

static void tee_clear(rill_vm *vm, RObj *o)
{
    obj_store(vm, &((ItTee *)o)->data, NULL);
}

static Value tee_next(rill_vm *vm, RObj *o)
{
    ItTee *t = (ItTee *)o;
    ItTeeData *d = t->data;
    if (!d) return V_NULL;
    if (t->index >= TEE_CELLS) {
        if (!d->nextlink) {
            if (d->it == V_NULL) return V_NULL;
            d->nextlink = teedata_new(vm, d->h.cls, d->it);
            if (!d->nextlink) return V_NULL;
        }
        ItTeeData *next = d->nextlink;
        obj_incref(next);
        t->index = 0;
        obj_store(vm, &t->data, next);     /* may free d (and run finalizers) */
        d = next;
    }
    int i = t->index;
    Value v;
    if (i < d->numread) {
        v = v_incref(d->values[i]);
    } else {
        if (d->running)
            return exc_raisef(vm, vm->exc_RuntimeError, "cannot re-enter the tee iterator");
        if (d->it == V_NULL) return V_NULL;
        d->running = true;
        v = itertools_next(vm, d->it);
        d->running = false;
        if (v == V_NULL) return V_NULL;
        d->values[d->numread++] = v_incref(v);
    }
    t->index++;
    return v;
}

static const NativeOps tee_ops = {
    sizeof(ItTee), true, tee_traverse, tee_clear, NULL, tee_next
};

static Value tee_make(rill_vm *vm, RClass *cls, ItTeeData *d, int index)
{
    ItTee *t = obj_alloc(vm, K_NATIVE, cls, sizeof(ItTee), true);
    if (!t) return V_NULL;
    obj_incref(d);
    t->data = d;
    t->index = index;
    return v_from_obj(t);
}

static Value tee_copy(rill_vm *vm, ItTee *t)
{
    if (!t->data) return exc_raisef(vm, vm->exc_RuntimeError, "cannot copy a cleared tee");
    return tee_make(vm, t->h.cls, t->data, t->index);
}

/* _tee(iterable): a copy when iter(iterable) is already a tee, else a new tee. */
static Value tee_from(rill_vm *vm, RClass *cls, Value iterable)
{
    RClass *dcls = kept_class(vm, cls->dict, "_tee_dataobject", &teedata_ops);
    if (!dcls) return V_NULL;
    Value it = iter_get(vm, iterable);
    if (it == V_NULL) return V_NULL;
    Value r;
    if (is_a(it, &tee_ops)) {
        r = tee_copy(vm, (ItTee *)it);
    } else {
        ItTeeData *d = teedata_new(vm, dcls, it);
        r = d ? tee_make(vm, cls, d, 0) : V_NULL;
        obj_xdecref(vm, d);
    }
    v_decref(vm, it);
    return r;
}

static Value tee_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (pos_only(vm, "_tee", nargs - 1, kwnames, 1, 1) < 0) return V_NULL;
    return tee_from(vm, v_class_obj(args[0]), args[1]);
}

static Value tee_m_copy(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!is_a(args[0], &tee_ops)) return bi_bad_self(vm, "__copy__", "itertools._tee", args[0]);
    return tee_copy(vm, (ItTee *)args[0]);
}

static const CFuncDef tee_methods[] = {
    { "__copy__", tee_m_copy, CF_METHOD, 0, 0, "Returns an independent iterator." },
    { NULL, NULL, 0, 0, 0, NULL }
};

/* _tee_dataobject(iterable, values, next), CPython's unpickling constructor: it stores
   the object as given, without calling iter(). */
static Value teedata_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (pos_only(vm, "teedataobject", nargs - 1, kwnames, 3, 3) < 0) return V_NULL;
    Value values = args[2], next = args[3];
    if (!v_is_list(values))
        return exc_raisef(vm, vm->exc_TypeError,
                          "teedataobject() argument 2 must be list, not %T", values);
    size_t n = v_list(values)->n;
    bool ok = n < TEE_CELLS ? next == V_NONE
            : n == TEE_CELLS && (next == V_NONE || is_a(next, &teedata_ops));
    if (!ok) return exc_raisef(vm, vm->exc_ValueError, "Invalid arguments");
    ItTeeData *d = teedata_new(vm, v_class_obj(args[0]), args[1]);
    if (!d) return V_NULL;
    for (size_t i = 0; i < n; i++) d->values[i] = v_incref(v_list(values)->items[i]);
    d->numread = (int)n;
    if (next != V_NONE) d->nextlink = (ItTeeData *)v_incref(next);
    return v_from_obj(d);
}

/* tee(iterable, n=2), bound to the module (args[0]). As CPython, an iterator that has
   __copy__ is used as it is: the first result is the iterator itself, the others its
   copies. */
static Value tee_fn(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    RModule *m = (RModule *)args[0];
    args++, nargs--;
    if (kwnames && kwnames->n)
        return exc_raisef(vm, vm->exc_TypeError, "itertools.tee() takes no keyword arguments");
    if (arg_count(vm, "tee", nargs, 1, 2) < 0) return V_NULL;
    intptr_t n = 2;
    if (nargs > 1 && bi_ssize_arg(vm, args[1], &n) < 0) return V_NULL;
    if (n < 0) return exc_raisef(vm, vm->exc_ValueError, "n must be >= 0");
    RTuple *result = tuple_new(vm, (size_t)n);
    if (!result || n == 0) return v_from_obj(result);
    RClass *tcls = kept_class(vm, m->dict, "_tee", &tee_ops);
    RStr *copy_name = tcls ? str_intern_cstr(vm, "__copy__") : NULL;
    Value it = copy_name ? iter_get(vm, args[0]) : V_NULL, copyfunc = V_NULL, first = V_NULL;
    if (it == V_NULL) goto fail;
    if (is_a(it, &tee_ops)) {
        first = v_incref(it);
    } else {
        copyfunc = obj_getattr_opt(vm, it, copy_name);
        if (copyfunc != V_NULL) first = v_incref(it);
        else if (!vm_exc_pending(vm)) first = tee_from(vm, tcls, it);
        if (first == V_NULL) goto fail;
    }
    tuple_init_item(result, 0, first);
    for (intptr_t i = 1; i < n; i++) {
        Value c = copyfunc != V_NULL ? call_value(vm, copyfunc, NULL, 0, NULL)
                                     : tee_copy(vm, (ItTee *)first);
        if (c == V_NULL) goto fail;
        tuple_init_item(result, (size_t)i, c);
    }
    obj_decref(vm, copy_name);
    v_decref(vm, it);
    v_decref(vm, copyfunc);
    return v_from_obj(result);
fail:
    obj_xdecref(vm, copy_name);
    v_decref(vm, it);
    v_decref(vm, copyfunc);
    obj_decref(vm, result);
    return V_NULL;
}

static const CFuncDef tee_def = {
    "tee", tee_fn, CF_KEYWORDS | CF_METHOD, -1, -1,
    "Returns a tuple of n independent iterators."
};

/* ---- the module ------------------------------------------------------------------------ */

typedef struct ItClass {
    const char *name;
    const NativeOps *ops;
    CFn ctor;
    const CFuncDef *defs;
    bool basetype;
} ItClass;

int stdlib_itertools_init(rill_vm *vm, RModule *m)
{
    RCFunc *tee = cfunc_new(vm, &tee_def, v_from_obj(m), NULL);
    RStr *key = tee ? str_intern_cstr(vm, "tee") : NULL;
    int rc = key ? dict_set_str(vm, m->dict, key, v_from_obj(tee)) : -1;
    if (rc == 0) {
        obj_incref(m->name);
        tee->module = v_from_obj(m->name);
    }
    obj_xdecref(vm, key);
    obj_xdecref(vm, tee);
    if (rc < 0) return -1;

    /* CPython's order of the module's names */
    const ItClass classes[] = {
        { "accumulate", &acc_ops, acc_ctor, NULL, true },
        { "combinations", NULL, NULL, NULL, true },
        { "combinations_with_replacement", NULL, NULL, NULL, true },
        { "cycle", &cycle_ops, cycle_ctor, NULL, true },
        { "dropwhile", &dropwhile_ops, dropwhile_ctor, NULL, true },
        { "takewhile", &takewhile_ops, takewhile_ctor, NULL, true },
        { "islice", &islice_ops, islice_ctor, NULL, true },
        { "starmap", &starmap_ops, starmap_ctor, NULL, true },
        { "chain", &chain_ops, chain_ctor, chain_methods, true },
        { "compress", &compress_ops, compress_ctor, NULL, true },
        { "filterfalse", &filterfalse_ops, filterfalse_ctor, NULL, true },
        { "count", &count_ops, count_ctor, count_methods, true },
        { "zip_longest", &zl_ops, zl_ctor, NULL, true },
        { "pairwise", &pairwise_ops, pairwise_ctor, NULL, true },
        { "permutations", NULL, NULL, NULL, true },
        { "product", NULL, NULL, NULL, true },
        { "repeat", &repeat_ops, repeat_ctor, repeat_methods, true },
        { "groupby", &groupby_ops, groupby_ctor, NULL, true },
        { "_grouper", &grouper_ops, grouper_ctor, NULL, false },
        { "_tee", &tee_ops, tee_ctor, tee_methods, false },
        { "_tee_dataobject", &teedata_ops, teedata_ctor, NULL, false },
        { "batched", &batched_ops, batched_ctor, NULL, true },
    };
    RClass *groupby = NULL, *grouper = NULL, *teecls = NULL, *teedata = NULL;
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        const ItClass *c = &classes[i];
        RClass *cls;
        if (!c->ops) {
            if (itertools_comb_init(vm, m, c->name) < 0) return -1;
            continue;
        }
        if (itertools_new_class(vm, m, c->name, c->ops, c->ctor, c->defs, c->basetype, &cls) < 0)
            return -1;
        if (c->ops == &groupby_ops) groupby = cls;
        else if (c->ops == &grouper_ops) grouper = cls;
        else if (c->ops == &tee_ops) teecls = cls;
        else if (c->ops == &teedata_ops) teedata = cls;
    }
    /* what groupby and _tee create (see the file comment) */
    RStr *k1 = str_intern_cstr(vm, "_grouper");
    RStr *k2 = k1 ? str_intern_cstr(vm, "_tee_dataobject") : NULL;
    rc = k2 && dict_set_str(vm, groupby->dict, k1, v_from_obj(grouper)) == 0 &&
         dict_set_str(vm, teecls->dict, k2, v_from_obj(teedata)) == 0 ? 0 : -1;
    obj_xdecref(vm, k1);
    obj_xdecref(vm, k2);
    return rc;
}
