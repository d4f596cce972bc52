/*
** num_methods.c — the methods and attributes of int (and so bool), float, range and slice:
** the named ones (bit_length, as_integer_ratio, is_integer, hex, fromhex, range.index,
** slice.indices...) and the special methods scripts call explicitly ((5).__add__(2),
** int.__mul__, x.__round__()). Operators defer to the VM's arithmetic (obj_binop), with the
** NotImplemented rules of CPython's types (int's methods accept only ints).
*/
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "builtins.h"
#include "../vm/ops.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/float.h"
#include "../vm/seq.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/exc.h"
#include "../vm/iter.h"
#include "../vm/format.h"

static bool is_float(Value v) { return v_is_float(v); }
static bool is_number(Value v) { return int_check(v) || v_is_float(v); }

#define INT_SELF(name) \
    if (!int_check(args[0])) return bi_bad_self(vm, name, "int", args[0]); \
    Value self = args[0]; \
    (void)self

#define FLOAT_SELF(name) \
    if (!is_float(args[0])) return bi_bad_self(vm, name, "float", args[0]); \
    double d = v_float(args[0]); \
    (void)d

static Value as_plain_int(Value v)
{
    return v_is_bool(v) ? v_int(v == V_TRUE) : v_incref(v);
}

/* ---- binary operators as methods ------------------------------------------------- */

static Value num_binop(rill_vm *vm, const Value *args, BinOp op, bool reflected, bool fl,
                       const char *name)
{
    if (fl ? !is_float(args[0]) : !int_check(args[0]))
        return bi_bad_self(vm, name, fl ? "float" : "int", args[0]);
    Value o = args[1];
    if (fl ? !is_number(o) : !int_check(o)) return bi_not_implemented(vm);
    return reflected ? obj_binop(vm, op, o, args[0]) : obj_binop(vm, op, args[0], o);
}

#define INT_ONLY_BINOPS(X) X(lshift, LSHIFT) X(rshift, RSHIFT) X(and, AND) X(or, OR) X(xor, XOR)
#define ALL_BINOPS(X) X(add, ADD) X(sub, SUB) X(mul, MUL) X(truediv, TRUEDIV) \
    X(floordiv, FLOORDIV) X(mod, MOD)

#define DEF_INT(name, OP) \
    static Value i_##name(rill_vm *vm, const Value *args, size_t n, RTuple *kw) \
    { return num_binop(vm, args, BINOP_##OP, false, false, "__" #name "__"); } \
    static Value i_r##name(rill_vm *vm, const Value *args, size_t n, RTuple *kw) \
    { return num_binop(vm, args, BINOP_##OP, true, false, "__r" #name "__"); }
#define DEF_FLOAT(name, OP) \
    static Value f_##name(rill_vm *vm, const Value *args, size_t n, RTuple *kw) \
    { return num_binop(vm, args, BINOP_##OP, false, true, "__" #name "__"); } \
    static Value f_r##name(rill_vm *vm, const Value *args, size_t n, RTuple *kw) \
    { return num_binop(vm, args, BINOP_##OP, true, true, "__r" #name "__"); }
ALL_BINOPS(DEF_INT)
INT_ONLY_BINOPS(DEF_INT)
ALL_BINOPS(DEF_FLOAT)
#undef DEF_INT
#undef DEF_FLOAT

#define ENTRY_INT(name, OP) \
    { "__" #name "__", i_##name, CF_METHOD, 1, 1, "Return self " #name " value." }, \
    { "__r" #name "__", i_r##name, CF_METHOD, 1, 1, "Return value " #name " self." },
#define ENTRY_FLOAT(name, OP) \
    { "__" #name "__", f_##name, CF_METHOD, 1, 1, "Return self " #name " value." }, \
    { "__r" #name "__", f_r##name, CF_METHOD, 1, 1, "Return value " #name " self." },

/* pow(self, other[, mod]) and its reflection */
static Value num_pow(rill_vm *vm, const Value *args, size_t nargs, bool reflected, bool fl)
{
    const char *name = reflected ? "__rpow__" : "__pow__";
    if (fl ? !is_float(args[0]) : !int_check(args[0]))
        return bi_bad_self(vm, name, fl ? "float" : "int", args[0]);
    bool mod = nargs > 2 && args[2] != V_NONE;
    if (fl && mod)          /* float's pow refuses a modulus before anything else */
        return exc_raisef(vm, vm->exc_TypeError,
                          "pow() 3rd argument not allowed unless all arguments are integers");
    Value o = args[1];
    if (fl ? !is_number(o) : !int_check(o)) return bi_not_implemented(vm);
    Value a = reflected ? o : args[0], b = reflected ? args[0] : o;
    if (mod) {
        if (!int_check(args[2])) return bi_not_implemented(vm);
        if (int_sign(args[2]) == 0)
            return exc_raisef(vm, vm->exc_ValueError, "pow() 3rd argument cannot be 0");
        return int_pow(vm, a, b, args[2]);
    }
    return obj_binop(vm, BINOP_POW, a, b);
}

static Value i_pow(rill_vm *vm, const Value *a, size_t n, RTuple *kw)
{
    return num_pow(vm, a, n, false, false);
}

static Value i_rpow(rill_vm *vm, const Value *a, size_t n, RTuple *kw)
{
    return num_pow(vm, a, n, true, false);
}

static Value f_pow(rill_vm *vm, const Value *a, size_t n, RTuple *kw)
{
    return num_pow(vm, a, n, false, true);
}

static Value f_rpow(rill_vm *vm, const Value *a, size_t n, RTuple *kw)
{
    return num_pow(vm, a, n, true, true);
}

static Value num_divmod(rill_vm *vm, const Value *args, bool reflected, bool fl)
{
    const char *name = reflected ? "__rdivmod__" : "__divmod__";
    if (fl ? !is_float(args[0]) : !int_check(args[0]))
        return bi_bad_self(vm, name, fl ? "float" : "int", args[0]);
    Value o = args[1];
    if (fl ? !is_number(o) : !int_check(o)) return bi_not_implemented(vm);
    Value a = reflected ? o : args[0], b = reflected ? args[0] : o;
    if (int_check(a) && int_check(b)) return int_divmod(vm, a, b);
    bool err = false;
    double x = v_is_float(a) ? v_float(a) : int_to_double(vm, a, &err);
    double y = err ? 0 : v_is_float(b) ? v_float(b) : int_to_double(vm, b, &err);
    return err ? V_NULL : float_divmod(vm, x, y);
}

static Value i_divmod(rill_vm *vm, const Value *a, size_t n, RTuple *kw)
{
    return num_divmod(vm, a, false, false);
}

static Value i_rdivmod(rill_vm *vm, const Value *a, size_t n, RTuple *kw)
{
    return num_divmod(vm, a, true, false);
}

static Value f_divmod(rill_vm *vm, const Value *a, size_t n, RTuple *kw)
{
    return num_divmod(vm, a, false, true);
}

static Value f_rdivmod(rill_vm *vm, const Value *a, size_t n, RTuple *kw)
{
    return num_divmod(vm, a, true, true);
}

static Value num_compare(rill_vm *vm, const Value *args, CmpOp op, bool fl)
{
    static const char *const names[] = {
        "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"
    };
    if (fl ? !is_float(args[0]) : !int_check(args[0]))
        return bi_bad_self(vm, names[op], fl ? "float" : "int", args[0]);
    Value o = args[1];
    if (fl ? !is_number(o) : !int_check(o)) return bi_not_implemented(vm);
    return obj_compare(vm, args[0], o, op);
}

#define CMP_FN(p, op, OP, fl) \
    static Value p##_##op(rill_vm *vm, const Value *a, size_t n, RTuple *kw) \
    { \
        return num_compare(vm, a, CMP_##OP, fl); \
    }
#define CMP_FNS(p, fl) \
    CMP_FN(p, lt, LT, fl) CMP_FN(p, le, LE, fl) CMP_FN(p, eq, EQ, fl) \
    CMP_FN(p, ne, NE, fl) CMP_FN(p, gt, GT, fl) CMP_FN(p, ge, GE, fl)
CMP_FNS(i, false)
CMP_FNS(f, true)
#define CMP_ENTRIES(p) \
    { "__lt__", p##_lt, CF_METHOD, 1, 1, "Return self<value." }, \
    { "__le__", p##_le, CF_METHOD, 1, 1, "Return self<=value." }, \
    { "__eq__", p##_eq, CF_METHOD, 1, 1, "Return self==value." }, \
    { "__ne__", p##_ne, CF_METHOD, 1, 1, "Return self!=value." }, \
    { "__gt__", p##_gt, CF_METHOD, 1, 1, "Return self>value." }, \
    { "__ge__", p##_ge, CF_METHOD, 1, 1, "Return self>=value." },

/* ---- int --------------------------------------------------------------------------------- */

static Value i_neg(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    INT_SELF("__neg__"); return int_neg(vm, self);
}

static Value i_pos(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    INT_SELF("__pos__"); return as_plain_int(self);
}

static Value i_abs(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    INT_SELF("__abs__"); return int_abs(vm, self);
}

static Value i_invert(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    INT_SELF("__invert__"); return int_invert(vm, self);
}

static Value i_bool(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    INT_SELF("__bool__"); return v_bool(int_sign(self) != 0);
}

/* int's methods that return the int itself: one function each, as the wrong-self error
   names the method. */
#define INT_IDENTITY(fn, name) \
    static Value fn(rill_vm *vm, const Value *args, size_t n, RTuple *kw) \
    { \
        INT_SELF(name); return as_plain_int(self); \
    }
INT_IDENTITY(i_int, "__int__")
INT_IDENTITY(i_index, "__index__")
INT_IDENTITY(i_trunc, "__trunc__")
INT_IDENTITY(i_floor, "__floor__")
INT_IDENTITY(i_ceil, "__ceil__")

static Value i_float(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    INT_SELF("__float__");
    bool err = false;
    double d = int_to_double(vm, self, &err);
    return err ? V_NULL : float_new(vm, d);
}

static Value i_round(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    INT_SELF("__round__");
    intptr_t nd = 0;
    if (nargs > 1 && args[1] != V_NONE && bi_index_arg(vm, args[1], &nd, false, 0) < 0)
        return V_NULL;
    return bi_round_int(vm, self, nd);
}

static Value i_hash(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    INT_SELF("__hash__");
    return int_from_i64(vm, v_is_bool(self) ? self == V_TRUE : int_hash(self));
}

static Value i_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    INT_SELF("__repr__");
    return v_from_obj(obj_repr(vm, self));
}

static Value num_format(rill_vm *vm, const Value *args, const char *cls, bool fl)
{
    if (fl ? !is_float(args[0]) : !int_check(args[0]))
        return bi_bad_self(vm, "__format__", cls, args[0]);
    if (!v_is_str(args[1]))
        return exc_raisef(vm, vm->exc_TypeError,
                          "__format__() argument must be str, not %T", args[1]);
    return v_from_obj(fmt_format_builtin(vm, args[0], v_str(args[1])));
}

static Value i_format(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return num_format(vm, args, "int", false);
}

static Value f_format(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return num_format(vm, args, "float", true);
}

static Value i_bit_length(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    INT_SELF("bit_length");
    return int_from_u64(vm, int_bit_length(self));
}

static Value i_bit_count(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    INT_SELF("bit_count");
    if (v_is_int(self)) {
        intptr_t i = v_as_int(self);
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return v_int(__builtin_popcountll(u));
    }
    if (v_is_bool(self)) return v_int(self == V_TRUE);
    RBig *b = (RBig *)self;
    int32_t n = b->size < 0 ? -b->size : b->size;
    uint64_t count = 0;
    for (int32_t i = 0; i < n; i++) count += (uint64_t)__builtin_popcount(b->digits[i]);
    return int_from_u64(vm, count);
}

static Value i_ratio(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    INT_SELF("as_integer_ratio");
    Value n = as_plain_int(self);
    RTuple *t = tuple_pack(vm, 2, n, v_int(1));
    v_decref(vm, n);
    return v_from_obj(t);
}

static Value g_self_int(rill_vm *vm, Value self) { return as_plain_int(self); }
static Value g_zero(rill_vm *vm, Value self) { return v_int(0); }
static Value g_one(rill_vm *vm, Value self) { return v_int(1); }

static const CFuncDef int_methods[] = {
    ALL_BINOPS(ENTRY_INT)
    INT_ONLY_BINOPS(ENTRY_INT)
    CMP_ENTRIES(i)
    { "__pow__", i_pow, CF_METHOD, 1, 2, "Return pow(self, value, mod)." },
    { "__rpow__", i_rpow, CF_METHOD, 1, 2, "Return pow(value, self, mod)." },
    { "__divmod__", i_divmod, CF_METHOD, 1, 1, "Return divmod(self, value)." },
    { "__rdivmod__", i_rdivmod, CF_METHOD, 1, 1, "Return divmod(value, self)." },
    { "__neg__", i_neg, CF_METHOD, 0, 0, "-self" },
    { "__pos__", i_pos, CF_METHOD, 0, 0, "+self" },
    { "__abs__", i_abs, CF_METHOD, 0, 0, "abs(self)" },
    { "__invert__", i_invert, CF_METHOD, 0, 0, "~self" },
    { "__bool__", i_bool, CF_METHOD, 0, 0, "True if self else False" },
    { "__int__", i_int, CF_METHOD, 0, 0, "int(self)" },
    { "__index__", i_index, CF_METHOD, 0, 0,
      "Return self converted to an integer, if self is suitable for use as an index into a list." },
    { "__trunc__", i_trunc, CF_METHOD, 0, 0, "Truncating an Integral returns itself." },
    { "__floor__", i_floor, CF_METHOD, 0, 0, "Flooring an Integral returns itself." },
    { "__ceil__", i_ceil, CF_METHOD, 0, 0, "Ceiling of an Integral returns itself." },
    { "__float__", i_float, CF_METHOD, 0, 0, "float(self)" },
    { "__round__", i_round, CF_METHOD, 0, 1, "Rounding an Integral returns itself." },
    { "__hash__", i_hash, CF_METHOD, 0, 0, "Return hash(self)." },
    { "__repr__", i_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { "__format__", i_format, CF_METHOD, 1, 1, "Convert to a string according to format_spec." },
    { "conjugate", i_int, CF_METHOD, 0, 0, "Returns self, the complex conjugate of any int." },
    { "bit_length", i_bit_length, CF_METHOD, 0, 0,
      "Number of bits necessary to represent self in binary." },
    { "bit_count", i_bit_count, CF_METHOD, 0, 0,
      "Number of ones in the binary representation of the absolute value of self." },
    { "as_integer_ratio", i_ratio, CF_METHOD, 0, 0, "Return integer ratio." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static const GetSetDef int_getsets[] = {
    { "real", g_self_int, NULL },
    { "imag", g_zero, NULL },
    { "numerator", g_self_int, NULL },
    { "denominator", g_one, NULL },
    { NULL, NULL, NULL }
};

/* ---- float ----------------------------------------------------------------------------------- */

static Value f_neg(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    FLOAT_SELF("__neg__"); return float_new(vm, -d);
}

static Value f_pos(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    FLOAT_SELF("__pos__"); return v_incref(args[0]);
}

static Value f_abs(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    FLOAT_SELF("__abs__"); return float_new(vm, fabs(d));
}

static Value f_bool(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    FLOAT_SELF("__bool__"); return v_bool(d != 0.0);
}

/* __int__ and __trunc__ compute the same, but the wrong-self error names the method. */
static Value f_int(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    FLOAT_SELF("__int__"); return int_from_double(vm, d);
}

static Value f_trunc(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    FLOAT_SELF("__trunc__"); return int_from_double(vm, d);
}

static Value f_floor(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    FLOAT_SELF("__floor__"); return int_from_double(vm, floor(d));
}

static Value f_ceil(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    FLOAT_SELF("__ceil__"); return int_from_double(vm, ceil(d));
}

static Value f_float(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    FLOAT_SELF("__float__"); return v_incref(args[0]);
}

static Value f_hash(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    FLOAT_SELF("__hash__"); return int_from_i64(vm, float_hash(d));
}

static Value f_is_integer(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    FLOAT_SELF("is_integer");
    return v_bool(isfinite(d) && floor(d) == d);
}

static Value f_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FLOAT_SELF("__repr__");
    char buf[40];
    int n = float_repr(d, buf);
    return v_from_obj(str_new(vm, buf, (size_t)n));
}

static Value f_round(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FLOAT_SELF("__round__");
    if (nargs < 2 || args[1] == V_NONE) return bi_round_float(vm, d);
    intptr_t nd;
    if (bi_index_arg(vm, args[1], &nd, false, 0) < 0) return V_NULL;
    return float_round(vm, d, v_int(nd < -1000 ? -1000 : nd > 1000 ? 1000 : nd));
}

static Value f_ratio(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FLOAT_SELF("as_integer_ratio");
    if (isinf(d))
        return exc_raisef(vm, vm->exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return exc_raisef(vm, vm->exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double part = frexp(d, &e);
    for (int i = 0; i < 300 && part != floor(part); i++) {
        part *= 2.0;
        e--;
    }
    Value num = int_from_double(vm, part), den = v_int(1);
    if (num == V_NULL) return V_NULL;
    Value sh = v_int(e < 0 ? -e : e);
    Value *target = e > 0 ? &num : &den;
    Value shifted = int_lshift(vm, *target, sh);
    if (shifted == V_NULL) {
        v_decref(vm, num);
        return V_NULL;
    }
    v_store(vm, target, shifted);
    RTuple *t = tuple_pack(vm, 2, num, den);
    v_decref(vm, num);
    v_decref(vm, den);
    return v_from_obj(t);
}

/* CPython's float_hex: 0x<digit>.<13 hex digits>p<exp> */
static Value f_hex(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FLOAT_SELF("hex");
    if (isnan(d) || isinf(d)) return f_repr(vm, args, nargs, kw);
    if (d == 0.0) return v_from_obj(str_from_cstr(vm, signbit(d) ? "-0x0.0p+0" : "0x0.0p+0"));
    static const char hexd[] = "0123456789abcdef";
    int e;
    double m = frexp(fabs(d), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[20];
    int k = 0;
    digits[k++] = hexd[(int)m];
    m -= (int)m;
    digits[k++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[k++] = hexd[(int)m];
        m -= (int)m;
    }
    digits[k] = 0;
    char out[48];
    snprintf(out, sizeof out, "%s0x%sp%c%d", d < 0 ? "-" : "", digits, e < 0 ? '-' : '+',
             e < 0 ? -e : e);
    return v_from_obj(str_from_cstr(vm, out));
}

/* float.fromhex(s): Python's grammar, handed to strtod (which reads C99 hex floats). */
static Value f_fromhex(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (arg_count(vm, "fromhex", nargs - 1, 1, 1) < 0) return V_NULL;
    Value sv = args[1];
    if (!v_is_str(sv))
        return exc_raisef(vm, vm->exc_TypeError, "fromhex() argument must be str, not %T", sv);
    RStr *s = v_str(sv);
    const char *p = s->data, *end = s->data + s->len;
    while (p < end && (*p == ' ' || (*p >= 9 && *p <= 13))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= 9 && end[-1] <= 13))) end--;
    char buf[128];
    size_t n = (size_t)(end - p);
    if (n == 0 || n > sizeof buf - 4) goto invalid;
    size_t k = 0;
    const char *q = p;
    if (*q == '+' || *q == '-') buf[k++] = *q++;
    size_t rest = (size_t)(end - q);
    bool special = false;
    static const char *const words[] = { "inf", "infinity", "nan" };
    for (int i = 0; i < 3; i++)
        if (rest == strlen(words[i]) && strncasecmp(q, words[i], rest) == 0) special = true;
    if (!special) {
        if (rest >= 2 && q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) q += 2;
        buf[k++] = '0';
        buf[k++] = 'x';
        /* at least one hex digit, and nothing strtod would read otherwise */
        bool digit = false;
        for (const char *c = q; c < end && *c != 'p' && *c != 'P'; c++) {
            if (isxdigit((unsigned char)*c)) digit = true;
            else if (*c != '.') goto invalid;
        }
        if (!digit) goto invalid;
    }
    memcpy(buf + k, q, (size_t)(end - q));
    k += (size_t)(end - q);
    buf[k] = 0;
    char *stop;
    errno = 0;
    double d = strtod(buf, &stop);
    if (*stop != 0) goto invalid;
    if (errno == ERANGE && isinf(d))
        return exc_raisef(vm, vm->exc_OverflowError,
                          "hexadecimal value too large to represent as a float");
    return float_new(vm, d);
invalid:
    return exc_raisef(vm, vm->exc_ValueError, "invalid hexadecimal floating-point string");
}

static Value g_self_float(rill_vm *vm, Value self) { return v_incref(self); }
static Value g_zero_float(rill_vm *vm, Value self) { return float_new(vm, 0.0); }

static const CFuncDef float_methods[] = {
    ALL_BINOPS(ENTRY_FLOAT)
    CMP_ENTRIES(f)
    { "__pow__", f_pow, CF_METHOD, 1, 2, "Return pow(self, value, mod)." },
    { "__rpow__", f_rpow, CF_METHOD, 1, 2, "Return pow(value, self, mod)." },
    { "__divmod__", f_divmod, CF_METHOD, 1, 1, "Return divmod(self, value)." },
    { "__rdivmod__", f_rdivmod, CF_METHOD, 1, 1, "Return divmod(value, self)." },
    { "__neg__", f_neg, CF_METHOD, 0, 0, "-self" },
    { "__pos__", f_pos, CF_METHOD, 0, 0, "+self" },
    { "__abs__", f_abs, CF_METHOD, 0, 0, "abs(self)" },
    { "__bool__", f_bool, CF_METHOD, 0, 0, "True if self else False" },
    { "__int__", f_int, CF_METHOD, 0, 0, "int(self)" },
    { "__trunc__", f_trunc, CF_METHOD, 0, 0, "Return the Integral closest to x between 0 and x." },
    { "__floor__", f_floor, CF_METHOD, 0, 0, "Return the floor as an Integral." },
    { "__ceil__", f_ceil, CF_METHOD, 0, 0, "Return the ceiling as an Integral." },
    { "__float__", f_float, CF_METHOD, 0, 0, "float(self)" },
    { "__round__", f_round, CF_METHOD, 0, 1,
      "Return the Integral closest to x, rounding half toward even." },
    { "__hash__", f_hash, CF_METHOD, 0, 0, "Return hash(self)." },
    { "__repr__", f_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { "__format__", f_format, CF_METHOD, 1, 1, "Formats the float according to format_spec." },
    { "conjugate", f_pos, CF_METHOD, 0, 0, "Return self, the complex conjugate of any float." },
    { "is_integer", f_is_integer, CF_METHOD, 0, 0, "Return True if the float is an integer." },
    { "as_integer_ratio", f_ratio, CF_METHOD, 0, 0, "Return integer ratio." },
    { "hex", f_hex, CF_METHOD, 0, 0,
      "Return a hexadecimal representation of a floating-point number." },
    { "fromhex", f_fromhex, CF_CLASS, -1, -1,
      "Create a floating-point number from a hexadecimal string." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static const GetSetDef float_getsets[] = {
    { "real", g_self_float, NULL },
    { "imag", g_zero_float, NULL },
    { NULL, NULL, NULL }
};

/* ---- range ---------------------------------------------------------------------------------- */

#define RANGE_SELF(name) \
    if (!v_is_range(args[0])) return bi_bad_self(vm, name, "range", args[0]); \
    RRange *r = v_range(args[0])

static Value r_count(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    RANGE_SELF("count"); return range_count(vm, r, args[1]);
}

static Value r_index(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    RANGE_SELF("index"); return range_index(vm, r, args[1]);
}

static Value r_getitem(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    RANGE_SELF("__getitem__"); return range_getitem(vm, r, args[1]);
}

static Value r_iter(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    RANGE_SELF("__iter__"); return iter_range_new(vm, r, false);
}

static Value r_reversed(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    RANGE_SELF("__reversed__"); return iter_range_new(vm, r, true);
}

static Value r_repr(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    RANGE_SELF("__repr__"); return v_from_obj(range_repr(vm, r));
}

static Value r_bool(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    RANGE_SELF("__bool__"); return v_bool(int_sign(r->len) != 0);
}

static Value r_len(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RANGE_SELF("__len__");
    intptr_t n;
    return range_len(vm, r, &n) < 0 ? V_NULL : v_int(n);
}

static Value r_contains(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RANGE_SELF("__contains__");
    int c = range_contains(vm, r, args[1]);
    return c < 0 ? V_NULL : v_bool(c);
}

static Value r_hash(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RANGE_SELF("__hash__");
    int64_t h = range_hash(vm, r);
    return h == -1 ? V_NULL : int_from_i64(vm, h);
}

static Value r_cmp(rill_vm *vm, const Value *args, bool eq, const char *name)
{
    RANGE_SELF(name);
    if (!v_is_range(args[1])) return bi_not_implemented(vm);
    int c = range_eq(vm, r, v_range(args[1]));
    return c < 0 ? V_NULL : v_bool((c != 0) == eq);
}

static Value r_eq(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return r_cmp(vm, args, true, "__eq__");
}

static Value r_ne(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return r_cmp(vm, args, false, "__ne__");
}

static Value g_r_start(rill_vm *vm, Value self) { return v_incref(v_range(self)->start); }
static Value g_r_stop(rill_vm *vm, Value self) { return v_incref(v_range(self)->stop); }
static Value g_r_step(rill_vm *vm, Value self) { return v_incref(v_range(self)->step); }

static const CFuncDef range_methods[] = {
    { "count", r_count, CF_METHOD, 1, 1,
      "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    { "index", r_index, CF_METHOD, 1, 1,
      "rangeobject.index(value) -> integer -- return index of value." },
    { "__len__", r_len, CF_METHOD, 0, 0, "Return len(self)." },
    { "__getitem__", r_getitem, CF_METHOD, 1, 1, "Return self[key]." },
    { "__contains__", r_contains, CF_METHOD, 1, 1, "Return key in self." },
    { "__iter__", r_iter, CF_METHOD, 0, 0, "Implement iter(self)." },
    { "__reversed__", r_reversed, CF_METHOD, 0, 0, "Return a reverse iterator." },
    { "__repr__", r_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { "__bool__", r_bool, CF_METHOD, 0, 0, "True if self else False" },
    { "__hash__", r_hash, CF_METHOD, 0, 0, "Return hash(self)." },
    { "__eq__", r_eq, CF_METHOD, 1, 1, "Return self==value." },
    { "__ne__", r_ne, CF_METHOD, 1, 1, "Return self!=value." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static const GetSetDef range_getsets[] = {
    { "start", g_r_start, NULL }, { "stop", g_r_stop, NULL }, { "step", g_r_step, NULL },
    { NULL, NULL, NULL }
};

/* ---- slice ----------------------------------------------------------------------------------- */

static Value sl_indices(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!v_is_slice(args[0])) return bi_bad_self(vm, "indices", "slice", args[0]);
    intptr_t len, start, stop, step, count;
    if (bi_index_arg(vm, args[1], &len, false, 0) < 0) return V_NULL;
    if (len < 0) return exc_raisef(vm, vm->exc_ValueError, "length should not be negative");
    if (slice_indices(vm, v_slice(args[0]), len, &start, &stop, &step, &count) < 0) return V_NULL;
    return v_from_obj(tuple_pack(vm, 3, v_int(start), v_int(stop), v_int(step)));
}

static Value sl_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!v_is_slice(args[0])) return bi_bad_self(vm, "__repr__", "slice", args[0]);
    return v_from_obj(obj_repr(vm, args[0]));
}

static Value g_s_start(rill_vm *vm, Value self) { return v_incref(v_slice(self)->start); }
static Value g_s_stop(rill_vm *vm, Value self) { return v_incref(v_slice(self)->stop); }
static Value g_s_step(rill_vm *vm, Value self) { return v_incref(v_slice(self)->step); }

static const CFuncDef slice_methods[] = {
    { "indices", sl_indices, CF_METHOD, 1, 1, "S.indices(len) -> (start, stop, stride)" },
    { "__repr__", sl_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static const GetSetDef slice_getsets[] = {
    { "start", g_s_start, NULL }, { "stop", g_s_stop, NULL }, { "step", g_s_step, NULL },
    { NULL, NULL, NULL }
};

int bi_init_num_methods(rill_vm *vm)
{
    if (cfunc_add_all(vm, vm->cls_int->dict, int_methods, vm->cls_int) < 0 ||
        class_add_getsets(vm, vm->cls_int, int_getsets) < 0 ||
        cfunc_add_all(vm, vm->cls_float->dict, float_methods, vm->cls_float) < 0 ||
        class_add_getsets(vm, vm->cls_float, float_getsets) < 0 ||
        cfunc_add_all(vm, vm->cls_range->dict, range_methods, vm->cls_range) < 0 ||
        class_add_getsets(vm, vm->cls_range, range_getsets) < 0 ||
        cfunc_add_all(vm, vm->cls_slice->dict, slice_methods, vm->cls_slice) < 0 ||
        class_add_getsets(vm, vm->cls_slice, slice_getsets) < 0)
        return -1;
    return dict_set_str(vm, vm->cls_slice->dict, vm->s___hash__, V_NONE);
}
