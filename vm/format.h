/*
** format.h — text formatting as CPython 3.11 does it: format(v, spec) for the built-in
** types (the format-spec mini-language), printf-style `str % args`, and str.format /
** str.format_map.
**
** Every function returns a new str, or NULL with the exception pending (ValueError,
** TypeError, KeyError, IndexError, OverflowError... with CPython's messages). They may
** run script code (__format__, __str__, __repr__, __getitem__, __index__ of user
** classes). Arguments are borrowed.
*/
#ifndef rill_format_h
#define rill_format_h

#include "vm.h"

/* format(v, spec) for values whose class has no user __format__: int and bool (an empty
   spec gives str(v), so format(True, '') is 'True' but format(True, 'd') is '1'),
   float, str; any other value accepts only an empty spec (str(v)) and raises TypeError
   "unsupported format string passed to NoneType.__format__" otherwise. spec NULL is
   the empty spec. */
RStr *fmt_format_builtin(rill_vm *vm, Value v, RStr *spec);

/* fmt % args: a tuple gives the positional arguments, a mapping (anything with
   __getitem__ except tuple and str) serves %(name)s keys, anything else is the single
   argument. */
RStr *fmt_percent(rill_vm *vm, RStr *fmt, Value args);

/* fmt.format(*args, **kwargs) in the calling convention of the C functions (func.h):
   args[0..nargs) are the positional arguments and, when kwnames (a tuple of strs) is not
   NULL, args[nargs + k] is the value of the keyword argument kwnames[k]. */
RStr *fmt_str_format(rill_vm *vm, RStr *fmt, const Value *args, size_t nargs,
                     RTuple *kwnames);
/* fmt.format_map(mapping): names are looked up with mapping[name]; positional fields
   raise ValueError "Format string contains positional fields". */
RStr *fmt_str_format_map(rill_vm *vm, RStr *fmt, Value mapping);

/* ---- shared by format.c and format_num.c only ------------------------------------ */

/* A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
typedef struct FmtSpec {
    uint32_t fill;              /* a code point */
    char align;                 /* '<' '>' '=' '^' */
    char sign;                  /* 0 (not given), '+', '-', ' ' */
    bool no_neg_0;              /* z */
    bool alternate;             /* # */
    char sep;                   /* grouping separator: 0, ',' or '_' */
    int group;                  /* digits per group (3, or 4 for '_' with b o x X) */
    intptr_t width;             /* -1: not given */
    intptr_t precision;         /* -1: not given */
    uint32_t type;              /* presentation type (a code point), 0 for none */
} FmtSpec;

/* Widths beyond this could overflow the size arithmetic; CPython fails to allocate such
   strings too, so they raise MemoryError. */
#define FMT_MAX_WIDTH (INTPTR_MAX / 8)

/* Writes n copies of the flen-byte UTF-8 character fill at p; returns the end. */
char *fmt_put_fill(char *p, const char *fill, size_t flen, intptr_t n);

/* The value (0..9) of a Unicode decimal digit (category Nd, as Py_UNICODE_TODECIMAL),
   or -1. */
int fmt_decimal_value(uint32_t cp);

/* The number presentation types of the mini-language, for an int (or bool) v and a
   float d: CPython's format_long_internal and format_float_internal. */
RStr *fmt_int_spec(rill_vm *vm, Value v, const FmtSpec *f);
RStr *fmt_float_spec(rill_vm *vm, double d, const FmtSpec *f);

/* CPython's PyOS_double_to_string: code is one of e E f F g G r (r: repr, precision
   0). Returns a mem_alloc'd NUL-terminated buffer of *cap bytes holding *len bytes of
   text and room for one more, or NULL with MemoryError pending. */
enum { FMT_DT_ALT = 1, FMT_DT_ADD_DOT_0 = 2, FMT_DT_NO_NEG_0 = 4 };
char *fmt_dtoa(rill_vm *vm, double d, char code, int precision, unsigned flags,
               size_t *len, size_t *cap);

#endif
