/*
** ops.h — the generic object protocol: what any value can be asked to do (hash,
** compare, print, iterate, call, get attributes and items). These are the functions
** the interpreter and the built-ins use; each dispatches on the built-in kind first and
** falls back to the class's dunder methods for instances of user classes, so every
** built-in path honours the protocol.
**
** Ownership as object.h: arguments borrowed, results new. Everything here may run
** script code, except where noted.
*/
#ifndef rill_ops_h
#define rill_ops_h

#include "vm.h"
#include "opcodes.h"

/* The class of any value (borrowed; never NULL). No script code. */
RClass *v_class(rill_vm *vm, Value v);
/* The class's __name__ as a C string (borrowed), for messages. No script code. */
const char *v_typename(rill_vm *vm, Value v);

/* hash(v): -1 on error (TypeError "unhashable type: 'list'"). */
int64_t obj_hash(rill_vm *vm, Value v);
/* v == w with Python semantics (identity first, then __eq__ with reflection and
   NotImplemented): 1, 0 or -1. */
int obj_eq(rill_vm *vm, Value v, Value w);
/* A rich comparison, returning the resulting object (not necessarily a bool). */
Value obj_compare(rill_vm *vm, Value v, Value w, CmpOp op);
/* The same, reduced to truth: 1, 0 or -1 (sorted, min, max use this with CMP_LT). */
int obj_compare_bool(rill_vm *vm, Value v, Value w, CmpOp op);
/* bool(v): 1, 0 or -1. */
int obj_truth(rill_vm *vm, Value v);
/* repr(v), str(v), ascii(v), format(v, spec) as new str objects, NULL on error. */
RStr *obj_repr(rill_vm *vm, Value v);
RStr *obj_str(rill_vm *vm, Value v);
RStr *obj_ascii(rill_vm *vm, Value v);
RStr *obj_format(rill_vm *vm, Value v, RStr *spec);
/* len(v) >= 0, or -1 on error. */
intptr_t obj_len(rill_vm *vm, Value v);
/* operator.length_hint(v, dflt) as list() and tuple() consult it: __len__, else
   __length_hint__, else dflt; -1 on error. */
intptr_t obj_length_hint(rill_vm *vm, Value v, intptr_t dflt);

/* Binary and unary operators (x OP y), with __op__/__rop__ and NotImplemented rules and
   CPython's TypeError wording. The in-place form tries __iop__ first (and for lists,
   extends in place). */
Value obj_binop(rill_vm *vm, BinOp op, Value v, Value w);
Value obj_inplace(rill_vm *vm, BinOp op, Value v, Value w);
Value obj_neg(rill_vm *vm, Value v);
Value obj_pos(rill_vm *vm, Value v);
Value obj_invert(rill_vm *vm, Value v);
/* `item in container`: 1, 0 or -1 */
int obj_contains(rill_vm *vm, Value container, Value item);

/* Attributes. obj_getattr raises AttributeError; obj_getattr_opt returns V_NULL with
   no exception when the attribute is missing (and only then). */
Value obj_getattr(rill_vm *vm, Value v, RStr *name);
Value obj_getattr_opt(rill_vm *vm, Value v, RStr *name);
int obj_setattr(rill_vm *vm, Value v, RStr *name, Value value);  /* value V_NULL: delete */
/* object.__getattribute__ / object.__setattr__: the generic lookup and store, skipping a
   user __getattribute__ / __setattr__ / __delattr__ (which call these). */
Value obj_generic_getattr(rill_vm *vm, Value v, RStr *name);
int obj_generic_setattr(rill_vm *vm, Value v, RStr *name, Value value);
/* Look a name up on the class of v only (the MRO), without descriptors applied:
   borrowed result or V_NULL. No script code. This is how special methods are found. */
Value class_lookup(RClass *cls, RStr *name);

/* The value of class attribute d (found on v's class) as seen through v: functions
   become bound methods, properties call their getter... (descriptor __get__). */
Value obj_getattr_descr(rill_vm *vm, Value d, Value v);
/* The same for d found on class c and read through c itself: __get__(None, c). */
Value obj_getattr_descr_class(rill_vm *vm, Value d, RClass *c);

/* Items */
Value obj_getitem(rill_vm *vm, Value v, Value key);
int obj_setitem(rill_vm *vm, Value v, Value key, Value value);
int obj_delitem(rill_vm *vm, Value v, Value key);

/* Iteration. iter_get: iter(v) (TypeError "'int' object is not iterable").
   iter_next: the next item as a new reference; V_NULL with NO exception pending when
   the iterator is exhausted (no StopIteration object is made for built-in and
   generator iterators); V_NULL with an exception pending on error. */
Value iter_get(rill_vm *vm, Value v);
Value iter_next(rill_vm *vm, Value it);
/* The end of an iteration, as CPython's built-in iterators pass it on (vm->stop_exc in
   vm.h). iter_next_pass is iter_next for an iterator that passes the end of its
   source through (map, filter, zip, enumerate, islice, takewhile...: those that
   return NULL without clearing the StopIteration in CPython): when `it` ends with a
   StopIteration that carries something (a generator's return value, one raised by a
   __next__), that exception is left in vm->stop_exc instead of being dropped, and
   the caller returns V_NULL at once. iter_stop_keep sets aside a pending StopIteration
   that ends the iteration there (a callback of such an iterator raised it), leaving
   any other exception pending; returns V_NULL. iter_stop_raise ends next() /
   __next__ after V_NULL from an iterator: the pending exception if any, else the
   StopIteration set aside, else a new StopIteration(); returns V_NULL.
   iter_stop_drop forgets what was set aside (C code that consumes an inner end and
   goes on: chain moving to its next input, zip(strict=True)). */
Value iter_next_pass(rill_vm *vm, Value it);
Value iter_stop_keep(rill_vm *vm);
Value iter_stop_raise(rill_vm *vm);
static inline void iter_stop_drop(rill_vm *vm)
{
    if (vm->stop_exc) {
        RExc *e = vm->stop_exc;
        vm->stop_exc = NULL;
        obj_decref(vm, e);
    }
}
/* Does it have __next__ (or a native iternext)? No script code. */
bool iter_is_iterator(rill_vm *vm, Value it);

/* Calls (the vector convention every callable in rill uses): args[0..nargs) are the
   positional arguments; if kwnames (a tuple of interned strs) is not NULL, the values
   of the keyword arguments follow them, args[nargs + i] being named kwnames[i]. */
Value call_value(rill_vm *vm, Value callable, const Value *args, size_t nargs,
                 RTuple *kwnames);
Value call_method(rill_vm *vm, Value obj, RStr *name, const Value *args, size_t nargs);
/* Call the special method `name` looked up on v's class (not the instance): *found is
   set false (and V_NULL returned, no exception) when the class has none. */
Value call_special(rill_vm *vm, Value v, RStr *name, const Value *args, size_t nargs,
                   bool *found);

/* An argument vector with one value put in front (self, or the class for a
   constructor): in a small inline buffer when it fits. n counts every value of args
   (keyword values included). */
typedef struct ArgVec {
    Value *v;
    size_t n;
    Value small[8];
} ArgVec;
int argvec_init(rill_vm *vm, ArgVec *av, Value first, const Value *args, size_t n);
void argvec_free(rill_vm *vm, ArgVec *av);

/* callable(first, *args) for a vector call (kwnames as call_value). */
Value call_prepend(rill_vm *vm, Value callable, Value first, const Value *args, size_t nargs,
                   RTuple *kwnames);

/* f(*args, **kwargs) with a dict of keyword arguments (keys must be str). */
Value call_with_kwdict(rill_vm *vm, Value callable, const Value *args, size_t nargs,
                       RDict *kwargs);
/* LOAD_METHOD: 1 with *meth the plain function found on the class (call it with v as
   self), 0 with *meth the attribute's value, -1 on error. */
int obj_getmethod(rill_vm *vm, Value v, RStr *name, Value *meth);
/* `with` entry: *exit receives the bound __exit__, *res the result of __enter__(). */
int with_enter(rill_vm *vm, Value mgr, Value *exit, Value *res);
/* Could iter(v) work at all (the type has __iter__ or __getitem__)? No script code. */
bool iter_supported(rill_vm *vm, Value v);

/* ---- dict and set operators (setops.c) ----------------------------------------- */
typedef struct RSet RSet;
int dict_equal(rill_vm *vm, RDict *a, RDict *b);                 /* 1 / 0 / -1 */
RStr *dict_repr(rill_vm *vm, RDict *d);
RStr *set_repr(rill_vm *vm, RSet *s);
Value set_richcompare(rill_vm *vm, RSet *a, RSet *b, CmpOp op);  /* subset order */
Value set_binop(rill_vm *vm, BinOp op, RSet *a, RSet *b);        /* | & - ^ */
int set_inplace_op(rill_vm *vm, BinOp op, RSet *a, RSet *b);     /* |= &= -= ^= */
/* The set algebra as CPython's setobject.c computes it, with any iterable as other
   (the methods; the operators above use them): the new sets are of so's kind (set or
   frozenset), NULL on error; the updates return 0 / -1. set_assign gives so the
   table of result, a set just computed from it (set_swap_bodies: the in-place
   intersection), and releases result; -1 when result is NULL (its error). */
RSet *set_intersection(rill_vm *vm, RSet *so, Value other);
RSet *set_difference(rill_vm *vm, RSet *so, Value other);
RSet *set_symmetric_difference(rill_vm *vm, RSet *so, Value other);
int set_difference_update(rill_vm *vm, RSet *so, Value other);
int set_symmetric_difference_update(rill_vm *vm, RSet *so, Value other);
int set_assign(rill_vm *vm, RSet *so, RSet *result);
int64_t frozenset_hash(rill_vm *vm, RSet *s);
/* Comparison of a K_NATIVE object through its class's C methods (__eq__...). */
Value native_compare(rill_vm *vm, Value a, Value b, CmpOp op);
/* a OP b for K_NATIVE operands through their classes' C methods __op__ / __rop__. */
Value native_binop(rill_vm *vm, RStr *name, RStr *rname, Value a, Value b);
/* NotImplemented is passed around borrowed: a call result equal to it is released. */
Value not_implemented_borrowed(rill_vm *vm, Value r);

/* isinstance / issubclass with classes (not tuples; the built-ins handle those). */
bool class_is_subclass(RClass *sub, RClass *base);
bool obj_isinstance(rill_vm *vm, Value v, RClass *cls);

/* CPython's _PyNumber_Index: v when an int (bool included), else what its class's
   __index__ returns (which must be an int); TypeError "'str' object cannot be
   interpreted as an integer" when it has none. New reference or V_NULL. */
Value obj_index(rill_vm *vm, Value v);
/* CPython's PyNumber_AsSsize_t: obj_index(v) as an intptr_t. One too big for that is
   clamped when overflow is NULL, else raises overflow (IndexError for subscripts,
   OverflowError for repeat counts) with "cannot fit 'T' into an index-sized integer",
   T the type of v itself. 0 / -1. */
int obj_as_ssize(rill_vm *vm, Value v, RClass *overflow, intptr_t *out);
/* obj_as_ssize with IndexError: for subscripts and index arguments. */
int obj_as_index(rill_vm *vm, Value v, intptr_t *out);

#endif
