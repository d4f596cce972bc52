/*
** str_internal.h — helpers shared by str_methods.c and str_case.c.
*/
#ifndef rill_str_internal_h
#define rill_str_internal_h

#include "../vm/vm.h"
#include "../vm/str.h"

/* Methods of str defined in str_case.c (case mapping, predicates, padding, translate). */
int bi_init_str_case(rill_vm *vm);

/* str.isspace() for one code point. */
bool bi_cp_isspace(uint32_t c);
/* The code points of s in a mem_alloc'd array (NULL with MemoryError); release it with
   bi_str_free_cps(vm, cps, s). */
uint32_t *bi_str_decode(rill_vm *vm, RStr *s);
void bi_str_free_cps(rill_vm *vm, uint32_t *cps, RStr *s);
/* A start/end argument of find() and friends: None or missing leaves *out unchanged;
   "slice indices must be integers or None or have an __index__ method". 0 / -1. */
int bi_slice_arg(rill_vm *vm, Value v, intptr_t *out);
/* CPython's ADJUST_INDICES: negative indexes count from the end, then clamp to
   [0, len] (start is not clamped above). */
void bi_adjust_indices(intptr_t *start, intptr_t *end, intptr_t len);
/* Byte offset of code point i (0 <= i <= nchars). */
size_t bi_byte_offset(RStr *s, intptr_t i);

#endif
