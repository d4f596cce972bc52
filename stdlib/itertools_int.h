/*
** itertools_int.h — what the two files of the itertools module share (itertools.c: the
** module, the lazy iterators and tee; itertools_comb.c: product, permutations,
** combinations and combinations_with_replacement): class creation, CPython's argument
** parsing of itertools constructors, and the helpers of the iteration hot paths.
*/
#ifndef rill_itertools_int_h
#define rill_itertools_int_h

#include "stdlib.h"
#include "../vm/ops.h"
#include "../vm/class.h"
#include "../vm/seq.h"

/* A new itertools class `name` (a K_NATIVE class with __iter__/__next__ when ops has an
   iternext, the NULL-terminated defs, __module__ 'itertools'), constructed by ctor
   (NULL: not constructible), added to module m. basetype: CPython lets it be
   subclassed. The class is borrowed from the module's dict into *out. 0 / -1. */
int itertools_new_class(rill_vm *vm, RModule *m, const char *name, const NativeOps *ops,
                        CFn ctor, const CFuncDef *defs, bool basetype, RClass **out);

/* Argument parsing with the messages of CPython's argument clinic for constructors
   that accept keywords: names[0..nparams) are the parameters, the first npos may be
   given by position, the first nreq are required. out[i] receives the borrowed value
   or V_NULL. 0 / -1. */
int itertools_parse(rill_vm *vm, const char *fname, const Value *args, size_t nargs,
                    RTuple *kwnames, const char *const *names, size_t nparams,
                    size_t npos, size_t nreq, Value *out);


/* The result tuple of n items to fill: the cached one when nothing else holds it
   (CPython's trick, which makes `for a, b in product(...)` allocate nothing), else a
   new one that replaces it in the cache. A new reference, NULL on MemoryError. */
RTuple *itertools_result(rill_vm *vm, RTuple **cache, size_t n);

/* Adds the combinatoric class `name` (product, permutations, combinations,
   combinations_with_replacement: itertools_comb.c) to module m. 0 / -1. */
int itertools_comb_init(rill_vm *vm, RModule *m, const char *name);

/* next(it), calling a built-in iterator's iternext directly: the contract of
   iter_next_pass (ops.h), for the iterators that pass their input's end on as
   CPython's do (accumulate, compress, dropwhile, islice...); itertools_next is
   iter_next's, for those that consume it (chain, cycle, groupby, zip_longest...).
   Iterators nested in C count towards the C-depth limit, so that a chain that
   contains itself (chain.from_iterable of a source yielding the chain) raises
   RecursionError instead of overflowing the C stack as it does in CPython. */
static inline Value itertools_next_pass(rill_vm *vm, Value it)
{
    RObj *o = v_obj(it);
    if (o->kind == K_NATIVE && o->cls->native->iternext && (o->cls->flags & CLS_BUILTIN)) {
        if (vm->c_depth >= vm->c_depth_limit) return (vm_check_stack(vm), V_NULL);
        vm->c_depth++;
        Value r = o->cls->native->iternext(vm, o);
        vm->c_depth--;
        return r;
    }
    return iter_next_pass(vm, it);
}

static inline Value itertools_next(rill_vm *vm, Value it)
{
    Value r = itertools_next_pass(vm, it);
    if (r == V_NULL) iter_stop_drop(vm);
    return r;
}

/* Sets item i of a (reused) result tuple, releasing what it held there last. */
static inline void itertools_set(rill_vm *vm, RTuple *t, size_t i, Value v)
{
    Value old = t->items[i];
    t->items[i] = v;
    v_decref(vm, old);
}

/* Loops that run in C without calling script code stay interruptible (DESIGN §3): a
   check every 4096 steps. 0 / -1 with KeyboardInterrupt pending. */
static inline int itertools_tick(rill_vm *vm, uint32_t *counter)
{
    return (++*counter & 4095) == 0 ? vm_check_interrupt(vm) : 0;
}

#endif
