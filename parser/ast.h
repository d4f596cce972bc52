/*
** ast.h — the abstract syntax tree the parser builds and the compiler reads.
**
** Every node, list and string of a tree lives in one Arena, freed at once with
** arena_free() after compilation; nothing in a tree is reference counted and the tree
** never points at VM objects (literals are kept as raw text/bytes; the compiler turns
** them into constants). The shapes follow CPython's ast module, minus what rill does not
** support (the parser rejects those with a SyntaxError naming the construct).
**
** Positions: line is 1-based, col is 0-based in bytes of the UTF-8 line (as CPython's
** col_offset); end_line/end_col point just past the node.
*/
#ifndef rill_ast_h
#define rill_ast_h

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* ---- arena ----------------------------------------------------------------- */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
    /* allocation hook: the arena's memory is counted like the VM's (may be NULL for
       plain malloc, as in unit tests) */
    void *(*realloc_fn)(void *ud, void *p, size_t oldsize, size_t newsize);
    void *ud;
    bool failed;                /* an allocation failed: the tree is incomplete */
} Arena;

void arena_init(Arena *a, void *(*realloc_fn)(void *, void *, size_t, size_t), void *ud);
void *arena_alloc(Arena *a, size_t size);          /* zeroed; NULL (and a->failed) on OOM */
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_free(Arena *a);

/* ---- small enums ------------------------------------------------------------- */
typedef enum ExprCtx { CTX_LOAD, CTX_STORE, CTX_DEL } ExprCtx;

/* Binary operators use BinOp from vm/opcodes.h (BINOP_ADD ...). Comparisons: */
typedef enum AstCmp {
    ACMP_LT, ACMP_LE, ACMP_EQ, ACMP_NE, ACMP_GT, ACMP_GE,   /* same order as CmpOp */
    ACMP_IS, ACMP_ISNOT, ACMP_IN, ACMP_NOTIN
} AstCmp;
typedef enum AstUnary { UOP_NEG, UOP_POS, UOP_NOT, UOP_INVERT } AstUnary;
typedef enum AstBool { BOOL_AND, BOOL_OR } AstBool;

typedef struct Expr Expr;
typedef struct Stmt Stmt;

typedef struct ExprList { Expr **items; int n; } ExprList;
typedef struct StmtList { Stmt **items; int n; } StmtList;

typedef struct Keyword {        /* name=value in a call, or **value when name is NULL */
    const char *name;
    Expr *value;
    int line, col;
} Keyword;

typedef struct Arg {            /* a parameter */
    const char *name;
    int line, col;
} Arg;

typedef struct Arguments {
    Arg *posonly; int nposonly;
    Arg *args; int nargs;               /* positional-or-keyword */
    Arg *vararg;                        /* *args, or NULL */
    Arg *kwonly; int nkwonly;
    Expr **kw_defaults;                 /* nkwonly entries; NULL = required */
    Arg *kwarg;                         /* **kwargs, or NULL */
    ExprList defaults;                  /* for the last defaults.n of posonly + args */
} Arguments;

typedef struct Comprehension {  /* for target in iter if ifs... */
    Expr *target;
    Expr *iter;
    ExprList ifs;
} Comprehension;

typedef enum ConstKind {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,      /* text: the literal's digits without underscores or prefix,
                       base: 10, 16, 8 or 2 */
    CONST_FLOAT,    /* f */
    CONST_STR       /* s, slen: decoded UTF-8 (may contain NUL bytes) */
} ConstKind;

typedef enum ExprKind {
    E_BOOLOP, E_NAMEDEXPR, E_BINOP, E_UNARYOP, E_LAMBDA, E_IFEXP, E_DICT, E_SET,
    E_LISTCOMP, E_SETCOMP, E_DICTCOMP, E_GENEXP, E_YIELD, E_YIELDFROM, E_COMPARE,
    E_CALL, E_FORMATTED, E_JOINEDSTR, E_CONST, E_ATTRIBUTE, E_SUBSCRIPT, E_STARRED,
    E_NAME, E_LIST, E_TUPLE, E_SLICE
} ExprKind;

struct Expr {
    ExprKind kind;
    int line, col, end_line, end_col;
    union {
        struct { AstBool op; ExprList values; } boolop;
        struct { Expr *target; Expr *value; } named;          /* target is an E_NAME */
        struct { int op; Expr *left, *right; } binop;         /* op: BinOp */
        struct { AstUnary op; Expr *operand; } unary;
        struct { Arguments *args; Expr *body; } lambda;
        struct { Expr *test, *body, *orelse; } ifexp;
        struct { ExprList keys, values; } dict;     /* a NULL key: {**values[i]} */
        struct { ExprList elts; } set;
        /* list/set comprehensions and generator expressions use elt; dict ones use
           key and value */
        struct { Expr *elt, *key, *value; Comprehension *gens; int ngens; } comp;
        struct { Expr *value; } yield;              /* value may be NULL (yield) */
        struct { Expr *left; AstCmp *ops; ExprList comparators; } compare;
        struct { Expr *func; ExprList args; Keyword *keywords; int nkeywords; } call;
        /* f"{value!conv:spec}": conversion is -1 (none), 's', 'r' or 'a'; spec is an
           E_JOINEDSTR or NULL */
        struct { Expr *value; int conversion; Expr *spec; } formatted;
        struct { ExprList values; } joined;         /* E_CONST str and E_FORMATTED parts */
        struct {
            ConstKind kind;
            const char *text; int base;             /* CONST_INT */
            double f;                               /* CONST_FLOAT */
            const char *s; size_t slen;             /* CONST_STR */
        } cons;
        struct { Expr *value; const char *attr; ExprCtx ctx; } attribute;
        struct { Expr *value; Expr *slice; ExprCtx ctx; } subscript;
        struct { Expr *value; ExprCtx ctx; } starred;
        struct { const char *id; ExprCtx ctx; } name;
        struct { ExprList elts; ExprCtx ctx; } seq;                 /* E_LIST, E_TUPLE */
        struct { Expr *lower, *upper, *step; } slice;               /* each may be NULL */
    } u;
};

typedef struct WithItem { Expr *context; Expr *vars; } WithItem;   /* vars may be NULL */
typedef struct ExceptHandler {
    Expr *type;                 /* NULL for a bare except */
    const char *name;           /* NULL unless "as name" */
    StmtList body;
    int line, col;
} ExceptHandler;
typedef struct Alias { const char *name; const char *asname; int line, col; } Alias;

typedef enum StmtKind {
    S_FUNCDEF, S_CLASSDEF, S_RETURN, S_DELETE, S_ASSIGN, S_AUGASSIGN, S_ANNASSIGN,
    S_FOR, S_WHILE, S_IF, S_WITH, S_RAISE, S_TRY, S_ASSERT, S_IMPORT, S_IMPORTFROM,
    S_GLOBAL, S_NONLOCAL, S_EXPR, S_PASS, S_BREAK, S_CONTINUE
} StmtKind;

struct Stmt {
    StmtKind kind;
    int line, col, end_line, end_col;
    union {
        struct {
            const char *name; Arguments *args; StmtList body; ExprList decorators;
            Expr *returns;      /* annotation, parsed and ignored by the compiler */
        } funcdef;
        struct {
            const char *name; ExprList bases; Keyword *keywords; int nkeywords;
            StmtList body; ExprList decorators;
        } classdef;
        struct { Expr *value; } ret;                         /* value may be NULL */
        struct { ExprList targets; } del;
        struct { ExprList targets; Expr *value; } assign;    /* a = b = value */
        struct { Expr *target; int op; Expr *value; } augassign;   /* op: BinOp */
        /* x: ann [= value]; simple: target is a plain name not in parentheses */
        struct { Expr *target; Expr *annotation; Expr *value; bool simple; } annassign;
        struct { Expr *target, *iter; StmtList body, orelse; } forloop;
        struct { Expr *test; StmtList body, orelse; } whileloop;
        struct { Expr *test; StmtList body, orelse; } ifs;   /* elif: orelse holds an S_IF */
        struct { WithItem *items; int nitems; StmtList body; } with;
        struct { Expr *exc, *cause; } raise;                 /* both may be NULL */
        struct {
            StmtList body; ExceptHandler *handlers; int nhandlers;
            StmtList orelse, finalbody;
        } try_;
        struct { Expr *test, *msg; } assert_;
        struct { Alias *names; int nnames; } import;
        struct { const char *module; Alias *names; int nnames; int level; } importfrom;
        struct { const char **names; int nnames; } global;   /* S_GLOBAL, S_NONLOCAL */
        struct { Expr *value; } expr;
    } u;
};

typedef struct Module {
    StmtList body;
} Module;

#endif
