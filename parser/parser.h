/*
** parser.h — source text to AST (parse.c), and AST to code object (compile.c).
**
** The parser knows nothing of the VM: it reads UTF-8 source and builds a tree in an
** Arena (ast.h). Syntax errors come back in a SyntaxErr, worded as CPython 3.11 words
** them; the caller turns that into a SyntaxError exception (comp_source does).
*/
#ifndef rill_parser_h
#define rill_parser_h

#include "ast.h"

typedef enum ParseMode {
    PARSE_FILE,     /* a module: statements up to end of input */
    PARSE_EVAL,     /* a single expression (eval()) */
    PARSE_SINGLE    /* one interactive statement (the REPL) */
} ParseMode;

typedef enum SyntaxErrKind { SE_SYNTAX, SE_INDENTATION, SE_TAB } SyntaxErrKind;

typedef struct SyntaxErr {
    SyntaxErrKind kind;         /* SyntaxError, IndentationError or TabError */
    char msg[256];              /* e.g. "invalid syntax", "'(' was never closed" */
    int line;                   /* 1-based line of the error */
    int col;                    /* 1-based column in code points (SyntaxError.offset) */
    int end_line, end_col;      /* end of the highlighted range (0: just col) */
    /* The error is only that the input ended too early: inside brackets, a
       triple-quoted string, after a line ending in '\', or where an indented block
       is still expected. The REPL asks for more input instead of reporting it. */
    bool incomplete;
} SyntaxErr;

/* Parses src (len bytes; need not be NUL-terminated). Returns the module, or NULL with
   *err filled in (or with a->failed set when memory ran out). In PARSE_EVAL mode the
   module body is one S_EXPR statement. */
Module *parse_source(Arena *a, const char *src, size_t len, ParseMode mode, SyntaxErr *err);

/* Renders a tree as an S-expression, for unit tests and debugging; returns an
   arena-allocated string. Example: (Assign (Name x Store) (BinOp + (Const 1) (Const 2))) */
const char *ast_dump_module(Arena *a, const Module *m);
const char *ast_dump_expr(Arena *a, const Expr *e);

/* ---- compiler (compile.c, scope.c) ------------------------------------------------- */
typedef struct rill_vm rill_vm;
typedef struct RCode RCode;
typedef struct RStr RStr;

/* Compiles a parsed module into a code object for `<module>` (new reference). On a
   compile-time error (e.g. "'return' outside function", "no binding for nonlocal 'x'
   found") returns NULL with *err filled in; on MemoryError returns NULL with the
   exception pending in vm and err->msg empty. source is the text (for tracebacks; may
   be NULL). */
RCode *compile_module(rill_vm *vm, const Module *m, ParseMode mode, RStr *filename,
                      RStr *source, SyntaxErr *err);

/* Parse + compile, raising SyntaxError/IndentationError in the VM on error (with
   filename, lineno, offset, text, end_lineno, end_offset set as CPython does). If
   incomplete is not NULL, an error that is only "input ended early" sets *incomplete
   and raises nothing. Returns a new code object or NULL. */
RCode *comp_source(rill_vm *vm, const char *src, size_t len, const char *filename,
                   ParseMode mode, bool *incomplete);

/* --dis: writes a readable listing of co and every code object nested in it. */
void dis_code(rill_vm *vm, RCode *co, void (*write)(void *ud, const char *s, size_t n),
              void *ud);

#endif
