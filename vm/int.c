/*
** int.c — Python ints: the Value-level operations of int.h over small (unboxed) ints and
** RBig bignums, with CPython's semantics and messages. Small operands take overflow-
** checked fast paths; everything else goes through a magnitude view (Mag) of each
** operand and the digit algorithms of bigint.c. Results are always normalized: an RBig
** never holds a value of the small range.
**
** RBig storage: a result is often allocated one digit longer than it turns out to be
** (the carry of an addition). Rather than reallocating, the unused digits are recorded
** in the header's aux field, which big_size() counts, so the block is freed with the
** size it was allocated with.
*/
#include <float.h>
#include <math.h>
#include <string.h>
#include "int.h"
#include "float.h"
#include "str.h"
#include "seq.h"
#include "bigint.h"

#define MAX_DIGITS ((size_t)INT32_MAX)

/* ---- operand views ------------------------------------------------------------------ */

typedef struct Mag {
    const digit *d;
    size_t n;                   /* normalized: 0 for zero */
    bool neg;
    digit buf[2];               /* the digits of a small int */
} Mag;

static inline Value unbool(Value v)
{
    return v == V_TRUE ? v_int(1) : v == V_FALSE ? v_int(0) : v;
}

static void mag_u64(Mag *m, uint64_t u, bool neg)
{
    m->buf[0] = (digit)u;
    m->buf[1] = (digit)(u >> 32);
    m->d = m->buf;
    m->n = u == 0 ? 0 : (u >> 32) ? 2 : 1;
    m->neg = neg && u != 0;
}

static void mag_get(Value v, Mag *m)
{
    v = unbool(v);
    if (v_is_int(v)) {
        int64_t i = v_as_int(v);
        mag_u64(m, i < 0 ? 0 - (uint64_t)i : (uint64_t)i, i < 0);
    } else {
        const RBig *b = (const RBig *)v;
        m->d = b->digits;
        m->n = (size_t)(b->size < 0 ? -(int64_t)b->size : b->size);
        m->neg = b->size < 0;
    }
}

/* The low 64 bits of |m| (all of it when m->n <= 2). */
static uint64_t mag_low64(const Mag *m)
{
    return m->n == 0 ? 0 : m->d[0] | (m->n >= 2 ? (uint64_t)m->d[1] << 32 : 0);
}

static uint64_t mag_bits(const digit *d, size_t n)
{
    if (n == 0) return 0;
    return (uint64_t)(n - 1) * 32 + (uint64_t)(32 - __builtin_clz(d[n - 1]));
}

/* ---- allocation and normalization --------------------------------------------------- */

size_t big_size(const RBig *b)
{
    size_t n = (size_t)(b->size < 0 ? -(int64_t)b->size : b->size);
    return offsetof(RBig, digits) + (n + b->h.aux) * sizeof(digit);
}

/* A bignum of n digits (contents undefined), to be finished with big_finish. */
static RBig *big_alloc(rill_vm *vm, size_t n)
{
    if (n > MAX_DIGITS) return (RBig *)(exc_nomem(vm), NULL);
    if (n == 0) n = 1;
    RBig *b = obj_alloc(vm, K_INT, vm->cls_int, offsetof(RBig, digits) + n * sizeof(digit),
                        false);
    if (!b) return NULL;
    b->size = (int32_t)n;
    b->h.aux = 0;
    return b;
}

/* Takes over b (fresh from big_alloc, size = allocated digits) and makes it a proper
   int: strips leading zeros, demotes to a small int when it fits, trims a large excess. */
static Value big_finish(rill_vm *vm, RBig *b, bool neg)
{
    size_t alloc = (size_t)b->size;
    size_t n = big_mag_len(b->digits, alloc);
    if (n <= 2) {
        uint64_t u = n == 0 ? 0 : b->digits[0];
        if (n == 2) u |= (uint64_t)b->digits[1] << 32;
        if (u <= (uint64_t)V_SMALL_MAX || (neg && u == (uint64_t)V_SMALL_MAX + 1)) {
            obj_decref(vm, b);
            return v_int(neg ? (intptr_t)(0 - u) : (intptr_t)u);
        }
    }
    size_t slack = alloc - n;
    if (slack > 0xFFFF || (slack > 8 && slack > n / 4)) {
        RBig *t = big_alloc(vm, n);
        if (!t) {
            obj_decref(vm, b);
            return V_NULL;
        }
        memcpy(t->digits, b->digits, n * sizeof(digit));
        obj_decref(vm, b);
        b = t;
        slack = 0;
    }
    b->size = neg ? -(int32_t)n : (int32_t)n;
    b->h.aux = (uint16_t)slack;
    return v_from_obj(b);
}

static Value from_mag(rill_vm *vm, const digit *d, size_t n, bool neg)
{
    RBig *b = big_alloc(vm, n);
    if (!b) return V_NULL;
    if (n) memcpy(b->digits, d, n * sizeof(digit));
    else b->digits[0] = 0;
    return big_finish(vm, b, neg);
}

static Value from_u64(rill_vm *vm, uint64_t u, bool neg)
{
    Mag m;
    mag_u64(&m, u, neg);
    return from_mag(vm, m.d, m.n, neg);
}

Value int_from_i64(rill_vm *vm, int64_t i)
{
    if (v_fits_small(i)) return v_int((intptr_t)i);
    return from_u64(vm, i < 0 ? 0 - (uint64_t)i : (uint64_t)i, i < 0);
}

Value int_from_u64(rill_vm *vm, uint64_t u)
{
    if (u <= (uint64_t)V_SMALL_MAX) return v_int((intptr_t)u);
    return from_u64(vm, u, false);
}

/* ---- doubles ------------------------------------------------------------------------ */

/* The magnitude of an integral double 0 <= d < 2^1024, into buf (33 digits). */
static size_t mag_from_intdouble(double d, digit *buf)
{
    if (d == 0) return 0;
    int e;
    double m = frexp(d, &e);                    /* d = m * 2^e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);     /* d = mant * 2^(e-53) */
    int shift = e - 53;
    size_t n = (size_t)(e + 31) / 32;
    memset(buf, 0, n * sizeof(digit));
    if (shift <= 0) {
        mant >>= -shift;
        buf[0] = (digit)mant;
        if (n > 1) buf[1] = (digit)(mant >> 32);
    } else {
        size_t w = (size_t)shift / 32;
        unsigned s = (unsigned)shift % 32;
        uint64_t lo = mant << s;
        uint64_t hi = s ? mant >> (64 - s) : 0;
        buf[w] = (digit)lo;
        if (w + 1 < n) buf[w + 1] = (digit)(lo >> 32);
        if (w + 2 < n) buf[w + 2] = (digit)hi;
    }
    return big_mag_len(buf, n);
}

Value int_from_double(rill_vm *vm, double d)
{
    if (isinf(d))
        return exc_raisef(vm, vm->exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return exc_raisef(vm, vm->exc_ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (fabs(d) < 4611686018427387904.0) return int_from_i64(vm, (int64_t)d);
    digit buf[34];
    size_t n = mag_from_intdouble(fabs(d), buf);
    return from_mag(vm, buf, n, d < 0);
}

/* |m| as a double, correctly rounded; *over set when it is too large. */
static double mag_to_double(const Mag *m, bool *over)
{
    *over = false;
    if (m->n <= 2) return (double)mag_low64(m);
    uint64_t bits = mag_bits(m->d, m->n);
    if (bits > DBL_MAX_EXP) {
        *over = true;
        return 0;
    }
    /* The top 64 bits, with the lowest one set if anything below is nonzero: the
       hardware conversion then rounds half-even exactly as the full value would. */
    size_t top = m->n - 1;
    unsigned s = (unsigned)(bits - (uint64_t)top * 32);     /* bits in the top digit */
    uint64_t u = (uint64_t)m->d[top] << (64 - s);
    u |= (uint64_t)m->d[top - 1] << (32 - s);
    uint64_t rest = (uint64_t)m->d[top - 2];
    if (s < 32) u |= rest >> s;
    bool sticky = s < 32 ? (digit)(rest << (32 - s)) != 0 : rest != 0;
    for (size_t i = 0; !sticky && i < top - 2; i++) sticky = m->d[i] != 0;
    if (sticky) u |= 1;
    double r = ldexp((double)u, (int)bits - 64);
    if (isinf(r)) *over = true;
    return r;
}

double int_to_double(rill_vm *vm, Value v, bool *err)
{
    v = unbool(v);
    *err = false;
    if (v_is_int(v)) return (double)v_as_int(v);
    Mag m;
    mag_get(v, &m);
    bool over;
    double r = mag_to_double(&m, &over);
    if (over) {
        *err = true;
        exc_raisef(vm, vm->exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return m.neg ? -r : r;
}

bool int_to_i64(Value v, int64_t *out)
{
    v = unbool(v);
    if (v_is_int(v)) {
        *out = v_as_int(v);
        return true;
    }
    Mag m;
    mag_get(v, &m);
    if (m.n > 2) return false;
    uint64_t u = mag_low64(&m);
    if (m.neg) {
        if (u > (uint64_t)1 << 63) return false;
        *out = u == (uint64_t)1 << 63 ? INT64_MIN : -(int64_t)u;
    } else {
        if (u > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)u;
    }
    return true;
}

int int_cmp_double(Value a, double d)
{
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    a = unbool(a);
    if (v_is_int(a)) {
        int64_t i = v_as_int(a);
        if (i >= -(INT64_C(1) << 53) && i <= (INT64_C(1) << 53)) {
            double x = (double)i;
            return x < d ? -1 : x > d ? 1 : 0;
        }
    }
    Mag m;
    mag_get(a, &m);
    int sa = m.n == 0 ? 0 : m.neg ? -1 : 1;
    int sd = d > 0 ? 1 : d < 0 ? -1 : 0;
    if (sa != sd) return sa < sd ? -1 : 1;
    if (sa == 0) return 0;
    /* Same sign: compare magnitudes. */
    double ad = fabs(d);
    int e;
    frexp(ad, &e);                              /* 2^(e-1) <= ad < 2^e */
    uint64_t bits = mag_bits(m.d, m.n);         /* 2^(bits-1) <= |a| < 2^bits */
    int c;
    /* e is <= 0 when |d| < 0.5: then any nonzero int is larger */
    if (e <= 0 || bits != (uint64_t)e) {
        c = e <= 0 || bits > (uint64_t)e ? 1 : -1;
    } else {
        double ip = floor(ad);
        digit buf[34];
        size_t n = mag_from_intdouble(ip, buf);
        c = big_mag_cmp(m.d, m.n, buf, n);
        if (c == 0 && ad != ip) c = -1;
    }
    return sa > 0 ? c : -c;
}

/* ---- comparisons, hash, bits -------------------------------------------------------- */

int int_sign(Value a)
{
    a = unbool(a);
    if (v_is_int(a)) {
        intptr_t i = v_as_int(a);
        return i < 0 ? -1 : i > 0;
    }
    return ((RBig *)a)->size < 0 ? -1 : 1;
}

int int_cmp(Value a, Value b)
{
    a = unbool(a);
    b = unbool(b);
    if (v_is_int(a) && v_is_int(b)) {
        intptr_t x = v_as_int(a), y = v_as_int(b);
        return x < y ? -1 : x > y;
    }
    Mag x, y;
    mag_get(a, &x);
    mag_get(b, &y);
    if (x.neg != y.neg) return x.neg ? -1 : 1;
    int c = big_mag_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t int_hash(Value a)
{
    a = unbool(a);
    if (v_is_int(a)) {
        int64_t i = v_as_int(a);
        if (i > -(int64_t)HASH_MODULUS && i < (int64_t)HASH_MODULUS) return i == -1 ? -2 : i;
    }
    Mag m;
    mag_get(a, &m);
    uint64_t x = 0;
    for (size_t i = m.n; i-- > 0;) {
        x = ((x << 32) & HASH_MODULUS) | (x >> (HASH_BITS - 32));
        x += m.d[i];
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    int64_t h = m.neg ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

uint64_t int_bit_length(Value a)
{
    Mag m;
    mag_get(a, &m);
    return mag_bits(m.d, m.n);
}

/* ---- addition and subtraction ------------------------------------------------------- */

/* a + b, where b's sign is taken as bneg (so subtraction is addition of -b). */
static Value add_mags(rill_vm *vm, const Mag *a, const Mag *b, bool bneg)
{
    if (a->neg == bneg || b->n == 0 || a->n == 0) {
        bool neg = a->n ? a->neg : bneg;
        if (a->n < b->n) {
            const Mag *t = a; a = b; b = t;
        }
        RBig *r = big_alloc(vm, a->n + 1);
        if (!r) return V_NULL;
        r->digits[a->n] = big_mag_add(r->digits, a->d, a->n, b->d, b->n);
        return big_finish(vm, r, neg);
    }
    int c = big_mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return v_int(0);
    bool neg = a->neg;
    if (c < 0) {
        const Mag *t = a; a = b; b = t;
        neg = bneg;
    }
    RBig *r = big_alloc(vm, a->n);
    if (!r) return V_NULL;
    big_mag_sub(r->digits, a->d, a->n, b->d, b->n);
    return big_finish(vm, r, neg);
}

Value int_add(rill_vm *vm, Value a, Value b)
{
    a = unbool(a);
    b = unbool(b);
    if (v_is_int(a) && v_is_int(b))
        return int_from_i64(vm, (int64_t)v_as_int(a) + (int64_t)v_as_int(b));
    Mag x, y;
    mag_get(a, &x);
    mag_get(b, &y);
    return add_mags(vm, &x, &y, y.neg);
}

Value int_sub(rill_vm *vm, Value a, Value b)
{
    a = unbool(a);
    b = unbool(b);
    if (v_is_int(a) && v_is_int(b))
        return int_from_i64(vm, (int64_t)v_as_int(a) - (int64_t)v_as_int(b));
    Mag x, y;
    mag_get(a, &x);
    mag_get(b, &y);
    return add_mags(vm, &x, &y, !y.neg && y.n != 0);
}

Value int_neg(rill_vm *vm, Value a)
{
    a = unbool(a);
    if (v_is_int(a)) return int_from_i64(vm, -(int64_t)v_as_int(a));
    Mag m;
    mag_get(a, &m);
    return from_mag(vm, m.d, m.n, !m.neg);
}

Value int_abs(rill_vm *vm, Value a)
{
    return int_sign(a) < 0 ? int_neg(vm, a) : v_incref(unbool(a));
}

Value int_invert(rill_vm *vm, Value a)
{
    a = unbool(a);
    if (v_is_int(a)) return v_int(~v_as_int(a));
    Value t = int_add(vm, a, v_int(1));
    if (!t) return V_NULL;
    Value r = int_neg(vm, t);
    v_decref(vm, t);
    return r;
}

/* ---- multiplication ----------------------------------------------------------------- */

static Value mul_mags(rill_vm *vm, const Mag *a, const Mag *b)
{
    if (a->n == 0 || b->n == 0) return v_int(0);
    RBig *r = big_alloc(vm, a->n + b->n);
    if (!r) return V_NULL;
    if (big_mag_mul(vm, r->digits, a->d, a->n, b->d, b->n) < 0) {
        obj_decref(vm, r);
        return V_NULL;
    }
    return big_finish(vm, r, a->neg != b->neg);
}

Value int_mul(rill_vm *vm, Value a, Value b)
{
    a = unbool(a);
    b = unbool(b);
    if (v_is_int(a) && v_is_int(b)) {
        int64_t r;
        if (!__builtin_mul_overflow((int64_t)v_as_int(a), (int64_t)v_as_int(b), &r))
            return int_from_i64(vm, r);
    }
    Mag x, y;
    mag_get(a, &x);
    if (a == b) return mul_mags(vm, &x, &x);
    mag_get(b, &y);
    return mul_mags(vm, &x, &y);
}

/* ---- division ----------------------------------------------------------------------- */

/* Floor division and modulo of a by b != 0: *pq and/or *pr (either may be NULL). */
static int divmod_values(rill_vm *vm, Value a, Value b, Value *pq, Value *pr)
{
    a = unbool(a);
    b = unbool(b);
    if (v_is_int(a) && v_is_int(b)) {
        int64_t x = v_as_int(a), y = v_as_int(b);
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            r += y;
            q--;
        }
        if (pq && !(*pq = int_from_i64(vm, q))) return -1;
        if (pr) *pr = v_int((intptr_t)r);
        return 0;
    }
    Mag x, y;
    mag_get(a, &x);
    mag_get(b, &y);
    RBig *q = NULL, *r = NULL;
    size_t qn = x.n >= y.n ? x.n - y.n + 1 : 1;
    /* q gets one spare digit for the floor adjustment's +1 */
    if (pq && !(q = big_alloc(vm, qn + 1))) return -1;
    if (!(r = big_alloc(vm, y.n))) goto fail;
    if (x.n >= y.n) {
        if (big_mag_divmod(vm, q ? q->digits : NULL, r->digits, x.d, x.n, y.d, y.n) < 0)
            goto fail;
    } else {
        if (q) q->digits[0] = 0;
        memset(r->digits, 0, y.n * sizeof(digit));
        memcpy(r->digits, x.d, x.n * sizeof(digit));
    }
    if (q) q->digits[qn] = 0;
    bool rnonzero = big_mag_len(r->digits, y.n) != 0;
    if (x.neg != y.neg && rnonzero) {
        /* Truncated to floored: q = -(|q| + 1), r = |b| - |r| with b's sign. */
        if (q) {
            for (size_t i = 0; i <= qn && ++q->digits[i] == 0; i++) {
            }
        }
        big_mag_sub(r->digits, y.d, y.n, r->digits, y.n);
    }
    if (pq) {
        *pq = big_finish(vm, q, x.neg != y.neg);
        q = NULL;
        if (!*pq) goto fail;
    }
    if (pr) {
        *pr = big_finish(vm, r, y.neg);
        if (!*pr) {
            if (pq) v_decref(vm, *pq);
            return -1;
        }
    } else {
        obj_decref(vm, r);
    }
    return 0;
fail:
    if (q) obj_decref(vm, q);
    if (r) obj_decref(vm, r);
    return -1;
}

Value int_floordiv(rill_vm *vm, Value a, Value b)
{
    if (int_sign(b) == 0)
        return exc_raisef(vm, vm->exc_ZeroDivisionError, "integer division or modulo by zero");
    Value q;
    return divmod_values(vm, a, b, &q, NULL) < 0 ? V_NULL : q;
}

Value int_mod(rill_vm *vm, Value a, Value b)
{
    if (int_sign(b) == 0)
        return exc_raisef(vm, vm->exc_ZeroDivisionError, "integer modulo by zero");
    Value r;
    return divmod_values(vm, a, b, NULL, &r) < 0 ? V_NULL : r;
}

Value int_divmod(rill_vm *vm, Value a, Value b)
{
    if (int_sign(b) == 0)
        return exc_raisef(vm, vm->exc_ZeroDivisionError, "integer division or modulo by zero");
    Value q, r;
    if (divmod_values(vm, a, b, &q, &r) < 0) return V_NULL;
    RTuple *t = tuple_pack(vm, 2, q, r);
    v_decref(vm, q);
    v_decref(vm, r);
    return t ? v_from_obj(t) : V_NULL;
}

/* Correctly rounded |a| / |b| for nonzero b, following CPython's long_true_divide: scale
   a so that the integer quotient has DBL_MANT_DIG + 2 or 3 bits, divide, fold the
   remainder into a sticky bit, round half-even by hand, and scale back with ldexp. */
static Value truediv_mags(rill_vm *vm, const Mag *a, const Mag *b)
{
    bool negate = a->neg != b->neg;
    if (a->n == 0) return float_new(vm, negate ? -0.0 : 0.0);
    int64_t abits = (int64_t)mag_bits(a->d, a->n), bbits = (int64_t)mag_bits(b->d, b->n);
    int64_t diff = abits - bbits;
    if (diff > DBL_MAX_EXP)
        return exc_raisef(vm, vm->exc_OverflowError,
                          "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return float_new(vm, negate ? -0.0 : 0.0);
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;

    /* x = |a| * 2^-shift, truncated; inexact if bits were dropped */
    bool inexact = false;
    size_t xn;
    digit *x;
    size_t xcap;
    if (shift <= 0) {
        size_t w = (size_t)(-shift) / 32;
        unsigned s = (unsigned)(-shift) % 32;
        xcap = a->n + w + 1;
        if (!(x = mem_alloc(vm, xcap * sizeof(digit)))) return V_NULL;
        memset(x, 0, w * sizeof(digit));
        x[a->n + w] = big_mag_shl(x + w, a->d, a->n, s);
        xn = big_mag_len(x, xcap);
    } else {
        size_t w = (size_t)shift / 32;
        unsigned s = (unsigned)shift % 32;
        xcap = a->n - w;
        if (!(x = mem_alloc(vm, xcap * sizeof(digit)))) return V_NULL;
        for (size_t i = 0; i < w && !inexact; i++) inexact = a->d[i] != 0;
        if (big_mag_shr(x, a->d + w, xcap, s)) inexact = true;
        xn = big_mag_len(x, xcap);
    }
    /* x //= |b| */
    uint64_t q = 0;
    if (xn >= b->n) {
        size_t qn = xn - b->n + 1;
        size_t tcap = qn + b->n;
        digit *t = mem_alloc(vm, tcap * sizeof(digit));
        if (!t) {
            mem_free(vm, x, xcap * sizeof(digit));
            return V_NULL;
        }
        if (big_mag_divmod(vm, t, t + qn, x, xn, b->d, b->n) < 0) {
            mem_free(vm, t, tcap * sizeof(digit));
            mem_free(vm, x, xcap * sizeof(digit));
            return V_NULL;
        }
        if (big_mag_len(t + qn, b->n)) inexact = true;
        q = t[0] | (qn > 1 ? (uint64_t)t[1] << 32 : 0);
        mem_free(vm, t, tcap * sizeof(digit));
    } else if (xn) {
        inexact = true;
    }
    mem_free(vm, x, xcap * sizeof(digit));

    int64_t xbits = q ? 64 - __builtin_clzll(q) : 0;
    int64_t extra = (xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = q | (uint64_t)inexact;
    if ((low & mask) && (low & (3 * mask - 1))) low += mask;
    q = low & ~(2 * mask - 1);
    double dx = (double)q;
    if (shift + xbits >= DBL_MAX_EXP
        && (shift + xbits > DBL_MAX_EXP || dx == ldexp(1.0, (int)xbits)))
        return exc_raisef(vm, vm->exc_OverflowError,
                          "integer division result too large for a float");
    double r = ldexp(dx, (int)shift);
    return float_new(vm, negate ? -r : r);
}

Value int_truediv(rill_vm *vm, Value a, Value b)
{
    a = unbool(a);
    b = unbool(b);
    if (int_sign(b) == 0) return exc_raisef(vm, vm->exc_ZeroDivisionError, "division by zero");
    if (v_is_int(a) && v_is_int(b)) {
        int64_t x = v_as_int(a), y = v_as_int(b);
        const int64_t lim = INT64_C(1) << DBL_MANT_DIG;
        if (x >= -lim && x <= lim && y >= -lim && y <= lim)
            return float_new(vm, (double)x / (double)y);
    }
    Mag x, y;
    mag_get(a, &x);
    mag_get(b, &y);
    return truediv_mags(vm, &x, &y);
}

/* ---- shifts ------------------------------------------------------------------------- */

/* |m| << s (s may be 0) with sign neg. */
static Value shl_mag(rill_vm *vm, const Mag *m, uint64_t s, bool neg)
{
    uint64_t w = s / 32;
    if (w > MAX_DIGITS || m->n + w + 1 > MAX_DIGITS) return exc_nomem(vm);
    RBig *r = big_alloc(vm, m->n + (size_t)w + 1);
    if (!r) return V_NULL;
    memset(r->digits, 0, (size_t)w * sizeof(digit));
    r->digits[m->n + w] = big_mag_shl(r->digits + w, m->d, m->n, (unsigned)(s % 32));
    return big_finish(vm, r, neg);
}

/* Would CPython (30-bit digits, 64-bit Py_ssize_t) refuse `a << shift` as "too many
   digits in integer" rather than attempting the allocation? */
static bool lshift_too_many_digits(const Mag *a, const Mag *shift)
{
    const uint64_t ssize_max = (uint64_t)INT64_MAX;
    const uint64_t max_long_digits = (ssize_max - 24) / 4;
    digit q[4];
    if (shift->n > 4) return true;
    digit rem = big_mag_divrem1(q, shift->d, shift->n, 30);
    size_t qn = big_mag_len(q, shift->n);
    uint64_t wordshift;
    if (qn > 2) {
        wordshift = ssize_max / 4;
        rem = 0;
    } else {
        wordshift = qn == 0 ? 0 : q[0] | (qn == 2 ? (uint64_t)q[1] << 32 : 0);
        if (wordshift >= ssize_max / 4) {
            wordshift = ssize_max / 4;
            rem = 0;
        }
    }
    uint64_t oldsize = (mag_bits(a->d, a->n) + 29) / 30;
    return oldsize + wordshift + (rem ? 1 : 0) > max_long_digits;
}

static Value shift_count(rill_vm *vm, Value b, Mag *s)
{
    mag_get(b, s);
    if (s->neg) return exc_raisef(vm, vm->exc_ValueError, "negative shift count");
    return V_NONE;
}

Value int_lshift(rill_vm *vm, Value a, Value b)
{
    a = unbool(a);
    b = unbool(b);
    Mag s, x;
    if (!shift_count(vm, b, &s)) return V_NULL;
    if (v_is_int(a) && v_is_int(b)) {
        int64_t i = v_as_int(a), n = v_as_int(b);
        if (i == 0) return v_int(0);
        uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
        if (n < 62 && 64 - __builtin_clzll(u) + n <= 62)
            return int_from_i64(vm, (int64_t)((uint64_t)i << n));
    }
    mag_get(a, &x);
    if (x.n == 0) return v_int(0);
    if (lshift_too_many_digits(&x, &s))
        return exc_raisef(vm, vm->exc_OverflowError, "too many digits in integer");
    if (s.n > 2) return exc_nomem(vm);
    return shl_mag(vm, &x, mag_low64(&s), x.neg);
}

Value int_rshift(rill_vm *vm, Value a, Value b)
{
    a = unbool(a);
    b = unbool(b);
    Mag s, x;
    if (!shift_count(vm, b, &s)) return V_NULL;
    if (v_is_int(a) && v_is_int(b)) {
        int64_t i = v_as_int(a), n = v_as_int(b);
        if (n >= 63) return v_int(i < 0 ? -1 : 0);
        return v_int((intptr_t)(i >= 0 ? i >> n : ~(~i >> n)));
    }
    mag_get(a, &x);
    uint64_t bits = mag_bits(x.d, x.n);
    uint64_t n = s.n > 2 ? UINT64_MAX : mag_low64(&s);
    if (n >= bits) return v_int(x.neg ? -1 : 0);
    size_t w = (size_t)(n / 32);
    size_t rn = x.n - w;
    RBig *r = big_alloc(vm, rn + 1);
    if (!r) return V_NULL;
    bool lost = big_mag_shr(r->digits, x.d + w, rn, (unsigned)(n % 32)) != 0;
    for (size_t i = 0; i < w && !lost; i++) lost = x.d[i] != 0;
    r->digits[rn] = 0;
    /* floor for negatives: -|x| >> n is -(|x| >> n) - 1 when bits were lost */
    if (x.neg && lost) {
        for (size_t i = 0; i <= rn && ++r->digits[i] == 0; i++) {
        }
    }
    return big_finish(vm, r, x.neg);
}

/* ---- bitwise ------------------------------------------------------------------------ */

/* Two's complement digit i of m, with *carry the running +1 of the negation. */
static inline digit twos_digit(const Mag *m, size_t i, uint64_t *carry)
{
    digit d = i < m->n ? m->d[i] : 0;
    if (!m->neg) return d;
    uint64_t t = (uint64_t)(digit)~d + *carry;
    *carry = t >> 32;
    return (digit)t;
}

static Value bitop(rill_vm *vm, Value a, Value b, char op)
{
    a = unbool(a);
    b = unbool(b);
    if (v_is_int(a) && v_is_int(b)) {
        intptr_t x = v_as_int(a), y = v_as_int(b);
        return v_int(op == '&' ? x & y : op == '|' ? x | y : x ^ y);
    }
    Mag x, y;
    mag_get(a, &x);
    mag_get(b, &y);
    size_t n = (x.n > y.n ? x.n : y.n) + 1;
    RBig *r = big_alloc(vm, n);
    if (!r) return V_NULL;
    uint64_t cx = 1, cy = 1;
    for (size_t i = 0; i < n; i++) {
        digit dx = twos_digit(&x, i, &cx), dy = twos_digit(&y, i, &cy);
        r->digits[i] = op == '&' ? dx & dy : op == '|' ? dx | dy : dx ^ dy;
    }
    bool neg = r->digits[n - 1] >> 31;
    if (neg) {
        uint64_t c = 1;
        for (size_t i = 0; i < n; i++) {
            uint64_t t = (uint64_t)(digit)~r->digits[i] + c;
            r->digits[i] = (digit)t;
            c = t >> 32;
        }
    }
    return big_finish(vm, r, neg);
}

Value int_and(rill_vm *vm, Value a, Value b) { return bitop(vm, a, b, '&'); }
Value int_or(rill_vm *vm, Value a, Value b) { return bitop(vm, a, b, '|'); }
Value int_xor(rill_vm *vm, Value a, Value b) { return bitop(vm, a, b, '^'); }

/* ---- powers ------------------------------------------------------------------------- */

/* x ** e in int64 arithmetic; false on overflow. */
static bool pow_i64(int64_t x, uint64_t e, int64_t *out)
{
    int64_t r = 1;
    while (e) {
        if ((e & 1) && __builtin_mul_overflow(r, x, &r)) return false;
        e >>= 1;
        if (e && __builtin_mul_overflow(x, x, &x)) return false;
    }
    *out = r;
    return true;
}

/* *slot = *slot * b, reduced mod m unless m is V_NULL; 0 / -1. */
static int mul_reduce(rill_vm *vm, Value *slot, Value b, Value m)
{
    Value p = int_mul(vm, *slot, b);
    if (!p) return -1;
    if (m) {
        Value r = int_mod(vm, p, m);
        v_decref(vm, p);
        if (!r) return -1;
        p = r;
    }
    v_store(vm, slot, p);
    return 0;
}

/* base ** e by left-to-right binary exponentiation, e >= 0 given as a magnitude;
   reduced modulo m (> 0) when m is not V_NULL. */
static Value pow_binary(rill_vm *vm, Value base, const Mag *e, Value m)
{
    Value r = v_int(1);
    for (size_t i = e->n; i-- > 0;) {
        for (int bit = 31; bit >= 0; bit--) {
            if (r != v_int(1) && mul_reduce(vm, &r, r, m) < 0) goto fail;
            if (((e->d[i] >> bit) & 1) && mul_reduce(vm, &r, base, m) < 0) goto fail;
        }
        if (vm_check_interrupt(vm) < 0) goto fail;
    }
    return r;
fail:
    v_decref(vm, r);
    return V_NULL;
}

/* The inverse of a modulo n (n > 1), by the extended Euclidean algorithm. */
static Value invmod(rill_vm *vm, Value a, Value n)
{
    Value r0 = int_mod(vm, a, n), r1 = v_incref(n);
    Value s0 = v_int(1), s1 = v_int(0);
    if (!r0) return V_NULL;
    while (int_sign(r1) != 0) {
        Value q, r;
        if (divmod_values(vm, r0, r1, &q, &r) < 0) goto fail;
        Value qs = int_mul(vm, q, s1);
        v_decref(vm, q);
        if (!qs) {
            v_decref(vm, r);
            goto fail;
        }
        Value s = int_sub(vm, s0, qs);
        v_decref(vm, qs);
        if (!s) {
            v_decref(vm, r);
            goto fail;
        }
        v_decref(vm, r0);
        r0 = r1;
        r1 = r;
        v_decref(vm, s0);
        s0 = s1;
        s1 = s;
    }
    if (r0 != v_int(1)) {
        exc_raisef(vm, vm->exc_ValueError, "base is not invertible for the given modulus");
        goto fail;
    }
    v_decref(vm, r0);
    v_decref(vm, r1);
    v_decref(vm, s1);
    Value res = int_mod(vm, s0, n);
    v_decref(vm, s0);
    return res;
fail:
    v_decref(vm, r0);
    v_decref(vm, r1);
    v_decref(vm, s0);
    v_decref(vm, s1);
    return V_NULL;
}

static Value pow_mod(rill_vm *vm, Value a, Value b, Value c)
{
    int cs = int_sign(c);
    if (cs == 0) return exc_raisef(vm, vm->exc_ValueError, "pow() 3rd argument cannot be 0");
    Value m = cs < 0 ? int_neg(vm, c) : v_incref(unbool(c));
    Value base = V_NULL, r = V_NULL;
    if (!m) return V_NULL;
    if (m == v_int(1)) {
        v_decref(vm, m);
        return v_int(0);
    }
    Mag e;
    Value eneg = V_NULL;
    if (int_sign(b) < 0) {
        if (!(eneg = int_neg(vm, b))) goto done;
        if (!(base = invmod(vm, a, m))) goto done;
        mag_get(eneg, &e);
    } else {
        if (!(base = int_mod(vm, a, m))) goto done;
        mag_get(b, &e);
    }
    r = pow_binary(vm, base, &e, m);
    if (r && cs < 0 && int_sign(r) != 0) {
        Value t = int_sub(vm, r, m);
        v_decref(vm, r);
        r = t;
    }
done:
    v_decref(vm, eneg);
    v_decref(vm, base);
    v_decref(vm, m);
    return r;
}

Value int_pow(rill_vm *vm, Value a, Value b, Value mod)
{
    a = unbool(a);
    b = unbool(b);
    if (mod && mod != V_NONE) return pow_mod(vm, a, b, mod);
    if (int_sign(b) < 0) {
        bool err;
        double x = int_to_double(vm, a, &err);
        if (err) return V_NULL;
        double y = int_to_double(vm, b, &err);
        if (err) return V_NULL;
        return float_pow(vm, x, y);
    }
    Mag x, e;
    mag_get(a, &x);
    mag_get(b, &e);
    bool odd = e.n && (e.d[0] & 1);
    if (e.n == 0) return v_int(1);
    if (x.n == 0) return v_int(0);
    if (x.n == 1 && x.d[0] == 1) return v_int(x.neg && odd ? -1 : 1);
    uint64_t abits = mag_bits(x.d, x.n);
    /* |a| >= 2 from here, so the result has at least (abits - 1) * e + 1 bits. */
    if (e.n > 2) return exc_nomem(vm);
    uint64_t n = mag_low64(&e);
    if (n > ((uint64_t)MAX_DIGITS * 32) / (abits - 1 ? abits - 1 : 1)) return exc_nomem(vm);
    if (v_is_int(a) && n < 64) {
        int64_t r;
        if (pow_i64(v_as_int(a), n, &r)) return int_from_i64(vm, r);
    }
    /* A power of two is a shift. */
    if (big_mag_len(x.d, x.n - 1) == 0 && (x.d[x.n - 1] & (x.d[x.n - 1] - 1)) == 0) {
        Mag one;
        mag_u64(&one, 1, false);
        return shl_mag(vm, &one, (abits - 1) * n, x.neg && odd);
    }
    return pow_binary(vm, a, &e, V_NULL);
}

Value int_gcd(rill_vm *vm, Value a, Value b)
{
    a = unbool(a);
    b = unbool(b);
    if (v_is_int(a) && v_is_int(b)) {
        int64_t i = v_as_int(a), j = v_as_int(b);
        uint64_t x = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
        uint64_t y = j < 0 ? 0 - (uint64_t)j : (uint64_t)j;
        while (y) {
            uint64_t t = x % y;
            x = y;
            y = t;
        }
        return int_from_u64(vm, x);
    }
    Value x = int_abs(vm, a), y;
    if (!x) return V_NULL;
    if (!(y = int_abs(vm, b))) {
        v_decref(vm, x);
        return V_NULL;
    }
    while (int_sign(y) != 0) {
        Value r = int_mod(vm, x, y);
        if (!r) {
            v_decref(vm, x);
            v_decref(vm, y);
            return V_NULL;
        }
        v_decref(vm, x);
        x = y;
        y = r;
    }
    v_decref(vm, y);
    return x;
}

/* ---- conversion to text ------------------------------------------------------------- */

static RStr *str_limit_error(rill_vm *vm)
{
    return exc_raisef_p(vm, vm->exc_ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion; "
                        "use sys.set_int_max_str_digits() to increase the limit",
                        vm->int_max_str_digits);
}

/* Builds the string: sign, prefix, then the digits. */
static RStr *make_num_str(rill_vm *vm, bool neg, const char *prefix, const char *digits,
                          size_t n)
{
    size_t pl = strlen(prefix);
    RStr *s = str_alloc(vm, (neg ? 1 : 0) + pl + n);
    if (!s) return NULL;
    char *p = s->data;
    if (neg) *p++ = '-';
    memcpy(p, prefix, pl);
    memcpy(p + pl, digits, n);
    return str_finish(s);
}

RStr *int_to_str(rill_vm *vm, Value v, int base, bool prefix)
{
    static const char hexdig[] = "0123456789abcdef";
    Mag m;
    mag_get(v, &m);
    const char *pfx = !prefix ? "" : base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    if (m.n <= 2) {
        uint64_t u = mag_low64(&m);
        char buf[72], *e = buf + sizeof buf, *p = e;
        do {
            *--p = hexdig[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        return make_num_str(vm, m.neg, pfx, p, (size_t)(e - p));
    }
    if (base == 10) {
        int limit = vm->int_max_str_digits;
        uint64_t bits = mag_bits(m.d, m.n);
        /* |v| >= 2^(bits-1) has more than (bits-1)*log10(2) digits: refuse early what
           is certainly over the limit, before the quadratic conversion. */
        if (limit > 0 && (double)(bits - 1) * 0.30102999566398120 >= (double)limit + 1)
            return str_limit_error(vm);
        size_t len, cap;
        char *digits = big_mag_to_dec(vm, m.d, m.n, &len, &cap);
        if (!digits) return NULL;
        RStr *s = NULL;
        if (limit > 0 && len > (size_t)limit) str_limit_error(vm);
        else s = make_num_str(vm, m.neg, "", digits, len);
        mem_free(vm, digits, cap);
        return s;
    }
    /* Power-of-two bases: bits straight out of the digits. */
    unsigned per = base == 2 ? 1 : base == 8 ? 3 : 4;
    uint64_t bits = mag_bits(m.d, m.n);
    size_t nd = (size_t)((bits + per - 1) / per);
    size_t pl = strlen(pfx);
    RStr *s = str_alloc(vm, (m.neg ? 1 : 0) + pl + nd);
    if (!s) return NULL;
    char *p = s->data;
    if (m.neg) *p++ = '-';
    memcpy(p, pfx, pl);
    p += pl;
    for (size_t k = 0; k < nd; k++) {
        uint64_t bit = (uint64_t)(nd - 1 - k) * per;  /* lowest bit of this output digit */
        size_t i = (size_t)(bit / 32);
        unsigned sh = (unsigned)(bit % 32);
        uint64_t w = m.d[i] | (i + 1 < m.n ? (uint64_t)m.d[i + 1] << 32 : 0);
        p[k] = hexdig[(w >> sh) & ((1u << per) - 1)];
    }
    return str_finish(s);
}

/* ---- conversion from text ----------------------------------------------------------- */

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* The value of the digits (and single underscores between them, already validated) in
   p[0..len), ndigits of them, in base. */
static Value digits_to_int(rill_vm *vm, const char *p, size_t len, size_t ndigits, int base,
                           bool neg)
{
    uint64_t acc = 0;
    size_t i;
    for (i = 0; i < len; i++) {
        if (p[i] == '_') continue;
        unsigned dv = (unsigned)digit_value((unsigned char)p[i]);
        if (acc > (UINT64_MAX - dv) / (unsigned)base) break;
        acc = acc * (unsigned)base + dv;
    }
    if (i == len) {
        if (acc <= (uint64_t)V_SMALL_MAX) return v_int(neg ? -(intptr_t)acc : (intptr_t)acc);
        return from_u64(vm, acc, neg);
    }
    unsigned char *vals = mem_alloc(vm, ndigits);
    if (!vals) return V_NULL;
    size_t k = 0;
    for (i = 0; i < len; i++) {
        if (p[i] != '_') vals[k++] = (unsigned char)digit_value((unsigned char)p[i]);
    }
    RBig *r = big_alloc(vm, big_mag_digits_for(ndigits, base));
    if (r) {
        size_t n = big_mag_from_digits(r->digits, vals, ndigits, base);
        memset(r->digits + n, 0, ((size_t)r->size - n) * sizeof(digit));
    }
    mem_free(vm, vals, ndigits);
    return r ? big_finish(vm, r, neg) : V_NULL;
}

static Value int_limit_error(rill_vm *vm, size_t ndigits)
{
    return exc_raisef(vm, vm->exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion: value has "
                      "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                      vm->int_max_str_digits, ndigits);
}

static bool over_str_limit(rill_vm *vm, int base, size_t ndigits)
{
    return (base & (base - 1)) != 0 && vm->int_max_str_digits > 0
        && ndigits > (size_t)vm->int_max_str_digits;
}

Value int_from_digits(rill_vm *vm, const char *digits, size_t n, int base)
{
    if (over_str_limit(vm, base, n)) return int_limit_error(vm, n);
    return digits_to_int(vm, digits, n, n, base, false);
}

/* Unicode decimal digits (category Nd) come in runs of ten; these are the code points
   of each run's zero above ASCII, as CPython 3.11's tables have them. */
static const uint32_t nd_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
    0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50,
    0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450,
    0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
    0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
    0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool uni_space(uint32_t c)
{
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

static int uni_decimal(uint32_t c)
{
    size_t lo = 0, hi = sizeof nd_zeros / sizeof nd_zeros[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < nd_zeros[mid]) hi = mid;
        else if (c >= nd_zeros[mid] + 10) lo = mid + 1;
        else return (int)(c - nd_zeros[mid]);
    }
    return -1;
}

char *int_ascii_numeric(rill_vm *vm, const char *s, size_t n, size_t *outlen)
{
    char *out = mem_alloc(vm, n + 1);
    if (!out) return NULL;
    size_t i = 0, k = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[k++] = (char)c;
            i++;
            continue;
        }
        /* decode one UTF-8 sequence (the input is valid UTF-8) */
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        uint32_t cp = c & (0x3F >> (len - 1));
        for (int j = 1; j < len && i + (size_t)j < n; j++)
            cp = (cp << 6) | ((unsigned char)s[i + (size_t)j] & 0x3F);
        i += (size_t)len;
        int dv;
        if (uni_space(cp)) {
            out[k++] = ' ';
        } else if ((dv = uni_decimal(cp)) >= 0) {
            out[k++] = (char)('0' + dv);
        } else {
            out[k++] = '?';     /* CPython stops here too: the rest can't parse */
            break;
        }
    }
    out[k] = '\0';
    *outlen = k;
    return out;
}

static bool c_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static Value invalid_literal(rill_vm *vm, const char *s, size_t n, int base)
{
    RStr *orig = str_new(vm, s, n);
    if (!orig) return V_NULL;
    RStr *r = str_repr(vm, orig);
    obj_decref(vm, orig);
    if (!r) return V_NULL;
    if (r->nchars > 200) {
        RStr *t = str_substr(vm, r, 0, 200);
        obj_decref(vm, r);
        if (!t) return V_NULL;
        r = t;
    }
    exc_raisef(vm, vm->exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    obj_decref(vm, r);
    return V_NULL;
}

/* The parse proper, on ASCII text a[0..n); V_NONE means "invalid literal". */
static Value parse_ascii(rill_vm *vm, const char *a, size_t n, int base)
{
    const char *p = a, *end = a + n;
    bool neg = false, error_if_nonzero = false;
    while (p < end && c_space(*p)) p++;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    char c1 = p + 1 < end ? (char)(p[1] | 0x20) : 0;
    if (base == 0) {
        if (p >= end || *p != '0') base = 10;
        else if (c1 == 'x') base = 16;
        else if (c1 == 'o') base = 8;
        else if (c1 == 'b') base = 2;
        else {
            /* "0..." with no prefix: C-style octal is invalid, but zero is fine */
            error_if_nonzero = true;
            base = 10;
        }
    }
    if (p < end && *p == '0'
        && ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b'))) {
        p += 2;
        if (p < end && *p == '_') p++;     /* one underscore may follow the prefix */
    }
    if (p < end && *p == '_') return V_NONE;
    const char *start = p;
    size_t ndigits = 0;
    char prev = 0;
    while (p < end && (digit_value((unsigned char)*p) < base || *p == '_')) {
        if (*p == '_') {
            if (prev == '_') return V_NONE;
        } else {
            ndigits++;
        }
        prev = *p++;
    }
    if (prev == '_') return V_NONE;
    if (over_str_limit(vm, base, ndigits)) return int_limit_error(vm, ndigits);
    if (p == start) return V_NONE;
    const char *stop = p;
    while (p < end && c_space(*p)) p++;
    if (p != end) return V_NONE;
    Value r = digits_to_int(vm, start, (size_t)(stop - start), ndigits, base, neg);
    if (r && error_if_nonzero && int_sign(r) != 0) {
        v_decref(vm, r);
        return V_NONE;
    }
    return r;
}

Value int_parse(rill_vm *vm, const char *s, size_t n, int base)
{
    if ((base != 0 && base < 2) || base > 36)
        return exc_raisef(vm, vm->exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    const char *a = s;
    size_t an = n;
    char *buf = NULL;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            if (!(buf = int_ascii_numeric(vm, s, n, &an))) return V_NULL;
            a = buf;
            break;
        }
    }
    Value r = parse_ascii(vm, a, an, base);
    if (buf) mem_free(vm, buf, n + 1);
    if (r == V_NONE) return invalid_literal(vm, s, n, base);
    return r;
}
