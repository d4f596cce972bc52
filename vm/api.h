/*
** api.h — internals shared by the files of the embedding API (api.c, api_values.c,
** api_native.c, api_gen.c): the slot stack and its windows, persistent references, and
** the registry of host natives. The rest of the VM sees only the two teardown calls
** state.c makes.
**
** Slots. One growable array of Values holds every window: the host's own window at the
** bottom (it always exists), then one window per native call or native-iterator step in
** progress, innermost on top. Only the top window is "current" (reachable through slot
** numbers), so only it ever grows, and a window below is never touched while the code
** above it runs. The array may move when it grows: API code never keeps a Value * into
** it across anything that may run code or push a window; it keeps the Values themselves,
** which the slots keep alive.
*/
#ifndef rill_api_h
#define rill_api_h

#include "vm.h"

struct rill_ref {               /* a host handle: a strong reference, in a list for teardown */
    Value v;
    struct rill_ref *prev, *next;
};

typedef struct NativeReg NativeReg;

typedef struct ApiState {
    Value *stack;               /* every window's slots */
    size_t cap;                 /* allocated Values */
    size_t base, top;           /* the current window is stack[base..top) */
    struct rill_ref refs;       /* sentinel of the list of live refs */
    NativeReg **natives;        /* every rill_def_native registration; the index is the
                                   RCFunc's self, which is how the trampoline finds it */
    size_t nnatives, natives_cap;
    RClass *cls_native_iter;    /* class of rill_new_iterator's objects, made on first use */
} ApiState;

/* The VM's API state, made on first use: NULL with MemoryError pending. */
ApiState *api_state(rill_vm *vm);

/* The start of every API function that may raise: false for a NULL vm; otherwise
   clears a pending exception (rill.h: "calling into a VM that has an exception pending
   first clears it"). */
static inline bool api_begin(rill_vm *vm)
{
    if (!vm) return false;
    if (vm->exc) exc_clear(vm);
    return true;
}

/* RILL_EXIT when the pending exception is a SystemExit, else RILL_ERROR: the status of
   the functions whose job is to run script code. */
int api_code_status(rill_vm *vm);

/* The value in a slot of the current window (borrowed), or V_NULL with TypeError (a
   negative slot) or IndexError (a slot the window does not have). */
Value api_read(rill_vm *vm, int slot);
/* Makes the slot exist (the window grows, new slots hold None). 0 / -1. */
int api_reserve(rill_vm *vm, int slot);
/* Stores v (stolen, even on failure) into a slot, growing the window. 0 / -1. The old
   value is released last (it may run code). */
int api_write(rill_vm *vm, int slot, Value v);
/* A value computed by the VM into slot out: v == V_NULL means the computation failed
   (RILL_ERROR); otherwise stores it (RILL_OK, or RILL_ERROR if the window cannot
   grow). */
int api_result(rill_vm *vm, int out, Value v);

/* A new window on top for a native call: slot 0 None, args[0..n) in slots 1..n. args
   must not point into the slot stack (it may move). *saved receives what
   api_window_pop needs. 0 / -1. */
int api_window_push(rill_vm *vm, const Value *args, size_t n, size_t *saved);
/* Releases the current window's slots (top first: each release may run code that
   pushes windows of its own above the remaining ones) and makes the window below
   current again. The pending exception, if any, is kept. */
void api_window_pop(rill_vm *vm, size_t saved);

/* TypeError "expected int, got str" (what: the expected type's name). RILL_ERROR. */
int api_type_error(rill_vm *vm, const char *what, Value got);
/* A C string argument that must not be NULL and must be UTF-8, interned: NULL with
   TypeError / ValueError (what names the argument in the message). */
RStr *api_name(rill_vm *vm, const char *s, const char *what);
/* The module named `name` (borrowed from sys.modules): one already imported, else a
   built-in module (imported now, without the host's loader or the disk), else — when
   create is set — a new empty module registered in sys.modules. Without create, a
   missing module raises ModuleNotFoundError. NULL on error. */
RModule *api_find_module(rill_vm *vm, const char *name, bool create);

/* ---- teardown (called by rill_vm_free in state.c) ------------------------------------ */
/* Releases every slot of every window, every rill_ref and the native-iterator class
   (may run code: a generator's finally). Idempotent; the state stays usable. */
void api_release(rill_vm *vm);
/* After the last object is gone: frees the native registrations (RCFuncs point at
   their definitions) and the API state itself. */
void api_free(rill_vm *vm);

#endif
