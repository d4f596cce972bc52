/*
** str.h — str objects (immutable Unicode text, UTF-8 inside), the intern table, and
** StrBuf, the growable buffer every part of rill builds strings with.
**
** A string's bytes are valid UTF-8 followed by a NUL (so data can go to C functions;
** the string itself may contain NUL characters: use len). nchars counts code points;
** indexing and slicing are by code point. ASCII strings (the common case) are flagged
** so that code point i is byte i.
**
** Sharing: '' is vm->empty_str (made at VM start with str_new) and each one-character
** ASCII string is vm->char_cache[c], which str.c fills lazily on first use (so the
** VM's start-up code must not fill it); every constructor hands these out.
**
** Interning: names (identifiers, attribute names, keyword names) are interned, so the
** same name is the same object and dict lookups by name compare pointers first. An
** interned string is owned by the intern table; str_intern() returns a new reference
** to it like any other constructor.
*/
#ifndef rill_str_h
#define rill_str_h

#include <stdarg.h>
#include "vm.h"

enum { STR_ASCII = 1, STR_INTERNED = 2, STR_HASHED = 4 };   /* RObj.aux bits */

struct RStr {
    RObj h;
    size_t len;                 /* bytes, without the trailing NUL */
    size_t nchars;              /* code points */
    int64_t hash;               /* valid when STR_HASHED */
    /* str_offset's memo for non-ASCII strings under 4 GiB: code point ci_char starts at
       byte ci_byte (0, 0 until first used). Makes in-order indexing O(1) per step. */
    uint32_t ci_char, ci_byte;
    char data[];
};

static inline bool str_is_ascii(const RStr *s) { return (s->h.aux & STR_ASCII) != 0; }
static inline RStr *v_str(Value v) { return (RStr *)v; }
static inline bool v_is_str(Value v) { return v_is_kind(v, K_STR); }

/* Constructors: new references, NULL with MemoryError pending on failure. The input must
   be valid UTF-8 (str_new_checked validates, raising UnicodeDecodeError-style ValueError
   "invalid utf-8"). */
RStr *str_new(rill_vm *vm, const char *s, size_t len);
RStr *str_new_checked(rill_vm *vm, const char *s, size_t len);
RStr *str_from_cstr(rill_vm *vm, const char *s);
/* An uninitialized string of len bytes for the caller to fill, then str_finish() to
   compute nchars and the ASCII flag. */
RStr *str_alloc(rill_vm *vm, size_t len);
RStr *str_finish(RStr *s);
/* printf-like, with the conversions of exc_raisef (vm.h). */
RStr *str_format(rill_vm *vm, const char *fmt, ...);
RStr *str_vformat(rill_vm *vm, const char *fmt, va_list ap);
/* A string of one code point. */
RStr *str_from_codepoint(rill_vm *vm, uint32_t cp);

/* Interning. str_intern returns the table's string for these bytes (a new reference);
   str_intern_steal takes over s and returns the interned equal string. */
RStr *str_intern(rill_vm *vm, const char *s, size_t len);
RStr *str_intern_cstr(rill_vm *vm, const char *s);
RStr *str_intern_steal(rill_vm *vm, RStr *s);
void str_table_free(rill_vm *vm);   /* VM teardown: frees the table (not the strings) */
void str_table_remove(rill_vm *vm, RStr *s);  /* called when an interned string dies */

int64_t str_hash(RStr *s);
bool str_eq(const RStr *a, const RStr *b);
int str_cmp(const RStr *a, const RStr *b);           /* code point order: <0, 0, >0 */
bool str_eq_cstr(const RStr *a, const char *s);

/* Code point access. str_offset: byte offset of code point i (0 <= i <= nchars). */
size_t str_offset(const RStr *s, size_t i);
uint32_t str_codepoint_at(const RStr *s, size_t byte_off, size_t *next_off);
RStr *str_concat(rill_vm *vm, RStr *a, RStr *b);
RStr *str_substr(rill_vm *vm, RStr *s, size_t start_char, size_t end_char);
/* The repr of a str, with CPython's quoting and escaping rules. */
RStr *str_repr(rill_vm *vm, RStr *s);

/* a + b, stealing a: when the caller held the only reference to a (rc 1, not interned),
   a is grown in place, so that `s += t` in a loop is not quadratic. NULL on error (a is
   released either way). */
RStr *str_concat_steal(rill_vm *vm, RStr *a, RStr *b);
/* s * n; n <= 0 gives ''. MemoryError (no message) when the result would not fit. */
RStr *str_repeat(rill_vm *vm, RStr *s, intptr_t n);
/* s[key]: an int (negative counts from the end; IndexError "string index out of range")
   or a slice; TypeError "string indices must be integers, not 'float'" otherwise. */
Value str_getitem(rill_vm *vm, RStr *s, Value key);
/* The code points start, start+step, ... (count of them, already resolved against
   nchars as slice_indices does). */
RStr *str_slice(rill_vm *vm, RStr *s, intptr_t start, intptr_t step, size_t count);
/* `item in s`: 1 / 0, or -1 with TypeError "'in <string>' requires string as left
   operand, not int". */
int str_contains(rill_vm *vm, RStr *s, Value item);
/* Byte offset of the first occurrence of needle in hay, or -1 (needle "" is at 0). */
intptr_t str_memfind(const char *hay, size_t hn, const char *needle, size_t nn);
/* Code point index of a byte offset that starts a code point (or is len). */
size_t str_char_index(const RStr *s, size_t byte_off);
/* Python's str.isprintable() for one code point (exact, Unicode 14 as CPython 3.11). */
bool str_cp_isprintable(uint32_t cp);

/* UTF-8 helpers */
int utf8_encode(uint32_t cp, char *out);            /* returns 1..4 bytes written */
size_t utf8_count(const char *s, size_t len);       /* code points in valid UTF-8 */
/* The code point starting at s (valid UTF-8); *nbytes receives its length 1..4. */
uint32_t utf8_decode(const char *s, size_t *nbytes);
bool utf8_valid(const char *s, size_t len);

/* ---- StrBuf -------------------------------------------------------------------- */
typedef struct StrBuf {
    rill_vm *vm;
    char *data;                 /* the bytes so far (not NUL-terminated), or NULL */
    size_t len, cap;
    bool failed;                /* an allocation failed (MemoryError pending) */
    RStr *str;                  /* the string data lives in (its len is cap until
                                   sb_finish, which trims it instead of copying), or NULL */
} StrBuf;

void sb_init(StrBuf *b, rill_vm *vm);
void sb_add(StrBuf *b, const char *s, size_t n);
void sb_adds(StrBuf *b, const char *s);
void sb_addc(StrBuf *b, char c);
void sb_add_codepoint(StrBuf *b, uint32_t cp);
void sb_add_str(StrBuf *b, RStr *s);
void sb_addf(StrBuf *b, const char *fmt, ...);      /* conversions as str_format */
void sb_vaddf(StrBuf *b, const char *fmt, va_list ap);
/* Append repr(v) / str(v); these may run script code (__repr__) and may fail:
   return -1 with the exception pending (and b->failed set). */
int sb_add_repr(StrBuf *b, Value v);
int sb_add_strof(StrBuf *b, Value v);
/* Append repr(s) of a str (CPython's quoting and escapes); cannot run code. */
void sb_add_str_repr(StrBuf *b, RStr *s);
/* Finish: a new string with the contents (NULL if anything failed); frees the buffer. */
RStr *sb_finish(StrBuf *b);
void sb_free(StrBuf *b);

#endif
