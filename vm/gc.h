/*
** gc.h — the cycle collector and the VM-teardown sweep (gc.c). Allocation and
** deallocation themselves are declared in object.h.
*/
#ifndef rill_gc_h
#define rill_gc_h

#include "vm.h"

/* Collections happen when this many more containers exist than after the last one (or
   half the live ones, whichever is more). */
#define GC_MIN_THRESHOLD 2000

void gc_init(rill_vm *vm);
/* A full collection: finalizes unreachable suspended generators (running their finally
   blocks), then frees unreachable cycles. Returns how many objects were freed. May run
   script code. Does nothing when called during a collection or a deallocation. */
size_t gc_collect(rill_vm *vm);
/* Should the interpreter collect at this safe point? */
bool gc_should_collect(rill_vm *vm);
void gc_maybe_collect(rill_vm *vm);
/* Stop tracking o (it can no longer be part of a cycle). */
void gc_untrack(rill_vm *vm, RObj *o);
size_t gc_tracked_count(rill_vm *vm);
/* VM teardown: clears and frees every remaining container without running code. */
void gc_free_all(rill_vm *vm);

#endif
