/*
** parse_int.h — what the parser's files (parse.c, parse_expr.c, parse_check.c,
** parse_stmt.c, fstring.c) share: the Parser state, token access, trials, error
** raising, node building.
**
** Errors unwind with longjmp to parse_source() (or to a trial, see parse_attempt): the
** whole tree lives in the arena, so nothing is leaked by unwinding. Error positions
** follow CPython 3.11's three ways of placing an error:
**   at a token or node it names (err_tok, err_node, err_range), at the last token it
**   read (err_last: RAISE_SYNTAX_ERROR without a location), and the generic "invalid
**   syntax" at the furthest token its first pass read (syntax_error).
** Like CPython, parse_source() parses again after a generic error, leniently, to find
** a better message (see parse.c).
*/
#ifndef rill_parse_int_h
#define rill_parse_int_h

#include "lexer/lexer.h"
#include "parser/parser.h"

#include <setjmp.h>

#define TOKCHUNK 256            /* tokens per storage chunk */
/* Nesting of expressions and blocks is refused ("source too complex to parse") past
   MAX_DEPTH levels (about where CPython 3.11 gives up too), or when the parser has used
   STACK_BUDGET bytes of C stack, whichever comes first: the parser recurses, and so
   will the compiler over the tree it builds. */
#define MAX_DEPTH 3000
#if defined(__SANITIZE_ADDRESS__)
#define STACK_BUDGET (4096 * 1024)      /* AddressSanitizer's frames are much bigger */
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STACK_BUDGET (4096 * 1024)
#endif
#endif
#ifndef STACK_BUDGET
#define STACK_BUDGET (512 * 1024)
#endif

typedef struct Parser Parser;

/* growable arrays of pointers, in the arena */
typedef struct Vec { void **items; int n, cap; } Vec;

struct Parser {
    Arena *a;
    ParseMode mode;
    SyntaxErr *err;
    jmp_buf *jb;                /* where errors unwind to */
    Lexer lx;
    const char *src;            /* the whole source (for line texts in error columns) */
    size_t srclen;
    const char **lines;         /* where each line starts (made when first needed) */
    int nlines;
    Token **chunks;             /* every token read so far, TOKCHUNK per chunk */
    int nchunks, chunkcap;
    int ntok;                   /* tokens read */
    int pos;                    /* index of the current token */
    int depth;                  /* recursion depth (expressions and blocks) */
    uintptr_t stack_base;       /* address of a local of parse_source, for the budget */
    bool lenient;               /* in the second pass and in hints: an operator or trailer
                                   that does not parse ends the expression before it, as
                                   a PEG parser falls back to its shorter alternative */
    bool lex_failed;            /* the error being raised came from the lexer */
    bool generic;               /* the error being raised is the generic one */
    bool no_drain;              /* ... and the rest need not be tokenized (CPython does
                                   not for "unexpected indent") */
    /* errors found now but reported once the whole source has parsed (see
       parse_defer_node): CPython's compile-time ones, and the constructs rill refuses */
    bool have_compile_err, have_refused;
    SyntaxErr compile_err, refused;
    bool whole;                 /* the input is all there is (parse_source_whole) */
    bool no_hints;              /* reading CPython's expression_without_invalid */
    bool in_strings;            /* decoding string literals (their errors always count) */
    int hinting;                /* > 0: looking further for a better message */
    int furthest;               /* the furthest token looked at while not hinting: where
                                   the generic "invalid syntax" goes, as CPython puts it
                                   at the last token of its first pass */
    Vec parens;                 /* the expressions written in parentheses (for errors) */
    Vec fstr_consts;            /* f-strings without fields, made plain strings */
    /* f-string expressions are parsed by a nested Parser: */
    Parser *outer;              /* the parser of the enclosing source, or NULL */
    int fx_line, fx_col;        /* where the expression text starts (line, byte col) */
};

/* A trial parse: trial_begin(p, &t); if (setjmp(t.jb) == 0) { ...; trial_end(p, &t); }
   else { trial_fail(p, &t); } -- a failed trial rewinds to where it began (a lexer
   error is re-raised: it is final). */
typedef struct Trial {
    jmp_buf jb;
    jmp_buf *saved;
    int pos, depth;
    int hinting;
    bool lenient, no_hints, in_strings, have_compile_err, have_refused;
} Trial;

/* The error a failed trial raised (copied from p->err right after it failed). */
typedef struct TrialError { SyntaxErr err; bool generic; } TrialError;
void parse_trial_error(const Parser *p, TrialError *te);

/* Runs fn(p, ud) as a trial: true when it returned; false when it raised (the parser
   rewound; see parse_trial_error). parse_try: the same for an expression parser, NULL
   (and rewound) when it failed or returned NULL. In lenient mode (and in
   parse_try_lenient), only a generic error counts as failing: a specific one is
   re-raised, as CPython stops at the first of its "invalid_" rules that matches. */
bool parse_attempt(Parser *p, void (*fn)(Parser *, void *), void *ud, Trial *t);
Expr *parse_try(Parser *p, Expr *(*fn)(Parser *));
Expr *parse_try_lenient(Parser *p, Expr *(*fn)(Parser *));    /* ... in lenient mode */
/* fn(p, ud), or in lenient mode NULL with the parser rewound when it raised */
Expr *parse_maybe(Parser *p, Expr *(*fn)(Parser *, void *), void *ud);
void parse_trial_begin(Parser *p, Trial *t);
void parse_trial_end(Parser *p, Trial *t);
void parse_trial_fail(Parser *p, Trial *t);
#define trial_begin parse_trial_begin
#define trial_end parse_trial_end
#define trial_fail parse_trial_fail

/* ---- tokens ---------------------------------------------------------------------- */
Token *parse_tok(Parser *p, int k);             /* k tokens ahead (0: current) */
Token *parse_tok_at(Parser *p, int i);          /* by index (i < ntok) */
Token *parse_next(Parser *p);                   /* consume the current token */
Token *parse_expect(Parser *p, TokKind k);      /* consume k or raise "invalid syntax" */
Token *parse_last_read(Parser *p);              /* the furthest token read */
Token *parse_furthest(Parser *p);               /* ... outside hints */
#define HINTING_BEGIN(p) ((p)->hinting++)
#define HINTING_END(p) ((p)->hinting--)
Token *parse_prev(Parser *p);                   /* the token before the current one */
#define tok(p, k) parse_tok(p, k)
#define next(p) parse_next(p)
#define expect(p, k) parse_expect(p, k)
#define at(p, k) (parse_tok(p, 0)->kind == (k))
#define peekkind(p, k) (parse_tok(p, k)->kind)
bool parse_accept(Parser *p, TokKind k);
#define accept(p, k) parse_accept(p, k)
bool parse_is_name(Token *t, const char *s);   /* a NAME token spelling s */
bool parse_ends_with_blank_line(const Parser *p);   /* the REPL's end of a block */

/* ---- errors (none returns) --------------------------------------------------------- */
/* Columns below are 0-based byte columns (as in tokens and nodes); -1 as in CPython. */
_Noreturn void parse_error_at(Parser *p, SyntaxErrKind kind, int line, int col, int eline,
                              int ecol, const char *fmt, ...);
_Noreturn void parse_err_tok(Parser *p, Token *t, const char *fmt, ...);
_Noreturn void parse_err_node(Parser *p, const Expr *e, const char *fmt, ...);
_Noreturn void parse_err_range(Parser *p, int line, int col, int eline, int ecol,
                               const char *fmt, ...);
_Noreturn void parse_err_last(Parser *p, SyntaxErrKind kind, const char *fmt, ...);
_Noreturn void parse_err_from(Parser *p, int line, int col, const char *fmt, ...);
_Noreturn void parse_syntax_error(Parser *p);   /* "invalid syntax" (or unexpected indent) */
_Noreturn void parse_syntax_error_at(Parser *p, Token *t);   /* ... at token t */
_Noreturn void parse_nomem(Parser *p);
_Noreturn void parse_reraise(Parser *p);        /* unwind again with the current error */
_Noreturn void parse_reraise_trial(Parser *p, const TrialError *te);  /* ... a trial's */
/* An error CPython reports only once the whole source parsed (its compiler's checks):
   the first one is kept and reported at the end. parse_refuse_*: the same for the
   constructs rill does not support, reported only if CPython reports nothing. */
void parse_defer_node(Parser *p, const Expr *e, const char *fmt, ...);
void parse_defer_range(Parser *p, int line, int col, int eline, int ecol, const char *fmt,
                       ...);
void parse_refuse_node(Parser *p, const Expr *e, const char *fmt, ...);
void parse_refuse_range(Parser *p, int line, int col, int eline, int ecol, const char *fmt,
                        ...);
#define err_tok parse_err_tok
#define err_node parse_err_node
#define err_range parse_err_range
#define err_last parse_err_last
#define err_from parse_err_from
#define syntax_error parse_syntax_error

void parse_enter(Parser *p);                    /* depth++ (error when too deep) */
#define leave(p) ((p)->depth--)

/* ---- nodes -------------------------------------------------------------------------- */
void *parse_alloc(Parser *p, size_t n);
char *parse_strndup(Parser *p, const char *s, size_t n);
Expr *parse_new_expr(Parser *p, ExprKind k, int line, int col);
Stmt *parse_new_stmt(Parser *p, StmtKind k, int line, int col);
Expr *parse_node_here(Parser *p, ExprKind k, Token *t);   /* from t to the last read */
Expr *parse_starred(Parser *p, Token *star, Expr *value);
#define new_expr parse_new_expr
#define new_stmt parse_new_stmt
/* Set a node's end (line, col) from a token or from another node; the arguments are
   evaluated once. */
#define END_AT_TOK(n, t) parse_end_tok(&(n)->end_line, &(n)->end_col, (t))
#define END_AT(n, x) parse_end_expr(&(n)->end_line, &(n)->end_col, (x))
/* CPython's EXTRA: a node spans from the token it starts at to the last token read */
#define END_HERE(p, n) END_AT_TOK(n, parse_prev(p))
static inline void parse_end_tok(int *line, int *col, const Token *t)
{
    *line = t->end_line;
    *col = t->end_col;
}
static inline void parse_end_expr(int *line, int *col, const Expr *x)
{
    *line = x->end_line;
    *col = x->end_col;
}

void parse_vec_push(Parser *p, Vec *v, void *x);
ExprList parse_vec_exprs(Vec *v);
#define vpush parse_vec_push
#define vexprs parse_vec_exprs

const char *parse_expr_name(const Expr *e);     /* "literal", "function call"... */
const char *parse_describe(const Parser *p, const Expr *e);    /* ... knowing f-strings */
void parse_walrus_error(Parser *p, const Expr *e);  /* e := value where e is no name */
bool parse_is_paren(const Parser *p, const Expr *e);   /* was e written as (e)? */

/* ---- the grammar (parse_expr.c, parse_stmt.c, fstring.c) ------------------------------ */
Expr *parse_expression(Parser *p);              /* expression (ifexp, lambda) */
Expr *parse_named_expression(Parser *p);        /* expression or NAME := expression */
Expr *parse_star_expressions(Parser *p);        /* a, *b, c  (tuple when commas) */
Expr *parse_expressions(Parser *p);             /* a, b (no stars) */
Expr *parse_yield_expr(Parser *p);
Expr *parse_bitwise_or(Parser *p);
Expr *parse_disjunction(Parser *p);
Arguments *parse_params(Parser *p, bool lambda, TokKind close);
void parse_call_args(Parser *p, Token *open, ExprList *args, Keyword **kws, int *nkw,
                     Expr **genexp);
Expr *parse_strings(Parser *p);                 /* adjacent STRING tokens */
Expr *parse_fstring_expr(Parser *p, const char *text, size_t len, int line, int col,
                         const char *line_start);

/* targets: the invalid part of a target (NULL when e is a valid one), and setting the
   context of a valid one */
typedef enum { TGT_STAR, TGT_DEL, TGT_FOR } TargetKind;
const Expr *parse_invalid_target(const Expr *e, TargetKind kind);
void parse_set_ctx(Expr *e, ExprCtx ctx);
void parse_check_target(Parser *p, Expr *e, TargetKind kind);   /* raises, then sets ctx */
void parse_check_starred_targets(Parser *p, Expr *e);           /* deferred checks */
void parse_check_load_starred(Parser *p, Expr *e);  /* a bare *x where a value is needed */

/* Error diagnosis when expression e is followed by an unexpected token: the hints
   CPython gives ("Perhaps you forgot a comma?", "Maybe you meant '=='...", "Missing
   parentheses in call to 'print'"), else "invalid syntax". UA_NAMED: e was parsed as
   a named_expression (a '=' after it gets the '==' hints); UA_NO_COMMA: no comma hint
   (CPython gives none for the items of a parenthesized with). */
enum { UA_NAMED = 1, UA_NO_COMMA = 2 };
_Noreturn void parse_unexpected_after(Parser *p, Expr *e, int flags);
void parse_hints(Parser *p, Expr *e, int flags);    /* only the hints: may return */
void parse_equals_hint(Parser *p, const Expr *e);   /* at '=' after e: the '==' hints */
Expr *parse_targets(Parser *p, TargetKind kind);   /* checked targets (parse_check.c) */
Expr *parse_primary(Parser *p);                 /* an atom and its trailers */
bool parse_starts_expr(const Token *t);         /* can t begin an expression? */
/* For the "x = ..." hints: could e be a whole bitwise_or (an operand of '=='), and
   does e start with a list/tuple/genexp/True/None/False */
bool parse_bitwise_level(const Parser *p, const Expr *e);
bool parse_starts_with_display(const Parser *p, const Expr *e);
Comprehension *parse_comp_for(Parser *p, int *n);

StmtList parse_block(Parser *p, const char *what, Token *kw);
Module *parse_file_input(Parser *p);
Module *parse_single_input(Parser *p);
Module *parse_eval_input(Parser *p);

#endif
