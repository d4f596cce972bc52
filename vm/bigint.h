/*
** bigint.h — digit-level algorithms on magnitudes, shared by int.c and nothing else.
**
** A magnitude is an array of base-2^32 digits, least significant first, with an
** explicit length. Functions here know nothing about Values, signs or objects; the
** ones that need scratch memory take the VM (for mem_*) and return -1 with
** MemoryError pending when it runs out.
*/
#ifndef rill_bigint_h
#define rill_bigint_h

#include "vm.h"

typedef uint32_t digit;
typedef uint64_t twodigits;

#define DIGIT_BITS 32
#define DIGIT_MASK 0xFFFFFFFFu

/* Length of a without its leading zero digits. */
static inline size_t big_mag_len(const digit *a, size_t n)
{
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}

/* Compare normalized magnitudes: -1, 0, 1. */
int big_mag_cmp(const digit *a, size_t na, const digit *b, size_t nb);

/* r[0..na) = a + b, returning the carry out; na >= nb; r may be a or b. */
digit big_mag_add(digit *r, const digit *a, size_t na, const digit *b, size_t nb);
/* r[0..na) = a - b; requires a >= b and na >= nb; r may be a or b. Returns the
   borrow (0 when the precondition holds). */
digit big_mag_sub(digit *r, const digit *a, size_t na, const digit *b, size_t nb);
/* r[0..n) = a * m + add, returning the carry digit; r may be a. */
digit big_mag_mul1(digit *r, const digit *a, size_t n, digit m, digit add);
/* q[0..n) = a / d, returning a % d; d != 0; q may be a. */
digit big_mag_divrem1(digit *q, const digit *a, size_t n, digit d);
/* r[0..n) = a << s (0 <= s < 32), returning the bits shifted out at the top. */
digit big_mag_shl(digit *r, const digit *a, size_t n, unsigned s);
/* r[0..n) = a >> s (0 <= s < 32), returning the bits shifted out at the bottom
   (in the high bits of the result digit). */
digit big_mag_shr(digit *r, const digit *a, size_t n, unsigned s);

/* r[0..na+nb) = a * b. r must not overlap a or b; a == b (same pointer and length)
   squares. Schoolbook below a cutoff, Karatsuba above. 0 / -1. */
int big_mag_mul(rill_vm *vm, digit *r, const digit *a, size_t na, const digit *b,
                size_t nb);
/* Knuth's algorithm D: q[0..na-nb+1) = a / b and r[0..nb) = a % b, for normalized
   a and b with na >= nb >= 1. q or r may be NULL when not wanted. 0 / -1. */
int big_mag_divmod(rill_vm *vm, digit *q, digit *r, const digit *a, size_t na,
                   const digit *b, size_t nb);

/* Decimal conversion. big_mag_to_dec writes the decimal digits of a (normalized,
   n >= 1) into a fresh buffer: returns it (caller frees *cap bytes with mem_free) and
   its length in *len, or NULL on MemoryError. */
char *big_mag_to_dec(rill_vm *vm, const digit *a, size_t n, size_t *len, size_t *cap);
/* Parses len ASCII digit values (0..base-1, already decoded, most significant first)
   in any base 2..36 into r, which must hold big_mag_digits_for(len, base) digits;
   returns the normalized length. */
size_t big_mag_from_digits(digit *r, const unsigned char *vals, size_t len, int base);
size_t big_mag_digits_for(size_t len, int base);

#endif
