/*
** iter.h — iterator objects of the built-in types (list, tuple, str, dict and its views,
** set, range), the sequence iterator for classes with only __getitem__, and the
** callable iterator of iter(f, sentinel). They are K_NATIVE objects whose class's
** NativeOps.iternext gives the next item (ownership and the exhausted/error convention
** as iter_next in ops.h).
*/
#ifndef rill_iter_h
#define rill_iter_h

#include "vm.h"

/* A new iterator over v when v is a built-in iterable (list, tuple, str, dict, dict
   views, set, frozenset, range); V_NULL with NO exception pending when v is not one of
   those; V_NULL with an exception on failure. */
Value iter_builtin(rill_vm *vm, Value v);
/* iter(v) for an object with __getitem__ but no __iter__. */
Value seqiter_new(rill_vm *vm, Value v);
/* iter(callable, sentinel) */
Value calliter_new(rill_vm *vm, Value callable, Value sentinel);

/* ---- additions (vm/iter.c, used by stdlib/) -------------------------------------- */
#include "func.h"

typedef struct RDict RDict;
typedef struct RList RList;
typedef struct RRange RRange;

/* Creates the classes of the iterator types and dict views (vm->cls_*_iterator,
   cls_dict_keys...). Called once by stdlib_init. 0 / -1. */
int iter_init(rill_vm *vm);

/* __iter__ (returns self) and __next__ (through NativeOps.iternext, raising
   StopIteration when exhausted): the methods every native iterator class has. */
extern const CFuncDef iter_methods[];
/* A new K_NATIVE class `name` (base object) with behaviour ops, iter_methods added when
   ops has an iternext, and the NULL-terminated defs (may be NULL). Stored in *slot. */
int iter_new_class(rill_vm *vm, RClass **slot, const char *name, const NativeOps *ops,
                   const CFuncDef *defs);
/* Raises StopIteration() with no arguments; returns V_NULL. */
Value iter_raise_stop(rill_vm *vm);

/* The dict views: K_NATIVE objects of class cls_dict_keys / _values / _items. */
typedef struct RDictView {
    RObj h;
    RDict *dict;                /* strong; NULL only after the collector cleared it */
} RDictView;

enum { ITER_KEYS = 0, ITER_VALUES = 1, ITER_ITEMS = 2 };
/* A view of d: what is ITER_KEYS, ITER_VALUES or ITER_ITEMS. */
Value iter_dictview_new(rill_vm *vm, RDict *d, int what);
static inline bool iter_is_dictview(rill_vm *vm, Value v)
{
    return v_is_kind(v, K_NATIVE) && (v_obj(v)->cls == vm->cls_dict_keys ||
           v_obj(v)->cls == vm->cls_dict_values || v_obj(v)->cls == vm->cls_dict_items);
}
/* Iterators over a dict (forward or reversed), a list backwards, a range (reversed:
   from its last item down). */
Value iter_dict_new(rill_vm *vm, RDict *d, int what, bool reversed);
Value iter_listrev_new(rill_vm *vm, RList *l);
Value iter_range_new(rill_vm *vm, RRange *r, bool reversed);

#endif
