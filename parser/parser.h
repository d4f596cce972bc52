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
    /* Found where CPython's symtable or compiler finds it, after parsing (rill's parser
       finds some of those: "duplicate argument 'x' in function definition"...). */
    bool late;
    /* SyntaxError.text when it is not the error's source line with its newline:
       bare_text, that line without it (errors CPython's tokenizer raises itself);
       fx_text, an error in an f-string expression: CPython compiles it as "(" text ")"
       and shows that expression's line (fx_text points into the source, fx_line is the
       line it starts on). */
    bool bare_text;
    const char *fx_text;
    size_t fx_len;
    int fx_line;
} SyntaxErr;

/* Parses src (len bytes; need not be NUL-terminated). Returns the module, or NULL with
   *err filled in (or with a->failed set when memory ran out). In PARSE_EVAL mode the
   module body is one S_EXPR statement. */
Module *parse_source(Arena *a, const char *src, size_t len, ParseMode mode, SyntaxErr *err);
/* parse_source for a string that is all the input there is (compile(src, f, 'single')),
   not the lines a REPL has read so far: in PARSE_SINGLE mode a compound statement ends
   with the input, as CPython's tokenizer ends it, instead of with an empty line. */
Module *parse_source_whole(Arena *a, const char *src, size_t len, ParseMode mode,
                           SyntaxErr *err);

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

/* Options of comp_source_flags. */
enum {
    /* Names at the top level load and store through the frame's locals mapping, falling
       back to the globals (LOAD_NAME/STORE_NAME, as CPython compiles every module): the
       code can then run with locals apart from its globals (exec(src, g, l)). */
    COMP_NAMES = 1 << 0,
    /* As CPython for source given as a string (exec, eval, compile): the code keeps no
       source text, so tracebacks show no source lines for it, and an error found after
       parsing has no SyntaxError.text. */
    COMP_STRING = 1 << 1,
    /* compile()'s optimize levels 1 and 2: no assert statements; no docstrings either. */
    COMP_OPTIMIZE = 1 << 2,
    COMP_OPTIMIZE2 = 1 << 3,
};

/* comp_source with COMP_* flags (comp_source is flags 0). */
RCode *comp_source_flags(rill_vm *vm, const char *src, size_t len, const char *filename,
                         ParseMode mode, unsigned flags, bool *incomplete);

/* Source given as a string to eval(), exec() or compile() (or to the host's rill_eval):
   comp_source_flags with COMP_STRING, after CPython's check of such source (a NUL byte
   is a SyntaxError). With lstrip, leading spaces and tabs are skipped first, as eval()
   skips them. */
RCode *comp_string(rill_vm *vm, const char *src, size_t len, const char *filename,
                   ParseMode mode, unsigned flags, bool lstrip);

/* --dis: writes a readable listing of co and every code object nested in it. */
void dis_code(rill_vm *vm, RCode *co, void (*write)(void *ud, const char *s, size_t n),
              void *ud);

#endif
