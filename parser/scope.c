/*
** scope.c — the symbol-table pass: walks a module's AST once, records how each scope
** uses each name, then resolves every name to local / global / free / cell exactly as
** CPython 3.11's symtable.c does (including its compile-time errors and their wording).
** The compiler reads the result through scope.h.
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "scope.h"
#include "../vm/vm.h"

/* Deeper nesting than this raises RecursionError, as CPython's compiler does. */
#define MAX_NESTING 3000

typedef struct Loc { int line, col, end_line, end_col; } Loc;

static Loc loc_expr(const Expr *e) { return (Loc){e->line, e->col, e->end_line, e->end_col}; }
static Loc loc_stmt(const Stmt *s) { return (Loc){s->line, s->col, s->end_line, s->end_col}; }

typedef struct Walk {
    SymTable *st;
    int depth;
} Walk;

/* ---- errors -------------------------------------------------------------------- */
static bool nomem(SymTable *st)
{
    if (!st->nomem && !st->error && !vm_exc_pending(st->vm))
        exc_nomem(st->vm);
    st->nomem = true;
    return false;
}

static bool st_error(SymTable *st, Loc l, const char *fmt, ...)
{
    if (st->error || st->nomem)
        return false;
    SyntaxErr *err = st->err;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->kind = SE_SYNTAX;
    err->line = l.line;
    err->col = l.col + 1;
    err->end_line = l.end_line;
    err->end_col = l.end_line ? l.end_col + 1 : 0;
    err->incomplete = false;
    st->error = true;
    return false;
}

static bool too_deep(Walk *w)
{
    SymTable *st = w->st;
    if (!st->error && !st->nomem)
        exc_raisef(st->vm, st->vm->exc_RecursionError,
                   "maximum recursion depth exceeded during compilation");
    st->nomem = true;       /* "an exception is pending" */
    return false;
}

/* ---- small helpers --------------------------------------------------------------- */
static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static void *grow(SymTable *st, void *p, int n, int *cap, size_t elem)
{
    if (n < *cap)
        return p;
    int ncap = *cap ? *cap * 2 : 8;
    void *np = arena_alloc(&st->arena, (size_t)ncap * elem);
    if (!np) {
        nomem(st);
        return NULL;
    }
    if (p)
        memcpy(np, p, (size_t)n * elem);
    *cap = ncap;
    return np;
}

const char *scope_mangle(Arena *a, const char *private, const char *name)
{
    if (!private || name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private == '_')
        private++;
    if (!*private)
        return name;
    size_t p = strlen(private);
    char *m = arena_alloc(a, 1 + p + n + 1);
    if (!m)
        return NULL;
    m[0] = '_';
    memcpy(m + 1, private, p);
    memcpy(m + 1 + p, name, n + 1);
    return m;
}

/* ---- symbols ----------------------------------------------------------------------- */
Sym *scope_find(const Scope *s, const char *name)
{
    if (!s->indexcap)
        return NULL;
    uint32_t h = name_hash(name);
    int mask = s->indexcap - 1;
    for (int i = (int)(h & (uint32_t)mask);; i = (i + 1) & mask) {
        int k = s->index[i];
        if (!k)
            return NULL;
        Sym *sym = &s->syms[k - 1];
        if (sym->hash == h && strcmp(sym->name, name) == 0)
            return sym;
    }
}

SymScope scope_lookup(const Scope *s, const char *name)
{
    Sym *sym = scope_find(s, name);
    return sym ? sym->scope : SYM_NONE;
}

static void index_insert(Scope *s, int k)
{
    int mask = s->indexcap - 1;
    int i = (int)(s->syms[k - 1].hash & (uint32_t)mask);
    while (s->index[i])
        i = (i + 1) & mask;
    s->index[i] = k;
}

static Sym *sym_get(SymTable *st, Scope *s, const char *name)
{
    Sym *sym = scope_find(s, name);
    if (sym)
        return sym;
    if (2 * (s->nsyms + 1) > s->indexcap) {
        int ncap = s->indexcap ? s->indexcap * 2 : 16;
        int *ni = arena_alloc(&st->arena, (size_t)ncap * sizeof(int));
        if (!ni) {
            nomem(st);
            return NULL;
        }
        s->index = ni;
        s->indexcap = ncap;
        for (int k = 1; k <= s->nsyms; k++)
            index_insert(s, k);
    }
    Sym *ns = grow(st, s->syms, s->nsyms, &s->capsyms, sizeof(Sym));
    if (!ns)
        return NULL;
    s->syms = ns;
    sym = &s->syms[s->nsyms++];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    sym->hash = name_hash(name);
    sym->slot = sym->fslot = -1;
    index_insert(s, s->nsyms);
    return sym;
}

/* symtable_add_def_helper: records a use of name in scope s. */
static bool add_def_in(SymTable *st, Scope *s, const char *name, int flag, Loc l)
{
    const char *m = scope_mangle(&st->arena, st->private, name);
    if (!m)
        return nomem(st);
    Sym *sym = sym_get(st, s, m);
    if (!sym)
        return false;
    int val = sym->flags;
    if ((flag & DEF_PARAM) && (val & DEF_PARAM))
        return st_error(st, l, "duplicate argument '%s' in function definition", name);
    val |= flag;
    if (s->comp_iter_target) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL))
            return st_error(st, l, "comprehension inner loop cannot rebind assignment "
                            "expression target '%s'", name);
        val |= DEF_COMP_ITER;
    }
    sym->flags = val;
    if (flag & DEF_PARAM) {
        const char **np = grow(st, (void *)s->params, s->nparams, &s->capparams,
                               sizeof(char *));
        if (!np)
            return false;
        s->params = np;
        s->params[s->nparams++] = m;
    } else if ((flag & DEF_GLOBAL) && s != st->top) {
        Sym *g = sym_get(st, st->top, m);
        if (!g)
            return false;
        g->flags |= flag;
    }
    return true;
}

static bool add_def(SymTable *st, const char *name, int flag, Loc l)
{
    return add_def_in(st, st->cur, name, flag, l);
}

static int lookup_flags(SymTable *st, const char *name)
{
    const char *m = scope_mangle(&st->arena, st->private, name);
    if (!m) {
        nomem(st);
        return -1;
    }
    Sym *sym = scope_find(st->cur, m);
    return sym ? sym->flags : 0;
}

static bool record_directive(SymTable *st, const char *name, Loc l)
{
    const char *m = scope_mangle(&st->arena, st->private, name);
    if (!m)
        return nomem(st);
    Sym *sym = sym_get(st, st->cur, m);
    if (!sym)
        return false;
    if (!sym->dline) {
        sym->dline = l.line;
        sym->dcol = l.col;
        sym->dend_line = l.end_line;
        sym->dend_col = l.end_col;
    }
    return true;
}

/* ---- scopes ------------------------------------------------------------------------- */
static uint32_t ptr_hash(const void *p)
{
    uintptr_t v = (uintptr_t)p;
    v ^= v >> 17;
    v *= 0xed5ad4bbu;
    v ^= v >> 11;
    return (uint32_t)v;
}

static bool map_put(SymTable *st, Scope *s)
{
    if (2 * (st->mapcount + 1) > st->mapcap) {
        size_t ncap = st->mapcap ? st->mapcap * 2 : 32;
        Scope **nm = arena_alloc(&st->arena, ncap * sizeof(Scope *));
        if (!nm)
            return nomem(st);
        for (size_t i = 0; i < st->mapcap; i++) {
            Scope *o = st->map[i];
            if (!o)
                continue;
            size_t j = ptr_hash(o->node) & (ncap - 1);
            while (nm[j])
                j = (j + 1) & (ncap - 1);
            nm[j] = o;
        }
        st->map = nm;
        st->mapcap = ncap;
    }
    size_t j = ptr_hash(s->node) & (st->mapcap - 1);
    while (st->map[j])
        j = (j + 1) & (st->mapcap - 1);
    st->map[j] = s;
    st->mapcount++;
    return true;
}

Scope *scope_of(const SymTable *st, const void *node)
{
    if (!st->mapcap)
        return NULL;
    size_t j = ptr_hash(node) & (st->mapcap - 1);
    for (; st->map[j]; j = (j + 1) & (st->mapcap - 1))
        if (st->map[j]->node == node)
            return st->map[j];
    return NULL;
}

static bool enter_block(SymTable *st, const char *name, ScopeKind kind, const void *node,
                        int line, int col)
{
    Scope *s = arena_alloc(&st->arena, sizeof(Scope));
    if (!s)
        return nomem(st);
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->line = line;
    s->col = col;
    s->parent = st->cur;
    if (st->cur) {
        Scope *p = st->cur;
        s->nested = p->nested || p->kind == SCOPE_FUNCTION;
        Scope **nc = grow(st, p->children, p->nchildren, &p->capchildren, sizeof(Scope *));
        if (!nc)
            return false;
        p->children = nc;
        p->children[p->nchildren++] = s;
        if (!map_put(st, s))
            return false;
    } else {
        st->top = s;
    }
    st->cur = s;
    return true;
}

static void exit_block(SymTable *st)
{
    st->cur = st->cur->parent;
}

/* ---- the walk ---------------------------------------------------------------------- */
static bool visit_expr(Walk *w, const Expr *e);
static bool visit_stmts(Walk *w, const StmtList *l);

static bool visit_exprs(Walk *w, const ExprList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i] && !visit_expr(w, l->items[i]))
            return false;
    return true;
}

static bool visit_params(Walk *w, const Arg *args, int n)
{
    for (int i = 0; i < n; i++) {
        const Arg *a = &args[i];
        Loc l = {a->line, a->col, a->line, a->col + (int)strlen(a->name)};
        if (!add_def(w->st, a->name, DEF_PARAM, l))
            return false;
    }
    return true;
}

static bool visit_arguments(Walk *w, const Arguments *a)
{
    SymTable *st = w->st;
    if (!visit_params(w, a->posonly, a->nposonly) || !visit_params(w, a->args, a->nargs) ||
        !visit_params(w, a->kwonly, a->nkwonly))
        return false;
    if (a->vararg) {
        if (!visit_params(w, a->vararg, 1))
            return false;
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        if (!visit_params(w, a->kwarg, 1))
            return false;
        st->cur->varkw = true;
    }
    return true;
}

/* Defaults are evaluated in the enclosing scope. */
static bool visit_defaults(Walk *w, const Arguments *a)
{
    if (!visit_exprs(w, &a->defaults))
        return false;
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kw_defaults && a->kw_defaults[i] && !visit_expr(w, a->kw_defaults[i]))
            return false;
    return true;
}

static const char *comp_message(CompKind k)
{
    switch (k) {
    case COMP_LIST: return "'yield' inside list comprehension";
    case COMP_SET: return "'yield' inside set comprehension";
    case COMP_DICT: return "'yield' inside dict comprehension";
    default: return "'yield' inside generator expression";
    }
}

static bool visit_comprehension(Walk *w, const Expr *e)
{
    SymTable *st = w->st;
    const Comprehension *gens = e->u.comp.gens;
    CompKind kind;
    const char *name;
    switch (e->kind) {
    case E_LISTCOMP: kind = COMP_LIST; name = "<listcomp>"; break;
    case E_SETCOMP: kind = COMP_SET; name = "<setcomp>"; break;
    case E_DICTCOMP: kind = COMP_DICT; name = "<dictcomp>"; break;
    default: kind = COMP_GEN; name = "<genexpr>"; break;
    }
    /* the outermost iterable is evaluated in the enclosing scope */
    st->cur->comp_iter_expr++;
    bool ok = visit_expr(w, gens[0].iter);
    st->cur->comp_iter_expr--;
    if (!ok || !enter_block(st, name, SCOPE_FUNCTION, e, e->line, e->col))
        return false;
    Scope *s = st->cur;
    s->comp = kind;
    if (!add_def(st, ".0", DEF_PARAM, loc_expr(e)))
        return false;
    for (int i = 0; i < e->u.comp.ngens; i++) {
        const Comprehension *g = &gens[i];
        s->comp_iter_target = true;
        ok = visit_expr(w, g->target);
        s->comp_iter_target = false;
        if (!ok)
            return false;
        if (i > 0) {
            s->comp_iter_expr++;
            ok = visit_expr(w, g->iter);
            s->comp_iter_expr--;
            if (!ok)
                return false;
        }
        if (!visit_exprs(w, &g->ifs))
            return false;
    }
    if (kind == COMP_DICT) {
        if (!visit_expr(w, e->u.comp.value) || !visit_expr(w, e->u.comp.key))
            return false;
    } else if (!visit_expr(w, e->u.comp.elt)) {
        return false;
    }
    s->generator = kind == COMP_GEN;
    exit_block(st);
    return true;
}

/* symtable_extend_namedexpr_scope: a walrus inside a comprehension binds in the
   nearest enclosing function (as nonlocal) or module (as global). */
static bool extend_namedexpr_scope(Walk *w, const Expr *target)
{
    SymTable *st = w->st;
    const char *name = target->u.name.id;
    Loc l = loc_expr(target);
    const char *m = scope_mangle(&st->arena, st->private, name);
    if (!m)
        return nomem(st);
    for (Scope *s = st->cur; s; s = s->parent) {
        if (s->comp != COMP_NONE) {
            Sym *sym = scope_find(s, m);
            if (sym && (sym->flags & DEF_COMP_ITER))
                return st_error(st, l, "assignment expression cannot rebind comprehension "
                                "iteration variable '%s'", name);
            continue;
        }
        if (s->kind == SCOPE_FUNCTION) {
            Sym *sym = scope_find(s, m);
            int flag = sym && (sym->flags & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL;
            if (!add_def(st, name, flag, l) || !record_directive(st, name, l))
                return false;
            return add_def_in(st, s, name, DEF_LOCAL, l);
        }
        if (s->kind == SCOPE_MODULE) {
            if (!add_def(st, name, DEF_GLOBAL, l) || !record_directive(st, name, l))
                return false;
            return add_def_in(st, s, name, DEF_GLOBAL, l);
        }
        return st_error(st, l, "assignment expression within a comprehension cannot be "
                        "used in a class body");
    }
    return true;
}

static bool visit_expr_inner(Walk *w, const Expr *e)
{
    SymTable *st = w->st;
    switch (e->kind) {
    case E_BOOLOP:
        return visit_exprs(w, &e->u.boolop.values);
    case E_NAMEDEXPR:
        if (st->cur->comp_iter_expr > 0)
            return st_error(st, loc_expr(e), "assignment expression cannot be used in a "
                            "comprehension iterable expression");
        if (st->cur->comp != COMP_NONE && !extend_namedexpr_scope(w, e->u.named.target))
            return false;
        return visit_expr(w, e->u.named.value) && visit_expr(w, e->u.named.target);
    case E_BINOP:
        return visit_expr(w, e->u.binop.left) && visit_expr(w, e->u.binop.right);
    case E_UNARYOP:
        return visit_expr(w, e->u.unary.operand);
    case E_LAMBDA:
        if (!visit_defaults(w, e->u.lambda.args) ||
            !enter_block(st, "<lambda>", SCOPE_FUNCTION, e, e->line, e->col))
            return false;
        st->cur->lambda = true;
        if (!visit_arguments(w, e->u.lambda.args) || !visit_expr(w, e->u.lambda.body))
            return false;
        exit_block(st);
        return true;
    case E_IFEXP:
        return visit_expr(w, e->u.ifexp.test) && visit_expr(w, e->u.ifexp.body) &&
               visit_expr(w, e->u.ifexp.orelse);
    case E_DICT:
        return visit_exprs(w, &e->u.dict.keys) && visit_exprs(w, &e->u.dict.values);
    case E_SET:
        return visit_exprs(w, &e->u.set.elts);
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP:
        return visit_comprehension(w, e);
    case E_YIELD: case E_YIELDFROM:
        if (e->u.yield.value && !visit_expr(w, e->u.yield.value))
            return false;
        st->cur->generator = true;
        if (st->cur->comp != COMP_NONE)
            return st_error(st, loc_expr(e), "%s", comp_message(st->cur->comp));
        return true;
    case E_COMPARE:
        return visit_expr(w, e->u.compare.left) && visit_exprs(w, &e->u.compare.comparators);
    case E_CALL:
        if (!visit_expr(w, e->u.call.func) || !visit_exprs(w, &e->u.call.args))
            return false;
        for (int i = 0; i < e->u.call.nkeywords; i++)
            if (!visit_expr(w, e->u.call.keywords[i].value))
                return false;
        return true;
    case E_FORMATTED:
        return visit_expr(w, e->u.formatted.value) &&
               (!e->u.formatted.spec || visit_expr(w, e->u.formatted.spec));
    case E_JOINEDSTR:
        return visit_exprs(w, &e->u.joined.values);
    case E_CONST:
        return true;
    case E_ATTRIBUTE:
        return visit_expr(w, e->u.attribute.value);
    case E_SUBSCRIPT:
        return visit_expr(w, e->u.subscript.value) && visit_expr(w, e->u.subscript.slice);
    case E_STARRED:
        return visit_expr(w, e->u.starred.value);
    case E_SLICE:
        return (!e->u.slice.lower || visit_expr(w, e->u.slice.lower)) &&
               (!e->u.slice.upper || visit_expr(w, e->u.slice.upper)) &&
               (!e->u.slice.step || visit_expr(w, e->u.slice.step));
    case E_NAME: {
        bool load = e->u.name.ctx == CTX_LOAD;
        if (!add_def(st, e->u.name.id, load ? DEF_USE : DEF_LOCAL, loc_expr(e)))
            return false;
        /* super() needs the __class__ cell */
        if (load && st->cur->kind == SCOPE_FUNCTION && strcmp(e->u.name.id, "super") == 0)
            return add_def(st, "__class__", DEF_USE, loc_expr(e));
        return true;
    }
    case E_LIST: case E_TUPLE:
        return visit_exprs(w, &e->u.seq.elts);
    }
    return true;
}

static bool visit_expr(Walk *w, const Expr *e)
{
    if (++w->depth > MAX_NESTING)
        return too_deep(w);
    bool ok = visit_expr_inner(w, e);
    w->depth--;
    return ok;
}

static bool visit_alias(Walk *w, const Alias *a)
{
    SymTable *st = w->st;
    Loc l = {a->line, a->col, a->line, a->col + (int)strlen(a->name)};
    const char *store = a->asname;
    if (!store) {
        const char *dot = strchr(a->name, '.');
        store = dot ? arena_strndup(&st->arena, a->name, (size_t)(dot - a->name)) : a->name;
        if (!store)
            return nomem(st);
    }
    if (strcmp(a->name, "*") == 0) {
        if (st->cur->kind != SCOPE_MODULE)
            return st_error(st, l, "import * only allowed at module level");
        return true;
    }
    return add_def(st, store, DEF_IMPORT, l);
}

static bool visit_global(Walk *w, const Stmt *s, bool nonlocal)
{
    SymTable *st = w->st;
    Loc l = loc_stmt(s);
    const char *what = nonlocal ? "nonlocal" : "global";
    for (int i = 0; i < s->u.global.nnames; i++) {
        const char *name = s->u.global.names[i];
        int cur = lookup_flags(st, name);
        if (cur < 0)
            return false;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            if (cur & DEF_PARAM)
                return st_error(st, l, "name '%s' is parameter and %s", name, what);
            if (cur & DEF_USE)
                return st_error(st, l, "name '%s' is used prior to %s declaration", name,
                                what);
            if (cur & DEF_ANNOT)
                return st_error(st, l, "annotated name '%s' can't be %s", name, what);
            return st_error(st, l, "name '%s' is assigned to before %s declaration", name,
                            what);
        }
        if (!add_def(st, name, nonlocal ? DEF_NONLOCAL : DEF_GLOBAL, l) ||
            !record_directive(st, name, l))
            return false;
    }
    return true;
}

static bool visit_stmt(Walk *w, const Stmt *s)
{
    SymTable *st = w->st;
    switch (s->kind) {
    case S_FUNCDEF: {
        const Arguments *a = s->u.funcdef.args;
        if (!add_def(st, s->u.funcdef.name, DEF_LOCAL, loc_stmt(s)) || !visit_defaults(w, a) ||
            !visit_exprs(w, &s->u.funcdef.decorators) ||
            !enter_block(st, s->u.funcdef.name, SCOPE_FUNCTION, s, s->line, s->col) ||
            !visit_arguments(w, a) || !visit_stmts(w, &s->u.funcdef.body))
            return false;
        exit_block(st);
        return true;
    }
    case S_CLASSDEF: {
        if (!add_def(st, s->u.classdef.name, DEF_LOCAL, loc_stmt(s)) ||
            !visit_exprs(w, &s->u.classdef.bases))
            return false;
        for (int i = 0; i < s->u.classdef.nkeywords; i++)
            if (!visit_expr(w, s->u.classdef.keywords[i].value))
                return false;
        if (!visit_exprs(w, &s->u.classdef.decorators) ||
            !enter_block(st, s->u.classdef.name, SCOPE_CLASS, s, s->line, s->col))
            return false;
        const char *saved = st->private;
        st->private = s->u.classdef.name;
        bool ok = visit_stmts(w, &s->u.classdef.body);
        st->private = saved;
        if (!ok)
            return false;
        exit_block(st);
        return true;
    }
    case S_RETURN:
        return !s->u.ret.value || visit_expr(w, s->u.ret.value);
    case S_DELETE:
        return visit_exprs(w, &s->u.del.targets);
    case S_ASSIGN:
        return visit_exprs(w, &s->u.assign.targets) && visit_expr(w, s->u.assign.value);
    case S_AUGASSIGN:
        return visit_expr(w, s->u.augassign.target) && visit_expr(w, s->u.augassign.value);
    case S_ANNASSIGN: {
        const Expr *t = s->u.annassign.target;
        if (t->kind == E_NAME) {
            int cur = lookup_flags(st, t->u.name.id);
            if (cur < 0)
                return false;
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top &&
                s->u.annassign.simple)
                return st_error(st, loc_stmt(s), "annotated name '%s' can't be %s",
                                t->u.name.id, cur & DEF_GLOBAL ? "global" : "nonlocal");
            if (s->u.annassign.simple) {
                if (!add_def(st, t->u.name.id, DEF_ANNOT | DEF_LOCAL, loc_expr(t)))
                    return false;
            } else if (s->u.annassign.value &&
                       !add_def(st, t->u.name.id, DEF_LOCAL, loc_expr(t))) {
                return false;
            }
        } else if (!visit_expr(w, t)) {
            return false;
        }
        /* annotations are not evaluated by rill */
        return !s->u.annassign.value || visit_expr(w, s->u.annassign.value);
    }
    case S_FOR:
        return visit_expr(w, s->u.forloop.target) && visit_expr(w, s->u.forloop.iter) &&
               visit_stmts(w, &s->u.forloop.body) && visit_stmts(w, &s->u.forloop.orelse);
    case S_WHILE:
        return visit_expr(w, s->u.whileloop.test) && visit_stmts(w, &s->u.whileloop.body) &&
               visit_stmts(w, &s->u.whileloop.orelse);
    case S_IF:
        return visit_expr(w, s->u.ifs.test) && visit_stmts(w, &s->u.ifs.body) &&
               visit_stmts(w, &s->u.ifs.orelse);
    case S_WITH:
        for (int i = 0; i < s->u.with.nitems; i++) {
            const WithItem *it = &s->u.with.items[i];
            if (!visit_expr(w, it->context) || (it->vars && !visit_expr(w, it->vars)))
                return false;
        }
        return visit_stmts(w, &s->u.with.body);
    case S_RAISE:
        return (!s->u.raise.exc || visit_expr(w, s->u.raise.exc)) &&
               (!s->u.raise.cause || visit_expr(w, s->u.raise.cause));
    case S_TRY:
        if (!visit_stmts(w, &s->u.try_.body) || !visit_stmts(w, &s->u.try_.orelse))
            return false;
        for (int i = 0; i < s->u.try_.nhandlers; i++) {
            const ExceptHandler *h = &s->u.try_.handlers[i];
            if (h->type && !visit_expr(w, h->type))
                return false;
            if (h->name && !add_def(st, h->name, DEF_LOCAL, (Loc){h->line, h->col, 0, 0}))
                return false;
            if (!visit_stmts(w, &h->body))
                return false;
        }
        return visit_stmts(w, &s->u.try_.finalbody);
    case S_ASSERT:
        return visit_expr(w, s->u.assert_.test) &&
               (!s->u.assert_.msg || visit_expr(w, s->u.assert_.msg));
    case S_IMPORT:
        for (int i = 0; i < s->u.import.nnames; i++)
            if (!visit_alias(w, &s->u.import.names[i]))
                return false;
        return true;
    case S_IMPORTFROM:
        for (int i = 0; i < s->u.importfrom.nnames; i++)
            if (!visit_alias(w, &s->u.importfrom.names[i]))
                return false;
        return true;
    case S_GLOBAL:
        return visit_global(w, s, false);
    case S_NONLOCAL:
        return visit_global(w, s, true);
    case S_EXPR:
        return visit_expr(w, s->u.expr.value);
    case S_PASS: case S_BREAK: case S_CONTINUE:
        return true;
    }
    return true;
}

static bool visit_stmts(Walk *w, const StmtList *l)
{
    for (int i = 0; i < l->n; i++) {
        if (++w->depth > MAX_NESTING)
            return too_deep(w);
        bool ok = visit_stmt(w, l->items[i]);
        w->depth--;
        if (!ok)
            return false;
    }
    return true;
}

/* ---- analysis: sets of names ------------------------------------------------------- */
static const char tomb[] = "";

typedef struct NameSet {
    const char **keys;          /* NULL: empty, tomb: deleted */
    uint32_t *hashes;
    size_t cap, used;
} NameSet;

static NameSet *ns_new(SymTable *st)
{
    NameSet *s = arena_alloc(&st->arena, sizeof(NameSet));
    if (!s)
        nomem(st);
    return s;
}

static bool ns_has(const NameSet *s, const char *name)
{
    if (!s || !s->cap)
        return false;
    uint32_t h = name_hash(name);
    for (size_t i = h & (s->cap - 1); s->keys[i]; i = (i + 1) & (s->cap - 1))
        if (s->keys[i] != tomb && s->hashes[i] == h && strcmp(s->keys[i], name) == 0)
            return true;
    return false;
}

static bool ns_add(SymTable *st, NameSet *s, const char *name)
{
    if (ns_has(s, name))
        return true;
    if (2 * (s->used + 1) > s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : 16;
        const char **nk = arena_alloc(&st->arena, ncap * sizeof(char *));
        uint32_t *nh = arena_alloc(&st->arena, ncap * sizeof(uint32_t));
        if (!nk || !nh)
            return nomem(st);
        size_t used = 0;
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->keys[i] || s->keys[i] == tomb)
                continue;
            size_t j = s->hashes[i] & (ncap - 1);
            while (nk[j])
                j = (j + 1) & (ncap - 1);
            nk[j] = s->keys[i];
            nh[j] = s->hashes[i];
            used++;
        }
        s->keys = nk;
        s->hashes = nh;
        s->cap = ncap;
        s->used = used;
    }
    uint32_t h = name_hash(name);
    size_t j = h & (s->cap - 1);
    while (s->keys[j])
        j = (j + 1) & (s->cap - 1);
    s->keys[j] = name;
    s->hashes[j] = h;
    s->used++;
    return true;
}

static bool ns_discard(NameSet *s, const char *name)
{
    if (!s || !s->cap)
        return false;
    uint32_t h = name_hash(name);
    for (size_t i = h & (s->cap - 1); s->keys[i]; i = (i + 1) & (s->cap - 1))
        if (s->keys[i] != tomb && s->hashes[i] == h && strcmp(s->keys[i], name) == 0) {
            s->keys[i] = tomb;
            return true;
        }
    return false;
}

static bool ns_update(SymTable *st, NameSet *dst, const NameSet *src)
{
    if (!src)
        return true;
    for (size_t i = 0; i < src->cap; i++)
        if (src->keys[i] && src->keys[i] != tomb && !ns_add(st, dst, src->keys[i]))
            return false;
    return true;
}

static NameSet *ns_copy(SymTable *st, const NameSet *src)
{
    NameSet *s = ns_new(st);
    if (s && !ns_update(st, s, src))
        return NULL;
    return s;
}

/* ---- analysis ------------------------------------------------------------------------ */
static bool error_at_directive(SymTable *st, const Sym *sym, const char *fmt)
{
    Loc l = {sym->dline, sym->dcol, sym->dend_line, sym->dend_col};
    return st_error(st, l, fmt, sym->name);
}

static bool analyze_name(SymTable *st, Scope *s, Sym *sym, NameSet *bound, NameSet *local,
                         NameSet *free, NameSet *global)
{
    int flags = sym->flags;
    const char *name = sym->name;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL)
            return error_at_directive(st, sym, "name '%s' is nonlocal and global");
        sym->scope = SYM_GLOBAL_EXPLICIT;
        if (!ns_add(st, global, name))
            return false;
        ns_discard(bound, name);
        return true;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound)
            return error_at_directive(st, sym,
                                      "nonlocal declaration not allowed at module level");
        if (!ns_has(bound, name))
            return error_at_directive(st, sym, "no binding for nonlocal '%s' found");
        sym->scope = SYM_FREE;
        s->has_free = true;
        return ns_add(st, free, name);
    }
    if (flags & DEF_BOUND) {
        sym->scope = SYM_LOCAL;
        if (!ns_add(st, local, name))
            return false;
        ns_discard(global, name);
        return true;
    }
    if (bound && ns_has(bound, name)) {
        sym->scope = SYM_FREE;
        s->has_free = true;
        return ns_add(st, free, name);
    }
    if (global && ns_has(global, name)) {
        sym->scope = SYM_GLOBAL_IMPLICIT;
        return true;
    }
    if (s->nested)
        s->has_free = true;
    sym->scope = SYM_GLOBAL_IMPLICIT;
    return true;
}

/* Free names of children that pass through s become free in s too (so that the closure
   can be handed down); a class that also binds such a name marks it DEF_FREE_CLASS. */
static bool update_symbols(SymTable *st, Scope *s, NameSet *bound, NameSet *free)
{
    for (size_t i = 0; i < free->cap; i++) {
        const char *name = free->keys[i];
        if (!name || name == tomb)
            continue;
        Sym *sym = scope_find(s, name);
        if (sym) {
            if (s->kind == SCOPE_CLASS && (sym->flags & (DEF_BOUND | DEF_GLOBAL)))
                sym->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound && !ns_has(bound, name))
            continue;
        sym = sym_get(st, s, name);
        if (!sym)
            return false;
        sym->scope = SYM_FREE;
    }
    return true;
}

static bool analyze_block(SymTable *st, Scope *s, NameSet *bound, NameSet *free,
                          NameSet *global);

static bool analyze_child(SymTable *st, Scope *c, NameSet *bound, NameSet *free,
                          NameSet *global, NameSet *child_free)
{
    NameSet *tb = ns_copy(st, bound), *tf = ns_copy(st, free), *tg = ns_copy(st, global);
    if (!tb || !tf || !tg)
        return false;
    return analyze_block(st, c, tb, tf, tg) && ns_update(st, child_free, tf);
}

static bool analyze_block(SymTable *st, Scope *s, NameSet *bound, NameSet *free,
                          NameSet *global)
{
    NameSet *local = ns_new(st), *newglobal = ns_new(st), *newfree = ns_new(st);
    NameSet *newbound = ns_new(st), *allfree = ns_new(st);
    if (!local || !newglobal || !newfree || !newbound || !allfree)
        return false;
    /* class bindings are not visible in methods */
    if (s->kind == SCOPE_CLASS) {
        if (!ns_update(st, newglobal, global) || !ns_update(st, newbound, bound))
            return false;
    }
    int n = s->nsyms;
    for (int i = 0; i < n; i++)
        if (!analyze_name(st, s, &s->syms[i], bound, local, free, global))
            return false;
    if (s->kind != SCOPE_CLASS) {
        if (s->kind == SCOPE_FUNCTION && !ns_update(st, newbound, local))
            return false;
        if (!ns_update(st, newbound, bound) || !ns_update(st, newglobal, global))
            return false;
    } else if (!ns_add(st, newbound, "__class__")) {
        return false;
    }
    for (int i = 0; i < s->nchildren; i++) {
        Scope *c = s->children[i];
        if (!analyze_child(st, c, newbound, newfree, newglobal, allfree))
            return false;
        if (c->has_free || c->child_free)
            s->child_free = true;
    }
    if (!ns_update(st, newfree, allfree))
        return false;
    if (s->kind == SCOPE_FUNCTION) {
        /* locals captured by children become cells */
        for (int i = 0; i < n; i++) {
            Sym *sym = &s->syms[i];
            if (sym->scope == SYM_LOCAL && ns_discard(newfree, sym->name))
                sym->scope = SYM_CELL;
        }
    } else if (s->kind == SCOPE_CLASS) {
        if (ns_discard(newfree, "__class__"))
            s->needs_class_closure = true;
    }
    if (!update_symbols(st, s, bound, newfree))
        return false;
    return ns_update(st, free, newfree);
}

/* ---- entry points -------------------------------------------------------------------- */
void *scope_arena_realloc(void *ud, void *p, size_t oldsize, size_t newsize)
{
    rill_vm *vm = ud;
    if (newsize == 0) {
        if (p)
            mem_free(vm, p, oldsize);
        return NULL;
    }
    if (!p)
        return mem_alloc(vm, newsize);
    return mem_realloc(vm, p, oldsize, newsize);
}

int scope_build(SymTable *st, rill_vm *vm, const Module *m, SyntaxErr *err)
{
    memset(st, 0, sizeof *st);
    arena_init(&st->arena, scope_arena_realloc, vm);
    st->vm = vm;
    st->err = err;
    err->msg[0] = '\0';
    Walk w = {st, 0};
    if (!enter_block(st, "<module>", SCOPE_MODULE, NULL, 1, 0))
        return -1;
    if (!visit_stmts(&w, &m->body))
        return -1;
    NameSet *free = ns_new(st), *global = ns_new(st);
    if (!free || !global || !analyze_block(st, st->top, NULL, free, global))
        return -1;
    return 0;
}

void scope_free(SymTable *st)
{
    arena_free(&st->arena);
    st->top = st->cur = NULL;
    st->map = NULL;
    st->mapcap = st->mapcount = 0;
}
