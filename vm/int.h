/*
** int.h — Python ints of arbitrary precision.
**
** An int is either a small int (unboxed in the Value, see value.h) or an RBig: sign and
** magnitude in base-2^32 digits, least significant first, normalized (no leading zero
** digits) and never in the small range — every operation demotes a result that fits.
** bool is a subclass of int: every function here accepts True/False as 1/0.
**
** All functions take borrowed Values that must be ints or bools (callers check types;
** int_check() tells), and return new references (V_NULL + exception on error).
*/
#ifndef rill_int_h
#define rill_int_h

#include "vm.h"

typedef struct RBig {
    RObj h;                     /* h.aux: allocated digits beyond |size| (big_size) */
    int32_t size;               /* number of digits; negative for a negative number */
    uint32_t digits[];
} RBig;

/* Largest number of decimal digits str(int) and int(str) accept, as CPython 3.11's
   sys.int_max_str_digits default. */
#define INT_MAX_STR_DIGITS_DEFAULT 4300

static inline bool v_is_big(Value v) { return v_is_kind(v, K_INT); }
/* int or bool */
static inline bool int_check(Value v) { return v_is_int(v) || v_is_bool(v) || v_is_big(v); }

Value int_from_i64(rill_vm *vm, int64_t i);
Value int_from_u64(rill_vm *vm, uint64_t u);
/* int(x) for a float: truncates; OverflowError for inf ("cannot convert float infinity
   to integer"), ValueError for nan ("cannot convert float NaN to integer"). */
Value int_from_double(rill_vm *vm, double d);
/* Parses digits of a literal (no sign, no prefix, no underscores) in base 2, 8, 10 or
   16: the compiler's path for int literals. A decimal literal longer than
   vm->int_max_str_digits raises the same ValueError as int_parse (CPython reports it
   as a SyntaxError, adding " - Consider hexadecimal for huge integer literals to avoid
   decimal conversion limits."). */
Value int_from_digits(rill_vm *vm, const char *digits, size_t n, int base);
/* int(s, base) semantics: surrounding whitespace, a sign, underscores between digits,
   a 0x/0o/0b prefix when base is 0 or matches; base 0 and 2..36. On a bad literal
   raises ValueError "invalid literal for int() with base 10: 'text'" where text is
   the repr of the original s (cut to 200 characters, as CPython does); a bad base,
   ValueError "int() base must be >= 2 and <= 36, or 0". Unicode digits and spaces are
   accepted as int() accepts them. In bases other than 2, 4, 8, 16 and 32, more than
   vm->int_max_str_digits digits raise ValueError "Exceeds the limit (4300 digits) for
   integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits()
   to increase the limit". */
Value int_parse(rill_vm *vm, const char *s, size_t n, int base);

/* Conversions out. int_to_i64 returns false if v does not fit. int_to_double raises
   OverflowError "int too large to convert to float" and returns -1.0 with *err set. */
bool int_to_i64(Value v, int64_t *out);
double int_to_double(rill_vm *vm, Value v, bool *err);
/* str(v) in base 10 (with the 4300-digit limit: ValueError "Exceeds the limit (4300
   digits) for integer string conversion; use sys.set_int_max_str_digits() to increase
   the limit"; vm->int_max_str_digits, 0 for none), or base 2/8/16 with the 0b/0o/0x
   prefix when prefix is true (the sign comes first: "-0x1f"). A bool converts as its
   int value ("1"). */
RStr *int_to_str(rill_vm *vm, Value v, int base, bool prefix);

/* Arithmetic. Division by zero raises ZeroDivisionError with CPython's messages
   ("division by zero", "integer division or modulo by zero", "integer modulo by
   zero"); floordiv and mod round toward negative infinity. int_truediv returns a float,
   correctly rounded (OverflowError "integer division result too large for a float").
   int_pow with a negative exponent returns a float (ZeroDivisionError "0.0 cannot be
   raised to a negative power"); with mod (V_NULL for none) it is pow(a, b, m), which
   supports negative exponents through the modular inverse ("base is not invertible
   for the given modulus", "pow() 3rd argument cannot be 0"). Results too large to
   represent raise MemoryError; a left shift CPython would refuse outright raises
   OverflowError "too many digits in integer". Shifts: ValueError "negative shift
   count". Bitwise operations use two's complement semantics and return ints, also
   for two bools (True & True is 1 here: bool's own operators are the caller's). */
Value int_add(rill_vm *vm, Value a, Value b);
Value int_sub(rill_vm *vm, Value a, Value b);
Value int_mul(rill_vm *vm, Value a, Value b);
Value int_floordiv(rill_vm *vm, Value a, Value b);
Value int_mod(rill_vm *vm, Value a, Value b);
Value int_divmod(rill_vm *vm, Value a, Value b);     /* a tuple (q, r) */
Value int_truediv(rill_vm *vm, Value a, Value b);
Value int_pow(rill_vm *vm, Value a, Value b, Value mod);
Value int_neg(rill_vm *vm, Value a);
Value int_abs(rill_vm *vm, Value a);
Value int_invert(rill_vm *vm, Value a);
Value int_lshift(rill_vm *vm, Value a, Value b);
Value int_rshift(rill_vm *vm, Value a, Value b);
Value int_and(rill_vm *vm, Value a, Value b);
Value int_or(rill_vm *vm, Value a, Value b);
Value int_xor(rill_vm *vm, Value a, Value b);

int int_cmp(Value a, Value b);                       /* -1, 0, 1 */
int int_sign(Value a);                               /* -1, 0, 1 */
/* CPython's hash: the value modulo 2^61 - 1, sign kept, -1 becomes -2. */
int64_t int_hash(Value a);
/* Number of bits in abs(a) (int.bit_length). */
uint64_t int_bit_length(Value a);
/* Compare an int with a double exactly (for 2**100 == 2.0**100, 10**20 < 1e20...):
   -1, 0, 1; nan compares as "unordered": returns 2. */
int int_cmp_double(Value a, double d);

/* gcd(a, b) >= 0 (math.gcd of two ints). */
Value int_gcd(rill_vm *vm, Value a, Value b);

/* The text int() and float() parse, as CPython prepares it: every Unicode whitespace
   character becomes ' ' and every Unicode decimal digit its ASCII digit; the text stops
   at the first other non-ASCII character, which becomes '?'. s is valid UTF-8. Returns
   a NUL-terminated buffer of *outlen bytes that the caller frees with
   mem_free(vm, buf, n + 1), or NULL on MemoryError. */
char *int_ascii_numeric(rill_vm *vm, const char *s, size_t n, size_t *outlen);

/* Bignum object size in bytes, as allocated (obj_size uses it to free). */
size_t big_size(const RBig *b);

#endif
