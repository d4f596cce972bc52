/*
** parse.c — the parser's machinery: token buffer, trials (backtracking), error raising
** with CPython's positions, deferred errors, node allocation, and parse_source().
**
** Tokens are read on demand and kept (the parser may rewind to any earlier one). The
** parse is CPython's in outline: a first pass with the plain grammar (here with the
** diagnosis of common mistakes run where they are found); after a generic "invalid
** syntax", a second, lenient pass that may find a better message; then, as CPython
** does, the rest of the source is tokenized, and a tokenizer error anywhere wins over
** the parse error, as does a bracket left open on an earlier line.
*/
#include "parser/parse_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- memory -------------------------------------------------------------------------- */

void *parse_alloc(Parser *p, size_t n)
{
    void *x = arena_alloc(p->a, n);
    if (!x)
        parse_nomem(p);
    return x;
}

char *parse_strndup(Parser *p, const char *s, size_t n)
{
    char *x = arena_strndup(p->a, s, n);
    if (!x)
        parse_nomem(p);
    return x;
}

Expr *parse_new_expr(Parser *p, ExprKind k, int line, int col)
{
    Expr *e = parse_alloc(p, sizeof *e);
    e->kind = k;
    e->line = e->end_line = line;
    e->col = e->end_col = col;
    return e;
}

Stmt *parse_new_stmt(Parser *p, StmtKind k, int line, int col)
{
    Stmt *s = parse_alloc(p, sizeof *s);
    s->kind = k;
    s->line = s->end_line = line;
    s->col = s->end_col = col;
    return s;
}

Expr *parse_node_here(Parser *p, ExprKind k, Token *t)
{
    Expr *e = parse_new_expr(p, k, t->line, t->col);
    END_HERE(p, e);
    return e;
}

Expr *parse_starred(Parser *p, Token *star, Expr *value)
{
    Expr *e = parse_node_here(p, E_STARRED, star);
    e->u.starred.value = value;
    return e;
}

void parse_vec_push(Parser *p, Vec *v, void *x)
{
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **items = parse_alloc(p, (size_t)cap * sizeof *items);
        if (v->n)
            memcpy(items, v->items, (size_t)v->n * sizeof *items);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = x;
}

ExprList parse_vec_exprs(Vec *v)
{
    ExprList l = { (Expr **)v->items, v->n };
    return l;
}

/* ---- errors ------------------------------------------------------------------------- */

/* The text of line `line` (without its newline), or NULL. The line starts are indexed
   on first use: errors are raised (and caught) often during the hints. */
static const char *line_text(Parser *p, int line, const char **end)
{
    const char *s = p->src, *e = p->src + p->srclen;
    if (!p->lines) {
        int n = 1;
        for (const char *q = s; q < e; q++)
            if (*q == '\n' || (*q == '\r' && !(q + 1 < e && q[1] == '\n')))
                n++;
        const char **lines = arena_alloc(p->a, (size_t)(n + 1) * sizeof *lines);
        if (!lines)
            return NULL;
        int k = 0;
        lines[k++] = p->srclen >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? s + 3 : s;
        for (const char *q = s; q < e; q++)
            if (*q == '\n' || (*q == '\r' && !(q + 1 < e && q[1] == '\n')))
                lines[k++] = q + 1;
        p->lines = lines;
        p->nlines = n;
    }
    if (line < 1 || line > p->nlines)
        return NULL;
    const char *ls = p->lines[line - 1], *q = ls;
    while (q < e && *q != '\n' && *q != '\r')
        q++;
    *end = q;
    return ls;
}

/* CPython's byte_offset_to_character_offset: a 1-based byte offset into the line to
   code points. */
static int to_cp(Parser *p, int line, int off)
{
    const char *le, *ls;
    if (off <= 0 || !(ls = line_text(p, line, &le)))
        return off;
    int clen = (int)(le - ls);
    return lex_cpcount(ls, ls + (off < clen ? off : clen)) + (off > clen ? 1 : 0);
}

_Noreturn void parse_reraise(Parser *p)
{
    longjmp(*p->jb, 1);
}

_Noreturn void parse_reraise_trial(Parser *p, const TrialError *te)
{
    *p->err = te->err;
    p->lex_failed = false;
    p->generic = te->generic;
    p->no_drain = te->generic && te->err.kind == SE_INDENTATION;
    parse_reraise(p);
}

_Noreturn void parse_nomem(Parser *p)
{
    p->a->failed = true;
    p->err->msg[0] = '\0';
    p->lex_failed = true;       /* nothing to add: do not tokenize further */
    parse_reraise(p);
}

/* Whether the input ends with an empty line (in the REPL: the user ended a block). */
bool parse_ends_with_blank_line(const Parser *p)
{
    const char *s = p->src, *e = s + p->srclen;
    if (e > s && e[-1] == '\n')
        e--;
    if (e > s && e[-1] == '\r')
        e--;
    return e > s && (e[-1] == '\n' || e[-1] == '\r');
}

/* Whether the parser read up to the end of the input, so that more input could make
   the error go away. */
static bool at_eof(Parser *p)
{
    if (p->outer || p->ntok == 0)
        return false;
    Token *t = parse_last_read(p);
    if (!(t->kind == T_ENDMARKER || (t->kind == T_DEDENT && (t->flags & LEXF_EOF))))
        return false;
    return !(p->mode == PARSE_SINGLE && parse_ends_with_blank_line(p));
}

/* Which text the error shows (SyntaxErr.bare_text, fx_text). */
static void set_error_text(const Parser *p, SyntaxErr *e, bool bare)
{
    e->bare_text = bare;
    e->fx_text = p->outer ? p->lx.src : NULL;
    e->fx_len = p->outer ? (size_t)(p->lx.end - p->lx.src) : 0;
    e->fx_line = p->fx_line;
}

/* All errors end here: off/eoff are CPython's 1-based byte offsets (0 and -1 kept). */
static _Noreturn void raise_at(Parser *p, bool generic, SyntaxErrKind kind, int line,
                               int off, int eline, int eoff, const char *fmt, va_list ap)
{
    SyntaxErr *e = p->err;
    char msg[sizeof e->msg - 16];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (p->outer) {
        /* columns relative to the "(expr)" CPython compiles the expression as */
        snprintf(e->msg, sizeof e->msg, "f-string: %s", msg);
        if (line == p->fx_line && off > 0)
            off -= p->fx_col - 1;
        if (eline == p->fx_line && eoff > 0)
            eoff -= p->fx_col - 1;
    } else {
        snprintf(e->msg, sizeof e->msg, "%s", msg);
        off = to_cp(p, line, off);
        eoff = to_cp(p, line, eoff);
    }
    e->kind = kind;
    e->line = line;
    e->col = off;
    e->end_line = eline;
    e->end_col = eoff;
    set_error_text(p, e, false);
    e->incomplete = at_eof(p);
    p->lex_failed = false;
    /* reading CPython's expression_without_invalid, its invalid_ rules do not exist:
       their errors only mean that this way of reading failed */
    p->generic = generic || (p->no_hints && !p->in_strings);
    p->no_drain = generic && kind == SE_INDENTATION;
    parse_reraise(p);
}

_Noreturn void parse_error_at(Parser *p, SyntaxErrKind kind, int line, int col, int eline,
                              int ecol, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at(p, false, kind, line, col + 1, eline, ecol + 1, fmt, ap);
}

_Noreturn void parse_err_tok(Parser *p, Token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at(p, false, SE_SYNTAX, t->line, t->col + 1, t->end_line, t->end_col + 1, fmt, ap);
}

_Noreturn void parse_err_node(Parser *p, const Expr *x, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at(p, false, SE_SYNTAX, x->line, x->col + 1, x->end_line, x->end_col + 1, fmt, ap);
}

_Noreturn void parse_err_range(Parser *p, int line, int col, int eline, int ecol,
                               const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at(p, false, SE_SYNTAX, line, col + 1, eline, ecol + 1, fmt, ap);
}

/* CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: to where the lexer stands */
_Noreturn void parse_err_from(Parser *p, int line, int col, const char *fmt, ...)
{
    Token *t = parse_last_read(p);
    va_list ap;
    va_start(ap, fmt);
    raise_at(p, false, SE_SYNTAX, line, col + 1, t->end_line, t->end_col, fmt, ap);
}

static _Noreturn void generic_indent(Parser *p, Token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at(p, true, SE_INDENTATION, t->line, t->ecol, t->end_line, -1, fmt, ap);
}

static _Noreturn void generic_at(Parser *p, Token *t, ...)
{
    va_list ap;
    va_start(ap, t);
    raise_at(p, true, SE_SYNTAX, t->line, t->col + 1, t->end_line, t->end_col + 1,
             "invalid syntax", ap);
}

static _Noreturn void raise_last(Parser *p, bool generic, SyntaxErrKind kind,
                                 const char *fmt, va_list ap)
{
    Token *t = parse_last_read(p);
    raise_at(p, generic, kind, t->line, t->col == -1 ? t->ecol : t->col + 1, t->end_line,
             t->end_col == -1 ? -1 : t->end_col + 1, fmt, ap);
}

_Noreturn void parse_err_last(Parser *p, SyntaxErrKind kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_last(p, false, kind, fmt, ap);
}

_Noreturn void parse_syntax_error_at(Parser *p, Token *t)
{
    if (t->kind == T_INDENT || (t->kind == T_DEDENT && !(t->flags & LEXF_EOF)))
        generic_indent(p, t, t->kind == T_INDENT ? "unexpected indent"
                                                 : "unexpected unindent");
    generic_at(p, t);
}

_Noreturn void parse_syntax_error(Parser *p)
{
    parse_syntax_error_at(p, parse_furthest(p));
}

static void defer(Parser *p, bool cpython, int line, int off, int eline, int eoff,
                  const char *fmt, va_list ap)
{
    bool *have = cpython ? &p->have_compile_err : &p->have_refused;
    if (*have)
        return;                 /* the first one is reported */
    SyntaxErr *e = cpython ? &p->compile_err : &p->refused;
    memset(e, 0, sizeof *e);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->kind = SE_SYNTAX;
    e->line = line;
    e->col = off;
    e->end_line = eline;
    e->end_col = eoff;
    *have = true;
}

void parse_defer_node(Parser *p, const Expr *x, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    defer(p, true, x->line, x->col + 1, x->end_line, x->end_col + 1, fmt, ap);
    va_end(ap);
}

void parse_defer_range(Parser *p, int line, int col, int eline, int ecol, const char *fmt,
                       ...)
{
    va_list ap;
    va_start(ap, fmt);
    defer(p, true, line, col + 1, eline, ecol + 1, fmt, ap);
    va_end(ap);
}

void parse_refuse_node(Parser *p, const Expr *x, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    defer(p, false, x->line, x->col + 1, x->end_line, x->end_col + 1, fmt, ap);
    va_end(ap);
}

void parse_refuse_range(Parser *p, int line, int col, int eline, int ecol, const char *fmt,
                        ...)
{
    va_list ap;
    va_start(ap, fmt);
    defer(p, false, line, col + 1, eline, ecol + 1, fmt, ap);
    va_end(ap);
}

void parse_enter(Parser *p)
{
    char here;
    uintptr_t sp = (uintptr_t)&here;
    size_t used = sp < p->stack_base ? p->stack_base - sp : sp - p->stack_base;
    if (++p->depth > MAX_DEPTH || used > STACK_BUDGET) {
        p->depth = 0;           /* the error unwinds everything anyway */
        parse_err_last(p, SE_SYNTAX, "source too complex to parse");
    }
}

/* ---- trials ----------------------------------------------------------------------------- */

void parse_trial_begin(Parser *p, Trial *t)
{
    t->saved = p->jb;
    t->pos = p->pos;
    t->depth = p->depth;
    t->lenient = p->lenient;
    t->no_hints = p->no_hints;
    t->in_strings = p->in_strings;
    t->hinting = p->hinting;
    t->have_compile_err = p->have_compile_err;
    t->have_refused = p->have_refused;
    p->jb = &t->jb;
}

void parse_trial_end(Parser *p, Trial *t)
{
    p->jb = t->saved;
}

void parse_trial_fail(Parser *p, Trial *t)
{
    p->jb = t->saved;
    if (p->lex_failed || p->a->failed)
        parse_reraise(p);
    p->pos = t->pos;
    p->depth = t->depth;
    p->lenient = t->lenient;
    p->no_hints = t->no_hints;
    p->in_strings = t->in_strings;
    p->hinting = t->hinting;
    /* deferred errors are written once: dropping the flag drops one the trial made */
    p->have_compile_err = t->have_compile_err;
    p->have_refused = t->have_refused;
}

void parse_trial_error(const Parser *p, TrialError *te)
{
    te->err = *p->err;
    te->generic = p->generic;
}

bool parse_attempt(Parser *p, void (*fn)(Parser *, void *), void *ud, Trial *t)
{
    volatile bool ok = false;
    trial_begin(p, t);
    if (setjmp(t->jb) == 0) {
        fn(p, ud);
        trial_end(p, t);
        ok = true;
    } else {
        trial_fail(p, t);
        if (p->lenient && !p->generic)
            parse_reraise(p);
    }
    return ok;
}

static void call_expr_fn(Parser *p, void *ud)
{
    struct { Expr *(*fn)(Parser *); Expr *result; } *c = ud;
    c->result = c->fn(p);
}

Expr *parse_try(Parser *p, Expr *(*fn)(Parser *))
{
    struct { Expr *(*fn)(Parser *); Expr *result; } c = { fn, NULL };
    Trial t;
    if (parse_attempt(p, call_expr_fn, &c, &t) && c.result)
        return c.result;
    p->pos = t.pos;             /* NULL from fn: no match either */
    return NULL;
}

Expr *parse_try_lenient(Parser *p, Expr *(*fn)(Parser *))
{
    bool saved = p->lenient;
    p->lenient = true;
    Expr *e = parse_try(p, fn);
    p->lenient = saved;
    return e;
}

static void call_maybe_fn(Parser *p, void *ud)
{
    struct { Expr *(*fn)(Parser *, void *); void *ud; Expr *result; } *c = ud;
    c->result = c->fn(p, c->ud);
}

Expr *parse_maybe(Parser *p, Expr *(*fn)(Parser *, void *), void *ud)
{
    if (!p->lenient)
        return fn(p, ud);
    struct { Expr *(*fn)(Parser *, void *); void *ud; Expr *result; } c = { fn, ud, NULL };
    Trial t;
    return parse_attempt(p, call_maybe_fn, &c, &t) ? c.result : NULL;
}

/* ---- tokens ------------------------------------------------------------------------------ */

Token *parse_tok_at(Parser *p, int i)
{
    return &p->chunks[i / TOKCHUNK][i % TOKCHUNK];
}

static _Noreturn void lexer_error(Parser *p)
{
    const LexError *le = &p->lx.err;
    SyntaxErr *e = p->err;
    e->kind = (SyntaxErrKind)le->kind;
    snprintf(e->msg, sizeof e->msg, "%s", le->msg);
    e->line = le->line;
    e->col = le->col;
    e->end_line = le->end_line;
    e->end_col = le->end_col;
    e->incomplete = le->incomplete && !p->outer;
    set_error_text(p, e, le->bare_text);
    p->lex_failed = true;
    p->generic = false;
    parse_reraise(p);
}

static Token *fetch(Parser *p)
{
    int i = p->ntok;
    if (i % TOKCHUNK == 0) {
        int c = i / TOKCHUNK;
        if (c >= p->chunkcap) {
            int cap = p->chunkcap ? p->chunkcap * 2 : 16;
            Token **chunks = parse_alloc(p, (size_t)cap * sizeof *chunks);
            if (p->nchunks)
                memcpy(chunks, p->chunks, (size_t)p->nchunks * sizeof *chunks);
            p->chunks = chunks;
            p->chunkcap = cap;
        }
        p->chunks[c] = parse_alloc(p, TOKCHUNK * sizeof(Token));
        p->nchunks = c + 1;
    }
    Token *t = parse_tok_at(p, i);
    if (lex_next(&p->lx, t) == T_ERROR)
        lexer_error(p);
    p->ntok++;
    return t;
}

Token *parse_tok(Parser *p, int k)
{
    int i = p->pos + k;
    if (!p->hinting && i > p->furthest)
        p->furthest = i;
    while (i >= p->ntok) {
        if (p->ntok > 0) {
            Token *last = parse_tok_at(p, p->ntok - 1);
            if (last->kind == T_ENDMARKER)
                return last;
        }
        fetch(p);
    }
    return parse_tok_at(p, i);
}

Token *parse_next(Parser *p)
{
    Token *t = parse_tok(p, 0);
    if (t->kind != T_ENDMARKER)
        p->pos++;
    return t;
}

bool parse_accept(Parser *p, TokKind k)
{
    if (parse_tok(p, 0)->kind != k)
        return false;
    parse_next(p);
    return true;
}

Token *parse_expect(Parser *p, TokKind k)
{
    if (parse_tok(p, 0)->kind != k)
        parse_syntax_error(p);
    return parse_next(p);
}

Token *parse_last_read(Parser *p)
{
    if (p->ntok == 0)
        fetch(p);
    return parse_tok_at(p, p->ntok - 1);
}

Token *parse_furthest(Parser *p)
{
    int i = p->furthest < p->ntok ? p->furthest : p->ntok - 1;
    if (i < 0)
        return parse_last_read(p);
    return parse_tok_at(p, i);
}

Token *parse_prev(Parser *p)
{
    return parse_tok_at(p, p->pos > 0 ? p->pos - 1 : 0);
}

bool parse_is_name(Token *t, const char *s)
{
    return t->kind == T_NAME && t->len == strlen(s) && memcmp(t->start, s, t->len) == 0;
}

/* ---- entry ----------------------------------------------------------------------------- */

/* After a parse error, CPython tokenizes the rest of the file: a tokenizer error there
   replaces the parse error, and so does a bracket left open on an earlier line. */
static void tokenize_rest(Parser *p)
{
    Token t;
    int errline = p->ntok ? parse_last_read(p)->line : 1;
    for (;;) {
        TokKind k = lex_next(&p->lx, &t);
        if (k == T_ENDMARKER)
            return;
        if (k == T_ERROR) {
            const LexError *e = &p->lx.err;
            if (e->unclosed ? errline > e->line : !e->quiet)
                lexer_error(p);
            return;
        }
    }
}

static void rest_of_source(Parser *p, void *ud)
{
    (void)ud;
    tokenize_rest(p);
}

static Module *run(Parser *p)
{
    switch (p->mode) {
    case PARSE_EVAL: return parse_eval_input(p);
    case PARSE_SINGLE: return parse_single_input(p);
    default: return parse_file_input(p);
    }
}

/* Runs fn(p) with errors unwinding to here; false when it raised. */
static bool guarded(Parser *p, void (*fn)(Parser *, void *), void *ud)
{
    jmp_buf jb;
    p->jb = &jb;
    if (setjmp(jb) != 0)
        return false;
    fn(p, ud);
    return true;
}

static void first_pass(Parser *p, void *ud)
{
    *(Module **)ud = run(p);
}

/* CPython's second pass: after a generic "invalid syntax", the source is parsed again
   with its invalid_ rules, which may find what is wrong. Here: leniently, an operator
   or trailer that does not parse ending its expression, so that the hints of the outer
   constructs get to look at the rest. */
static void second_pass(Parser *p, void *ud)
{
    (void)ud;
    p->pos = 0;
    p->depth = 0;
    p->lenient = true;
    p->no_hints = p->in_strings = false;
    p->hinting = 1;
    p->have_compile_err = p->have_refused = false;
    run(p);
    p->generic = true;          /* it parsed after all: the first error stands */
    parse_reraise(p);
}

static Module *parse_input(Arena *a, const char *src, size_t len, ParseMode mode, bool whole,
                           SyntaxErr *err)
{
    memset(err, 0, sizeof *err);
    if (!src) {
        src = "";
        len = 0;
    }
    Parser *p = arena_alloc(a, sizeof *p);
    if (!p)
        return NULL;
    p->a = a;
    p->mode = mode;
    p->whole = whole;
    p->err = err;
    p->src = src;
    p->srclen = len;
    lex_init(&p->lx, src, len);
    Module *m = NULL;
    p->stack_base = (uintptr_t)&m;
    if (guarded(p, first_pass, &m)) {
#ifdef RILL_PARSE_TEST_KEEP_DEFERRED
        p->have_compile_err = p->have_refused = false;  /* tests: compare whole trees */
#endif
        if (p->have_compile_err || p->have_refused) {
            *err = p->have_compile_err ? p->compile_err : p->refused;
            err->late = p->have_compile_err;
            m = NULL;
        }
        return m;
    }
    if (p->a->failed)
        return NULL;
    if (p->generic && !p->lex_failed) {
        SyntaxErr first = *err;
        bool no_drain = p->no_drain;
        if (!guarded(p, second_pass, NULL) && p->a->failed)
            return NULL;
        if (p->generic) {
            *err = first;
            p->no_drain = no_drain;
        }
    }
    if (!p->lex_failed && !p->no_drain && mode != PARSE_SINGLE)
        guarded(p, rest_of_source, NULL);
    return NULL;
}

Module *parse_source(Arena *a, const char *src, size_t len, ParseMode mode, SyntaxErr *err)
{
    return parse_input(a, src, len, mode, false, err);
}

Module *parse_source_whole(Arena *a, const char *src, size_t len, ParseMode mode,
                           SyntaxErr *err)
{
    return parse_input(a, src, len, mode, true, err);
}
