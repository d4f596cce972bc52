/*
** compile.h — state shared by the bytecode compiler's files (internal to parser/):
** compile.c (code units, emission, constants, assembly into code objects),
** compile_expr.c (expressions, assignment targets, calls) and compile_stmt.c
** (statements, functions, classes, exception handling).
**
** Emission keeps, for every instruction, its line and the exception handler that covers
** it (the innermost entry of the unit's handler stack when it was emitted); jumps carry
** label ids until assembly resolves them. The stack depth is tracked while emitting so
** that each handler knows the depth its entry cuts the stack to; assembly recomputes it
** over the instruction graph to check it and to find the code's maximum depth.
*/
#ifndef rill_compile_h
#define rill_compile_h

#include "parser.h"
#include "scope.h"
#include "../vm/vm.h"
#include "../vm/code.h"
#include "../vm/opcodes.h"

enum {
    MAX_FBLOCKS = 20,           /* CPython's CO_MAXBLOCKS */
    STACK_USE_GUIDELINE = 30,   /* beyond this many items, build collections piecewise */
    MAX_NESTING = 3000,         /* deeper expression/statement nesting: RecursionError */
};

/* Blocks that break/continue/return must unwind (CPython's fblocks). */
typedef enum FBlockKind {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_EXCEPTION_HANDLER, FB_POP_VALUE
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int head, exit;             /* loops: continue and break labels */
    /* FB_FINALLY_TRY: the finally body (const StmtList *); FB_WITH: the with statement;
       FB_HANDLER_CLEANUP: the "as" name (const char *) or NULL */
    const void *datum;
} FBlock;

typedef struct Instr {
    uint8_t op;
    uint32_t arg;               /* for jumps: a label id, then an instruction index */
    int32_t line, end_line, col, end_col;   /* the node it was emitted for (code.h) */
    int32_t handler;            /* index into Unit.handlers, or -1 */
} Instr;

typedef struct Label {
    int32_t pos;                /* instruction index once placed, else -1 */
    int32_t depth;              /* stack depth on arrival, -1 while unknown */
} Label;

typedef struct Handler {
    int32_t label;              /* becomes the target instruction index in assembly */
    int32_t depth;              /* the stack is cut to this depth, then exc pushed */
} Handler;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *scope;
    const char *private;        /* class name for mangling, or NULL */
    Instr *code;
    uint32_t ncode, capcode;
    Label *labels;
    uint32_t nlabels, caplabels;
    Handler *handlers;
    uint32_t nhandlers, caphandlers;
    int32_t hstack[MAX_FBLOCKS + 4];    /* active handlers, innermost last */
    int nh;
    FBlock fblocks[MAX_FBLOCKS];
    int nfb;
    Value *consts;
    uint32_t nconsts, capconsts;
    uint32_t *cindex;           /* hash index over consts: i + 1, 0 empty */
    uint32_t cindexcap;
    RStr **names;
    uint32_t nnames, capnames;
    uint32_t *nindex;
    uint32_t nindexcap;
    RStr **localnames;
    uint32_t nlocals;
    RStr **cellnames;           /* cells, then frees */
    uint32_t ncells, nfrees;
    int32_t *cell2arg;
    int class_cell;             /* class body: cell index of __class__, or -1 */
    int depth;                  /* current stack depth */
    bool dead;                  /* after an unconditional jump/return/raise */
    int line, col, end_line, end_col;   /* the node being compiled */
    int32_t firstline;
    uint16_t flags, argcount, posonly, kwonly;
    RStr *name, *qualname;
    Value doc;
};

typedef struct Compiler {
    rill_vm *vm;
    SymTable st;
    Unit *u;
    ParseMode mode;
    RStr *filename, *source;
    SyntaxErr *err;
    bool failed;                /* SyntaxError in *err, or an exception pending */
    unsigned flags;             /* COMP_* (parser.h) */
    int nesting;
    /* The frozenset constants made so far, by the constant keys of their items: an
       equal one later in the compilation is the first one, table and iteration order
       included, as with CPython's constant cache (compile_expr.c). NULL until used. */
    RDict *fsets;
} Compiler;

/* ---- compile.c ------------------------------------------------------------------ */
void comp_emit(Compiler *c, int op, uint32_t arg);
void comp_emit_jump(Compiler *c, int op, int label);
int comp_label(Compiler *c);
void comp_place(Compiler *c, int label);
/* SETUP: instructions emitted from now on are covered by a handler at `label` that
   cuts the stack to `depth`. Returns the handler id (for comp_handler_repush). */
int comp_handler_push(Compiler *c, int label, int depth);
void comp_handler_pop(Compiler *c);
void comp_handler_repush(Compiler *c, int id);
/* Constants (steal v; V_NULL means the constructor failed with an exception pending). */
uint32_t comp_const(Compiler *c, Value v);
void comp_load_const(Compiler *c, Value v);
void comp_load_none(Compiler *c);
Value comp_str_value(Compiler *c, const char *s, size_t n);
/* Index of a name in the names table, mangled (comp_name) or as is. */
uint32_t comp_name(Compiler *c, const char *name);
uint32_t comp_name_raw(Compiler *c, const char *name);
const char *comp_mangle(Compiler *c, const char *name);
/* Errors: a SyntaxError at the current location / at a given one; out of memory. */
void comp_error(Compiler *c, const char *fmt, ...);
void comp_error_at(Compiler *c, int line, int col, int end_line, int end_col,
                   const char *fmt, ...);
void comp_nomem(Compiler *c);
void comp_loc_expr(Compiler *c, const Expr *e);
void comp_loc_stmt(Compiler *c, const Stmt *s);
/* After comp_loc_expr (or at the location of a call of attr): an attribute whose name
   sits on a later line than the location's start is reported from its name on (CPython
   3.11's update_start_location_to_match_attr). */
void comp_loc_attr(Compiler *c, const Expr *attr);
/* Code units: enter one for a scope, and leave it with its assembled code object. */
bool comp_unit_enter(Compiler *c, Scope *s, int firstline);
RCode *comp_unit_exit(Compiler *c);
/* Push a function made from co (stolen): closure, then MAKE_FUNCTION flags. */
void comp_make_closure(Compiler *c, RCode *co, int flags);

/* ---- compile_expr.c --------------------------------------------------------------- */
void comp_expr(Compiler *c, const Expr *e);
/* An expression that is only iterated over (a constant list becomes a tuple). */
void comp_iterable(Compiler *c, const Expr *e);
void comp_jump_if(Compiler *c, const Expr *e, int label, bool cond);
void comp_store(Compiler *c, const Expr *target);
void comp_delete(Compiler *c, const Expr *target);
void comp_nameop(Compiler *c, const char *name, ExprCtx ctx);
void comp_call_helper(Compiler *c, int pushed, const ExprList *args, const Keyword *kws,
                      int nkws);
/* Pushes the defaults tuple and kw-defaults dict; returns MAKE_FUNCTION flags. */
int comp_defaults(Compiler *c, const Arguments *a);
/* 1: a constant that is true, 0: false, -1: not a constant. */
int comp_expr_constant(const Expr *e);
/* The value of a constant expression (literal, negated number, tuple of constants) as
   a new reference, or V_NULL (check c->failed: an error, else not a constant). */
Value comp_fold(Compiler *c, const Expr *e);

/* ---- compile_stmt.c --------------------------------------------------------------- */
void comp_stmts(Compiler *c, const StmtList *l);
/* Module/class body: a leading docstring is stored as __doc__. */
void comp_body(Compiler *c, const StmtList *l);
/* The docstring of a body (its first statement is a str literal), or NULL (always at
   optimize level 2, where the literal is an expression statement like any other). */
const Expr *comp_docstring(Compiler *c, const StmtList *l);
void comp_lambda(Compiler *c, const Expr *e);
void comp_comprehension(Compiler *c, const Expr *e);

#endif
