/*
** float.h — float objects and the number formatting/parsing they need.
**
** Floats are boxed (RFloat); arithmetic follows CPython exactly (floor division and
** modulo round toward negative infinity and keep the sign of the divisor, ** raises
** ZeroDivisionError/ValueError/OverflowError where CPython does).
*/
#ifndef rill_float_h
#define rill_float_h

#include "vm.h"

typedef struct RFloat {
    RObj h;
    double v;
} RFloat;

static inline bool v_is_float(Value v) { return v_is_kind(v, K_FLOAT); }
static inline double v_float(Value v) { return ((RFloat *)v)->v; }

Value float_new(rill_vm *vm, double d);

/* repr(d): the shortest string that round-trips, in Python's layout ("1.0", "0.1",
   "1e+16", "1e-05", "inf", "-inf", "nan", "-0.0"). Writes a NUL-terminated string of at
   most 32 bytes to buf and returns its length. */
int float_repr(double d, char *buf);
/* float(s) semantics: whitespace, sign, underscores between digits, "inf", "infinity",
   "nan" (any case), Unicode digits and spaces as float() accepts them. ValueError
   "could not convert string to float: 'text'" (repr of the original). */
Value float_parse(rill_vm *vm, const char *s, size_t n);

/* Arithmetic on two doubles, raising as CPython does; return a new float or V_NULL. */
Value float_truediv(rill_vm *vm, double a, double b);   /* "float division by zero" */
Value float_floordiv(rill_vm *vm, double a, double b);  /* "float floor division by zero" */
Value float_mod(rill_vm *vm, double a, double b);       /* "float modulo" */
Value float_divmod(rill_vm *vm, double a, double b);
/* "0.0 cannot be raised to a negative power" (ZeroDivisionError); overflow raises
   OverflowError "(34, 'Numerical result out of range')". A negative base with a
   non-integral exponent, where CPython returns a complex number, raises ValueError
   "negative number cannot be raised to a fractional power" (rill has no complex). */
Value float_pow(rill_vm *vm, double a, double b);
/* CPython's numeric hash of a double (equal to int_hash for integral values). A nan
   hashes as 0 (CPython 3.11 hashes it by object identity). */
int64_t float_hash(double d);
/* round(d, ndigits) with correct (banker's/half-even on the decimal value) rounding as
   CPython; round(d) with no ndigits (V_NULL or V_NONE) returns an int
   (OverflowError/ValueError for inf/nan). ndigits must be an int (any size) or bool,
   else TypeError "'T' object cannot be interpreted as an integer"; OverflowError
   "rounded value too large to represent". */
Value float_round(rill_vm *vm, double d, Value ndigits);

#endif
