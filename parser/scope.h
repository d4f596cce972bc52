/*
** scope.h — the symbol table the compiler reads (internal to parser/): one Scope per
** module, function, lambda, class, comprehension and generator expression, and for each
** name used in it whether it is local, global (explicit or implicit), free or a cell.
** The rules are CPython 3.11's symtable.c, including its compile-time errors.
*/
#ifndef rill_scope_h
#define rill_scope_h

#include "parser.h"

/* Sym.flags: how a name is used in its scope. */
enum {
    DEF_GLOBAL = 1 << 0,        /* global statement */
    DEF_LOCAL = 1 << 1,         /* assigned (or deleted) */
    DEF_PARAM = 1 << 2,         /* a parameter */
    DEF_NONLOCAL = 1 << 3,      /* nonlocal statement */
    DEF_USE = 1 << 4,           /* read */
    DEF_FREE_CLASS = 1 << 5,    /* free in a method, and bound in the class itself */
    DEF_IMPORT = 1 << 6,        /* bound by an import */
    DEF_ANNOT = 1 << 7,         /* an annotated simple name */
    DEF_COMP_ITER = 1 << 8,     /* a comprehension's iteration variable */
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

typedef enum SymScope {
    SYM_NONE, SYM_LOCAL, SYM_GLOBAL_EXPLICIT, SYM_GLOBAL_IMPLICIT, SYM_FREE, SYM_CELL
} SymScope;

typedef enum ScopeKind { SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_CLASS } ScopeKind;
typedef enum CompKind { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN } CompKind;

typedef struct Sym {
    const char *name;           /* mangled */
    uint32_t hash;
    int flags;
    SymScope scope;
    /* where the first global/nonlocal statement (or walrus) naming it is, for errors */
    int dline, dcol, dend_line, dend_col;
    /* filled in by the compiler: fast-local or cell index, and free-variable index */
    int slot, fslot;
} Sym;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    CompKind comp;              /* a comprehension or genexp body (kind is FUNCTION) */
    bool lambda;
    const char *name;           /* "f", "C", "<lambda>", "<listcomp>", "<module>" ... */
    const void *node;           /* the Stmt or Expr that opens it (NULL: the module) */
    Scope *parent;
    Scope **children;
    int nchildren, capchildren;
    Sym *syms;                  /* in order of first appearance */
    int nsyms, capsyms;
    int *index;                 /* open addressing over syms: i + 1, 0 empty */
    int indexcap;
    const char **params;        /* parameters in frame order (code.h) */
    int nparams, capparams;
    int line, col;
    bool generator;             /* contains yield / yield from */
    bool nested;                /* inside a function */
    bool needs_class_closure;   /* class body: a method uses super or __class__ */
    bool varargs, varkw;
    bool has_free, child_free;
    int comp_iter_expr;         /* > 0 while visiting a comprehension's iterable */
    bool comp_iter_target;      /* visiting a comprehension's for target */
};

typedef struct SymTable {
    Arena arena;                /* every Scope, Sym and mangled name */
    rill_vm *vm;
    Scope *top;
    Scope *cur;
    const char *private;        /* enclosing class name, for mangling */
    Scope **map;                /* node -> scope, open addressing */
    size_t mapcap, mapcount;
    bool nomem;                 /* MemoryError is pending */
    bool error;                 /* a SyntaxError is in *err */
    SyntaxErr *err;
} SymTable;

/* Builds the table for a module. Returns 0, or -1 with either a SyntaxError in *err
   (err->msg set) or MemoryError pending in vm (err->msg empty). scope_free() must be
   called in every case. */
int scope_build(SymTable *st, rill_vm *vm, const Module *m, SyntaxErr *err);
void scope_free(SymTable *st);

/* The scope a FunctionDef/ClassDef/Lambda/comprehension node opens, or NULL. */
Scope *scope_of(const SymTable *st, const void *node);
/* The symbol for an (already mangled) name, or NULL. */
Sym *scope_find(const Scope *s, const char *name);
/* How a name resolves in s: SYM_NONE when s never mentions it. */
SymScope scope_lookup(const Scope *s, const char *name);

/* An Arena allocation hook that counts through the VM's allocator (ud is the rill_vm);
   a failure leaves MemoryError pending. */
void *scope_arena_realloc(void *ud, void *p, size_t oldsize, size_t newsize);

/* CPython's private-name mangling: __x inside class C is _C__x. Returns name itself
   when nothing changes, else an arena string (NULL on MemoryError). */
const char *scope_mangle(Arena *a, const char *private, const char *name);

#endif
