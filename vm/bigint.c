/*
** bigint.c — the digit-level algorithms behind int.c: addition and subtraction loops,
** schoolbook and Karatsuba multiplication, Knuth's algorithm D, and conversion between
** binary digits and decimal text. Nothing here knows about Values or signs.
*/
#include <string.h>
#include "bigint.h"

/* Below these sizes (in digits of the shorter operand) schoolbook beats Karatsuba. */
#define KARATSUBA_CUTOFF 40
#define KARATSUBA_SQR_CUTOFF 64

/* A decimal "chunk" for base conversion: 10^9 is the largest power of ten below 2^32. */
#define DEC_BASE 1000000000u
#define DEC_DIGITS 9

int big_mag_cmp(const digit *a, size_t na, const digit *b, size_t nb)
{
    if (na != nb) return na < nb ? -1 : 1;
    while (na-- > 0) {
        if (a[na] != b[na]) return a[na] < b[na] ? -1 : 1;
    }
    return 0;
}

/* The add and subtract loops run over pairs of digits as 64-bit words, two words per
   step, where the host is little-endian and the compiler has a 128-bit type (which it
   turns into add-with-carry): a quarter of the carry steps of a digit-at-a-time loop,
   which is what makes adding 10,000-digit numbers cheaper than in CPython. */
#if defined(__SIZEOF_INT128__) && defined(__BYTE_ORDER__) \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define WIDE 1
typedef unsigned __int128 u128;
static inline uint64_t load64(const digit *p) { uint64_t x; memcpy(&x, p, 8); return x; }
static inline void store64(digit *p, uint64_t x) { memcpy(p, &x, 8); }
#else
#define WIDE 0
#endif

digit big_mag_add(digit *r, const digit *a, size_t na, const digit *b, size_t nb)
{
    size_t i = 0;
    uint64_t carry = 0;
#if WIDE
    for (; i + 4 <= nb; i += 4) {
        u128 s = (u128)load64(a + i) + load64(b + i) + carry;
        uint64_t lo = (uint64_t)s;
        s = (u128)load64(a + i + 2) + load64(b + i + 2) + (uint64_t)(s >> 64);
        carry = (uint64_t)(s >> 64);
        store64(r + i, lo);
        store64(r + i + 2, (uint64_t)s);
    }
#endif
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (digit)carry;
        carry >>= 32;
    }
    for (; carry && i < na; i++) {
        carry += a[i];
        r[i] = (digit)carry;
        carry >>= 32;
    }
    if (r != a && i < na) memcpy(r + i, a + i, (na - i) * sizeof(digit));
    return (digit)carry;
}

digit big_mag_sub(digit *r, const digit *a, size_t na, const digit *b, size_t nb)
{
    size_t i = 0;
    uint64_t borrow = 0;
#if WIDE
    for (; i + 4 <= nb; i += 4) {
        u128 s = (u128)load64(a + i) - load64(b + i) - borrow;
        uint64_t lo = (uint64_t)s;
        s = (u128)load64(a + i + 2) - load64(b + i + 2) - (uint64_t)(s >> 127);
        borrow = (uint64_t)(s >> 127);
        store64(r + i, lo);
        store64(r + i + 2, (uint64_t)s);
    }
#endif
    for (; i < nb; i++) {
        uint64_t t = (uint64_t)a[i] - b[i] - borrow;
        r[i] = (digit)t;
        borrow = (t >> 32) & 1;
    }
    for (; borrow && i < na; i++) {
        digit x = a[i];
        r[i] = x - 1;
        borrow = x == 0;
    }
    if (r != a && i < na) memcpy(r + i, a + i, (na - i) * sizeof(digit));
    return (digit)borrow;
}

digit big_mag_mul1(digit *r, const digit *a, size_t n, digit m, digit add)
{
    twodigits carry = add;
    for (size_t i = 0; i < n; i++) {
        carry += (twodigits)a[i] * m;
        r[i] = (digit)carry;
        carry >>= 32;
    }
    return (digit)carry;
}

digit big_mag_divrem1(digit *q, const digit *a, size_t n, digit d)
{
    twodigits rem = 0;
    while (n-- > 0) {
        twodigits cur = (rem << 32) | a[n];
        twodigits qd = cur / d;
        rem = cur - qd * d;
        if (q) q[n] = (digit)qd;
    }
    return (digit)rem;
}

digit big_mag_shl(digit *r, const digit *a, size_t n, unsigned s)
{
    if (s == 0) {
        if (r != a) memmove(r, a, n * sizeof(digit));
        return 0;
    }
    digit carry = 0;
    for (size_t i = 0; i < n; i++) {
        digit x = a[i];
        r[i] = (x << s) | carry;
        carry = x >> (32 - s);
    }
    return carry;
}

digit big_mag_shr(digit *r, const digit *a, size_t n, unsigned s)
{
    if (s == 0) {
        if (r != a) memmove(r, a, n * sizeof(digit));
        return 0;
    }
    digit carry = 0;
    while (n-- > 0) {
        digit x = a[n];
        r[n] = (x >> s) | carry;
        carry = x << (32 - s);
    }
    return carry;
}

/* ---- multiplication ------------------------------------------------------------- */

/* r[0..na+nb) = a * b, na <= nb preferred (the inner loop runs over b). */
static void mul_school(digit *r, const digit *a, size_t na, const digit *b, size_t nb)
{
    memset(r, 0, (na + nb) * sizeof(digit));
    for (size_t i = 0; i < na; i++) {
        twodigits ai = a[i], carry = 0;
        digit *rp = r + i;
        if (ai == 0) continue;
        for (size_t j = 0; j < nb; j++) {
            carry += rp[j] + ai * b[j];
            rp[j] = (digit)carry;
            carry >>= 32;
        }
        rp[nb] = (digit)carry;
    }
}

/* r[0..2n) = a * a: each cross product once, doubled, plus the squares. */
static void sqr_school(digit *r, const digit *a, size_t n)
{
    memset(r, 0, 2 * n * sizeof(digit));
    for (size_t i = 0; i + 1 < n; i++) {
        twodigits ai = a[i], carry = 0;
        digit *rp = r + 2 * i + 1;
        if (ai == 0) continue;
        for (size_t j = i + 1; j < n; j++) {
            carry += *rp + ai * a[j];
            *rp++ = (digit)carry;
            carry >>= 32;
        }
        *rp = (digit)carry;
    }
    big_mag_shl(r, r, 2 * n, 1);
    twodigits carry = 0;
    for (size_t i = 0; i < n; i++) {
        twodigits sq = (twodigits)a[i] * a[i];
        carry += r[2 * i] + (sq & DIGIT_MASK);
        r[2 * i] = (digit)carry;
        carry >>= 32;
        carry += r[2 * i + 1] + (sq >> 32);
        r[2 * i + 1] = (digit)carry;
        carry >>= 32;
    }
}

/* r[0..rn) += a[0..an), an <= rn; the sum is known to fit. */
static void add_into(digit *r, size_t rn, const digit *a, size_t an)
{
    if (big_mag_add(r, r, an, a, an)) {
        for (size_t i = an; i < rn && ++r[i] == 0; i++) {
        }
    }
}

/* r[0..rn) -= a[0..an), an <= rn; the difference is known to be >= 0. */
static void sub_from(digit *r, size_t rn, const digit *a, size_t an)
{
    if (big_mag_sub(r, r, an, a, an)) {
        for (size_t i = an; i < rn && r[i]-- == 0; i++) {
        }
    }
}

static int kmul(rill_vm *vm, digit *r, const digit *a, size_t na, const digit *b, size_t nb);

/* a much shorter than b: multiply a by slices of b as long as a, so that each product
   is balanced enough for Karatsuba to pay. */
static int kmul_lopsided(rill_vm *vm, digit *r, const digit *a, size_t na, const digit *b,
                         size_t nb)
{
    size_t tn = 2 * na;
    digit *t = mem_alloc(vm, tn * sizeof(digit));
    if (!t) return -1;
    memset(r, 0, (na + nb) * sizeof(digit));
    for (size_t off = 0; off < nb; off += na) {
        size_t len = nb - off < na ? nb - off : na;
        if (kmul(vm, t, a, na, b + off, len) < 0) {
            mem_free(vm, t, tn * sizeof(digit));
            return -1;
        }
        add_into(r + off, na + nb - off, t, na + len);
    }
    mem_free(vm, t, tn * sizeof(digit));
    return 0;
}

static int kmul(rill_vm *vm, digit *r, const digit *a, size_t na, const digit *b, size_t nb)
{
    if (na > nb) {
        const digit *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    bool sq = a == b && na == nb;
    if (sq && na < KARATSUBA_SQR_CUTOFF) {
        sqr_school(r, a, na);
        return 0;
    }
    if (na < KARATSUBA_CUTOFF) {
        mul_school(r, a, na, b, nb);
        return 0;
    }
    if (2 * na <= nb) return kmul_lopsided(vm, r, a, na, b, nb);

    /* a = a1*B^h + a0, b = b1*B^h + b0 (B = 2^32). With z0 = a0*b0, z2 = a1*b1 and
       t = (a0+a1)*(b0+b1): a*b = z2*B^2h + (t - z0 - z2)*B^h + z0. */
    size_t h = nb / 2;
    const digit *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    size_t na1 = na - h, nb1 = nb - h;
    if (kmul(vm, r, a0, h, b0, h) < 0) return -1;
    if (kmul(vm, r + 2 * h, a1, na1, b1, nb1) < 0) return -1;

    size_t n1 = (na1 > h ? na1 : h) + 1, n2 = nb1 + 1, n3 = n1 + n2;
    size_t tsize = (n1 + n2 + n3) * sizeof(digit);
    digit *t1 = mem_alloc(vm, tsize);
    if (!t1) return -1;
    digit *t2 = t1 + n1, *t3 = t2 + n2;
    if (na1 > h) {  /* only when nb is odd and na == nb */
        t1[na1] = big_mag_add(t1, a1, na1, a0, h);
    } else {
        t1[h] = big_mag_add(t1, a0, h, a1, na1);
    }
    size_t m1 = big_mag_len(t1, n1), m2, m3;
    int rc;
    if (sq) {
        rc = kmul(vm, t3, t1, m1, t1, m1);
        m2 = m1;
    } else {
        t2[nb1] = big_mag_add(t2, b1, nb1, b0, h);
        m2 = big_mag_len(t2, n2);
        rc = kmul(vm, t3, t1, m1, t2, m2);
    }
    if (rc < 0) {
        mem_free(vm, t1, tsize);
        return -1;
    }
    m3 = big_mag_len(t3, m1 + m2);
    sub_from(t3, m3, r, big_mag_len(r, 2 * h));
    sub_from(t3, m3, r + 2 * h, big_mag_len(r + 2 * h, na1 + nb1));
    m3 = big_mag_len(t3, m3);
    add_into(r + h, na + nb - h, t3, m3);
    mem_free(vm, t1, tsize);
    return 0;
}

int big_mag_mul(rill_vm *vm, digit *r, const digit *a, size_t na, const digit *b,
                size_t nb)
{
    if (na == 0 || nb == 0) {
        memset(r, 0, (na + nb) * sizeof(digit));
        return 0;
    }
    return kmul(vm, r, a, na, b, nb);
}

/* ---- division ------------------------------------------------------------------- */

int big_mag_divmod(rill_vm *vm, digit *q, digit *r, const digit *a, size_t na,
                   const digit *b, size_t nb)
{
    if (nb == 1) {
        digit rem = big_mag_divrem1(q, a, na, b[0]);
        if (r) r[0] = rem;
        return 0;
    }
    /* Normalize so that the divisor's top bit is set: then the two-digit estimate of
       each quotient digit is at most two too large. */
    unsigned s = (unsigned)__builtin_clz(b[nb - 1]);
    size_t tsize = (na + 1 + nb) * sizeof(digit);
    digit *an = mem_alloc(vm, tsize);
    if (!an) return -1;
    digit *bn = an + na + 1;
    big_mag_shl(bn, b, nb, s);
    an[na] = big_mag_shl(an, a, na, s);
    twodigits btop = bn[nb - 1], bnext = bn[nb - 2];

    for (size_t j = na - nb + 1; j-- > 0;) {
        twodigits num = ((twodigits)an[j + nb] << 32) | an[j + nb - 1];
        twodigits qhat = num / btop, rhat = num - qhat * btop;
        while (qhat > DIGIT_MASK || qhat * bnext > ((rhat << 32) | an[j + nb - 2])) {
            qhat--;
            rhat += btop;
            if (rhat > DIGIT_MASK) break;
        }
        /* an[j..j+nb] -= qhat * bn */
        digit borrow = 0;
        for (size_t i = 0; i < nb; i++) {
            twodigits p = qhat * bn[i] + borrow;
            digit plo = (digit)p, x = an[i + j];
            borrow = (digit)(p >> 32) + (x < plo);
            an[i + j] = x - plo;
        }
        digit top = an[j + nb];
        an[j + nb] = top - borrow;
        if (top < borrow) {     /* qhat was one too large: add bn back */
            qhat--;
            twodigits carry = 0;
            for (size_t i = 0; i < nb; i++) {
                carry += (twodigits)an[i + j] + bn[i];
                an[i + j] = (digit)carry;
                carry >>= 32;
            }
            an[j + nb] += (digit)carry;
        }
        if (q) q[j] = (digit)qhat;
    }
    if (r) big_mag_shr(r, an, nb, s);
    mem_free(vm, an, tsize);
    return 0;
}

/* ---- decimal and other bases ------------------------------------------------------ */

char *big_mag_to_dec(rill_vm *vm, const digit *a, size_t n, size_t *len, size_t *cap)
{
    /* Base 10^9 chunks, least significant first: each 32-bit digit is worth about
       1.07 chunks. */
    size_t pcap = n + n / 8 + 2;
    digit *p = mem_alloc(vm, pcap * sizeof(digit));
    if (!p) return NULL;
    size_t np = 0;
    for (size_t i = n; i-- > 0;) {
        twodigits carry = a[i];
        for (size_t j = 0; j < np; j++) {
            twodigits z = ((twodigits)p[j] << 32) + carry;
            carry = z / DEC_BASE;
            p[j] = (digit)(z - carry * DEC_BASE);
        }
        while (carry) {
            p[np++] = (digit)(carry % DEC_BASE);
            carry /= DEC_BASE;
        }
    }
    if (np == 0) p[np++] = 0;
    size_t ndig = (np - 1) * DEC_DIGITS;
    for (digit top = p[np - 1]; top; top /= 10) ndig++;
    if (ndig == 0) ndig = 1;
    char *s = mem_alloc(vm, ndig + 1);
    if (!s) {
        mem_free(vm, p, pcap * sizeof(digit));
        return NULL;
    }
    char *e = s + ndig;
    *e = '\0';
    for (size_t j = 0; j + 1 < np; j++) {
        digit c = p[j];
        for (int k = 0; k < DEC_DIGITS; k++) {
            *--e = (char)('0' + c % 10);
            c /= 10;
        }
    }
    digit top = p[np - 1];
    do {
        *--e = (char)('0' + top % 10);
        top /= 10;
    } while (e > s);
    mem_free(vm, p, pcap * sizeof(digit));
    *len = ndig;
    *cap = ndig + 1;
    return s;
}

size_t big_mag_digits_for(size_t len, int base)
{
    unsigned bits = 1;
    while ((1 << bits) < base) bits++;
    return len / 32 * bits + (len % 32 * bits + 31) / 32 + 1;
}

size_t big_mag_from_digits(digit *r, const unsigned char *vals, size_t len, int base)
{
    if ((base & (base - 1)) == 0) {
        /* A power of two: pack the bits, least significant value first. */
        unsigned bits = (unsigned)__builtin_ctz((unsigned)base);
        size_t n = 0;
        twodigits acc = 0;
        unsigned nacc = 0;
        for (size_t i = len; i-- > 0;) {
            acc |= (twodigits)vals[i] << nacc;
            nacc += bits;
            if (nacc >= 32) {
                r[n++] = (digit)acc;
                acc >>= 32;
                nacc -= 32;
            }
        }
        if (nacc) r[n++] = (digit)acc;
        return big_mag_len(r, n);
    }
    /* Otherwise: the largest power of the base that fits a digit, and r = r*B^k + chunk
       for each chunk of k values. */
    digit chunkmax = (digit)base;
    int k = 1;
    while ((twodigits)chunkmax * (digit)base <= DIGIT_MASK) {
        chunkmax *= (digit)base;
        k++;
    }
    size_t n = 0, i = 0;
    size_t first = len % (size_t)k;
    if (first == 0) first = (size_t)k;
    while (i < len) {
        size_t take = i == 0 ? first : (size_t)k;
        digit chunk = 0, mult = 1;
        for (size_t j = 0; j < take; j++) {
            chunk = chunk * (digit)base + vals[i + j];
            mult *= (digit)base;
        }
        i += take;
        digit carry = big_mag_mul1(r, r, n, mult, chunk);
        if (carry) r[n++] = carry;
    }
    return n;
}
