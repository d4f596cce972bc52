/*
** itertools_comb.c — the combinatoric iterators of itertools: product, permutations,
** combinations and combinations_with_replacement. As CPython, each reads its inputs into
** tuples when it is made, then produces results by advancing an array of indices; the
** result tuple is updated in place when the consumer has dropped the previous one
** (`for a, b in combinations(...)` allocates nothing), else copied first.
*/
#include <string.h>
#include "itertools_int.h"
#include "builtins.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/exc.h"

/* The tuple to update for the next result: the last one, copied first if someone else
   holds it. Borrowed (the iterator keeps it in *slot), NULL on MemoryError. */
static RTuple *next_result(rill_vm *vm, RTuple **slot, size_t n)
{
    RTuple *t = *slot;
    if (t->h.rc > 1) {
        RTuple *nt = tuple_from_array(vm, t->items, n);
        if (!nt) return NULL;
        obj_store(vm, slot, nt);
        t = nt;
    }
    if (n) t->hash = -1;        /* never written: the shared empty tuple */
    return t;
}

static size_t *index_array(rill_vm *vm, size_t n)
{
    if (n > SIZE_MAX / 2 / sizeof(size_t)) return exc_nomem(vm), NULL;
    return n ? mem_alloc(vm, n * sizeof(size_t)) : NULL;
}

/* ---- product ----------------------------------------------------------------------- */

typedef struct ItProduct {
    RObj h;
    RTuple *pools;              /* npools tuples (the repeats share them) */
    size_t *indices;            /* one per pool */
    size_t npools;
    RTuple *result;             /* NULL before the first result */
    bool stopped;
    uint32_t tick;
} ItProduct;

static void product_traverse(RObj *o, VisitFn visit, void *arg)
{
    ItProduct *p = (ItProduct *)o;
    if (p->pools) visit(&p->pools->h, arg);
    if (p->result) visit(&p->result->h, arg);
}

static void product_clear(rill_vm *vm, RObj *o)
{
    ItProduct *p = (ItProduct *)o;
    p->stopped = true;
    obj_store(vm, &p->pools, NULL);
    obj_store(vm, &p->result, NULL);
}

static void product_destroy(rill_vm *vm, RObj *o)
{
    ItProduct *p = (ItProduct *)o;
    if (p->indices) mem_free(vm, p->indices, p->npools * sizeof(size_t));
    p->indices = NULL;
}

static Value product_next(rill_vm *vm, RObj *o)
{
    ItProduct *p = (ItProduct *)o;
    if (p->stopped) return V_NULL;
    if (itertools_tick(vm, &p->tick) < 0) return V_NULL;
    RTuple *pools = p->pools;
    size_t np = p->npools;
    if (!p->result) {
        /* the first result: the first item of each pool */
        RTuple *r = tuple_new(vm, np);
        if (!r) return V_NULL;
        for (size_t i = 0; i < np; i++) {
            RTuple *pool = v_tuple(pools->items[i]);
            if (pool->n == 0) {
                p->stopped = true;
                obj_decref(vm, r);
                return V_NULL;
            }
            r->items[i] = v_incref(pool->items[0]);
        }
        p->result = r;
        obj_incref(r);
        return v_from_obj(r);
    }
    if (np == 0) {
        p->stopped = true;
        return V_NULL;
    }
    RTuple *r = next_result(vm, &p->result, np);
    if (!r) return V_NULL;
    /* an odometer: the rightmost index turns fastest */
    intptr_t i;
    for (i = (intptr_t)np - 1; i >= 0; i--) {
        RTuple *pool = v_tuple(pools->items[i]);
        size_t k = ++p->indices[i];
        if (k < pool->n) {
            itertools_set(vm, r, (size_t)i, v_incref(pool->items[k]));
            break;
        }
        p->indices[i] = 0;
        itertools_set(vm, r, (size_t)i, v_incref(pool->items[0]));
    }
    if (i < 0) {
        p->stopped = true;
        return V_NULL;
    }
    obj_incref(r);
    return v_from_obj(r);
}

static const NativeOps product_ops = {
    sizeof(ItProduct), true, product_traverse, product_clear, product_destroy, product_next
};

static Value product_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    static const char *const names[] = { "repeat" };
    Value kw[1];
    intptr_t repeat = 1;
    if (itertools_parse(vm, "product", args + nargs, 0, kwnames, names, 1, 0, 0, kw) < 0)
        return V_NULL;
    if (kw[0] != V_NULL) {
        if (bi_ssize_arg(vm, kw[0], &repeat) < 0) return V_NULL;
        if (repeat < 0)
            return exc_raisef(vm, vm->exc_ValueError, "repeat argument cannot be negative");
    }
    /* repeat=0 gives one empty product without looking at the iterables */
    size_t n = repeat == 0 ? 0 : nargs - 1;
    if (n && (size_t)repeat > SIZE_MAX / 2 / sizeof(size_t) / n)
        return exc_raisef(vm, vm->exc_OverflowError, "repeat argument too large");
    size_t np = n * (size_t)repeat;
    size_t *indices = index_array(vm, np);
    RTuple *pools = (indices || np == 0) ? tuple_new(vm, np) : NULL;
    if (!pools) goto fail;
    for (size_t i = 0; i < np; i++) indices[i] = 0;
    for (size_t i = 0; i < n; i++) {
        RTuple *pool = tuple_from_iter(vm, args[1 + i]);
        if (!pool) goto fail;
        tuple_init_item(pools, i, v_from_obj(pool));
    }
    for (size_t i = n; i < np; i++) tuple_init_item(pools, i, v_incref(pools->items[i - n]));
    ItProduct *p = obj_alloc(vm, K_NATIVE, v_class_obj(args[0]), sizeof(ItProduct), true);
    if (!p) goto fail;
    p->pools = pools;
    p->indices = indices;
    p->npools = np;
    p->result = NULL;
    p->stopped = false;
    p->tick = 0;
    return v_from_obj(p);
fail:
    if (indices) mem_free(vm, indices, np * sizeof(size_t));
    obj_xdecref(vm, pools);
    return V_NULL;
}

/* ---- combinations, combinations_with_replacement, permutations ------------------------ */

typedef struct ItComb {
    RObj h;
    RTuple *pool;
    size_t *indices;            /* nindices: r, or the pool's size for permutations */
    size_t *cycles;             /* permutations: r rollover counters */
    size_t r, nindices;
    RTuple *result;             /* NULL before the first result */
    bool stopped;
    uint32_t tick;
} ItComb;

static void comb_traverse(RObj *o, VisitFn visit, void *arg)
{
    ItComb *c = (ItComb *)o;
    if (c->pool) visit(&c->pool->h, arg);
    if (c->result) visit(&c->result->h, arg);
}

static void comb_clear(rill_vm *vm, RObj *o)
{
    ItComb *c = (ItComb *)o;
    c->stopped = true;
    obj_store(vm, &c->pool, NULL);
    obj_store(vm, &c->result, NULL);
}

static void comb_destroy(rill_vm *vm, RObj *o)
{
    ItComb *c = (ItComb *)o;
    if (c->indices) mem_free(vm, c->indices, c->nindices * sizeof(size_t));
    if (c->cycles) mem_free(vm, c->cycles, c->r * sizeof(size_t));
    c->indices = c->cycles = NULL;
}

/* The first result: pool[indices[i]] for i < r. 0 / -1. */
static int comb_first(rill_vm *vm, ItComb *c)
{
    RTuple *t = tuple_new(vm, c->r);
    if (!t) return -1;
    for (size_t i = 0; i < c->r; i++) t->items[i] = v_incref(c->pool->items[c->indices[i]]);
    c->result = t;
    return 0;
}

/* Starts a call of a combinatoric next: V_NULL when done or failed, else the result
   tuple to update (borrowed), or the first result itself (*first set, a new ref). */
static RTuple *comb_begin(rill_vm *vm, ItComb *c, Value *first)
{
    *first = V_NULL;
    if (c->stopped) return NULL;
    if (itertools_tick(vm, &c->tick) < 0) return NULL;
    if (!c->result) {
        if (comb_first(vm, c) < 0) return NULL;
        *first = v_incref(v_from_obj(c->result));
        return NULL;
    }
    return next_result(vm, &c->result, c->r);
}

static Value comb_stop(ItComb *c)
{
    c->stopped = true;
    return V_NULL;
}

static Value combinations_next(rill_vm *vm, RObj *o)
{
    ItComb *c = (ItComb *)o;
    Value first;
    RTuple *t = comb_begin(vm, c, &first);
    if (!t) return first;
    size_t n = c->pool->n, r = c->r, *ind = c->indices;
    /* the rightmost index not at its maximum (i + n - r) */
    intptr_t i = (intptr_t)r - 1;
    while (i >= 0 && ind[i] == (size_t)i + n - r) i--;
    if (i < 0) return comb_stop(c);
    ind[i]++;
    for (size_t j = (size_t)i + 1; j < r; j++) ind[j] = ind[j - 1] + 1;
    for (size_t j = (size_t)i; j < r; j++)
        itertools_set(vm, t, j, v_incref(c->pool->items[ind[j]]));
    obj_incref(t);
    return v_from_obj(t);
}

static Value cwr_next(rill_vm *vm, RObj *o)
{
    ItComb *c = (ItComb *)o;
    Value first;
    RTuple *t = comb_begin(vm, c, &first);
    if (!t) return first;
    size_t n = c->pool->n, r = c->r, *ind = c->indices;
    /* the rightmost index not at its maximum (n - 1); it and those after it advance */
    intptr_t i = (intptr_t)r - 1;
    while (i >= 0 && ind[i] == n - 1) i--;
    if (i < 0) return comb_stop(c);
    size_t index = ind[i] + 1;
    Value elem = c->pool->items[index];
    for (size_t j = (size_t)i; j < r; j++) {
        ind[j] = index;
        itertools_set(vm, t, j, v_incref(elem));
    }
    obj_incref(t);
    return v_from_obj(t);
}

static Value permutations_next(rill_vm *vm, RObj *o)
{
    ItComb *c = (ItComb *)o;
    Value first;
    RTuple *t = comb_begin(vm, c, &first);
    if (!t) return first;
    size_t n = c->pool->n, r = c->r, *ind = c->indices, *cyc = c->cycles;
    if (n == 0) return comb_stop(c);
    /* decrement the rightmost cycle, moving left on each rollover */
    intptr_t i;
    for (i = (intptr_t)r - 1; i >= 0; i--) {
        if (--cyc[i] == 0) {
            /* rotate indices[i:] left by one */
            size_t index = ind[i];
            memmove(ind + i, ind + i + 1, (n - 1 - (size_t)i) * sizeof(size_t));
            ind[n - 1] = index;
            cyc[i] = n - (size_t)i;
        } else {
            size_t j = cyc[i], index = ind[i];
            ind[i] = ind[n - j];
            ind[n - j] = index;
            for (size_t k = (size_t)i; k < r; k++)
                itertools_set(vm, t, k, v_incref(c->pool->items[ind[k]]));
            break;
        }
    }
    if (i < 0) return comb_stop(c);
    obj_incref(t);
    return v_from_obj(t);
}

static const NativeOps combinations_ops = {
    sizeof(ItComb), true, comb_traverse, comb_clear, comb_destroy, combinations_next
};
static const NativeOps cwr_ops = {
    sizeof(ItComb), true, comb_traverse, comb_clear, comb_destroy, cwr_next
};
static const NativeOps permutations_ops = {
    sizeof(ItComb), true, comb_traverse, comb_clear, comb_destroy, permutations_next
};

/* A combinatoric object over pool (stolen) with r; permutations also gets cycles. */
static Value comb_make(rill_vm *vm, Value cls, RTuple *pool, size_t r, bool perm)
{
    size_t n = pool->n, nind = perm ? n : r;
    size_t *ind = index_array(vm, nind), *cyc = NULL;
    bool ok = ind || nind == 0;
    if (ok && perm) {
        cyc = index_array(vm, r);
        ok = cyc || r == 0;
    }
    ItComb *c = ok ? obj_alloc(vm, K_NATIVE, v_class_obj(cls), sizeof(ItComb), true) : NULL;
    if (!c) {
        if (ind) mem_free(vm, ind, nind * sizeof(size_t));
        if (cyc) mem_free(vm, cyc, r * sizeof(size_t));
        obj_decref(vm, pool);
        return V_NULL;
    }
    c->pool = pool;
    c->indices = ind;
    c->cycles = cyc;
    c->r = r;
    c->nindices = nind;
    c->result = NULL;
    c->tick = 0;
    const NativeOps *ops = v_class_obj(cls)->native;
    for (size_t i = 0; i < nind; i++) ind[i] = ops == &cwr_ops ? 0 : i;
    for (size_t i = 0; cyc && i < r; i++) cyc[i] = n - i;
    c->stopped = ops == &cwr_ops ? (n == 0 && r > 0) : r > n;
    return v_from_obj(c);
}

/* combinations(iterable, r) and combinations_with_replacement(iterable, r): r is
   converted before the iterable is read, and checked after. */
static Value comb_ctor(rill_vm *vm, const char *fname, const Value *args, size_t nargs,
                       RTuple *kwnames)
{
    static const char *const names[] = { "iterable", "r" };
    Value a[2];
    intptr_t r;
    if (itertools_parse(vm, fname, args + 1, nargs - 1, kwnames, names, 2, 2, 2, a) < 0 ||
        bi_ssize_arg(vm, a[1], &r) < 0)
        return V_NULL;
    RTuple *pool = tuple_from_iter(vm, a[0]);
    if (!pool) return V_NULL;
    if (r < 0) {
        obj_decref(vm, pool);
        return exc_raisef(vm, vm->exc_ValueError, "r must be non-negative");
    }
    return comb_make(vm, args[0], pool, (size_t)r, false);
}

static Value combinations_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return comb_ctor(vm, "combinations", args, nargs, kw);
}

static Value cwr_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return comb_ctor(vm, "combinations_with_replacement", args, nargs, kw);
}

/* permutations(iterable, r=None): the iterable is read first, then r checked. */
static Value permutations_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    static const char *const names[] = { "iterable", "r" };
    Value a[2];
    if (itertools_parse(vm, "permutations", args + 1, nargs - 1, kwnames, names, 2, 2, 1, a) < 0)
        return V_NULL;
    RTuple *pool = tuple_from_iter(vm, a[0]);
    if (!pool) return V_NULL;
    intptr_t r = (intptr_t)pool->n;
    if (a[1] != V_NULL && a[1] != V_NONE) {
        if (!int_check(a[1])) {
            obj_decref(vm, pool);
            return exc_raisef(vm, vm->exc_TypeError, "Expected int as r");
        }
        if (bi_ssize_arg(vm, a[1], &r) < 0) {
            obj_decref(vm, pool);
            return V_NULL;
        }
    }
    if (r < 0) {
        obj_decref(vm, pool);
        return exc_raisef(vm, vm->exc_ValueError, "r must be non-negative");
    }
    return comb_make(vm, args[0], pool, (size_t)r, true);
}

/* ---- registration ------------------------------------------------------------------- */

int itertools_comb_init(rill_vm *vm, RModule *m, const char *name)
{
    static const struct {
        const char *name;
        const NativeOps *ops;
        CFn ctor;
    } classes[] = {
        { "product", &product_ops, product_ctor },
        { "permutations", &permutations_ops, permutations_ctor },
        { "combinations", &combinations_ops, combinations_ctor },
        { "combinations_with_replacement", &cwr_ops, cwr_ctor },
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        if (strcmp(classes[i].name, name) == 0)
            return itertools_new_class(vm, m, name, classes[i].ops, classes[i].ctor, NULL, true,
                                       NULL);
    return exc_raisef_i(vm, vm->exc_SystemError, "no itertools class %s", name);
}
