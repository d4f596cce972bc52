/*
** list_methods.c — the methods of list and tuple: the named ones (append, pop, sort,
** index...) and the special methods scripts may call explicitly (l.__getitem__(0),
** list.__len__(l)...). The work is done by vm/list.c and vm/seq.c.
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

#define LIST_SELF(name) \
    if (!v_is_list(args[0])) return bi_bad_self(vm, name, "list", args[0]); \
    RList *l = v_list(args[0])

#define TUPLE_SELF(name) \
    if (!v_is_tuple(args[0])) return bi_bad_self(vm, name, "tuple", args[0]); \
    RTuple *t = v_tuple(args[0])

/* A start/stop bound of index(): an int or __index__, huge values clamped (CPython's
   _PyEval_SliceIndexNotNone). 0 / -1. */
static int bound_arg(rill_vm *vm, Value v, intptr_t *out)
{
    if (obj_as_ssize(vm, v, NULL, out) == 0) return 0;
    if (exc_matches(vm, vm->exc_TypeError)) {
        exc_clear(vm);
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "slice indices must be integers or have an __index__ method");
    }
    return -1;
}

static int index_bounds(rill_vm *vm, const Value *args, size_t nargs, intptr_t *start,
                        intptr_t *stop)
{
    *start = 0;
    *stop = INTPTR_MAX;
    if (nargs > 2 && bound_arg(vm, args[2], start) < 0) return -1;
    if (nargs > 3 && bound_arg(vm, args[3], stop) < 0) return -1;
    return 0;
}

/* ---- list --------------------------------------------------------------------------- */

static Value l_append(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("append");
    return list_append(vm, l, args[1]) < 0 ? V_NULL : V_NONE;
}

static Value l_extend(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("extend");
    return list_extend(vm, l, args[1]) < 0 ? V_NULL : V_NONE;
}

static Value l_insert(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("insert");
    intptr_t i;
    if (bi_ssize_arg(vm, args[1], &i) < 0) return V_NULL;
    return list_insert(vm, l, i, args[2]) < 0 ? V_NULL : V_NONE;
}

static Value l_remove(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("remove");
    return list_remove(vm, l, args[1]) < 0 ? V_NULL : V_NONE;
}

static Value l_pop(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("pop");
    intptr_t i = -1;
    if (nargs > 1 && bi_ssize_arg(vm, args[1], &i) < 0) return V_NULL;
    if (nargs == 1 && l->n) return list_pop_at(vm, l, l->n - 1);
    return list_pop(vm, l, i);
}

static Value l_index(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("index");
    intptr_t start, stop;
    if (index_bounds(vm, args, nargs, &start, &stop) < 0) return V_NULL;
    intptr_t i = list_index(vm, l, args[1], start, stop);
    return i < 0 ? V_NULL : v_int(i);
}

static Value l_count(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("count");
    intptr_t n = list_count(vm, l, args[1]);
    return n < 0 ? V_NULL : v_int(n);
}

static Value l_sort(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (bi_missing_self(vm, nargs, "list.sort")) return V_NULL;
    LIST_SELF("sort");
    size_t total = nargs - 1 + (kwnames ? kwnames->n : 0);
    if (total > 2)
        return exc_raisef(vm, vm->exc_TypeError,
                          "sort() takes at most 2 arguments (%zu given)", total);
    if (nargs > 1)
        return exc_raisef(vm, vm->exc_TypeError, "sort() takes no positional arguments");
    Value key;
    bool reverse;
    if (bi_sort_kwargs(vm, args + nargs, kwnames, &key, &reverse) < 0) return V_NULL;
    return list_sort(vm, l, key, reverse) < 0 ? V_NULL : V_NONE;
}

static Value l_reverse(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("reverse");
    list_reverse(l);
    return V_NONE;
}

static Value l_copy(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("copy");
    return v_from_obj(list_copy(vm, l));
}

static Value l_clear(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("clear");
    list_clear(vm, l);
    return V_NONE;
}

static Value l_len(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__len__");
    return v_int((intptr_t)l->n);
}

static Value l_getitem(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__getitem__");
    return list_getitem(vm, l, args[1]);
}

static Value l_setitem(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__setitem__");
    return list_setitem(vm, l, args[1], args[2]) < 0 ? V_NULL : V_NONE;
}

static Value l_delitem(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__delitem__");
    return list_delitem(vm, l, args[1]) < 0 ? V_NULL : V_NONE;
}

static Value l_contains(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__contains__");
    int r = list_contains(vm, l, args[1]);
    return r < 0 ? V_NULL : v_bool(r);
}

static Value l_iter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__iter__");
    return iter_builtin(vm, v_from_obj(l));
}

static Value l_reversed(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__reversed__");
    return iter_listrev_new(vm, l);
}

static Value l_add(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__add__");
    if (!v_is_list(args[1]))
        return exc_raisef(vm, vm->exc_TypeError, "can only concatenate list (not \"%T\") to list",
                          args[1]);
    return v_from_obj(list_concat(vm, l, v_list(args[1])));
}

static Value l_iadd(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__iadd__");
    if (list_extend(vm, l, args[1]) < 0) return V_NULL;
    return v_incref(args[0]);
}

/* A repeat count: an int or __index__, NotImplemented (0 returned, *ni set) otherwise. */
static int repeat_count(rill_vm *vm, Value v, intptr_t *n, bool *ni)
{
    *ni = false;
    if (!int_check(v) && !(v_is_obj(v) && class_lookup(v_obj(v)->cls, vm->s___index__))) {
        *ni = true;
        return 0;
    }
    return obj_as_ssize(vm, v, vm->exc_OverflowError, n);
}

static Value l_mul(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__mul__");
    intptr_t n;
    bool ni;
    if (repeat_count(vm, args[1], &n, &ni) < 0) return V_NULL;
    if (ni) return bi_not_implemented(vm);
    return v_from_obj(list_repeat(vm, l, n));
}

static Value l_imul(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__imul__");
    intptr_t n;
    bool ni;
    if (repeat_count(vm, args[1], &n, &ni) < 0) return V_NULL;
    if (ni) return bi_not_implemented(vm);
    if (list_irepeat(vm, l, n) < 0) return V_NULL;
    return v_incref(args[0]);
}

static Value l_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    LIST_SELF("__repr__");
    return v_from_obj(list_repr(vm, l));
}

/* Comparisons of two lists or two tuples as methods; NotImplemented otherwise. */
static Value seq_cmp_method(rill_vm *vm, const Value *args, CmpOp op)
{
    Value a = args[0], b = args[1];
    bool same = (v_is_list(a) && v_is_list(b)) || (v_is_tuple(a) && v_is_tuple(b));
    if (!same) {
        if (!v_is_list(a) && !v_is_tuple(a)) return bi_bad_self(vm, "__eq__", "list", a);
        return bi_not_implemented(vm);
    }
    return seq_compare(vm, a, b, op);
}

static Value q_lt(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return seq_cmp_method(vm, args, CMP_LT);
}

static Value q_le(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return seq_cmp_method(vm, args, CMP_LE);
}

static Value q_eq(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return seq_cmp_method(vm, args, CMP_EQ);
}

static Value q_ne(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return seq_cmp_method(vm, args, CMP_NE);
}

static Value q_gt(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return seq_cmp_method(vm, args, CMP_GT);
}

static Value q_ge(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return seq_cmp_method(vm, args, CMP_GE);
}

#define SEQ_COMPARE_METHODS \
    { "__lt__", q_lt, CF_METHOD, 1, 1, "Return self<value." }, \
    { "__le__", q_le, CF_METHOD, 1, 1, "Return self<=value." }, \
    { "__eq__", q_eq, CF_METHOD, 1, 1, "Return self==value." }, \
    { "__ne__", q_ne, CF_METHOD, 1, 1, "Return self!=value." }, \
    { "__gt__", q_gt, CF_METHOD, 1, 1, "Return self>value." }, \
    { "__ge__", q_ge, CF_METHOD, 1, 1, "Return self>=value." },

static const CFuncDef list_methods[] = {
    { "append", l_append, CF_METHOD, 1, 1, "Append object to the end of the list." },
    { "extend", l_extend, CF_METHOD, 1, 1, "Extend list by appending elements from the iterable." },
    { "insert", l_insert, CF_METHOD, 2, 2, "Insert object before index." },
    { "remove", l_remove, CF_METHOD, 1, 1, "Remove first occurrence of value." },
    { "pop", l_pop, CF_METHOD, 0, 1, "Remove and return item at index (default last)." },
    { "index", l_index, CF_METHOD, 1, 3, "Return first index of value." },
    { "count", l_count, CF_METHOD, 1, 1, "Return number of occurrences of value." },
    { "sort", l_sort, CF_METHOD | CF_KEYWORDS, -1, -1,
      "Sort the list in ascending order and return None." },
    { "reverse", l_reverse, CF_METHOD, 0, 0, "Reverse *IN PLACE*." },
    { "copy", l_copy, CF_METHOD, 0, 0, "Return a shallow copy of the list." },
    { "clear", l_clear, CF_METHOD, 0, 0, "Remove all items from list." },
    { "__len__", l_len, CF_METHOD, 0, 0, "Return len(self)." },
    { "__getitem__", l_getitem, CF_METHOD, 1, 1, "x.__getitem__(y) <==> x[y]" },
    { "__setitem__", l_setitem, CF_METHOD, 2, 2, "Set self[key] to value." },
    { "__delitem__", l_delitem, CF_METHOD, 1, 1, "Delete self[key]." },
    { "__contains__", l_contains, CF_METHOD, 1, 1, "Return key in self." },
    { "__iter__", l_iter, CF_METHOD, 0, 0, "Implement iter(self)." },
    { "__reversed__", l_reversed, CF_METHOD, 0, 0, "Return a reverse iterator over the list." },
    { "__add__", l_add, CF_METHOD, 1, 1, "Return self+value." },
    { "__iadd__", l_iadd, CF_METHOD, 1, 1, "Implement self+=value." },
    { "__mul__", l_mul, CF_METHOD, 1, 1, "Return self*value." },
    { "__rmul__", l_mul, CF_METHOD, 1, 1, "Return value*self." },
    { "__imul__", l_imul, CF_METHOD, 1, 1, "Implement self*=value." },
    { "__repr__", l_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    SEQ_COMPARE_METHODS
    { NULL, NULL, 0, 0, 0, NULL }
};

/* ---- tuple ------------------------------------------------------------------------------- */

static Value t_index(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    TUPLE_SELF("index");
    intptr_t start, stop;
    if (index_bounds(vm, args, nargs, &start, &stop) < 0) return V_NULL;
    intptr_t i = tuple_index(vm, t, args[1], start, stop);
    return i < 0 ? V_NULL : v_int(i);
}

static Value t_count(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    TUPLE_SELF("count");
    intptr_t n = tuple_count(vm, t, args[1]);
    return n < 0 ? V_NULL : v_int(n);
}

static Value t_len(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    TUPLE_SELF("__len__");
    return v_int((intptr_t)t->n);
}

static Value t_getitem(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    TUPLE_SELF("__getitem__");
    return tuple_getitem(vm, t, args[1]);
}

static Value t_contains(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    TUPLE_SELF("__contains__");
    int r = tuple_contains(vm, t, args[1]);
    return r < 0 ? V_NULL : v_bool(r);
}

static Value t_iter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    TUPLE_SELF("__iter__");
    return iter_builtin(vm, v_from_obj(t));
}

static Value t_add(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    TUPLE_SELF("__add__");
    if (!v_is_tuple(args[1]))
        return exc_raisef(vm, vm->exc_TypeError, "can only concatenate tuple (not \"%T\") to tuple",
                          args[1]);
    return v_from_obj(tuple_concat(vm, t, v_tuple(args[1])));
}

static Value t_mul(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    TUPLE_SELF("__mul__");
    intptr_t n;
    bool ni;
    if (repeat_count(vm, args[1], &n, &ni) < 0) return V_NULL;
    if (ni) return bi_not_implemented(vm);
    return v_from_obj(tuple_repeat(vm, t, n));
}

static Value t_hash(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    TUPLE_SELF("__hash__");
    int64_t h = tuple_hash(vm, t);
    return h == -1 ? V_NULL : int_from_i64(vm, h);
}

static Value t_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    TUPLE_SELF("__repr__");
    return v_from_obj(tuple_repr(vm, t));
}

static const CFuncDef tuple_methods[] = {
    { "index", t_index, CF_METHOD, 1, 3, "Return first index of value." },
    { "count", t_count, CF_METHOD, 1, 1, "Return number of occurrences of value." },
    { "__len__", t_len, CF_METHOD, 0, 0, "Return len(self)." },
    { "__getitem__", t_getitem, CF_METHOD, 1, 1, "Return self[key]." },
    { "__contains__", t_contains, CF_METHOD, 1, 1, "Return key in self." },
    { "__iter__", t_iter, CF_METHOD, 0, 0, "Implement iter(self)." },
    { "__add__", t_add, CF_METHOD, 1, 1, "Return self+value." },
    { "__mul__", t_mul, CF_METHOD, 1, 1, "Return self*value." },
    { "__rmul__", t_mul, CF_METHOD, 1, 1, "Return value*self." },
    { "__hash__", t_hash, CF_METHOD, 0, 0, "Return hash(self)." },
    { "__repr__", t_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    SEQ_COMPARE_METHODS
    { NULL, NULL, 0, 0, 0, NULL }
};

int bi_init_list(rill_vm *vm)
{
    if (cfunc_add_all(vm, vm->cls_list->dict, list_methods, vm->cls_list) < 0 ||
        cfunc_add_all(vm, vm->cls_tuple->dict, tuple_methods, vm->cls_tuple) < 0)
        return -1;
    return dict_set_str(vm, vm->cls_list->dict, vm->s___hash__, V_NONE);
}
