/*
** parse_expr.c — expressions: precedence, atoms and displays, calls, subscripts,
** comprehensions, lambdas and parameter lists (the hints for the mistakes found in them
** are in parse_check.c).
**
** Precedence, loosest first: lambda, if-else, or, and, not, comparisons, |, ^, &,
** shifts, + -, * / // % @, unary + - ~, ** (right-associative, and binding tighter
** than a unary operator on its left), await, primary (calls, subscripts, attributes).
** The binary levels from | to @ are parsed by precedence climbing, so a parenthesis
** level costs few C frames; depth is bounded by parse_enter().
*/
#include "parser/parse_int.h"
#include "vm/opcodes.h"

#include <stdlib.h>
#include <string.h>

/* ---- small helpers -------------------------------------------------------------------- */

static Expr *node_tok(Parser *p, ExprKind k, Token *t)
{
    Expr *e = new_expr(p, k, t->line, t->col);
    END_AT_TOK(e, t);
    return e;
}

#define node_here(p, k, t) parse_node_here(p, k, t)

static Expr *name_node(Parser *p, Token *t)
{
    Expr *e = node_tok(p, E_NAME, t);
    e->u.name.id = parse_strndup(p, t->start, t->len);
    return e;
}

bool parse_is_paren(const Parser *p, const Expr *e)
{
    for (int i = p->parens.n - 1; i >= 0; i--)
        if (p->parens.items[i] == e)
            return true;
    return false;
}

bool parse_starts_expr(const Token *t)
{
    switch (t->kind) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_LAMBDA: case T_AWAIT:
    case T_TRUE: case T_FALSE: case T_NONE: case T_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

const char *parse_describe(const Parser *p, const Expr *e)
{
    /* an f-string without fields is a JoinedStr for CPython */
    for (int i = 0; e->kind == E_CONST && i < p->fstr_consts.n; i++)
        if (p->fstr_consts.items[i] == e)
            return "f-string expression";
    return parse_expr_name(e);
}

const char *parse_expr_name(const Expr *e)
{
    switch (e->kind) {
    case E_ATTRIBUTE: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_STARRED: return "starred";
    case E_NAME: return "name";
    case E_LIST: return "list";
    case E_TUPLE: return "tuple";
    case E_LAMBDA: return "lambda";
    case E_CALL: return "function call";
    case E_BOOLOP: case E_BINOP: case E_UNARYOP: return "expression";
    case E_GENEXP: return "generator expression";
    case E_YIELD: case E_YIELDFROM: return "yield expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_JOINEDSTR: case E_FORMATTED: return "f-string expression";
    case E_CONST:
        switch (e->u.cons.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    case E_NAMEDEXPR: return "named expression";
    case E_SLICE: return "slice";
    }
    return "expression";
}

/* ---- atoms ----------------------------------------------------------------------------- */

static Expr *number_node(Parser *p, Token *t)
{
    Expr *e = node_tok(p, E_CONST, t);
    if (t->flags & LEXF_IMAG) {
        parse_refuse_node(p, e, "complex numbers are not supported");
        e->u.cons.kind = CONST_FLOAT;
        return e;
    }
    const char *s = t->start, *end = t->start + t->len;
    int base = 10;
    if (!(t->flags & LEXF_FLOAT) && t->len > 2 && s[0] == '0') {
        int c = s[1] | 0x20;
        base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
        if (base != 10)
            s += 2;
    }
    char *buf = parse_alloc(p, (size_t)(end - s) + 1);
    size_t n = 0;
    for (; s < end; s++)
        if (*s != '_' && !(n == 0 && *s == '0' && !(t->flags & LEXF_FLOAT)))
            buf[n++] = *s;          /* (an int's leading zeros are dropped) */
    if (n == 0)
        buf[n++] = '0';
    buf[n] = '\0';
    if (t->flags & LEXF_FLOAT) {
        e->u.cons.kind = CONST_FLOAT;
        e->u.cons.f = strtod(buf, NULL);
    } else {
        e->u.cons.kind = CONST_INT;
        e->u.cons.text = buf;
        e->u.cons.base = base;
    }
    return e;
}

static Expr *const_node(Parser *p, Token *t, ConstKind k)
{
    Expr *e = node_tok(p, E_CONST, t);
    e->u.cons.kind = k;
    return e;
}

#define starred(p, t, v) parse_starred(p, t, v)

/* '*' bitwise_or | named_expression */
static Expr *star_named_expression(Parser *p)
{
    if (at(p, T_STAR)) {
        Token *s = next(p);
        return starred(p, s, parse_bitwise_or(p));
    }
    return parse_named_expression(p);
}

static Expr *seq_node(Parser *p, ExprKind k, Token *open, Token *close, Vec *elts)
{
    Expr *e = new_expr(p, k, open->line, open->col);
    END_AT_TOK(e, close);
    e->u.seq.elts = vexprs(elts);
    return e;
}

static Expr *comp_node(Parser *p, ExprKind k, Token *open, Expr *elt, Expr *value)
{
    int n;
    Comprehension *gens = parse_comp_for(p, &n);
    Expr *e = new_expr(p, k, open->line, open->col);
    if (k == E_DICTCOMP) {
        e->u.comp.key = elt;
        e->u.comp.value = value;
    } else {
        e->u.comp.elt = elt;
    }
    e->u.comp.gens = gens;
    e->u.comp.ngens = n;
    return e;
}

typedef struct CompHint { Comprehension *gens; int n; } CompHint;

static void comp_clauses(Parser *p, void *ud)
{
    CompHint *c = ud;
    c->gens = parse_comp_for(p, &c->n);
}

/* Whether comprehension clauses follow (read as a hint, as CPython's invalid_ rules
   read them: an error of theirs still counts). */
static bool comp_follows(Parser *p, CompHint *c)
{
    Trial t;
    HINTING_BEGIN(p);
    bool ok = parse_attempt(p, comp_clauses, c, &t);
    HINTING_END(p);
    if (!ok && !p->generic)
        parse_reraise(p);
    return ok;
}

/* [*a for ...]: CPython's message when the comprehension parses */
static _Noreturn void starred_comprehension(Parser *p, const Expr *e)
{
    CompHint c;
    if (comp_follows(p, &c))
        err_node(p, e, "iterable unpacking cannot be used in comprehension");
    syntax_error(p);
}

/* [a, for ...]: CPython's message when the comprehension parses */
static _Noreturn void comma_comprehension(Parser *p, const Expr *e)
{
    Token *comma = next(p);
    CompHint c;
    if (comp_follows(p, &c))
        err_range(p, e->line, e->col, comma->end_line, comma->end_col,
                  "did you forget parentheses around the comprehension target?");
    syntax_error(p);
}

static const Expr *last_comp_item(const Comprehension *g)
{
    return g->ifs.n ? g->ifs.items[g->ifs.n - 1] : g->iter;
}

/* Elements after the first one of a list, tuple or set display, up to close. */
static void more_elements(Parser *p, Vec *elts, TokKind close, Token *open)
{
    Expr *first = elts->items[0];
    if (elts->n == 1 && first->kind == E_STARRED && !at(p, T_COMMA) && !at(p, close))
        parse_hints(p, first->u.starred.value, 0);  /* read as '*' expression there */
    while (accept(p, T_COMMA)) {
        if (at(p, close))
            return;
        vpush(p, elts, star_named_expression(p));
    }
    if (at(p, close))
        return;
    if (at(p, T_FOR) && close != T_RPAR) {
        /* [a, b for ...]: CPython's hint (when a comprehension follows) */
        Expr *last = elts->items[elts->n - 1];
        CompHint c;
        if (comp_follows(p, &c))
            err_range(p, first->line, first->col, last->end_line, last->end_col,
                      "did you forget parentheses around the comprehension target?");
        syntax_error(p);
    }
    (void)open;
    parse_unexpected_after(p, elts->items[elts->n - 1], UA_NAMED);
}

static Expr *paren_atom(Parser *p)
{
    Token *open = next(p);
    if (at(p, T_RPAR))
        return seq_node(p, E_TUPLE, open, next(p), &(Vec){0});
    if (at(p, T_YIELD)) {
        Expr *y = parse_yield_expr(p);
        if (!at(p, T_RPAR))
            parse_unexpected_after(p, y, 0);
        next(p);
        vpush(p, &p->parens, y);
        return y;
    }
    if (at(p, T_DOUBLESTAR)) {
        Token *ds = next(p);
        if (parse_try(p, parse_expression) && at(p, T_RPAR))
            err_tok(p, ds, "cannot use double starred expression here");
        parse_syntax_error_at(p, ds);
    }
    Expr *e = star_named_expression(p);
    if (at(p, T_FOR) || (at(p, T_ASYNC) && peekkind(p, 1) == T_FOR)) {
        if (e->kind == E_STARRED)
            starred_comprehension(p, e);
        Expr *g = comp_node(p, E_GENEXP, open, e, NULL);
        if (!at(p, T_RPAR))
            syntax_error(p);
        END_AT_TOK(g, next(p));
        return g;
    }
    if (at(p, T_COMMA)) {
        Vec elts = {0};
        vpush(p, &elts, e);
        more_elements(p, &elts, T_RPAR, open);
        Expr *t = seq_node(p, E_TUPLE, open, next(p), &elts);
        vpush(p, &p->parens, t);
        return t;
    }
    if (at(p, T_RPAR)) {
        if (e->kind == E_STARRED)
            err_node(p, e, "cannot use starred expression here");
        next(p);
        vpush(p, &p->parens, e);
        return e;
    }
    if (e->kind == E_STARRED)
        syntax_error(p);
    parse_unexpected_after(p, e, UA_NAMED);
}

static Expr *list_atom(Parser *p)
{
    Token *open = next(p);
    Vec elts = {0};
    if (at(p, T_RSQB))
        return seq_node(p, E_LIST, open, next(p), &elts);
    Expr *e = star_named_expression(p);
    if (at(p, T_FOR) || (at(p, T_ASYNC) && peekkind(p, 1) == T_FOR)) {
        if (e->kind == E_STARRED)
            starred_comprehension(p, e);
        Expr *c = comp_node(p, E_LISTCOMP, open, e, NULL);
        if (!at(p, T_RSQB))
            syntax_error(p);
        END_AT_TOK(c, next(p));
        return c;
    }
    vpush(p, &elts, e);
    if (at(p, T_COMMA) && peekkind(p, 1) == T_FOR)
        comma_comprehension(p, e);
    more_elements(p, &elts, T_RSQB, open);
    return seq_node(p, E_LIST, open, next(p), &elts);
}

/* ':' and the value after a dictionary key */
static Expr *dict_value(Parser *p)
{
    Token *colon = next(p);
    if (at(p, T_STAR)) {
        Token *s = next(p);
        parse_bitwise_or(p);
        err_from(p, s->line, s->col, "cannot use a starred expression in a dictionary value");
    }
    if (at(p, T_RBRACE) || at(p, T_COMMA))
        err_tok(p, colon, "expression expected after dictionary key and ':'");
    return parse_expression(p);
}

/* A dict display after its first key (or **): items up to '}'. */
static Expr *dict_rest(Parser *p, Token *open, Vec *keys, Vec *values)
{
    while (accept(p, T_COMMA)) {
        if (at(p, T_RBRACE))
            break;
        if (at(p, T_DOUBLESTAR)) {
            next(p);
            vpush(p, keys, NULL);
            vpush(p, values, parse_bitwise_or(p));
            continue;
        }
        int kpos = p->pos;
        Expr *k = parse_try(p, parse_expression);
        if (!k || !at(p, T_COLON)) {
            /* CPython's invalid_kvpair reads the key as far as it parses */
            p->pos = kpos;
            HINTING_BEGIN(p);
            Expr *lk = parse_try_lenient(p, parse_expression);
            HINTING_END(p);
            if (lk && !at(p, T_COLON))
                parse_error_at(p, SE_SYNTAX, lk->line, lk->end_col - 1, lk->end_line, -1,
                               "':' expected after dictionary key");
            p->pos = kpos;
            k = parse_expression(p);    /* raises the key's own error */
        }
        vpush(p, keys, k);
        vpush(p, values, dict_value(p));
    }
    if (!at(p, T_RBRACE)) {
        /* no hints after a **mapping (not an expression in CPython's grammar) */
        if (!keys->items[keys->n - 1])
            syntax_error(p);
        parse_unexpected_after(p, values->items[values->n - 1], 0);
    }
    Expr *d = new_expr(p, E_DICT, open->line, open->col);
    END_AT_TOK(d, next(p));
    d->u.dict.keys = vexprs(keys);
    d->u.dict.values = vexprs(values);
    return d;
}

static Expr *brace_atom(Parser *p)
{
    Token *open = next(p);
    Vec keys = {0}, values = {0};
    if (at(p, T_RBRACE)) {
        Expr *d = new_expr(p, E_DICT, open->line, open->col);
        END_AT_TOK(d, next(p));
        return d;
    }
    if (at(p, T_DOUBLESTAR)) {
        Token *ds = next(p);
        Expr *v = parse_bitwise_or(p);
        if (at(p, T_FOR)) {
            CompHint c;
            if (comp_follows(p, &c))
                err_tok(p, ds, "dict unpacking cannot be used in dict comprehension");
            syntax_error(p);
        }
        vpush(p, &keys, NULL);
        vpush(p, &values, v);
        return dict_rest(p, open, &keys, &values);
    }
    Expr *e = star_named_expression(p);
    if (at(p, T_COLON) && e->kind != E_STARRED) {
        Expr *v = dict_value(p);
        if (at(p, T_FOR) || (at(p, T_ASYNC) && peekkind(p, 1) == T_FOR)) {
            Expr *c = comp_node(p, E_DICTCOMP, open, e, v);
            if (!at(p, T_RBRACE))
                syntax_error(p);
            END_AT_TOK(c, next(p));
            return c;
        }
        vpush(p, &keys, e);
        vpush(p, &values, v);
        return dict_rest(p, open, &keys, &values);
    }
    if (at(p, T_FOR) || (at(p, T_ASYNC) && peekkind(p, 1) == T_FOR)) {
        if (e->kind == E_STARRED)
            starred_comprehension(p, e);
        Expr *c = comp_node(p, E_SETCOMP, open, e, NULL);
        if (!at(p, T_RBRACE))
            syntax_error(p);
        END_AT_TOK(c, next(p));
        return c;
    }
    Vec elts = {0};
    vpush(p, &elts, e);
    if (at(p, T_COMMA) && peekkind(p, 1) == T_FOR)
        comma_comprehension(p, e);
    more_elements(p, &elts, T_RBRACE, open);
    Expr *s = new_expr(p, E_SET, open->line, open->col);
    END_AT_TOK(s, next(p));
    s->u.set.elts = vexprs(&elts);
    return s;
}

static Expr *parse_atom(Parser *p)
{
    Token *t = tok(p, 0);
    switch (t->kind) {
    case T_NAME: return name_node(p, next(p));
    case T_TRUE: return const_node(p, next(p), CONST_TRUE);
    case T_FALSE: return const_node(p, next(p), CONST_FALSE);
    case T_NONE: return const_node(p, next(p), CONST_NONE);
    case T_ELLIPSIS: return const_node(p, next(p), CONST_ELLIPSIS);
    case T_NUMBER: return number_node(p, next(p));
    case T_STRING: return parse_strings(p);
    case T_LPAR: return paren_atom(p);
    case T_LSQB: return list_atom(p);
    case T_LBRACE: return brace_atom(p);
    default:
        syntax_error(p);
    }
}

/* ---- primaries ----------------------------------------------------------------------- */

void parse_call_args(Parser *p, Token *open, ExprList *args, Keyword **kws, int *nkw,
                     Expr **genexp)
{
    Vec pos = {0}, kw = {0};
    bool seen_kw = false, seen_dstar = false;
    int bad_positional = 0;     /* 1: after a keyword; 2: after ** */
    while (!at(p, T_RPAR)) {
        Token *t = tok(p, 0);
        Expr *last;
        if (t->kind == T_STAR) {
            next(p);
            if (seen_dstar)
                err_last(p, SE_SYNTAX, "iterable argument unpacking follows keyword "
                         "argument unpacking");
            Expr *v = parse_expression(p);
            last = starred(p, t, v);
            vpush(p, &pos, last);
        } else if (t->kind == T_DOUBLESTAR || (t->kind == T_NAME && peekkind(p, 1) == T_EQUAL)) {
            Keyword *k = parse_alloc(p, sizeof *k);
            k->line = t->line;
            k->col = t->col;
            next(p);
            if (t->kind == T_NAME) {
                Token *eq = next(p);
                k->name = parse_strndup(p, t->start, t->len);
                k->value = parse_expression(p);
                CompHint c;
                if (at(p, T_FOR) && comp_follows(p, &c))
                    err_range(p, t->line, t->col, eq->end_line, eq->end_col,
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                seen_kw = true;
            } else {
                k->value = parse_expression(p);
                seen_dstar = true;
            }
            last = k->value;
            vpush(p, &kw, k);
        } else if ((t->kind == T_TRUE || t->kind == T_FALSE || t->kind == T_NONE) &&
                   peekkind(p, 1) == T_EQUAL) {
            Token *eq = tok(p, 1);
            err_range(p, t->line, t->col, eq->end_line, eq->end_col, "cannot assign to %s",
                      lex_kind_text(t->kind));
        } else {
            Expr *e;
            if (t->kind == T_NAME && peekkind(p, 1) == T_COLONEQUAL)
                e = parse_named_expression(p);
            else
                e = parse_expression(p);
            if (at(p, T_EQUAL)) {
                Token *eq = tok(p, 0);
                err_range(p, e->line, e->col, eq->end_line, eq->end_col,
                          "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (at(p, T_FOR) || (at(p, T_ASYNC) && peekkind(p, 1) == T_FOR)) {
                int n;
                Comprehension *gens;
                if (genexp && pos.n == 0 && kw.n == 0) {
                    gens = parse_comp_for(p, &n);   /* f(x for x in y) */
                } else {
                    CompHint c;
                    if (!comp_follows(p, &c) || (pos.n == 0 && kw.n == 0))
                        syntax_error(p);    /* class C(x for x in y) */
                    gens = c.gens;
                    n = c.n;
                }
                if (genexp && pos.n == 0 && kw.n == 0 && at(p, T_RPAR)) {
                    Expr *g = new_expr(p, E_GENEXP, open->line, open->col);
                    END_AT_TOK(g, tok(p, 0));
                    g->u.comp.elt = e;
                    g->u.comp.gens = gens;
                    g->u.comp.ngens = n;
                    *genexp = g;
                    break;
                }
                const Expr *l = last_comp_item(&gens[n - 1]);
                err_range(p, e->line, e->col, l->end_line, l->end_col,
                          "Generator expression must be parenthesized");
            }
            if ((seen_kw || seen_dstar) && !bad_positional)
                bad_positional = seen_dstar ? 2 : 1;
            last = e;
            vpush(p, &pos, e);
        }
        if (!accept(p, T_COMMA)) {
            if (at(p, T_RPAR))
                break;
            if (last->kind == E_STARRED)
                last = last->u.starred.value;
            parse_unexpected_after(p, last, 0);
        }
    }
    if (bad_positional)
        err_last(p, SE_SYNTAX, bad_positional == 2 ? "positional argument follows keyword "
                 "argument unpacking" : "positional argument follows keyword argument");
    *args = vexprs(&pos);
    *nkw = kw.n;
    *kws = NULL;
    if (kw.n) {
        *kws = parse_alloc(p, (size_t)kw.n * sizeof **kws);
        for (int i = 0; i < kw.n; i++)
            (*kws)[i] = *(Keyword *)kw.items[i];
        /* a repeated keyword is the compiler's error in CPython */
        for (int i = 1; i < kw.n; i++) {
            for (int j = 0; j < i && (*kws)[i].name; j++) {
                if ((*kws)[j].name && strcmp((*kws)[j].name, (*kws)[i].name) == 0) {
                    const Expr *v = (*kws)[i].value;
                    parse_defer_range(p, (*kws)[i].line, (*kws)[i].col, v->end_line,
                                      v->end_col, "keyword argument repeated: %s",
                                      (*kws)[i].name);
                    break;
                }
            }
        }
    }
}

/* [expression] ':' [expression] [':' [expression]] | named_expression | '*' expression */
static Expr *parse_slice(Parser *p, bool *star)
{
    Token *start = tok(p, 0);
    Expr *lower = NULL;
    *star = false;
    if (start->kind == T_STAR) {
        next(p);
        *star = true;
        return starred(p, start, parse_expression(p));
    }
    if (!at(p, T_COLON)) {
        lower = parse_named_expression(p);
        if (!at(p, T_COLON))
            return lower;
    }
    Expr *s = new_expr(p, E_SLICE, start->line, start->col);
    s->u.slice.lower = lower;
    next(p);                    /* ':' */
    if (parse_starts_expr(tok(p, 0)))
        s->u.slice.upper = parse_expression(p);
    if (accept(p, T_COLON) && parse_starts_expr(tok(p, 0)))
        s->u.slice.step = parse_expression(p);
    END_HERE(p, s);
    return s;
}

static Expr *parse_slices(Parser *p)
{
    bool star;
    Token *st = tok(p, 0);
    Expr *first = parse_slice(p, &star);
    if (!at(p, T_COMMA) && !star)
        return first;
    Vec elts = {0};
    vpush(p, &elts, first);
    while (accept(p, T_COMMA)) {
        if (at(p, T_RSQB))
            break;
        vpush(p, &elts, parse_slice(p, &star));
    }
    Expr *t = node_here(p, E_TUPLE, st);
    t->u.seq.elts = vexprs(&elts);
    return t;
}

typedef struct Trailer { Token *st; Expr *e; } Trailer;

/* One trailer (.name, (arguments) or [slices]) after tr->e. */
static Expr *trailer(Parser *p, void *ud)
{
    Trailer *tr = ud;
    Token *t = next(p);
    Expr *x;
    if (t->kind == T_DOT) {
        Token *n = tok(p, 0);
        if (n->kind != T_NAME)
            syntax_error(p);
        next(p);
        x = node_here(p, E_ATTRIBUTE, tr->st);
        x->u.attribute.value = tr->e;
        x->u.attribute.attr = parse_strndup(p, n->start, n->len);
    } else if (t->kind == T_LPAR) {
        x = new_expr(p, E_CALL, tr->st->line, tr->st->col);
        x->u.call.func = tr->e;
        Expr *g = NULL;
        parse_call_args(p, t, &x->u.call.args, &x->u.call.keywords, &x->u.call.nkeywords,
                        &g);
        if (g) {
            x->u.call.args.items = parse_alloc(p, sizeof(Expr *));
            x->u.call.args.items[0] = g;
            x->u.call.args.n = 1;
        }
        END_AT_TOK(x, next(p));
    } else {
        x = new_expr(p, E_SUBSCRIPT, tr->st->line, tr->st->col);
        x->u.subscript.value = tr->e;
        x->u.subscript.slice = parse_slices(p);
        if (!at(p, T_RSQB))
            parse_unexpected_after(p, x->u.subscript.slice, UA_NAMED);
        END_AT_TOK(x, next(p));
    }
    return x;
}

Expr *parse_primary(Parser *p)
{
    Trailer tr = { tok(p, 0), NULL };
    tr.e = parse_atom(p);
    int chain = 0;
    for (;;) {
        TokKind k = tok(p, 0)->kind;
        if (k != T_DOT && k != T_LPAR && k != T_LSQB)
            break;
        Expr *x = parse_maybe(p, trailer, &tr);
        if (!x)
            break;
        tr.e = x;
        parse_enter(p);         /* a long chain is a deep tree */
        chain++;
    }
    p->depth -= chain;
    return tr.e;
}

static Expr *parse_await_primary(Parser *p)
{
    if (at(p, T_AWAIT)) {
        Token *t = next(p);
        Expr *e = parse_primary(p);
        parse_refuse_range(p, t->line, t->col, e->end_line, e->end_col,
                           "'await' is not supported");
        return e;
    }
    return parse_primary(p);
}

/* ---- operators ------------------------------------------------------------------------- */

static Expr *parse_factor(Parser *p);

static Expr *binop(Parser *p, Token *st, int op, Expr *l, Expr *r)
{
    Expr *e = node_here(p, E_BINOP, st);
    e->u.binop.op = op;
    e->u.binop.left = l;
    e->u.binop.right = r;
    return e;
}

/* The right side of an operator: the operator's tokens, then the operand. */
typedef struct Rhs { int ntok; Expr *(*operand)(Parser *, int); int arg; } Rhs;

static Expr *operator_rhs(Parser *p, void *ud)
{
    Rhs *r = ud;
    for (int i = 0; i < r->ntok; i++)
        next(p);
    parse_enter(p);
    Expr *e = r->operand(p, r->arg);
    leave(p);
    return e;
}

static Expr *factor_operand(Parser *p, int unused)
{
    (void)unused;
    return parse_factor(p);
}

static Expr *parse_power(Parser *p)
{
    Token *st = tok(p, 0);
    Expr *e = parse_await_primary(p);
    if (at(p, T_DOUBLESTAR)) {
        Rhs r = { 1, factor_operand, 0 };
        Expr *right = parse_maybe(p, operator_rhs, &r);
        if (right)
            e = binop(p, st, BINOP_POW, e, right);
    }
    return e;
}

static Expr *parse_factor(Parser *p)
{
    Token *t = tok(p, 0);
    AstUnary op;
    switch (t->kind) {
    case T_MINUS: op = UOP_NEG; break;
    case T_PLUS: op = UOP_POS; break;
    case T_TILDE: op = UOP_INVERT; break;
    default: return parse_power(p);
    }
    next(p);
    parse_enter(p);
    Expr *v = parse_factor(p);
    leave(p);
    Expr *e = node_here(p, E_UNARYOP, t);
    e->u.unary.op = op;
    e->u.unary.operand = v;
    return e;
}

/* precedence of a binary operator token (0: none) */
static int binop_prec(TokKind k, int *op)
{
    switch (k) {
    case T_VBAR: *op = BINOP_OR; return 1;
    case T_CIRCUMFLEX: *op = BINOP_XOR; return 2;
    case T_AMPER: *op = BINOP_AND; return 3;
    case T_LEFTSHIFT: *op = BINOP_LSHIFT; return 4;
    case T_RIGHTSHIFT: *op = BINOP_RSHIFT; return 4;
    case T_PLUS: *op = BINOP_ADD; return 5;
    case T_MINUS: *op = BINOP_SUB; return 5;
    case T_STAR: *op = BINOP_MUL; return 6;
    case T_SLASH: *op = BINOP_TRUEDIV; return 6;
    case T_DOUBLESLASH: *op = BINOP_FLOORDIV; return 6;
    case T_PERCENT: *op = BINOP_MOD; return 6;
    case T_AT: *op = BINOP_MATMUL; return 6;
    default: return 0;
    }
}

static Expr *parse_binary(Parser *p, int minprec);

static Expr *binary_operand(Parser *p, int minprec)
{
    return parse_binary(p, minprec);
}

static Expr *parse_binary(Parser *p, int minprec)
{
    Token *st = tok(p, 0);
    Expr *left = parse_factor(p);
    int count = 0;
    for (;;) {
        int op, prec = binop_prec(tok(p, 0)->kind, &op);
        if (prec == 0 || prec < minprec)
            break;
        Rhs r = { 1, binary_operand, prec + 1 };
        Expr *right = parse_maybe(p, operator_rhs, &r);
        if (!right)
            break;
        left = binop(p, st, op, left, right);
        parse_enter(p);         /* a long chain is a deep (left-leaning) tree */
        count++;
    }
    p->depth -= count;
    return left;
}

Expr *parse_bitwise_or(Parser *p)
{
    return parse_binary(p, 1);
}

/* A comparison operator at the current token: its length in tokens (0: none). */
static int cmp_op(Parser *p, AstCmp *op)
{
    switch (tok(p, 0)->kind) {
    case T_EQEQUAL: *op = ACMP_EQ; return 1;
    case T_NOTEQUAL: *op = ACMP_NE; return 1;
    case T_LESS: *op = ACMP_LT; return 1;
    case T_LESSEQUAL: *op = ACMP_LE; return 1;
    case T_GREATER: *op = ACMP_GT; return 1;
    case T_GREATEREQUAL: *op = ACMP_GE; return 1;
    case T_IN:
        *op = ACMP_IN;
        return 1;
    case T_NOT:
        if (peekkind(p, 1) != T_IN)
            return 0;
        *op = ACMP_NOTIN;
        return 2;
    case T_IS:
        if (peekkind(p, 1) == T_NOT) {
            *op = ACMP_ISNOT;
            return 2;
        }
        *op = ACMP_IS;
        return 1;
    default:
        return 0;
    }
}

static Expr *parse_comparison(Parser *p)
{
    Token *st = tok(p, 0);
    Expr *left = parse_bitwise_or(p);
    AstCmp op;
    int n = cmp_op(p, &op);
    if (!n)
        return left;
    Vec ops = {0}, comps = {0};
    do {
        Rhs r = { n, binary_operand, 1 };
        Expr *right = parse_maybe(p, operator_rhs, &r);
        if (!right)
            break;
        AstCmp *o = parse_alloc(p, sizeof *o);
        *o = op;
        vpush(p, &ops, o);
        vpush(p, &comps, right);
    } while ((n = cmp_op(p, &op)) != 0);
    if (!ops.n)
        return left;
    Expr *e = node_here(p, E_COMPARE, st);
    e->u.compare.left = left;
    e->u.compare.ops = parse_alloc(p, (size_t)ops.n * sizeof(AstCmp));
    for (int i = 0; i < ops.n; i++)
        e->u.compare.ops[i] = *(AstCmp *)ops.items[i];
    e->u.compare.comparators = vexprs(&comps);
    return e;
}

static Expr *parse_inversion(Parser *p)
{
    if (!at(p, T_NOT))
        return parse_comparison(p);
    Token *t = next(p);
    parse_enter(p);
    Expr *v = parse_inversion(p);
    leave(p);
    Expr *e = node_here(p, E_UNARYOP, t);
    e->u.unary.op = UOP_NOT;
    e->u.unary.operand = v;
    return e;
}

static Expr *parse_conjunction(Parser *p);

static Expr *bool_operand(Parser *p, int and)
{
    return and ? parse_inversion(p) : parse_conjunction(p);
}

static Expr *boolop(Parser *p, AstBool op, TokKind k)
{
    Token *st = tok(p, 0);
    Expr *first = bool_operand(p, op == BOOL_AND);
    if (!at(p, k))
        return first;
    Vec vals = {0};
    vpush(p, &vals, first);
    while (at(p, k)) {
        Rhs r = { 1, bool_operand, op == BOOL_AND };
        Expr *right = parse_maybe(p, operator_rhs, &r);
        if (!right)
            break;
        vpush(p, &vals, right);
    }
    if (vals.n == 1)
        return first;
    Expr *e = node_here(p, E_BOOLOP, st);
    e->u.boolop.op = op;
    e->u.boolop.values = vexprs(&vals);
    return e;
}

static Expr *parse_conjunction(Parser *p)
{
    return boolop(p, BOOL_AND, T_AND);
}

Expr *parse_disjunction(Parser *p)
{
    return boolop(p, BOOL_OR, T_OR);
}

/* ---- lambda and parameters ------------------------------------------------------------ */

static Arg *make_arg(Parser *p, Token *name)
{
    Arg *a = parse_alloc(p, sizeof *a);
    a->name = parse_strndup(p, name->start, name->len);
    a->line = name->line;
    a->col = name->col;
    return a;
}

static Arg *to_array(Parser *p, Vec *v, int *n)
{
    *n = v->n;
    if (!v->n)
        return NULL;
    Arg *a = parse_alloc(p, (size_t)v->n * sizeof *a);
    for (int i = 0; i < v->n; i++)
        a[i] = *(Arg *)v->items[i];
    return a;
}

/* A parameter name with its annotation; *end gets where the parameter ends. */
static Arg *param(Parser *p, bool lambda, int *eline, int *ecol)
{
    Token *n = next(p);
    *eline = n->end_line;
    *ecol = n->end_col;
    if (!lambda && accept(p, T_COLON)) {
        Expr *ann = parse_expression(p);
        *eline = ann->end_line;
        *ecol = ann->end_col;
    }
    return make_arg(p, n);
}

static void param_end(Parser *p, TokKind close, Expr *last)
{
    if (!accept(p, T_COMMA) && !at(p, close)) {
        if (last)
            parse_unexpected_after(p, last, 0);
        syntax_error(p);
    }
}

Arguments *parse_params(Parser *p, bool lambda, TokKind close)
{
    Arguments *args = parse_alloc(p, sizeof *args);
    Vec posonly = {0}, pos = {0}, kwonly = {0}, defaults = {0}, kwdefaults = {0}, all = {0};
    Arg *vararg = NULL, *kwarg = NULL;
    int phase = 0;              /* 0 positional, 1 after '*', 2 after '**' */
    bool seen_slash = false;
    /* CPython calls a positional parameter without a default an error only in the shape
       its invalid_parameters rule has: plain* default+ ['/'] plain. 0: only plain ones
       yet; 1: then defaults; 2: then '/'; 3: no longer that shape */
    int shape = 0;
    int eline, ecol;
    while (!at(p, close)) {
        Token *t = tok(p, 0);
        if (phase == 2 && (t->kind == T_NAME || t->kind == T_STAR ||
                           t->kind == T_DOUBLESTAR || t->kind == T_SLASH))
            err_tok(p, t, "arguments cannot follow var-keyword argument");
        if (t->kind == T_SLASH) {
            if (phase == 1)
                err_tok(p, t, "/ must be ahead of *");
            if (seen_slash)
                err_tok(p, t, "/ may appear only once");
            if (pos.n == 0) {
                if (peekkind(p, 1) == T_COMMA)
                    err_tok(p, t, "at least one argument must precede /");
                parse_syntax_error_at(p, t);
            }
            next(p);
            posonly = pos;
            pos = (Vec){0};
            seen_slash = true;
            shape = shape == 1 ? 2 : 3;
            param_end(p, close, NULL);
        } else if (t->kind == T_STAR) {
            next(p);
            if (phase == 1) {
                if (at(p, T_NAME) || at(p, T_COMMA))
                    err_tok(p, t, "* argument may appear only once");
                parse_syntax_error_at(p, t);
            }
            phase = 1;
            if (at(p, T_NAME)) {
                vararg = param(p, lambda, &eline, &ecol);
                vpush(p, &all, vararg);
                if (at(p, T_EQUAL))
                    err_tok(p, tok(p, 0), "var-positional argument cannot have default "
                            "value");
            } else if (at(p, close) || (at(p, T_COMMA) && (peekkind(p, 1) == close ||
                                                         peekkind(p, 1) == T_DOUBLESTAR))) {
                if (lambda)
                    err_last(p, SE_SYNTAX, "named arguments must follow bare *");
                err_tok(p, t, "named arguments must follow bare *");
            } else if (!at(p, T_COMMA)) {
                syntax_error(p);
            }
            param_end(p, close, NULL);
        } else if (t->kind == T_DOUBLESTAR) {
            next(p);
            if (!at(p, T_NAME))
                syntax_error(p);
            kwarg = param(p, lambda, &eline, &ecol);
            vpush(p, &all, kwarg);
            if (at(p, T_EQUAL))
                err_tok(p, tok(p, 0), "var-keyword argument cannot have default value");
            phase = 2;
            param_end(p, close, NULL);
        } else if (t->kind == T_NAME) {
            Arg *a = param(p, lambda, &eline, &ecol);
            vpush(p, &all, a);
            Expr *def = NULL;
            if (at(p, T_EQUAL)) {
                Token *eq = next(p);
                if (at(p, T_COMMA) || at(p, close))
                    err_tok(p, eq, "expected default value expression");
                def = parse_expression(p);
            }
            if (phase == 0) {
                if (def) {
                    vpush(p, &defaults, def);
                    shape = shape <= 1 ? 1 : 3;
                } else if (shape == 1 || shape == 2) {
                    if (at(p, T_COMMA) || at(p, close))
                        err_range(p, t->line, t->col, eline, ecol,
                                  "non-default argument follows default argument");
                    syntax_error(p);
                } else if (defaults.n) {
                    syntax_error(p);    /* a default is missing, but not in that shape */
                }
                vpush(p, &pos, a);
            } else {
                vpush(p, &kwonly, a);
                vpush(p, &kwdefaults, def);
            }
            param_end(p, close, def);
        } else if (t->kind == T_LPAR) {
            /* def f((a, b)): Python 2's tuple parameters */
            Token *open = next(p);
            while (at(p, T_NAME)) {
                next(p);
                if (!accept(p, T_COMMA))
                    break;
            }
            if (at(p, T_RPAR) && tok(p, -1)->kind != T_LPAR)
                err_range(p, open->line, open->col, tok(p, 0)->end_line, tok(p, 0)->end_col,
                          lambda ? "Lambda expression parameters cannot be parenthesized"
                                 : "Function parameters cannot be parenthesized");
            parse_syntax_error_at(p, open);
        } else {
            syntax_error(p);
        }
    }
    args->posonly = to_array(p, &posonly, &args->nposonly);
    args->args = to_array(p, &pos, &args->nargs);
    args->kwonly = to_array(p, &kwonly, &args->nkwonly);
    args->vararg = vararg;
    args->kwarg = kwarg;
    args->defaults = vexprs(&defaults);
    if (kwonly.n)
        args->kw_defaults = (Expr **)kwdefaults.items;
    for (int i = 1; i < all.n; i++) {
        Arg *a = all.items[i];
        for (int j = 0; j < i; j++) {
            if (strcmp(((Arg *)all.items[j])->name, a->name) == 0) {
                parse_defer_range(p, a->line, a->col, a->line,
                                  a->col + (int)strlen(a->name),
                                  "duplicate argument '%s' in function definition", a->name);
                break;
            }
        }
    }
    return args;
}

static Expr *parse_lambda(Parser *p)
{
    Token *t = next(p);
    Arguments *args = parse_params(p, true, T_COLON);
    expect(p, T_COLON);
    Expr *body = parse_expression(p);
    Expr *e = node_here(p, E_LAMBDA, t);
    e->u.lambda.args = args;
    e->u.lambda.body = body;
    return e;
}

/* ---- expressions ------------------------------------------------------------------------- */

typedef struct IfTail { Token *st; Expr *body; } IfTail;

/* "if test else orelse" after the body of a conditional expression */
static Expr *ifexp_tail(Parser *p, void *ud)
{
    IfTail *it = ud;
    next(p);
    Expr *test = parse_disjunction(p);
    if (!accept(p, T_ELSE)) {
        if (at(p, T_COLON) || p->no_hints)
            syntax_error(p);
        err_range(p, it->body->line, it->body->col, test->end_line, test->end_col,
                  "expected 'else' after 'if' expression");
    }
    Expr *orelse = parse_expression(p);
    Expr *x = node_here(p, E_IFEXP, it->st);
    x->u.ifexp.test = test;
    x->u.ifexp.body = it->body;
    x->u.ifexp.orelse = orelse;
    return x;
}

Expr *parse_expression(Parser *p)
{
    parse_enter(p);
    Token *st = tok(p, 0);
    Expr *e;
    if (at(p, T_LAMBDA)) {
        e = parse_lambda(p);
    } else {
        e = parse_disjunction(p);
        if (at(p, T_IF)) {
            IfTail it = { st, e };
            Expr *x = parse_maybe(p, ifexp_tail, &it);
            if (x)
                e = x;
        }
    }
    leave(p);
    return e;
}

Expr *parse_named_expression(Parser *p)
{
    Token *t = tok(p, 0);
    if (t->kind == T_NAME && peekkind(p, 1) == T_COLONEQUAL) {
        Expr *target = name_node(p, next(p));
        next(p);
        target->u.name.ctx = CTX_STORE;
        Expr *v = parse_expression(p);
        Expr *e = node_here(p, E_NAMEDEXPR, t);
        e->u.named.target = target;
        e->u.named.value = v;
        return e;
    }
    Expr *e = parse_expression(p);
    if (at(p, T_COLONEQUAL))
        parse_walrus_error(p, e);
    return e;
}

static Expr *star_expression(Parser *p)
{
    if (at(p, T_STAR)) {
        Token *s = next(p);
        return starred(p, s, parse_bitwise_or(p));
    }
    return parse_expression(p);
}

static Expr *tuple_of(Parser *p, Expr *(*item)(Parser *), bool stars)
{
    Token *st = tok(p, 0);
    Expr *first = item(p);
    if (!at(p, T_COMMA))
        return first;
    Vec elts = {0};
    vpush(p, &elts, first);
    while (accept(p, T_COMMA)) {
        Token *t = tok(p, 0);
        if (!(parse_starts_expr(t) || (stars && t->kind == T_STAR)))
            break;
        vpush(p, &elts, item(p));
    }
    Expr *e = node_here(p, E_TUPLE, st);
    e->u.seq.elts = vexprs(&elts);
    return e;
}

Expr *parse_star_expressions(Parser *p)
{
    return tuple_of(p, star_expression, true);
}

Expr *parse_expressions(Parser *p)
{
    return tuple_of(p, parse_expression, false);
}

Expr *parse_yield_expr(Parser *p)
{
    Token *t = next(p);
    if (accept(p, T_FROM)) {
        Expr *v = parse_expression(p);
        Expr *e = node_here(p, E_YIELDFROM, t);
        e->u.yield.value = v;
        return e;
    }
    Expr *v = NULL;
    if (parse_starts_expr(tok(p, 0)) || at(p, T_STAR)) {
        v = parse_star_expressions(p);
        parse_check_load_starred(p, v);
    }
    Expr *e = node_here(p, E_YIELD, t);
    e->u.yield.value = v;
    return e;
}

/* ---- comprehensions ------------------------------------------------------------------------ */
Comprehension *parse_comp_for(Parser *p, int *n)
{
    Vec gens = {0};
    while (at(p, T_FOR) || (at(p, T_ASYNC) && peekkind(p, 1) == T_FOR)) {
        if (at(p, T_ASYNC)) {
            Token *a = next(p);
            parse_refuse_range(p, a->line, a->col, tok(p, 0)->end_line, tok(p, 0)->end_col,
                               "async for is not supported");
        }
        next(p);
        Comprehension *c = parse_alloc(p, sizeof *c);
        c->target = parse_targets(p, TGT_FOR);
        next(p);                /* 'in' */
        c->iter = parse_disjunction(p);
        Vec ifs = {0};
        while (accept(p, T_IF))
            vpush(p, &ifs, parse_disjunction(p));
        c->ifs = vexprs(&ifs);
        vpush(p, &gens, c);
    }
    Comprehension *arr = parse_alloc(p, (size_t)gens.n * sizeof *arr);
    for (int i = 0; i < gens.n; i++)
        arr[i] = *(Comprehension *)gens.items[i];
    *n = gens.n;
    return arr;
}
