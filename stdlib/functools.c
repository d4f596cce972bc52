/*
** functools.c — the functools module: reduce, partial, lru_cache and cache (with
** CPython's cache keys, LRU order, cache_info and cache_clear), update_wrapper and
** wraps, cmp_to_key, and total_ordering (CPython's table of derived comparisons).
**
** partial, the cache wrapper, CacheInfo and KeyWrapper are K_NATIVE classes. The cache
** wrapper and CacheInfo are made "user-like" (CLS_BUILTIN cleared) so that the VM's
** protocol paths look up their C methods as they would a class's: the wrapper's __get__
** binds it as a method when it decorates one, and CacheInfo's __eq__ and __hash__ make
** it compare and hash like the tuple it stands for (rill has no tuple subclasses, so
** CacheInfo is a tuple-like object rather than a namedtuple). partial and the wrapper
** keep function attributes (__wrapped__, __name__...) in a dict of their own, read
** through __getattr__ and written by update_wrapper.
*/
#include <string.h>
#include "stdlib.h"
#include "builtins.h"
#include "../vm/ops.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/seq.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/module.h"

/* ---- shared helpers --------------------------------------------------------------------- */

/* An attribute of the functools module (borrowed; the module stays in sys.modules), for
   the classes the functions create. */
static Value mod_attr(rill_vm *vm, const char *name)
{
    RStr *mn = str_intern_cstr(vm, "functools");
    if (!mn) return V_NULL;
    Value m = import_name(vm, mn, NULL, V_NONE, V_NULL);
    obj_decref(vm, mn);
    if (m == V_NULL) return V_NULL;
    RStr *key = str_intern_cstr(vm, name);
    Value r = key && v_is_kind(m, K_MODULE) ? dict_get_str(((RModule *)m)->dict, key) : V_NULL;
    obj_xdecref(vm, key);
    v_decref(vm, m);
    if (r == V_NULL && !vm_exc_pending(vm))
        exc_raisef(vm, vm->exc_RuntimeError, "functools.%s is missing", name);
    return r;
}

static int dict_set_cstr(rill_vm *vm, RDict *d, const char *name, Value v)
{
    RStr *k = str_intern_cstr(vm, name);
    int r = k ? dict_set_str(vm, d, k, v) : -1;
    obj_xdecref(vm, k);
    return r;
}

/* Is v an instance of a K_NATIVE class with these ops? */
static bool is_native(Value v, const NativeOps *ops)
{
    return v_is_kind(v, K_NATIVE) && v_obj(v)->cls->native == ops;
}

/* The attribute dict of a partial or cache wrapper: read by __getattr__ ("__dict__"
   itself, made on first use as CPython does) with CPython's message for a miss. */
static Value dict_getattr(rill_vm *vm, RDict **slot, Value name, const char *tpname)
{
    if (!v_is_str(name))
        return exc_raisef(vm, vm->exc_TypeError, "attribute name must be string, not '%T'", name);
    if (str_eq_cstr(v_str(name), "__dict__")) {
        if (!*slot && !(*slot = dict_new(vm))) return V_NULL;
        return v_incref(v_from_obj(*slot));
    }
    Value r = *slot ? dict_get_str(*slot, v_str(name)) : V_NULL;
    if (r != V_NULL) return v_incref(r);
    return exc_raisef(vm, vm->exc_AttributeError, "'%s' object has no attribute '%U'", tpname,
                      v_str(name));
}

/* ---- binding arguments as a Python function does -------------------------------------- */

int stdlib_bind_args(rill_vm *vm, const char *qual, const Value *args, size_t nargs, RTuple *kw,
                     bool self, const char *const *names, size_t npos, size_t nreq, size_t nkwonly,
                     Value *out)
{
    size_t np = npos + nkwonly, skip = self ? 1 : 0, given = nargs > skip ? nargs - skip : 0;
    for (size_t i = 0; i < np; i++) out[i] = V_NULL;
    if (given > npos) {
        if (nreq < npos)
            return exc_raisef_i(vm, vm->exc_TypeError, "%s() takes from %zu to %zu positional "
                                "arguments but %zu were given",
                                qual, nreq + skip, npos + skip, nargs);
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "%s() takes %zu positional argument%s but %zu %s given", qual,
                            npos + skip, npos + skip == 1 ? "" : "s", nargs,
                            nargs == 1 ? "was" : "were");
    }
    for (size_t i = 0; i < given; i++) out[i] = args[skip + i];
    for (size_t k = 0; kw && k < kw->n; k++) {
        RStr *name = v_str(kw->items[k]);
        size_t i = 0;
        while (i < np && !str_eq_cstr(name, names[i])) i++;
        if (i == np)
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "%s() got an unexpected keyword argument '%U'",
                                qual, name);
        if (out[i] != V_NULL)
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "%s() got multiple values for argument '%U'",
                                qual, name);
        out[i] = args[nargs + k];
    }
    size_t missing = 0;
    for (size_t i = 0; i < nreq; i++) missing += out[i] == V_NULL;
    if (!missing) return 0;
    StrBuf b;
    sb_init(&b, vm);
    sb_addf(&b, "%s() missing %zu required positional argument%s: ", qual, missing,
            missing == 1 ? "" : "s");
    for (size_t i = 0, seen = 0; i < nreq; i++) {
        if (out[i] != V_NULL) continue;
        if (seen) sb_adds(&b, missing == 2 ? " and " : seen == missing - 1 ? ", and " : ", ");
        sb_addf(&b, "'%s'", names[i]);
        seen++;
    }
    RStr *msg = sb_finish(&b);
    if (msg) {
        exc_raisef(vm, vm->exc_TypeError, "%U", msg);
        obj_decref(vm, msg);
    }
    return -1;
}

/* ---- reduce ------------------------------------------------------------------------------ */

static Value ft_reduce(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (arg_no_kw(vm, "reduce", kw) < 0 || arg_count(vm, "reduce", nargs, 2, 3) < 0) return V_NULL;
    Value fn = args[0];
    Value it = iter_get(vm, args[1]);
    if (it == V_NULL) {
        if (exc_matches(vm, vm->exc_TypeError)) {
            exc_clear(vm);
            exc_raisef(vm, vm->exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return V_NULL;
    }
    Value result = nargs > 2 ? v_incref(args[2]) : V_NULL, item;
    while ((item = iter_next(vm, it)) != V_NULL) {
        if (result == V_NULL) {
            result = item;
            continue;
        }
        Value pair[2] = { result, item };
        Value r = call_value(vm, fn, pair, 2, NULL);
        v_decref(vm, item);
        v_store(vm, &result, r);
        if (r == V_NULL) break;
    }
    v_decref(vm, it);
    if (vm_exc_pending(vm)) {
        v_decref(vm, result);
        return V_NULL;
    }
    if (result == V_NULL)
        return exc_raisef(vm, vm->exc_TypeError,
                          "reduce() of empty iterable with no initial value");
    return result;
}

/* ---- partial ----------------------------------------------------------------------------- */

typedef struct RPartial {
    RObj h;
    Value fn;
    RTuple *args;
    RDict *kw;
    RDict *dict;                /* attributes, NULL until used */
} RPartial;

static void partial_traverse(RObj *o, VisitFn visit, void *arg)
{
    RPartial *p = (RPartial *)o;
    v_visit(p->fn, visit, arg);
    if (p->args) visit(&p->args->h, arg);
    if (p->kw) visit(&p->kw->h, arg);
    if (p->dict) visit(&p->dict->h, arg);
}

static void partial_clear(rill_vm *vm, RObj *o)
{
    RPartial *p = (RPartial *)o;
    v_store(vm, &p->fn, V_NONE);
    obj_store(vm, &p->args, NULL);
    obj_store(vm, &p->kw, NULL);
    obj_store(vm, &p->dict, NULL);
}

static const NativeOps partial_ops = {
    sizeof(RPartial), true, partial_traverse, partial_clear, NULL, NULL
};

/* A new partial of class cls: fn with the positional args and the keyword arguments
   (kwnames/kwvals, may be NULL) added after those of fn when fn is itself a plain
   partial (one without attributes), as CPython flattens them. */
static Value partial_make(rill_vm *vm, RClass *cls, Value fn, const Value *args, size_t nargs,
                          RTuple *kwnames, const Value *kwvals)
{
    RTuple *pargs = NULL;
    RDict *pkw = NULL;
    if (is_native(fn, &partial_ops) && ((RPartial *)fn)->dict == NULL) {
        RPartial *inner = (RPartial *)fn;
        pargs = inner->args;
        pkw = inner->kw;
        fn = inner->fn;
    }
    if (!bi_is_callable(vm, fn))
        return exc_raisef(vm, vm->exc_TypeError, "the first argument must be callable");
    RPartial *p = obj_alloc(vm, K_NATIVE, cls, sizeof(RPartial), true);
    if (!p) return V_NULL;
    p->fn = v_incref(fn);
    p->args = NULL;
    p->kw = NULL;
    p->dict = NULL;
    size_t n0 = pargs ? pargs->n : 0;
    if (!(p->args = tuple_new(vm, n0 + nargs))) goto fail;
    for (size_t i = 0; i < n0; i++) tuple_init_item(p->args, i, v_incref(pargs->items[i]));
    for (size_t i = 0; i < nargs; i++) tuple_init_item(p->args, n0 + i, v_incref(args[i]));
    if (!(p->kw = pkw ? dict_copy(vm, pkw) : dict_new(vm))) goto fail;
    for (size_t i = 0; kwnames && i < kwnames->n; i++)
        if (dict_set(vm, p->kw, kwnames->items[i], kwvals[i]) < 0) goto fail;
    return v_from_obj(p);
fail:
    obj_decref(vm, p);
    return V_NULL;
}

static Value partial_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (nargs < 2)
        return exc_raisef(vm, vm->exc_TypeError, "type 'partial' takes at least one argument");
    return partial_make(vm, v_class_obj(args[0]), args[1], args + 2, nargs - 2, kw, args + nargs);
}

static RPartial *partial_self(rill_vm *vm, const Value *args, size_t nargs, const char *meth)
{
    if (nargs >= 1 && is_native(args[0], &partial_ops)) return (RPartial *)args[0];
    if (nargs == 0)
        exc_raisef(vm, vm->exc_TypeError, "unbound method partial.%s() needs an argument", meth);
    else
        bi_bad_self(vm, meth, "functools.partial", args[0]);
    return NULL;
}

static Value partial_call(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    RPartial *p = partial_self(vm, args, nargs, "__call__");
    if (!p) return V_NULL;
    args++, nargs--;
    size_t nkw = kwnames ? kwnames->n : 0;
    RTuple *pa = p->args;
    RDict *pkw = p->kw;
    if (!pa) return exc_raisef(vm, vm->exc_TypeError, "'functools.partial' object is broken");
    Value fn = v_incref(p->fn);
    obj_incref(pa);
    size_t n = pa->n + nargs, total = n + nkw;
    Value small[8];
    Value *vec = total <= 8 ? small : mem_alloc(vm, total * sizeof(Value));
    Value r = V_NULL;
    if (!vec) goto done;
    memcpy(vec, pa->items, pa->n * sizeof(Value));
    memcpy(vec + pa->n, args, (nargs + nkw) * sizeof(Value));
    if (!pkw || pkw->used == 0) {
        r = call_value(vm, fn, vec, n, kwnames);
    } else {
        /* the stored keywords, updated by the call's */
        RDict *kw = dict_copy(vm, pkw);
        bool ok = kw != NULL;
        for (size_t i = 0; ok && i < nkw; i++)
            ok = dict_set(vm, kw, kwnames->items[i], args[nargs + i]) == 0;
        if (ok) r = call_with_kwdict(vm, fn, vec, n, kw);
        obj_xdecref(vm, kw);
    }
    if (vec != small) mem_free(vm, vec, total * sizeof(Value));
done:
    obj_decref(vm, pa);
    v_decref(vm, fn);
    return r;
}

/* functools.partial(<function f at 0x...>, 1, b=2) */
static Value partial_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RPartial *p = partial_self(vm, args, nargs, "__repr__");
    if (!p) return V_NULL;
    int rec = seq_repr_enter(vm, &p->h);
    if (rec < 0) return V_NULL;
    if (rec > 0) return v_from_obj(str_from_cstr(vm, "..."));
    StrBuf b;
    sb_init(&b, vm);
    RClass *cls = p->h.cls;
    Value mod = dict_get_str(cls->dict, vm->s___module__);
    if (mod != V_NULL && v_is_str(mod)) {
        sb_add_str(&b, v_str(mod));
        sb_addc(&b, '.');
    }
    sb_add_str(&b, cls->qualname);
    sb_addc(&b, '(');
    int rc = sb_add_repr(&b, p->fn);
    for (size_t i = 0; rc == 0 && p->args && i < p->args->n; i++) {
        sb_adds(&b, ", ");
        rc = sb_add_repr(&b, p->args->items[i]);
    }
    size_t pos = 0;
    Value k, v;
    while (rc == 0 && p->kw && dict_next(p->kw, &pos, &k, &v)) {
        sb_adds(&b, ", ");
        Value kk = v_incref(k), vv = v_incref(v);
        rc = sb_add_strof(&b, kk);
        if (rc == 0) sb_addc(&b, '=');
        if (rc == 0) rc = sb_add_repr(&b, vv);
        v_decref(vm, kk);
        v_decref(vm, vv);
    }
    sb_addc(&b, ')');
    seq_repr_leave(vm, &p->h);
    if (rc < 0) {
        sb_free(&b);
        return V_NULL;
    }
    RStr *s = sb_finish(&b);
    return s ? v_from_obj(s) : V_NULL;
}

static Value partial_getattr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RPartial *p = partial_self(vm, args, nargs, "__getattr__");
    if (!p) return V_NULL;
    if (nargs != 2)
        return exc_raisef(vm, vm->exc_TypeError, "expected 1 argument, got %zu", nargs - 1);
    return dict_getattr(vm, &p->dict, args[1], "functools.partial");
}

static Value partial_get_func(rill_vm *vm, Value self)
{
    return v_incref(((RPartial *)self)->fn);
}

static Value partial_get_args(rill_vm *vm, Value self)
{
    RTuple *t = ((RPartial *)self)->args;
    return t ? v_incref(v_from_obj(t)) : v_incref(v_from_obj(vm->empty_tuple));
}

static Value partial_get_keywords(rill_vm *vm, Value self)
{
    RPartial *p = (RPartial *)self;
    if (!p->kw && !(p->kw = dict_new(vm))) return V_NULL;
    return v_incref(v_from_obj(p->kw));
}

static const CFuncDef partial_methods[] = {
    { "__call__", partial_call, CF_METHOD | CF_KEYWORDS, -1, -1, "Call self as a function." },
    { "__repr__", partial_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { "__getattr__", partial_getattr, CF_METHOD, -1, -1, "The attributes set on the object." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static const GetSetDef partial_getsets[] = {
    { "func", partial_get_func, NULL },
    { "args", partial_get_args, NULL },
    { "keywords", partial_get_keywords, NULL },
    { NULL, NULL, NULL }
};

/* ---- CacheInfo: a tuple-like (hits, misses, maxsize, currsize) --------------------------- */

typedef struct RCacheInfo {
    RObj h;
    RTuple *t;
} RCacheInfo;

static void ci_traverse(RObj *o, VisitFn visit, void *arg)
{
    RCacheInfo *c = (RCacheInfo *)o;
    if (c->t) visit(&c->t->h, arg);
}

static void ci_clear(rill_vm *vm, RObj *o)
{
    obj_store(vm, &((RCacheInfo *)o)->t, NULL);
}

static const NativeOps cacheinfo_ops = {
    sizeof(RCacheInfo), true, ci_traverse, ci_clear, NULL, NULL
};

static const char *const ci_fields[] = { "hits", "misses", "maxsize", "currsize" };

static RTuple *ci_tuple(rill_vm *vm, const Value *args, size_t nargs, const char *meth)
{
    if (nargs >= 1 && is_native(args[0], &cacheinfo_ops) && ((RCacheInfo *)args[0])->t)
        return ((RCacheInfo *)args[0])->t;
    if (nargs == 0)
        exc_raisef(vm, vm->exc_TypeError, "unbound method CacheInfo.%s() needs an argument", meth);
    else
        bi_bad_self(vm, meth, "CacheInfo", args[0]);
    return NULL;
}

static Value ci_new(rill_vm *vm, RClass *cls, RTuple *t)
{
    RCacheInfo *ci = obj_alloc(vm, K_NATIVE, cls, sizeof(RCacheInfo), true);
    if (!ci) {
        obj_decref(vm, t);
        return V_NULL;
    }
    ci->t = t;
    return v_from_obj(ci);
}

static Value ci_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value p[4];
    if (arg_parse(vm, "CacheInfo", args + 1, nargs - 1, kw, "hits misses maxsize currsize", p) < 0)
        return V_NULL;
    RTuple *t = tuple_from_array(vm, p, 4);
    return t ? ci_new(vm, v_class_obj(args[0]), t) : V_NULL;
}

static Value ci_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RTuple *t = ci_tuple(vm, args, nargs, "__repr__");
    if (!t) return V_NULL;
    StrBuf b;
    sb_init(&b, vm);
    sb_adds(&b, "CacheInfo(");
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < 4; i++) {
        sb_addf(&b, "%s%s=", i ? ", " : "", ci_fields[i]);
        rc = sb_add_repr(&b, t->items[i]);
    }
    sb_addc(&b, ')');
    if (rc < 0) {
        sb_free(&b);
        return V_NULL;
    }
    RStr *s = sb_finish(&b);
    return s ? v_from_obj(s) : V_NULL;
}

/* The tuple a CacheInfo stands for, or the value itself. */
static Value ci_unwrap(Value v)
{
    RCacheInfo *ci = (RCacheInfo *)v;
    return is_native(v, &cacheinfo_ops) && ci->t ? v_from_obj(ci->t) : v;
}

static Value ci_compare(rill_vm *vm, const Value *args, size_t nargs, CmpOp op, const char *name)
{
    RTuple *t = ci_tuple(vm, args, nargs, name);
    if (!t) return V_NULL;
    Value other = ci_unwrap(args[1]);
    if (!v_is_tuple(other)) return bi_not_implemented(vm);
    return obj_compare(vm, v_from_obj(t), other, op);
}

#define CI_CMP(name, OP) \
    static Value ci_##name(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw) \
    { return ci_compare(vm, args, nargs, OP, "__" #name "__"); }
CI_CMP(eq, CMP_EQ)
CI_CMP(ne, CMP_NE)
CI_CMP(lt, CMP_LT)
CI_CMP(le, CMP_LE)
CI_CMP(gt, CMP_GT)
CI_CMP(ge, CMP_GE)

static Value ci_hash(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RTuple *t = ci_tuple(vm, args, nargs, "__hash__");
    if (!t) return V_NULL;
    int64_t h = obj_hash(vm, v_from_obj(t));
    return h == -1 ? V_NULL : int_from_i64(vm, h);
}

static Value ci_len(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RTuple *t = ci_tuple(vm, args, nargs, "__len__");
    return t ? v_int((intptr_t)t->n) : V_NULL;
}

static Value ci_getitem(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RTuple *t = ci_tuple(vm, args, nargs, "__getitem__");
    return t ? obj_getitem(vm, v_from_obj(t), args[1]) : V_NULL;
}

static Value ci_iter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RTuple *t = ci_tuple(vm, args, nargs, "__iter__");
    return t ? iter_get(vm, v_from_obj(t)) : V_NULL;
}

static Value ci_contains(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RTuple *t = ci_tuple(vm, args, nargs, "__contains__");
    if (!t) return V_NULL;
    int r = obj_contains(vm, v_from_obj(t), args[1]);
    return r < 0 ? V_NULL : v_bool(r);
}

static Value ci_asdict(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RTuple *t = ci_tuple(vm, args, nargs, "_asdict");
    if (!t) return V_NULL;
    RDict *d = dict_new(vm);
    for (size_t i = 0; d && i < 4; i++)
        if (dict_set_cstr(vm, d, ci_fields[i], t->items[i]) < 0) obj_store(vm, &d, NULL);
    return d ? v_from_obj(d) : V_NULL;
}

#define CI_FIELD(i, name) \
    static Value ci_get_##name(rill_vm *vm, Value self) \
    { \
        RTuple *t = ((RCacheInfo *)self)->t; \
        return t ? v_incref(t->items[i]) : V_NONE; \
    }
CI_FIELD(0, hits)
CI_FIELD(1, misses)
CI_FIELD(2, maxsize)
CI_FIELD(3, currsize)

static const CFuncDef cacheinfo_methods[] = {
    { "__repr__", ci_repr, CF_METHOD, 0, 0, "Return a nicely formatted representation string" },
    { "__eq__", ci_eq, CF_METHOD, 1, 1, "Return self==value." },
    { "__ne__", ci_ne, CF_METHOD, 1, 1, "Return self!=value." },
    { "__lt__", ci_lt, CF_METHOD, 1, 1, "Return self<value." },
    { "__le__", ci_le, CF_METHOD, 1, 1, "Return self<=value." },
    { "__gt__", ci_gt, CF_METHOD, 1, 1, "Return self>value." },
    { "__ge__", ci_ge, CF_METHOD, 1, 1, "Return self>=value." },
    { "__hash__", ci_hash, CF_METHOD, 0, 0, "Return hash(self)." },
    { "__len__", ci_len, CF_METHOD, 0, 0, "Return len(self)." },
    { "__getitem__", ci_getitem, CF_METHOD, 1, 1, "Return self[key]." },
    { "__iter__", ci_iter, CF_METHOD, 0, 0, "Implement iter(self)." },
    { "__contains__", ci_contains, CF_METHOD, 1, 1, "Return key in self." },
    { "_asdict", ci_asdict, CF_METHOD, 0, 0, "Return a new dict mapping field names to values." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static const GetSetDef cacheinfo_getsets[] = {
    { "hits", ci_get_hits, NULL },
    { "misses", ci_get_misses, NULL },
    { "maxsize", ci_get_maxsize, NULL },
    { "currsize", ci_get_currsize, NULL },
    { NULL, NULL, NULL }
};

/* ---- the lru_cache wrapper ---------------------------------------------------------------- */

/* A bounded cache keeps its entries in a circular doubly linked list of nodes (an array,
   linked by index; nodes[0] is the root) from the least to the most recently used, and
   its dict maps each key to its node's index. An unbounded cache maps keys to results. */
typedef struct LruNode {
    Value key, result;          /* V_NULL in a free node */
    uint32_t prev, next;
} LruNode;

typedef struct RLru {
    RObj h;
    Value func;
    RDict *cache;
    LruNode *nodes;
    uint32_t nnodes, cap;       /* nodes in use (root included) and allocated */
    int64_t maxsize;            /* -1: unbounded; 0: no caching */
    bool typed;
    uint64_t hits, misses;
    uint64_t epoch;             /* bumped when the nodes are dropped (cache_clear), so that
                                   a call in progress sees that its node indices are stale */
    Value maxsize_obj, typed_obj;   /* as given, for cache_parameters() */
    Value kwd_mark;             /* separates positional arguments from keywords in keys */
    RClass *cacheinfo;
    RDict *dict;                /* attributes (__wrapped__, __name__...) */
} RLru;

static void lru_traverse(RObj *o, VisitFn visit, void *arg)
{
    RLru *l = (RLru *)o;
    v_visit(l->func, visit, arg);
    if (l->cache) visit(&l->cache->h, arg);
    for (uint32_t i = 1; l->nodes && i < l->nnodes; i++) {
        v_visit(l->nodes[i].key, visit, arg);
        v_visit(l->nodes[i].result, visit, arg);
    }
    v_visit(l->maxsize_obj, visit, arg);
    v_visit(l->typed_obj, visit, arg);
    v_visit(l->kwd_mark, visit, arg);
    if (l->cacheinfo) visit(&l->cacheinfo->h, arg);
    if (l->dict) visit(&l->dict->h, arg);
}

/* Detaches the node list (the caller releases it with nodes_release). */
static LruNode *nodes_detach(RLru *l, uint32_t *n, uint32_t *cap)
{
    LruNode *nodes = l->nodes;
    *n = l->nnodes;
    *cap = l->cap;
    l->nodes = NULL;
    l->nnodes = l->cap = 0;
    l->epoch++;
    return nodes;
}

static void nodes_release(rill_vm *vm, LruNode *nodes, uint32_t n, uint32_t cap)
{
    for (uint32_t i = 1; nodes && i < n; i++) {
        v_decref(vm, nodes[i].key);
        v_decref(vm, nodes[i].result);
    }
    if (nodes) mem_free(vm, nodes, cap * sizeof(LruNode));
}

static void lru_clear(rill_vm *vm, RObj *o)
{
    RLru *l = (RLru *)o;
    uint32_t n, cap;
    LruNode *nodes = nodes_detach(l, &n, &cap);
    v_store(vm, &l->func, V_NONE);
    obj_store(vm, &l->cache, NULL);
    v_store(vm, &l->maxsize_obj, V_NONE);
    v_store(vm, &l->typed_obj, V_NONE);
    v_store(vm, &l->kwd_mark, V_NONE);
    obj_store(vm, &l->cacheinfo, NULL);
    obj_store(vm, &l->dict, NULL);
    nodes_release(vm, nodes, n, cap);
}

static const NativeOps lru_ops = { sizeof(RLru), true, lru_traverse, lru_clear, NULL, NULL };

static void link_extract(LruNode *nodes, uint32_t i)
{
    nodes[nodes[i].prev].next = nodes[i].next;
    nodes[nodes[i].next].prev = nodes[i].prev;
}

static void link_append(LruNode *nodes, uint32_t i)
{
    uint32_t last = nodes[0].prev;
    nodes[i].prev = last;
    nodes[i].next = 0;
    nodes[last].next = i;
    nodes[0].prev = i;
}

/* A new unlinked node (the root is made with the first). Index, or 0 on MemoryError. */
static uint32_t node_new(rill_vm *vm, RLru *l)
{
    if (l->nnodes + 1 > l->cap) {
        uint32_t ncap = (uint32_t)mem_grow_cap(l->cap, l->nnodes + (l->nnodes ? 1 : 2));
        LruNode *n = mem_realloc(vm, l->nodes, l->cap * sizeof(LruNode), ncap * sizeof(LruNode));
        if (!n) return 0;
        l->nodes = n;
        l->cap = ncap;
    }
    if (l->nnodes == 0) {
        l->nodes[0] = (LruNode){ V_NULL, V_NULL, 0, 0 };
        l->nnodes = 1;
    }
    uint32_t i = l->nnodes++;
    l->nodes[i] = (LruNode){ V_NULL, V_NULL, 0, 0 };
    return i;
}

/* CPython's _make_key: the positional arguments, then the marker and the keyword
   items, then (typed) the types of all the values; a single int or str argument is its
   own key. */
static Value make_key(rill_vm *vm, RLru *l, const Value *args, size_t nargs, RTuple *kwnames)
{
    size_t nkw = kwnames ? kwnames->n : 0;
    if (!l->typed && nkw == 0) {
        Value a = nargs == 1 ? args[0] : V_NULL;
        if (a != V_NULL && (v_is_int(a) || (v_is_big(a) && v_obj(a)->cls == vm->cls_int) ||
                            (v_is_str(a) && v_obj(a)->cls == vm->cls_str)))
            return v_incref(a);
        RTuple *t = tuple_from_array(vm, args, nargs);
        return t ? v_from_obj(t) : V_NULL;
    }
    size_t size = nargs + (nkw ? 2 * nkw + 1 : 0) + (l->typed ? nargs + nkw : 0), pos = 0;
    RTuple *key = tuple_new(vm, size);
    if (!key) return V_NULL;
    for (size_t i = 0; i < nargs; i++) tuple_init_item(key, pos++, v_incref(args[i]));
    if (nkw) {
        tuple_init_item(key, pos++, v_incref(l->kwd_mark));
        for (size_t i = 0; i < nkw; i++) {
            tuple_init_item(key, pos++, v_incref(kwnames->items[i]));
            tuple_init_item(key, pos++, v_incref(args[nargs + i]));
        }
    }
    if (l->typed) {
        for (size_t i = 0; i < nargs + nkw; i++)
            tuple_init_item(key, pos++, v_incref(v_from_obj(v_class(vm, args[i]))));
    }
    return v_from_obj(key);
}

static RLru *lru_self(rill_vm *vm, const Value *args, size_t nargs, const char *meth)
{
    if (nargs >= 1 && is_native(args[0], &lru_ops)) return (RLru *)args[0];
    if (nargs == 0)
        exc_raisef(vm, vm->exc_TypeError,
                   "unbound method _lru_cache_wrapper.%s() needs an argument", meth);
    else
        bi_bad_self(vm, meth, "functools._lru_cache_wrapper", args[0]);
    return NULL;
}

/* The index stored for key in a bounded cache, 0 when absent (or stale), -1 on error. */
static int64_t bounded_lookup(rill_vm *vm, RLru *l, Value key, int64_t hash)
{
    Value v;
    int found = dict_lookup_hashed(vm, l->cache, key, hash, &v);
    if (found <= 0) return found;
    if (!v_is_int(v)) return 0;
    intptr_t i = v_as_int(v);
    if (i <= 0 || (uint64_t)i >= l->nnodes || l->nodes[i].key == V_NULL) return 0;
    return i;
}

/* The bounded cache has a new result: a new node while there is room, else the least
   recently used node is evicted and reused (CPython's order of operations, with the old
   key and result released last). */
static int bounded_store(rill_vm *vm, RLru *l, Value key, int64_t hash, Value result)
{
    uint64_t epoch = l->epoch;
    if ((int64_t)l->cache->used < l->maxsize || l->nnodes <= 1 || l->nodes[0].next == 0) {
        uint32_t i = node_new(vm, l);
        if (!i) return -1;
        l->nodes[i].key = v_incref(key);
        l->nodes[i].result = v_incref(result);
        if (dict_set_hashed(vm, l->cache, key, hash, v_int(i)) < 0) return -1;
        if (l->epoch != epoch) return dict_del(vm, l->cache, key) < 0 ? -1 : 0;
        link_append(l->nodes, i);
        return 0;
    }
    uint32_t i = l->nodes[0].next;
    link_extract(l->nodes, i);
    Value oldkey = v_incref(l->nodes[i].key);
    int r = dict_del(vm, l->cache, oldkey);
    if (r < 0 || l->epoch != epoch) {
        v_decref(vm, oldkey);
        return r < 0 ? -1 : 0;
    }
    Value k_old = l->nodes[i].key, r_old = l->nodes[i].result;
    l->nodes[i].key = v_incref(key);
    l->nodes[i].result = v_incref(result);
    r = dict_set_hashed(vm, l->cache, key, hash, v_int(i));
    if (r == 0 && l->epoch == epoch) link_append(l->nodes, i);
    v_decref(vm, k_old);
    v_decref(vm, r_old);
    v_decref(vm, oldkey);
    return r;
}

static Value lru_call(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    RLru *l = lru_self(vm, args, nargs, "__call__");
    if (!l) return V_NULL;
    if (!l->cache)
        return exc_raisef(vm, vm->exc_TypeError, "'_lru_cache_wrapper' object is broken");
    args++, nargs--;
    if (l->maxsize == 0) {
        l->misses++;
        Value fn = v_incref(l->func);
        Value r = call_value(vm, fn, args, nargs, kwnames);
        v_decref(vm, fn);
        return r;
    }
    obj_incref(l);
    Value key = make_key(vm, l, args, nargs, kwnames), r = V_NULL, fn = V_NULL;
    if (key == V_NULL) goto done;
    int64_t hash = obj_hash(vm, key);
    if (hash == -1) goto done;
    if (l->maxsize < 0) {
        Value v;
        int found = dict_lookup_hashed(vm, l->cache, key, hash, &v);
        if (found < 0) goto done;
        if (found) {
            l->hits++;
            r = v_incref(v);
            goto done;
        }
        l->misses++;
        fn = v_incref(l->func);
        r = call_value(vm, fn, args, nargs, kwnames);
        if (r != V_NULL && l->cache && dict_set_hashed(vm, l->cache, key, hash, r) < 0)
            v_store(vm, &r, V_NULL);
        goto done;
    }
    int64_t i = bounded_lookup(vm, l, key, hash);
    if (i < 0) goto done;
    if (i > 0) {
        link_extract(l->nodes, (uint32_t)i);
        link_append(l->nodes, (uint32_t)i);
        l->hits++;
        r = v_incref(l->nodes[i].result);
        goto done;
    }
    l->misses++;
    fn = v_incref(l->func);
    r = call_value(vm, fn, args, nargs, kwnames);
    if (r == V_NULL || !l->cache) goto done;
    /* the call may have cached this key already (recursion): then just return */
    i = bounded_lookup(vm, l, key, hash);
    if (i < 0 || (i == 0 && bounded_store(vm, l, key, hash, r) < 0)) v_store(vm, &r, V_NULL);
done:
    v_decref(vm, key);
    v_decref(vm, fn);
    obj_decref(vm, l);
    return r;
}

static Value lru_cache_info(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RLru *l = lru_self(vm, args, nargs, "cache_info");
    if (!l) return V_NULL;
    if (!l->cacheinfo) return exc_raisef(vm, vm->exc_TypeError, "cache_info() of a cleared cache");
    Value hits = int_from_u64(vm, l->hits), misses = int_from_u64(vm, l->misses);
    Value maxsize = l->maxsize < 0 ? V_NONE : int_from_i64(vm, l->maxsize);
    Value cur = v_int(l->cache ? (intptr_t)l->cache->used : 0);
    RTuple *t = hits && misses && maxsize ? tuple_pack(vm, 4, hits, misses, maxsize, cur) : NULL;
    v_decref(vm, hits);
    v_decref(vm, misses);
    v_decref(vm, maxsize);
    return t ? ci_new(vm, l->cacheinfo, t) : V_NULL;
}

static Value lru_cache_clear(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RLru *l = lru_self(vm, args, nargs, "cache_clear");
    if (!l) return V_NULL;
    uint32_t n, cap;
    LruNode *nodes = nodes_detach(l, &n, &cap);
    l->hits = l->misses = 0;
    if (l->cache) {
        RDict *c = l->cache;
        obj_incref(c);
        dict_clear(vm, c);
        obj_decref(vm, c);
    }
    nodes_release(vm, nodes, n, cap);
    return V_NONE;
}

static Value lru_cache_parameters(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RLru *l = lru_self(vm, args, nargs, "cache_parameters");
    if (!l) return V_NULL;
    RDict *d = dict_new(vm);
    if (d && (dict_set_cstr(vm, d, "maxsize", l->maxsize_obj) < 0 ||
              dict_set_cstr(vm, d, "typed", l->typed_obj) < 0))
        obj_store(vm, &d, NULL);
    return d ? v_from_obj(d) : V_NULL;
}

/* A method when found on a class: bound to the instance, as CPython's wrapper is. */
static Value lru_get(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RLru *l = lru_self(vm, args, nargs, "__get__");
    if (!l) return V_NULL;
    if (nargs < 2 || nargs > 3)
        return exc_raisef(vm, vm->exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs - 1);
    if (args[1] == V_NONE) return v_incref(args[0]);
    return bound_new(vm, args[0], args[1]);
}

static Value lru_getattr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RLru *l = lru_self(vm, args, nargs, "__getattr__");
    if (!l) return V_NULL;
    if (nargs != 2)
        return exc_raisef(vm, vm->exc_TypeError, "expected 1 argument, got %zu", nargs - 1);
    return dict_getattr(vm, &l->dict, args[1], "functools._lru_cache_wrapper");
}

static const CFuncDef lru_methods[] = {
    { "__call__", lru_call, CF_METHOD | CF_KEYWORDS, -1, -1, "Call self as a function." },
    { "__get__", lru_get, CF_METHOD, -1, -1, "Bind the wrapper to an instance, as a method." },
    { "__getattr__", lru_getattr, CF_METHOD, -1, -1, "The attributes set on the wrapper." },
    { "cache_info", lru_cache_info, CF_METHOD, 0, 0, "Report cache statistics" },
    { "cache_clear", lru_cache_clear, CF_METHOD, 0, 0, "Clear the cache and cache statistics" },
    { "cache_parameters", lru_cache_parameters, CF_METHOD, 0, 0, "The maxsize and typed given." },
    { NULL, NULL, 0, 0, 0, NULL }
};

/* Sets attribute name of a wrapper: in the attribute dict of our own wrappers (which
   have no instance dict the VM knows of), else as setattr() would. */
static int wrapper_setattr(rill_vm *vm, Value w, RStr *name, Value v)
{
    RDict **slot = is_native(w, &lru_ops) ? &((RLru *)w)->dict
                 : is_native(w, &partial_ops) ? &((RPartial *)w)->dict : NULL;
    if (!slot) return obj_setattr(vm, w, name, v);
    if (!*slot && !(*slot = dict_new(vm))) return -1;
    return dict_set_str(vm, *slot, name, v);
}

/* ---- update_wrapper, wraps ------------------------------------------------------------- */

static int for_each_name(rill_vm *vm, Value names, int (*fn)(rill_vm *, Value, Value, RStr *),
                         Value wrapper, Value wrapped)
{
    Value it = iter_get(vm, names), item;
    if (it == V_NULL) return -1;
    int rc = 0;
    while (rc == 0 && (item = iter_next(vm, it)) != V_NULL) {
        if (!v_is_str(item)) {
            rc = exc_raisef_i(vm, vm->exc_TypeError, "attribute name must be string, not '%T'",
                              item);
            v_decref(vm, item);
            break;
        }
        RStr *name = str_intern_steal(vm, v_str(item));
        rc = name ? fn(vm, wrapper, wrapped, name) : -1;
        obj_xdecref(vm, name);
    }
    if (rc == 0 && vm_exc_pending(vm)) rc = -1;
    v_decref(vm, it);
    return rc;
}

/* setattr(wrapper, attr, getattr(wrapped, attr)) unless wrapped has none */
static int assign_one(rill_vm *vm, Value wrapper, Value wrapped, RStr *name)
{
    Value v = obj_getattr_opt(vm, wrapped, name);
    if (v == V_NULL) return vm_exc_pending(vm) ? -1 : 0;
    int rc = wrapper_setattr(vm, wrapper, name, v);
    v_decref(vm, v);
    return rc;
}

/* getattr(wrapper, attr).update(getattr(wrapped, attr, {})) */
static int update_one(rill_vm *vm, Value wrapper, Value wrapped, RStr *name)
{
    Value target = obj_getattr(vm, wrapper, name);
    if (target == V_NULL) return -1;
    Value src = obj_getattr_opt(vm, wrapped, name);
    int rc = -1;
    if (src == V_NULL && !vm_exc_pending(vm)) src = v_from_obj(dict_new(vm));
    if (src != V_NULL) {
        Value r = call_method(vm, target, vm->s_update, &src, 1);
        rc = r == V_NULL ? -1 : 0;
        v_decref(vm, r);
    }
    v_decref(vm, src);
    v_decref(vm, target);
    return rc;
}

static Value update_wrapper(rill_vm *vm, Value wrapper, Value wrapped, Value assigned,
                            Value updated)
{
    Value a = assigned, u = updated;
    if (a == V_NULL && (a = mod_attr(vm, "WRAPPER_ASSIGNMENTS")) == V_NULL) return V_NULL;
    if (u == V_NULL && (u = mod_attr(vm, "WRAPPER_UPDATES")) == V_NULL) return V_NULL;
    v_incref(a);
    v_incref(u);
    int rc = for_each_name(vm, a, assign_one, wrapper, wrapped);
    if (rc == 0) rc = for_each_name(vm, u, update_one, wrapper, wrapped);
    v_decref(vm, a);
    v_decref(vm, u);
    if (rc < 0) return V_NULL;
    /* __wrapped__ last, so that it is not copied over from wrapped's __dict__ */
    RStr *name = str_intern_cstr(vm, "__wrapped__");
    rc = name ? wrapper_setattr(vm, wrapper, name, wrapped) : -1;
    obj_xdecref(vm, name);
    return rc < 0 ? V_NULL : v_incref(wrapper);
}

static Value ft_update_wrapper(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "wrapper", "wrapped", "assigned", "updated" };
    Value p[4];
    if (stdlib_bind_args(vm, "update_wrapper", args, nargs, kw, false, names, 4, 2, 0, p) < 0)
        return V_NULL;
    return update_wrapper(vm, p[0], p[1], p[2], p[3]);
}

/* wraps(wrapped) is partial(update_wrapper, wrapped=wrapped, assigned=..., updated=...) */
static Value ft_wraps(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "wrapped", "assigned", "updated" };
    Value p[3];
    if (stdlib_bind_args(vm, "wraps", args, nargs, kw, false, names, 3, 1, 0, p) < 0)
        return V_NULL;
    Value uw, pcls, a = p[1], u = p[2];
    if ((uw = mod_attr(vm, "update_wrapper")) == V_NULL ||
        (pcls = mod_attr(vm, "partial")) == V_NULL ||
        (a == V_NULL && (a = mod_attr(vm, "WRAPPER_ASSIGNMENTS")) == V_NULL) ||
        (u == V_NULL && (u = mod_attr(vm, "WRAPPER_UPDATES")) == V_NULL))
        return V_NULL;
    if (!v_is_class(pcls))
        return exc_raisef(vm, vm->exc_TypeError, "functools.partial is not a class");
    RStr *n1 = str_intern_cstr(vm, "wrapped");
    RStr *n2 = str_intern_cstr(vm, "assigned");
    RStr *n3 = str_intern_cstr(vm, "updated");
    RTuple *kwn = NULL;
    if (n1 && n2 && n3) kwn = tuple_pack(vm, 3, v_from_obj(n1), v_from_obj(n2), v_from_obj(n3));
    obj_xdecref(vm, n1);
    obj_xdecref(vm, n2);
    obj_xdecref(vm, n3);
    if (!kwn) return V_NULL;
    Value vals[3] = { p[0], a, u };
    Value r = partial_make(vm, v_class_obj(pcls), uw, NULL, 0, kwn, vals);
    obj_decref(vm, kwn);
    return r;
}

/* ---- lru_cache, cache ------------------------------------------------------------------- */

/* _lru_cache_wrapper(user_function, maxsize, typed) followed by update_wrapper. */
static Value lru_wrap(rill_vm *vm, Value fn, Value maxsize, Value typed)
{
    int64_t max = -1;
    if (!bi_is_callable(vm, fn))
        return exc_raisef(vm, vm->exc_TypeError, "the first argument must be callable");
    if (maxsize != V_NONE) {
        if (!int_check(maxsize))
            return exc_raisef(vm, vm->exc_TypeError, "maxsize should be integer or None");
        if (!int_to_i64(maxsize, &max))
            return exc_raisef(vm, vm->exc_OverflowError,
                              "Python int too large to convert to C ssize_t");
        if (max < 0) max = 0;
    }
    int t = obj_truth(vm, typed);
    if (t < 0) return V_NULL;
    Value cls = mod_attr(vm, "_lru_cache_wrapper");
    Value ci = cls == V_NULL ? V_NULL : mod_attr(vm, "_CacheInfo");
    Value mark = ci == V_NULL ? V_NULL : mod_attr(vm, "_kwd_mark");
    if (mark == V_NULL) return V_NULL;
    if (!v_is_class(cls) || v_class_obj(cls)->native != &lru_ops || !v_is_class(ci))
        return exc_raisef(vm, vm->exc_RuntimeError, "functools module state lost");
    RLru *l = obj_alloc(vm, K_NATIVE, v_class_obj(cls), sizeof(RLru), true);
    if (!l) return V_NULL;
    memset((char *)l + sizeof(RObj), 0, sizeof(RLru) - sizeof(RObj));
    l->func = v_incref(fn);
    l->maxsize = max;
    l->typed = t;
    l->maxsize_obj = v_incref(maxsize);
    l->typed_obj = v_incref(typed);
    l->kwd_mark = v_incref(mark);
    l->cacheinfo = v_class_obj(ci);
    obj_incref(l->cacheinfo);
    if (!(l->cache = dict_new(vm))) {
        obj_decref(vm, l);
        return V_NULL;
    }
    Value r = update_wrapper(vm, v_from_obj(l), fn, V_NULL, V_NULL);
    obj_decref(vm, l);
    return r;
}

/* lru_cache(maxsize, typed)'s decorator: a built-in bound to (maxsize, typed). */
static Value lru_decorating_function(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (arg_no_kw(vm, "decorating_function", kw) < 0) return V_NULL;
    if (nargs != 2 || !v_is_tuple(args[0]) || v_tuple(args[0])->n != 2)
        return exc_raisef(vm, vm->exc_TypeError, "lru_cache.<locals>.decorating_function() takes "
                          "1 positional argument but %zu were given", nargs ? nargs - 1 : 0);
    RTuple *params = v_tuple(args[0]);
    return lru_wrap(vm, args[1], params->items[0], params->items[1]);
}

static const CFuncDef decorating_def = {
    "decorating_function", lru_decorating_function, CF_METHOD | CF_KEYWORDS, -1, -1,
    "Wrap a function with the lru_cache parameters."
};

static Value ft_lru_cache(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "maxsize", "typed" };
    Value p[2];
    if (stdlib_bind_args(vm, "lru_cache", args, nargs, kw, false, names, 2, 0, 0, p) < 0)
        return V_NULL;
    Value maxsize = p[0] == V_NULL ? v_int(128) : p[0], typed = p[1] == V_NULL ? V_FALSE : p[1];
    if (int_check(maxsize)) {
        if (int_sign(maxsize) < 0) maxsize = v_int(0);
    } else if (bi_is_callable(vm, maxsize) && v_is_bool(typed)) {
        /* @lru_cache without arguments: the user function came as maxsize */
        return lru_wrap(vm, maxsize, v_int(128), typed);
    } else if (maxsize != V_NONE) {
        return exc_raisef(vm, vm->exc_TypeError,
                          "Expected first argument to be an integer, a callable, or None");
    }
    RTuple *params = tuple_pack(vm, 2, maxsize, typed);
    if (!params) return V_NULL;
    RCFunc *f = cfunc_new(vm, &decorating_def, v_from_obj(params), NULL);
    obj_decref(vm, params);
    return f ? v_from_obj(f) : V_NULL;
}

static Value ft_cache(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "user_function" };
    Value p[1];
    if (stdlib_bind_args(vm, "cache", args, nargs, kw, false, names, 1, 1, 0, p) < 0)
        return V_NULL;
    return lru_wrap(vm, p[0], V_NONE, V_FALSE);
}

/* ---- cmp_to_key ----------------------------------------------------------------------------- */

typedef struct RKey {
    RObj h;
    Value cmp;
    Value obj;                  /* V_NULL in the factory cmp_to_key returns */
} RKey;

static void key_traverse(RObj *o, VisitFn visit, void *arg)
{
    v_visit(((RKey *)o)->cmp, visit, arg);
    v_visit(((RKey *)o)->obj, visit, arg);
}

static void key_clear(rill_vm *vm, RObj *o)
{
    v_store(vm, &((RKey *)o)->cmp, V_NONE);
    v_store(vm, &((RKey *)o)->obj, V_NULL);
}

static const NativeOps key_ops = { sizeof(RKey), true, key_traverse, key_clear, NULL, NULL };

static Value key_new(rill_vm *vm, RClass *cls, Value cmp, Value obj)
{
    RKey *k = obj_alloc(vm, K_NATIVE, cls, sizeof(RKey), true);
    if (!k) return V_NULL;
    k->cmp = v_incref(cmp);
    k->obj = v_incref(obj);
    return v_from_obj(k);
}

static Value ft_cmp_to_key(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value p[1];
    if (arg_parse(vm, "cmp_to_key", args, nargs, kw, "mycmp", p) < 0) return V_NULL;
    Value cls = mod_attr(vm, "KeyWrapper");
    if (cls == V_NULL) return V_NULL;
    if (!v_is_class(cls) || v_class_obj(cls)->native != &key_ops)
        return exc_raisef(vm, vm->exc_RuntimeError, "functools module state lost");
    return key_new(vm, v_class_obj(cls), p[0], V_NULL);
}

static Value key_call(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (nargs < 1 || !is_native(args[0], &key_ops))
        return bi_bad_self(vm, "__call__", "functools.KeyWrapper", nargs ? args[0] : V_NONE);
    Value p[1];
    if (arg_parse(vm, "K", args + 1, nargs - 1, kw, "obj", p) < 0) return V_NULL;
    return key_new(vm, v_obj(args[0])->cls, ((RKey *)args[0])->cmp, p[0]);
}

/* cmp(self.obj, other.obj) OP 0 */
static Value key_compare(rill_vm *vm, const Value *args, size_t nargs, CmpOp op)
{
    if (nargs != 2 || !is_native(args[0], &key_ops) || !is_native(args[1], &key_ops) ||
        v_obj(args[1])->cls != v_obj(args[0])->cls)
        return exc_raisef(vm, vm->exc_TypeError, "other argument must be K instance");
    RKey *a = (RKey *)args[0], *b = (RKey *)args[1];
    if (a->obj == V_NULL || b->obj == V_NULL)
        return exc_raisef(vm, vm->exc_AttributeError, "object");
    Value cmp = v_incref(a->cmp);
    Value xy[2] = { v_incref(a->obj), v_incref(b->obj) };
    Value res = call_value(vm, cmp, xy, 2, NULL);
    v_decref(vm, cmp);
    v_decref(vm, xy[0]);
    v_decref(vm, xy[1]);
    if (res == V_NULL) return V_NULL;
    Value r = obj_compare(vm, res, v_int(0), op);
    v_decref(vm, res);
    return r;
}

#define KEY_CMP(name, OP) \
    static Value key_##name(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw) \
    { return key_compare(vm, args, nargs, OP); }
KEY_CMP(lt, CMP_LT)
KEY_CMP(le, CMP_LE)
KEY_CMP(eq, CMP_EQ)
KEY_CMP(ne, CMP_NE)
KEY_CMP(gt, CMP_GT)
KEY_CMP(ge, CMP_GE)

static Value key_get_obj(rill_vm *vm, Value self)
{
    Value o = ((RKey *)self)->obj;
    if (o == V_NULL) return exc_raisef(vm, vm->exc_AttributeError, "obj");
    return v_incref(o);
}

static int key_set_obj(rill_vm *vm, Value self, Value v)
{
    v_store(vm, &((RKey *)self)->obj, v_incref(v));
    return 0;
}

static const CFuncDef key_methods[] = {
    { "__call__", key_call, CF_METHOD | CF_KEYWORDS, -1, -1, "Call self as a function." },
    { "__lt__", key_lt, CF_METHOD, -1, -1, "Return self<value." },
    { "__le__", key_le, CF_METHOD, -1, -1, "Return self<=value." },
    { "__eq__", key_eq, CF_METHOD, -1, -1, "Return self==value." },
    { "__ne__", key_ne, CF_METHOD, -1, -1, "Return self!=value." },
    { "__gt__", key_gt, CF_METHOD, -1, -1, "Return self>value." },
    { "__ge__", key_ge, CF_METHOD, -1, -1, "Return self>=value." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static const GetSetDef key_getsets[] = {
    { "obj", key_get_obj, key_set_obj },
    { NULL, NULL, NULL }
};

/* ---- total_ordering ------------------------------------------------------------------------ */

/* How a derived comparison combines op_result = type(self).__root__(self, other) with
   self == other / self != other, as the functions of functools.py do. */
enum Derive {
    D_NOT,              /* not op_result */
    D_NOT_AND_NE,       /* not op_result and self != other */
    D_OR_EQ,            /* op_result or self == other */
    D_NOT_OR_EQ,        /* not op_result or self == other */
    D_AND_NE,           /* op_result and self != other */
};

static Value derived(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw, const char *root,
                     enum Derive how, const char *name)
{
    if (kw && kw->n)
        return exc_raisef(vm, vm->exc_TypeError, "%s() got an unexpected keyword argument", name);
    if (nargs != 2)
        return exc_raisef(vm, vm->exc_TypeError, "%s() takes 2 positional arguments but %zu were "
                          "given", name, nargs);
    Value self = args[0], other = args[1];
    RStr *rn = str_intern_cstr(vm, root);
    if (!rn) return V_NULL;
    Value meth = obj_getattr(vm, v_from_obj(v_class(vm, self)), rn);
    obj_decref(vm, rn);
    if (meth == V_NULL) return V_NULL;
    Value r = call_value(vm, meth, args, 2, NULL);
    v_decref(vm, meth);
    if (r == V_NULL || r == vm->not_implemented) return r;
    int t = obj_truth(vm, r);
    if (t < 0) {
        v_decref(vm, r);
        return V_NULL;
    }
    switch (how) {
    case D_NOT:
        v_decref(vm, r);
        return v_bool(!t);
    case D_NOT_AND_NE:
        v_decref(vm, r);
        return t ? V_FALSE : obj_compare(vm, self, other, CMP_NE);
    case D_OR_EQ:
        if (t) return r;
        v_decref(vm, r);
        return obj_compare(vm, self, other, CMP_EQ);
    case D_NOT_OR_EQ:
        v_decref(vm, r);
        return !t ? V_TRUE : obj_compare(vm, self, other, CMP_EQ);
    case D_AND_NE:
    default:
        if (!t) return r;
        v_decref(vm, r);
        return obj_compare(vm, self, other, CMP_NE);
    }
}

#define DERIVED(fname, op, root, how) \
    static Value fname(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw) \
    { return derived(vm, args, nargs, kw, root, how, op); }
DERIVED(gt_from_lt, "__gt__", "__lt__", D_NOT_AND_NE)
DERIVED(le_from_lt, "__le__", "__lt__", D_OR_EQ)
DERIVED(ge_from_lt, "__ge__", "__lt__", D_NOT)
DERIVED(ge_from_le, "__ge__", "__le__", D_NOT_OR_EQ)
DERIVED(lt_from_le, "__lt__", "__le__", D_AND_NE)
DERIVED(gt_from_le, "__gt__", "__le__", D_NOT)
DERIVED(lt_from_gt, "__lt__", "__gt__", D_NOT_AND_NE)
DERIVED(ge_from_gt, "__ge__", "__gt__", D_OR_EQ)
DERIVED(le_from_gt, "__le__", "__gt__", D_NOT)
DERIVED(le_from_ge, "__le__", "__ge__", D_NOT_OR_EQ)
DERIVED(gt_from_ge, "__gt__", "__ge__", D_AND_NE)
DERIVED(lt_from_ge, "__lt__", "__ge__", D_NOT)

#define DERIVED_DEF(fname, op, doc) { op, fname, CF_METHOD | CF_KEYWORDS, -1, -1, doc }

/* CPython's _convert table: for each root, in order of preference (__lt__, __le__,
   __gt__, __ge__), the three comparisons derived from it. */
static const struct {
    const char *root;
    CFuncDef defs[3];
} convert[4] = {
    { "__lt__", {
        DERIVED_DEF(gt_from_lt, "__gt__",
                    "Return a > b.  Computed by @total_ordering from (not a < b) and (a != b)."),
        DERIVED_DEF(le_from_lt, "__le__",
                    "Return a <= b.  Computed by @total_ordering from (a < b) or (a == b)."),
        DERIVED_DEF(ge_from_lt, "__ge__",
                    "Return a >= b.  Computed by @total_ordering from (not a < b).") } },
    { "__le__", {
        DERIVED_DEF(ge_from_le, "__ge__",
                    "Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b)."),
        DERIVED_DEF(lt_from_le, "__lt__",
                    "Return a < b.  Computed by @total_ordering from (a <= b) and (a != b)."),
        DERIVED_DEF(gt_from_le, "__gt__",
                    "Return a > b.  Computed by @total_ordering from (not a <= b).") } },
    { "__gt__", {
        DERIVED_DEF(lt_from_gt, "__lt__",
                    "Return a < b.  Computed by @total_ordering from (not a > b) and (a != b)."),
        DERIVED_DEF(ge_from_gt, "__ge__",
                    "Return a >= b.  Computed by @total_ordering from (a > b) or (a == b)."),
        DERIVED_DEF(le_from_gt, "__le__",
                    "Return a <= b.  Computed by @total_ordering from (not a > b).") } },
    { "__ge__", {
        DERIVED_DEF(le_from_ge, "__le__",
                    "Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b)."),
        DERIVED_DEF(gt_from_ge, "__gt__",
                    "Return a > b.  Computed by @total_ordering from (a >= b) and (a != b)."),
        DERIVED_DEF(lt_from_ge, "__lt__",
                    "Return a < b.  Computed by @total_ordering from (not a >= b).") } },
};

/* Is cls's attribute `name` its own (not object's)? 1 / 0 / -1 */
static int user_defined(rill_vm *vm, Value cls, const char *name)
{
    RStr *n = str_intern_cstr(vm, name);
    if (!n) return -1;
    Value mine = obj_getattr_opt(vm, cls, n);
    Value base = V_NULL;
    if (mine != V_NULL || !vm_exc_pending(vm))
        base = obj_getattr_opt(vm, v_from_obj(vm->cls_object), n);
    obj_decref(vm, n);
    /* a missing attribute compares as None, as getattr(cls, op, None) */
    Value a = mine == V_NULL ? V_NONE : mine, b = base == V_NULL ? V_NONE : base;
    int r = vm_exc_pending(vm) ? -1 : a != b;
    v_decref(vm, mine);
    v_decref(vm, base);
    return r;
}

static Value ft_total_ordering(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "cls" };
    Value p[1];
    if (stdlib_bind_args(vm, "total_ordering", args, nargs, kw, false, names, 1, 1, 0, p) < 0)
        return V_NULL;
    Value cls = p[0];
    bool roots[4];
    int root = -1;
    for (int i = 0; i < 4; i++) {
        int r = user_defined(vm, cls, convert[i].root);
        if (r < 0) return V_NULL;
        roots[i] = r;
        if (r && root < 0) root = i;
    }
    if (root < 0)
        return exc_raisef(vm, vm->exc_ValueError,
                          "must define at least one ordering operation: < > <= >=");
    for (int j = 0; j < 3; j++) {
        const CFuncDef *def = &convert[root].defs[j];
        int k = 0;
        while (strcmp(convert[k].root, def->name) != 0) k++;
        if (roots[k]) continue;
        RCFunc *f = cfunc_new(vm, def, V_NULL, NULL);
        RStr *n = f ? str_intern_cstr(vm, def->name) : NULL;
        int rc = n ? obj_setattr(vm, cls, n, v_from_obj(f)) : -1;
        obj_xdecref(vm, n);
        obj_xdecref(vm, f);
        if (rc < 0) return V_NULL;
    }
    return v_incref(cls);
}

/* ---- the module ----------------------------------------------------------------------------- */

static Value no_instances(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return exc_raisef(vm, vm->exc_TypeError, "cannot create '%U' instances",
                      v_class_obj(args[0])->name);
}

/* A K_NATIVE class in the module's dict. user_like clears CLS_BUILTIN (see the top of
   the file); module (may be NULL) is its __module__. */
static RClass *make_class(rill_vm *vm, RModule *m, const char *name, const char *key,
                          const NativeOps *ops, CFn ctor, const CFuncDef *methods,
                          const GetSetDef *getsets, const char *module, bool user_like)
{
    RClass *c = class_new_builtin(vm, name, vm->cls_object, K_NATIVE, 0);
    if (!c) return NULL;
    c->native = ops;
    c->ctor = ctor ? ctor : no_instances;
    int rc = cfunc_add_all(vm, c->dict, methods, c);
    if (rc == 0 && getsets) rc = class_add_getsets(vm, c, getsets);
    if (rc == 0 && module) {
        RStr *s = str_from_cstr(vm, module);
        rc = s ? dict_set_str(vm, c->dict, vm->s___module__, v_from_obj(s)) : -1;
        obj_xdecref(vm, s);
    }
    if (rc == 0) rc = dict_set_cstr(vm, m->dict, key, v_from_obj(c));
    if (rc < 0) {
        obj_decref(vm, c);
        return NULL;
    }
    if (user_like) c->flags &= ~(uint32_t)CLS_BUILTIN;
    obj_decref(vm, c);          /* the module dict keeps it */
    return c;
}

static const CFuncDef functools_funcs[] = {
    { "reduce", ft_reduce, CF_KEYWORDS, -1, -1,
      "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments "
      "cumulatively to the items of a sequence or iterable, from left to right." },
    { "cmp_to_key", ft_cmp_to_key, CF_KEYWORDS, -1, -1,
     "Convert a cmp= function into a key= function." },
    { "lru_cache", ft_lru_cache, CF_KEYWORDS, -1, -1, "Least-recently-used cache decorator." },
    { "cache", ft_cache, CF_KEYWORDS, -1, -1,
     "Simple lightweight unbounded cache.  Sometimes called \"memoize\"." },
    { "update_wrapper", ft_update_wrapper, CF_KEYWORDS, -1, -1,
      "Update a wrapper function to look like the wrapped function" },
    { "wraps", ft_wraps, CF_KEYWORDS, -1, -1,
      "Decorator factory to apply update_wrapper() to a wrapper function" },
    { "total_ordering", ft_total_ordering, CF_KEYWORDS, -1, -1,
      "Class decorator that fills in missing ordering methods" },
    { NULL, NULL, 0, 0, 0, NULL }
};

static int set_names(rill_vm *vm, RModule *m, const char *key, const char *const *names, size_t n)
{
    RTuple *t = tuple_new(vm, n);
    if (!t) return -1;
    for (size_t i = 0; i < n; i++) {
        RStr *s = str_intern_cstr(vm, names[i]);
        if (!s) {
            obj_decref(vm, t);
            return -1;
        }
        tuple_init_item(t, i, v_from_obj(s));
    }
    int rc = dict_set_cstr(vm, m->dict, key, v_from_obj(t));
    obj_decref(vm, t);
    return rc;
}

int stdlib_functools_init(rill_vm *vm, RModule *m)
{
    static const char *const assignments[] = {
        "__module__", "__name__", "__qualname__", "__doc__", "__annotations__"
    };
    static const char *const updates[] = { "__dict__" };
    if (cfunc_add_all(vm, m->dict, functools_funcs, NULL) < 0) return -1;
    if (set_names(vm, m, "WRAPPER_ASSIGNMENTS", assignments, 5) < 0 ||
        set_names(vm, m, "WRAPPER_UPDATES", updates, 1) < 0)
        return -1;
    RClass *partial = make_class(vm, m, "partial", "partial", &partial_ops, partial_ctor,
                                 partial_methods, partial_getsets, "functools", false);
    if (!partial) return -1;
    partial->flags |= CLS_HAS_GETATTR;
    RClass *ci = make_class(vm, m, "CacheInfo", "_CacheInfo", &cacheinfo_ops, ci_ctor,
                            cacheinfo_methods, cacheinfo_getsets, "functools", true);
    if (!ci) return -1;
    /* no __module__ in the wrapper's class: instances take theirs from the wrapped function;
       the module goes in the qualname so the reprs read functools._lru_cache_wrapper */
    RClass *lru = make_class(vm, m, "_lru_cache_wrapper", "_lru_cache_wrapper", &lru_ops, NULL,
                             lru_methods, NULL, NULL, true);
    if (!lru) return -1;
    lru->flags |= CLS_HAS_GETATTR;
    RStr *qn = str_from_cstr(vm, "functools._lru_cache_wrapper");
    if (!qn) return -1;
    obj_store(vm, &lru->qualname, qn);
    RClass *key = make_class(vm, m, "KeyWrapper", "KeyWrapper", &key_ops, NULL, key_methods,
                             key_getsets, "functools", false);
    if (!key || dict_set_str(vm, key->dict, vm->s___hash__, V_NONE) < 0) return -1;
    Value mark = inst_new(vm, vm->cls_object);
    if (mark == V_NULL) return -1;
    int rc = dict_set_cstr(vm, m->dict, "_kwd_mark", mark);
    v_decref(vm, mark);
    return rc;
}
