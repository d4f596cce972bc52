/*
** builtins_num.c — the numeric built-ins: abs, divmod, pow, round, bin, oct, hex, ord
** and chr. Ints and floats are handled directly; instances of user classes through their
** special methods (__abs__, __divmod__/__rdivmod__, __round__, __index__), with
** CPython's messages.
*/
#include <math.h>
#include <string.h>
#include "builtins.h"
#include "../vm/ops.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/float.h"
#include "../vm/seq.h"
#include "../vm/class.h"
#include "../vm/exc.h"

static bool is_user(rill_vm *vm, Value v)
{
    return v_is_obj(v) && !(v_obj(v)->cls->flags & CLS_BUILTIN);
}

/* x as a double for mixed int/float arithmetic: 1 yes, 0 not a number, -1 error. */
static int as_double(rill_vm *vm, Value x, double *out)
{
    if (v_is_float(x)) {
        *out = v_float(x);
        return 1;
    }
    if (int_check(x)) {
        bool err = false;
        *out = int_to_double(vm, x, &err);
        return err ? -1 : 1;
    }
    return 0;
}

static Value bi_abs(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value x = args[0];
    if (int_check(x)) return int_abs(vm, x);
    if (v_is_float(x)) return float_new(vm, fabs(v_float(x)));
    bool found;
    Value r = call_special(vm, x, vm->s___abs__, NULL, 0, &found);
    if (!found) return exc_raisef(vm, vm->exc_TypeError, "bad operand type for abs(): '%T'", x);
    return r;
}

static Value bi_divmod(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value a = args[0], b = args[1];
    if (int_check(a) && int_check(b)) return int_divmod(vm, a, b);
    double x, y;
    int ra = as_double(vm, a, &x), rb = ra > 0 ? as_double(vm, b, &y) : 0;
    if (ra < 0 || rb < 0) return V_NULL;
    if (ra > 0 && rb > 0) return float_divmod(vm, x, y);
    /* user classes: a.__divmod__(b), then b.__rdivmod__(a) */
    bool found;
    if (is_user(vm, a)) {
        Value r = bi_call_special(vm, a, "__divmod__", &b, 1, &found);
        if (found && r != vm->not_implemented) return r;
        v_decref(vm, r);
    }
    if (is_user(vm, b)) {
        Value r = bi_call_special(vm, b, "__rdivmod__", &a, 1, &found);
        if (found && r != vm->not_implemented) return r;
        v_decref(vm, r);
    }
    return exc_raisef(vm, vm->exc_TypeError,
                      "unsupported operand type(s) for divmod(): '%T' and '%T'",
                      a, b);
}

/* The nb_power slot CPython's ternary_op would find on v's type: ints and bools share
   one, floats have theirs, a user class its __pow__, anything else none. */
enum { SLOT_NONE, SLOT_INT, SLOT_FLOAT, SLOT_USER };

static int pow_slot(rill_vm *vm, Value v)
{
    if (int_check(v)) return SLOT_INT;
    if (v_is_float(v)) return SLOT_FLOAT;
    if (is_user(vm, v) && class_lookup(v_obj(v)->cls, vm->s___pow__) != V_NULL) return SLOT_USER;
    return SLOT_NONE;
}

/* pow(a, b, m): each distinct slot of the three types in turn, as ternary_op. */
static Value pow3(rill_vm *vm, Value a, Value b, Value m)
{
    int slots[3] = { pow_slot(vm, a), pow_slot(vm, b), pow_slot(vm, m) };
    for (int i = 0; i < 3; i++) {
        bool seen = (i > 0 && slots[i] == slots[0]) || (i > 1 && slots[i] == slots[1]);
        if (slots[i] == SLOT_NONE || seen) continue;
        switch (slots[i]) {
        case SLOT_INT:
            if (!int_check(a) || !int_check(b) || !int_check(m)) break;
            if (int_sign(m) == 0)
                return exc_raisef(vm, vm->exc_ValueError, "pow() 3rd argument cannot be 0");
            return int_pow(vm, a, b, m);
        case SLOT_FLOAT:    /* float's slot refuses any modulus before looking further */
            return exc_raisef(vm, vm->exc_TypeError,
                              "pow() 3rd argument not allowed unless all arguments are integers");
        default: {
            /* three-argument power never uses __rpow__: only the first operand's __pow__ */
            if (i != 0) break;
            bool found;
            Value args[2] = { b, m };
            Value r = call_special(vm, a, vm->s___pow__, args, 2, &found);
            if (!found || r != vm->not_implemented) return r;
            v_decref(vm, r);
            break;
        }
        }
    }
    return exc_raisef(vm, vm->exc_TypeError,
                      "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, m);
}

static Value bi_pow(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    Value p[3];
    if (kwnames || nargs < 2 || nargs > 3) {
        if (arg_parse(vm, "pow", args, nargs, kwnames, "base exp | mod", p) < 0) return V_NULL;
    } else {
        p[0] = args[0];
        p[1] = args[1];
        p[2] = nargs > 2 ? args[2] : V_NULL;
    }
    if (p[2] == V_NULL || p[2] == V_NONE) return obj_binop(vm, BINOP_POW, p[0], p[1]);
    return pow3(vm, p[0], p[1], p[2]);
}

/* round(x) for a float: half to even, as an int. */
Value bi_round_float(rill_vm *vm, double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return int_from_double(vm, r);
}

/* round(n, ndigits) for an int and ndigits < 0: to a multiple of 10**-ndigits, ties to
   even. */
Value bi_round_int(rill_vm *vm, Value n, intptr_t ndigits)
{
    if (ndigits >= 0) return int_check(n) && v_is_bool(n) ? v_int(n == V_TRUE) : v_incref(n);
    if (ndigits < -100000) return v_int(0);     /* 10**100000 is far beyond any int rill makes */
    Value p = int_pow(vm, v_int(10), v_int(-ndigits), V_NULL);
    if (p == V_NULL) return V_NULL;
    Value qr = int_divmod(vm, n, p);
    if (qr == V_NULL) {
        v_decref(vm, p);
        return V_NULL;
    }
    Value q = v_incref(v_tuple(qr)->items[0]), r = v_tuple(qr)->items[1];
    Value twice = int_add(vm, r, r);
    v_decref(vm, qr);
    Value result = V_NULL;
    if (twice != V_NULL) {
        int c = int_cmp(twice, p);
        bool odd = false;
        if (c == 0) {
            Value m = int_and(vm, q, v_int(1));
            odd = m != v_int(0);
            v_decref(vm, m);
        }
        if (c > 0 || (c == 0 && odd)) {
            Value q1 = int_add(vm, q, v_int(1));
            v_decref(vm, q);
            q = q1;
        }
        if (q != V_NULL) result = int_mul(vm, q, p);
    }
    v_decref(vm, twice);
    v_decref(vm, q);
    v_decref(vm, p);
    return result;
}

static Value bi_round(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    Value p[2];
    if (kwnames || nargs < 1 || nargs > 2) {
        if (arg_parse(vm, "round", args, nargs, kwnames, "number | ndigits", p) < 0) return V_NULL;
    } else {
        p[0] = args[0];
        p[1] = nargs > 1 ? args[1] : V_NULL;
    }
    Value x = p[0], nd = p[1] == V_NONE ? V_NULL : p[1];
    if (v_is_float(x) || int_check(x)) {
        intptr_t n = 0;
        if (nd != V_NULL && obj_as_index(vm, nd, &n) < 0) {
            if (!exc_matches(vm, vm->exc_IndexError)) return V_NULL;
            /* a huge ndigits: as CPython, the value itself (or 0 for a huge negative) */
            exc_clear(vm);
            n = int_sign(nd) < 0 ? INTPTR_MIN / 2 : INTPTR_MAX / 2;
        }
        if (int_check(x)) return bi_round_int(vm, x, nd == V_NULL ? 0 : n);
        if (nd == V_NULL) return bi_round_float(vm, v_float(x));
        return float_round(vm, v_float(x), v_int(n < -1000 ? -1000 : n > 1000 ? 1000 : n));
    }
    bool found;
    Value r = call_special(vm, x, vm->s___round__, nd != V_NULL ? &nd : NULL, nd != V_NULL, &found);
    if (!found)
        return exc_raisef(vm, vm->exc_TypeError, "type %T doesn't define __round__ method", x);
    return r;
}

/* An int for bin/oct/hex: ints themselves, or __index__ of a user object (new ref). */
static Value index_value(rill_vm *vm, Value v)
{
    if (v_is_bool(v)) return v_int(v == V_TRUE);
    if (int_check(v)) return v_incref(v);
    if (is_user(vm, v)) {
        bool found;
        Value r = call_special(vm, v, vm->s___index__, NULL, 0, &found);
        if (found) {
            if (r != V_NULL && !int_check(r)) {
                exc_raisef(vm, vm->exc_TypeError, "__index__ returned non-int (type %T)", r);
                v_decref(vm, r);
                return V_NULL;
            }
            return r;
        }
    }
    return exc_raisef(vm, vm->exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
}

static Value radix(rill_vm *vm, Value v, int base)
{
    Value i = index_value(vm, v);
    if (i == V_NULL) return V_NULL;
    RStr *s = int_to_str(vm, i, base, true);
    v_decref(vm, i);
    return v_from_obj(s);
}

static Value bi_bin(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return radix(vm, args[0], 2);
}

static Value bi_oct(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return radix(vm, args[0], 8);
}

static Value bi_hex(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return radix(vm, args[0], 16);
}

static Value bi_ord(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value c = args[0];
    if (!v_is_str(c))
        return exc_raisef(vm, vm->exc_TypeError,
                          "ord() expected string of length 1, but %T found", c);
    RStr *s = v_str(c);
    if (s->nchars != 1)
        return exc_raisef(vm, vm->exc_TypeError,
                          "ord() expected a character, but string of length %zu found", s->nchars);
    size_t n;
    return v_int((intptr_t)utf8_decode(s->data, &n));
}

static Value bi_chr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value v = args[0];
    int64_t i;
    bool fits;
    if (v_is_int(v)) {
        i = v_as_int(v);
        fits = true;
    } else {
        Value iv = index_value(vm, v);
        if (iv == V_NULL) return V_NULL;
        fits = int_to_i64(iv, &i);
        v_decref(vm, iv);
    }
    /* CPython converts to a C int first: outside its range is an OverflowError */
    if (!fits || i < INT32_MIN || i > INT32_MAX)
        return exc_raisef(vm, vm->exc_OverflowError, "Python int too large to convert to C int");
    if (i < 0 || i > 0x10ffff)
        return exc_raisef(vm, vm->exc_ValueError, "chr() arg not in range(0x110000)");
    if (i < 128 && vm->char_cache[i]) {
        obj_incref(vm->char_cache[i]);
        return v_from_obj(vm->char_cache[i]);
    }
    return v_from_obj(str_from_codepoint(vm, (uint32_t)i));
}

static const CFuncDef num_functions[] = {
    { "abs", bi_abs, 0, 1, 1, "Return the absolute value of the argument." },
    { "divmod", bi_divmod, 0, 2, 2, "Return the tuple (x//y, x%y)." },
    { "pow", bi_pow, CF_KEYWORDS, -1, -1,
      "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments" },
    { "round", bi_round, CF_KEYWORDS, -1, -1,
      "Round a number to a given precision in decimal digits." },
    { "bin", bi_bin, 0, 1, 1, "Return the binary representation of an integer." },
    { "oct", bi_oct, 0, 1, 1, "Return the octal representation of an integer." },
    { "hex", bi_hex, 0, 1, 1, "Return the hexadecimal representation of an integer." },
    { "ord", bi_ord, 0, 1, 1, "Return the Unicode code point for a one-character string." },
    { "chr", bi_chr, 0, 1, 1, "Return a Unicode string of one character with ordinal i." },
    { NULL, NULL, 0, 0, 0, NULL }
};

int bi_init_num(rill_vm *vm)
{
    return bi_add_functions(vm, num_functions);
}
