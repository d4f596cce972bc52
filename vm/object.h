/*
** object.h — the heap object header, reference counting, and the ownership rules that
** every file in rill follows.
**
** OWNERSHIP RULES (stated once, followed everywhere)
**  1. A function that returns a Value or an object pointer returns a NEW reference: the
**     caller owns it and must release it (v_decref / obj_decref) or hand it on.
**     Exceptions are named: *_borrow functions and accessors documented "borrowed"
**     return a reference owned by someone else, valid while that owner keeps it.
**  2. Arguments are BORROWED: the callee increments what it keeps. Exceptions are
**     named *_steal (or documented "steals"), which take over the caller's reference,
**     even when they fail.
**  3. Errors: a function returning Value returns V_NULL with the exception pending in
**     the VM (vm.h: exc_*); one returning an object pointer returns NULL likewise; one
**     returning int returns -1. Predicates return 1 (true), 0 (false) or -1 (error).
**     The iteration primitive iter_next() is the one place where V_NULL may also mean
**     "exhausted, no exception": check vm_exc_pending().
**  4. Stores write the new value first and release the old one last
**     (v_store/obj_store below), because releasing a reference can run script code
**     — a dropped generator's finally block — which may look at the slot.
**  5. Any v_decref may run script code. Code that holds C pointers into a container's
**     storage must not decref in between without re-reading them.
**
** LAYOUT
**  Every heap object starts with RObj. Container objects (those that can hold
**  references to other objects and so take part in cycles) are allocated with a GCHead
**  immediately before their RObj and are linked into the VM's list of tracked objects;
**  gc.c owns that list. Ints, floats, strings, code... are not containers.
**  `kind` names the C layout; `cls` the Python class (for a subclass of a built-in
**  exception, kind is K_EXC and cls the user's class).
*/
#ifndef rill_object_h
#define rill_object_h

#include "value.h"

typedef struct rill_vm rill_vm;
typedef struct RClass RClass;

typedef enum ObjKind {
    K_INT,          /* big int (small ints are unboxed) */
    K_FLOAT,
    K_STR,
    K_TUPLE,
    K_LIST,
    K_DICT,
    K_SET,
    K_FROZENSET,
    K_RANGE,
    K_SLICE,
    K_CODE,
    K_FUNC,         /* a bytecode function (closure) */
    K_CFUNC,        /* a built-in function or method written in C */
    K_BOUND,        /* a bound method: function + self */
    K_CELL,
    K_GEN,
    K_CLASS,
    K_INST,         /* instance of a user class */
    K_EXC,          /* exception instance (built-in or user subclass) */
    K_MODULE,
    K_PROPERTY,
    K_STATICMETHOD,
    K_CLASSMETHOD,
    K_SUPER,
    K_NATIVE,       /* any other built-in type; behaviour in cls->native */
    K_SINGLETON,    /* NotImplemented, Ellipsis */
    K__COUNT
} ObjKind;

/* gcbits */
enum {
    GC_TRACKED   = 1 << 0,  /* has a GCHead and is linked into vm->gc list */
    GC_FINALIZED = 1 << 1,  /* its finalizer ran; never run it again (PEP 442) */
    GC_COLLECTING = 1 << 2, /* in the collector's unreachable set */
    GC_CONTAINER = 1 << 3,  /* allocated with a GCHead (tracked or not) */
    GC_REACHABLE = 1 << 4,  /* collector: reached from outside the candidate set */
};

typedef struct RObj {
    uint32_t rc;
    uint8_t kind;
    uint8_t gcbits;
    uint16_t aux;           /* kind-specific small flags */
    RClass *cls;            /* strong reference to the object's class */
} RObj;

typedef struct GCHead {
    struct GCHead *next;
    union {
        struct GCHead *prev;
        uintptr_t refs;         /* during a collection only (gc.c) */
    };
} GCHead;

#define GC_HEAD(o)   ((GCHead *)(o) - 1)
#define GC_OBJ(g)    ((RObj *)((GCHead *)(g) + 1))

static inline RObj *v_obj(Value v) { return (RObj *)v; }
static inline Value v_from_obj(const void *o) { return (Value)o; }
static inline bool v_is_kind(Value v, ObjKind k) { return v_is_obj(v) && v_obj(v)->kind == k; }

/* Called when a count reaches zero: finalizes (may run script code), then frees
   without recursing in C (gc.c). */
void obj_dealloc(rill_vm *vm, RObj *o);

static inline void obj_incref(void *o) { ((RObj *)o)->rc++; }
static inline void obj_decref(rill_vm *vm, void *o)
{
    if (--((RObj *)o)->rc == 0) obj_dealloc(vm, (RObj *)o);
}
static inline void obj_xdecref(rill_vm *vm, void *o) { if (o) obj_decref(vm, o); }

static inline Value v_incref(Value v) { if (v_is_obj(v)) v_obj(v)->rc++; return v; }
/* Accepts any Value, V_NULL and immediates included. */
static inline void v_decref(rill_vm *vm, Value v)
{
    if (v_is_obj(v) && --v_obj(v)->rc == 0) obj_dealloc(vm, v_obj(v));
}

/* Rule 4: store first, release last. *slot takes over the caller's reference to nv. */
static inline void v_store(rill_vm *vm, Value *slot, Value nv)
{
    Value old = *slot;
    *slot = nv;
    v_decref(vm, old);
}
#define obj_store(vm, slotp, nv) do { \
        void *old_ = (void *)*(slotp); *(slotp) = (nv); obj_xdecref((vm), old_); } while (0)

/* Visitor used by the cycle collector over an object's outgoing references. */
typedef void (*VisitFn)(RObj *child, void *arg);
static inline void v_visit(Value v, VisitFn visit, void *arg)
{
    if (v_is_obj(v)) visit(v_obj(v), arg);
}

/* Behaviour of a K_NATIVE type (iterators, file objects, dict views, itertools...).
   Stored in its RClass; one static const instance per C type. */
typedef struct NativeOps {
    size_t size;                                   /* bytes, RObj included */
    bool container;                                /* allocate with a GCHead */
    /* visit each strong reference (NULL: none) */
    void (*traverse)(RObj *o, VisitFn visit, void *arg);
    /* release every strong reference and reset them (used by dealloc and by the
       cycle collector); must leave the object safe to traverse again */
    void (*clear)(rill_vm *vm, RObj *o);
    /* free owned C memory that is not objects (buffers, file handles) */
    void (*destroy)(rill_vm *vm, RObj *o);
    /* iterator protocol fast path: next value (new ref), or V_NULL with no exception
       when exhausted, or V_NULL with an exception pending */
    Value (*iternext)(rill_vm *vm, RObj *o);
} NativeOps;

/* Allocate an object of `size` bytes with header filled in (rc = 1) and class `cls`
   (a new reference to cls is taken). Containers get a GCHead and are tracked.
   Returns NULL with MemoryError pending on failure. (gc.c) */
void *obj_alloc(rill_vm *vm, ObjKind kind, RClass *cls, size_t size, bool container);
/* Resize a variable-size non-container object (strings, big ints) in place. */
void *obj_resize(rill_vm *vm, void *o, size_t oldsize, size_t newsize);

/* Size of an object's allocation (RObj included, GCHead excluded), for accounting. */
size_t obj_size(RObj *o);

#endif
