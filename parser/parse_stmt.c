/*
** parse_stmt.c — statements and blocks, and the three start symbols (file, single
** interactive statement, eval).
**
** An expression statement is parsed as an expression first and then, on '=', ':' or an
** augmented operator, turned into an assignment with its targets checked, which is
** where CPython's "cannot assign to ..." messages come from. Constructs rill refuses
** (async, await, except*, star imports, ...) are parsed and reported through
** parse_refuse_*, after the whole source has parsed, so that a real syntax error later
** in the file wins as it would in CPython; match statements cannot be parsed and are
** refused at once.
*/
#include "parser/parse_int.h"
#include "vm/opcodes.h"

#include <string.h>

static void statement(Parser *p, Vec *out);
static Token *simple_stmts(Parser *p, Vec *out);
static void simple_stmts_thunk(Parser *p, void *out);

static StmtList stmts(Vec *v)
{
    StmtList l = { (Stmt **)v->items, v->n };
    return l;
}

static void end_at_stmts(Stmt *s, const StmtList *l)
{
    if (l->n) {
        s->end_line = l->items[l->n - 1]->end_line;
        s->end_col = l->items[l->n - 1]->end_col;
    }
}

/* ':' after a compound statement header (CPython: "expected ':'" only when the line
   ends there). */
static void header_colon(Parser *p, Expr *last, int flags)
{
    if (accept(p, T_COLON))
        return;
    if (at(p, T_NEWLINE))
        err_last(p, SE_SYNTAX, "expected ':'");
    if (last)
        parse_unexpected_after(p, last, flags);
    syntax_error(p);
}

/* CPython's &&':' : whatever comes instead is reported. */
static void forced(Parser *p, TokKind k)
{
    if (!accept(p, k))
        err_tok(p, tok(p, 0), "expected '%s'", lex_kind_text(k));
}

StmtList parse_block(Parser *p, const char *what, Token *kw)
{
    Vec body = {0};
    parse_enter(p);
    if (accept(p, T_NEWLINE)) {
        if (!at(p, T_INDENT))
            err_last(p, SE_INDENTATION, "expected an indented block after %s on line %d",
                     what, kw->line);
        next(p);
        while (!at(p, T_DEDENT) && !at(p, T_ENDMARKER))
            statement(p, &body);
        next(p);
    } else {
        simple_stmts(p, &body);
    }
    leave(p);
    return stmts(&body);
}

static StmtList else_block(Parser *p)
{
    Token *kw = next(p);
    forced(p, T_COLON);
    return parse_block(p, "'else' statement", kw);
}

/* ---- simple statements ---------------------------------------------------------------- */

static int augassign_op(TokKind k)
{
    switch (k) {
    case T_PLUSEQUAL: return BINOP_ADD;
    case T_MINEQUAL: return BINOP_SUB;
    case T_STAREQUAL: return BINOP_MUL;
    case T_SLASHEQUAL: return BINOP_TRUEDIV;
    case T_DOUBLESLASHEQUAL: return BINOP_FLOORDIV;
    case T_PERCENTEQUAL: return BINOP_MOD;
    case T_DOUBLESTAREQUAL: return BINOP_POW;
    case T_LEFTSHIFTEQUAL: return BINOP_LSHIFT;
    case T_RIGHTSHIFTEQUAL: return BINOP_RSHIFT;
    case T_AMPEREQUAL: return BINOP_AND;
    case T_VBAREQUAL: return BINOP_OR;
    case T_CIRCUMFLEXEQUAL: return BINOP_XOR;
    case T_ATEQUAL: return BINOP_MATMUL;
    default: return -1;
    }
}

static bool bare_yield(const Parser *p, const Expr *e)
{
    return (e->kind == E_YIELD || e->kind == E_YIELDFROM) && !parse_is_paren(p, e);
}

/* The right-hand side of '=', ':' annotations aside: yield_expr | star_expressions. */
static Expr *assigned_value(Parser *p)
{
    if (at(p, T_YIELD))
        return parse_yield_expr(p);
    if (!parse_starts_expr(tok(p, 0)) && !at(p, T_STAR))
        syntax_error(p);
    return parse_star_expressions(p);
}

static bool valid_store(const Parser *p, const Expr *e)
{
    return !bare_yield(p, e) && !parse_invalid_target(e, TGT_STAR) &&
           (e->kind == E_NAME || e->kind == E_ATTRIBUTE || e->kind == E_SUBSCRIPT ||
            e->kind == E_LIST || e->kind == E_TUPLE || e->kind == E_STARRED);
}

/* A target t followed by '=' that is not valid: CPython's messages. First come the
   "Maybe you meant '=='" hints for the statement's first target t1 (whose '=' is at
   token eq1), given when "t1 = bitwise_or" reads like a comparison. */
static void bad_target(Parser *p, Expr *t, Expr *t1, int eq1)
{
    if (!bare_yield(p, t1)) {
        const Expr *l = t1->kind == E_TUPLE && !parse_is_paren(p, t1) && t1->u.seq.elts.n
                      ? t1->u.seq.elts.items[t1->u.seq.elts.n - 1] : t1;
        int here = p->pos;
        p->pos = eq1;
        HINTING_BEGIN(p);
        parse_equals_hint(p, l);
        HINTING_END(p);
        p->pos = here;
    }
    if (bare_yield(p, t))
        err_node(p, t, "assignment to yield expression not possible");
    parse_check_target(p, t, TGT_STAR);
}

static Stmt *annotated(Parser *p, Token *first, Expr *target, Expr **last)
{
    Token *colon = next(p);
    bool ok = target->kind == E_NAME || target->kind == E_ATTRIBUTE ||
              target->kind == E_SUBSCRIPT;
    if (target->kind == E_STARRED)
        parse_syntax_error_at(p, colon);
    /* CPython names a bad target only when an annotation follows */
    Expr *ann;
    if (ok) {
        ann = parse_expression(p);
    } else {
        HINTING_BEGIN(p);
        ann = parse_try(p, parse_expression);
        HINTING_END(p);
    }
    if (!ann)
        parse_syntax_error_at(p, colon);
    *last = ann;
    if (!ok) {
        if (target->kind == E_TUPLE && !parse_is_paren(p, target) && target->u.seq.elts.n)
            err_node(p, target->u.seq.elts.items[0],
                     "only single target (not tuple) can be annotated");
        if (target->kind == E_TUPLE || target->kind == E_LIST)
            err_node(p, target, "only single target (not %s) can be annotated",
                     target->kind == E_TUPLE ? "tuple" : "list");
        err_node(p, target, "illegal target for annotation");
    }
    parse_set_ctx(target, CTX_STORE);
    Stmt *s = new_stmt(p, S_ANNASSIGN, first->line, first->col);
    s->u.annassign.target = target;
    s->u.annassign.annotation = ann;
    s->u.annassign.simple = target->kind == E_NAME && first->kind == T_NAME;
    if (accept(p, T_EQUAL)) {
        s->u.annassign.value = *last = assigned_value(p);
        parse_check_load_starred(p, s->u.annassign.value);
    }
    END_HERE(p, s);
    return s;
}

static Stmt *expr_stmt(Parser *p, Expr **last)
{
    Token *first = tok(p, 0);
    Expr *e = assigned_value(p);
    Token *t = tok(p, 0);
    *last = e;
    if (t->kind == T_COLON && !bare_yield(p, e))
        return annotated(p, first, e, last);
    if (t->kind == T_EQUAL) {
        /* each target is checked when its '=' is seen, before what follows is read */
        Vec items = {0};
        vpush(p, &items, e);
        int eq1 = p->pos;
        while (at(p, T_EQUAL)) {
            Expr *target = items.items[items.n - 1];
            if (!valid_store(p, target))
                bad_target(p, target, e, eq1);
            parse_set_ctx(target, CTX_STORE);
            parse_check_starred_targets(p, target);
            next(p);
            vpush(p, &items, assigned_value(p));
        }
        Stmt *s = new_stmt(p, S_ASSIGN, first->line, first->col);
        Expr *value = items.items[items.n - 1];
        items.n--;
        s->u.assign.targets = vexprs(&items);
        s->u.assign.value = value;
        parse_check_load_starred(p, value);
        END_HERE(p, s);
        *last = value;
        return s;
    }
    int op = augassign_op(t->kind);
    if (op >= 0) {
        if (!(e->kind == E_NAME || e->kind == E_ATTRIBUTE || e->kind == E_SUBSCRIPT)) {
            /* CPython says so when a value follows */
            HINTING_BEGIN(p);
            next(p);
            Expr *v = parse_try(p, assigned_value);
            HINTING_END(p);
            if (v)
                err_node(p, e, "'%s' is an illegal expression for augmented assignment",
                         parse_describe(p, e));
            parse_syntax_error_at(p, t);
        }
        next(p);
        parse_set_ctx(e, CTX_STORE);
        Stmt *s = new_stmt(p, S_AUGASSIGN, first->line, first->col);
        s->u.augassign.target = e;
        s->u.augassign.op = op;
        s->u.augassign.value = assigned_value(p);
        parse_check_load_starred(p, s->u.augassign.value);
        END_HERE(p, s);
        *last = s->u.augassign.value;
        return s;
    }
    if (t->kind == T_COLONEQUAL && !(e->kind == E_NAME && !parse_is_paren(p, e)) &&
        !bare_yield(p, e) && e->kind != E_STARRED &&
        !(e->kind == E_TUPLE && !parse_is_paren(p, e)))
        parse_walrus_error(p, e);
    parse_check_load_starred(p, e);
    Stmt *s = new_stmt(p, S_EXPR, first->line, first->col);
    s->u.expr.value = e;
    END_HERE(p, s);
    return s;
}

/* dotted_name: NAME ('.' NAME)*, joined with dots */
static const char *dotted_name(Parser *p)
{
    Vec parts = {0};
    Token *t = tok(p, 0);
    if (t->kind != T_NAME)
        syntax_error(p);
    vpush(p, &parts, next(p));
    while (at(p, T_DOT) && peekkind(p, 1) == T_NAME) {
        next(p);
        vpush(p, &parts, next(p));
    }
    size_t n = 0;
    for (int i = 0; i < parts.n; i++)
        n += ((Token *)parts.items[i])->len + 1;
    char *s = parse_alloc(p, n);
    n = 0;
    for (int i = 0; i < parts.n; i++) {
        Token *x = parts.items[i];
        if (i)
            s[n++] = '.';
        memcpy(s + n, x->start, x->len);
        n += x->len;
    }
    s[n] = '\0';
    return s;
}

static Alias *make_alias(Parser *p, Token *at_tok, const char *name)
{
    Alias *a = parse_alloc(p, sizeof *a);
    a->name = name;
    a->line = at_tok->line;
    a->col = at_tok->col;
    if (accept(p, T_AS)) {
        Token *n = tok(p, 0);
        if (n->kind != T_NAME)
            syntax_error(p);
        next(p);
        a->asname = parse_strndup(p, n->start, n->len);
    }
    return a;
}

static Alias *aliases(Parser *p, Vec *v, int *n)
{
    Alias *arr = parse_alloc(p, (size_t)v->n * sizeof *arr);
    for (int i = 0; i < v->n; i++)
        arr[i] = *(Alias *)v->items[i];
    *n = v->n;
    return arr;
}

static Stmt *import_name(Parser *p, Token *kw)
{
    Stmt *s = new_stmt(p, S_IMPORT, kw->line, kw->col);
    Vec names = {0};
    do {
        Token *first = tok(p, 0);
        const char *name = dotted_name(p);
        Alias *a = make_alias(p, first, name);
        vpush(p, &names, a);
        END_AT_TOK(s, parse_prev(p));
    } while (accept(p, T_COMMA));
    s->u.import.names = aliases(p, &names, &s->u.import.nnames);
    return s;
}

static Stmt *import_from(Parser *p, Token *kw)
{
    Stmt *s = new_stmt(p, S_IMPORTFROM, kw->line, kw->col);
    int level = 0;
    for (;;) {
        if (accept(p, T_DOT))
            level++;
        else if (accept(p, T_ELLIPSIS))
            level += 3;
        else
            break;
    }
    if (level == 0 || at(p, T_NAME))
        s->u.importfrom.module = dotted_name(p);
    s->u.importfrom.level = level;
    if (!at(p, T_IMPORT))
        syntax_error(p);
    next(p);
    Vec names = {0};
    if (at(p, T_STAR)) {
        Token *star = next(p);
        parse_refuse_range(p, star->line, star->col, star->end_line, star->end_col,
                           "'from ... import *' is not supported");
        vpush(p, &names, make_alias(p, star, "*"));
        END_AT_TOK(s, star);
    } else {
        bool paren = accept(p, T_LPAR);
        for (;;) {
            Token *n = tok(p, 0);
            if (n->kind != T_NAME)
                syntax_error(p);
            next(p);
            vpush(p, &names, make_alias(p, n, parse_strndup(p, n->start, n->len)));
            if (!accept(p, T_COMMA))
                break;
            if (paren && at(p, T_RPAR))
                break;
            if (!paren && at(p, T_NEWLINE))
                err_last(p, SE_SYNTAX, "trailing comma not allowed without surrounding "
                         "parentheses");
        }
        if (paren && !at(p, T_RPAR))
            syntax_error(p);
        END_AT_TOK(s, paren ? next(p) : parse_prev(p));
    }
    s->u.importfrom.names = aliases(p, &names, &s->u.importfrom.nnames);
    return s;
}

static Stmt *names_stmt(Parser *p, Token *kw)
{
    Stmt *s = new_stmt(p, kw->kind == T_GLOBAL ? S_GLOBAL : S_NONLOCAL, kw->line, kw->col);
    Vec names = {0};
    do {
        Token *n = tok(p, 0);
        if (n->kind != T_NAME)
            syntax_error(p);
        next(p);
        vpush(p, &names, parse_strndup(p, n->start, n->len));
        END_AT_TOK(s, n);
    } while (accept(p, T_COMMA));
    s->u.global.names = (const char **)names.items;
    s->u.global.nnames = names.n;
    return s;
}

static Stmt *simple_stmt(Parser *p, Expr **last)
{
    Token *t = tok(p, 0);
    Stmt *s;
    *last = NULL;
    switch (t->kind) {
    case T_PASS: case T_BREAK: case T_CONTINUE:
        next(p);
        s = new_stmt(p, t->kind == T_PASS ? S_PASS : t->kind == T_BREAK ? S_BREAK : S_CONTINUE,
                     t->line, t->col);
        END_AT_TOK(s, t);
        return s;
    case T_RETURN:
        next(p);
        s = new_stmt(p, S_RETURN, t->line, t->col);
        END_AT_TOK(s, t);
        if (parse_starts_expr(tok(p, 0)) || at(p, T_STAR)) {
            s->u.ret.value = *last = parse_star_expressions(p);
            parse_check_load_starred(p, s->u.ret.value);
            END_HERE(p, s);
        }
        return s;
    case T_RAISE:
        next(p);
        s = new_stmt(p, S_RAISE, t->line, t->col);
        END_AT_TOK(s, t);
        if (parse_starts_expr(tok(p, 0))) {
            s->u.raise.exc = *last = parse_expression(p);
            if (accept(p, T_FROM))
                s->u.raise.cause = *last = parse_expression(p);
            END_HERE(p, s);
        }
        return s;
    case T_ASSERT:
        next(p);
        s = new_stmt(p, S_ASSERT, t->line, t->col);
        s->u.assert_.test = *last = parse_expression(p);
        if (accept(p, T_COMMA))
            s->u.assert_.msg = *last = parse_expression(p);
        END_HERE(p, s);
        return s;
    case T_DEL: {
        next(p);
        Expr *e = *last = parse_targets(p, TGT_DEL);
        s = new_stmt(p, S_DELETE, t->line, t->col);
        END_HERE(p, s);
        /* a tuple in parentheses would be the last thing parenthesized */
        bool paren = p->parens.n && p->parens.items[p->parens.n - 1] == e;
        if (e->kind == E_TUPLE && !paren) {
            s->u.del.targets = e->u.seq.elts;
        } else {
            Vec v = {0};
            vpush(p, &v, e);
            s->u.del.targets = vexprs(&v);
        }
        return s;
    }
    case T_GLOBAL: case T_NONLOCAL:
        next(p);
        return names_stmt(p, t);
    case T_IMPORT:
        next(p);
        return import_name(p, t);
    case T_FROM:
        next(p);
        return import_from(p, t);
    default:
        return expr_stmt(p, last);
    }
}

static Token *simple_stmts(Parser *p, Vec *out)
{
    for (;;) {
        Expr *last;
        vpush(p, out, simple_stmt(p, &last));
        if (accept(p, T_SEMI)) {
            if (at(p, T_NEWLINE))
                break;
            continue;
        }
        if (at(p, T_NEWLINE))
            break;
        if (last)
            parse_unexpected_after(p, last, 0);
        syntax_error(p);
    }
    return next(p);
}

static void simple_stmts_thunk(Parser *p, void *out)
{
    simple_stmts(p, out);
}

/* "match x" with no ':' (a statement that failed to parse as an expression) */
static void match_without_colon(Parser *p, void *ud)
{
    next(p);
    parse_star_expressions(p);
    *(bool *)ud = at(p, T_NEWLINE);
    syntax_error(p);            /* always rewind */
}

/* simple_stmts, with CPython's "expected ':'" for a match statement without one */
static Token *simple_stmts_or_match(Parser *p, Vec *out)
{
    Token *t = tok(p, 0);
    if (!parse_is_name(t, "match") || !(parse_starts_expr(tok(p, 1)) || peekkind(p, 1) == T_STAR))
        return simple_stmts(p, out);
    Trial tr;
    TrialError te;
    Vec saved = *out;
    if (parse_attempt(p, simple_stmts_thunk, out, &tr))
        return parse_prev(p);
    parse_trial_error(p, &te);
    *out = saved;
    bool newline = false;
    parse_attempt(p, match_without_colon, &newline, &tr);
    if (newline) {
        next(p);
        parse_star_expressions(p);
        err_last(p, SE_SYNTAX, "expected ':'");
    }
    parse_reraise_trial(p, &te);    /* the statement's own error */
}

/* ---- compound statements ------------------------------------------------------------------ */

static Stmt *if_stmt(Parser *p)
{
    Stmt *top = NULL, *cur = NULL;
    Vec chain = {0};
    for (;;) {
        Token *kw = next(p);    /* 'if' or 'elif' */
        Expr *test = parse_named_expression(p);
        header_colon(p, test, UA_NAMED);
        Stmt *s = new_stmt(p, S_IF, kw->line, kw->col);
        s->u.ifs.test = test;
        s->u.ifs.body = parse_block(p, kw->kind == T_IF ? "'if' statement" : "'elif' statement",
                                    kw);
        end_at_stmts(s, &s->u.ifs.body);
        if (cur) {
            Stmt **one = parse_alloc(p, sizeof *one);
            one[0] = s;
            cur->u.ifs.orelse.items = one;
            cur->u.ifs.orelse.n = 1;
        } else {
            top = s;
        }
        vpush(p, &chain, s);
        cur = s;
        if (at(p, T_ELIF)) {
            parse_enter(p);     /* each elif nests one If deeper */
            continue;
        }
        if (at(p, T_ELSE)) {
            cur->u.ifs.orelse = else_block(p);
            end_at_stmts(cur, &cur->u.ifs.orelse);
        }
        break;
    }
    p->depth -= chain.n - 1;
    /* an if ends where its last elif or else ends */
    for (int i = 0; i < chain.n; i++) {
        Stmt *s = chain.items[i];
        s->end_line = cur->end_line;
        s->end_col = cur->end_col;
    }
    return top;
}

static Stmt *while_stmt(Parser *p)
{
    Token *kw = next(p);
    Stmt *s = new_stmt(p, S_WHILE, kw->line, kw->col);
    s->u.whileloop.test = parse_named_expression(p);
    header_colon(p, s->u.whileloop.test, UA_NAMED);
    s->u.whileloop.body = parse_block(p, "'while' statement", kw);
    end_at_stmts(s, &s->u.whileloop.body);
    if (at(p, T_ELSE)) {
        s->u.whileloop.orelse = else_block(p);
        end_at_stmts(s, &s->u.whileloop.orelse);
    }
    return s;
}

static Stmt *for_stmt(Parser *p, Token *start)
{
    Token *kw = next(p);
    Stmt *s = new_stmt(p, S_FOR, start->line, start->col);
    if (!parse_starts_expr(tok(p, 0)) && !at(p, T_STAR))
        syntax_error(p);
    Expr *target = parse_targets(p, TGT_FOR);
    next(p);                    /* 'in' */
    if (!parse_starts_expr(tok(p, 0)) && !at(p, T_STAR))
        syntax_error(p);
    Expr *iter = parse_star_expressions(p);
    parse_check_load_starred(p, iter);
    header_colon(p, iter, 0);
    s->u.forloop.target = target;
    s->u.forloop.iter = iter;
    s->u.forloop.body = parse_block(p, "'for' statement", kw);
    end_at_stmts(s, &s->u.forloop.body);
    if (at(p, T_ELSE)) {
        s->u.forloop.orelse = else_block(p);
        end_at_stmts(s, &s->u.forloop.orelse);
    }
    return s;
}

/* with items: expression ['as' target], separated by commas */
static Expr *with_items(Parser *p, Vec *items, bool paren)
{
    Expr *last;
    do {
        WithItem *w = parse_alloc(p, sizeof *w);
        w->context = last = parse_expression(p);
        if (accept(p, T_AS))
            w->vars = last = parse_targets(p, TGT_STAR);
        vpush(p, items, w);
    } while (accept(p, T_COMMA) && !(paren && at(p, T_RPAR)));
    return last;
}

typedef struct WithParse { Vec items; Expr *last; } WithParse;

/* with (a as b, c): */
static void with_paren_form(Parser *p, void *ud)
{
    WithParse *w = ud;
    next(p);
    Expr *last = with_items(p, &w->items, true);
    if (!at(p, T_RPAR))
        parse_unexpected_after(p, last, UA_NO_COMMA);
    next(p);
    if (at(p, T_NEWLINE))
        err_last(p, SE_SYNTAX, "expected ':'");
    if (!accept(p, T_COLON))
        syntax_error(p);
}

static void with_plain_form(Parser *p, void *ud)
{
    WithParse *w = ud;
    header_colon(p, with_items(p, &w->items, false), 0);
}

static Stmt *with_stmt(Parser *p, Token *start)
{
    Token *kw = next(p);
    Stmt *s = new_stmt(p, S_WITH, start->line, start->col);
    WithParse w = { {0}, NULL };
    Trial t;
    TrialError te;
    /* the parenthesized form is tried first, as CPython does */
    if (!at(p, T_LPAR) || !parse_attempt(p, with_paren_form, &w, &t)) {
        bool specific = false;
        if (at(p, T_LPAR)) {
            parse_trial_error(p, &te);
            specific = !te.generic;
        }
        w.items = (Vec){0};
        if (!specific)
            with_plain_form(p, &w);
        else if (!parse_attempt(p, with_plain_form, &w, &t))
            parse_reraise_trial(p, &te);    /* the first form's error is the one */
    }
    s->u.with.nitems = w.items.n;
    s->u.with.items = parse_alloc(p, (size_t)w.items.n * sizeof(WithItem));
    for (int i = 0; i < w.items.n; i++)
        s->u.with.items[i] = *(WithItem *)w.items.items[i];
    s->u.with.body = parse_block(p, "'with' statement", kw);
    end_at_stmts(s, &s->u.with.body);
    return s;
}

static Stmt *try_stmt(Parser *p)
{
    Token *kw = next(p);
    Stmt *s = new_stmt(p, S_TRY, kw->line, kw->col);
    forced(p, T_COLON);
    s->u.try_.body = parse_block(p, "'try' statement", kw);
    end_at_stmts(s, &s->u.try_.body);
    Vec handlers = {0};
    const ExceptHandler *bare = NULL;
    int bare_eline = 0, bare_ecol = 0;
    while (at(p, T_EXCEPT)) {
        Token *ek = next(p);
        ExceptHandler *h = parse_alloc(p, sizeof *h);
        h->line = ek->line;
        h->col = ek->col;
        if (at(p, T_STAR)) {
            Token *star = next(p);
            parse_refuse_range(p, ek->line, ek->col, star->end_line, star->end_col,
                               "'except*' is not supported");
        }
        if (!at(p, T_COLON)) {
            if (at(p, T_NEWLINE))
                err_last(p, SE_SYNTAX, "expected ':'");
            Expr *type = h->type = parse_expression(p);
            if (at(p, T_COMMA)) {
                next(p);
                parse_expressions(p);
                if (accept(p, T_AS))
                    expect(p, T_NAME);
                if (at(p, T_COLON))
                    err_from(p, type->line, type->col,
                             "multiple exception types must be parenthesized");
                syntax_error(p);
            }
            if (accept(p, T_AS)) {
                Token *n = tok(p, 0);
                if (n->kind != T_NAME)
                    syntax_error(p);
                next(p);
                h->name = parse_strndup(p, n->start, n->len);
            }
            if (at(p, T_NEWLINE))
                err_last(p, SE_SYNTAX, "expected ':'");
            if (!at(p, T_COLON))
                parse_unexpected_after(p, type, 0);
        }
        next(p);
        h->body = parse_block(p, "'except' statement", ek);
        if (bare)
            parse_defer_range(p, bare->line, bare->col, bare_eline, bare_ecol,
                              "default 'except:' must be last");
        if (!h->type && !bare) {
            bare = h;
            Stmt *last = h->body.items[h->body.n - 1];
            bare_eline = last->end_line;
            bare_ecol = last->end_col;
        }
        vpush(p, &handlers, h);
        end_at_stmts(s, &h->body);
    }
    s->u.try_.nhandlers = handlers.n;
    s->u.try_.handlers = parse_alloc(p, (size_t)handlers.n * sizeof(ExceptHandler));
    for (int i = 0; i < handlers.n; i++)
        s->u.try_.handlers[i] = *(ExceptHandler *)handlers.items[i];
    if (handlers.n && at(p, T_ELSE)) {
        s->u.try_.orelse = else_block(p);
        end_at_stmts(s, &s->u.try_.orelse);
    }
    if (at(p, T_FINALLY)) {
        Token *fk = next(p);
        forced(p, T_COLON);
        s->u.try_.finalbody = parse_block(p, "'finally' statement", fk);
        end_at_stmts(s, &s->u.try_.finalbody);
    } else if (!handlers.n) {
        err_last(p, SE_SYNTAX, "expected 'except' or 'finally' block");
    }
    return s;
}

static void returns_annotation(Parser *p, void *ud)
{
    ((Stmt *)ud)->u.funcdef.returns = parse_expression(p);
}

static Stmt *funcdef(Parser *p, Token *start, ExprList decorators)
{
    Token *kw = next(p);        /* 'def' */
    Token *name = tok(p, 0);
    if (name->kind != T_NAME)
        syntax_error(p);
    next(p);
    forced(p, T_LPAR);
    Stmt *s = new_stmt(p, S_FUNCDEF, start->line, start->col);
    s->u.funcdef.name = parse_strndup(p, name->start, name->len);
    s->u.funcdef.args = parse_params(p, false, T_RPAR);
    next(p);
    if (at(p, T_RARROW)) {
        /* ['->' expression]: when no expression follows, ':' is what is missing */
        Token *arrow = next(p);
        Trial t;
        if (!parse_attempt(p, returns_annotation, s, &t)) {
            if (!p->generic)
                parse_reraise(p);
            err_tok(p, arrow, "expected ':'");
        }
    }
    forced(p, T_COLON);
    s->u.funcdef.decorators = decorators;
    s->u.funcdef.body = parse_block(p, "function definition", kw);
    end_at_stmts(s, &s->u.funcdef.body);
    return s;
}

static Stmt *classdef(Parser *p, ExprList decorators)
{
    Token *kw = next(p);
    Token *name = tok(p, 0);
    if (name->kind != T_NAME)
        syntax_error(p);
    next(p);
    Stmt *s = new_stmt(p, S_CLASSDEF, kw->line, kw->col);
    s->u.classdef.name = parse_strndup(p, name->start, name->len);
    if (at(p, T_LPAR)) {
        Token *open = next(p);
        parse_call_args(p, open, &s->u.classdef.bases, &s->u.classdef.keywords,
                        &s->u.classdef.nkeywords, NULL);
        next(p);
    }
    header_colon(p, NULL, 0);
    s->u.classdef.decorators = decorators;
    s->u.classdef.body = parse_block(p, "class definition", kw);
    end_at_stmts(s, &s->u.classdef.body);
    return s;
}

/* 'async' before def, for or with: parsed, then refused. */
static Stmt *async_stmt(Parser *p, ExprList decorators)
{
    Token *a = tok(p, 0), *k = tok(p, 1);
    const char *what = k->kind == T_DEF ? "async def" : k->kind == T_FOR ? "async for"
                     : k->kind == T_WITH ? "async with" : NULL;
    if (!what || (decorators.n && k->kind != T_DEF))
        syntax_error(p);
    parse_refuse_range(p, a->line, a->col, k->end_line, k->end_col, "%s is not supported",
                       what);
    next(p);
    if (k->kind == T_DEF)
        return funcdef(p, a, decorators);
    return k->kind == T_FOR ? for_stmt(p, a) : with_stmt(p, a);
}

static Stmt *decorated(Parser *p)
{
    Vec decs = {0};
    while (at(p, T_AT)) {
        next(p);
        Expr *d = parse_named_expression(p);
        if (!at(p, T_NEWLINE))
            parse_unexpected_after(p, d, UA_NAMED);
        next(p);
        vpush(p, &decs, d);
    }
    ExprList l = vexprs(&decs);
    if (at(p, T_DEF))
        return funcdef(p, tok(p, 0), l);
    if (at(p, T_CLASS))
        return classdef(p, l);
    if (at(p, T_ASYNC))
        return async_stmt(p, l);
    syntax_error(p);
}

static void match_header(Parser *p, void *ud)
{
    next(p);
    parse_star_expressions(p);
    *(bool *)ud = at(p, T_COLON) && peekkind(p, 1) == T_NEWLINE;
    syntax_error(p);            /* always rewind */
}

/* "match subject:" at the start of a line: a match statement. */
static bool match_ahead(Parser *p)
{
    Token *t1 = tok(p, 1);
    if (!parse_starts_expr(t1) && t1->kind != T_STAR)
        return false;
    bool yes = false;
    Trial t;
    parse_attempt(p, match_header, &yes, &t);
    return yes;
}

static Stmt *compound_stmt(Parser *p)
{
    Token *t = tok(p, 0);
    ExprList none = {0};
    switch (t->kind) {
    case T_IF: return if_stmt(p);
    case T_WHILE: return while_stmt(p);
    case T_FOR: return for_stmt(p, t);
    case T_TRY: return try_stmt(p);
    case T_WITH: return with_stmt(p, t);
    case T_DEF: return funcdef(p, t, none);
    case T_CLASS: return classdef(p, none);
    case T_AT: return decorated(p);
    case T_ASYNC: return async_stmt(p, none);
    case T_NAME:
        if (parse_is_name(t, "match") && match_ahead(p))
            err_tok(p, t, "match statements are not supported");
        return NULL;
    default:
        return NULL;
    }
}

static void statement(Parser *p, Vec *out)
{
    Stmt *s = compound_stmt(p);
    if (s)
        vpush(p, out, s);
    else
        simple_stmts_or_match(p, out);
}

/* ---- start symbols ------------------------------------------------------------------------- */

static Module *module(Parser *p, Vec *body)
{
    Module *m = parse_alloc(p, sizeof *m);
    m->body = stmts(body);
    return m;
}

Module *parse_file_input(Parser *p)
{
    Vec body = {0};
    while (!at(p, T_ENDMARKER))
        statement(p, &body);
    return module(p, &body);
}

Module *parse_single_input(Parser *p)
{
    Vec body = {0};
    while (accept(p, T_NEWLINE))
        ;
    if (at(p, T_ENDMARKER))
        return module(p, &body);
    Stmt *s = compound_stmt(p);
    if (s) {
        vpush(p, &body, s);
        if (!at(p, T_ENDMARKER))
            syntax_error(p);
        if (p->whole) {
            /* CPython's tokenizer ends an unterminated last line with no NEWLINE at
               the top level: a compound statement ending on such a line is unfinished */
            const char *end = p->src + p->srclen, *line = end;
            while (line > p->src && line[-1] != '\n' && line[-1] != '\r')
                line--;
            if (line < end && *line != ' ' && *line != '\t' && *line != '\f')
                parse_syntax_error_at(p, parse_prev(p));
        } else if (!parse_ends_with_blank_line(p)) {
            /* the REPL ends a compound statement with an empty line */
            err_last(p, SE_SYNTAX, "unexpected EOF while parsing");
        }
        return module(p, &body);
    }
    Token *nl = simple_stmts(p, &body);
    if (!at(p, T_ENDMARKER))
        err_tok(p, nl, "multiple statements found while compiling a single statement");
    return module(p, &body);
}

Module *parse_eval_input(Parser *p)
{
    Vec body = {0};
    if (!parse_starts_expr(tok(p, 0)))
        syntax_error(p);
    Token *first = tok(p, 0);
    Expr *e = parse_expressions(p);
    Stmt *s = new_stmt(p, S_EXPR, first->line, first->col);
    END_HERE(p, s);
    while (accept(p, T_NEWLINE))
        ;
    if (!at(p, T_ENDMARKER))
        parse_unexpected_after(p, e, 0);
    s->u.expr.value = e;
    vpush(p, &body, s);
    return module(p, &body);
}
