/*
** compile.c — the compiler's core: code units (one per function, class body,
** comprehension and module), instruction emission with labels and exception-handler
** regions, the constant and name tables, and assembly: jump resolution, jump threading,
** dead-code removal, stack-depth computation, the line and exception tables, and the
** code object. Also the entry points compile_module() and comp_source().
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "compile.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/float.h"
#include "../vm/seq.h"
#include "../vm/exc.h"
#include "../vm/dict.h"

/* ---- errors ---------------------------------------------------------------------- */
static void verror_at(Compiler *c, int line, int col, int end_line, int end_col,
                      const char *fmt, va_list ap)
{
    if (c->failed)
        return;
    SyntaxErr *err = c->err;
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    err->kind = SE_SYNTAX;
    err->line = line;
    err->col = col + 1;
    err->end_line = end_line;
    err->end_col = end_line ? end_col + 1 : 0;
    err->incomplete = false;
    err->bare_text = false;
    err->fx_text = NULL;
    c->failed = true;
}

void comp_error_at(Compiler *c, int line, int col, int end_line, int end_col,
                   const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror_at(c, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
}

void comp_error(Compiler *c, const char *fmt, ...)
{
    Unit *u = c->u;
    va_list ap;
    va_start(ap, fmt);
    verror_at(c, u->line, u->col, u->end_line, u->end_col, fmt, ap);
    va_end(ap);
}

void comp_nomem(Compiler *c)
{
    if (!c->failed && !vm_exc_pending(c->vm))
        exc_nomem(c->vm);
    c->failed = true;
}

static void internal_error(Compiler *c, const char *what)
{
    comp_error(c, "internal compiler error: %s", what);
}

void comp_loc_expr(Compiler *c, const Expr *e)
{
    Unit *u = c->u;
    u->line = e->line;
    u->col = e->col;
    u->end_line = e->end_line;
    u->end_col = e->end_col;
}

void comp_loc_stmt(Compiler *c, const Stmt *s)
{
    Unit *u = c->u;
    u->line = s->line;
    u->col = s->col;
    u->end_line = s->end_line;
    u->end_col = s->end_col;
}

void comp_loc_attr(Compiler *c, const Expr *attr)
{
    Unit *u = c->u;
    int old_line = u->line;
    u->line = attr->end_line;
    if (u->line == old_line)
        return;
    /* the name's length in code points against a byte column: CPython's arithmetic */
    int len = 0;
    for (const char *p = attr->u.attribute.attr; *p; p++)
        len += ((unsigned char)*p & 0xc0) != 0x80;
    if (len <= attr->end_col) {
        u->col = attr->end_col - len;
    } else {
        u->col = -1;
        u->end_col = -1;
    }
    if (u->end_line < u->line)
        u->end_line = u->line;
    if (u->line == u->end_line && u->end_col < u->col)
        u->end_col = u->col;
}

static void xfree(rill_vm *vm, void *p, size_t size)
{
    if (p)
        mem_free(vm, p, size);
}

/* Grows *p (of *cap elements of size elem) to hold at least need elements. */
static bool reserve(Compiler *c, void **p, uint32_t *cap, uint32_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    uint32_t ncap = *cap ? *cap : 8;
    while (ncap < need)
        ncap *= 2;
    void *np = *p ? mem_realloc(c->vm, *p, *cap * elem, ncap * elem)
                  : mem_alloc(c->vm, ncap * elem);
    if (!np) {
        comp_nomem(c);
        return false;
    }
    *p = np;
    *cap = ncap;
    return true;
}

/* ---- emission ---------------------------------------------------------------------- */
static bool is_terminal(int op)
{
    return op == OP_JUMP || op == OP_JUMP_BACK || op == OP_RETURN_VALUE ||
           op == OP_RERAISE || op == OP_RAISE_VARARGS;
}

void comp_emit(Compiler *c, int op, uint32_t arg)
{
    Unit *u = c->u;
    if (c->failed)
        return;
    if (arg > INSTR_ARG_MAX) {
        comp_error(c, "too many constants, names or arguments in one code object");
        return;
    }
    if (!reserve(c, (void **)&u->code, &u->capcode, u->ncode + 1, sizeof(Instr)))
        return;
    Instr *in = &u->code[u->ncode++];
    in->op = (uint8_t)op;
    in->arg = arg;
    in->line = u->line;
    in->end_line = u->end_line;
    in->col = u->col;
    in->end_col = u->end_col;
    in->handler = u->nh ? u->hstack[u->nh - 1] : -1;
    u->depth += op_stack_effect(op, (int)arg, 0);
    if (u->depth < 0 && !u->dead)
        internal_error(c, "negative stack depth");
    if (is_terminal(op))
        u->dead = true;
}

int comp_label(Compiler *c)
{
    Unit *u = c->u;
    if (c->failed ||
        !reserve(c, (void **)&u->labels, &u->caplabels, u->nlabels + 1, sizeof(Label)))
        return -1;
    u->labels[u->nlabels] = (Label){-1, -1};
    return (int)u->nlabels++;
}

/* A jump (or handler) reaching label with this stack depth. Jumps in unreachable code
   record nothing: a label only they reach starts more unreachable code. */
static void label_arrive(Compiler *c, int label, int depth)
{
    Label *l = &c->u->labels[label];
    if (c->u->dead)
        return;
    if (l->depth < 0)
        l->depth = depth;
    else if (l->depth != depth)
        internal_error(c, "inconsistent stack depth at a jump target");
}

void comp_emit_jump(Compiler *c, int op, int label)
{
    if (c->failed || label < 0)
        return;
    label_arrive(c, label, c->u->depth + op_stack_effect(op, 0, 1));
    comp_emit(c, op, (uint32_t)label);
}

void comp_place(Compiler *c, int label)
{
    Unit *u = c->u;
    if (c->failed || label < 0)
        return;
    Label *l = &u->labels[label];
    l->pos = (int32_t)u->ncode;
    if (u->dead) {
        if (l->depth >= 0) {
            u->depth = l->depth;
            u->dead = false;
        }
    } else {
        label_arrive(c, label, u->depth);
    }
}

int comp_handler_push(Compiler *c, int label, int depth)
{
    Unit *u = c->u;
    if (c->failed || label < 0)
        return -1;
    if (u->nh >= (int)(sizeof u->hstack / sizeof u->hstack[0])) {
        comp_error(c, "too many statically nested blocks");
        return -1;
    }
    if (!reserve(c, (void **)&u->handlers, &u->caphandlers, u->nhandlers + 1,
                 sizeof(Handler)))
        return -1;
    u->handlers[u->nhandlers] = (Handler){label, depth};
    /* the handler is entered with the exception pushed (a region that starts in
       unreachable code is unreachable as a whole: it records nothing) */
    label_arrive(c, label, depth + 1);
    u->hstack[u->nh++] = (int32_t)u->nhandlers;
    return (int)u->nhandlers++;
}

void comp_handler_pop(Compiler *c)
{
    if (c->u->nh > 0)
        c->u->nh--;
}

void comp_handler_repush(Compiler *c, int id)
{
    Unit *u = c->u;
    if (c->failed || id < 0)
        return;
    if (u->nh >= (int)(sizeof u->hstack / sizeof u->hstack[0])) {
        comp_error(c, "too many statically nested blocks");
        return;
    }
    u->hstack[u->nh++] = id;
}

/* ---- constants ---------------------------------------------------------------------- */
static uint64_t const_hash(Value v)
{
    if (!v_is_obj(v))
        return (uint64_t)v * 0x9e3779b97f4a7c15ull;
    RObj *o = v_obj(v);
    switch (o->kind) {
    case K_INT:
        return (uint64_t)int_hash(v);
    case K_FLOAT: {
        double d = v_float(v);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        return bits * 0x9e3779b97f4a7c15ull + 7;
    }
    case K_STR:
        return (uint64_t)str_hash((RStr *)o);
    case K_TUPLE: {
        RTuple *t = (RTuple *)o;
        uint64_t h = 0x345678 + t->n;
        for (size_t i = 0; i < t->n; i++)
            h = (h ^ const_hash(t->items[i])) * 1000003u;
        return h;
    }
    default:
        return (uint64_t)(uintptr_t)o * 0x9e3779b97f4a7c15ull;
    }
}

/* Equal as constants: same type and value, with 0.0 and -0.0 kept apart. */
static bool const_eq(Value a, Value b)
{
    if (a == b)
        return true;
    if (!v_is_obj(a) || !v_is_obj(b) || v_obj(a)->kind != v_obj(b)->kind)
        return false;
    switch (v_obj(a)->kind) {
    case K_INT:
        return int_cmp(a, b) == 0;
    case K_FLOAT: {
        double x = v_float(a), y = v_float(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    case K_STR:
        return str_eq(v_str(a), v_str(b));
    case K_TUPLE: {
        RTuple *s = v_tuple(a), *t = v_tuple(b);
        if (s->n != t->n)
            return false;
        for (size_t i = 0; i < s->n; i++)
            if (!const_eq(s->items[i], t->items[i]))
                return false;
        return true;
    }
    default:
        return false;
    }
}

static bool cindex_rebuild(Compiler *c, Unit *u, uint32_t cap)
{
    uint32_t *ni = mem_calloc(c->vm, cap * sizeof(uint32_t));
    if (!ni) {
        comp_nomem(c);
        return false;
    }
    for (uint32_t k = 0; k < u->nconsts; k++) {
        uint32_t j = (uint32_t)const_hash(u->consts[k]) & (cap - 1);
        while (ni[j])
            j = (j + 1) & (cap - 1);
        ni[j] = k + 1;
    }
    xfree(c->vm, u->cindex, u->cindexcap * sizeof(uint32_t));
    u->cindex = ni;
    u->cindexcap = cap;
    return true;
}

uint32_t comp_const(Compiler *c, Value v)
{
    Unit *u = c->u;
    if (v == V_NULL) {
        comp_nomem(c);
        return 0;
    }
    if (c->failed) {
        v_decref(c->vm, v);
        return 0;
    }
    uint64_t h = const_hash(v);
    if (u->cindexcap) {
        for (uint32_t j = (uint32_t)h & (u->cindexcap - 1); u->cindex[j];
             j = (j + 1) & (u->cindexcap - 1)) {
            uint32_t k = u->cindex[j] - 1;
            if (const_eq(u->consts[k], v)) {
                v_decref(c->vm, v);
                return k;
            }
        }
    }
    if (!reserve(c, (void **)&u->consts, &u->capconsts, u->nconsts + 1, sizeof(Value))) {
        v_decref(c->vm, v);
        return 0;
    }
    u->consts[u->nconsts++] = v;
    if (2 * u->nconsts > u->cindexcap)
        cindex_rebuild(c, u, u->cindexcap ? u->cindexcap * 2 : 16);
    else {
        uint32_t j = (uint32_t)h & (u->cindexcap - 1);
        while (u->cindex[j])
            j = (j + 1) & (u->cindexcap - 1);
        u->cindex[j] = u->nconsts;
    }
    return u->nconsts - 1;
}

void comp_load_const(Compiler *c, Value v)
{
    if (v != V_NULL && v_is_int(v)) {
        intptr_t i = v_as_int(v);
        if (i > -SMALL_INT_BIAS && i < SMALL_INT_BIAS) {
            comp_emit(c, OP_LOAD_SMALL_INT, (uint32_t)(i + SMALL_INT_BIAS));
            return;
        }
    }
    uint32_t k = comp_const(c, v);
    comp_emit(c, OP_LOAD_CONST, k);
}

void comp_load_none(Compiler *c)
{
    comp_load_const(c, V_NONE);
}

static bool name_chars(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9') || ch == '_'))
            return false;
    }
    return true;
}

Value comp_str_value(Compiler *c, const char *s, size_t n)
{
    RStr *str = name_chars(s, n) ? str_intern(c->vm, s, n) : str_new(c->vm, s, n);
    return str ? v_from_obj(str) : V_NULL;
}

/* ---- names ---------------------------------------------------------------------------- */
static uint32_t ptr_hash(const void *p)
{
    uint64_t v = (uint64_t)(uintptr_t)p * 0x9e3779b97f4a7c15ull;
    return (uint32_t)(v >> 32);
}

static bool nindex_rebuild(Compiler *c, Unit *u, uint32_t cap)
{
    uint32_t *ni = mem_calloc(c->vm, cap * sizeof(uint32_t));
    if (!ni) {
        comp_nomem(c);
        return false;
    }
    for (uint32_t k = 0; k < u->nnames; k++) {
        uint32_t j = ptr_hash(u->names[k]) & (cap - 1);
        while (ni[j])
            j = (j + 1) & (cap - 1);
        ni[j] = k + 1;
    }
    xfree(c->vm, u->nindex, u->nindexcap * sizeof(uint32_t));
    u->nindex = ni;
    u->nindexcap = cap;
    return true;
}

uint32_t comp_name_raw(Compiler *c, const char *name)
{
    Unit *u = c->u;
    if (c->failed)
        return 0;
    RStr *s = str_intern_cstr(c->vm, name);
    if (!s) {
        comp_nomem(c);
        return 0;
    }
    if (u->nindexcap) {
        for (uint32_t j = ptr_hash(s) & (u->nindexcap - 1); u->nindex[j];
             j = (j + 1) & (u->nindexcap - 1)) {
            if (u->names[u->nindex[j] - 1] == s) {
                obj_decref(c->vm, s);
                return u->nindex[j] - 1;
            }
        }
    }
    if (!reserve(c, (void **)&u->names, &u->capnames, u->nnames + 1, sizeof(RStr *))) {
        obj_decref(c->vm, s);
        return 0;
    }
    u->names[u->nnames++] = s;
    if (2 * u->nnames > u->nindexcap) {
        nindex_rebuild(c, u, u->nindexcap ? u->nindexcap * 2 : 16);
    } else {
        uint32_t j = ptr_hash(s) & (u->nindexcap - 1);
        while (u->nindex[j])
            j = (j + 1) & (u->nindexcap - 1);
        u->nindex[j] = u->nnames;
    }
    return u->nnames - 1;
}

const char *comp_mangle(Compiler *c, const char *name)
{
    const char *m = scope_mangle(&c->st.arena, c->u->private, name);
    if (!m) {
        comp_nomem(c);
        return name;
    }
    return m;
}

uint32_t comp_name(Compiler *c, const char *name)
{
    return comp_name_raw(c, comp_mangle(c, name));
}

/* ---- units ------------------------------------------------------------------------------ */
static void unit_free(Compiler *c, Unit *u)
{
    rill_vm *vm = c->vm;
    xfree(vm, u->code, u->capcode * sizeof(Instr));
    xfree(vm, u->labels, u->caplabels * sizeof(Label));
    xfree(vm, u->handlers, u->caphandlers * sizeof(Handler));
    for (uint32_t i = 0; i < u->nconsts; i++)
        v_decref(vm, u->consts[i]);
    xfree(vm, u->consts, u->capconsts * sizeof(Value));
    xfree(vm, u->cindex, u->cindexcap * sizeof(uint32_t));
    for (uint32_t i = 0; i < u->nnames; i++)
        obj_decref(vm, u->names[i]);
    xfree(vm, u->names, u->capnames * sizeof(RStr *));
    xfree(vm, u->nindex, u->nindexcap * sizeof(uint32_t));
    if (u->localnames) {
        for (uint32_t i = 0; i < u->nlocals; i++)
            obj_xdecref(vm, u->localnames[i]);
        xfree(vm, u->localnames, u->nlocals * sizeof(RStr *));
    }
    uint32_t ncf = u->ncells + u->nfrees;
    if (u->cellnames) {
        for (uint32_t i = 0; i < ncf; i++)
            obj_xdecref(vm, u->cellnames[i]);
        xfree(vm, u->cellnames, ncf * sizeof(RStr *));
    }
    xfree(vm, u->cell2arg, u->ncells * sizeof(int32_t));
    obj_xdecref(vm, u->name);
    obj_xdecref(vm, u->qualname);
    v_decref(vm, u->doc);
    xfree(vm, u, sizeof(Unit));
}

/* compiler_set_qualname: "f", "C.m", "f.<locals>.g"; a function or class declared
   global in its parent is named as at module level. */
static RStr *make_qualname(Compiler *c, Unit *u)
{
    Unit *p = u->parent;
    if (!p || p->scope->kind == SCOPE_MODULE) {
        obj_incref(u->name);
        return u->name;
    }
    Scope *s = u->scope;
    if (s->kind == SCOPE_CLASS || (s->comp == COMP_NONE && !s->lambda)) {
        const char *m = scope_mangle(&c->st.arena, p->private, s->name);
        if (m && scope_lookup(p->scope, m) == SYM_GLOBAL_EXPLICIT) {
            obj_incref(u->name);
            return u->name;
        }
    }
    bool locals = p->scope->kind == SCOPE_FUNCTION && p->scope->comp == COMP_NONE;
    return str_format(c->vm, locals ? "%U.<locals>.%U" : "%U.%U", p->qualname, u->name);
}

static RStr **name_array(Compiler *c, uint32_t n)
{
    if (!n)
        return NULL;
    RStr **a = mem_calloc(c->vm, n * sizeof(RStr *));
    if (!a)
        comp_nomem(c);
    return a;
}

static bool intern_into(Compiler *c, RStr **slot, const char *name)
{
    *slot = str_intern_cstr(c->vm, name);
    if (!*slot) {
        comp_nomem(c);
        return false;
    }
    return true;
}

/* Local slots (parameters first), cells and free variables of a function-like scope;
   records each symbol's index for the name operations. */
static bool layout_variables(Compiler *c, Unit *u)
{
    Scope *s = u->scope;
    uint32_t nlocals = 0, ncells = 0, nfrees = 0;
    bool fast = s->kind == SCOPE_FUNCTION;
    for (int i = 0; i < s->nsyms; i++) {
        Sym *sym = &s->syms[i];
        if (fast && sym->scope == SYM_LOCAL && !(sym->flags & DEF_PARAM))
            nlocals++;
        if (sym->scope == SYM_CELL)
            ncells++;
        if (sym->scope == SYM_FREE || (sym->flags & DEF_FREE_CLASS))
            nfrees++;
    }
    nlocals += (uint32_t)s->nparams;
    if (s->needs_class_closure)
        ncells++;
    u->localnames = name_array(c, nlocals);
    if (nlocals && !u->localnames)
        return false;
    u->nlocals = nlocals;
    u->cellnames = name_array(c, ncells + nfrees);
    if (ncells + nfrees && !u->cellnames)
        return false;
    u->ncells = ncells;
    u->nfrees = nfrees;
    uint32_t li = 0, ci = 0, fi = ncells;
    for (int i = 0; i < s->nparams; i++) {
        Sym *sym = scope_find(s, s->params[i]);
        if (!intern_into(c, &u->localnames[li], s->params[i]))
            return false;
        if (sym && sym->scope == SYM_LOCAL)
            sym->slot = (int)li;
        li++;
    }
    bool any_cell_arg = false;
    for (int i = 0; i < s->nsyms; i++) {
        Sym *sym = &s->syms[i];
        if (fast && sym->scope == SYM_LOCAL && !(sym->flags & DEF_PARAM)) {
            if (!intern_into(c, &u->localnames[li], sym->name))
                return false;
            sym->slot = (int)li++;
        }
        if (sym->scope == SYM_CELL) {
            if (!intern_into(c, &u->cellnames[ci], sym->name))
                return false;
            any_cell_arg |= (sym->flags & DEF_PARAM) != 0;
            sym->slot = (int)ci++;
        }
        if (sym->scope == SYM_FREE || (sym->flags & DEF_FREE_CLASS)) {
            if (!intern_into(c, &u->cellnames[fi], sym->name))
                return false;
            sym->fslot = (int)fi++;
        }
    }
    if (s->needs_class_closure) {
        if (!intern_into(c, &u->cellnames[ci], "__class__"))
            return false;
        u->class_cell = (int)ci++;
    }
    if (any_cell_arg) {
        u->cell2arg = mem_alloc(c->vm, ncells * sizeof(int32_t));
        if (!u->cell2arg) {
            comp_nomem(c);
            return false;
        }
        for (uint32_t k = 0; k < ncells; k++) {
            u->cell2arg[k] = -1;
            for (int p = 0; p < s->nparams; p++)
                if (strcmp(s->params[p], u->cellnames[k]->data) == 0) {
                    u->cell2arg[k] = p;
                    break;
                }
        }
    }
    return true;
}

static bool unit_setup(Compiler *c, Unit *u, Scope *s);

bool comp_unit_enter(Compiler *c, Scope *s, int firstline)
{
    if (c->failed)
        return false;
    Unit *u = mem_calloc(c->vm, sizeof(Unit));
    if (!u) {
        comp_nomem(c);
        return false;
    }
    u->parent = c->u;
    u->scope = s;
    u->doc = V_NONE;
    u->class_cell = -1;
    u->private = s->kind == SCOPE_CLASS ? s->name : (c->u ? c->u->private : NULL);
    u->firstline = firstline;
    u->line = firstline;
    c->u = u;
    if (!unit_setup(c, u, s)) {
        c->u = u->parent;
        unit_free(c, u);
        return false;
    }
    return true;
}

static bool unit_setup(Compiler *c, Unit *u, Scope *s)
{
    u->name = str_intern_cstr(c->vm, s->name);
    if (!u->name) {
        comp_nomem(c);
        return false;
    }
    u->qualname = make_qualname(c, u);
    if (!u->qualname) {
        comp_nomem(c);
        return false;
    }
    if (!layout_variables(c, u))
        return false;
    switch (s->kind) {
    case SCOPE_MODULE: u->flags |= CO_MODULE; break;
    case SCOPE_CLASS: u->flags |= CO_CLASSBODY; break;
    case SCOPE_FUNCTION: break;
    }
    if (s->varargs)
        u->flags |= CO_VARARGS;
    if (s->varkw)
        u->flags |= CO_VARKW;
    if (s->nested)
        u->flags |= CO_NESTED;
    if (s->comp != COMP_NONE)
        u->flags |= CO_GENEXPR;
    if (s->generator && s->kind == SCOPE_FUNCTION) {
        /* the first resume pushes the (None) value sent in */
        u->flags |= CO_GENERATOR;
        u->depth = 1;
        comp_emit(c, OP_POP_TOP, 0);
    }
    return !c->failed;
}

/* ---- assembly ------------------------------------------------------------------------- */
typedef struct Scratch {
    uint8_t *mark;
    uint32_t *map;      /* n + 1 entries */
    uint32_t *work;     /* 2n + 1 entries */
    int32_t *depth;
    uint32_t n;
} Scratch;

static bool scratch_alloc(Compiler *c, Scratch *sc, uint32_t n)
{
    sc->n = n;
    sc->mark = mem_alloc(c->vm, n + 1);
    sc->map = mem_alloc(c->vm, (n + 1) * sizeof(uint32_t));
    sc->work = mem_alloc(c->vm, (2 * n + 1) * sizeof(uint32_t));
    sc->depth = mem_alloc(c->vm, (n + 1) * sizeof(int32_t));
    if (!sc->mark || !sc->map || !sc->work || !sc->depth) {
        comp_nomem(c);
        return false;
    }
    return true;
}

static void scratch_free(Compiler *c, Scratch *sc)
{
    uint32_t n = sc->n;
    xfree(c->vm, sc->mark, n + 1);
    xfree(c->vm, sc->map, (n + 1) * sizeof(uint32_t));
    xfree(c->vm, sc->work, (2 * n + 1) * sizeof(uint32_t));
    xfree(c->vm, sc->depth, (n + 1) * sizeof(int32_t));
}

static bool is_jump(int op)
{
    return (op_flags[op] & OPF_JUMP) != 0;
}

/* Labels to instruction indexes, in jumps and handlers. */
static bool resolve_labels(Compiler *c, Unit *u)
{
    for (uint32_t i = 0; i < u->ncode; i++) {
        Instr *in = &u->code[i];
        if (is_jump(in->op)) {
            int32_t pos = u->labels[in->arg].pos;
            if (pos < 0) {
                internal_error(c, "jump to an unplaced label");
                return false;
            }
            /* a label placed after the last instruction is reached only by
               unreachable jumps (a reachable one would have made the implicit return
               follow it), which dead-code removal drops */
            in->arg = (uint32_t)pos < u->ncode ? (uint32_t)pos : i;
        }
    }
    for (uint32_t h = 0; h < u->nhandlers; h++) {
        int32_t pos = u->labels[u->handlers[h].label].pos;
        u->handlers[h].label = pos < 0 ? 0 : pos;
    }
    return true;
}

/* A jump to an unconditional JUMP goes straight to its target; a JUMP to a JUMP_BACK
   becomes that JUMP_BACK (keeping the interrupt check of the loop edge), and a JUMP to
   a RETURN_VALUE returns at once. */
static void thread_jumps(Unit *u)
{
    for (uint32_t i = 0; i < u->ncode; i++) {
        Instr *in = &u->code[i];
        if (!is_jump(in->op))
            continue;
        if (in->op == OP_JUMP && u->code[in->arg].op == OP_RETURN_VALUE) {
            in->op = OP_RETURN_VALUE;
            in->arg = 0;
            continue;
        }
        for (int hops = 0; hops < 32; hops++) {
            Instr *t = &u->code[in->arg];
            if (t == in)
                break;
            if (t->op == OP_JUMP && t->arg != in->arg) {
                in->arg = t->arg;
            } else if (t->op == OP_JUMP_BACK && in->op == OP_JUMP) {
                in->op = OP_JUMP_BACK;
                in->arg = t->arg;
            } else {
                break;
            }
        }
    }
}

/* Removes instructions whose mark is 0; jumps to a removed instruction go to the next
   kept one. */
static void compact(Unit *u, Scratch *sc)
{
    uint32_t n = u->ncode, j = 0;
    for (uint32_t i = 0; i < n; i++) {
        sc->map[i] = j;
        if (sc->mark[i])
            j++;
    }
    sc->map[n] = j;
    j = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!sc->mark[i])
            continue;
        Instr in = u->code[i];
        if (is_jump(in.op))
            in.arg = sc->map[in.arg];
        u->code[j++] = in;
    }
    for (uint32_t h = 0; h < u->nhandlers; h++)
        u->handlers[h].label = (int32_t)sc->map[u->handlers[h].label];
    u->ncode = j;
}

static void mark_reachable(Unit *u, Scratch *sc)
{
    uint32_t n = u->ncode, top = 0;
    memset(sc->mark, 0, n);
    if (n)
        sc->work[top++] = 0;
    while (top) {
        for (uint32_t i = sc->work[--top]; i < n && !sc->mark[i]; i++) {
            const Instr *in = &u->code[i];
            sc->mark[i] = 1;
            if (in->handler >= 0) {
                uint32_t t = (uint32_t)u->handlers[in->handler].label;
                if (!sc->mark[t])
                    sc->work[top++] = t;
            }
            if (is_jump(in->op) && !sc->mark[in->arg])
                sc->work[top++] = in->arg;
            if (is_terminal(in->op))
                break;
        }
    }
}

/* sc->depth[i] = whether instruction i is a jump or handler target */
static void mark_targets(Unit *u, Scratch *sc)
{
    memset(sc->depth, 0, (u->ncode + 1) * sizeof(int32_t));
    for (uint32_t i = 0; i < u->ncode; i++)
        if (is_jump(u->code[i].op))
            sc->depth[u->code[i].arg] = 1;
    for (uint32_t h = 0; h < u->nhandlers; h++)
        sc->depth[u->handlers[h].label] = 1;
}

static int inverse_jump(int op)
{
    switch (op) {
    case OP_POP_JUMP_IF_FALSE: return OP_POP_JUMP_IF_TRUE;
    case OP_POP_JUMP_IF_TRUE: return OP_POP_JUMP_IF_FALSE;
    case OP_POP_JUMP_IF_NONE: return OP_POP_JUMP_IF_NOT_NONE;
    case OP_POP_JUMP_IF_NOT_NONE: return OP_POP_JUMP_IF_NONE;
    default: return -1;
    }
}

/* Drops JUMPs to the next instruction, and turns "POP_JUMP_IF_X L; JUMP T; L:" into
   "POP_JUMP_IF_NOT_X T". Returns whether anything changed. */
static bool peephole(Unit *u, Scratch *sc)
{
    uint32_t n = u->ncode;
    bool changed = false;
    memset(sc->mark, 1, n);
    mark_targets(u, sc);
    for (uint32_t i = 0; i < n; i++) {
        Instr *in = &u->code[i];
        if (!sc->mark[i])
            continue;
        if (in->op == OP_JUMP && in->arg == i + 1) {
            sc->mark[i] = 0;
            changed = true;
            continue;
        }
        int inv = inverse_jump(in->op);
        if (inv >= 0 && in->arg == i + 2 && u->code[i + 1].op == OP_JUMP &&
            sc->mark[i + 1] && !sc->depth[i + 1]) {
            in->op = (uint8_t)inv;
            in->arg = u->code[i + 1].arg;
            sc->mark[i + 1] = 0;
            changed = true;
        }
    }
    if (changed)
        compact(u, sc);
    return changed;
}

/* The maximum stack depth, checking that every path agrees on the depth at each
   instruction. -1 on an inconsistency (a compiler bug). */
static int stack_depth(Unit *u, Scratch *sc, int start)
{
    uint32_t n = u->ncode, top = 0;
    int maxd = start;
    for (uint32_t i = 0; i < n; i++)
        sc->depth[i] = -1;
    if (!n)
        return 0;
    sc->depth[0] = start;
    sc->work[top++] = 0;
#define REACH(t, d) do { \
        int d_ = (d); uint32_t t_ = (t); \
        if (d_ < 0) return -1; \
        if (d_ > maxd) maxd = d_; \
        if (sc->depth[t_] < 0) { sc->depth[t_] = d_; sc->work[top++] = t_; } \
        else if (sc->depth[t_] != d_) return -1; \
    } while (0)
    while (top) {
        uint32_t i = sc->work[--top];
        int d = sc->depth[i];
        for (;;) {
            const Instr *in = &u->code[i];
            if (in->handler >= 0) {
                const Handler *h = &u->handlers[in->handler];
                if (h->depth > d)
                    return -1;
                REACH((uint32_t)h->label, h->depth + 1);
            }
            if (is_jump(in->op))
                REACH(in->arg, d + op_stack_effect(in->op, (int)in->arg, 1));
            int nd = d + op_stack_effect(in->op, (int)in->arg, 0);
            if (nd < 0)
                return -1;
            if (nd > maxd)
                maxd = nd;
            if (is_terminal(in->op))
                break;
            if (++i >= n)
                return -1;
            if (sc->depth[i] >= 0) {
                if (sc->depth[i] != nd)
                    return -1;
                break;
            }
            sc->depth[i] = nd;
            d = nd;
        }
    }
#undef REACH
    return maxd;
}

static void *copy_array(Compiler *c, const void *src, size_t n, size_t elem)
{
    if (!n)
        return NULL;
    void *p = mem_alloc(c->vm, n * elem);
    if (!p) {
        comp_nomem(c);
        return NULL;
    }
    memcpy(p, src, n * elem);
    return p;
}

static CodePos instr_pos(const Instr *in)
{
    return (CodePos){in->line, in->end_line, in->col, in->end_col};
}

/* Whether a and b encode to the same position-table entry (the start line comes from
   the line table, so only the rest is compared). */
static bool same_pos(const Instr *a, const Instr *b)
{
    uint8_t ea[24], eb[24];
    CodePos pa = instr_pos(a), pb = instr_pos(b);
    size_t na = code_pos_encode(ea, 1, &pa), nb = code_pos_encode(eb, 1, &pb);
    return na == nb && memcmp(ea, eb, na) == 0;
}

/* The position table (code.h) of u's instructions: with out NULL, only its length. */
static size_t encode_positions(const Unit *u, uint8_t *out)
{
    size_t len = 0;
    for (uint32_t i = 0; i < u->ncode;) {
        uint32_t j = i + 1;
        while (j < u->ncode && same_pos(&u->code[i], &u->code[j]))
            j++;
        CodePos p = instr_pos(&u->code[i]);
        len += code_pos_encode(out ? out + len : NULL, j - i, &p);
        i = j;
    }
    return len;
}

/* Builds the code object from the optimized instruction list. */
static RCode *build_code(Compiler *c, Unit *u, int stacksize)
{
    rill_vm *vm = c->vm;
    uint32_t n = u->ncode, nlines = 0, nexc = 0;
    int32_t last = -1;
    for (uint32_t i = 0; i < n; i++) {
        int32_t line = u->code[i].line > 0 ? u->code[i].line : (last > 0 ? last : 0);
        if (i == 0 || line != last)
            nlines++;
        last = line;
        if (u->code[i].handler >= 0 && (i == 0 || u->code[i - 1].handler != u->code[i].handler))
            nexc++;
    }
    RCode t;
    memset(&t, 0, sizeof t);
    t.code = n ? mem_alloc(vm, n * sizeof(uint32_t)) : NULL;
    t.lines = nlines ? mem_alloc(vm, nlines * sizeof(LineEntry)) : NULL;
    t.exctable = nexc ? mem_alloc(vm, nexc * sizeof(ExcEntry)) : NULL;
    size_t npos = encode_positions(u, NULL);
    t.postable = npos ? mem_alloc(vm, npos) : NULL;
    t.consts = copy_array(c, u->consts, u->nconsts, sizeof(Value));
    t.names = copy_array(c, u->names, u->nnames, sizeof(RStr *));
    if ((n && !t.code) || (nlines && !t.lines) || (nexc && !t.exctable) ||
        (npos && !t.postable) || (u->nconsts && !t.consts) || (u->nnames && !t.names)) {
        xfree(vm, t.code, n * sizeof(uint32_t));
        xfree(vm, t.lines, nlines * sizeof(LineEntry));
        xfree(vm, t.postable, npos);
        xfree(vm, t.exctable, nexc * sizeof(ExcEntry));
        xfree(vm, t.consts, u->nconsts * sizeof(Value));
        xfree(vm, t.names, u->nnames * sizeof(RStr *));
        comp_nomem(c);
        return NULL;
    }
    last = -1;
    uint32_t li = 0, ei = 0;
    for (uint32_t i = 0; i < n; i++) {
        const Instr *in = &u->code[i];
        t.code[i] = INSTR(in->op, in->arg);
        int32_t line = in->line > 0 ? in->line : (last > 0 ? last : 0);
        if (i == 0 || line != last)
            t.lines[li++] = (LineEntry){i, line};
        last = line;
        if (in->handler < 0)
            continue;
        if (i > 0 && u->code[i - 1].handler == in->handler) {
            t.exctable[ei - 1].end = i + 1;
            continue;
        }
        const Handler *h = &u->handlers[in->handler];
        t.exctable[ei++] = (ExcEntry){i, i + 1, (uint32_t)h->label, (uint32_t)h->depth};
    }
    if (npos)
        encode_positions(u, t.postable);
    t.npostable = (uint32_t)npos;
    t.ncode = n;
    t.nlines = nlines;
    t.nexc = nexc;
    t.flags = u->flags;
    t.argcount = u->argcount;
    t.posonlycount = u->posonly;
    t.kwonlycount = u->kwonly;
    t.nlocals = u->nlocals;
    t.ncells = u->ncells;
    t.nfrees = u->nfrees;
    t.stacksize = (uint32_t)stacksize;
    t.nconsts = u->nconsts;
    t.nnames = u->nnames;
    t.localnames = u->localnames;
    t.cellnames = u->cellnames;
    t.cell2arg = u->cell2arg;
    t.firstline = u->firstline;
    t.name = u->name;
    t.qualname = u->qualname;
    t.filename = c->filename;
    t.source = c->source;
    t.doc = u->doc;
    if (c->filename)
        obj_incref(c->filename);
    if (c->source)
        obj_incref(c->source);
    /* every reference now belongs to the template */
    u->nconsts = 0;
    u->nnames = 0;
    u->localnames = NULL;
    u->cellnames = NULL;
    u->cell2arg = NULL;
    u->name = u->qualname = NULL;
    u->doc = V_NONE;
    RCode *co = code_new(vm, &t);
    if (!co)
        comp_nomem(c);
    return co;
}

static RCode *assemble(Compiler *c, Unit *u)
{
    if (!u->dead) {
        comp_load_none(c);
        comp_emit(c, OP_RETURN_VALUE, 0);
    }
    if (!c->failed && u->ncode > INSTR_ARG_MAX)
        comp_error(c, "code object too large");
    if (c->failed || !resolve_labels(c, u))
        return NULL;
    Scratch sc;
    if (!scratch_alloc(c, &sc, u->ncode)) {
        scratch_free(c, &sc);
        return NULL;
    }
    thread_jumps(u);
    mark_reachable(u, &sc);
    compact(u, &sc);
    for (int round = 0; round < 8 && peephole(u, &sc); round++)
        ;
    int start = (u->flags & CO_GENERATOR) ? 1 : 0;
    int stacksize = stack_depth(u, &sc, start);
    scratch_free(c, &sc);
    if (stacksize < 0) {
        internal_error(c, "inconsistent stack depth");
        return NULL;
    }
    return build_code(c, u, stacksize);
}

RCode *comp_unit_exit(Compiler *c)
{
    Unit *u = c->u;
    RCode *co = c->failed ? NULL : assemble(c, u);
    c->u = u->parent;
    unit_free(c, u);
    return co;
}

static int closure_index(Compiler *c, const char *name)
{
    Unit *u = c->u;
    if (u->class_cell >= 0 && strcmp(name, "__class__") == 0)
        return u->class_cell;
    Sym *sym = scope_find(u->scope, name);
    if (sym && sym->scope == SYM_CELL)
        return sym->slot;
    if (sym && sym->fslot >= 0)
        return sym->fslot;
    internal_error(c, "free variable without a binding");
    return 0;
}

void comp_make_closure(Compiler *c, RCode *co, int flags)
{
    if (!co) {
        comp_nomem(c);
        return;
    }
    if (co->nfrees) {
        for (uint32_t i = 0; i < co->nfrees; i++)
            comp_emit(c, OP_LOAD_CLOSURE,
                      (uint32_t)closure_index(c, co->cellnames[co->ncells + i]->data));
        comp_emit(c, OP_BUILD_TUPLE, co->nfrees);
        flags |= 8;
    }
    comp_load_const(c, v_from_obj(co));
    comp_emit(c, OP_MAKE_FUNCTION, (uint32_t)flags);
}

/* ---- entry points ----------------------------------------------------------------------- */
static RCode *compile_tree(rill_vm *vm, const Module *m, ParseMode mode, unsigned flags,
                           RStr *filename, RStr *source, SyntaxErr *err)
{
    Compiler c;
    memset(&c, 0, sizeof c);
    memset(err, 0, sizeof *err);
    c.vm = vm;
    c.mode = mode;
    c.flags = flags;
    c.filename = filename;
    c.source = source;
    c.err = err;
    RCode *co = NULL;
    if (scope_build(&c.st, vm, m, err) < 0) {
        scope_free(&c.st);
        return NULL;
    }
    if (comp_unit_enter(&c, c.st.top, 1)) {
        if (mode == PARSE_EVAL && m->body.n == 1 && m->body.items[0]->kind == S_EXPR) {
            comp_loc_stmt(&c, m->body.items[0]);
            comp_expr(&c, m->body.items[0]->u.expr.value);
            comp_emit(&c, OP_RETURN_VALUE, 0);
        } else if (mode == PARSE_FILE) {
            comp_body(&c, &m->body);
        } else {
            comp_stmts(&c, &m->body);
        }
    }
    while (c.u && c.u->parent) {
        Unit *u = c.u;
        c.u = u->parent;
        unit_free(&c, u);
    }
    if (c.u)
        co = comp_unit_exit(&c);
    scope_free(&c.st);
    obj_xdecref(vm, c.fsets);
    if (!co && !c.failed)
        comp_nomem(&c);
    if (!co && vm_exc_pending(vm))
        err->msg[0] = '\0';        /* the pending exception is the error to report */
    return co;
}

RCode *compile_module(rill_vm *vm, const Module *m, ParseMode mode, RStr *filename,
                      RStr *source, SyntaxErr *err)
{
    return compile_tree(vm, m, mode, 0, filename, source, err);
}

RCode *comp_source(rill_vm *vm, const char *src, size_t len, const char *filename,
                   ParseMode mode, bool *incomplete)
{
    return comp_source_flags(vm, src, len, filename, mode, 0, incomplete);
}

/* Raises the SyntaxError (IndentationError, TabError: cls) described by err in source
   src (NULL: its text is None), with the text and offsets CPython gives it: see
   SyntaxErr.bare_text and fx_text, and an int end_offset (0 where rill's range has
   none). With as_given (a string compiled for eval or single input, which CPython's
   tokenizer takes as it is where it ends file input with a newline): the text of an
   unterminated last line has no newline, an error at the end of that line — the NEWLINE
   token the input lacks — has no column (offset and end_offset 0), and an empty input
   has line 0. */
static void raise_syntax(rill_vm *vm, RClass *cls, const SyntaxErr *err, const char *filename,
                         const char *src, size_t len, bool as_given)
{
    int line = err->line, col = err->col, end_line = err->end_line ? err->end_line : -1;
    int end_col = err->end_col;
    const char *text = NULL;
    size_t tlen = 0;
    bool newline = !err->bare_text;
    char *fx = NULL;
    if (err->fx_text && src) {
        /* the line of "(" expression ")" the error is on */
        size_t n = err->fx_len + 2;
        if (!(fx = mem_alloc(vm, n))) return;
        fx[0] = '(';
        memcpy(fx + 1, err->fx_text, err->fx_len);
        fx[n - 1] = ')';
        text = exc_source_line(fx, n, line - err->fx_line + 1, &tlen);
    } else if (src && as_given && len == 0) {
        line = end_line = 0;
        text = "";
        newline = false;
    } else if (src) {
        text = exc_source_line(src, len, line, &tlen);
        if (as_given && src[len - 1] != '\n') {
            int nlines = 1;
            const char *last = src;
            for (size_t i = 0; i < len; i++)
                if (src[i] == '\n') {
                    nlines++;
                    last = src + i + 1;
                }
            if (line == nlines) {
                newline = false;
                if (col == (int)utf8_count(last, (size_t)(src + len - last)) + 1)
                    col = end_col = 0;
            }
        }
    }
    exc_raise_syntax(vm, cls, err->msg, filename, line, col, end_line, end_col, text, tlen,
                     newline);
    if (fx) mem_free(vm, fx, err->fx_len + 2);
}

RCode *comp_source_flags(rill_vm *vm, const char *src, size_t len, const char *filename,
                         ParseMode mode, unsigned flags, bool *incomplete)
{
    if (incomplete)
        *incomplete = false;
    Arena arena;
    arena_init(&arena, scope_arena_realloc, vm);
    SyntaxErr err;
    memset(&err, 0, sizeof err);
    RCode *co = NULL;
    Module *m = (flags & COMP_STRING) ? parse_source_whole(&arena, src, len, mode, &err)
                                      : parse_source(&arena, src, len, mode, &err);
    /* a string of no statement for single input is the error eval input has there
       (CPython's grammars both want something before the end of the input) */
    if (m && m->body.n == 0 && mode == PARSE_SINGLE && (flags & COMP_STRING))
        m = parse_source(&arena, src, len, PARSE_EVAL, &err);
    if (!m) {
        if (arena.failed || vm_exc_pending(vm)) {
            if (!vm_exc_pending(vm))
                exc_nomem(vm);
        } else if (err.incomplete && incomplete) {
            *incomplete = true;
        } else {
            RClass *cls = err.kind == SE_TAB ? vm->exc_TabError
                        : err.kind == SE_INDENTATION ? vm->exc_IndentationError
                        : vm->exc_SyntaxError;
            /* CPython reads the text of an error its compiler finds (after parsing) from
               the named file, which a string's "<string>" is not */
            bool no_text = err.late && (flags & COMP_STRING);
            raise_syntax(vm, cls, &err, filename, no_text ? NULL : src, no_text ? 0 : len,
                         (flags & COMP_STRING) && mode != PARSE_FILE && !err.late);
        }
        arena_free(&arena);
        return NULL;
    }
    RStr *fname = str_from_cstr(vm, filename);
    bool keep = !(flags & COMP_STRING);
    RStr *source = fname && keep && utf8_valid(src, len) ? str_new(vm, src, len) : NULL;
    if (fname && (source || !vm_exc_pending(vm))) {
        co = compile_tree(vm, m, mode, flags, fname, source, &err);
        if (!co && err.msg[0] && !vm_exc_pending(vm))
            raise_syntax(vm, vm->exc_SyntaxError, &err, filename, keep ? src : NULL,
                         keep ? len : 0, false);
    }
    obj_xdecref(vm, fname);
    obj_xdecref(vm, source);
    arena_free(&arena);
    return co;
}

RCode *comp_string(rill_vm *vm, const char *src, size_t len, const char *filename,
                   ParseMode mode, unsigned flags, bool lstrip)
{
    if (memchr(src, '\0', len))
        return exc_raisef_p(vm, vm->exc_SyntaxError,
                            "source code string cannot contain null bytes");
    for (; lstrip && len > 0 && (*src == ' ' || *src == '\t'); src++, len--)
        ;
    return comp_source_flags(vm, src, len, filename, mode, flags | COMP_STRING, NULL);
}
