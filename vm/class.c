/*
** class.c — class objects: built-in classes made at VM start, user classes made by the
** class statement (C3 method order, layout checks), attribute lookup along the MRO,
** C-implemented attributes (getset descriptors), and calling a class to make an
** instance (__new__ / __init__).
*/
#include <string.h>
#include "class.h"
#include "str.h"
#include "seq.h"
#include "dict.h"
#include "exc.h"
#include "ops.h"
#include "frame.h"

/* ---- lookup ---------------------------------------------------------------------- */

Value class_lookup(RClass *cls, RStr *name)
{
    RTuple *mro = cls->mro;
    if (!mro) return cls->dict ? dict_get_str(cls->dict, name) : V_NULL;
    for (size_t i = 0; i < mro->n; i++) {
        RClass *c = (RClass *)mro->items[i];
        if (!c->dict) continue;
        Value v = dict_get_str(c->dict, name);
        if (v != V_NULL) return v;
    }
    return V_NULL;
}

Value class_lookup_cached(rill_vm *vm, RClass *cls, RStr *name)
{
    LookupEntry *cache = vm->lookup_cache;
    if (!cache) {
        RExc *pending = exc_fetch(vm);
        cache = vm->lookup_cache = mem_calloc(vm, LOOKUP_CACHE_SIZE * sizeof(LookupEntry));
        exc_clear(vm);          /* no cache: just look up */
        vm->exc = pending;
        if (!cache) return class_lookup(cls, name);
    }
    uint64_t h = (cls->id * 0x9e3779b97f4a7c15ull) ^ ((uintptr_t)name >> 4);
    LookupEntry *e = &cache[(h ^ (h >> 29)) & (LOOKUP_CACHE_SIZE - 1)];
    if (e->class_id == cls->id && e->name == name && e->epoch == vm->class_epoch) return e->value;
    Value v = class_lookup(cls, name);
    obj_incref(name);
    obj_xdecref(vm, e->name);
    e->class_id = cls->id;
    e->name = name;
    e->epoch = vm->class_epoch;
    e->value = v;
    return v;
}

void lookup_cache_free(rill_vm *vm)
{
    if (!vm->lookup_cache) return;
    for (size_t i = 0; i < LOOKUP_CACHE_SIZE; i++) obj_xdecref(vm, vm->lookup_cache[i].name);
    mem_free(vm, vm->lookup_cache, LOOKUP_CACHE_SIZE * sizeof(LookupEntry));
    vm->lookup_cache = NULL;
}

bool class_is_subclass(RClass *sub, RClass *base)
{
    if (sub == base) return true;
    RTuple *mro = sub->mro;
    if (mro) {
        for (size_t i = 0; i < mro->n; i++)
            if (mro->items[i] == v_from_obj(base)) return true;
        return false;
    }
    if (sub->bases) {
        for (size_t i = 0; i < sub->bases->n; i++)
            if (class_is_subclass((RClass *)sub->bases->items[i], base)) return true;
    }
    return false;
}

bool obj_isinstance(rill_vm *vm, Value v, RClass *cls)
{
    return class_is_subclass(v_class(vm, v), cls);
}

/* ---- getset descriptors --------------------------------------------------------- */

typedef struct RGetSet {
    RObj h;
    const GetSetDef *def;
} RGetSet;

const NativeOps getset_ops = { sizeof(RGetSet), false, NULL, NULL, NULL, NULL };

const GetSetDef *getset_def(rill_vm *vm, Value v)
{
    if (!v_is_kind(v, K_NATIVE) || v_obj(v)->cls != vm->cls_getset_descriptor) return NULL;
    return ((RGetSet *)v)->def;
}

int class_add_getsets(rill_vm *vm, RClass *cls, const GetSetDef *defs)
{
    for (const GetSetDef *d = defs; d->name; d++) {
        RGetSet *gs = obj_alloc(vm, K_NATIVE, vm->cls_getset_descriptor, sizeof(RGetSet), false);
        if (!gs) return -1;
        gs->def = d;
        RStr *name = str_intern_cstr(vm, d->name);
        int r = name ? dict_set_str(vm, cls->dict, name, v_from_obj(gs)) : -1;
        obj_xdecref(vm, name);
        obj_decref(vm, gs);
        if (r < 0) return -1;
    }
    cls->version++;
    class_changed(vm);
    return 0;
}

/* ---- built-in classes -------------------------------------------------------------- */

RClass *class_new_builtin(rill_vm *vm, const char *name, RClass *base, ObjKind inst_kind,
                          uint32_t flags)
{
    RClass *c = obj_alloc(vm, K_CLASS, vm->cls_type, sizeof(RClass), true);
    if (!c) return NULL;
    memset((char *)c + sizeof(RObj), 0, sizeof(RClass) - sizeof(RObj));
    c->inst_kind = (uint8_t)inst_kind;
    c->flags = flags | CLS_BUILTIN;
    c->id = ++vm->next_class_id;
    if (base && (base->flags & CLS_EXCEPTION)) c->flags |= CLS_EXCEPTION;
    if (class_init_builtin(vm, c, name, base) < 0) {
        obj_decref(vm, c);
        return NULL;
    }
    return c;
}

/* Names, dict, bases and MRO of a built-in class (split out because the first classes
   are made before strings, dicts and tuples can be). */
int class_init_builtin(rill_vm *vm, RClass *c, const char *name, RClass *base)
{
    c->name = str_intern_cstr(vm, name);
    if (!c->name) return -1;
    obj_incref(c->name);
    c->qualname = c->name;
    if (!c->dict && !(c->dict = dict_new(vm))) return -1;
    if (base) {
        c->bases = tuple_pack(vm, 1, v_from_obj(base));
        if (!c->bases) return -1;
        RTuple *bm = base->mro;
        RTuple *mro = tuple_new(vm, bm->n + 1);
        if (!mro) return -1;
        tuple_init_item(mro, 0, v_incref(v_from_obj(c)));
        for (size_t i = 0; i < bm->n; i++) tuple_init_item(mro, i + 1, v_incref(bm->items[i]));
        c->mro = mro;
    } else {
        obj_incref(vm->empty_tuple);
        c->bases = vm->empty_tuple;
        c->mro = tuple_pack(vm, 1, v_from_obj(c));
        if (!c->mro) return -1;
    }
    return 0;
}

/* ---- C3 linearization ------------------------------------------------------------- */

/* Is c in the tail (any position but the first) of one of the lists? */
static bool in_tail(RClass *c, RTuple **lists, size_t *heads, size_t nlists)
{
    for (size_t i = 0; i < nlists; i++) {
        RTuple *l = lists[i];
        for (size_t j = heads[i] + 1; j < l->n; j++)
            if (l->items[j] == v_from_obj(c)) return true;
    }
    return false;
}

RTuple *class_compute_mro(rill_vm *vm, RClass *cls, RTuple *bases)
{
    /* merge(mro(B1), ..., mro(Bn), [B1..Bn]) */
    size_t nlists = bases->n + 1;
    size_t total = 1;
    for (size_t i = 0; i < bases->n; i++) total += ((RClass *)bases->items[i])->mro->n;
    RTuple **lists = mem_alloc(vm, nlists * sizeof(RTuple *));
    size_t *heads = mem_calloc(vm, nlists * sizeof(size_t));
    Value *out = mem_alloc(vm, total * sizeof(Value));
    RTuple *result = NULL;
    if (!lists || !heads || !out) goto done;
    for (size_t i = 0; i < bases->n; i++) lists[i] = ((RClass *)bases->items[i])->mro;
    lists[bases->n] = bases;
    size_t n = 0;
    out[n++] = v_from_obj(cls);
    for (;;) {
        bool any = false;
        RClass *next = NULL;
        for (size_t i = 0; i < nlists; i++) {
            if (heads[i] >= lists[i]->n) continue;
            any = true;
            RClass *cand = (RClass *)lists[i]->items[heads[i]];
            if (!in_tail(cand, lists, heads, nlists)) {
                next = cand;
                break;
            }
        }
        if (!any) break;
        if (!next) {
            /* CPython names the bases that could not be ordered */
            StrBuf b;
            sb_init(&b, vm);
            sb_adds(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            bool first = true;
            for (size_t i = 0; i < nlists - 1; i++) {
                if (heads[i] >= lists[i]->n) continue;
                RClass *c = (RClass *)lists[i]->items[heads[i]];
                bool dup = false;
                for (size_t j = 0; j < i; j++)
                    if (heads[j] < lists[j]->n && lists[j]->items[heads[j]] == v_from_obj(c)) dup = true;
                if (dup) continue;
                if (!first) sb_adds(&b, ", ");
                sb_add_str(&b, c->name);
                first = false;
            }
            RStr *msg = sb_finish(&b);
            if (msg) {
                exc_raisef(vm, vm->exc_TypeError, "%U", msg);
                obj_decref(vm, msg);
            }
            goto done;
        }
        out[n++] = v_from_obj(next);
        for (size_t i = 0; i < nlists; i++)
            if (heads[i] < lists[i]->n && lists[i]->items[heads[i]] == v_from_obj(next)) heads[i]++;
    }
    result = tuple_from_array(vm, out, n);
done:
    mem_free(vm, lists, nlists * sizeof(RTuple *));
    mem_free(vm, heads, nlists * sizeof(size_t));
    mem_free(vm, out, total * sizeof(Value));
    return result;
}

/* ---- user classes ------------------------------------------------------------------- */

static void update_flags(RClass *c)
{
    c->flags &= ~(uint32_t)(CLS_ATTR_HOOKS | CLS_HAS_DESCR);
    for (size_t i = 0; c->mro && i < c->mro->n; i++) {
        RClass *k = (RClass *)c->mro->items[i];
        size_t pos = 0;
        Value key, v;
        while (dict_next(k->dict, &pos, &key, &v)) {
            if (v_is_str(key) && !(k->flags & CLS_BUILTIN)) {
                RStr *ks = v_str(key);
                if (str_eq_cstr(ks, "__getattr__")) c->flags |= CLS_HAS_GETATTR;
                else if (str_eq_cstr(ks, "__setattr__") || str_eq_cstr(ks, "__delattr__"))
                    c->flags |= CLS_HAS_SETATTR;
                else if (str_eq_cstr(ks, "__getattribute__")) c->flags |= CLS_HAS_GETATTRIBUTE;
            }
            if (v_is_kind(v, K_PROPERTY)) c->flags |= CLS_HAS_DESCR;
        }
    }
}

RClass *class_new(rill_vm *vm, RStr *name, RTuple *bases, RDict *ns)
{
    return class_new_kw(vm, name, bases, ns, V_NULL, NULL, NULL);
}

RClass *class_new_kw(rill_vm *vm, RStr *name, RTuple *bases, RDict *ns, Value classcell,
                     RTuple *kwnames, const Value *kwvalues)
{
    RTuple *own_bases = NULL;
    if (bases->n == 0) {
        own_bases = tuple_pack(vm, 1, v_from_obj(vm->cls_object));
        if (!own_bases) return NULL;
        bases = own_bases;
    }
    ObjKind kind = K_INST;
    bool is_exc = false;
    for (size_t i = 0; i < bases->n; i++) {
        Value b = bases->items[i];
        if (!v_is_class(b)) {
            obj_xdecref(vm, own_bases);
            return exc_raisef_p(vm, vm->exc_TypeError, "bases must be types");
        }
        RClass *bc = v_class_obj(b);
        if (!(bc->flags & CLS_BASETYPE)) {
            obj_xdecref(vm, own_bases);
            return exc_raisef_p(vm, vm->exc_TypeError, "type '%U' is not an acceptable base type",
                                bc->name);
        }
        for (size_t j = 0; j < i; j++)
            if (bases->items[j] == b) {
                obj_xdecref(vm, own_bases);
                return exc_raisef_p(vm, vm->exc_TypeError, "duplicate base class %U", bc->name);
            }
        ObjKind bk = (ObjKind)bc->inst_kind;
        if (bk == K_EXC) is_exc = true;
        if (bk != K_INST && bk != K_EXC && bc != vm->cls_object) {
            obj_xdecref(vm, own_bases);
            return exc_raisef_p(vm, vm->exc_TypeError,
                                "rill does not support subclassing the built-in type '%U'", bc->name);
        }
    }
    if (is_exc) kind = K_EXC;
    Value slots = dict_get_str(ns, vm->s___slots__);
    if (slots != V_NULL) {
        obj_xdecref(vm, own_bases);
        return exc_raisef_p(vm, vm->exc_TypeError, "__slots__ is not supported by rill (class '%U')", name);
    }
    RClass *c = obj_alloc(vm, K_CLASS, vm->cls_type, sizeof(RClass), true);
    if (!c) {
        obj_xdecref(vm, own_bases);
        return NULL;
    }
    memset((char *)c + sizeof(RObj), 0, sizeof(RClass) - sizeof(RObj));
    c->inst_kind = (uint8_t)kind;
    c->flags = CLS_BASETYPE | (is_exc ? CLS_EXCEPTION : 0);
    c->id = ++vm->next_class_id;
    obj_incref(name);
    c->name = name;
    obj_incref(bases);
    c->bases = bases;
    obj_xdecref(vm, own_bases);
    c->dict = dict_copy(vm, ns);
    if (!c->dict) goto fail;
    Value qn = dict_get_str(c->dict, vm->s___qualname__);
    if (qn != V_NULL && v_is_str(qn)) {
        c->qualname = (RStr *)v_incref(qn);
        if (dict_del_str(vm, c->dict, vm->s___qualname__) < 0) goto fail;
    } else {
        obj_incref(name);
        c->qualname = name;
    }
    /* defining __eq__ without __hash__ makes instances unhashable (type_new) */
    if (dict_get_str(c->dict, vm->s___eq__) != V_NULL && dict_get_str(c->dict, vm->s___hash__) == V_NULL &&
        dict_set_str(vm, c->dict, vm->s___hash__, V_NONE) < 0)
        goto fail;
    c->mro = class_compute_mro(vm, c, c->bases);
    if (!c->mro) goto fail;
    update_flags(c);
    if (v_is_kind(classcell, K_CELL)) v_store(vm, &((RCell *)classcell)->v, v_incref(v_from_obj(c)));
    if (class_init_hooks(vm, c, kwnames, kwvalues) < 0) goto fail;
    return c;
fail:
    obj_decref(vm, c);
    return NULL;
}

int class_setattr(rill_vm *vm, RClass *cls, RStr *name, Value v)
{
    if (cls->flags & CLS_BUILTIN)
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "cannot set '%U' attribute of immutable type '%U'", name, cls->name);
    int r;
    if (v == V_NULL) {
        r = dict_del_str(vm, cls->dict, name);
        if (r == 0)
            return exc_raisef_i(vm, vm->exc_AttributeError,
                                "type object '%U' has no attribute '%U'", cls->name, name);
        if (r > 0) r = 0;
    } else {
        r = dict_set_str(vm, cls->dict, name, v);
    }
    cls->version++;
    class_changed(vm);
    /* a dunder may have appeared or gone: recompute what the fast paths rely on */
    update_flags(cls);
    return r;
}

Value inst_new(rill_vm *vm, RClass *cls)
{
    RInst *o = obj_alloc(vm, K_INST, cls, sizeof(RInst), true);
    if (!o) return V_NULL;
    o->dict = NULL;
    return v_from_obj(o);
}

/* ---- calling a class ----------------------------------------------------------------- */

/* cls's built-in constructor with cls prepended to the arguments. */
static Value call_ctor(rill_vm *vm, RClass *cls, CFn ctor, const Value *args, size_t nargs,
                       RTuple *kwnames)
{
    ArgVec av;
    if (argvec_init(vm, &av, v_from_obj(cls), args, nargs + (kwnames ? kwnames->n : 0)) < 0)
        return V_NULL;
    Value r = ctor(vm, av.v, nargs + 1, kwnames);
    argvec_free(vm, &av);
    return r;
}

/* The nearest built-in constructor up the MRO (int for a subclass of int...). */
static CFn builtin_ctor(RClass *cls)
{
    for (size_t i = 0; i < cls->mro->n; i++) {
        RClass *c = (RClass *)cls->mro->items[i];
        if (c->ctor) return c->ctor;
    }
    return NULL;
}

static bool is_user_func(Value v)
{
    return v_is_func(v) || v_is_kind(v, K_STATICMETHOD) || v_is_kind(v, K_CLASSMETHOD) ||
           (v_is_obj(v) && !v_is_kind(v, K_CFUNC));
}

Value class_call(rill_vm *vm, RClass *cls, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (cls->flags & CLS_BUILTIN) {
        if (!cls->ctor)
            return exc_raisef(vm, vm->exc_TypeError, "cannot create '%U' instances", cls->name);
        return call_ctor(vm, cls, cls->ctor, args, nargs, kwnames);
    }
    /* __new__ */
    Value obj;
    Value newf = class_lookup_cached(vm, cls, vm->s___new__);
    Value initf = class_lookup_cached(vm, cls, vm->s___init__);
    bool user_new = newf != V_NULL && is_user_func(newf);
    bool user_init = initf != V_NULL && is_user_func(initf);
    if (user_new) {
        Value fn = v_is_kind(newf, K_STATICMETHOD) ? ((RMethodWrap *)newf)->func : newf;
        obj = call_prepend(vm, fn, v_from_obj(cls), args, nargs, kwnames);
        if (obj == V_NULL) return V_NULL;
        if (!obj_isinstance(vm, obj, cls)) return obj;
    } else if (cls->inst_kind == K_EXC) {
        /* without an __init__ of its own, the built-in base's takes the keywords */
        obj = exc_instantiate(vm, cls, args, nargs, kwnames, !user_init);
        if (obj == V_NULL) return V_NULL;
    } else {
        CFn ctor = builtin_ctor(cls);
        if (ctor && cls->inst_kind != K_INST) {
            obj = call_ctor(vm, cls, ctor, args, nargs, kwnames);
            if (obj == V_NULL) return V_NULL;
        } else {
            if (!user_init && (nargs > 0 || kwnames)) {
                return exc_raisef(vm, vm->exc_TypeError, "%U() takes no arguments", cls->name);
            }
            obj = inst_new(vm, cls);
            if (obj == V_NULL) return V_NULL;
        }
    }
    if (user_init) {
        Value r = call_prepend(vm, initf, obj, args, nargs, kwnames);
        if (r == V_NULL) {
            v_decref(vm, obj);
            return V_NULL;
        }
        if (r != V_NONE) {
            exc_raisef(vm, vm->exc_TypeError, "__init__() should return None, not '%T'", r);
            v_decref(vm, r);
            v_decref(vm, obj);
            return V_NULL;
        }
    } else if (cls->inst_kind == K_INST && !user_new && (nargs > 0 || kwnames)) {
        v_decref(vm, obj);
        return exc_raisef(vm, vm->exc_TypeError, "%U() takes no arguments", cls->name);
    }
    return obj;
}

/* ---- __build_class__ -------------------------------------------------------------------- */

static Value build_class(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (nargs < 2) return exc_raisef(vm, vm->exc_TypeError, "__build_class__: not enough arguments");
    if (!v_is_func(args[0]))
        return exc_raisef(vm, vm->exc_TypeError, "__build_class__: func must be a function");
    if (!v_is_str(args[1]))
        return exc_raisef(vm, vm->exc_TypeError, "__build_class__: name is not a string");
    /* class keywords go to __init_subclass__; the only metaclass is type */
    size_t nkw = kwnames ? kwnames->n : 0;
    const Value *kwvalues = args + nargs;
    if (nkw && str_eq_cstr(v_str(kwnames->items[0]), "metaclass")) {
        if (kwvalues[0] != v_from_obj(vm->cls_type))
            return exc_raisef(vm, vm->exc_TypeError, "rill supports no metaclass other than type");
        kwnames = NULL;     /* metaclass=type alone, or first: drop it */
        if (nkw > 1)
            return exc_raisef(vm, vm->exc_TypeError, "metaclass must be the only class keyword in rill");
        nkw = 0;
    }
    RTuple *bases = tuple_from_array(vm, args + 2, nargs - 2);
    if (!bases) return V_NULL;
    RDict *ns = dict_new(vm);
    if (!ns) {
        obj_decref(vm, bases);
        return V_NULL;
    }
    Value cell = eval_class_body(vm, (RFunc *)args[0], ns);
    Value result = V_NULL;
    if (cell != V_NULL) {
        RClass *c = class_new_kw(vm, v_str(args[1]), bases, ns, cell, nkw ? kwnames : NULL, kwvalues);
        if (c) result = v_from_obj(c);
        v_decref(vm, cell);
    }
    obj_decref(vm, ns);
    obj_decref(vm, bases);
    return result;
}

const CFuncDef class_build_class_def = {
    "__build_class__", build_class, CF_KEYWORDS, -1, -1,
    "__build_class__(func, name, /, *bases, **kwds) -> class"
};
