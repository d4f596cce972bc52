/*
** math.c — the math module: CPython 3.11's functions and constants for ints and floats,
** with its special-value rules (ValueError "math domain error", OverflowError "math range
** error") and its own algorithms where the result depends on them: Lanczos gamma and
** lgamma, Shewchuk's fsum, the scaled and corrected vector norm of hypot and dist, and
** exact integer algorithms (isqrt's adaptive Newton iteration, factorial by binary
** splitting of the odd part, divide-and-conquer comb and perm) on rill's big ints.
*/
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>
#include "stdlib.h"
#include "builtins.h"
#include "../vm/ops.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/float.h"
#include "../vm/seq.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/module.h"

static const double PI = 3.141592653589793238462643383279502884197;
static const double LOGPI = 1.144729885849400174143427351353058711647;

/* ---- argument conversion ---------------------------------------------------------- */

/* PyFloat_AsDouble: floats, ints (OverflowError beyond the float range), __float__,
   then __index__. 0 / -1. */
static int as_double(rill_vm *vm, Value v, double *out)
{
    if (v_is_float(v)) {
        *out = v_float(v);
        return 0;
    }
    if (int_check(v)) {
        bool err = false;
        *out = int_to_double(vm, v, &err);
        return err ? -1 : 0;
    }
    bool found;
    Value r = bi_call_special(vm, v, "__float__", NULL, 0, &found);
    if (found) {
        if (r == V_NULL) return -1;
        if (!v_is_float(r)) {
            exc_raisef(vm, vm->exc_TypeError, "%T.__float__ returned non-float (type %T)", v, r);
            v_decref(vm, r);
            return -1;
        }
        *out = v_float(r);
        v_decref(vm, r);
        return 0;
    }
    r = bi_call_special(vm, v, "__index__", NULL, 0, &found);
    if (found) {
        int rc = -1;
        if (r == V_NULL) return -1;
        if (int_check(r)) rc = as_double(vm, r, out);
        else exc_raisef(vm, vm->exc_TypeError, "__index__ returned non-int (type %T)", r);
        v_decref(vm, r);
        return rc;
    }
    return exc_raisef_i(vm, vm->exc_TypeError, "must be real number, not %T", v);
}

/* _PyNumber_Index: an int (a bool becomes 0 or 1) as a new reference. */
static Value as_index(rill_vm *vm, Value v)
{
    if (v_is_bool(v)) return v_int(v == V_TRUE);
    if (int_check(v)) return v_incref(v);
    bool found;
    Value r = bi_call_special(vm, v, "__index__", NULL, 0, &found);
    if (!found)
        return exc_raisef(vm, vm->exc_TypeError, "'%T' object cannot be interpreted as an integer",
                          v);
    if (r == V_NULL) return V_NULL;
    if (!int_check(r)) {
        exc_raisef(vm, vm->exc_TypeError, "__index__ returned non-int (type %T)", r);
        v_decref(vm, r);
        return V_NULL;
    }
    if (v_is_bool(r)) return v_int(r == V_TRUE);
    return r;
}

/* Magnitude of a non-negative int as a uint64 when it fits. */
static bool as_u64(Value v, uint64_t *out)
{
    if (v_is_int(v)) {
        if (v_as_int(v) < 0) return false;
        *out = (uint64_t)v_as_int(v);
        return true;
    }
    if (v_is_bool(v)) {
        *out = v == V_TRUE;
        return true;
    }
    const RBig *b = (const RBig *)v;
    if (b->size < 0 || b->size > 2) return false;
    *out = b->digits[0] | (b->size > 1 ? (uint64_t)b->digits[1] << 32 : 0);
    return true;
}

/* METH_O functions: "math.sqrt() takes exactly one argument (2 given)". */
static int one_arg(rill_vm *vm, const char *name, size_t nargs, RTuple *kw)
{
    if (kw && kw->n)
        return exc_raisef_i(vm, vm->exc_TypeError, "math.%s() takes no keyword arguments", name);
    if (nargs != 1)
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "math.%s() takes exactly one argument (%zu given)",
                            name, nargs);
    return 0;
}

/* Positional-only functions of Argument Clinic: "copysign expected 2 arguments, got 1". */
static int pos_args(rill_vm *vm, const char *name, size_t nargs, RTuple *kw, size_t min,
                    size_t max)
{
    if (kw && kw->n)
        return exc_raisef_i(vm, vm->exc_TypeError, "math.%s() takes no keyword arguments", name);
    return arg_count(vm, name, nargs, min, max);
}

static int two_doubles(rill_vm *vm, const char *name, const Value *args, size_t nargs,
                       RTuple *kw, double *x, double *y)
{
    if (pos_args(vm, name, nargs, kw, 2, 2) < 0) return -1;
    if (as_double(vm, args[0], x) < 0 || as_double(vm, args[1], y) < 0) return -1;
    return 0;
}

static Value one_double(rill_vm *vm, const char *name, const Value *args, size_t nargs,
                        RTuple *kw, double *x)
{
    if (one_arg(vm, name, nargs, kw) < 0 || as_double(vm, args[0], x) < 0) return V_NULL;
    return V_NONE;
}

/* ---- error rules ---------------------------------------------------------------------- */

/* Called when errno is set after a libm call returning x: raises unless it is an
   underflow (a result below 1.5 in magnitude with ERANGE). 1 raised, 0 not. */
static int is_error(rill_vm *vm, double x)
{
    if (errno == EDOM) {
        exc_raisef(vm, vm->exc_ValueError, "math domain error");
        return 1;
    }
    if (errno == ERANGE) {
        if (fabs(x) < 1.5) return 0;
        exc_raisef(vm, vm->exc_OverflowError, "math range error");
        return 1;
    }
    exc_raisef(vm, vm->exc_ValueError, "math domain error");
    return 1;
}

/* math_1: nan from non-nan is a domain error; inf from finite an overflow (when the
   function can overflow) or a singularity. */
static Value math_1(rill_vm *vm, const char *name, const Value *args, size_t nargs, RTuple *kw,
                    double (*f)(double), bool can_overflow)
{
    double x;
    if (one_double(vm, name, args, nargs, kw, &x) == V_NULL) return V_NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return exc_raisef(vm, vm->exc_ValueError, "math domain error");
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) return exc_raisef(vm, vm->exc_OverflowError, "math range error");
        return exc_raisef(vm, vm->exc_ValueError, "math domain error");
    }
    if (isfinite(r) && errno && is_error(vm, r)) return V_NULL;
    return float_new(vm, r);
}

/* math_1a: for functions that set errno themselves. */
static Value math_1a(rill_vm *vm, const char *name, const Value *args, size_t nargs, RTuple *kw,
                     double (*f)(double))
{
    double x;
    if (one_double(vm, name, args, nargs, kw, &x) == V_NULL) return V_NULL;
    errno = 0;
    double r = f(x);
    if (errno && is_error(vm, r)) return V_NULL;
    return float_new(vm, r);
}

static Value math_2(rill_vm *vm, const char *name, const Value *args, size_t nargs, RTuple *kw,
                    double (*f)(double, double))
{
    double x, y;
    if (two_doubles(vm, name, args, nargs, kw, &x, &y) < 0) return V_NULL;
    errno = 0;
    double r = f(x, y);
    if (isnan(r)) errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r)) errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (errno && is_error(vm, r)) return V_NULL;
    return float_new(vm, r);
}

/* ---- special functions (CPython's own where libm's results would differ) ---------- */

static double m_sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break;   /* not -sin(pi*(y-1)): -0.0 at y == 1 */
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Lanczos approximation, N = 13 and g = 6.024680040776729583740234375 (Boost's). */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408
};
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0
};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    /* for large x, a rational function in 1/x (no overflow, better accuracy) */
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

static double c_tgamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x), r, z, sqrtpow;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r)) errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / m_sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    /* the error in computing absx + g - 0.5, used for a correction factor below */
    double y = absx + lanczos_g_minus_half;
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -PI / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double c_lgamma(double x)
{
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = LOGPI - log(fabs(m_sinpi(absx))) - log(absx) - r;
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double c_atan2(double y, double x)
{
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) return copysign(copysign(1., x) == 1. ? 0.25 * PI : 0.75 * PI, y);
        return copysign(0.5 * PI, y);
    }
    if (isinf(x) || y == 0.) return copysign(copysign(1., x) == 1. ? 0. : PI, y);
    return atan2(y, x);
}

static double c_remainder(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0) return NAN;
        double absx = fabs(x), absy = fabs(y), m = fmod(absx, absy), r;
        /* compare m with absy - m rather than with 0.5 * absy, which may be inexact */
        double c = absy - m;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * fmod(0.5 * (absx - m), absy);  /* a tie: the even multiple */
        return copysign(1.0, x) * r;
    }
    if (isnan(x)) return x;
    if (isnan(y)) return y;
    if (isinf(x)) return NAN;
    return x;
}

static double c_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0) return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

static double c_log2(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0) return log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double c_log10(double x)
{
    if (isfinite(x)) {
        if (x > 0.0) return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

static double c_log1p(double x)
{
    return x == 0.0 ? x : log1p(x);   /* keeps the sign of a zero */
}

static double c_fabs(double x) { return fabs(x); }

#define MATH1(name, f, ovf) \
    static Value m_##name(rill_vm *vm, const Value *a, size_t n, RTuple *kw) \
    { return math_1(vm, #name, a, n, kw, f, ovf); }
#define MATH1A(name, f) \
    static Value m_##name(rill_vm *vm, const Value *a, size_t n, RTuple *kw) \
    { return math_1a(vm, #name, a, n, kw, f); }
#define MATH2(name, f) \
    static Value m_##name(rill_vm *vm, const Value *a, size_t n, RTuple *kw) \
    { return math_2(vm, #name, a, n, kw, f); }

MATH1(acos, acos, false)
MATH1(acosh, acosh, false)
MATH1(asin, asin, false)
MATH1(asinh, asinh, false)
MATH1(atan, atan, false)
MATH1(atanh, atanh, false)
MATH1(cbrt, cbrt, false)
MATH1(cos, cos, false)
MATH1(cosh, cosh, true)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(fabs, c_fabs, false)
MATH1(log1p, c_log1p, false)
MATH1(sin, sin, false)
MATH1(sinh, sinh, true)
MATH1(sqrt, sqrt, false)
MATH1(tan, tan, false)
MATH1(tanh, tanh, false)
MATH1A(erf, erf)
MATH1A(erfc, erfc)
MATH1A(gamma, c_tgamma)
MATH1A(lgamma, c_lgamma)
MATH2(atan2, c_atan2)
MATH2(copysign, copysign)
MATH2(remainder, c_remainder)

/* ---- rounding to ints ----------------------------------------------------------------- */

/* floor and ceil: a float directly, else the type's __floor__/__ceil__, else the
   value as a float. */
static Value round_to_int(rill_vm *vm, const char *name, const char *special,
                          const Value *args, size_t nargs, RTuple *kw, double (*f)(double))
{
    if (one_arg(vm, name, nargs, kw) < 0) return V_NULL;
    Value x = args[0];
    double d;
    if (!v_is_float(x)) {
        bool found;
        Value r = bi_call_special(vm, x, special, NULL, 0, &found);
        if (found) return r;
    }
    if (as_double(vm, x, &d) < 0) return V_NULL;
    return int_from_double(vm, f(d));
}

static Value m_floor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return round_to_int(vm, "floor", "__floor__", args, nargs, kw, floor);
}

static Value m_ceil(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return round_to_int(vm, "ceil", "__ceil__", args, nargs, kw, ceil);
}

static Value m_trunc(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (one_arg(vm, "trunc", nargs, kw) < 0) return V_NULL;
    if (v_is_float(args[0])) return int_from_double(vm, v_float(args[0]));
    bool found;
    Value r = bi_call_special(vm, args[0], "__trunc__", NULL, 0, &found);
    if (found) return r;
    return exc_raisef(vm, vm->exc_TypeError, "type %T doesn't define __trunc__ method", args[0]);
}

/* ---- float decomposition ------------------------------------------------------------ */

static Value m_frexp(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x;
    if (one_double(vm, "frexp", args, nargs, kw, &x) == V_NULL) return V_NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0) x = frexp(x, &e);
    Value m = float_new(vm, x);
    if (m == V_NULL) return V_NULL;
    RTuple *t = tuple_pack(vm, 2, m, v_int(e));
    v_decref(vm, m);
    return t ? v_from_obj(t) : V_NULL;
}

static Value m_ldexp(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x, r;
    if (pos_args(vm, "ldexp", nargs, kw, 2, 2) < 0 || as_double(vm, args[0], &x) < 0)
        return V_NULL;
    Value i = args[1];
    if (!int_check(i))
        return exc_raisef(vm, vm->exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_to_i64(i, &e)) e = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    if (v_is_bool(i)) e = i == V_TRUE;
    errno = 0;
    if (x == 0. || !isfinite(x)) {
        r = x;
    } else if (e > INT_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (e < INT_MIN) {
        r = copysign(0., x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r)) errno = ERANGE;
    }
    if (errno && is_error(vm, r)) return V_NULL;
    return float_new(vm, r);
}

static Value float_pair(rill_vm *vm, double a, double b)
{
    Value x = float_new(vm, a);
    if (x == V_NULL) return V_NULL;
    Value y = float_new(vm, b);
    if (y == V_NULL) {
        v_decref(vm, x);
        return V_NULL;
    }
    RTuple *t = tuple_pack(vm, 2, x, y);
    v_decref(vm, x);
    v_decref(vm, y);
    return t ? v_from_obj(t) : V_NULL;
}

static Value m_modf(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x, ip;
    if (one_double(vm, "modf", args, nargs, kw, &x) == V_NULL) return V_NULL;
    if (isinf(x)) return float_pair(vm, copysign(0., x), x);
    if (isnan(x)) return float_pair(vm, x, x);
    double fp = modf(x, &ip);
    return float_pair(vm, fp, ip);
}

static Value m_fmod(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x, y;
    if (two_doubles(vm, "fmod", args, nargs, kw, &x, &y) < 0) return V_NULL;
    if (isinf(y) && isfinite(x)) return float_new(vm, x);
    errno = 0;
    double r = fmod(x, y);
    if (isnan(r)) errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    if (errno && is_error(vm, r)) return V_NULL;
    return float_new(vm, r);
}

static Value m_pow(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x, y, r;
    if (two_doubles(vm, "pow", args, nargs, kw, &x, &y) < 0) return V_NULL;
    errno = 0;
    /* IEEE special values directly, as C99 Annex F says */
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0. ? 1. : x;
        } else if (isnan(y)) {
            r = x == 1. ? 1. : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.) r = odd_y ? x : fabs(x);
            else if (y == 0.) r = 1.;
            else r = odd_y ? copysign(0., x) : 0.;
        } else {
            if (fabs(x) == 1.0) r = 1.;
            else if (y > 0. && fabs(x) > 1.0) r = y;
            else if (y < 0. && fabs(x) < 1.0) r = -y;
            else r = 0.;
        }
    } else {
        r = pow(x, y);
        if (isnan(r)) errno = EDOM;
        else if (isinf(r)) errno = x == 0. ? EDOM : ERANGE;
    }
    if (errno && is_error(vm, r)) return V_NULL;
    return float_new(vm, r);
}

static Value m_degrees(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x;
    if (one_double(vm, "degrees", args, nargs, kw, &x) == V_NULL) return V_NULL;
    return float_new(vm, x * (180.0 / PI));
}

static Value m_radians(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x;
    if (one_double(vm, "radians", args, nargs, kw, &x) == V_NULL) return V_NULL;
    return float_new(vm, x * (PI / 180.0));
}

static Value m_isfinite(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x;
    if (one_double(vm, "isfinite", args, nargs, kw, &x) == V_NULL) return V_NULL;
    return v_bool(isfinite(x));
}

static Value m_isnan(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x;
    if (one_double(vm, "isnan", args, nargs, kw, &x) == V_NULL) return V_NULL;
    return v_bool(isnan(x));
}

static Value m_isinf(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x;
    if (one_double(vm, "isinf", args, nargs, kw, &x) == V_NULL) return V_NULL;
    return v_bool(isinf(x));
}

static Value m_isclose(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (nargs > 2)
        return exc_raisef(vm, vm->exc_TypeError,
                          "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
    Value p[4];
    if (arg_parse(vm, "isclose", args, nargs, kw, "a b * | rel_tol abs_tol", p) < 0) return V_NULL;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (as_double(vm, p[0], &a) < 0 || as_double(vm, p[1], &b) < 0) return V_NULL;
    if (p[2] != V_NULL && as_double(vm, p[2], &rel_tol) < 0) return V_NULL;
    if (p[3] != V_NULL && as_double(vm, p[3], &abs_tol) < 0) return V_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return exc_raisef(vm, vm->exc_ValueError, "tolerances must be non-negative");
    if (a == b) return V_TRUE;              /* two infinities of the same sign */
    if (isinf(a) || isinf(b)) return V_FALSE;
    double diff = fabs(b - a);
    return v_bool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

static Value m_nextafter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x, y;
    if (two_doubles(vm, "nextafter", args, nargs, kw, &x, &y) < 0) return V_NULL;
    return float_new(vm, nextafter(x, y));
}

static Value m_ulp(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    double x;
    if (one_double(vm, "ulp", args, nargs, kw, &x) == V_NULL) return V_NULL;
    if (isnan(x)) return float_new(vm, x);
    x = fabs(x);
    if (isinf(x)) return float_new(vm, x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) return float_new(vm, x - nextafter(x, -INFINITY));   /* x is DBL_MAX */
    return float_new(vm, x2 - x);
}

/* ---- logarithms ----------------------------------------------------------------------- */

/* _PyLong_Frexp for a positive int: x in [0.5, 1) correctly rounded and e with
   v ~= x * 2**e, for ints beyond the float range. */
static double big_frexp(Value v, int64_t *e)
{
    const RBig *b = (const RBig *)v;
    size_t nd = (size_t)(b->size < 0 ? -(int64_t)b->size : b->size);
    uint64_t nbits = int_bit_length(v);
    /* the top 55 bits (DBL_MANT_DIG + 2) with a sticky bit for everything below:
       converting that to a double rounds half-to-even exactly as CPython does */
    uint64_t shift = nbits - (DBL_MANT_DIG + 2);
    uint64_t top = 0;
    bool sticky = false;
    for (size_t i = 0; i < nd; i++) {
        uint64_t lo = (uint64_t)i * 32, d = b->digits[i];
        if (lo + 32 <= shift) {
            if (d) sticky = true;
        } else if (lo < shift) {
            unsigned s = (unsigned)(shift - lo);
            if (d & ((1u << s) - 1)) sticky = true;
            top |= d >> s;
        } else {
            top |= d << (lo - shift);
        }
    }
    if (sticky) top |= 1;
    double x = ldexp((double)top, -(DBL_MANT_DIG + 2));
    *e = (int64_t)nbits;
    if (x == 1.0) {
        x = 0.5;
        (*e)++;
    }
    return x;
}

/* loghelper: ints of any size directly, other values through math_1. */
static Value log_helper(rill_vm *vm, Value arg, double (*f)(double), const char *name)
{
    if (int_check(arg)) {
        if (int_sign(arg) <= 0) return exc_raisef(vm, vm->exc_ValueError, "math domain error");
        bool err = false;
        double x = int_to_double(vm, arg, &err);
        if (!err) return float_new(vm, f(x));
        if (!exc_matches(vm, vm->exc_OverflowError)) return V_NULL;
        exc_clear(vm);
        int64_t e;
        x = big_frexp(arg, &e);
        return float_new(vm, f(x) + f(2.0) * (double)e);
    }
    return math_1(vm, name, &arg, 1, NULL, f, false);
}

static Value m_log(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (kw && kw->n) return exc_raisef(vm, vm->exc_TypeError, "log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return exc_raisef(vm, vm->exc_TypeError, "math.log requires 1 to 2 arguments");
    Value num = log_helper(vm, args[0], c_log, "log");
    if (num == V_NULL || nargs == 1) return num;
    Value den = log_helper(vm, args[1], c_log, "log");
    if (den == V_NULL) {
        v_decref(vm, num);
        return V_NULL;
    }
    Value r = float_truediv(vm, v_float(num), v_float(den));
    v_decref(vm, num);
    v_decref(vm, den);
    return r;
}

static Value m_log2(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (one_arg(vm, "log2", nargs, kw) < 0) return V_NULL;
    return log_helper(vm, args[0], c_log2, "log2");
}

static Value m_log10(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (one_arg(vm, "log10", nargs, kw) < 0) return V_NULL;
    return log_helper(vm, args[0], c_log10, "log10");
}

/* ---- norms ------------------------------------------------------------------------------ */

/* sqrt(sum(x**2 for x in vec)) with power-of-two scaling, Veltkamp-Dekker squaring,
   compensated summation and a differential correction of the square root (CPython's
   vector_norm; max is the largest |x|, inf if any is infinite). */
static double vector_norm(size_t n, const double *vec, double max, bool found_nan)
{
    const double T27 = 134217729.0;     /* ldexp(1.0, 27) + 1.0 */
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double t, hi, lo, h;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e >= -1023) {
        scale = ldexp(1.0, -max_e);
        for (size_t i = 0; i < n; i++) {
            x = vec[i] * scale;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        x = h;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    /* subnormal max: ldexp(1.0, -max_e) would overflow, so divide by max instead */
    for (size_t i = 0; i < n; i++) {
        x = vec[i] / max;
        x = x * x;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    return max * sqrt(csum - 1.0 + frac1);
}

#define NUM_STACK_ELEMS 16

static Value m_hypot(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (kw && kw->n)
        return exc_raisef(vm, vm->exc_TypeError, "math.hypot() takes no keyword arguments");
    double stack[NUM_STACK_ELEMS];
    double *coords = nargs > NUM_STACK_ELEMS ? mem_alloc(vm, nargs * sizeof(double)) : stack;
    if (!coords) return V_NULL;
    double max = 0.0;
    bool found_nan = false;
    Value r = V_NULL;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (as_double(vm, args[i], &x) < 0) goto done;
        x = fabs(x);
        coords[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    r = float_new(vm, vector_norm(nargs, coords, max, found_nan));
done:
    if (coords != stack) mem_free(vm, coords, nargs * sizeof(double));
    return r;
}

/* A tuple of the items of v (v itself when it is one). */
static RTuple *as_tuple(rill_vm *vm, Value v)
{
    if (v_is_tuple(v)) {
        obj_incref(v_obj(v));
        return v_tuple(v);
    }
    return tuple_from_iter(vm, v);
}

static Value m_dist(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (pos_args(vm, "dist", nargs, kw, 2, 2) < 0) return V_NULL;
    RTuple *p = as_tuple(vm, args[0]);
    if (!p) return V_NULL;
    RTuple *q = as_tuple(vm, args[1]);
    if (!q) {
        obj_decref(vm, p);
        return V_NULL;
    }
    Value r = V_NULL;
    size_t n = p->n;
    double stack[NUM_STACK_ELEMS], *diffs = stack;
    if (n != q->n) {
        exc_raisef(vm, vm->exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > NUM_STACK_ELEMS && !(diffs = mem_alloc(vm, n * sizeof(double)))) goto done;
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (as_double(vm, p->items[i], &px) < 0 || as_double(vm, q->items[i], &qx) < 0) goto done;
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    r = float_new(vm, vector_norm(n, diffs, max, found_nan));
done:
    if (diffs && diffs != stack) mem_free(vm, diffs, n * sizeof(double));
    obj_decref(vm, p);
    obj_decref(vm, q);
    return r;
}

/* ---- sums and products ------------------------------------------------------------------ */

#define NUM_PARTIALS 32

/* Full precision summation (Shewchuk, as msum() with Dickinson's correctly rounded
   sum of the partials): the partials stay non-overlapping and increasing in magnitude. */
static Value m_fsum(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (one_arg(vm, "fsum", nargs, kw) < 0) return V_NULL;
    Value it = iter_get(vm, args[0]);
    if (it == V_NULL) return V_NULL;
    double ps[NUM_PARTIALS], *p = ps;
    size_t n = 0, m = NUM_PARTIALS, count = 0;
    double special_sum = 0.0, inf_sum = 0.0;
    volatile double hi, yr, lo = 0.0;
    Value r = V_NULL, item;
    while ((item = iter_next(vm, it)) != V_NULL) {
        double x, y, t;
        int rc = as_double(vm, item, &x);
        v_decref(vm, item);
        if (rc < 0) goto done;
        if ((++count & 1023) == 0 && vm_check_interrupt(vm) < 0) goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* from a nan or an inf among the items, or an intermediate overflow */
                if (isfinite(xsave)) {
                    exc_raisef(vm, vm->exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= m) {
                    size_t sz = m * sizeof(double);
                    double *np = p == ps ? mem_alloc(vm, 2 * sz) : mem_realloc(vm, p, sz, 2 * sz);
                    if (!np) goto done;
                    if (p == ps) memcpy(np, ps, n * sizeof(double));
                    p = np;
                    m *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (vm_exc_pending(vm)) goto done;
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) exc_raisef(vm, vm->exc_ValueError, "-inf + inf in fsum");
        else r = float_new(vm, special_sum);
        goto done;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* sum_exact(ps, hi) from the top, stopping when the sum becomes inexact */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    r = float_new(vm, hi);
done:
    if (p != ps) mem_free(vm, p, m * sizeof(double));
    v_decref(vm, it);
    return r;
}

/* prod(iterable, *, start=1): CPython's fast paths multiply exactly as the generic
   operator does, so the generic one gives the same results. */
static Value m_prod(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    size_t nkw = kw ? kw->n : 0;
    if (nargs != 1)
        return exc_raisef(vm, vm->exc_TypeError,
                          "prod() takes exactly 1 positional argument (%zu given)", nargs);
    Value start = v_int(1);
    for (size_t i = 0; i < nkw; i++) {
        RStr *name = v_str(kw->items[i]);
        if (!str_eq_cstr(name, "start"))
            return exc_raisef(vm, vm->exc_TypeError,
                              "'%U' is an invalid keyword argument for prod()",
                              name);
        start = args[nargs + i];
    }
    Value it = iter_get(vm, args[0]);
    if (it == V_NULL) return V_NULL;
    Value result = v_incref(start), item;
    size_t count = 0;
    while ((item = iter_next(vm, it)) != V_NULL) {
        Value t = obj_binop(vm, BINOP_MUL, result, item);
        v_decref(vm, item);
        if (t == V_NULL || ((++count & 1023) == 0 && vm_check_interrupt(vm) < 0)) {
            v_decref(vm, t);
            v_store(vm, &result, V_NULL);
            break;
        }
        v_store(vm, &result, t);
    }
    if (vm_exc_pending(vm)) v_store(vm, &result, V_NULL);
    v_decref(vm, it);
    return result;
}

/* ---- integer functions ------------------------------------------------------------------ */

/* Steals a and b; returns a OP b or V_NULL. */
typedef Value (*IntOp)(rill_vm *, Value, Value);
static Value op_steal(rill_vm *vm, IntOp op, Value a, Value b)
{
    Value r = a == V_NULL || b == V_NULL ? V_NULL : op(vm, a, b);
    v_decref(vm, a);
    v_decref(vm, b);
    return r;
}

static Value int_abs_wrap(rill_vm *vm, Value a, Value unused)
{
    return int_abs(vm, a);
}

static Value gcd_lcm(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw, bool lcm)
{
    if (kw && kw->n)
        return exc_raisef(vm, vm->exc_TypeError, "math.%s() takes no keyword arguments",
                          lcm ? "lcm" : "gcd");
    if (nargs == 0) return v_int(lcm ? 1 : 0);
    Value res = as_index(vm, args[0]);
    if (res == V_NULL) return V_NULL;
    if (nargs == 1) return op_steal(vm, int_abs_wrap, res, V_NONE);
    for (size_t i = 1; i < nargs; i++) {
        Value x = as_index(vm, args[i]);
        if (x == V_NULL) {
            v_decref(vm, res);
            return V_NULL;
        }
        /* once the result is 1 (gcd) or 0 (lcm) the rest are only checked */
        if (res == v_int(lcm ? 0 : 1)) {
            v_decref(vm, x);
            continue;
        }
        Value r;
        if (!lcm) {
            r = int_gcd(vm, res, x);
        } else if (int_sign(res) == 0 || int_sign(x) == 0) {
            r = v_int(0);
        } else {
            Value g = int_gcd(vm, res, x);
            Value f = g == V_NULL ? V_NULL : op_steal(vm, int_floordiv, v_incref(res), g);
            Value mm = f == V_NULL ? V_NULL : op_steal(vm, int_mul, f, v_incref(x));
            r = mm == V_NULL ? V_NULL : op_steal(vm, int_abs_wrap, mm, V_NONE);
        }
        v_decref(vm, x);
        v_store(vm, &res, r);
        if (r == V_NULL) return V_NULL;
    }
    return res;
}

static Value m_gcd(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return gcd_lcm(vm, args, nargs, kw, false);
}

static Value m_lcm(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return gcd_lcm(vm, args, nargs, kw, true);
}

/* Given 2**62 <= n < 2**64, a with (a - 1)**2 < n < (a + 1)**2. */
static uint64_t approximate_isqrt(uint64_t n)
{
    uint32_t u = 1U + (uint32_t)(n >> 62);
    u = (u << 1) + (uint32_t)((n >> 59) / u);
    u = (u << 3) + (uint32_t)((n >> 53) / u);
    u = (u << 7) + (uint32_t)((n >> 41) / u);
    return ((uint64_t)u << 15) + (n >> 17) / u;
}

/* Integer square root by an adaptive-precision Newton iteration: each step keeps a
   within 1 of the square root of n >> 2*(c - d), with d doubling; a final correction
   picks a or a - 1. */
static Value m_isqrt(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (one_arg(vm, "isqrt", nargs, kw) < 0) return V_NULL;
    Value n = as_index(vm, args[0]);
    if (n == V_NULL) return V_NULL;
    Value a = V_NULL;
    if (int_sign(n) < 0) {
        exc_raisef(vm, vm->exc_ValueError, "isqrt() argument must be nonnegative");
        goto fail;
    }
    if (int_sign(n) == 0) {
        v_decref(vm, n);
        return v_int(0);
    }
    uint64_t c = (int_bit_length(n) - 1) / 2, m, u;
    if (c <= 31) {
        as_u64(n, &m);
        v_decref(vm, n);
        u = approximate_isqrt(m << (62 - 2 * c)) >> (31 - c);
        u -= u * u - 1U >= m;   /* not u*u > m: right when u == 2**32 */
        return int_from_u64(vm, u);
    }
    /* n >= 2**64: the first iterations in C, then ints */
    int c_bit_length = 6;
    while ((c >> c_bit_length) > 0) c_bit_length++;
    uint64_t d = c >> (c_bit_length - 5);
    Value b = int_rshift(vm, n, v_int((intptr_t)(2 * c - 62)));
    if (b == V_NULL) goto fail;
    as_u64(b, &m);
    v_decref(vm, b);
    u = approximate_isqrt(m) >> (31 - d);
    a = int_from_u64(vm, u);
    if (a == V_NULL) goto fail;
    for (int s = c_bit_length - 6; s >= 0; s--) {
        uint64_t e = d;
        d = c >> s;
        Value q = int_rshift(vm, n, v_int((intptr_t)(2 * c - d - e + 1)));
        q = q == V_NULL ? V_NULL : op_steal(vm, int_floordiv, q, v_incref(a));
        if (q == V_NULL) goto fail;
        Value sh = int_lshift(vm, a, v_int((intptr_t)(d - 1 - e)));
        v_store(vm, &a, op_steal(vm, int_add, sh, q));
        if (a == V_NULL) goto fail;
        if (vm_check_interrupt(vm) < 0) goto fail;
    }
    Value sq = int_mul(vm, a, a);
    if (sq == V_NULL) goto fail;
    int too_large = int_cmp(n, sq) < 0;
    v_decref(vm, sq);
    if (too_large) v_store(vm, &a, int_sub(vm, a, v_int(1)));
    v_decref(vm, n);
    return a;
fail:
    v_decref(vm, a);
    v_decref(vm, n);
    return V_NULL;
}

static unsigned bit_length_u64(uint64_t x)
{
    return x ? 64 - (unsigned)__builtin_clzll(x) : 0;
}

/* product(range(start, stop, 2)) for odd start < stop, by binary splitting; max_bits
   bounds the bit length of stop - 2. */
static Value factorial_partial_product(rill_vm *vm, uint64_t start, uint64_t stop,
                                       unsigned max_bits)
{
    uint64_t num_operands = (stop - start) / 2;
    if (num_operands <= 64 && num_operands * max_bits <= 64) {
        uint64_t total = start;
        for (uint64_t j = start + 2; j < stop; j += 2) total *= j;
        return int_from_u64(vm, total);
    }
    uint64_t midpoint = (start + num_operands) | 1;
    Value left = factorial_partial_product(vm, start, midpoint, bit_length_u64(midpoint - 2));
    if (left == V_NULL) return V_NULL;
    Value right = factorial_partial_product(vm, midpoint, stop, max_bits);
    return op_steal(vm, int_mul, left, right);
}

/* The odd part of n!: the product over i of the odd j <= n / 2**i. */
static Value factorial_odd_part(rill_vm *vm, uint64_t n)
{
    Value inner = v_int(1), outer = v_int(1);
    uint64_t upper = 3;
    for (int i = (int)bit_length_u64(n) - 2; i >= 0; i--) {
        uint64_t v = n >> i;
        if (v <= 2) continue;
        uint64_t lower = upper;
        upper = (v + 1) | 1;
        Value partial = factorial_partial_product(vm, lower, upper, bit_length_u64(upper - 2));
        inner = op_steal(vm, int_mul, inner, partial);
        if (inner == V_NULL) {
            v_decref(vm, outer);
            return V_NULL;
        }
        outer = op_steal(vm, int_mul, outer, v_incref(inner));
        if (outer == V_NULL || vm_check_interrupt(vm) < 0) {
            v_decref(vm, inner);
            v_decref(vm, outer);
            return V_NULL;
        }
    }
    v_decref(vm, inner);
    return outer;
}

static Value factorial(rill_vm *vm, Value arg)
{
    static const uint64_t small[] = {
        1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600,
        6227020800, 87178291200, 1307674368000, 20922789888000, 355687428096000,
        6402373705728000, 121645100408832000, 2432902008176640000
    };
    Value n = as_index(vm, arg);
    if (n == V_NULL) return V_NULL;
    int64_t x;
    bool fits = int_to_i64(n, &x);
    int sign = int_sign(n);
    v_decref(vm, n);
    if (!fits && sign > 0)
        return exc_raisef(vm, vm->exc_OverflowError, "factorial() argument should not exceed %lld",
                          (long long)INT64_MAX);
    if (!fits || x < 0)
        return exc_raisef(vm, vm->exc_ValueError, "factorial() not defined for negative values");
    if (x < (int64_t)(sizeof small / sizeof small[0])) return int_from_u64(vm, small[x]);
    /* odd_part << two_valuation, two_valuation = n - popcount(n) */
    Value odd = factorial_odd_part(vm, (uint64_t)x);
    if (odd == V_NULL) return V_NULL;
    int64_t two_valuation = x - __builtin_popcountll((unsigned long long)x);
    return op_steal(vm, int_lshift, odd, int_from_i64(vm, two_valuation));
}

static Value m_factorial(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (one_arg(vm, "factorial", nargs, kw) < 0) return V_NULL;
    return factorial(vm, args[0]);
}

/* P(n, k) or C(n, k) for n < 2**63 in 64-bit arithmetic while the result fits, splitting
   C(n, k) = C(n, j) * C(n-j, k-j) // C(k, j) (P likewise without the division). */
static Value perm_comb_small(rill_vm *vm, uint64_t n, uint64_t k, bool iscomb)
{
    if (k == 0) return v_int(1);
    uint64_t result = n;
    bool fits = true;
    for (uint64_t i = 1; i < k && fits; i++) {
        if (iscomb) {
            unsigned __int128 t = (unsigned __int128)result * (n - i) / (i + 1);
            fits = t <= UINT64_MAX;
            result = (uint64_t)t;
        } else {
            fits = !__builtin_mul_overflow(result, n - i, &result);
        }
    }
    if (fits) return int_from_u64(vm, result);
    uint64_t j = k / 2;
    Value a = perm_comb_small(vm, n, j, iscomb);
    if (a == V_NULL) return V_NULL;
    a = op_steal(vm, int_mul, a, perm_comb_small(vm, n - j, k - j, iscomb));
    if (iscomb && a != V_NULL) a = op_steal(vm, int_floordiv, a, perm_comb_small(vm, k, j, true));
    return a;
}

/* The same for any n (k < 2**63). */
static Value perm_comb(rill_vm *vm, Value n, uint64_t k, bool iscomb)
{
    if (k == 0) return v_int(1);
    if (k == 1) return v_incref(n);
    uint64_t j = k / 2;
    Value a = perm_comb(vm, n, j, iscomb);
    if (a == V_NULL) return V_NULL;
    Value nj = int_sub(vm, n, v_int((intptr_t)j));
    Value b = nj == V_NULL ? V_NULL : perm_comb(vm, nj, k - j, iscomb);
    v_decref(vm, nj);
    a = op_steal(vm, int_mul, a, b);
    if (iscomb && a != V_NULL) a = op_steal(vm, int_floordiv, a, perm_comb_small(vm, k, j, true));
    if (a != V_NULL && vm_check_interrupt(vm) < 0) v_store(vm, &a, V_NULL);
    return a;
}

/* n and k as non-negative ints (new references in out[0], out[1]). 0 / -1. */
static int perm_comb_args(rill_vm *vm, Value n, Value k, Value *out)
{
    out[0] = as_index(vm, n);
    if (out[0] == V_NULL) return -1;
    out[1] = as_index(vm, k);
    if (out[1] == V_NULL) {
        v_decref(vm, out[0]);
        return -1;
    }
    const char *bad = int_sign(out[0]) < 0 ? "n" : int_sign(out[1]) < 0 ? "k" : NULL;
    if (!bad) return 0;
    v_decref(vm, out[0]);
    v_decref(vm, out[1]);
    return exc_raisef_i(vm, vm->exc_ValueError, "%s must be a non-negative integer", bad);
}

static Value m_perm(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (pos_args(vm, "perm", nargs, kw, 1, 2) < 0) return V_NULL;
    if (nargs == 1 || args[1] == V_NONE) return factorial(vm, args[0]);
    Value nk[2];
    if (perm_comb_args(vm, args[0], args[1], nk) < 0) return V_NULL;
    Value r;
    uint64_t n, k;
    if (int_cmp(nk[0], nk[1]) < 0) r = v_int(0);
    else if (!as_u64(nk[1], &k) || k > INT64_MAX)
        r = exc_raisef(vm, vm->exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    else if (as_u64(nk[0], &n) && n <= INT64_MAX && k > 1) r = perm_comb_small(vm, n, k, false);
    else r = perm_comb(vm, nk[0], k, false);
    v_decref(vm, nk[0]);
    v_decref(vm, nk[1]);
    return r;
}

static Value m_comb(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (pos_args(vm, "comb", nargs, kw, 2, 2) < 0) return V_NULL;
    Value nk[2];
    if (perm_comb_args(vm, args[0], args[1], nk) < 0) return V_NULL;
    Value r = V_NULL;
    uint64_t n, k;
    if (as_u64(nk[0], &n) && n <= INT64_MAX) {
        if (!as_u64(nk[1], &k) || k > n) {
            r = v_int(0);
        } else {
            if (n - k < k) k = n - k;
            r = k > 1 ? perm_comb_small(vm, n, k, true) : perm_comb(vm, nk[0], k, true);
        }
    } else {
        /* k = min(k, n - k) */
        Value t = int_sub(vm, nk[0], nk[1]);
        if (t == V_NULL) goto done;
        if (int_sign(t) < 0) {
            v_decref(vm, t);
            r = v_int(0);
            goto done;
        }
        if (int_cmp(t, nk[1]) < 0) v_store(vm, &nk[1], t);
        else v_decref(vm, t);
        if (!as_u64(nk[1], &k) || k > INT64_MAX)
            r = exc_raisef(vm, vm->exc_OverflowError, "min(n - k, k) must not exceed %lld",
                           (long long)INT64_MAX);
        else
            r = perm_comb(vm, nk[0], k, true);
    }
done:
    v_decref(vm, nk[0]);
    v_decref(vm, nk[1]);
    return r;
}

/* ---- the module ------------------------------------------------------------------------- */

static const CFuncDef math_funcs[] = {
    { "acos", m_acos, CF_KEYWORDS, -1, -1, "Return the arc cosine (measured in radians) of x." },
    { "acosh", m_acosh, CF_KEYWORDS, -1, -1, "Return the inverse hyperbolic cosine of x." },
    { "asin", m_asin, CF_KEYWORDS, -1, -1, "Return the arc sine (measured in radians) of x." },
    { "asinh", m_asinh, CF_KEYWORDS, -1, -1, "Return the inverse hyperbolic sine of x." },
    { "atan", m_atan, CF_KEYWORDS, -1, -1, "Return the arc tangent (measured in radians) of x." },
    { "atan2", m_atan2, CF_KEYWORDS, -1, -1,
     "Return the arc tangent (measured in radians) of y/x." },
    { "atanh", m_atanh, CF_KEYWORDS, -1, -1, "Return the inverse hyperbolic tangent of x." },
    { "cbrt", m_cbrt, CF_KEYWORDS, -1, -1, "Return the cube root of x." },
    { "ceil", m_ceil, CF_KEYWORDS, -1, -1, "Return the ceiling of x as an Integral." },
    { "comb", m_comb, CF_KEYWORDS, -1, -1,
      "Number of ways to choose k items from n items without repetition and without order." },
    { "copysign", m_copysign, CF_KEYWORDS, -1, -1,
      "Return a float with the magnitude (absolute value) of x but the sign of y." },
    { "cos", m_cos, CF_KEYWORDS, -1, -1, "Return the cosine of x (measured in radians)." },
    { "cosh", m_cosh, CF_KEYWORDS, -1, -1, "Return the hyperbolic cosine of x." },
    { "degrees", m_degrees, CF_KEYWORDS, -1, -1, "Convert angle x from radians to degrees." },
    { "dist", m_dist, CF_KEYWORDS, -1, -1,
     "Return the Euclidean distance between two points p and q." },
    { "erf", m_erf, CF_KEYWORDS, -1, -1, "Error function at x." },
    { "erfc", m_erfc, CF_KEYWORDS, -1, -1, "Complementary error function at x." },
    { "exp", m_exp, CF_KEYWORDS, -1, -1, "Return e raised to the power of x." },
    { "exp2", m_exp2, CF_KEYWORDS, -1, -1, "Return 2 raised to the power of x." },
    { "expm1", m_expm1, CF_KEYWORDS, -1, -1, "Return exp(x)-1." },
    { "fabs", m_fabs, CF_KEYWORDS, -1, -1, "Return the absolute value of the float x." },
    { "factorial", m_factorial, CF_KEYWORDS, -1, -1, "Find x!." },
    { "floor", m_floor, CF_KEYWORDS, -1, -1, "Return the floor of x as an Integral." },
    { "fmod", m_fmod, CF_KEYWORDS, -1, -1, "Return fmod(x, y), according to platform C." },
    { "frexp", m_frexp, CF_KEYWORDS, -1, -1,
     "Return the mantissa and exponent of x, as pair (m, e)." },
    { "fsum", m_fsum, CF_KEYWORDS, -1, -1,
      "Return an accurate floating point sum of values in the iterable seq." },
    { "gamma", m_gamma, CF_KEYWORDS, -1, -1, "Gamma function at x." },
    { "gcd", m_gcd, CF_KEYWORDS, -1, -1, "Greatest Common Divisor." },
    { "hypot", m_hypot, CF_KEYWORDS, -1, -1,
      "Multidimensional Euclidean distance from the origin to a point." },
    { "isclose", m_isclose, CF_KEYWORDS, -1, -1,
      "Determine whether two floating point numbers are close in value." },
    { "isfinite", m_isfinite, CF_KEYWORDS, -1, -1,
      "Return True if x is neither an infinity nor a NaN, and False otherwise." },
    { "isinf", m_isinf, CF_KEYWORDS, -1, -1,
      "Return True if x is a positive or negative infinity, and False otherwise." },
    { "isnan", m_isnan, CF_KEYWORDS, -1, -1,
      "Return True if x is a NaN (not a number), and False otherwise." },
    { "isqrt", m_isqrt, CF_KEYWORDS, -1, -1,
     "Return the integer part of the square root of the input." },
    { "lcm", m_lcm, CF_KEYWORDS, -1, -1, "Least Common Multiple." },
    { "ldexp", m_ldexp, CF_KEYWORDS, -1, -1, "Return x * (2**i)." },
    { "lgamma", m_lgamma, CF_KEYWORDS, -1, -1,
      "Natural logarithm of absolute value of Gamma function at x." },
    { "log", m_log, CF_KEYWORDS, -1, -1, "Return the logarithm of x to the given base." },
    { "log10", m_log10, CF_KEYWORDS, -1, -1, "Return the base 10 logarithm of x." },
    { "log1p", m_log1p, CF_KEYWORDS, -1, -1, "Return the natural logarithm of 1+x (base e)." },
    { "log2", m_log2, CF_KEYWORDS, -1, -1, "Return the base 2 logarithm of x." },
    { "modf", m_modf, CF_KEYWORDS, -1, -1, "Return the fractional and integer parts of x." },
    { "nextafter", m_nextafter, CF_KEYWORDS, -1, -1,
      "Return the next floating-point value after x towards y." },
    { "perm", m_perm, CF_KEYWORDS, -1, -1,
      "Number of ways to choose k items from n items without repetition and with order." },
    { "pow", m_pow, CF_KEYWORDS, -1, -1, "Return x**y (x to the power of y)." },
    { "prod", m_prod, CF_KEYWORDS, -1, -1,
      "Calculate the product of all the elements in the input iterable." },
    { "radians", m_radians, CF_KEYWORDS, -1, -1, "Convert angle x from degrees to radians." },
    { "remainder", m_remainder, CF_KEYWORDS, -1, -1,
      "Difference between x and the closest integer multiple of y." },
    { "sin", m_sin, CF_KEYWORDS, -1, -1, "Return the sine of x (measured in radians)." },
    { "sinh", m_sinh, CF_KEYWORDS, -1, -1, "Return the hyperbolic sine of x." },
    { "sqrt", m_sqrt, CF_KEYWORDS, -1, -1, "Return the square root of x." },
    { "tan", m_tan, CF_KEYWORDS, -1, -1, "Return the tangent of x (measured in radians)." },
    { "tanh", m_tanh, CF_KEYWORDS, -1, -1, "Return the hyperbolic tangent of x." },
    { "trunc", m_trunc, CF_KEYWORDS, -1, -1,
      "Truncates the Real x to the nearest Integral toward 0." },
    { "ulp", m_ulp, CF_KEYWORDS, -1, -1,
     "Return the value of the least significant bit of the float x." },
    { NULL, NULL, 0, 0, 0, NULL }
};

int stdlib_math_init(rill_vm *vm, RModule *m)
{
    static const struct { const char *name; double value; } consts[] = {
        { "pi", 3.141592653589793238462643383279502884 },
        { "e", 2.718281828459045235360287471352662498 },
        { "tau", 6.283185307179586476925286766559005768 },
        { "inf", INFINITY },
        { "nan", NAN },
    };
    if (cfunc_add_all(vm, m->dict, math_funcs, NULL) < 0) return -1;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        Value f = float_new(vm, consts[i].value);
        RStr *k = f != V_NULL ? str_intern_cstr(vm, consts[i].name) : NULL;
        int r = k ? dict_set_str(vm, m->dict, k, f) : -1;
        obj_xdecref(vm, k);
        v_decref(vm, f);
        if (r < 0) return -1;
    }
    return 0;
}
