/*
** eval_util.c — the out-of-line halves of instructions: the parts of unpacking, raising,
** matching exceptions, formatting and building containers that are too big or too rare
** to sit in the dispatch loop. eval.c stays the loop and its fast paths.
*/
#include <string.h>
#include "eval.h"
#include "str.h"
#include "int.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "exc.h"
#include "ops.h"

/* UNPACK_SEQUENCE: dest receives the n items, last item first (so the first target is on
   top of the stack). */
int eval_unpack(rill_vm *vm, Value seq, size_t n, Value *dest)
{
    const Value *items = NULL;
    size_t len = 0;
    if (v_is_tuple(seq)) items = v_tuple(seq)->items, len = v_tuple(seq)->n;
    else if (v_is_list(seq)) items = v_list(seq)->items, len = v_list(seq)->n;
    if (items) {
        if (len != n) {
            if (len < n)
                return exc_raisef_i(vm, vm->exc_ValueError,
                                    "not enough values to unpack (expected %zu, got %zu)", n, len);
            return exc_raisef_i(vm, vm->exc_ValueError, "too many values to unpack (expected %zu)", n);
        }
        for (size_t i = 0; i < n; i++) dest[n - 1 - i] = v_incref(items[i]);
        return 0;
    }
    Value it = iter_get(vm, seq);
    if (it == V_NULL) {
        if (exc_matches(vm, vm->exc_TypeError) && !v_is_obj(seq)) goto not_iterable;
        if (exc_matches(vm, vm->exc_TypeError)) {
            /* only rewrite the message when seq itself was not iterable */
            RClass *c = v_class(vm, seq);
            if (!class_lookup(c, vm->s___iter__) && !class_lookup(c, vm->s___getitem__))
                goto not_iterable;
        }
        return -1;
    }
    size_t got = 0;
    for (; got < n; got++) {
        Value v = iter_next(vm, it);
        if (v == V_NULL) {
            if (!vm_exc_pending(vm))
                exc_raisef(vm, vm->exc_ValueError,
                           "not enough values to unpack (expected %zu, got %zu)", n, got);
            goto fail;
        }
        dest[n - 1 - got] = v;
    }
    Value extra = iter_next(vm, it);
    if (extra != V_NULL) {
        v_decref(vm, extra);
        exc_raisef(vm, vm->exc_ValueError, "too many values to unpack (expected %zu)", n);
        goto fail;
    }
    if (vm_exc_pending(vm)) goto fail;
    v_decref(vm, it);
    return 0;
fail:
    for (size_t i = 0; i < got; i++) v_decref(vm, dest[n - 1 - i]);
    v_decref(vm, it);
    return -1;
not_iterable:
    exc_clear(vm);
    return exc_raisef_i(vm, vm->exc_TypeError, "cannot unpack non-iterable %T object", seq);
}

/* UNPACK_EX: before items, a list of the rest, after items; first target on top. */
int eval_unpack_ex(rill_vm *vm, Value seq, size_t before, size_t after, Value *dest)
{
    RList *all = list_from_iter(vm, seq);
    if (!all) {
        if (exc_matches(vm, vm->exc_TypeError)) {
            RClass *c = v_class(vm, seq);
            if (!class_lookup(c, vm->s___iter__) && !class_lookup(c, vm->s___getitem__)) {
                exc_clear(vm);
                exc_raisef(vm, vm->exc_TypeError, "cannot unpack non-iterable %T object", seq);
            }
        }
        return -1;
    }
    size_t n = all->n, total = before + after + 1;
    if (n < before + after) {
        obj_decref(vm, all);
        return exc_raisef_i(vm, vm->exc_ValueError,
                            "not enough values to unpack (expected at least %zu, got %zu)",
                            before + after, n);
    }
    RList *rest = list_from_array(vm, all->items + before, n - before - after);
    if (!rest) {
        obj_decref(vm, all);
        return -1;
    }
    /* stack order: dest[total-1] is the first target */
    size_t k = total;
    for (size_t i = 0; i < before; i++) dest[--k] = v_incref(all->items[i]);
    dest[--k] = v_from_obj(rest);
    for (size_t i = 0; i < after; i++) dest[--k] = v_incref(all->items[n - after + i]);
    obj_decref(vm, all);
    return 0;
}

static bool is_exc_class(rill_vm *vm, Value v)
{
    return v_is_class(v) && (v_class_obj(v)->flags & CLS_EXCEPTION);
}

/* Turns the operand of `raise` (a class or an instance) into an instance. */
static RExc *make_exc(rill_vm *vm, Value v, bool cause)
{
    if (is_exc_class(vm, v)) {
        Value inst = call_value(vm, v, NULL, 0, NULL);
        if (inst == V_NULL) return NULL;
        if (!v_is_kind(inst, K_EXC)) {
            exc_raisef(vm, vm->exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %T",
                       v, inst);
            v_decref(vm, inst);
            return NULL;
        }
        return v_exc(inst);
    }
    if (v_is_kind(v, K_EXC)) return (RExc *)v_incref(v);
    if (cause)
        return exc_raisef_p(vm, vm->exc_TypeError, "exception causes must derive from BaseException");
    return exc_raisef_p(vm, vm->exc_TypeError, "exceptions must derive from BaseException");
}

/* RAISE_VARARGS 1 and 2. Always returns -1 with the exception pending; steals both. */
int eval_raise(rill_vm *vm, Value exc, Value cause)
{
    RExc *e = make_exc(vm, exc, false);
    v_decref(vm, exc);
    if (!e) {
        v_decref(vm, cause);
        return -1;
    }
    if (cause != V_NULL) {
        if (cause == V_NONE) {
            v_store(vm, &e->cause, V_NONE);
        } else {
            RExc *c = make_exc(vm, cause, true);
            if (!c) {
                v_decref(vm, cause);
                obj_decref(vm, e);
                return -1;
            }
            v_store(vm, &e->cause, v_from_obj(c));
        }
        e->suppress_context = true;
        v_decref(vm, cause);
    }
    exc_set(vm, e);
    return -1;
}

/* CHECK_EXC_MATCH: 1, 0, or -1 (TypeError for something that is not an exception class). */
int eval_exc_match(rill_vm *vm, Value exc, Value type)
{
    if (v_is_tuple(type)) {
        RTuple *t = v_tuple(type);
        for (size_t i = 0; i < t->n; i++)
            if (!is_exc_class(vm, t->items[i])) goto bad;
        for (size_t i = 0; i < t->n; i++)
            if (class_is_subclass(v_obj(exc)->cls, v_class_obj(t->items[i]))) return 1;
        return 0;
    }
    if (!is_exc_class(vm, type)) goto bad;
    return class_is_subclass(v_obj(exc)->cls, v_class_obj(type));
bad:
    return exc_raisef_i(vm, vm->exc_TypeError,
                        "catching classes that do not inherit from BaseException is not allowed");
}

/* FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format(v, spec). Steals
   v and spec. */
Value eval_format(rill_vm *vm, Value v, int conv, Value spec)
{
    Value r = V_NULL;
    if (conv) {
        RStr *c = conv == 1 ? obj_str(vm, v) : conv == 2 ? obj_repr(vm, v) : obj_ascii(vm, v);
        v_decref(vm, v);
        v = c ? v_from_obj(c) : V_NULL;
        if (!c) goto out;
    }
    if (v_is_str(v) && (spec == V_NULL || v_str(spec)->len == 0)) {
        r = v;
        v = V_NULL;
        goto out;
    }
    RStr *s = obj_format(vm, v, spec != V_NULL ? v_str(spec) : vm->empty_str);
    r = s ? v_from_obj(s) : V_NULL;
out:
    v_decref(vm, v);
    v_decref(vm, spec);
    return r;
}

/* BUILD_STRING: concatenates n strs (borrowed). */
Value eval_build_string(rill_vm *vm, const Value *parts, size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++) len += v_str(parts[i])->len;
    RStr *s = str_alloc(vm, len);
    if (!s) return V_NULL;
    char *p = s->data;
    for (size_t i = 0; i < n; i++) {
        memcpy(p, v_str(parts[i])->data, v_str(parts[i])->len);
        p += v_str(parts[i])->len;
    }
    *p = 0;
    return v_from_obj(str_finish(s));
}

/* BUILD_MAP / BUILD_CONST_KEY_MAP */
Value eval_build_map(rill_vm *vm, const Value *kv, size_t n)
{
    RDict *d = dict_new_sized(vm, n);
    if (!d) return V_NULL;
    for (size_t i = 0; i < n; i++) {
        if (dict_set(vm, d, kv[2 * i], kv[2 * i + 1]) < 0) {
            obj_decref(vm, d);
            return V_NULL;
        }
    }
    return v_from_obj(d);
}

Value eval_build_const_key_map(rill_vm *vm, const Value *values, RTuple *keys)
{
    RDict *d = dict_new_sized(vm, keys->n);
    if (!d) return V_NULL;
    for (size_t i = 0; i < keys->n; i++) {
        if (dict_set(vm, d, keys->items[i], values[i]) < 0) {
            obj_decref(vm, d);
            return V_NULL;
        }
    }
    return v_from_obj(d);
}

/* DICT_UPDATE ({**m}) and DICT_MERGE (f(**m)). */
int eval_dict_update(rill_vm *vm, RDict *d, Value m, Value callable_for_merge)
{
    if (v_is_dict(m)) {
        if (callable_for_merge == V_NULL) return dict_merge(vm, d, v_dict(m));
        size_t pos = 0;
        Value k, v;
        while (dict_next(v_dict(m), &pos, &k, &v)) {
            if (!v_is_str(k))
                return exc_raisef_i(vm, vm->exc_TypeError, "keywords must be strings");
            Value old;
            int r = dict_lookup(vm, d, k, &old);
            if (r < 0) return -1;
            if (r == 1) {
                RStr *fs = func_str(vm, callable_for_merge);
                if (fs) {
                    exc_raisef(vm, vm->exc_TypeError, "%U got multiple values for keyword argument '%U'",
                               fs, v_str(k));
                    obj_decref(vm, fs);
                }
                return -1;
            }
            if (dict_set(vm, d, k, v) < 0) return -1;
        }
        return 0;
    }
    /* any mapping: keys() then [] */
    Value keys = call_method(vm, m, vm->s_keys, NULL, 0);
    if (keys == V_NULL) {
        if (exc_matches(vm, vm->exc_AttributeError)) {
            exc_clear(vm);
            if (callable_for_merge != V_NULL) {
                RStr *fs = func_str(vm, callable_for_merge);
                if (fs) {
                    exc_raisef(vm, vm->exc_TypeError, "%U argument after ** must be a mapping, not %T",
                               fs, m);
                    obj_decref(vm, fs);
                }
                return -1;
            }
            return exc_raisef_i(vm, vm->exc_TypeError, "'%T' object is not a mapping", m);
        }
        return -1;
    }
    Value it = iter_get(vm, keys);
    v_decref(vm, keys);
    if (it == V_NULL) return -1;
    Value k;
    while ((k = iter_next(vm, it)) != V_NULL) {
        Value v = obj_getitem(vm, m, k);
        int r = v == V_NULL ? -1 : dict_set(vm, d, k, v);
        v_decref(vm, v);
        v_decref(vm, k);
        if (r < 0) {
            v_decref(vm, it);
            return -1;
        }
    }
    v_decref(vm, it);
    return vm_exc_pending(vm) ? -1 : 0;
}

/* Names for messages about unbound variables. */
Value eval_unbound_local(rill_vm *vm, RStr *name)
{
    return exc_raisef(vm, vm->exc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value",
                      name);
}

/* (an UnboundLocalError has no .name in CPython; these NameErrors do) */
Value eval_unbound_free(rill_vm *vm, RStr *name)
{
    return exc_raise_name_error(vm, "cannot access free variable '%U' where it is not "
                                "associated with a value in enclosing scope", name);
}

Value eval_name_error(rill_vm *vm, RStr *name)
{
    return exc_raise_name_error(vm, "name '%U' is not defined", name);
}

/* PRINT_EXPR (interactive mode): repr to stdout and builtins._ = v, as sys.displayhook. */
int eval_print_expr(rill_vm *vm, Value v)
{
    if (v == V_NONE) return 0;
    RStr *s = obj_repr(vm, v);
    if (!s) return -1;
    vm_write(vm, 1, s->data, s->len);
    vm_write(vm, 1, "\n", 1);
    obj_decref(vm, s);
    RStr *u = str_intern_cstr(vm, "_");
    if (!u) return -1;
    int r = dict_set_str(vm, vm->builtins, u, v);
    obj_decref(vm, u);
    return r;
}
