/*
** dict_methods.c — the methods of dict, set and frozenset, and the set operations and
** comparisons of the dict views (dict_keys and dict_items behave as sets; their
** length, iteration and repr are in vm/iter.c). The algorithms follow CPython's
** setobject.c closely where the order of the result shows (iteration order of the
** produced set).
*/
#include <string.h>
#include "builtins.h"
#include "../vm/ops.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/seq.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/exc.h"
#include "../vm/iter.h"

/* ---- dict update (dict(), dict.update) --------------------------------------------- */

static int update_from_keys(rill_vm *vm, RDict *d, Value map, Value keysfn)
{
    Value keys = call_value(vm, keysfn, NULL, 0, NULL);
    if (keys == V_NULL) return -1;
    Value it = iter_get(vm, keys);
    v_decref(vm, keys);
    if (it == V_NULL) return -1;
    Value k;
    int rc = 0;
    while ((k = iter_next(vm, it)) != V_NULL) {
        Value v = obj_getitem(vm, map, k);
        rc = v == V_NULL ? -1 : dict_set(vm, d, k, v);
        v_decref(vm, v);
        v_decref(vm, k);
        if (rc < 0) break;
    }
    v_decref(vm, it);
    return rc < 0 || vm_exc_pending(vm) ? -1 : 0;
}

/* One element of an iterable of pairs: its key and value (borrowed from *hold, which the
   caller releases). */
static int pair_of(rill_vm *vm, Value item, size_t index, Value *hold, Value *k, Value *v)
{
    *hold = V_NULL;
    *k = *v = V_NULL;
    const Value *items;
    size_t n;
    if (v_is_tuple(item)) {
        items = v_tuple(item)->items;
        n = v_tuple(item)->n;
    } else if (v_is_list(item)) {
        RTuple *t = tuple_from_list(vm, v_list(item));
        if (!t) return -1;
        *hold = v_from_obj(t);
        items = t->items;
        n = t->n;
    } else {
        if (!iter_supported(vm, item))
            return exc_raisef_i(vm, vm->exc_TypeError, "cannot convert dictionary update sequence "
                                "element #%zu to a sequence", index);
        RTuple *t = tuple_from_iter(vm, item);
        if (!t) return -1;
        *hold = v_from_obj(t);
        items = t->items;
        n = t->n;
    }
    if (n != 2)
        return exc_raisef_i(vm, vm->exc_ValueError, "dictionary update sequence element #%zu has "
                            "length %zu; 2 is required", index, n);
    *k = items[0];
    *v = items[1];
    return 0;
}

static int update_from_pairs(rill_vm *vm, RDict *d, Value seq)
{
    Value it = iter_get(vm, seq);
    if (it == V_NULL) return -1;
    Value item;
    int rc = 0;
    for (size_t i = 0; (item = iter_next(vm, it)) != V_NULL; i++) {
        Value hold, k, v;
        rc = pair_of(vm, item, i, &hold, &k, &v);
        if (rc == 0) rc = dict_set(vm, d, k, v);
        v_decref(vm, hold);
        v_decref(vm, item);
        if (rc < 0) break;
    }
    v_decref(vm, it);
    return rc < 0 || vm_exc_pending(vm) ? -1 : 0;
}

int bi_dict_update(rill_vm *vm, RDict *d, Value arg)
{
    if (v_is_dict(arg)) return dict_merge(vm, d, v_dict(arg));
    Value keysfn = obj_getattr_opt(vm, arg, vm->s_keys);
    if (keysfn == V_NULL) {
        if (vm_exc_pending(vm)) return -1;
        return update_from_pairs(vm, d, arg);
    }
    int r = update_from_keys(vm, d, arg, keysfn);
    v_decref(vm, keysfn);
    return r;
}

int bi_dict_update_kw(rill_vm *vm, RDict *d, const Value *kwvals, RTuple *kwnames)
{
    for (size_t i = 0; kwnames && i < kwnames->n; i++)
        if (dict_set_str(vm, d, v_str(kwnames->items[i]), kwvals[i]) < 0) return -1;
    return 0;
}

/* ---- dict methods --------------------------------------------------------------------- */

#define DICT_SELF(name) \
    if (!v_is_dict(args[0])) return bi_bad_self(vm, name, "dict", args[0]); \
    RDict *d = v_dict(args[0])

static Value d_get(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("get");
    Value v;
    int r = dict_lookup(vm, d, args[1], &v);
    if (r < 0) return V_NULL;
    if (r) return v_incref(v);
    return nargs > 2 ? v_incref(args[2]) : V_NONE;
}

static Value d_setdefault(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("setdefault");
    Value v;
    int r = dict_lookup(vm, d, args[1], &v);
    if (r < 0) return V_NULL;
    if (r) return v_incref(v);
    Value dflt = nargs > 2 ? args[2] : V_NONE;
    if (dict_set(vm, d, args[1], dflt) < 0) return V_NULL;
    return v_incref(dflt);
}

static Value d_pop(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("pop");
    Value v = dict_pop(vm, d, args[1]);
    if (v != V_NULL || vm_exc_pending(vm)) return v;
    if (nargs > 2) return v_incref(args[2]);
    return exc_raise_arg(vm, vm->exc_KeyError, args[1]);
}

static Value d_popitem(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("popitem");
    size_t i = d->nentries;
    while (i > 0 && d->entries[i - 1].key == V_NULL) i--;
    if (i == 0) {
        RStr *msg = str_from_cstr(vm, "popitem(): dictionary is empty");
        if (!msg) return V_NULL;
        exc_raise_arg(vm, vm->exc_KeyError, v_from_obj(msg));
        obj_decref(vm, msg);
        return V_NULL;
    }
    DictEntry *e = &d->entries[i - 1];
    RTuple *t = tuple_pack(vm, 2, e->key, e->value);
    Value k = t ? v_incref(t->items[0]) : V_NULL;
    if (t && dict_del(vm, d, k) < 0) {
        obj_decref(vm, t);
        t = NULL;
    }
    v_decref(vm, k);
    return v_from_obj(t);
}

static Value d_keys(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("keys");
    return iter_dictview_new(vm, d, ITER_KEYS);
}

static Value d_values(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("values");
    return iter_dictview_new(vm, d, ITER_VALUES);
}

static Value d_items(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("items");
    return iter_dictview_new(vm, d, ITER_ITEMS);
}

static Value d_update(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (bi_missing_self(vm, nargs, "dict.update")) return V_NULL;
    DICT_SELF("update");
    if (nargs > 2)
        return exc_raisef(vm, vm->exc_TypeError,
                          "update expected at most 1 argument, got %zu", nargs - 1);
    if (nargs == 2 && bi_dict_update(vm, d, args[1]) < 0) return V_NULL;
    if (kwnames && bi_dict_update_kw(vm, d, args + nargs, kwnames) < 0) return V_NULL;
    return V_NONE;
}

static Value d_copy(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("copy");
    return v_from_obj(dict_copy(vm, d));
}

static Value d_clear(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("clear");
    dict_clear(vm, d);
    return V_NONE;
}

/* a classmethod: args[0] is the class (the call path counts it among the arguments) */
static Value d_fromkeys(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "dict.fromkeys")) return V_NULL;
    if (arg_count(vm, "fromkeys", nargs - 1, 1, 2) < 0) return V_NULL;
    Value value = nargs > 2 ? args[2] : V_NONE;
    RDict *d = dict_new(vm);
    if (!d) return V_NULL;
    Value it = iter_get(vm, args[1]);
    if (it == V_NULL) goto fail;
    Value k;
    while ((k = iter_next(vm, it)) != V_NULL) {
        int r = dict_set(vm, d, k, value);
        v_decref(vm, k);
        if (r < 0) break;
    }
    v_decref(vm, it);
    if (vm_exc_pending(vm)) goto fail;
    return v_from_obj(d);
fail:
    obj_decref(vm, d);
    return V_NULL;
}

static Value d_len(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("__len__");
    return v_int((intptr_t)d->used);
}

static Value d_getitem(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("__getitem__");
    Value v;
    int r = dict_lookup(vm, d, args[1], &v);
    if (r < 0) return V_NULL;
    if (r) return v_incref(v);
    return exc_raise_arg(vm, vm->exc_KeyError, args[1]);
}

static Value d_setitem(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("__setitem__");
    return dict_set(vm, d, args[1], args[2]) < 0 ? V_NULL : V_NONE;
}

static Value d_delitem(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("__delitem__");
    int r = dict_del(vm, d, args[1]);
    if (r < 0) return V_NULL;
    if (r == 0) return exc_raise_arg(vm, vm->exc_KeyError, args[1]);
    return V_NONE;
}

static Value d_contains(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("__contains__");
    Value v;
    int r = dict_lookup(vm, d, args[1], &v);
    return r < 0 ? V_NULL : v_bool(r);
}

static Value d_iter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("__iter__");
    return iter_dict_new(vm, d, ITER_KEYS, false);
}

static Value d_reversed(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("__reversed__");
    return iter_dict_new(vm, d, ITER_KEYS, true);
}

static Value d_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("__repr__");
    return v_from_obj(dict_repr(vm, d));
}

static Value d_cmp(rill_vm *vm, const Value *args, bool eq, const char *name)
{
    DICT_SELF(name);
    if (!v_is_dict(args[1])) return bi_not_implemented(vm);
    int r = dict_equal(vm, d, v_dict(args[1]));
    return r < 0 ? V_NULL : v_bool((r != 0) == eq);
}

static Value d_eq(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return d_cmp(vm, args, true, "__eq__");
}

static Value d_ne(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return d_cmp(vm, args, false, "__ne__");
}

static Value d_or(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("__or__");
    if (!v_is_dict(args[1])) return bi_not_implemented(vm);
    RDict *r = dict_copy(vm, d);
    if (r && dict_merge(vm, r, v_dict(args[1])) < 0) {
        obj_decref(vm, r);
        return V_NULL;
    }
    return v_from_obj(r);
}

static Value d_ior(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    DICT_SELF("__ior__");
    if (bi_dict_update(vm, d, args[1]) < 0) return V_NULL;
    return v_incref(args[0]);
}

static const CFuncDef dict_methods[] = {
    { "get", d_get, CF_METHOD, 1, 2,
      "Return the value for key if key is in the dictionary, else default." },
    { "setdefault", d_setdefault, CF_METHOD, 1, 2,
      "Insert key with a value of default if key is not in the dictionary." },
    { "pop", d_pop, CF_METHOD, 1, 2,
      "D.pop(k[,d]) -> v, remove specified key and return the corresponding value." },
    { "popitem", d_popitem, CF_METHOD, 0, 0,
      "Remove and return a (key, value) pair as a 2-tuple." },
    { "keys", d_keys, CF_METHOD, 0, 0,
      "D.keys() -> a set-like object providing a view on D's keys" },
    { "values", d_values, CF_METHOD, 0, 0,
      "D.values() -> an object providing a view on D's values" },
    { "items", d_items, CF_METHOD, 0, 0,
      "D.items() -> a set-like object providing a view on D's items" },
    { "update", d_update, CF_METHOD | CF_KEYWORDS, -1, -1,
      "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F." },
    { "copy", d_copy, CF_METHOD, 0, 0, "D.copy() -> a shallow copy of D" },
    { "clear", d_clear, CF_METHOD, 0, 0, "D.clear() -> None.  Remove all items from D." },
    { "fromkeys", d_fromkeys, CF_CLASS, -1, -1,
      "Create a new dictionary with keys from iterable and values set to value." },
    { "__len__", d_len, CF_METHOD, 0, 0, "Return len(self)." },
    { "__getitem__", d_getitem, CF_METHOD, 1, 1, "x.__getitem__(y) <==> x[y]" },
    { "__setitem__", d_setitem, CF_METHOD, 2, 2, "Set self[key] to value." },
    { "__delitem__", d_delitem, CF_METHOD, 1, 1, "Delete self[key]." },
    { "__contains__", d_contains, CF_METHOD, 1, 1,
      "True if the dictionary has the specified key, else False." },
    { "__iter__", d_iter, CF_METHOD, 0, 0, "Implement iter(self)." },
    { "__reversed__", d_reversed, CF_METHOD, 0, 0,
      "Return a reverse iterator over the dict keys." },
    { "__repr__", d_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { "__eq__", d_eq, CF_METHOD, 1, 1, "Return self==value." },
    { "__ne__", d_ne, CF_METHOD, 1, 1, "Return self!=value." },
    { "__or__", d_or, CF_METHOD, 1, 1, "Return self|value." },
    { "__ior__", d_ior, CF_METHOD, 1, 1, "Return self|=value." },
    { NULL, NULL, 0, 0, 0, NULL }
};

/* ---- sets ---------------------------------------------------------------------------------- */

/* The methods only set has check their self here. Those both classes have are entered
   through a per-class function (SET_CLASS_ENTRY below) that has already checked self
   against the class the method was looked up on, so for them this is only the cast. */
static RSet *set_self(rill_vm *vm, const Value *args, const char *meth, bool mutating)
{
    Value s = args[0];
    if (!mutating || v_is_kind(s, K_SET)) return (RSet *)s;
    bi_bad_self(vm, meth, "set", s);
    return NULL;
}

#define SET_SELF(name, mut) \
    RSet *s = set_self(vm, args, name, mut); \
    if (!s) return V_NULL

static bool is_frozen(RSet *s) { return s->h.kind == K_FROZENSET; }

/* A set may look for an unhashable set as the equal frozenset (remove, discard,
   __contains__): op is 0 discard, 1 contains. Returns as set_discard/set_contains. */
static int with_frozen_key(rill_vm *vm, RSet *s, Value key, int op)
{
    int r = op ? set_contains(vm, s, key) : set_discard(vm, s, key);
    if (r >= 0 || !v_is_kind(key, K_SET) || !exc_matches(vm, vm->exc_TypeError)) return r;
    exc_clear(vm);
    RSet *f = set_copy(vm, (RSet *)key, true);
    if (!f) return -1;
    r = op ? set_contains(vm, s, v_from_obj(f)) : set_discard(vm, s, v_from_obj(f));
    obj_decref(vm, f);
    return r;
}

/* A new set of the same kind as `like` holding the items of iterable (or empty). */
static RSet *new_like(rill_vm *vm, RSet *like, Value iterable)
{
    RSet *r = set_new(vm, is_frozen(like));
    if (r && iterable != V_NULL && set_update(vm, r, iterable) < 0) {
        obj_decref(vm, r);
        return NULL;
    }
    return r;
}

static Value s_add(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("add", true);
    return set_add(vm, s, args[1]) < 0 ? V_NULL : V_NONE;
}

static Value s_remove(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("remove", true);
    int r = with_frozen_key(vm, s, args[1], 0);
    if (r < 0) return V_NULL;
    if (r == 0) return exc_raise_arg(vm, vm->exc_KeyError, args[1]);
    return V_NONE;
}

static Value s_discard(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("discard", true);
    return with_frozen_key(vm, s, args[1], 0) < 0 ? V_NULL : V_NONE;
}

static Value s_pop(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("pop", true);
    return set_pop(vm, s);
}

static Value s_clear(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("clear", true);
    set_clear(vm, s);
    return V_NONE;
}

static Value s_copy(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("copy", false);
    if (is_frozen(s)) return v_incref(args[0]);
    return v_from_obj(set_copy(vm, s, false));
}

static Value s_update(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "set.update")) return V_NULL;
    SET_SELF("update", true);
    for (size_t i = 1; i < nargs; i++)
        if (set_update(vm, s, args[i]) < 0) return V_NULL;
    return V_NONE;
}

static Value s_union(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "set.union")) return V_NULL;
    SET_SELF("union", false);
    RSet *r = set_copy(vm, s, is_frozen(s));
    for (size_t i = 1; r && i < nargs; i++)
        if (set_update(vm, r, args[i]) < 0) {
            obj_decref(vm, r);
            return V_NULL;
        }
    return v_from_obj(r);
}

static RSet *intersection_multi(rill_vm *vm, RSet *s, const Value *others, size_t n)
{
    if (n == 0) return set_copy(vm, s, is_frozen(s));
    obj_incref(s);
    RSet *result = s;
    for (size_t i = 0; i < n; i++) {
        RSet *r = set_intersection(vm, result, others[i]);
        obj_decref(vm, result);
        if (!r) return NULL;
        result = r;
    }
    return result;
}

static Value s_intersection(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "set.intersection")) return V_NULL;
    SET_SELF("intersection", false);
    return v_from_obj(intersection_multi(vm, s, args + 1, nargs - 1));
}

static Value s_intersection_update(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "set.intersection_update")) return V_NULL;
    SET_SELF("intersection_update", true);
    return set_assign(vm, s, intersection_multi(vm, s, args + 1, nargs - 1)) < 0 ? V_NULL
                                                                                 : V_NONE;
}

static Value s_difference(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "set.difference")) return V_NULL;
    SET_SELF("difference", false);
    if (nargs == 1) return v_from_obj(set_copy(vm, s, is_frozen(s)));
    RSet *r = set_difference(vm, s, args[1]);
    for (size_t i = 2; r && i < nargs; i++)
        if (set_difference_update(vm, r, args[i]) < 0) {
            obj_decref(vm, r);
            return V_NULL;
        }
    return v_from_obj(r);
}

static Value s_difference_update(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "set.difference_update")) return V_NULL;
    SET_SELF("difference_update", true);
    for (size_t i = 1; i < nargs; i++)
        if (set_difference_update(vm, s, args[i]) < 0) return V_NULL;
    return V_NONE;
}

static Value s_symmetric_difference(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("symmetric_difference", false);
    return v_from_obj(set_symmetric_difference(vm, s, args[1]));
}

static Value s_symmetric_difference_update(rill_vm *vm, const Value *args, size_t nargs,
                                           RTuple *kw)
{
    SET_SELF("symmetric_difference_update", true);
    return set_symmetric_difference_update(vm, s, args[1]) < 0 ? V_NULL : V_NONE;
}

/* Is every item of a in b? */
static int subset_of(rill_vm *vm, RSet *a, RSet *b)
{
    if (a->used > b->used) return 0;
    size_t pos = 0;
    Value key;
    int64_t hash;
    while (set_next_hashed(a, &pos, &key, &hash)) {
        int r = set_contains_hashed(vm, b, key, hash);
        if (r <= 0) return r;
    }
    return 1;
}

static Value s_issubset(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("issubset", false);
    if (v_is_anyset(args[1])) {
        int r = subset_of(vm, s, (RSet *)args[1]);
        return r < 0 ? V_NULL : v_bool(r);
    }
    RSet *o = new_like(vm, s, args[1]);
    if (!o) return V_NULL;
    int r = subset_of(vm, s, o);
    obj_decref(vm, o);
    return r < 0 ? V_NULL : v_bool(r);
}

static Value s_issuperset(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("issuperset", false);
    if (v_is_anyset(args[1])) {
        int r = subset_of(vm, (RSet *)args[1], s);
        return r < 0 ? V_NULL : v_bool(r);
    }
    Value it = iter_get(vm, args[1]);
    if (it == V_NULL) return V_NULL;
    Value key;
    int r = 1;
    while ((key = iter_next(vm, it)) != V_NULL) {
        r = set_contains(vm, s, key);
        v_decref(vm, key);
        if (r <= 0) break;
    }
    v_decref(vm, it);
    if (r < 0 || vm_exc_pending(vm)) return V_NULL;
    return v_bool(r);
}

static Value s_isdisjoint(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("isdisjoint", false);
    Value other = args[1];
    int r = 0;
    if (v_is_anyset(other)) {
        RSet *a = s, *b = (RSet *)other;
        if (a->used > b->used) {
            RSet *t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        Value key;
        int64_t hash;
        while (set_next_hashed(a, &pos, &key, &hash))
            if ((r = set_contains_hashed(vm, b, key, hash)) != 0) break;
        return r < 0 ? V_NULL : v_bool(!r);
    }
    Value it = iter_get(vm, other);
    if (it == V_NULL) return V_NULL;
    Value key;
    while ((key = iter_next(vm, it)) != V_NULL) {
        r = set_contains(vm, s, key);
        v_decref(vm, key);
        if (r != 0) break;
    }
    v_decref(vm, it);
    if (r < 0 || vm_exc_pending(vm)) return V_NULL;
    return v_bool(!r);
}

static Value s_len(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("__len__", false);
    return v_int((intptr_t)s->used);
}

static Value s_contains(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("__contains__", false);
    int r = with_frozen_key(vm, s, args[1], 1);
    return r < 0 ? V_NULL : v_bool(r);
}

static Value s_iter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("__iter__", false);
    return iter_builtin(vm, args[0]);
}

static Value s_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    SET_SELF("__repr__", false);
    return v_from_obj(set_repr(vm, s));
}

/* The operators as methods (s.__or__(t)): NotImplemented unless both are sets. */
static Value set_op_method(rill_vm *vm, const Value *args, BinOp op, const char *name)
{
    SET_SELF(name, false);
    if (!v_is_anyset(args[1])) return bi_not_implemented(vm);
    return set_binop(vm, op, s, (RSet *)args[1]);
}

static Value s_or(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return set_op_method(vm, args, BINOP_OR, "__or__");
}

static Value s_and(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return set_op_method(vm, args, BINOP_AND, "__and__");
}

static Value s_sub(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return set_op_method(vm, args, BINOP_SUB, "__sub__");
}

static Value s_xor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return set_op_method(vm, args, BINOP_XOR, "__xor__");
}

static Value set_cmp_method(rill_vm *vm, const Value *args, CmpOp op, const char *name)
{
    SET_SELF(name, false);
    if (!v_is_anyset(args[1])) return bi_not_implemented(vm);
    return set_richcompare(vm, s, (RSet *)args[1], op);
}

static Value s_lt(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return set_cmp_method(vm, args, CMP_LT, "__lt__");
}

static Value s_le(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return set_cmp_method(vm, args, CMP_LE, "__le__");
}

static Value s_eq(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return set_cmp_method(vm, args, CMP_EQ, "__eq__");
}

static Value s_ne(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return set_cmp_method(vm, args, CMP_NE, "__ne__");
}

static Value s_gt(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return set_cmp_method(vm, args, CMP_GT, "__gt__");
}

static Value s_ge(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return set_cmp_method(vm, args, CMP_GE, "__ge__");
}

/* Methods both set and frozenset have: X(name, function, minargs, maxargs, doc). Each
   class gets its own entry points (CPython has one method descriptor per class), so that
   set.union(frozenset()) is refused and set.__len__(1) names 'set'. */
#define SET_COMMON_METHODS(X) \
    X("copy", s_copy, 0, 0, "Return a shallow copy of a set.") \
    X("union", s_union, -1, -1, "Return the union of sets as a new set.") \
    X("intersection", s_intersection, -1, -1, "Return the intersection of two sets as a new set.") \
    X("difference", s_difference, -1, -1, "Return the difference of two or more sets as a new set.") \
    X("symmetric_difference", s_symmetric_difference, 1, 1, \
      "Return the symmetric difference of two sets as a new set.") \
    X("issubset", s_issubset, 1, 1, "Report whether another set contains this set.") \
    X("issuperset", s_issuperset, 1, 1, "Report whether this set contains another set.") \
    X("isdisjoint", s_isdisjoint, 1, 1, "Return True if two sets have a null intersection.") \
    X("__len__", s_len, 0, 0, "Return len(self).") \
    X("__contains__", s_contains, 1, 1, "x.__contains__(y) <==> y in x.") \
    X("__iter__", s_iter, 0, 0, "Implement iter(self).") \
    X("__repr__", s_repr, 0, 0, "Return repr(self).") \
    X("__or__", s_or, 1, 1, "Return self|value.") \
    X("__and__", s_and, 1, 1, "Return self&value.") \
    X("__sub__", s_sub, 1, 1, "Return self-value.") \
    X("__xor__", s_xor, 1, 1, "Return self^value.") \
    X("__lt__", s_lt, 1, 1, "Return self<value.") \
    X("__le__", s_le, 1, 1, "Return self<=value.") \
    X("__eq__", s_eq, 1, 1, "Return self==value.") \
    X("__ne__", s_ne, 1, 1, "Return self!=value.") \
    X("__gt__", s_gt, 1, 1, "Return self>value.") \
    X("__ge__", s_ge, 1, 1, "Return self>=value.")

/* The wrong-self and missing-self errors of a common method looked up on class cls. */
static Value set_entry_error(rill_vm *vm, const Value *args, size_t nargs, const char *meth,
                             const char *cls)
{
    if (nargs == 0)
        return exc_raisef(vm, vm->exc_TypeError, "unbound method %s.%s() needs an argument",
                          cls, meth);
    return bi_bad_self(vm, meth, cls, args[0]);
}

#define SET_CLASS_ENTRY(cls, kind, name, fn) \
    static Value cls##_##fn(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw) \
    { \
        if (nargs == 0 || !v_is_kind(args[0], kind)) \
            return set_entry_error(vm, args, nargs, name, #cls); \
        return fn(vm, args, nargs, kw); \
    }
#define SET_ENTRY_OF_SET(name, fn, min, max, doc) SET_CLASS_ENTRY(set, K_SET, name, fn)
#define SET_ENTRY_OF_FROZENSET(name, fn, min, max, doc) \
    SET_CLASS_ENTRY(frozenset, K_FROZENSET, name, fn)
SET_COMMON_METHODS(SET_ENTRY_OF_SET)
SET_COMMON_METHODS(SET_ENTRY_OF_FROZENSET)
#define SET_DEF_OF_SET(name, fn, min, max, doc) { name, set_##fn, CF_METHOD, min, max, doc },
#define SET_DEF_OF_FROZENSET(name, fn, min, max, doc) \
    { name, frozenset_##fn, CF_METHOD, min, max, doc },

static const CFuncDef set_methods[] = {
    { "add", s_add, CF_METHOD, 1, 1, "Add an element to a set." },
    { "remove", s_remove, CF_METHOD, 1, 1, "Remove an element from a set; it must be a member." },
    { "discard", s_discard, CF_METHOD, 1, 1, "Remove an element from a set if it is a member." },
    { "pop", s_pop, CF_METHOD, 0, 0, "Remove and return an arbitrary set element." },
    { "clear", s_clear, CF_METHOD, 0, 0, "Remove all elements from this set." },
    { "update", s_update, CF_METHOD, -1, -1, "Update a set with the union of itself and others." },
    { "intersection_update", s_intersection_update, CF_METHOD, -1, -1,
      "Update a set with the intersection of itself and another." },
    { "difference_update", s_difference_update, CF_METHOD, -1, -1,
      "Remove all elements of another set from this set." },
    { "symmetric_difference_update", s_symmetric_difference_update, CF_METHOD, 1, 1,
      "Update a set with the symmetric difference of itself and another." },
    SET_COMMON_METHODS(SET_DEF_OF_SET)
    { NULL, NULL, 0, 0, 0, NULL }
};

static const CFuncDef frozenset_methods[] = {
    SET_COMMON_METHODS(SET_DEF_OF_FROZENSET)
    { NULL, NULL, 0, 0, 0, NULL }
};

/* ---- dict views as sets ------------------------------------------------------------------ */

static bool is_setview(rill_vm *vm, Value v)
{
    return v_is_kind(v, K_NATIVE) &&
           (v_obj(v)->cls == vm->cls_dict_keys || v_obj(v)->cls == vm->cls_dict_items);
}

static RDict *view_dict(Value v)
{
    return ((RDictView *)v)->dict;
}

/* set(x) as a new set (CPython's dictviews_to_set: a keys view is read through its
   dict, whose size presizes the table and whose stored hashes are used) */
static RSet *set_of(rill_vm *vm, Value x)
{
    if (v_is_kind(x, K_NATIVE) && v_obj(x)->cls == vm->cls_dict_keys && view_dict(x))
        x = v_from_obj(view_dict(x));
    RSet *s = set_new(vm, false);
    if (s && set_update(vm, s, x) < 0) {
        obj_decref(vm, s);
        return NULL;
    }
    return s;
}

/* a OP b where one of them is a view (CPython's dictviews_or/sub/xor): set(a), then
   updated with b. */
static Value view_binop(rill_vm *vm, Value a, Value b, BinOp op)
{
    RSet *r = set_of(vm, a);
    if (!r) return V_NULL;
    int rc;
    switch (op) {
    case BINOP_OR: rc = set_update(vm, r, b); break;
    case BINOP_SUB: rc = set_difference_update(vm, r, b); break;
    default: rc = set_symmetric_difference_update(vm, r, b); break;
    }
    if (rc < 0) {
        obj_decref(vm, r);
        return V_NULL;
    }
    return v_from_obj(r);
}

/* `x in view` for the view's kind */
static int view_has(rill_vm *vm, Value view, Value x)
{
    return obj_contains(vm, view, x);
}

/* CPython's _PyDictView_Intersect */
static Value view_and(rill_vm *vm, Value self, Value other)
{
    if (!is_setview(vm, self)) {
        Value t = self;
        self = other;
        other = t;
    }
    RDict *d = view_dict(self);
    size_t len_self = d ? d->used : 0;
    if (v_is_kind(other, K_SET) && len_self <= ((RSet *)other)->used) {
        RSet *r = set_intersection(vm, (RSet *)other, self);
        return v_from_obj(r);
    }
    if (is_setview(vm, other)) {
        RDict *od = view_dict(other);
        if ((od ? od->used : 0) > len_self) {
            Value t = self;
            self = other;
            other = t;
        }
    }
    RSet *result = set_new(vm, false);
    if (!result) return V_NULL;
    Value it = iter_get(vm, other);
    if (it == V_NULL) goto fail;
    Value key;
    while ((key = iter_next(vm, it)) != V_NULL) {
        int r = view_has(vm, self, key);
        if (r > 0) r = set_add(vm, result, key);
        v_decref(vm, key);
        if (r < 0) break;
    }
    v_decref(vm, it);
    if (!vm_exc_pending(vm)) return v_from_obj(result);
fail:
    obj_decref(vm, result);
    return V_NULL;
}

static Value vw_and(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_and(vm, args[0], args[1]);
}

static Value vw_or(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_binop(vm, args[0], args[1], BINOP_OR);
}

static Value vw_ror(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_binop(vm, args[1], args[0], BINOP_OR);
}

static Value vw_sub(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_binop(vm, args[0], args[1], BINOP_SUB);
}

static Value vw_rsub(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_binop(vm, args[1], args[0], BINOP_SUB);
}

static Value vw_xor(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_binop(vm, args[0], args[1], BINOP_XOR);
}

static Value vw_rxor(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_binop(vm, args[1], args[0], BINOP_XOR);
}

/* Is every item of a in b? (any iterables with `in`) */
static int all_contained_in(rill_vm *vm, Value a, Value b)
{
    Value it = iter_get(vm, a);
    if (it == V_NULL) return -1;
    Value x;
    int r = 1;
    while ((x = iter_next(vm, it)) != V_NULL) {
        r = obj_contains(vm, b, x);
        v_decref(vm, x);
        if (r <= 0) break;
    }
    v_decref(vm, it);
    if (r >= 0 && vm_exc_pending(vm)) r = -1;
    return r;
}

static Value view_compare(rill_vm *vm, Value self, Value other, CmpOp op)
{
    if (!is_setview(vm, self) || (!v_is_anyset(other) && !is_setview(vm, other)))
        return bi_not_implemented(vm);
    intptr_t ls = obj_len(vm, self), lo = ls < 0 ? -1 : obj_len(vm, other);
    if (lo < 0) return V_NULL;
    int ok = 0;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        if (ls == lo) ok = all_contained_in(vm, self, other);
        if (op == CMP_NE && ok >= 0) ok = !ok;
        break;
    case CMP_LT: if (ls < lo) ok = all_contained_in(vm, self, other); break;
    case CMP_LE: if (ls <= lo) ok = all_contained_in(vm, self, other); break;
    case CMP_GT: if (ls > lo) ok = all_contained_in(vm, other, self); break;
    case CMP_GE: if (ls >= lo) ok = all_contained_in(vm, other, self); break;
    }
    return ok < 0 ? V_NULL : v_bool(ok);
}

static Value vw_lt(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_compare(vm, args[0], args[1], CMP_LT);
}

static Value vw_le(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_compare(vm, args[0], args[1], CMP_LE);
}

static Value vw_eq(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_compare(vm, args[0], args[1], CMP_EQ);
}

static Value vw_ne(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_compare(vm, args[0], args[1], CMP_NE);
}

static Value vw_gt(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_compare(vm, args[0], args[1], CMP_GT);
}

static Value vw_ge(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return view_compare(vm, args[0], args[1], CMP_GE);
}

static Value vw_isdisjoint(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value self = args[0], other = args[1];
    if (self == other) {
        intptr_t n = obj_len(vm, self);
        return n < 0 ? V_NULL : v_bool(n == 0);
    }
    /* iterate over the shorter one when both sizes are known */
    Value a = other, b = self;
    if (v_is_anyset(other) || is_setview(vm, other)) {
        intptr_t ls = obj_len(vm, self), lo = ls < 0 ? -1 : obj_len(vm, other);
        if (lo < 0) return V_NULL;
        if (lo > ls) {
            a = self;
            b = other;
        }
    }
    Value it = iter_get(vm, a);
    if (it == V_NULL) return V_NULL;
    Value x;
    int r = 0;
    while ((x = iter_next(vm, it)) != V_NULL) {
        r = obj_contains(vm, b, x);
        v_decref(vm, x);
        if (r != 0) break;
    }
    v_decref(vm, it);
    if (r < 0 || vm_exc_pending(vm)) return V_NULL;
    return v_bool(!r);
}

static const CFuncDef setview_methods[] = {
    { "__and__", vw_and, CF_METHOD, 1, 1, "Return self&value." },
    { "__rand__", vw_and, CF_METHOD, 1, 1, "Return value&self." },
    { "__or__", vw_or, CF_METHOD, 1, 1, "Return self|value." },
    { "__ror__", vw_ror, CF_METHOD, 1, 1, "Return value|self." },
    { "__sub__", vw_sub, CF_METHOD, 1, 1, "Return self-value." },
    { "__rsub__", vw_rsub, CF_METHOD, 1, 1, "Return value-self." },
    { "__xor__", vw_xor, CF_METHOD, 1, 1, "Return self^value." },
    { "__rxor__", vw_rxor, CF_METHOD, 1, 1, "Return value^self." },
    { "__lt__", vw_lt, CF_METHOD, 1, 1, "Return self<value." },
    { "__le__", vw_le, CF_METHOD, 1, 1, "Return self<=value." },
    { "__eq__", vw_eq, CF_METHOD, 1, 1, "Return self==value." },
    { "__ne__", vw_ne, CF_METHOD, 1, 1, "Return self!=value." },
    { "__gt__", vw_gt, CF_METHOD, 1, 1, "Return self>value." },
    { "__ge__", vw_ge, CF_METHOD, 1, 1, "Return self>=value." },
    { "isdisjoint", vw_isdisjoint, CF_METHOD, 1, 1,
      "Return True if the view and the given iterable have a null intersection." },
    { NULL, NULL, 0, 0, 0, NULL }
};

int bi_init_dict(rill_vm *vm)
{
    if (cfunc_add_all(vm, vm->cls_dict->dict, dict_methods, vm->cls_dict) < 0 ||
        cfunc_add_all(vm, vm->cls_set->dict, set_methods, vm->cls_set) < 0 ||
        cfunc_add_all(vm, vm->cls_frozenset->dict, frozenset_methods, vm->cls_frozenset) < 0 ||
        cfunc_add_all(vm, vm->cls_dict_keys->dict, setview_methods, vm->cls_dict_keys) < 0 ||
        cfunc_add_all(vm, vm->cls_dict_items->dict, setview_methods, vm->cls_dict_items) < 0)
        return -1;
    /* mutable containers are unhashable: __hash__ is None in their class, as CPython's */
    if (dict_set_str(vm, vm->cls_dict->dict, vm->s___hash__, V_NONE) < 0 ||
        dict_set_str(vm, vm->cls_set->dict, vm->s___hash__, V_NONE) < 0)
        return -1;
    return 0;
}
