/*
** ast_dump.c — a tree as an S-expression, for unit tests and debugging.
**
** The shape: (Kind field...) with CPython's node names; a Name/Attribute/... in Store
** or Del context says so at its end, Load is left out; a missing optional child is
** "_". Floats print in their shortest round-trip form, so the output is deterministic.
*/
#include "parser/parser.h"
#include "vm/opcodes.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

typedef struct Buf {
    Arena *a;
    char *s;
    size_t n, cap;
} Buf;

static void put(Buf *b, const char *s, size_t n)
{
    if (!b->s && b->cap)
        return;                 /* an allocation failed earlier */
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *ns = arena_alloc(b->a, cap);
        if (!ns) {
            b->s = NULL;
            b->cap = 1;
            return;
        }
        if (b->n)
            memcpy(ns, b->s, b->n);
        b->s = ns;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

static void putf(Buf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0 && (size_t)n < sizeof tmp) {
        put(b, tmp, (size_t)n);
    } else if (n > 0) {         /* a long name */
        char *big = arena_alloc(b->a, (size_t)n + 1);
        if (big) {
            vsnprintf(big, (size_t)n + 1, fmt, ap2);
            put(b, big, (size_t)n);
        }
    }
    va_end(ap2);
}

static void dump_expr(Buf *b, const Expr *e);
static void dump_stmts(Buf *b, const char *tag, const StmtList *l, bool always);

static const char *const binop_sym[] = {
#define X(n, sym, d, r, i) sym,
    RILL_BINOPS(X)
#undef X
};
static const char *const cmp_sym[] = { "<", "<=", "==", "!=", ">", ">=", "is", "is not",
                                       "in", "not in" };
static const char *const unary_sym[] = { "-", "+", "not", "~" };

static const char *binop_name(int op)
{
    return op >= 0 && op < BINOP__COUNT ? binop_sym[op] : "?";
}

static void ctx(Buf *b, ExprCtx c)
{
    if (c == CTX_STORE)
        puts_(b, " Store");
    else if (c == CTX_DEL)
        puts_(b, " Del");
}

static void opt(Buf *b, const Expr *e)
{
    puts_(b, " ");
    if (e)
        dump_expr(b, e);
    else
        puts_(b, "_");
}

static void list(Buf *b, const ExprList *l)
{
    for (int i = 0; i < l->n; i++) {
        puts_(b, " ");
        dump_expr(b, l->items[i]);
    }
}

static void str_lit(Buf *b, const char *s, size_t n)
{
    puts_(b, "'");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == '\'')
            putf(b, "\\%c", c);
        else if (c == '\n')
            puts_(b, "\\n");
        else if (c == '\t')
            puts_(b, "\\t");
        else if (c < 0x20 || c == 0x7F)
            putf(b, "\\x%02x", c);
        else
            put(b, (const char *)&c, 1);
    }
    puts_(b, "'");
}

/* Python's repr(float): the shortest digits that read back, positional for
   exponents -4..15, else d.ddde+XX. */
static void float_lit(Buf *b, double f)
{
    if (f != f) {
        puts_(b, "nan");
        return;
    }
    if (f == HUGE_VAL || f == -HUGE_VAL) {
        puts_(b, f < 0 ? "-inf" : "inf");
        return;
    }
    char tmp[48], digits[24], out[64];
    int prec = 1, exp = 0, nd = 0;
    for (; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, f);
        if (strtod(tmp, NULL) == f)
            break;
    }
    const char *q = tmp;
    bool neg = *q == '-';
    if (neg)
        q++;
    for (; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9')
            digits[nd++] = *q;
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = '\0';
    exp = atoi(q + 1);
    size_t n = 0;
    if (neg)
        out[n++] = '-';
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            out[n++] = '0';
            out[n++] = '.';
            for (int i = 0; i < -exp - 1; i++)
                out[n++] = '0';
            for (int i = 0; i < nd; i++)
                out[n++] = digits[i];
        } else {
            for (int i = 0; i <= exp; i++)
                out[n++] = i < nd ? digits[i] : '0';
            out[n++] = '.';
            if (nd > exp + 1)
                for (int i = exp + 1; i < nd; i++)
                    out[n++] = digits[i];
            else
                out[n++] = '0';
        }
        out[n] = '\0';
    } else {
        out[n++] = digits[0];
        if (nd > 1) {
            out[n++] = '.';
            for (int i = 1; i < nd; i++)
                out[n++] = digits[i];
        }
        snprintf(out + n, sizeof out - n, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    puts_(b, out);
}

static void dump_const(Buf *b, const Expr *e)
{
    switch (e->u.cons.kind) {
    case CONST_NONE: puts_(b, "None"); break;
    case CONST_TRUE: puts_(b, "True"); break;
    case CONST_FALSE: puts_(b, "False"); break;
    case CONST_ELLIPSIS: puts_(b, "..."); break;
    case CONST_INT:
        if (e->u.cons.base != 10)
            puts_(b, e->u.cons.base == 16 ? "0x" : e->u.cons.base == 8 ? "0o" : "0b");
        puts_(b, e->u.cons.text ? e->u.cons.text : "?");
        break;
    case CONST_FLOAT: float_lit(b, e->u.cons.f); break;
    case CONST_STR: str_lit(b, e->u.cons.s, e->u.cons.slen); break;
    }
}

static void dump_args(Buf *b, const Arguments *a)
{
    puts_(b, "(arguments");
    if (a) {
        const struct { const char *tag; const Arg *v; int n; } parts[] = {
            { "posonly", a->posonly, a->nposonly }, { "args", a->args, a->nargs },
            { "vararg", a->vararg, a->vararg ? 1 : 0 }, { "kwonly", a->kwonly, a->nkwonly },
        };
        for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
            if (!parts[k].n)
                continue;
            putf(b, " (%s", parts[k].tag);
            for (int i = 0; i < parts[k].n; i++)
                putf(b, " %s", parts[k].v[i].name);
            puts_(b, ")");
        }
        if (a->nkwonly) {
            bool any = false;
            for (int i = 0; i < a->nkwonly; i++)
                any |= a->kw_defaults[i] != NULL;
            if (any) {
                puts_(b, " (kw_defaults");
                for (int i = 0; i < a->nkwonly; i++)
                    opt(b, a->kw_defaults[i]);
                puts_(b, ")");
            }
        }
        if (a->kwarg)
            putf(b, " (kwarg %s)", a->kwarg->name);
        if (a->defaults.n) {
            puts_(b, " (defaults");
            list(b, &a->defaults);
            puts_(b, ")");
        }
    }
    puts_(b, ")");
}

static void dump_keywords(Buf *b, const Keyword *k, int n)
{
    for (int i = 0; i < n; i++) {
        putf(b, " (keyword %s ", k[i].name ? k[i].name : "**");
        dump_expr(b, k[i].value);
        puts_(b, ")");
    }
}

static void dump_comp(Buf *b, const Comprehension *g, int n)
{
    for (int i = 0; i < n; i++) {
        puts_(b, " (comprehension ");
        dump_expr(b, g[i].target);
        puts_(b, " ");
        dump_expr(b, g[i].iter);
        list(b, &g[i].ifs);
        puts_(b, ")");
    }
}

static void dump_expr(Buf *b, const Expr *e)
{
    if (!e) {
        puts_(b, "_");
        return;
    }
    switch (e->kind) {
    case E_BOOLOP:
        putf(b, "(BoolOp %s", e->u.boolop.op == BOOL_AND ? "and" : "or");
        list(b, &e->u.boolop.values);
        break;
    case E_NAMEDEXPR:
        puts_(b, "(NamedExpr ");
        dump_expr(b, e->u.named.target);
        opt(b, e->u.named.value);
        break;
    case E_BINOP:
        putf(b, "(BinOp %s ", binop_name(e->u.binop.op));
        dump_expr(b, e->u.binop.left);
        opt(b, e->u.binop.right);
        break;
    case E_UNARYOP:
        putf(b, "(UnaryOp %s ", unary_sym[e->u.unary.op]);
        dump_expr(b, e->u.unary.operand);
        break;
    case E_LAMBDA:
        puts_(b, "(Lambda ");
        dump_args(b, e->u.lambda.args);
        opt(b, e->u.lambda.body);
        break;
    case E_IFEXP:
        puts_(b, "(IfExp ");
        dump_expr(b, e->u.ifexp.test);
        opt(b, e->u.ifexp.body);
        opt(b, e->u.ifexp.orelse);
        break;
    case E_DICT:
        puts_(b, "(Dict");
        for (int i = 0; i < e->u.dict.values.n; i++) {
            if (e->u.dict.keys.items[i])
                opt(b, e->u.dict.keys.items[i]);
            else
                puts_(b, " **");
            opt(b, e->u.dict.values.items[i]);
        }
        break;
    case E_SET:
        puts_(b, "(Set");
        list(b, &e->u.set.elts);
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP:
        puts_(b, e->kind == E_LISTCOMP ? "(ListComp " : e->kind == E_SETCOMP ? "(SetComp "
                                                                            : "(GeneratorExp ");
        dump_expr(b, e->u.comp.elt);
        dump_comp(b, e->u.comp.gens, e->u.comp.ngens);
        break;
    case E_DICTCOMP:
        puts_(b, "(DictComp ");
        dump_expr(b, e->u.comp.key);
        opt(b, e->u.comp.value);
        dump_comp(b, e->u.comp.gens, e->u.comp.ngens);
        break;
    case E_YIELD:
        puts_(b, "(Yield");
        if (e->u.yield.value)
            opt(b, e->u.yield.value);
        break;
    case E_YIELDFROM:
        puts_(b, "(YieldFrom");
        opt(b, e->u.yield.value);
        break;
    case E_COMPARE:
        puts_(b, "(Compare ");
        dump_expr(b, e->u.compare.left);
        for (int i = 0; i < e->u.compare.comparators.n; i++) {
            putf(b, " %s", cmp_sym[e->u.compare.ops[i]]);
            opt(b, e->u.compare.comparators.items[i]);
        }
        break;
    case E_CALL:
        puts_(b, "(Call ");
        dump_expr(b, e->u.call.func);
        list(b, &e->u.call.args);
        dump_keywords(b, e->u.call.keywords, e->u.call.nkeywords);
        break;
    case E_FORMATTED:
        puts_(b, "(FormattedValue ");
        dump_expr(b, e->u.formatted.value);
        if (e->u.formatted.conversion >= 0)
            putf(b, " !%c", e->u.formatted.conversion);
        if (e->u.formatted.spec)
            opt(b, e->u.formatted.spec);
        break;
    case E_JOINEDSTR:
        puts_(b, "(JoinedStr");
        list(b, &e->u.joined.values);
        break;
    case E_CONST:
        puts_(b, "(Const ");
        dump_const(b, e);
        break;
    case E_ATTRIBUTE:
        puts_(b, "(Attribute ");
        dump_expr(b, e->u.attribute.value);
        putf(b, " %s", e->u.attribute.attr);
        ctx(b, e->u.attribute.ctx);
        break;
    case E_SUBSCRIPT:
        puts_(b, "(Subscript ");
        dump_expr(b, e->u.subscript.value);
        opt(b, e->u.subscript.slice);
        ctx(b, e->u.subscript.ctx);
        break;
    case E_STARRED:
        puts_(b, "(Starred ");
        dump_expr(b, e->u.starred.value);
        ctx(b, e->u.starred.ctx);
        break;
    case E_NAME:
        putf(b, "(Name %s", e->u.name.id);
        ctx(b, e->u.name.ctx);
        break;
    case E_LIST: case E_TUPLE:
        puts_(b, e->kind == E_LIST ? "(List" : "(Tuple");
        list(b, &e->u.seq.elts);
        ctx(b, e->u.seq.ctx);
        break;
    case E_SLICE:
        puts_(b, "(Slice");
        opt(b, e->u.slice.lower);
        opt(b, e->u.slice.upper);
        opt(b, e->u.slice.step);
        break;
    }
    puts_(b, ")");
}

static void dump_stmt(Buf *b, const Stmt *s);

static void dump_stmts(Buf *b, const char *tag, const StmtList *l, bool always)
{
    if (!l->n && !always)
        return;
    putf(b, " (%s", tag);
    for (int i = 0; i < l->n; i++) {
        puts_(b, " ");
        dump_stmt(b, l->items[i]);
    }
    puts_(b, ")");
}

static void tagged_list(Buf *b, const char *tag, const ExprList *l)
{
    if (!l->n)
        return;
    putf(b, " (%s", tag);
    list(b, l);
    puts_(b, ")");
}

static void dump_stmt(Buf *b, const Stmt *s)
{
    switch (s->kind) {
    case S_FUNCDEF:
        putf(b, "(FunctionDef %s ", s->u.funcdef.name);
        dump_args(b, s->u.funcdef.args);
        dump_stmts(b, "body", &s->u.funcdef.body, true);
        tagged_list(b, "decorators", &s->u.funcdef.decorators);
        if (s->u.funcdef.returns) {
            puts_(b, " (returns ");
            dump_expr(b, s->u.funcdef.returns);
            puts_(b, ")");
        }
        break;
    case S_CLASSDEF:
        putf(b, "(ClassDef %s", s->u.classdef.name);
        tagged_list(b, "bases", &s->u.classdef.bases);
        dump_keywords(b, s->u.classdef.keywords, s->u.classdef.nkeywords);
        dump_stmts(b, "body", &s->u.classdef.body, true);
        tagged_list(b, "decorators", &s->u.classdef.decorators);
        break;
    case S_RETURN:
        puts_(b, "(Return");
        if (s->u.ret.value)
            opt(b, s->u.ret.value);
        break;
    case S_DELETE:
        puts_(b, "(Delete");
        list(b, &s->u.del.targets);
        break;
    case S_ASSIGN:
        puts_(b, "(Assign");
        list(b, &s->u.assign.targets);
        opt(b, s->u.assign.value);
        break;
    case S_AUGASSIGN:
        puts_(b, "(AugAssign ");
        dump_expr(b, s->u.augassign.target);
        putf(b, " %s", binop_name(s->u.augassign.op));
        opt(b, s->u.augassign.value);
        break;
    case S_ANNASSIGN:
        puts_(b, "(AnnAssign ");
        dump_expr(b, s->u.annassign.target);
        opt(b, s->u.annassign.annotation);
        opt(b, s->u.annassign.value);
        if (s->u.annassign.simple)
            puts_(b, " simple");
        break;
    case S_FOR:
        puts_(b, "(For ");
        dump_expr(b, s->u.forloop.target);
        opt(b, s->u.forloop.iter);
        dump_stmts(b, "body", &s->u.forloop.body, true);
        dump_stmts(b, "orelse", &s->u.forloop.orelse, false);
        break;
    case S_WHILE:
        puts_(b, "(While ");
        dump_expr(b, s->u.whileloop.test);
        dump_stmts(b, "body", &s->u.whileloop.body, true);
        dump_stmts(b, "orelse", &s->u.whileloop.orelse, false);
        break;
    case S_IF:
        puts_(b, "(If ");
        dump_expr(b, s->u.ifs.test);
        dump_stmts(b, "body", &s->u.ifs.body, true);
        dump_stmts(b, "orelse", &s->u.ifs.orelse, false);
        break;
    case S_WITH:
        puts_(b, "(With");
        for (int i = 0; i < s->u.with.nitems; i++) {
            puts_(b, " (withitem ");
            dump_expr(b, s->u.with.items[i].context);
            if (s->u.with.items[i].vars)
                opt(b, s->u.with.items[i].vars);
            puts_(b, ")");
        }
        dump_stmts(b, "body", &s->u.with.body, true);
        break;
    case S_RAISE:
        puts_(b, "(Raise");
        if (s->u.raise.exc)
            opt(b, s->u.raise.exc);
        if (s->u.raise.cause) {
            puts_(b, " (from ");
            dump_expr(b, s->u.raise.cause);
            puts_(b, ")");
        }
        break;
    case S_TRY:
        puts_(b, "(Try");
        dump_stmts(b, "body", &s->u.try_.body, true);
        for (int i = 0; i < s->u.try_.nhandlers; i++) {
            const ExceptHandler *h = &s->u.try_.handlers[i];
            puts_(b, " (except");
            if (h->type)
                opt(b, h->type);
            if (h->name)
                putf(b, " (as %s)", h->name);
            dump_stmts(b, "body", &h->body, true);
            puts_(b, ")");
        }
        dump_stmts(b, "orelse", &s->u.try_.orelse, false);
        dump_stmts(b, "finally", &s->u.try_.finalbody, false);
        break;
    case S_ASSERT:
        puts_(b, "(Assert ");
        dump_expr(b, s->u.assert_.test);
        if (s->u.assert_.msg)
            opt(b, s->u.assert_.msg);
        break;
    case S_IMPORT:
        puts_(b, "(Import");
        for (int i = 0; i < s->u.import.nnames; i++) {
            putf(b, " (alias %s", s->u.import.names[i].name);
            if (s->u.import.names[i].asname)
                putf(b, " %s", s->u.import.names[i].asname);
            puts_(b, ")");
        }
        break;
    case S_IMPORTFROM:
        putf(b, "(ImportFrom %s %d", s->u.importfrom.module ? s->u.importfrom.module : "_",
             s->u.importfrom.level);
        for (int i = 0; i < s->u.importfrom.nnames; i++) {
            putf(b, " (alias %s", s->u.importfrom.names[i].name);
            if (s->u.importfrom.names[i].asname)
                putf(b, " %s", s->u.importfrom.names[i].asname);
            puts_(b, ")");
        }
        break;
    case S_GLOBAL: case S_NONLOCAL:
        puts_(b, s->kind == S_GLOBAL ? "(Global" : "(Nonlocal");
        for (int i = 0; i < s->u.global.nnames; i++)
            putf(b, " %s", s->u.global.names[i]);
        break;
    case S_EXPR:
        puts_(b, "(Expr ");
        dump_expr(b, s->u.expr.value);
        break;
    case S_PASS: puts_(b, "(Pass"); break;
    case S_BREAK: puts_(b, "(Break"); break;
    case S_CONTINUE: puts_(b, "(Continue"); break;
    }
    puts_(b, ")");
}

const char *ast_dump_module(Arena *a, const Module *m)
{
    Buf b = { a, NULL, 0, 0 };
    puts_(&b, "(Module");
    for (int i = 0; m && i < m->body.n; i++) {
        puts_(&b, " ");
        dump_stmt(&b, m->body.items[i]);
    }
    puts_(&b, ")");
    return b.s;
}

const char *ast_dump_expr(Arena *a, const Expr *e)
{
    Buf b = { a, NULL, 0, 0 };
    dump_expr(&b, e);
    return b.s;
}
