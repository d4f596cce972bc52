/*
** builtins_types.c — the constructors of the built-in classes (RClass.ctor: int, float,
** str, bool, list, tuple, dict, set, frozenset, range, slice, type, object, and the
** built-in exceptions when the VM gave them none) and the methods of `object` that
** scripts call explicitly (super().__init__(), object.__new__(cls), object.__setattr__...).
** A ctor receives the class as args[0]: args + 1 are the call's arguments.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>
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

static bool is_user(Value v)
{
    return v_is_obj(v) && !(v_obj(v)->cls->flags & CLS_BUILTIN);
}

/* The common shape "name expected at most N argument(s), got M" + no keywords. */
static int simple_args(rill_vm *vm, const char *name, size_t nargs, RTuple *kwnames, size_t max)
{
    if (kwnames && kwnames->n)
        return exc_raisef_i(vm, vm->exc_TypeError, "%s() takes no keyword arguments", name);
    if (nargs > max)
        return exc_raisef_i(vm, vm->exc_TypeError, "%s expected at most %zu argument%s, got %zu",
                            name, max, max == 1 ? "" : "s", nargs);
    return 0;
}

/* ---- int ------------------------------------------------------------------------------- */

/* The result of __int__/__index__/__trunc__ must be an int (a new reference). */
static Value int_result(rill_vm *vm, Value r, const char *what)
{
    if (r == V_NULL) return V_NULL;
    if (v_is_bool(r)) return v_int(r == V_TRUE);
    if (int_check(r)) return r;
    exc_raisef(vm, vm->exc_TypeError, "%s returned non-int (type %T)", what, r);
    v_decref(vm, r);
    return V_NULL;
}

static Value int_of(rill_vm *vm, Value x)
{
    if (v_is_int(x) || v_is_big(x)) return v_incref(x);
    if (v_is_bool(x)) return v_int(x == V_TRUE);
    if (v_is_float(x)) return int_from_double(vm, v_float(x));
    if (v_is_str(x)) return int_parse(vm, v_str(x)->data, v_str(x)->len, 10);
    if (is_user(x)) {
        bool found;
        Value r = call_special(vm, x, vm->s___int__, NULL, 0, &found);
        if (found) return int_result(vm, r, "__int__");
        r = call_special(vm, x, vm->s___index__, NULL, 0, &found);
        if (found) return int_result(vm, r, "__index__");
        r = bi_call_special(vm, x, "__trunc__", NULL, 0, &found);
        if (found) {
            if (r == V_NULL || int_check(r)) return int_result(vm, r, "__trunc__");
            Value i = call_special(vm, r, vm->s___index__, NULL, 0, &found);
            if (!found) {
                exc_raisef(vm, vm->exc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
                v_decref(vm, r);
                return V_NULL;
            }
            v_decref(vm, r);
            return int_result(vm, i, "__index__");
        }
    }
    return exc_raisef(vm, vm->exc_TypeError, "int() argument must be a string, a bytes-like object "
                      "or a real number, not '%T'", x);
}

static Value int_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    Value p[2];
    if (!kwnames && nargs == 2) return int_of(vm, args[1]);
    if (arg_parse(vm, "int", args + 1, nargs - 1, kwnames, "| x / base", p) < 0) return V_NULL;
    if (p[1] == V_NULL) return p[0] == V_NULL ? v_int(0) : int_of(vm, p[0]);
    if (p[0] == V_NULL) return exc_raisef(vm, vm->exc_TypeError, "int() missing string argument");
    intptr_t base;
    if (bi_index_arg(vm, p[1], &base, false, 10) < 0) return V_NULL;
    if (!v_is_str(p[0]))
        return exc_raisef(vm, vm->exc_TypeError,
                          "int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36))
        return exc_raisef(vm, vm->exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return int_parse(vm, v_str(p[0])->data, v_str(p[0])->len, (int)base);
}

/* ---- float ------------------------------------------------------------------------------ */

static Value float_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (simple_args(vm, "float", nargs - 1, kwnames, 1) < 0) return V_NULL;
    if (nargs == 1) return float_new(vm, 0.0);
    Value x = args[1];
    if (v_is_float(x)) return v_incref(x);
    if (int_check(x)) {
        bool err = false;
        double d = int_to_double(vm, x, &err);
        return err ? V_NULL : float_new(vm, d);
    }
    if (v_is_str(x)) return float_parse(vm, v_str(x)->data, v_str(x)->len);
    if (is_user(x)) {
        bool found;
        Value r = call_special(vm, x, vm->s___float__, NULL, 0, &found);
        if (found) {
            if (r == V_NULL || v_is_float(r)) return r;
            exc_raisef(vm, vm->exc_TypeError, "%T.__float__ returned non-float (type %T)", x, r);
            v_decref(vm, r);
            return V_NULL;
        }
        r = call_special(vm, x, vm->s___index__, NULL, 0, &found);
        if (found) {
            Value i = int_result(vm, r, "__index__");
            if (i == V_NULL) return V_NULL;
            bool err = false;
            double d = int_to_double(vm, i, &err);
            v_decref(vm, i);
            return err ? V_NULL : float_new(vm, d);
        }
    }
    return exc_raisef(vm, vm->exc_TypeError, "float() argument must be a string or a real number, "
                      "not '%T'", x);
}

/* ---- str, bool --------------------------------------------------------------------------- */

static Value str_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (!kwnames && nargs == 2) return v_from_obj(obj_str(vm, args[1]));
    Value p[3];
    if (arg_parse(vm, "str", args + 1, nargs - 1, kwnames, "| object encoding errors", p) < 0)
        return V_NULL;
    if (p[1] != V_NULL || p[2] != V_NULL) {
        if (p[1] != V_NULL && !v_is_str(p[1]))
            return exc_raisef(vm, vm->exc_TypeError,
                              "str() argument 'encoding' must be str, not %T",
                              p[1]);
        if (p[2] != V_NULL && !v_is_str(p[2]))
            return exc_raisef(vm, vm->exc_TypeError, "str() argument 'errors' must be str, not %T",
                              p[2]);
        if (p[0] == V_NULL) return v_incref(v_from_obj(vm->empty_str));
        if (v_is_str(p[0]))
            return exc_raisef(vm, vm->exc_TypeError, "decoding str is not supported");
        return exc_raisef(vm, vm->exc_TypeError,
                          "decoding to str: need a bytes-like object, %T found",
                          p[0]);
    }
    if (p[0] == V_NULL) return v_incref(v_from_obj(vm->empty_str));
    return v_from_obj(obj_str(vm, p[0]));
}

static Value bool_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (simple_args(vm, "bool", nargs - 1, kwnames, 1) < 0) return V_NULL;
    if (nargs == 1) return V_FALSE;
    int t = obj_truth(vm, args[1]);
    return t < 0 ? V_NULL : v_bool(t);
}

/* ---- containers ---------------------------------------------------------------------------- */

static Value list_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (simple_args(vm, "list", nargs - 1, kwnames, 1) < 0) return V_NULL;
    if (nargs == 1) return v_from_obj(list_new(vm, 0));
    return v_from_obj(list_from_iter(vm, args[1]));
}

static Value tuple_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (simple_args(vm, "tuple", nargs - 1, kwnames, 1) < 0) return V_NULL;
    if (nargs == 1) return v_incref(v_from_obj(vm->empty_tuple));
    if (v_is_tuple(args[1])) return v_incref(args[1]);
    return v_from_obj(tuple_from_iter(vm, args[1]));
}

static Value set_ctor_common(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames,
                             bool frozen)
{
    const char *name = frozen ? "frozenset" : "set";
    if (simple_args(vm, name, nargs - 1, kwnames, 1) < 0) return V_NULL;
    if (frozen && nargs == 2 && v_is_kind(args[1], K_FROZENSET)) return v_incref(args[1]);
    RSet *s = set_new(vm, frozen);
    if (!s) return V_NULL;
    if (nargs == 2 && set_update(vm, s, args[1]) < 0) {
        obj_decref(vm, s);
        return V_NULL;
    }
    return v_from_obj(s);
}

static Value set_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    return set_ctor_common(vm, args, nargs, kwnames, false);
}

static Value frozenset_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    return set_ctor_common(vm, args, nargs, kwnames, true);
}

static Value dict_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (nargs > 2)
        return exc_raisef(vm, vm->exc_TypeError,
                          "dict expected at most 1 argument, got %zu", nargs - 1);
    RDict *d = dict_new(vm);
    if (!d) return V_NULL;
    if ((nargs == 2 && bi_dict_update(vm, d, args[1]) < 0) ||
        (kwnames && bi_dict_update_kw(vm, d, args + nargs, kwnames) < 0)) {
        obj_decref(vm, d);
        return V_NULL;
    }
    return v_from_obj(d);
}

static Value range_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (kwnames && kwnames->n)
        return exc_raisef(vm, vm->exc_TypeError, "range() takes no keyword arguments");
    args++, nargs--;
    if (nargs == 0) return exc_raisef(vm, vm->exc_TypeError,
                                      "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return exc_raisef(vm, vm->exc_TypeError,
                          "range expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return range_new(vm, V_NULL, args[0], V_NULL);
    return range_new(vm, args[0], args[1], nargs > 2 ? args[2] : V_NULL);
}

static Value slice_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (kwnames && kwnames->n)
        return exc_raisef(vm, vm->exc_TypeError, "slice() takes no keyword arguments");
    args++, nargs--;
    if (nargs == 0) return exc_raisef(vm, vm->exc_TypeError,
                                      "slice expected at least 1 argument, got 0");
    if (nargs > 3)
        return exc_raisef(vm, vm->exc_TypeError,
                          "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return slice_new(vm, V_NONE, args[0], V_NONE);
    return slice_new(vm, args[0], args[1], nargs > 2 ? args[2] : V_NONE);
}

/* ---- type, object ---------------------------------------------------------------------------- */

static Value type_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    args++, nargs--;
    if ((kwnames && kwnames->n) || (nargs != 1 && nargs != 3))
        return exc_raisef(vm, vm->exc_TypeError, "type() takes 1 or 3 arguments");
    if (nargs == 1) return v_incref(v_from_obj(v_class(vm, args[0])));
    if (!v_is_str(args[0]))
        return exc_raisef(vm, vm->exc_TypeError,
                          "type.__new__() argument 1 must be str, not %T", args[0]);
    if (!v_is_tuple(args[1]))
        return exc_raisef(vm, vm->exc_TypeError, "type.__new__() argument 2 must be tuple, not %T",
                          args[1]);
    if (!v_is_dict(args[2]))
        return exc_raisef(vm, vm->exc_TypeError, "type.__new__() argument 3 must be dict, not %T",
                          args[2]);
    RDict *ns = dict_copy(vm, v_dict(args[2]));
    if (!ns) return V_NULL;
    /* __module__ from the caller's globals, as CPython's type_new */
    if (!dict_get_str(ns, vm->s___module__) && vm->frame && vm->frame->func) {
        Value mod = dict_get_str(vm->frame->func->globals, vm->s___name__);
        if (mod != V_NULL && dict_set_str(vm, ns, vm->s___module__, mod) < 0) {
            obj_decref(vm, ns);
            return V_NULL;
        }
    }
    RStr *name = str_intern_steal(vm, (RStr *)v_incref(args[0]));
    RClass *c = name ? class_new(vm, name, v_tuple(args[1]), ns) : NULL;
    obj_xdecref(vm, name);
    obj_decref(vm, ns);
    return v_from_obj(c);
}

static Value object_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (nargs > 1 || (kwnames && kwnames->n))
        return exc_raisef(vm, vm->exc_TypeError, "object() takes no arguments");
    return inst_new(vm, v_class_obj(args[0]));
}

/* The built-in exceptions: cls(*args), with the keywords NameError and AttributeError
   take. */
static Value exc_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    return exc_instantiate(vm, v_class_obj(args[0]), args + 1, nargs - 1, kwnames, true);
}

/* Does cls get `name` from object itself (not overridden anywhere in its MRO)? */
static bool object_own(rill_vm *vm, RClass *cls, RStr *name)
{
    return class_lookup(cls, name) == dict_get_str(vm->cls_object->dict, name);
}

/* object.__new__(cls, ...): a plain instance of a user class. */
static Value obj_new(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (nargs == 0) return exc_raisef(vm, vm->exc_TypeError,
                                      "object.__new__(): not enough arguments");
    Value c = args[0];
    if (!v_is_class(c))
        return exc_raisef(vm, vm->exc_TypeError,
                          "object.__new__(X): X is not a type object (%T)", c);
    RClass *cls = v_class_obj(c);
    if (cls->flags & CLS_BUILTIN) {
        if (cls == vm->cls_object) return inst_new(vm, cls);
        return exc_raisef(vm, vm->exc_TypeError, "object.__new__(%U) is not safe, use %U.__new__()",
                          cls->name, cls->name);
    }
    if (cls->inst_kind == K_EXC) {
        RTuple *t = tuple_from_array(vm, args + 1, nargs - 1);
        if (!t) return V_NULL;
        RExc *e = exc_new(vm, cls, t);
        obj_decref(vm, t);
        return v_from_obj(e);
    }
    if (nargs > 1 || (kwnames && kwnames->n)) {
        /* extra arguments: CPython's object_new rules */
        if (!object_own(vm, cls, vm->s___new__))
            return exc_raisef(vm, vm->exc_TypeError, "object.__new__() takes exactly one argument "
                              "(the type to instantiate)");
        if (object_own(vm, cls, vm->s___init__))
            return exc_raisef(vm, vm->exc_TypeError, "%U() takes no arguments", cls->name);
    }
    return inst_new(vm, cls);
}

static Value obj_init(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (bi_missing_self(vm, nargs, "object.__init__")) return V_NULL;
    if (nargs > 1 || (kwnames && kwnames->n)) {
        /* extra arguments: CPython's object_init rules */
        RClass *cls = v_class(vm, args[0]);
        if (!object_own(vm, cls, vm->s___init__))
            return exc_raisef(vm, vm->exc_TypeError, "object.__init__() takes exactly one argument "
                              "(the instance to initialize)");
        if (object_own(vm, cls, vm->s___new__))
            return exc_raisef(vm, vm->exc_TypeError, "%U.__init__() takes exactly one argument "
                              "(the instance to initialize)", cls->name);
    }
    return V_NONE;
}

static Value obj_repr_m(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value self = args[0];
    RClass *c = v_class(vm, self);
    StrBuf b;
    sb_init(&b, vm);
    sb_addc(&b, '<');
    Value mod = c->dict ? dict_get_str(c->dict, vm->s___module__) : V_NULL;
    if (mod != V_NULL && v_is_str(mod) && !str_eq_cstr(v_str(mod), "builtins")) {
        sb_add_str(&b, v_str(mod));
        sb_addc(&b, '.');
    }
    sb_add_str(&b, c->qualname ? c->qualname : c->name);
    char addr[48];
    snprintf(addr, sizeof addr, " object at %p>", (void *)v_obj(self));
    sb_adds(&b, addr);
    return v_from_obj(sb_finish(&b));
}

static Value obj_str_m(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_from_obj(obj_repr(vm, args[0]));
}

static Value obj_eq_m(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return args[0] == args[1] ? V_TRUE : bi_not_implemented(vm);
}

static Value obj_ne_m(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    bool found;
    Value r = call_special(vm, args[0], vm->s___eq__, args + 1, 1, &found);
    if (!found) return args[0] == args[1] ? V_FALSE : bi_not_implemented(vm);
    if (r == V_NULL || r == vm->not_implemented) return r;
    int t = obj_truth(vm, r);
    v_decref(vm, r);
    return t < 0 ? V_NULL : v_bool(!t);
}

/* object.__lt__ and the other orderings: object defines no order (object_richcompare) */
static Value obj_order_m(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return bi_not_implemented(vm);
}

static Value obj_hash_m(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!v_is_obj(args[0])) {
        int64_t h = obj_hash(vm, args[0]);
        return h == -1 ? V_NULL : int_from_i64(vm, h);
    }
    uintptr_t y = (uintptr_t)v_obj(args[0]);
    y = (y >> 4) | (y << (8 * sizeof(y) - 4));
    int64_t h = (int64_t)y;
    return int_from_i64(vm, h == -1 ? -2 : h);
}

static Value obj_format_m(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!v_is_str(args[1]))
        return exc_raisef(vm, vm->exc_TypeError,
                          "__format__() argument must be str, not %T", args[1]);
    if (v_str(args[1])->len)
        return exc_raisef(vm, vm->exc_TypeError,
                          "unsupported format string passed to %T.__format__",
                          args[0]);
    return v_from_obj(obj_str(vm, args[0]));
}

static RStr *name_arg(rill_vm *vm, Value v)
{
    if (!v_is_str(v))
        return exc_raisef_p(vm, vm->exc_TypeError, "attribute name must be string, not '%T'", v);
    return str_intern_steal(vm, (RStr *)v_incref(v));
}

static Value obj_setattr_m(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RStr *name = name_arg(vm, args[1]);
    if (!name) return V_NULL;
    int r = obj_generic_setattr(vm, args[0], name, args[2]);
    obj_decref(vm, name);
    return r < 0 ? V_NULL : V_NONE;
}

static Value obj_delattr_m(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RStr *name = name_arg(vm, args[1]);
    if (!name) return V_NULL;
    int r = obj_generic_setattr(vm, args[0], name, V_NULL);
    obj_decref(vm, name);
    return r < 0 ? V_NULL : V_NONE;
}

static Value obj_getattribute_m(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RStr *name = name_arg(vm, args[1]);
    if (!name) return V_NULL;
    Value r = obj_generic_getattr(vm, args[0], name);
    obj_decref(vm, name);
    return r;
}

static Value obj_init_subclass(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return V_NONE;
}

static Value obj_subclasshook(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return bi_not_implemented(vm);
}

static const CFuncDef object_methods[] = {
    { "__new__", obj_new, CF_STATIC | CF_KEYWORDS, -1, -1, "Create and return a new object." },
    { "__init__", obj_init, CF_METHOD | CF_KEYWORDS, -1, -1, "Initialize self." },
    { "__repr__", obj_repr_m, CF_METHOD, 0, 0, "Return repr(self)." },
    { "__str__", obj_str_m, CF_METHOD, 0, 0, "Return str(self)." },
    { "__eq__", obj_eq_m, CF_METHOD, 1, 1, "Return self==value." },
    { "__ne__", obj_ne_m, CF_METHOD, 1, 1, "Return self!=value." },
    { "__lt__", obj_order_m, CF_METHOD, 1, 1, "Return self<value." },
    { "__le__", obj_order_m, CF_METHOD, 1, 1, "Return self<=value." },
    { "__gt__", obj_order_m, CF_METHOD, 1, 1, "Return self>value." },
    { "__ge__", obj_order_m, CF_METHOD, 1, 1, "Return self>=value." },
    { "__hash__", obj_hash_m, CF_METHOD, 0, 0, "Return hash(self)." },
    { "__format__", obj_format_m, CF_METHOD, 1, 1, "Default object formatter." },
    { "__setattr__", obj_setattr_m, CF_METHOD, 2, 2, "Implement setattr(self, name, value)." },
    { "__delattr__", obj_delattr_m, CF_METHOD, 1, 1, "Implement delattr(self, name)." },
    { "__getattribute__", obj_getattribute_m, CF_METHOD, 1, 1, "Return getattr(self, name)." },
    { "__init_subclass__", obj_init_subclass, CF_CLASS | CF_KEYWORDS, -1, -1,
      "This method is called when a class is subclassed." },
    { "__subclasshook__", obj_subclasshook, CF_CLASS, -1, -1,
      "Abstract classes can override this." },
    { NULL, NULL, 0, 0, 0, NULL }
};

int bi_init_types(rill_vm *vm)
{
    vm->cls_int->ctor = int_ctor;
    vm->cls_float->ctor = float_ctor;
    vm->cls_str->ctor = str_ctor;
    vm->cls_bool->ctor = bool_ctor;
    vm->cls_list->ctor = list_ctor;
    vm->cls_tuple->ctor = tuple_ctor;
    vm->cls_dict->ctor = dict_ctor;
    vm->cls_set->ctor = set_ctor;
    vm->cls_frozenset->ctor = frozenset_ctor;
    vm->cls_range->ctor = range_ctor;
    vm->cls_slice->ctor = slice_ctor;
    vm->cls_type->ctor = type_ctor;
    vm->cls_object->ctor = object_ctor;
#define X(n, b) if (vm->exc_##n && !vm->exc_##n->ctor) vm->exc_##n->ctor = exc_ctor;
    RILL_EXCEPTIONS(X)
#undef X
    return cfunc_add_all(vm, vm->cls_object->dict, object_methods, vm->cls_object);
}
