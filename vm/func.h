/*
** func.h — callables: bytecode functions (closures), cells, bound methods, built-in
** functions written in C, and the argument binding both kinds share.
**
** A built-in is an RCFunc pointing at a static CFuncDef. Its C function receives the
** arguments as an array (borrowed), the positional count, and the tuple of keyword
** names for the trailing keyword arguments (NULL when there are none) — the same
** vector convention as call_value() in ops.h. Methods of built-in types receive self as
** args[0]. The function returns a new reference, or V_NULL with an exception pending.
*/
#ifndef rill_func_h
#define rill_func_h

#include "vm.h"
#include "code.h"

typedef Value (*CFn)(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames);

enum {
    CF_KEYWORDS = 1 << 0,       /* accepts keyword arguments (else TypeError for any) */
    CF_METHOD   = 1 << 1,       /* a method of a built-in class: self is args[0] */
    CF_STATIC   = 1 << 2,       /* in a class dict, but not bound when looked up */
    CF_CLASS    = 1 << 3,       /* a classmethod: bound to the class */
    /* Functions the interpreter runs inline on a generator (args[0]) instead of calling:
       they resume it without a C-level re-entry. */
    CF_RESUME_NEXT  = 1 << 4,   /* next(g[, default]) */
    CF_RESUME_ITER  = 1 << 5,   /* g.__next__() */
    CF_RESUME_SEND  = 1 << 6,   /* g.send(v) */
    CF_RESUME_THROW = 1 << 7,   /* g.throw(...) */
    CF_RESUME_MASK  = CF_RESUME_NEXT | CF_RESUME_ITER | CF_RESUME_SEND | CF_RESUME_THROW,
};

typedef struct CFuncDef {
    const char *name;
    CFn fn;
    uint16_t flags;
    int16_t minargs, maxargs;   /* positional arity checked by the call path; -1: any */
    const char *doc;
} CFuncDef;

typedef struct RCFunc {
    RObj h;
    const CFuncDef *def;
    Value self;                 /* bound receiver, or V_NULL */
    RClass *owner;              /* class a method belongs to (borrowed), or NULL */
    Value module;               /* module name for functions of modules, or V_NULL */
} RCFunc;

typedef struct RCell {
    RObj h;
    Value v;                    /* V_NULL when empty */
} RCell;

typedef struct RFunc {
    RObj h;
    RCode *code;
    RDict *globals;
    RTuple *defaults;           /* NULL if none */
    RDict *kwdefaults;          /* NULL if none */
    RTuple *closure;            /* cells for the code's free variables, or NULL */
    RStr *name, *qualname;
    Value doc;
    Value module;               /* __module__ */
    RDict *dict;                /* function attributes, NULL until one is set */
} RFunc;

typedef struct RBound {         /* a bytecode or built-in function bound to self */
    RObj h;
    Value func;
    Value self;
} RBound;

static inline bool v_is_func(Value v) { return v_is_kind(v, K_FUNC); }

RFunc *func_new(rill_vm *vm, RCode *code, RDict *globals);
RCell *cell_new(rill_vm *vm, Value v);
Value bound_new(rill_vm *vm, Value func, Value self);
/* A built-in function object for def (static), bound to self when self != V_NULL. */
RCFunc *cfunc_new(rill_vm *vm, const CFuncDef *def, Value self, RClass *owner);
/* Calls a built-in with exactly these arguments (its bound self, if any, is not added:
   call_value does that), checking keyword use and arity as CPython words it. */
Value cfunc_call(rill_vm *vm, RCFunc *cf, const Value *args, size_t nargs, RTuple *kwnames);
/* Adds every def of a NULL-terminated array to dict d as built-in functions (methods
   of `owner` when owner is not NULL). 0 / -1. */
int cfunc_add_all(rill_vm *vm, RDict *d, const CFuncDef *defs, RClass *owner);

/* Binds a call's arguments to the parameters of func, writing the parameter slots of
   `locals` (which the caller has filled with V_NULL), with CPython's TypeErrors. Fills
   defaults, collects *args / **kwargs. args are borrowed; locals receive new
   references. 0 / -1. */
int func_bind(rill_vm *vm, RFunc *func, const Value *args, size_t nargs, RTuple *kwnames,
              Value *locals);

/* How CPython names a callable in call errors: "print()", "__main__.f()",
   "__main__.C.m()" (module-qualified unless builtins). */
RStr *func_str(rill_vm *vm, Value callable);

/* ---- argument parsing for built-ins ------------------------------------------------
   spec lists the parameter names separated by spaces. Names before a "/" are
   positional-only; "|" marks the start of the optional ones; "*" the start of the
   keyword-only ones. E.g. "iterable / | * key reverse" for sorted. out[i] receives the
   borrowed value of parameter i, or V_NULL when an optional one is missing. Errors are
   CPython's: "sorted expected 1 argument, got 0", "'x' is an invalid keyword argument
   for sorted()", "sorted() takes at most 1 positional argument (2 given)"... */
int arg_parse(rill_vm *vm, const char *fname, const Value *args, size_t nargs,
              RTuple *kwnames, const char *spec, Value *out);
/* Raise "f() takes no keyword arguments" if kwnames is set: returns -1, else 0. */
int arg_no_kw(rill_vm *vm, const char *fname, RTuple *kwnames);
/* Check a positional count: "len() takes exactly one argument (2 given)",
   "f expected at most 2 arguments, got 3" style as CPython for built-ins. */
int arg_count(rill_vm *vm, const char *fname, size_t nargs, size_t min, size_t max);

#endif
