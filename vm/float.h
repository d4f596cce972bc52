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
   "nan" (any case). ValueError "could not convert string to float: 'text'" (repr of
   the original). */
Value float_parse(rill_vm *vm, const char *s, size_t n);

/* Arithmetic on two doubles, raising as CPython does; return a new float or V_NULL. */
Value float_truediv(rill_vm *vm, double a, double b);   /* "float division by zero" */
Value float_floordiv(rill_vm *vm, double a, double b);  /* "float floor division by zero" */
Value float_mod(rill_vm *vm, double a, double b);       /* "float modulo" */
Value float_divmod(rill_vm *vm, double a, double b);
Value float_pow(rill_vm *vm, double a, double b);
/* CPython's numeric hash of a double (equal to int_hash for integral values). */
int64_t float_hash(double d);
/* round(d, ndigits) with correct (banker's/half-even on the decimal value) rounding as
   CPython; round(d) with no ndigits returns an int (OverflowError/ValueError for
   inf/nan). */
Value float_round(rill_vm *vm, double d, Value ndigits);

#endif
