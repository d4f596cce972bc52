/*
** float.c — float objects, their repr and parsing, and the arithmetic helpers whose
** corner cases (signed zeros, infinities, error messages) follow CPython 3.11.
**
** Decimal conversion relies on the C library being exact: printf's %e/%f produce
** correctly rounded digits and strtod is correctly rounded (glibc, musl and the BSDs
** all are). Numbers handed to strtod are always written as "digits e exponent", with no
** radix character, so that a host's LC_NUMERIC cannot change what is parsed; digits
** read back from printf skip whatever radix character the locale uses.
*/
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "float.h"
#include "int.h"
#include "str.h"
#include "seq.h"

Value float_new(rill_vm *vm, double d)
{
    RFloat *f = obj_alloc(vm, K_FLOAT, vm->cls_float, sizeof(RFloat), false);
    if (!f) return V_NULL;
    f->v = d;
    return v_from_obj(f);
}

/* ---- repr ------------------------------------------------------------------------------ */

/* The digits of printf's "%.*e" output for x > 0 (the radix character skipped), their
   count, and the decimal exponent. */
static int sci_digits(double x, int prec, char *digits, int *exp10)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.*e", prec, x);
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9') digits[n++] = *p;
    }
    *exp10 = *p == 'e' ? atoi(p + 1) : 0;
    digits[n] = '\0';
    return n;
}

/* Powers of ten that are exact doubles. */
static const double pow10_exact[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Does the n-digit decimal digits * 10^(exp10 - n + 1) read back as x? When the digits
   and the power of ten are both exact doubles, one correctly rounded multiplication or
   division is the correctly rounded value (Clinger's fast path); otherwise strtod. */
static bool round_trips(const char *digits, int n, int exp10, double x)
{
    int e = exp10 - n + 1;
    uint64_t m = 0;
    for (int i = 0; i < n; i++) m = m * 10 + (uint64_t)(digits[i] - '0');
    if (n <= 19 && m <= (uint64_t)1 << DBL_MANT_DIG && e >= -22 && e <= 22)
        return (e >= 0 ? (double)m * pow10_exact[e] : (double)m / pow10_exact[-e]) == x;
    char buf[48];
    snprintf(buf, sizeof buf, "%se%d", digits, e);
    return strtod(buf, NULL) == x;
}

/* Adds one unit in the last place of the n digits; the exponent grows on a carry out. */
static void increment_digits(char *digits, int n, int *exp10)
{
    int i = n;
    while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
    if (i == 0) {
        digits[0] = '1';
        ++*exp10;
    } else {
        digits[i - 1]++;
    }
}

/* x to p significant digits, from its 17 correctly rounded digits d17 when that gives the
   same result as rounding x itself (it does unless the dropped digits are exactly a half,
   which may itself be a rounded value), else from printf. */
static void round_to(double x, const char *d17, int e17, int p, char *digits, int *exp10)
{
    const char *tail = d17 + p;
    int cmp = *tail > '5' ? 1 : *tail < '5' ? -1 : 0;
    for (const char *t = tail + 1; cmp == 0 && *t; t++) {
        if (*t != '0') cmp = 1;
    }
    if (cmp == 0) {
        sci_digits(x, p - 1, digits, exp10);
        return;
    }
    memcpy(digits, d17, (size_t)p);
    digits[p] = '\0';
    *exp10 = e17;
    if (cmp > 0) increment_digits(digits, p, exp10);
}

/* Is there a p-digit decimal that reads back as x > 0? If so it is in digits: the nearest
   one, or, when x is a power of two (whose rounding interval reaches twice as far above
   as below), possibly the next one up. */
static bool candidate(double x, const char *d17, int e17, int p, char *digits, int *exp10)
{
    round_to(x, d17, e17, p, digits, exp10);
    if (round_trips(digits, p, *exp10, x)) return true;
    int e;
    if (frexp(x, &e) != 0.5) return false;
    increment_digits(digits, p, exp10);
    return round_trips(digits, p, *exp10, x);
}

/* The shortest digit string that reads back as x > 0 (the nearest one among the
   shortest), and the position of the decimal point: x = 0.DIGITS * 10^decpt. Seventeen
   digits always read back. For a normal x, a decimal of at most DBL_DIG (15) digits
   survives the trip to double and back to 15 digits unchanged, so if any such decimal
   reads back as x, it is x rounded to 15 digits (trailing zeros removed), and if that
   does not read back, the answer has 16 or 17 digits. Subnormals have fewer significant
   bits: there, since some (p+1)-digit decimal reads back whenever a p-digit one does,
   bisect. */
static int shortest_digits(double x, char *digits, int *decpt)
{
    char d17[24];
    int e17, e = 0, n = 17;
    sci_digits(x, 16, d17, &e17);
    if (x >= DBL_MIN) {
        if (candidate(x, d17, e17, DBL_DIG, digits, &e)) n = DBL_DIG;
        else if (candidate(x, d17, e17, 16, digits, &e)) n = 16;
    } else {
        char trial[24];
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (candidate(x, d17, e17, mid, trial, &e)) hi = mid;
            else lo = mid + 1;
        }
        if (lo < 17 && candidate(x, d17, e17, lo, digits, &e)) n = lo;
    }
    if (n == 17) {
        memcpy(digits, d17, sizeof d17);
        e = e17;
    }
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = '\0';
    *decpt = e + 1;
    return n;
}

int float_repr(double d, char *buf)
{
    char *p = buf;
    if (isnan(d)) return (int)(stpcpy(buf, "nan") - buf);
    if (signbit(d)) *p++ = '-';
    if (isinf(d)) return (int)(stpcpy(p, "inf") - buf);
    if (d == 0) return (int)(stpcpy(p, "0.0") - buf);
    char digits[24];
    int decpt;
    int n = shortest_digits(fabs(d), digits, &decpt);
    if (decpt <= -4 || decpt > 16) {
        *p++ = digits[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)n - 1);
            p += n - 1;
        }
        int e = decpt - 1;
        p += sprintf(p, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
        memcpy(p, digits, (size_t)n);
        p += n;
    } else if (decpt >= n) {
        memcpy(p, digits, (size_t)n);
        p += n;
        memset(p, '0', (size_t)(decpt - n));
        p += decpt - n;
        p = stpcpy(p, ".0");
    } else {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(n - decpt));
        p += n - decpt;
    }
    *p = '\0';
    return (int)(p - buf);
}

/* ---- parsing --------------------------------------------------------------------------- */

static bool c_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool match_ci(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) < n) return false;
    for (size_t i = 0; i < n; i++) {
        if ((p[i] | 0x20) != word[i]) return false;
    }
    return true;
}

/* A decimal number "D e X" (D a digit string, no sign, no radix character) as a double,
   with exponents far outside the double range settled without strtod. */
static double digits_exp_to_double(rill_vm *vm, const char *d, size_t nd, int64_t exp10,
                                   bool *nomem)
{
    *nomem = false;
    while (nd > 0 && *d == '0') {
        d++;
        nd--;
    }
    if (nd == 0) return 0.0;
    if (exp10 + (int64_t)nd > 400) return HUGE_VAL;
    if (exp10 + (int64_t)nd < -400) return 0.0;
    char small[80];
    size_t need = nd + 24;
    char *buf = need <= sizeof small ? small : mem_alloc(vm, need);
    if (!buf) {
        *nomem = true;
        return 0.0;
    }
    memcpy(buf, d, nd);
    snprintf(buf + nd, 24, "e%lld", (long long)exp10);
    double r = strtod(buf, NULL);
    if (buf != small) mem_free(vm, buf, need);
    return r;
}

/* Python's float syntax on stripped ASCII text without underscores:
   [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits], or inf/infinity/nan.
   Returns false if the text is not a float. */
static bool parse_float_text(rill_vm *vm, const char *p, const char *end, double *out,
                             bool *nomem)
{
    *nomem = false;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    if (match_ci(p, end, "inf")) {
        p += 3;
        if (match_ci(p, end, "inity")) p += 5;
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return p == end;
    }
    if (match_ci(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        return p + 3 == end;
    }
    const char *ip = p;
    while (p < end && is_digit(*p)) p++;
    size_t ni = (size_t)(p - ip), nf = 0;
    const char *fp = p;
    if (p < end && *p == '.') {
        fp = ++p;
        while (p < end && is_digit(*p)) p++;
        nf = (size_t)(p - fp);
    }
    if (ni + nf == 0) return false;
    int64_t exp10 = 0;
    if (p < end && (*p | 0x20) == 'e') {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
        if (p == end || !is_digit(*p)) return false;
        for (; p < end && is_digit(*p); p++) {
            if (exp10 < 100000000) exp10 = exp10 * 10 + (*p - '0');
        }
        if (eneg) exp10 = -exp10;
    }
    if (p != end) return false;
    /* the integer and fraction digits side by side, the exponent adjusted */
    double r;
    if (nf == 0) {
        r = digits_exp_to_double(vm, ip, ni, exp10, nomem);
    } else {
        size_t n = ni + nf;
        char small[64];
        char *d = n <= sizeof small ? small : mem_alloc(vm, n);
        if (!d) {
            *nomem = true;
            return true;
        }
        memcpy(d, ip, ni);
        memcpy(d + ni, fp, nf);
        r = digits_exp_to_double(vm, d, n, exp10 - (int64_t)nf, nomem);
        if (d != small) mem_free(vm, d, n);
    }
    *out = neg ? -r : r;
    return true;
}

/* CPython's underscore rule for float(): an underscore only between two digits.
   Copies the text without underscores to out; false if the rule is broken. */
static bool strip_underscores(const char *p, const char *end, char *out, size_t *outlen)
{
    char prev = 0;
    size_t k = 0;
    for (; p < end; p++) {
        if (*p == '_') {
            if (!is_digit(prev)) return false;
        } else {
            out[k++] = *p;
            if (prev == '_' && !is_digit(*p)) return false;
        }
        prev = *p;
    }
    *outlen = k;
    return prev != '_';
}

Value float_parse(rill_vm *vm, const char *s, size_t n)
{
    const char *a = s;
    size_t an = n;
    char *conv = NULL, *nounder = NULL;
    Value result = V_NULL;
    bool ok = false, nomem = false;
    double d = 0;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            if (!(conv = int_ascii_numeric(vm, s, n, &an))) return V_NULL;
            a = conv;
            break;
        }
    }
    const char *p = a, *end = a + an;
    while (p < end && c_space(*p)) p++;
    while (end > p && c_space(end[-1])) end--;
    if (memchr(p, '_', (size_t)(end - p))) {
        size_t len;
        if (!(nounder = mem_alloc(vm, an + 1))) goto done;
        if (strip_underscores(p, end, nounder, &len)) {
            ok = parse_float_text(vm, nounder, nounder + len, &d, &nomem);
        }
    } else {
        ok = parse_float_text(vm, p, end, &d, &nomem);
    }
    if (nomem) goto done;
    if (ok) {
        result = float_new(vm, d);
    } else {
        RStr *orig = str_new(vm, s, n);
        if (orig) {
            exc_raisef(vm, vm->exc_ValueError, "could not convert string to float: %R",
                       v_from_obj(orig));
            obj_decref(vm, orig);
        }
    }
done:
    if (nounder) mem_free(vm, nounder, an + 1);
    if (conv) mem_free(vm, conv, n + 1);
    return result;
}

/* ---- arithmetic ------------------------------------------------------------------------ */

Value float_truediv(rill_vm *vm, double a, double b)
{
    if (b == 0) return exc_raisef(vm, vm->exc_ZeroDivisionError, "float division by zero");
    return float_new(vm, a / b);
}

/* CPython's _float_div_mod: the floored quotient and the remainder with the divisor's
   sign, b != 0. */
static void div_mod(double a, double b, double *floordiv, double *mod)
{
    double m = fmod(a, b);
    /* fmod is exact, so a - m is a multiple of b; the division may still be inexact */
    double div = (a - m) / b;
    if (m) {
        if ((b < 0) != (m < 0)) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, b);
    }
    if (div) {
        double fl = floor(div);
        if (div - fl > 0.5) fl += 1.0;
        div = fl;
    } else {
        div = copysign(0.0, a / b);
    }
    *floordiv = div;
    *mod = m;
}

Value float_floordiv(rill_vm *vm, double a, double b)
{
    if (b == 0)
        return exc_raisef(vm, vm->exc_ZeroDivisionError, "float floor division by zero");
    double q, r;
    div_mod(a, b, &q, &r);
    return float_new(vm, q);
}

Value float_mod(rill_vm *vm, double a, double b)
{
    if (b == 0) return exc_raisef(vm, vm->exc_ZeroDivisionError, "float modulo");
    double m = fmod(a, b);
    if (m) {
        if ((b < 0) != (m < 0)) m += b;
    } else {
        m = copysign(0.0, b);
    }
    return float_new(vm, m);
}

Value float_divmod(rill_vm *vm, double a, double b)
{
    if (b == 0) return exc_raisef(vm, vm->exc_ZeroDivisionError, "float divmod()");
    double q, r;
    div_mod(a, b, &q, &r);
    Value vq = float_new(vm, q);
    if (!vq) return V_NULL;
    Value vr = float_new(vm, r);
    if (!vr) {
        v_decref(vm, vq);
        return V_NULL;
    }
    RTuple *t = tuple_pack(vm, 2, vq, vr);
    v_decref(vm, vq);
    v_decref(vm, vr);
    return t ? v_from_obj(t) : V_NULL;
}

static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* CPython's float_pow, case by case. */
Value float_pow(rill_vm *vm, double v, double w)
{
    if (w == 0) return float_new(vm, 1.0);
    if (isnan(v)) return float_new(vm, v);
    if (isnan(w)) return float_new(vm, v == 1.0 ? 1.0 : w);
    if (isinf(w)) {
        v = fabs(v);
        if (v == 1.0) return float_new(vm, 1.0);
        return float_new(vm, (w > 0) == (v > 1.0) ? fabs(w) : 0.0);
    }
    if (isinf(v)) {
        bool odd = is_odd_integer(w);
        if (w > 0) return float_new(vm, odd ? v : fabs(v));
        return float_new(vm, odd ? copysign(0.0, v) : 0.0);
    }
    if (v == 0) {
        if (w < 0)
            return exc_raisef(vm, vm->exc_ZeroDivisionError,
                              "0.0 cannot be raised to a negative power");
        return float_new(vm, is_odd_integer(w) ? v : 0.0);
    }
    bool negate = false;
    if (v < 0) {
        if (w != floor(w)) {
            /* CPython returns a complex number here; rill has no complex type. */
            return exc_raisef(vm, vm->exc_ValueError,
                              "negative number cannot be raised to a fractional power");
        }
        v = -v;
        negate = is_odd_integer(w);
    }
    if (v == 1.0) return float_new(vm, negate ? -1.0 : 1.0);
    errno = 0;
    double r = pow(v, w);
    int err = errno;
    if (err == 0 && isinf(r)) err = ERANGE;
    else if (err == ERANGE && r == 0.0) err = 0;
    if (err)
        return exc_raisef(vm, err == ERANGE ? vm->exc_OverflowError : vm->exc_ValueError,
                          "(%d, '%s')", err, strerror(err));
    return float_new(vm, negate ? -r : r);
}

/* ---- hash ------------------------------------------------------------------------------ */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

int64_t float_hash(double d)
{
    if (isinf(d)) return d > 0 ? HASH_INF : -HASH_INF;
    if (isnan(d)) return 0;     /* CPython 3.11 hashes a nan by identity */
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    /* 28 bits at a time, reducing modulo 2^61 - 1 as in CPython's _Py_HashDouble */
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = sign < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

/* ---- round ----------------------------------------------------------------------------- */

/* Digits outside the double range in either direction round to x or to zero (CPython's
   NDIGITS_MAX and NDIGITS_MIN). */
#define NDIGITS_MAX 323
#define NDIGITS_MIN (-308)

/* Round the decimal integer digits[0..n) (no leading zeros, n >= 1) half-even to a
   multiple of 10^k, k >= 1; `sticky` says the true value is a little above the digits.
   Leaves the kept digits (possibly one more after a carry, possibly none) in digits and
   returns their count. */
static size_t round_digits(char *digits, size_t n, size_t k, bool sticky)
{
    if (k > n) return 0;
    size_t keep = n - k;
    /* compare the tail with one half: 5 followed by zeros */
    int cmp;
    if (digits[keep] != '5') {
        cmp = digits[keep] > '5' ? 1 : -1;
    } else {
        cmp = sticky ? 1 : 0;
        for (size_t i = keep + 1; i < n && cmp == 0; i++) {
            if (digits[i] != '0') cmp = 1;
        }
    }
    bool up = cmp > 0 || (cmp == 0 && keep > 0 && (digits[keep - 1] - '0') % 2 == 1);
    if (!up) return keep;
    size_t i = keep;
    while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
    if (i == 0) {
        memmove(digits + 1, digits, keep);
        digits[0] = '1';
        return keep + 1;
    }
    digits[i - 1]++;
    return keep;
}

/* round(x, nd) for finite x and NDIGITS_MIN <= nd <= NDIGITS_MAX. */
static Value double_round(rill_vm *vm, double x, int nd)
{
    char buf[720];
    char digits[720];
    size_t n = 0;
    int64_t exp10;
    bool nomem;
    if (nd >= 0) {
        /* printf rounds the exact binary value half-even at nd places */
        snprintf(buf, sizeof buf, "%.*f", nd, fabs(x));
        for (const char *p = buf; *p; p++) {
            if (is_digit(*p)) digits[n++] = *p;
        }
        exp10 = -nd;
    } else {
        /* the integer part exactly, and whether a fraction was dropped */
        double ip = trunc(fabs(x));
        snprintf(buf, sizeof buf, "%.0f", ip);
        const char *p = buf;
        while (*p == '0' && p[1]) p++;
        for (; *p; p++) digits[n++] = *p;
        if (n == 1 && digits[0] == '0') n = 0;
        size_t k = (size_t)-nd;
        n = n ? round_digits(digits, n, k, fabs(x) != ip) : 0;
        exp10 = (int64_t)k;
    }
    double r = digits_exp_to_double(vm, digits, n, exp10, &nomem);
    if (nomem) return V_NULL;
    if (isinf(r))
        return exc_raisef(vm, vm->exc_OverflowError, "rounded value too large to represent");
    return float_new(vm, copysign(r, x));
}

Value float_round(rill_vm *vm, double d, Value ndigits)
{
    if (ndigits == V_NULL || ndigits == V_NONE) {
        double r = round(d);
        if (fabs(d - r) == 0.5) r = 2.0 * round(d / 2.0);
        return int_from_double(vm, r);
    }
    if (!int_check(ndigits))
        return exc_raisef(vm, vm->exc_TypeError,
                          "'%T' object cannot be interpreted as an integer", ndigits);
    int64_t nd;
    if (!int_to_i64(ndigits, &nd)) nd = int_sign(ndigits) < 0 ? INT64_MIN : INT64_MAX;
    if (!isfinite(d) || nd > NDIGITS_MAX) return float_new(vm, d);
    if (nd < NDIGITS_MIN) return float_new(vm, 0.0 * d);
    return double_round(vm, d, (int)nd);
}
