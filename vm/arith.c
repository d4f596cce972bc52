/*
** arith.c — binary and unary operators on any values: numbers (int, bool, float mixed
** as Python mixes them), sequence concatenation and repetition, set and dict operators,
** %-formatting, and for instances of user classes the __op__ / __rop__ / __iop__
** protocol with NotImplemented and CPython's TypeError wording.
*/
#include <math.h>
#include <string.h>
#include "ops.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "exc.h"
#include "format.h"

static const char *const binop_sym[] = {
#define X(n, sym, d, r, i) sym,
    RILL_BINOPS(X)
#undef X
};

static RStr *binop_name(rill_vm *vm, BinOp op)
{
    switch (op) {
#define X(n, sym, d, r, i) case BINOP_##n: return vm->s_##d;
        RILL_BINOPS(X)
#undef X
    default: return NULL;
    }
}

static RStr *binop_rname(rill_vm *vm, BinOp op)
{
    switch (op) {
#define X(n, sym, d, r, i) case BINOP_##n: return vm->s_##r;
        RILL_BINOPS(X)
#undef X
    default: return NULL;
    }
}

static RStr *binop_iname(rill_vm *vm, BinOp op)
{
    switch (op) {
#define X(n, sym, d, r, i) case BINOP_##n: return vm->s_##i;
        RILL_BINOPS(X)
#undef X
    default: return NULL;
    }
}

static bool is_user_class(RClass *c) { return !(c->flags & CLS_BUILTIN); }

/* ---- numbers -------------------------------------------------------------------------- */

static Value int_op(rill_vm *vm, BinOp op, Value a, Value b)
{
    switch (op) {
    case BINOP_ADD: return int_add(vm, a, b);
    case BINOP_SUB: return int_sub(vm, a, b);
    case BINOP_MUL: return int_mul(vm, a, b);
    case BINOP_TRUEDIV: return int_truediv(vm, a, b);
    case BINOP_FLOORDIV: return int_floordiv(vm, a, b);
    case BINOP_MOD: return int_mod(vm, a, b);
    case BINOP_POW: return int_pow(vm, a, b, V_NULL);
    case BINOP_LSHIFT: return int_lshift(vm, a, b);
    case BINOP_RSHIFT: return int_rshift(vm, a, b);
    case BINOP_AND:
        if (v_is_bool(a) && v_is_bool(b)) return v_bool(a == V_TRUE && b == V_TRUE);
        return int_and(vm, a, b);
    case BINOP_OR:
        if (v_is_bool(a) && v_is_bool(b)) return v_bool(a == V_TRUE || b == V_TRUE);
        return int_or(vm, a, b);
    case BINOP_XOR:
        if (v_is_bool(a) && v_is_bool(b)) return v_bool(a != b);
        return int_xor(vm, a, b);
    default: return vm->not_implemented;
    }
}

static bool as_double(rill_vm *vm, Value v, double *out, bool *err)
{
    *err = false;
    if (v_is_float(v)) {
        *out = v_float(v);
        return true;
    }
    if (int_check(v)) {
        *out = int_to_double(vm, v, err);
        return true;
    }
    return false;
}

static Value float_op(rill_vm *vm, BinOp op, double x, double y)
{
    switch (op) {
    case BINOP_ADD: return float_new(vm, x + y);
    case BINOP_SUB: return float_new(vm, x - y);
    case BINOP_MUL: return float_new(vm, x * y);
    case BINOP_TRUEDIV: return float_truediv(vm, x, y);
    case BINOP_FLOORDIV: return float_floordiv(vm, x, y);
    case BINOP_MOD: return float_mod(vm, x, y);
    case BINOP_POW: return float_pow(vm, x, y);
    default: return vm->not_implemented;
    }
}

/* ---- sequences -------------------------------------------------------------------------- */

static Value repeat(rill_vm *vm, Value seq, Value count)
{
    intptr_t n;
    if (obj_as_ssize(vm, count, vm->exc_OverflowError, &n) < 0) return V_NULL;
    if (v_is_str(seq)) return v_from_obj(str_repeat(vm, v_str(seq), n));
    if (v_is_list(seq)) return v_from_obj(list_repeat(vm, v_list(seq), n));
    return v_from_obj(tuple_repeat(vm, v_tuple(seq), n));
}

static bool is_seq(Value v) { return v_is_str(v) || v_is_list(v) || v_is_tuple(v); }

/* What the built-in types themselves implement for op, or NotImplemented. */
static Value builtin_binop(rill_vm *vm, BinOp op, Value a, Value b)
{
    if (int_check(a) && int_check(b)) return int_op(vm, op, a, b);
    if ((v_is_float(a) || int_check(a)) && (v_is_float(b) || int_check(b))) {
        double x, y;
        bool err;
        if (!as_double(vm, a, &x, &err) || err) return err ? V_NULL : vm->not_implemented;
        if (!as_double(vm, b, &y, &err) || err) return err ? V_NULL : vm->not_implemented;
        return float_op(vm, op, x, y);
    }
    switch (op) {
    case BINOP_ADD:
        if (v_is_str(a) && v_is_str(b)) return v_from_obj(str_concat(vm, v_str(a), v_str(b)));
        if (v_is_list(a) && v_is_list(b)) return v_from_obj(list_concat(vm, v_list(a), v_list(b)));
        if (v_is_tuple(a) && v_is_tuple(b)) return v_from_obj(tuple_concat(vm, v_tuple(a), v_tuple(b)));
        break;
    case BINOP_MUL:
        if (is_seq(a) && (int_check(b) || (v_is_obj(b) && class_lookup(v_obj(b)->cls, vm->s___index__))))
            return repeat(vm, a, b);
        if (is_seq(b) && (int_check(a) || (v_is_obj(a) && class_lookup(v_obj(a)->cls, vm->s___index__))))
            return repeat(vm, b, a);
        break;
    case BINOP_MOD:
        if (v_is_str(a)) return v_from_obj(fmt_percent(vm, v_str(a), b));
        break;
    case BINOP_OR: case BINOP_AND: case BINOP_XOR: case BINOP_SUB:
        if (v_is_anyset(a) && v_is_anyset(b)) return set_binop(vm, op, (RSet *)a, (RSet *)b);
        if (op == BINOP_OR && v_is_dict(a) && v_is_dict(b)) {
            RDict *d = dict_copy(vm, v_dict(a));
            if (!d) return V_NULL;
            if (dict_merge(vm, d, v_dict(b)) < 0) {
                obj_decref(vm, d);
                return V_NULL;
            }
            return v_from_obj(d);
        }
        break;
    default:
        break;
    }
    if (v_is_kind(a, K_NATIVE) || v_is_kind(b, K_NATIVE))
        return native_binop(vm, binop_name(vm, op), binop_rname(vm, op), a, b);
    return vm->not_implemented;
}

static Value try_user(rill_vm *vm, Value self, RStr *name, Value other)
{
    RClass *c = v_class(vm, self);
    if (!is_user_class(c)) return vm->not_implemented;
    Value meth = class_lookup(c, name);
    if (meth == V_NULL || v_is_kind(meth, K_CFUNC)) return vm->not_implemented;
    Value a[2] = { self, other };
    if (v_is_func(meth)) return not_implemented_borrowed(vm, call_value(vm, meth, a, 2, NULL));
    bool found;
    Value r = call_special(vm, self, name, &other, 1, &found);
    return found ? not_implemented_borrowed(vm, r) : vm->not_implemented;
}

static Value binop_error(rill_vm *vm, BinOp op, Value a, Value b, bool inplace)
{
    if (op == BINOP_ADD && is_seq(a) && !is_user_class(v_class(vm, a)))
        return exc_raisef(vm, vm->exc_TypeError, "can only concatenate %T (not \"%T\") to %T", a, b, a);
    if (op == BINOP_MUL && (is_seq(a) || is_seq(b)))
        return exc_raisef(vm, vm->exc_TypeError, "can't multiply sequence by non-int of type '%T'",
                          is_seq(a) ? b : a);
    if (op == BINOP_POW && !inplace)
        return exc_raisef(vm, vm->exc_TypeError,
                          "unsupported operand type(s) for ** or pow(): '%T' and '%T'", a, b);
    return exc_raisef(vm, vm->exc_TypeError, "unsupported operand type(s) for %s%s: '%T' and '%T'",
                      binop_sym[op], inplace ? "=" : "", a, b);
}

/* Whether b's reflected method goes before a's method: b's class is a proper subclass of
   a's and, when a's class is a user class (whose slot function makes that check,
   method_is_overloaded in CPython's SLOT1BINFULL), provides a reflected method other
   than the one a's class has. */
static bool reflected_first(rill_vm *vm, RClass *ca, RClass *cb, BinOp op)
{
    if (ca == cb || !is_user_class(cb) || !class_is_subclass(cb, ca)) return false;
    if (!is_user_class(ca)) return true;
    RStr *rname = binop_rname(vm, op);
    Value rb = class_lookup(cb, rname);
    return rb != V_NULL && rb != class_lookup(ca, rname);
}

/* CPython's binary_op1: a subclass's overriding reflected method first, then
   a.__op__(b), then b.__rop__(a). */
static Value binop1(rill_vm *vm, BinOp op, Value a, Value b)
{
    RClass *ca = v_class(vm, a), *cb = v_class(vm, b);
    bool sub_first = reflected_first(vm, ca, cb, op);
    Value r;
    if (sub_first) {
        r = try_user(vm, b, binop_rname(vm, op), a);
        if (r != vm->not_implemented) return r;
    }
    r = try_user(vm, a, binop_name(vm, op), b);
    if (r != vm->not_implemented) return r;
    r = builtin_binop(vm, op, a, b);
    if (r != vm->not_implemented) return r;
    if (!sub_first && ca != cb) {
        r = try_user(vm, b, binop_rname(vm, op), a);
        if (r != vm->not_implemented) return r;
    }
    return vm->not_implemented;
}

Value obj_binop(rill_vm *vm, BinOp op, Value a, Value b)
{
    Value r = binop1(vm, op, a, b);
    if (r == vm->not_implemented) return binop_error(vm, op, a, b, false);
    return r;
}

Value obj_inplace(rill_vm *vm, BinOp op, Value a, Value b)
{
    if (v_is_obj(a)) {
        RObj *o = v_obj(a);
        if (is_user_class(o->cls)) {
            Value r = try_user(vm, a, binop_iname(vm, op), b);
            if (r != vm->not_implemented) return r;
        } else if (o->kind == K_LIST && (op == BINOP_ADD || op == BINOP_MUL)) {
            if (op == BINOP_ADD) {
                if (list_extend(vm, (RList *)o, b) < 0) {
                    if (exc_matches(vm, vm->exc_TypeError) && !iter_supported(vm, b)) {
                        exc_clear(vm);
                        exc_raisef(vm, vm->exc_TypeError, "'%T' object is not iterable", b);
                    }
                    return V_NULL;
                }
                return v_incref(a);
            }
            if (int_check(b)) {
                intptr_t n;
                if (obj_as_ssize(vm, b, vm->exc_OverflowError, &n) < 0 ||
                    list_irepeat(vm, (RList *)o, n) < 0)
                    return V_NULL;
                return v_incref(a);
            }
        } else if (o->kind == K_SET && v_is_anyset(b) &&
                   (op == BINOP_OR || op == BINOP_AND || op == BINOP_SUB || op == BINOP_XOR)) {
            if (set_inplace_op(vm, op, (RSet *)o, (RSet *)b) < 0) return V_NULL;
            return v_incref(a);
        } else if (o->kind == K_DICT && op == BINOP_OR) {
            if (v_is_dict(b)) {
                if (dict_merge(vm, (RDict *)o, v_dict(b)) < 0) return V_NULL;
            } else {
                Value r = call_method(vm, a, vm->s_update, &b, 1);
                if (r == V_NULL) return V_NULL;
                v_decref(vm, r);
            }
            return v_incref(a);
        }
    }
    Value r = binop1(vm, op, a, b);
    if (r == vm->not_implemented) return binop_error(vm, op, a, b, true);
    return r;
}

/* ---- unary ------------------------------------------------------------------------------- */

static Value unary(rill_vm *vm, Value v, RStr *name, const char *sym)
{
    if (v_is_obj(v) && is_user_class(v_obj(v)->cls)) {
        bool found;
        Value r = call_special(vm, v, name, NULL, 0, &found);
        if (found) return r;
    }
    return exc_raisef(vm, vm->exc_TypeError, "bad operand type for unary %s: '%T'", sym, v);
}

Value obj_neg(rill_vm *vm, Value v)
{
    if (int_check(v)) return int_neg(vm, v);
    if (v_is_float(v)) return float_new(vm, -v_float(v));
    return unary(vm, v, vm->s___neg__, "-");
}

Value obj_pos(rill_vm *vm, Value v)
{
    if (v_is_bool(v)) return v_int(v == V_TRUE);
    if (int_check(v) || v_is_float(v)) return v_incref(v);
    return unary(vm, v, vm->s___pos__, "+");
}

Value obj_invert(rill_vm *vm, Value v)
{
    if (int_check(v)) return int_invert(vm, v);
    return unary(vm, v, vm->s___invert__, "~");
}
