/*
** parse_check.c — targets (checking them and reading them CPython's way) and the
** diagnosis of errors: the hints CPython's second pass gives ("Perhaps you forgot a
** comma?", "Maybe you meant '=='...", "Missing parentheses in call to 'print'", ...).
**
** CPython first parses with its grammar alone; when that fails it parses again with its
** "invalid_" rules, which match common mistakes, and if none does it reports "invalid
** syntax" at the furthest token of the first pass. The functions here are those rules:
** they run where the parse failed, look further (as hints: parse_furthest() ignores what
** they read), and raise their message or return.
*/
#include "parser/parse_int.h"

#include <string.h>

#define node_here(p, k, t) parse_node_here(p, k, t)
#define starred(p, t, v) parse_starred(p, t, v)

/* ---- targets ------------------------------------------------------------------------- */

const Expr *parse_invalid_target(const Expr *e, TargetKind kind)
{
    switch (e->kind) {
    case E_LIST: case E_TUPLE:
        for (int i = 0; i < e->u.seq.elts.n; i++) {
            const Expr *bad = parse_invalid_target(e->u.seq.elts.items[i], kind);
            if (bad)
                return bad;
        }
        return NULL;
    case E_STARRED:
        if (kind == TGT_DEL)
            return e;
        return parse_invalid_target(e->u.starred.value, kind);
    case E_COMPARE:
        /* "for a in b": the target was read as a comparison */
        if (kind == TGT_FOR) {
            if (e->u.compare.ops[0] == ACMP_IN)
                return parse_invalid_target(e->u.compare.left, kind);
            return NULL;
        }
        return e;
    case E_NAME: case E_SUBSCRIPT: case E_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static bool valid_target(const Expr *e, TargetKind kind)
{
    switch (e->kind) {
    case E_LIST: case E_TUPLE:
        for (int i = 0; i < e->u.seq.elts.n; i++)
            if (!valid_target(e->u.seq.elts.items[i], kind))
                return false;
        return true;
    case E_STARRED:
        return kind != TGT_DEL && e->u.starred.value->kind != E_STARRED &&
               valid_target(e->u.starred.value, kind);
    case E_NAME: case E_SUBSCRIPT: case E_ATTRIBUTE:
        return true;
    default:
        return false;
    }
}

void parse_set_ctx(Expr *e, ExprCtx ctx)
{
    switch (e->kind) {
    case E_NAME: e->u.name.ctx = ctx; break;
    case E_ATTRIBUTE: e->u.attribute.ctx = ctx; break;
    case E_SUBSCRIPT: e->u.subscript.ctx = ctx; break;
    case E_STARRED:
        e->u.starred.ctx = ctx;
        parse_set_ctx(e->u.starred.value, ctx);
        break;
    case E_LIST: case E_TUPLE:
        e->u.seq.ctx = ctx;
        for (int i = 0; i < e->u.seq.elts.n; i++)
            parse_set_ctx(e->u.seq.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

void parse_check_target(Parser *p, Expr *e, TargetKind kind)
{
    const Expr *bad = parse_invalid_target(e, kind);
    if (bad)
        err_node(p, bad, kind == TGT_DEL ? "cannot delete %s" : "cannot assign to %s",
                 parse_describe(p, bad));
    if (!valid_target(e, kind))
        syntax_error(p);
    parse_set_ctx(e, kind == TGT_DEL ? CTX_DEL : CTX_STORE);
}

/* The compiler's checks on starred targets (CPython reports them after parsing). */
void parse_check_starred_targets(Parser *p, Expr *e)
{
    if (e->kind == E_STARRED) {
        parse_defer_node(p, e, "starred assignment target must be in a list or tuple");
        return;
    }
    if (e->kind != E_LIST && e->kind != E_TUPLE)
        return;
    int stars = 0;
    for (int i = 0; i < e->u.seq.elts.n; i++) {
        Expr *x = e->u.seq.elts.items[i];
        if (x->kind == E_STARRED) {
            stars++;
            x = x->u.starred.value;
        }
        if (x->kind == E_LIST || x->kind == E_TUPLE)
            parse_check_starred_targets(p, x);
    }
    if (stars > 1)
        parse_defer_node(p, e, "multiple starred expressions in assignment");
}

void parse_check_load_starred(Parser *p, Expr *e)
{
    if (e && e->kind == E_STARRED)
        parse_defer_node(p, e, "can't use starred expression here");
}

/* ---- diagnosis ------------------------------------------------------------------------ */

static bool is_paren_tuple(const Parser *p, const Expr *e)
{
    return e->kind == E_TUPLE && (e->u.seq.elts.n == 0 || parse_is_paren(p, e));
}

/* Could e have been produced by the bitwise_or rule (as a whole)? */
bool parse_bitwise_level(const Parser *p, const Expr *e)
{
    switch (e->kind) {
    case E_BOOLOP: case E_COMPARE: case E_IFEXP: case E_LAMBDA: case E_STARRED:
    case E_NAMEDEXPR: case E_YIELD: case E_YIELDFROM:
        return parse_is_paren(p, e);
    case E_UNARYOP:
        return e->u.unary.op != UOP_NOT || parse_is_paren(p, e);
    case E_TUPLE:
        return is_paren_tuple(p, e);
    default:
        return true;
    }
}

bool parse_starts_with_display(const Parser *p, const Expr *e)
{
    for (;;) {
        if (parse_is_paren(p, e) && e->kind != E_TUPLE)
            return false;       /* a group, not a tuple */
        switch (e->kind) {
        case E_BINOP: e = e->u.binop.left; continue;
        case E_ATTRIBUTE: e = e->u.attribute.value; continue;
        case E_SUBSCRIPT: e = e->u.subscript.value; continue;
        case E_CALL: e = e->u.call.func; continue;
        case E_LIST: case E_GENEXP: return true;
        case E_TUPLE: return is_paren_tuple(p, e);
        case E_CONST:
            return e->u.cons.kind == CONST_NONE || e->u.cons.kind == CONST_TRUE ||
                   e->u.cons.kind == CONST_FALSE;
        default: return false;
        }
    }
}

/* Index of the token that starts at (line, col). */
static int token_index(Parser *p, int line, int col)
{
    for (int i = p->pos; i >= 0; i--) {
        Token *t = parse_tok_at(p, i < p->ntok ? i : p->ntok - 1);
        if (t->line == line && t->col == col)
            return i;
        if (t->line < line)
            break;
    }
    return -1;
}

static bool legacy_name(const Parser *p, const Expr *e)
{
    return e->kind == E_NAME && !parse_is_paren(p, e) &&
           (strcmp(e->u.name.id, "print") == 0 || strcmp(e->u.name.id, "exec") == 0);
}

/* "= bitwise_or" not followed by '=' or ':=': the bitwise_or, else NULL. */
static Expr *assign_rhs(Parser *p)
{
    next(p);
    Expr *b = parse_bitwise_or(p);
    return at(p, T_EQUAL) || at(p, T_COLONEQUAL) ? NULL : b;
}

/* An expression whose last token is inside brackets, else NULL. */
static Expr *bracketed_expression(Parser *p)
{
    bool saved = p->no_hints;
    p->no_hints = true;         /* CPython's expression_without_invalid */
    Expr *b = parse_expression(p);
    p->no_hints = saved;
    return parse_prev(p)->level == 0 ? NULL : b;
}

static void comma_hint(Parser *p, const Expr *e);

/* CPython's invalid_named_expression: "e = bitwise_or" (not followed by '=' or ':=')
   where a comparison was meant. The current token is the '='. */
void parse_equals_hint(Parser *p, const Expr *e)
{
    bool name = e->kind == E_NAME && !parse_is_paren(p, e);
    if (!name && !(parse_bitwise_level(p, e) && !parse_starts_with_display(p, e)))
        return;
    Expr *b = parse_try_lenient(p, assign_rhs);
    if (b && name)
        err_range(p, e->line, e->col, b->end_line, b->end_col,
                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (b)
        err_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                 parse_describe(p, e));
}

/* CPython's invalid_legacy_expression at the current token: a NAME followed by an
   expression. For print and exec that is the Python 2 statement. CPython reads the
   expression after any name this way, trying the same at its start first, which is how
   it finds the "print x" in "y print x" (and the second print in "print print x"). */
static void legacy_at(Parser *p, int depth)
{
    Token *name = tok(p, 0), *t = tok(p, 1);
    if (name->kind != T_NAME || t->kind == T_LPAR || !(parse_starts_expr(t) ||
                                                        t->kind == T_STAR) || depth > 50)
        return;
    int start = p->pos;
    next(p);
    legacy_at(p, depth + 1);
    Expr *b = parse_try_lenient(p, parse_star_expressions);
    if (b) {
        if (parse_is_name(name, "print") || parse_is_name(name, "exec"))
            err_range(p, name->line, name->col, b->end_line, b->end_col,
                      "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                      (int)name->len, name->start, (int)name->len, name->start);
        comma_hint(p, b);       /* CPython reads b with its hints on */
    }
    p->pos = start;
}

/* legacy_at for the name that e ends with, just before the current token */
static void legacy_hint(Parser *p, const Expr *e)
{
    if (e->kind == E_TUPLE && !is_paren_tuple(p, e) && e->u.seq.elts.n)
        e = e->u.seq.elts.items[e->u.seq.elts.n - 1];
    if (e->kind != E_NAME || parse_is_paren(p, e) || p->pos == 0)
        return;
    int start = p->pos;
    p->pos--;
    legacy_at(p, 0);
    p->pos = start;
}

/* CPython's invalid_expression: "a b" inside brackets, where a comma may be missing. */
static void comma_hint(Parser *p, const Expr *e)
{
    Token *t = tok(p, 0);
    const Expr *a = e;
    for (;;) {
        if (a->kind == E_IFEXP)
            a = a->u.ifexp.orelse;
        else if (a->kind == E_LAMBDA)
            a = a->u.lambda.body;
        else if (a->kind == E_NAMEDEXPR && !parse_is_paren(p, a))
            a = a->u.named.value;
        else if (a->kind == E_TUPLE && !is_paren_tuple(p, a))
            a = a->u.seq.elts.items[a->u.seq.elts.n - 1];
        else if (a->kind == E_SLICE && (a->u.slice.step || a->u.slice.upper))
            a = a->u.slice.step ? a->u.slice.step : a->u.slice.upper;
        else
            break;
    }
    bool eligible = parse_starts_expr(t) && !legacy_name(p, a) && a->kind != E_STARRED &&
                    a->kind != E_SLICE &&
                    !((a->kind == E_YIELD || a->kind == E_YIELDFROM) && !parse_is_paren(p, a));
    if (eligible) {
        int i = token_index(p, a->line, a->col);
        if (i >= 0) {
            Token *first = parse_tok_at(p, i);
            if (first->kind == T_NAME && (parse_is_name(first, "match") ||
                                          parse_is_name(first, "case") ||
                                          parse_is_name(first, "_")))
                eligible = false;
            else if (first->kind == T_NAME && i + 1 < p->ntok &&
                     parse_tok_at(p, i + 1)->kind == T_STRING)
                eligible = false;
        }
    }
    if (eligible) {
        Expr *b = parse_try_lenient(p, bracketed_expression);
        if (b)
            err_range(p, a->line, a->col, b->end_line, b->end_col,
                      "invalid syntax. Perhaps you forgot a comma?");
    }
}

static void hints(Parser *p, Expr *e, int flags);

void parse_hints(Parser *p, Expr *e, int flags)
{
    tok(p, 0);
    HINTING_BEGIN(p);
    hints(p, e, flags);
    HINTING_END(p);
}

static void hints(Parser *p, Expr *e, int flags)
{
    Token *t = tok(p, 0);
    if (p->no_hints)
        return;

    if ((flags & UA_NAMED) && t->kind == T_EQUAL)
        parse_equals_hint(p, e);

    if (!(flags & UA_NO_COMMA))
        comma_hint(p, e);
    legacy_hint(p, e);
}

_Noreturn void parse_unexpected_after(Parser *p, Expr *e, int flags)
{
    Token *furthest = parse_furthest(p);
    parse_hints(p, e, flags);
    /* the generic error stays where the parse first failed */
    parse_syntax_error_at(p, furthest);
}

static Expr *walrus_rhs(Parser *p)
{
    next(p);
    return parse_expression(p);
}

void parse_walrus_error(Parser *p, const Expr *e)
{
    /* CPython says so only when a value follows */
    tok(p, 0);
    HINTING_BEGIN(p);
    if (parse_try(p, walrus_rhs))
        err_node(p, e, "cannot use assignment expressions with %s", parse_describe(p, e));
    HINTING_END(p);
}

/* ---- reading targets ------------------------------------------------------- */


/* A target as CPython's own target grammar reads it: a primary, or a starred one. */
static Expr *target_item(Parser *p, bool star)
{
    if (star && at(p, T_STAR)) {
        Token *s = next(p);
        return starred(p, s, parse_primary(p));
    }
    return parse_primary(p);
}

static Expr *single_target(Parser *p)
{
    return target_item(p, true);
}

static Expr *target_list(Parser *p, bool star)
{
    Token *st = tok(p, 0);
    Expr *first = target_item(p, star);
    if (!at(p, T_COMMA))
        return first;
    Vec elts = {0};
    vpush(p, &elts, first);
    while (accept(p, T_COMMA)) {
        Token *t = tok(p, 0);
        if (!(parse_starts_expr(t) || (star && t->kind == T_STAR)) || t->kind == T_NOT ||
            t->kind == T_LAMBDA)
            break;
        vpush(p, &elts, target_item(p, star));
    }
    Expr *e = node_here(p, E_TUPLE, st);
    e->u.seq.elts = vexprs(&elts);
    return e;
}

static Expr *star_targets(Parser *p)
{
    return target_list(p, true);
}

static Expr *del_targets(Parser *p)
{
    return target_list(p, false);
}

typedef struct TargetExpr { Expr *e; bool list; } TargetExpr;

static void target_expression(Parser *p, void *ud)
{
    TargetExpr *te = ud;
    te->e = te->list ? parse_star_expressions(p) : parse_expression(p);
}

/* Targets of kind TGT_FOR (a list, then 'in'), TGT_DEL (a list, then ';' or the end of
   the line) or TGT_STAR (one 'as' target, then ',', ')' or ':'). CPython reads them with
   a grammar of their own first, and only when that fails reads them again as
   expressions to say what is wrong; this does the same, the generic error staying
   where the first reading stopped. The targets come back in Store/Del context. */
Expr *parse_targets(Parser *p, TargetKind kind)
{
    int start = p->pos;
    Expr *target = parse_try(p, kind == TGT_FOR ? star_targets : kind == TGT_DEL
                                ? del_targets : single_target);
    TokKind k = tok(p, 0)->kind;
    bool follows = kind == TGT_FOR ? k == T_IN
                 : kind == TGT_DEL ? (k == T_SEMI || k == T_NEWLINE)
                 : (k == T_COMMA || k == T_RPAR || k == T_COLON || k == T_NEWLINE);
    if (target && follows && valid_target(target, kind)) {
        parse_set_ctx(target, kind == TGT_DEL ? CTX_DEL : CTX_STORE);
        if (kind != TGT_DEL)
            parse_check_starred_targets(p, target);
        return target;
    }
    Token *furthest = parse_furthest(p);
    if (target && !follows)
        parse_hints(p, target, 0);
    /* CPython's invalid_for_target, invalid_del_stmt, invalid_with_item */
    HINTING_BEGIN(p);
    p->pos = start;
    TargetExpr te = { NULL, kind != TGT_STAR };
    Trial t;
    if (!parse_attempt(p, target_expression, &te, &t)) {
        if (!p->generic)
            parse_reraise(p);
        te.e = parse_try_lenient(p, kind == TGT_STAR ? parse_expression
                                                     : parse_star_expressions);
    }
    k = tok(p, 0)->kind;
    if (te.e && (kind != TGT_STAR || k == T_COMMA || k == T_RPAR || k == T_COLON)) {
        const Expr *bad = parse_invalid_target(te.e, kind);
        if (bad)
            err_node(p, bad, kind == TGT_DEL ? "cannot delete %s" : "cannot assign to %s",
                     parse_describe(p, bad));
    }
    HINTING_END(p);
    parse_syntax_error_at(p, furthest);
}

