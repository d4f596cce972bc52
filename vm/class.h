/*
** class.h — classes (type objects) and instances of user classes.
**
** Every class, built-in or user-defined, is an RClass. `inst_kind` is the C layout of its
** instances: built-in classes have their own kind, user classes K_INST, and a user
** subclass of an exception class K_EXC. Method resolution uses the C3 linearization
** in `mro`. Every object counts a reference to its class (`type`, its own class,
** excepted), so a class outlives its instances; the VM holds the built-in ones.
*/
#ifndef rill_class_h
#define rill_class_h

#include "vm.h"
#include "func.h"

enum {
    CLS_BUILTIN   = 1 << 0,     /* created by the VM (attributes are read-only) */
    CLS_BASETYPE  = 1 << 1,     /* may be subclassed */
    CLS_EXCEPTION = 1 << 2,     /* BaseException or a subclass */
    CLS_HAS_GETATTR = 1 << 3,   /* defines __getattr__ (somewhere in the MRO) */
    CLS_HAS_DESCR = 1 << 4,     /* its dicts hold data descriptors (properties) */
    CLS_HAS_SETATTR = 1 << 5,   /* a user class in the MRO defines __setattr__ or
                                   __delattr__ */
    CLS_HAS_GETATTRIBUTE = 1 << 6, /* ... defines __getattribute__ */
    /* any of these takes attribute access off the interpreter's fast paths */
    CLS_ATTR_HOOKS = CLS_HAS_GETATTR | CLS_HAS_SETATTR | CLS_HAS_GETATTRIBUTE,
};

struct RClass {
    RObj h;
    RStr *name;
    RStr *qualname;
    RTuple *bases;
    RTuple *mro;                /* the class first, `object` last */
    RDict *dict;
    uint8_t inst_kind;          /* ObjKind of instances */
    uint32_t flags;
    const NativeOps *native;    /* K_NATIVE instances' behaviour, else NULL */
    /* Constructor for built-in classes: called for cls(...) with the class as args[0]
       (so subclasses can be created), NULL for user classes. */
    CFn ctor;
    uint64_t version;           /* bumped when this class's dict changes */
    uint64_t id;                /* unique in the VM, never reused (lookup cache key) */
    RStr *tpname;               /* "itertools.count": a built-in class of a module, as
                                   CPython's tp_name names it in messages (object.c) */
    bool tpname_known;
};

/* The VM's attribute lookup cache (class.c): (class id, name) -> what class_lookup
   found, valid while vm->class_epoch is unchanged. Any change to any class dict bumps
   the epoch, which empties the cache at once; classes change rarely once made. */
#define LOOKUP_CACHE_SIZE 1024
typedef struct LookupEntry {
    uint64_t class_id;
    uint64_t epoch;
    RStr *name;                 /* strong: the key stays alive while cached */
    Value value;                /* borrowed from the class dict; V_NULL = not found */
} LookupEntry;

/* class_lookup through the cache. */
Value class_lookup_cached(rill_vm *vm, RClass *cls, RStr *name);
/* Every class dict change calls this (class_setattr, class creation). */
static inline void class_changed(rill_vm *vm) { vm->class_epoch++; }
void lookup_cache_free(rill_vm *vm);

typedef struct RInst {          /* an instance of a user class (K_INST) */
    RObj h;
    RDict *dict;
} RInst;

/* Descriptors found in class dicts. */
typedef struct RProperty {      /* property(fget, fset, fdel, doc) */
    RObj h;
    Value fget, fset, fdel, doc;
} RProperty;

typedef struct RMethodWrap {    /* staticmethod(f) / classmethod(f) */
    RObj h;
    Value func;
} RMethodWrap;

typedef struct RSuper {         /* super(type, obj) */
    RObj h;
    RClass *type;
    Value obj;
    RClass *obj_type;
} RSuper;

/* A C-implemented attribute of a built-in type (gen.gi_running, exc.args...): lives in
   the class dict as a K_NATIVE object of class getset_descriptor. */
typedef Value (*GetterFn)(rill_vm *vm, Value self);
typedef int (*SetterFn)(rill_vm *vm, Value self, Value v);   /* v V_NULL: delete */
typedef struct GetSetDef {
    const char *name;
    GetterFn get;
    SetterFn set;               /* NULL: read-only */
} GetSetDef;

typedef struct RModule {
    RObj h;
    RDict *dict;
    RStr *name;
} RModule;

static inline RClass *v_class_obj(Value v) { return (RClass *)v; }
static inline bool v_is_class(Value v) { return v_is_kind(v, K_CLASS); }

/* A new built-in class (state.c uses this at VM start). base may be NULL (object). */
RClass *class_new_builtin(rill_vm *vm, const char *name, RClass *base, ObjKind inst_kind,
                          uint32_t flags);
/* Fills in the name, dict, bases and MRO of a built-in class allocated early in VM start
   (before strings, dicts and tuples existed). 0 / -1. */
int class_init_builtin(rill_vm *vm, RClass *c, const char *name, RClass *base);
/* builtins.__build_class__, which the class statement calls. */
extern const CFuncDef class_build_class_def;
/* The class statement's full form: also fills the __class__ cell (classcell, may be
   V_NULL), then runs __set_name__ on the attributes and the bases' __init_subclass__
   with the class keyword arguments (kwnames/kwvalues, may be NULL). */
RClass *class_new_kw(rill_vm *vm, RStr *name, RTuple *bases, RDict *ns, Value classcell,
                     RTuple *kwnames, const Value *kwvalues);
/* descr.c: the creation hooks, super's attribute lookup and repr, and the descriptor
   classes' constructors and methods (VM start). */
int class_init_hooks(rill_vm *vm, RClass *cls, RTuple *kwnames, const Value *kwvalues);
Value super_getattr(rill_vm *vm, RSuper *s, RStr *name, bool quiet);
RStr *super_repr(rill_vm *vm, RSuper *s);
int descr_init_classes(rill_vm *vm);
/* class name(bases): a new user class with namespace dict ns (borrowed; copied). Computes
   the MRO (TypeError "Cannot create a consistent method resolution order (MRO) for bases
   A, B") and rejects bases that cannot be subclassed. */
RClass *class_new(rill_vm *vm, RStr *name, RTuple *bases, RDict *ns);
/* C3 linearization of cls given its bases: a new tuple, or NULL with TypeError. */
RTuple *class_compute_mro(rill_vm *vm, RClass *cls, RTuple *bases);
/* Set or delete an attribute of a class (keeps flags and versions right). */
int class_setattr(rill_vm *vm, RClass *cls, RStr *name, Value v);

/* Adds C-implemented attributes to a class dict as getset descriptors. 0 / -1. */
int class_add_getsets(rill_vm *vm, RClass *cls, const GetSetDef *defs);
/* The GetSetDef behind a getset descriptor object (K_NATIVE of class
   getset_descriptor), or NULL for anything else. */
const GetSetDef *getset_def(rill_vm *vm, Value v);
extern const NativeOps getset_ops;

/* A new instance of a user class, without calling __init__. */
Value inst_new(rill_vm *vm, RClass *cls);

/* Calls cls(*args, **kw): __new__/__init__ for user classes, ctor for built-ins. */
Value class_call(rill_vm *vm, RClass *cls, const Value *args, size_t nargs, RTuple *kwnames);

#endif
