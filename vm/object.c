/*
** object.c — the generic object protocol (ops.h): hashing, equality and ordering, truth,
** repr/str, length, containment, and calls. Built-in kinds are handled first, by kind;
** instances of user classes go through their class's dunder methods, so every built-in
** path honours the protocol. Attribute access and items are in attr.c, operators in
** arith.c.
*/
#include <stdio.h>
#include <string.h>
#include "ops.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "seq.h"
#include "dict.h"
#include "func.h"
#include "class.h"
#include "exc.h"
#include "frame.h"
#include "iter.h"
#include "format.h"

RClass *v_class(rill_vm *vm, Value v)
{
    if (v_is_int(v)) return vm->cls_int;
    if (v_is_obj(v)) return v_obj(v)->cls;
    if (v == V_NONE) return vm->cls_NoneType;
    return vm->cls_bool;
}

const char *v_typename(rill_vm *vm, Value v)
{
    RClass *c = v_class(vm, v);
    if (!(c->flags & CLS_BUILTIN)) return c->name->data;
    if (!c->tpname_known) {
        /* a built-in class defined by a module is named with it in messages */
        c->tpname_known = true;
        Value mod = c->dict ? dict_get_str(c->dict, vm->s___module__) : V_NULL;
        if (mod != V_NULL && v_is_str(mod) && !str_eq_cstr(v_str(mod), "builtins")) {
            RExc *pending = exc_fetch(vm);
            c->tpname = str_format(vm, "%U.%U", v_str(mod), c->name);
            exc_clear(vm);
            vm->exc = pending;
        }
    }
    return c->tpname ? c->tpname->data : c->name->data;
}

static bool is_user_class(RClass *c) { return !(c->flags & CLS_BUILTIN); }

/* A special method defined by a user class somewhere in the MRO (not one inherited from a
   built-in class, which the kind-based code below already implements). */
static Value user_special(RClass *cls, RStr *name)
{
    if (!is_user_class(cls)) return V_NULL;
    RTuple *mro = cls->mro;
    for (size_t i = 0; mro && i < mro->n; i++) {
        RClass *c = (RClass *)mro->items[i];
        if (c->flags & CLS_BUILTIN) return V_NULL;
        Value v = dict_get_str(c->dict, name);
        if (v != V_NULL) return v;
    }
    return V_NULL;
}

int argvec_init(rill_vm *vm, ArgVec *av, Value first, const Value *args, size_t n)
{
    av->n = n + 1;
    av->v = av->n <= 8 ? av->small : mem_alloc(vm, av->n * sizeof(Value));
    if (!av->v) return -1;
    av->v[0] = first;
    if (n) memcpy(av->v + 1, args, n * sizeof(Value));
    return 0;
}

void argvec_free(rill_vm *vm, ArgVec *av)
{
    if (av->v != av->small) mem_free(vm, av->v, av->n * sizeof(Value));
}

/* Calls a special method found on the class with v as self. */
static Value call_bound(rill_vm *vm, Value meth, Value self, const Value *args, size_t nargs)
{
    ArgVec av;
    if (argvec_init(vm, &av, self, args, nargs) < 0) return V_NULL;
    Value *a = av.v;
    Value r;
    if (v_is_kind(meth, K_STATICMETHOD)) {
        r = call_value(vm, ((RMethodWrap *)meth)->func, args, nargs, NULL);
    } else if (v_is_kind(meth, K_CLASSMETHOD)) {
        a[0] = v_from_obj(v_class(vm, self));
        r = call_value(vm, ((RMethodWrap *)meth)->func, a, nargs + 1, NULL);
    } else if (v_is_func(meth) || v_is_kind(meth, K_CFUNC)) {
        r = call_value(vm, meth, a, nargs + 1, NULL);
    } else {
        /* any other object in the class: bind it like getattr would */
        Value bound = obj_getattr_descr(vm, meth, self);
        r = bound == V_NULL ? V_NULL : call_value(vm, bound, args, nargs, NULL);
        v_decref(vm, bound);
    }
    argvec_free(vm, &av);
    return r;
}

Value call_special(rill_vm *vm, Value v, RStr *name, const Value *args, size_t nargs, bool *found)
{
    Value meth = class_lookup(v_class(vm, v), name);
    if (meth == V_NULL || meth == V_NONE) {
        *found = false;
        return V_NULL;
    }
    *found = true;
    return call_bound(vm, meth, v, args, nargs);
}

/* ---- hashing ----------------------------------------------------------------------- */

static int64_t pointer_hash(const void *p)
{
    /* CPython rotates the address right by 4 bits: the low bits are alignment zeros */
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(y) - 4));
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

static int64_t unhashable(rill_vm *vm, Value v)
{
    exc_raisef(vm, vm->exc_TypeError, "unhashable type: '%T'", v);
    return -1;
}

int64_t obj_hash(rill_vm *vm, Value v)
{
    if (v_is_int(v)) return int_hash(v);
    if (v == V_TRUE) return 1;
    if (v == V_FALSE) return 0;
    if (v == V_NONE) return 0xFCA86420;
    RObj *o = v_obj(v);
    switch ((ObjKind)o->kind) {
    case K_STR: if (!is_user_class(o->cls)) return str_hash((RStr *)o); break;
    case K_INT: return int_hash(v);
    case K_FLOAT: return float_hash(v_float(v));
    case K_TUPLE: return tuple_hash(vm, (RTuple *)o);
    case K_FROZENSET: return frozenset_hash(vm, (RSet *)o);
    case K_LIST: case K_DICT: case K_SET: case K_SLICE: return unhashable(vm, v);
    case K_RANGE: return range_hash(vm, (RRange *)o);
    case K_NATIVE:
        if (o->cls->dict && dict_get_str(o->cls->dict, vm->s___hash__) == V_NONE)
            return unhashable(vm, v);
        break;
    case K_BOUND: {
        int64_t a = obj_hash(vm, ((RBound *)o)->self);
        if (a == -1) return -1;
        int64_t h = a ^ pointer_hash(v_obj(((RBound *)o)->func));
        return h == -1 ? -2 : h;
    }
    default: break;
    }
    if (is_user_class(o->cls)) {
        Value meth = user_special(o->cls, vm->s___hash__);
        if (meth == V_NONE) return unhashable(vm, v);
        if (meth != V_NULL) {
            Value r = call_bound(vm, meth, v, NULL, 0);
            if (r == V_NULL) return -1;
            if (!int_check(r)) {
                v_decref(vm, r);
                exc_raisef(vm, vm->exc_TypeError, "__hash__ method should return an integer");
                return -1;
            }
            /* CPython keeps the returned int as the hash when it fits a machine word
               and hashes larger ones again */
            int64_t h;
            if (!int_to_i64(r, &h)) h = int_hash(r);
            v_decref(vm, r);
            return h == -1 ? -2 : h;
        }
        /* __eq__ without __hash__ makes a class unhashable (CPython sets __hash__ = None) */
        if (user_special(o->cls, vm->s___eq__) != V_NULL) return unhashable(vm, v);
    }
    return pointer_hash(o);
}

/* ---- comparison -------------------------------------------------------------------- */

/* NotImplemented travels through the operator code borrowed (the VM holds it); a call
   that returned it gave us a reference to drop. */
Value not_implemented_borrowed(rill_vm *vm, Value r)
{
    if (r == vm->not_implemented) v_decref(vm, r);
    return r;
}

static const CmpOp swapped_op[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *const cmp_sym[] = { "<", "<=", "==", "!=", ">", ">=" };

static RStr *cmp_name(rill_vm *vm, CmpOp op)
{
    switch (op) {
    case CMP_LT: return vm->s___lt__;
    case CMP_LE: return vm->s___le__;
    case CMP_EQ: return vm->s___eq__;
    case CMP_NE: return vm->s___ne__;
    case CMP_GT: return vm->s___gt__;
    case CMP_GE: return vm->s___ge__;
    }
    return vm->s___eq__;
}

static bool cmp_result(int c, CmpOp op)
{
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    case CMP_GE: return c >= 0;
    }
    return false;
}

static bool is_number(Value v) { return int_check(v) || v_is_float(v); }

/* Numbers compare exactly, ints with floats included. */
static Value compare_numbers(rill_vm *vm, Value a, Value b, CmpOp op)
{
    if (v_is_float(a) && v_is_float(b)) {
        double x = v_float(a), y = v_float(b);
        switch (op) {
        case CMP_LT: return v_bool(x < y);
        case CMP_LE: return v_bool(x <= y);
        case CMP_EQ: return v_bool(x == y);
        case CMP_NE: return v_bool(x != y);
        case CMP_GT: return v_bool(x > y);
        case CMP_GE: return v_bool(x >= y);
        }
    }
    if (v_is_float(a) || v_is_float(b)) {
        bool swap = v_is_float(a);
        Value i = swap ? b : a;
        double d = v_float(swap ? a : b);
        int c = int_cmp_double(i, d);
        if (c == 2) return v_bool(op == CMP_NE);      /* nan: unordered */
        if (swap) c = -c;
        return v_bool(cmp_result(c, op));
    }
    return v_bool(cmp_result(int_cmp(a, b), op));
}

/* The comparison a built-in kind implements, or NotImplemented. */
static Value builtin_compare(rill_vm *vm, Value a, Value b, CmpOp op)
{
    if (is_number(a) && is_number(b)) return compare_numbers(vm, a, b, op);
    if (v_is_str(a) && v_is_str(b)) {
        if (op == CMP_EQ || op == CMP_NE)
            return v_bool(str_eq(v_str(a), v_str(b)) == (op == CMP_EQ));
        return v_bool(cmp_result(str_cmp(v_str(a), v_str(b)), op));
    }
    if ((v_is_tuple(a) && v_is_tuple(b)) || (v_is_list(a) && v_is_list(b)))
        return seq_compare(vm, a, b, op);
    if (op == CMP_EQ || op == CMP_NE) {
        int eq = -2;
        if (v_is_dict(a) && v_is_dict(b)) eq = dict_equal(vm, v_dict(a), v_dict(b));
        else if (v_is_kind(a, K_SLICE) && v_is_kind(b, K_SLICE)) {
            RSlice *x = (RSlice *)a, *y = (RSlice *)b;
            eq = obj_eq(vm, x->start, y->start);
            if (eq == 1) eq = obj_eq(vm, x->stop, y->stop);
            if (eq == 1) eq = obj_eq(vm, x->step, y->step);
        }
        else if (v_is_kind(a, K_BOUND) && v_is_kind(b, K_BOUND)) {
            /* methods are equal when they bind the same object to equal functions */
            RBound *x = (RBound *)a, *y = (RBound *)b;
            eq = x->self != y->self ? 0 : obj_eq(vm, x->func, y->func);
        }
        else if (v_is_kind(a, K_RANGE) && v_is_kind(b, K_RANGE)) eq = range_eq(vm, (RRange *)a, (RRange *)b);
        if (eq != -2) {
            if (eq < 0) return V_NULL;
            return v_bool((eq != 0) == (op == CMP_EQ));
        }
    }
    if (v_is_anyset(a) && v_is_anyset(b)) return set_richcompare(vm, (RSet *)a, (RSet *)b, op);
    if (v_is_kind(a, K_NATIVE) || v_is_kind(b, K_NATIVE)) return native_compare(vm, a, b, op);
    return vm->not_implemented;
}

static Value try_user_compare(rill_vm *vm, Value a, Value b, CmpOp op, bool *tried)
{
    RClass *ca = v_class(vm, a);
    *tried = false;
    if (!is_user_class(ca)) return vm->not_implemented;
    Value meth = user_special(ca, cmp_name(vm, op));
    if (meth == V_NULL && op == CMP_NE) {
        /* object.__ne__: the inverse of __eq__ unless that is NotImplemented */
        Value eqm = user_special(ca, vm->s___eq__);
        if (eqm == V_NULL) return vm->not_implemented;
        *tried = true;
        Value r = not_implemented_borrowed(vm, call_bound(vm, eqm, a, &b, 1));
        if (r == V_NULL || r == vm->not_implemented) return r;
        int t = obj_truth(vm, r);
        v_decref(vm, r);
        if (t < 0) return V_NULL;
        return v_bool(!t);
    }
    if (meth == V_NULL || meth == V_NONE) return vm->not_implemented;
    *tried = true;
    return not_implemented_borrowed(vm, call_bound(vm, meth, a, &b, 1));
}

Value obj_compare(rill_vm *vm, Value a, Value b, CmpOp op)
{
    RClass *ca = v_class(vm, a), *cb = v_class(vm, b);
    bool tried;
    /* a subclass's reflected method goes first when it overrides it */
    bool reflected_first = ca != cb && is_user_class(cb) && class_is_subclass(cb, ca);
    if (reflected_first) {
        Value r = try_user_compare(vm, b, a, swapped_op[op], &tried);
        if (r != vm->not_implemented) return r;
    }
    Value r = try_user_compare(vm, a, b, op, &tried);
    if (r != vm->not_implemented) return r;
    r = builtin_compare(vm, a, b, op);
    if (r != vm->not_implemented) return r;
    if (!reflected_first) {
        r = try_user_compare(vm, b, a, swapped_op[op], &tried);
        if (r != vm->not_implemented) return r;
        r = builtin_compare(vm, b, a, swapped_op[op]);
        if (r != vm->not_implemented) return r;
    }
    if (op == CMP_EQ) return v_bool(a == b);
    if (op == CMP_NE) return v_bool(a != b);
    return exc_raisef(vm, vm->exc_TypeError, "'%s' not supported between instances of '%T' and '%T'",
                      cmp_sym[op], a, b);
}

int obj_compare_bool(rill_vm *vm, Value a, Value b, CmpOp op)
{
    if (v_is_int(a) && v_is_int(b)) return cmp_result((intptr_t)a < (intptr_t)b ? -1 : a != b, op);
    Value r = obj_compare(vm, a, b, op);
    if (r == V_NULL) return -1;
    if (r == V_TRUE) return 1;
    if (r == V_FALSE) return 0;
    int t = obj_truth(vm, r);
    v_decref(vm, r);
    return t;
}

int obj_eq(rill_vm *vm, Value a, Value b)
{
    if (a == b) return 1;
    if (v_is_int(a) && v_is_int(b)) return 0;
    if (v_is_str(a) && v_is_str(b)) return str_eq(v_str(a), v_str(b));
    return obj_compare_bool(vm, a, b, CMP_EQ);
}

/* ---- truth and length --------------------------------------------------------------- */

int obj_truth(rill_vm *vm, Value v)
{
    if (v == V_TRUE) return 1;
    if (v == V_FALSE || v == V_NONE) return 0;
    if (v_is_int(v)) return v != v_int(0);
    RObj *o = v_obj(v);
    if (!is_user_class(o->cls)) {
        switch ((ObjKind)o->kind) {
        case K_INT: return 1;               /* a bignum is never zero */
        case K_FLOAT: return v_float(v) != 0.0;
        case K_STR: return ((RStr *)o)->len != 0;
        case K_TUPLE: return ((RTuple *)o)->n != 0;
        case K_LIST: return ((RList *)o)->n != 0;
        case K_DICT: return ((RDict *)o)->used != 0;
        case K_SET: case K_FROZENSET: return ((RSet *)o)->used != 0;
        default: break;
        }
        if (o->kind != K_NATIVE && o->kind != K_RANGE) return 1;
    }
    Value meth = user_special(o->cls, vm->s___bool__);
    if (meth != V_NULL) {
        Value r = call_bound(vm, meth, v, NULL, 0);
        if (r == V_NULL) return -1;
        if (!v_is_bool(r)) {
            exc_raisef(vm, vm->exc_TypeError, "__bool__ should return bool, returned %T", r);
            v_decref(vm, r);
            return -1;
        }
        return r == V_TRUE;
    }
    bool found;
    Value lm = class_lookup(o->cls, vm->s___len__);
    if (lm == V_NULL && o->kind != K_RANGE) return 1;
    (void)found;
    intptr_t n = obj_len(vm, v);
    return n < 0 ? -1 : n != 0;
}

intptr_t obj_len(rill_vm *vm, Value v)
{
    if (v_is_obj(v)) {
        RObj *o = v_obj(v);
        if (!is_user_class(o->cls) || o->kind != K_INST) {
            switch ((ObjKind)o->kind) {
            case K_STR: return (intptr_t)((RStr *)o)->nchars;
            case K_TUPLE: return (intptr_t)((RTuple *)o)->n;
            case K_LIST: return (intptr_t)((RList *)o)->n;
            case K_DICT: return (intptr_t)((RDict *)o)->used;
            case K_SET: case K_FROZENSET: return (intptr_t)((RSet *)o)->used;
            case K_RANGE: {
                intptr_t n;
                if (obj_as_index(vm, ((RRange *)o)->len, &n) < 0) {
                    exc_clear(vm);
                    exc_raisef(vm, vm->exc_OverflowError, "Python int too large to convert to C ssize_t");
                    return -1;
                }
                return n;
            }
            default: break;
            }
        }
        Value meth = class_lookup(o->cls, vm->s___len__);
        if (meth != V_NULL) {
            /* slot_sq_length: the result goes through __index__, then must be >= 0 */
            Value r = call_bound(vm, meth, v, NULL, 0);
            if (r == V_NULL) return -1;
            Value i = obj_index(vm, r);
            v_decref(vm, r);
            if (i == V_NULL) return -1;
            intptr_t n = 0;
            int rc = int_sign(i) < 0
                ? exc_raisef_i(vm, vm->exc_ValueError, "__len__() should return >= 0")
                : obj_as_ssize(vm, i, vm->exc_OverflowError, &n);
            v_decref(vm, i);
            return rc < 0 ? -1 : n;
        }
    }
    exc_raisef(vm, vm->exc_TypeError, "object of type '%T' has no len()", v);
    return -1;
}

intptr_t obj_length_hint(rill_vm *vm, Value v, intptr_t dflt)
{
    if (!v_is_obj(v)) return dflt;
    RClass *cls = v_obj(v)->cls;
    if (class_lookup(cls, vm->s___len__) != V_NULL) {
        intptr_t n = obj_len(vm, v);
        if (n >= 0) return n;
        if (!exc_matches(vm, vm->exc_TypeError)) return -1;
        exc_clear(vm);
    }
    Value hint = class_lookup(cls, vm->s___length_hint__);
    if (hint == V_NULL) return dflt;
    Value r = call_bound(vm, hint, v, NULL, 0);
    if (r == V_NULL) {
        if (!exc_matches(vm, vm->exc_TypeError)) return -1;
        exc_clear(vm);
        return dflt;
    }
    if (r == vm->not_implemented) {
        v_decref(vm, r);
        return dflt;
    }
    intptr_t n;
    if (!int_check(r)) {
        exc_raisef(vm, vm->exc_TypeError, "__length_hint__ must be an integer, not %T", r);
        v_decref(vm, r);
        return -1;
    }
    int rc = obj_as_index(vm, r, &n);
    v_decref(vm, r);
    if (rc < 0) return -1;
    if (n < 0) {
        exc_raisef(vm, vm->exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

/* ---- repr and str -------------------------------------------------------------------- */

static RStr *addr_repr(rill_vm *vm, const char *prefix, Value v, const char *suffix)
{
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)v_obj(v));
    return str_format(vm, "%s%s%s", prefix, addr, suffix);
}

/* "__main__.C" for user classes (module-qualified except builtins), "int" for built-ins */
static void add_class_name(rill_vm *vm, StrBuf *b, RClass *c)
{
    Value mod = c->dict ? dict_get_str(c->dict, vm->s___module__) : V_NULL;
    if (mod != V_NULL && v_is_str(mod) && !str_eq_cstr(v_str(mod), "builtins")) {
        sb_add_str(b, v_str(mod));
        sb_addc(b, '.');
    }
    sb_add_str(b, c->qualname ? c->qualname : c->name);
}

static RStr *default_repr(rill_vm *vm, Value v)
{
    StrBuf b;
    sb_init(&b, vm);
    sb_addc(&b, '<');
    add_class_name(vm, &b, v_class(vm, v));
    char addr[40];
    snprintf(addr, sizeof addr, " object at %p>", (void *)v_obj(v));
    sb_adds(&b, addr);
    return sb_finish(&b);
}

static RStr *exc_repr(rill_vm *vm, RExc *e)
{
    StrBuf b;
    sb_init(&b, vm);
    sb_add_str(&b, e->h.cls->name);
    RTuple *args = e->args;
    if (!args || args->n != 1) {
        if (!args || args->n == 0) sb_adds(&b, "()");
        else if (sb_add_repr(&b, v_from_obj(args)) < 0) goto fail;
    } else {
        sb_addc(&b, '(');
        if (sb_add_repr(&b, args->items[0]) < 0) goto fail;
        sb_addc(&b, ')');
    }
    return sb_finish(&b);
fail:
    sb_free(&b);
    return NULL;
}

static RStr *func_repr(rill_vm *vm, Value v)
{
    RObj *o = v_obj(v);
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    switch ((ObjKind)o->kind) {
    case K_FUNC:
        return str_format(vm, "<function %U at %s>", ((RFunc *)o)->qualname, addr);
    case K_CFUNC: {
        RCFunc *cf = (RCFunc *)o;
        /* a native's registration rides as a non-object self: not a bound method */
        if (cf->self != V_NULL && v_is_obj(cf->self) && !v_is_kind(cf->self, K_MODULE)) {
            snprintf(addr, sizeof addr, "%p", (void *)v_obj(cf->self));
            return str_format(vm, "<built-in method %s of %T object at %s>", cf->def->name,
                              cf->self, addr);
        }
        if (cf->owner)
            return str_format(vm, "<method '%s' of '%U' objects>", cf->def->name, cf->owner->name);
        return str_format(vm, "<built-in function %s>", cf->def->name);
    }
    case K_BOUND: {
        RBound *b = (RBound *)o;
        StrBuf sb;
        sb_init(&sb, vm);
        sb_adds(&sb, "<bound method ");
        if (v_is_func(b->func)) sb_add_str(&sb, ((RFunc *)b->func)->qualname);
        else if (sb_add_strof(&sb, b->func) < 0) goto fail;
        sb_adds(&sb, " of ");
        if (sb_add_repr(&sb, b->self) < 0) goto fail;
        sb_addc(&sb, '>');
        return sb_finish(&sb);
    fail:
        sb_free(&sb);
        return NULL;
    }
    default:
        return NULL;
    }
}

RStr *obj_repr(rill_vm *vm, Value v)
{
    if (v_is_int(v)) return int_to_str(vm, v, 10, false);
    if (v == V_NONE) return str_from_cstr(vm, "None");
    if (v == V_TRUE) return str_from_cstr(vm, "True");
    if (v == V_FALSE) return str_from_cstr(vm, "False");
    RObj *o = v_obj(v);
    if (is_user_class(o->cls)) {
        Value meth = user_special(o->cls, vm->s___repr__);
        if (meth != V_NULL) {
            if (vm_check_stack(vm) < 0) return NULL;
            Value r = call_bound(vm, meth, v, NULL, 0);
            if (r == V_NULL) return NULL;
            if (!v_is_str(r)) {
                exc_raisef(vm, vm->exc_TypeError, "__repr__ returned non-string (type %T)", r);
                v_decref(vm, r);
                return NULL;
            }
            return v_str(r);
        }
    }
    switch ((ObjKind)o->kind) {
    case K_INT: return int_to_str(vm, v, 10, false);
    case K_FLOAT: {
        char buf[40];
        int n = float_repr(v_float(v), buf);
        return str_new(vm, buf, (size_t)n);
    }
    case K_STR: return str_repr(vm, (RStr *)o);
    case K_TUPLE: return tuple_repr(vm, (RTuple *)o);
    case K_LIST: return list_repr(vm, (RList *)o);
    case K_DICT: return dict_repr(vm, (RDict *)o);
    case K_SET: case K_FROZENSET: return set_repr(vm, (RSet *)o);
    case K_RANGE: return range_repr(vm, (RRange *)o);
    case K_SLICE: return slice_repr(vm, (RSlice *)o);
    case K_FUNC: case K_CFUNC: case K_BOUND: return func_repr(vm, v);
    case K_CLASS: {
        StrBuf b;
        sb_init(&b, vm);
        sb_adds(&b, "<class '");
        add_class_name(vm, &b, (RClass *)o);
        sb_adds(&b, "'>");
        return sb_finish(&b);
    }
    case K_EXC: return exc_repr(vm, (RExc *)o);
    case K_GEN: return gen_repr(vm, (RGen *)o);
    case K_MODULE: return str_format(vm, "<module '%U' (built-in)>", ((RModule *)o)->name);
    case K_CODE: {
        RCode *co = (RCode *)o;
        char addr[32];
        snprintf(addr, sizeof addr, "%p", (void *)o);
        return str_format(vm, "<code object %U at %s, file \"%U\", line %d>", co->name, addr,
                          co->filename, co->firstline);
    }
    case K_CELL: return addr_repr(vm, "<cell at ", v, ">");
    case K_SUPER: return super_repr(vm, (RSuper *)o);
    case K_SINGLETON:
        return str_from_cstr(vm, v == vm->not_implemented ? "NotImplemented" : "Ellipsis");
    case K_NATIVE: {
        Value meth = class_lookup(o->cls, vm->s___repr__);
        if (meth != V_NULL && v_is_kind(meth, K_CFUNC)) {
            Value r = call_bound(vm, meth, v, NULL, 0);
            if (r == V_NULL) return NULL;
            if (!v_is_str(r)) {
                v_decref(vm, r);
                return exc_raisef_p(vm, vm->exc_TypeError, "__repr__ returned non-string");
            }
            return v_str(r);
        }
        break;
    }
    default: break;
    }
    return default_repr(vm, v);
}

RStr *obj_str(rill_vm *vm, Value v)
{
    if (v_is_str(v) && !is_user_class(v_obj(v)->cls)) {
        obj_incref(v_obj(v));
        return v_str(v);
    }
    if (v_is_obj(v)) {
        RObj *o = v_obj(v);
        Value meth = user_special(o->cls, vm->s___str__);
        /* object.__str__ calls __repr__, and str() checks the result as __str__'s */
        if (meth == V_NULL && o->kind != K_EXC) meth = user_special(o->cls, vm->s___repr__);
        if (meth != V_NULL) {
            if (vm_check_stack(vm) < 0) return NULL;
            Value r = call_bound(vm, meth, v, NULL, 0);
            if (r == V_NULL) return NULL;
            if (!v_is_str(r)) {
                exc_raisef(vm, vm->exc_TypeError, "__str__ returned non-string (type %T)", r);
                v_decref(vm, r);
                return NULL;
            }
            return v_str(r);
        }
        if (o->kind == K_EXC && user_special(o->cls, vm->s___repr__) == V_NULL)
            return exc_str(vm, (RExc *)o);
        if (o->kind == K_EXC) {
            /* an exception class with __repr__ but no __str__ still prints its args */
            return exc_str(vm, (RExc *)o);
        }
    }
    return obj_repr(vm, v);
}

RStr *obj_ascii(rill_vm *vm, Value v)
{
    RStr *r = obj_repr(vm, v);
    if (!r || str_is_ascii(r)) return r;
    StrBuf b;
    sb_init(&b, vm);
    size_t off = 0;
    while (off < r->len) {
        size_t next;
        uint32_t c = str_codepoint_at(r, off, &next);
        char esc[16];
        if (c < 0x80) sb_addc(&b, (char)c);
        else {
            snprintf(esc, sizeof esc, c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x",
                     (unsigned)c);
            sb_adds(&b, esc);
        }
        off = next;
    }
    obj_decref(vm, r);
    return sb_finish(&b);
}

RStr *obj_format(rill_vm *vm, Value v, RStr *spec)
{
    if (v_is_obj(v) && is_user_class(v_obj(v)->cls)) {
        Value meth = user_special(v_obj(v)->cls, vm->s___format__);
        if (meth != V_NULL) {
            Value a = v_from_obj(spec);
            Value r = call_bound(vm, meth, v, &a, 1);
            if (r == V_NULL) return NULL;
            if (!v_is_str(r)) {
                exc_raisef(vm, vm->exc_TypeError, "__format__ must return a str, not %T", r);
                v_decref(vm, r);
                return NULL;
            }
            return v_str(r);
        }
        if (spec->len == 0) return obj_str(vm, v);
        return exc_raisef_p(vm, vm->exc_TypeError, "unsupported format string passed to %T.__format__", v);
    }
    return fmt_format_builtin(vm, v, spec);
}

/* ---- containment ------------------------------------------------------------------- */

int obj_contains(rill_vm *vm, Value c, Value x)
{
    if (v_is_obj(c)) {
        RObj *o = v_obj(c);
        bool user = is_user_class(o->cls);
        if (user) {
            Value meth = user_special(o->cls, vm->s___contains__);
            if (meth != V_NULL) {
                Value r = call_bound(vm, meth, c, &x, 1);
                if (r == V_NULL) return -1;
                int t = obj_truth(vm, r);
                v_decref(vm, r);
                return t;
            }
        }
        switch ((ObjKind)o->kind) {
        case K_STR: return str_contains(vm, (RStr *)o, x);
        case K_TUPLE: return tuple_contains(vm, (RTuple *)o, x);
        case K_LIST: return list_contains(vm, (RList *)o, x);
        case K_DICT: {
            Value out;
            return dict_lookup(vm, (RDict *)o, x, &out);
        }
        case K_SET: case K_FROZENSET: {
            int r = set_contains(vm, (RSet *)o, x);
            if (r < 0 && v_is_anyset(x) && exc_matches(vm, vm->exc_TypeError)) {
                /* a set looks for an unhashable set as the equal frozenset */
                exc_clear(vm);
                RSet *fs = set_copy(vm, (RSet *)x, true);
                if (!fs) return -1;
                r = set_contains(vm, (RSet *)o, v_from_obj(fs));
                obj_decref(vm, fs);
            }
            return r;
        }
        case K_RANGE: return range_contains(vm, (RRange *)o, x);
        default:
            if (!user) {
                Value meth = class_lookup(o->cls, vm->s___contains__);
                if (meth != V_NULL) {
                    Value r = call_bound(vm, meth, c, &x, 1);
                    if (r == V_NULL) return -1;
                    int t = obj_truth(vm, r);
                    v_decref(vm, r);
                    return t;
                }
            }
            break;
        }
    }
    Value it = iter_get(vm, c);
    if (it == V_NULL) {
        /* _PySequence_IterSearch: any TypeError getting the iterator (no __iter__, or
           one returning a non-iterator) is reported as the container's */
        if (!exc_matches(vm, vm->exc_TypeError)) return -1;
        exc_clear(vm);
        return exc_raisef_i(vm, vm->exc_TypeError, "argument of type '%T' is not iterable", c);
    }
    Value item;
    int found = 0;
    while ((item = iter_next(vm, it)) != V_NULL) {
        int eq = obj_eq(vm, item, x);
        v_decref(vm, item);
        if (eq != 0) {
            found = eq;
            break;
        }
        if (vm_check_interrupt(vm) < 0) {
            found = -1;
            break;
        }
    }
    v_decref(vm, it);
    if (found == 0 && vm_exc_pending(vm)) return -1;
    return found;
}

/* ---- iteration -------------------------------------------------------------------------- */

bool iter_supported(rill_vm *vm, Value v)
{
    if (!v_is_obj(v)) return false;
    RObj *o = v_obj(v);
    switch ((ObjKind)o->kind) {
    case K_STR: case K_TUPLE: case K_LIST: case K_DICT: case K_SET: case K_FROZENSET:
    case K_RANGE: case K_GEN:
        return true;
    default:
        break;
    }
    if (o->kind == K_NATIVE && o->cls->native && o->cls->native->iternext) return true;
    return class_lookup(o->cls, vm->s___iter__) != V_NULL ||
           class_lookup(o->cls, vm->s___getitem__) != V_NULL;
}

Value iter_get(rill_vm *vm, Value v)
{
    if (v_is_gen(v)) return v_incref(v);
    if (v_is_obj(v)) {
        RObj *o = v_obj(v);
        if (!is_user_class(o->cls)) {
            if (o->kind == K_NATIVE && o->cls->native && o->cls->native->iternext)
                return v_incref(v);
            Value it = iter_builtin(vm, v);
            if (it != V_NULL || vm_exc_pending(vm)) return it;
        }
        Value meth = class_lookup(o->cls, vm->s___iter__);
        if (meth == V_NONE) goto not_iterable;
        if (meth != V_NULL) {
            Value it = call_bound(vm, meth, v, NULL, 0);
            if (it == V_NULL) return V_NULL;
            if (!iter_is_iterator(vm, it)) {
                exc_raisef(vm, vm->exc_TypeError, "iter() returned non-iterator of type '%T'", it);
                v_decref(vm, it);
                return V_NULL;
            }
            return it;
        }
        if (class_lookup(o->cls, vm->s___getitem__) != V_NULL) return seqiter_new(vm, v);
    }
not_iterable:
    return exc_raisef(vm, vm->exc_TypeError, "'%T' object is not iterable", v);
}

bool iter_is_iterator(rill_vm *vm, Value it)
{
    if (v_is_gen(it)) return true;
    if (!v_is_obj(it)) return false;
    RObj *o = v_obj(it);
    if (o->kind == K_NATIVE && o->cls->native && o->cls->native->iternext) return true;
    return class_lookup(o->cls, vm->s___next__) != V_NULL;
}

/* The iteration step of a built-in native iterator (list, range, map...), or NULL. */
static inline Value (*builtin_iternext(Value it))(rill_vm *, RObj *)
{
    if (!v_is_obj(it)) return NULL;
    RObj *o = v_obj(it);
    if (o->kind != K_NATIVE || !o->cls->native || is_user_class(o->cls)) return NULL;
    return o->cls->native->iternext;
}

/* next(it) for anything but a generator or a built-in native iterator: the
   StopIteration a __next__ raises is set aside in vm->stop_exc. */
static Value next_by_method(rill_vm *vm, Value it)
{
    if (v_is_obj(it)) {
        Value meth = class_lookup(v_obj(it)->cls, vm->s___next__);
        if (meth != V_NULL) {
            Value r = call_bound(vm, meth, it, NULL, 0);
            return r != V_NULL ? r : iter_stop_keep(vm);
        }
    }
    return exc_raisef(vm, vm->exc_TypeError, "'%T' object is not an iterator", it);
}

Value iter_next(rill_vm *vm, Value it)
{
    if (v_is_gen(it)) return gen_send(vm, (RGen *)it, V_NONE, GEN_END_DROP);
    Value (*next)(rill_vm *, RObj *) = builtin_iternext(it);
    Value r = next ? next(vm, v_obj(it)) : next_by_method(vm, it);
    if (r == V_NULL) iter_stop_drop(vm);
    return r;
}

Value iter_next_pass(rill_vm *vm, Value it)
{
    if (v_is_gen(it)) return gen_send(vm, (RGen *)it, V_NONE, GEN_END_KEEP);
    Value (*next)(rill_vm *, RObj *) = builtin_iternext(it);
    return next ? next(vm, v_obj(it)) : next_by_method(vm, it);
}

Value iter_stop_keep(rill_vm *vm)
{
    if (exc_matches(vm, vm->exc_StopIteration)) {
        RExc *e = exc_fetch(vm);
        iter_stop_drop(vm);
        vm->stop_exc = e;
    }
    return V_NULL;
}

Value iter_stop_raise(rill_vm *vm)
{
    if (vm_exc_pending(vm)) {
        iter_stop_drop(vm);
        return V_NULL;
    }
    if (vm->stop_exc) {
        /* already raised once (its __context__ set then): it goes on as it is */
        vm->exc = vm->stop_exc;
        vm->stop_exc = NULL;
        return V_NULL;
    }
    return iter_raise_stop(vm);
}

/* ---- calls ------------------------------------------------------------------------ */

/* Calls with self prepended to a vector of arguments. */
Value call_prepend(rill_vm *vm, Value fn, Value self, const Value *args, size_t nargs,
                          RTuple *kwnames)
{
    ArgVec av;
    if (argvec_init(vm, &av, self, args, nargs + (kwnames ? kwnames->n : 0)) < 0) return V_NULL;
    Value r = call_value(vm, fn, av.v, nargs + 1, kwnames);
    argvec_free(vm, &av);
    return r;
}

Value call_value(rill_vm *vm, Value callable, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (v_is_obj(callable)) {
        RObj *o = v_obj(callable);
        switch ((ObjKind)o->kind) {
        case K_FUNC:
            return eval_call_function(vm, (RFunc *)o, args, nargs, kwnames);
        case K_CFUNC: {
            RCFunc *cf = (RCFunc *)o;
            if (cf->self == V_NULL) return cfunc_call(vm, cf, args, nargs, kwnames);
            ArgVec av;
            if (argvec_init(vm, &av, cf->self, args, nargs + (kwnames ? kwnames->n : 0)) < 0)
                return V_NULL;
            Value r = cfunc_call(vm, cf, av.v, nargs + 1, kwnames);
            argvec_free(vm, &av);
            return r;
        }
        case K_BOUND:
            return call_prepend(vm, ((RBound *)o)->func, ((RBound *)o)->self, args, nargs, kwnames);
        case K_CLASS:
            return class_call(vm, (RClass *)o, args, nargs, kwnames);
        case K_STATICMETHOD:
            return call_value(vm, ((RMethodWrap *)o)->func, args, nargs, kwnames);
        default: {
            Value meth = class_lookup(o->cls, vm->s___call__);
            if (meth != V_NULL && meth != V_NONE) {
                if (vm_check_stack(vm) < 0) return V_NULL;
                if (v_is_func(meth) || v_is_kind(meth, K_CFUNC))
                    return call_prepend(vm, meth, callable, args, nargs, kwnames);
                Value bound = obj_getattr(vm, callable, vm->s___call__);
                if (bound == V_NULL) return V_NULL;
                Value r = call_value(vm, bound, args, nargs, kwnames);
                v_decref(vm, bound);
                return r;
            }
            break;
        }
        }
    }
    return exc_raisef(vm, vm->exc_TypeError, "'%T' object is not callable", callable);
}

Value call_method(rill_vm *vm, Value obj, RStr *name, const Value *args, size_t nargs)
{
    Value meth;
    int r = obj_getmethod(vm, obj, name, &meth);
    if (r < 0) return V_NULL;
    Value res;
    if (r == 1) res = call_prepend(vm, meth, obj, args, nargs, NULL);
    else res = call_value(vm, meth, args, nargs, NULL);
    v_decref(vm, meth);
    return res;
}

Value call_with_kwdict(rill_vm *vm, Value callable, const Value *args, size_t nargs, RDict *kwargs)
{
    size_t nkw = kwargs->used;
    Value *a = mem_alloc(vm, (nargs + nkw) * sizeof(Value));
    if (!a) return V_NULL;
    RTuple *names = tuple_new(vm, nkw);
    if (!names) {
        mem_free(vm, a, (nargs + nkw) * sizeof(Value));
        return V_NULL;
    }
    if (nargs) memcpy(a, args, nargs * sizeof(Value));
    size_t pos = 0, i = 0;
    Value k, v;
    Value r = V_NULL;
    while (dict_next(kwargs, &pos, &k, &v)) {
        if (!v_is_str(k)) {
            exc_raisef(vm, vm->exc_TypeError, "keywords must be strings");
            goto done;
        }
        RStr *ik = str_intern_steal(vm, (RStr *)v_incref(k));
        if (!ik) goto done;
        tuple_init_item(names, i, v_from_obj(ik));
        a[nargs + i] = v;
        i++;
    }
    r = call_value(vm, callable, a, nargs, names);
done:
    obj_decref(vm, names);
    mem_free(vm, a, (nargs + nkw) * sizeof(Value));
    return r;
}

int with_enter(rill_vm *vm, Value mgr, Value *exitp, Value *res)
{
    RClass *c = v_class(vm, mgr);
    Value enter = class_lookup(c, vm->s___enter__);
    if (enter == V_NULL)
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "'%T' object does not support the context manager protocol", mgr);
    Value ex = class_lookup(c, vm->s___exit__);
    if (ex == V_NULL)
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "'%T' object does not support the context manager protocol "
                            "(missed __exit__ method)", mgr);
    Value bound_exit = obj_getattr_descr(vm, ex, mgr);
    if (bound_exit == V_NULL) return -1;
    Value r = call_bound(vm, enter, mgr, NULL, 0);
    if (r == V_NULL) {
        v_decref(vm, bound_exit);
        return -1;
    }
    *exitp = bound_exit;
    *res = r;
    return 0;
}

/* ---- indexes ----------------------------------------------------------------------------- */

Value obj_index(rill_vm *vm, Value v)
{
    if (int_check(v)) return v_incref(v);
    if (v_is_obj(v) && is_user_class(v_obj(v)->cls)) {
        Value meth = user_special(v_obj(v)->cls, vm->s___index__);
        if (meth != V_NULL) {
            Value r = call_bound(vm, meth, v, NULL, 0);
            if (r == V_NULL || int_check(r)) return r;
            exc_raisef(vm, vm->exc_TypeError, "__index__ returned non-int (type %T)", r);
            v_decref(vm, r);
            return V_NULL;
        }
    }
    return exc_raisef(vm, vm->exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
}

int obj_as_ssize(rill_vm *vm, Value v, RClass *overflow, intptr_t *out)
{
    if (v_is_int(v)) {
        *out = v_as_int(v);
        return 0;
    }
    Value i = obj_index(vm, v);
    if (i == V_NULL) return -1;
    int64_t x;
    if (v_is_bool(i)) {
        x = i == V_TRUE;
    } else if (!int_to_i64(i, &x) || x < INTPTR_MIN || x > INTPTR_MAX) {
        if (overflow) {
            v_decref(vm, i);
            /* the type named is v's, not that of what its __index__ returned */
            return exc_raisef_i(vm, overflow, "cannot fit '%T' into an index-sized integer", v);
        }
        x = int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
    }
    v_decref(vm, i);
    *out = (intptr_t)x;
    return 0;
}

int obj_as_index(rill_vm *vm, Value v, intptr_t *out)
{
    return obj_as_ssize(vm, v, vm->exc_IndexError, out);
}

/* ---- C stack guard -------------------------------------------------------------------- */

int vm_check_stack(rill_vm *vm)
{
    /* Recursion through C (repr of a self-containing structure, __repr__ calling repr...)
       is bounded by the same C-depth limit as interpreter re-entries. */
    if (vm->c_depth >= vm->c_depth_limit)
        return exc_raisef_i(vm, vm->exc_RecursionError, "maximum recursion depth exceeded");
    return 0;
}
