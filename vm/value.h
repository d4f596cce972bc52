/*
** value.h — the tagged value word every part of rill passes around.
**
** A Value is one machine word:
**   ...xxxx1   a small int, the word shifted right by one (63 bits on 64-bit hosts)
**   ...xx000   a pointer to a heap object (RObj), never NULL
**   0          V_NULL: "no value" — an empty slot, an unbound local, or the error
**              return of a function that returns Value (the exception is pending in
**              the VM, see vm.h)
**   2, 6, 10   None, False, True (immediates; never allocated, never refcounted)
**
** Small ints overflow into heap bignums (int.h) and demote back when they fit again,
** so every int in [V_SMALL_MIN, V_SMALL_MAX] is always a small int: two ints are equal
** iff their words are equal when both are small, and a bignum is never small-sized.
*/
#ifndef rill_value_h
#define rill_value_h

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

typedef uintptr_t Value;

#define V_NULL  ((Value)0)
#define V_NONE  ((Value)2)
#define V_FALSE ((Value)6)
#define V_TRUE  ((Value)10)

#define V_SMALL_MAX (INTPTR_MAX >> 1)
#define V_SMALL_MIN (INTPTR_MIN >> 1)

static inline bool v_is_int(Value v) { return (v & 1) != 0; }
static inline bool v_is_obj(Value v) { return (v & 7) == 0 && v != 0; }
static inline bool v_is_bool(Value v) { return v == V_TRUE || v == V_FALSE; }

/* Small-int boxing. v_int() requires V_SMALL_MIN <= i <= V_SMALL_MAX; use
   int_from_i64() (int.h) when the value may not fit. */
static inline Value v_int(intptr_t i) { return ((Value)i << 1) | 1; }
static inline intptr_t v_as_int(Value v) { return (intptr_t)v >> 1; }
static inline bool v_fits_small(int64_t i) { return i >= V_SMALL_MIN && i <= V_SMALL_MAX; }
static inline Value v_bool(bool b) { return b ? V_TRUE : V_FALSE; }

#endif
