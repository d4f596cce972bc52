/*
** compile_stmt.c — statements to bytecode: assignment forms, control flow, def/lambda
** and class (closures, defaults, decorators, the __class__ cell), imports, and the
** exception machinery: try/except/else/finally and with, with the exception table
** regions CPython 3.11 uses, and the unwinding that break/continue/return perform
** when they leave loops, try bodies, handlers and with blocks (CPython's fblocks).
*/
#include <string.h>
#include "compile.h"
#include "../vm/str.h"
#include "../vm/seq.h"

static void stmt(Compiler *c, const Stmt *s);

/* ---- block bookkeeping ------------------------------------------------------------ */
static bool push_fblock(Compiler *c, FBlockKind kind, int head, int exit, const void *datum)
{
    Unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS) {
        comp_error(c, "too many statically nested blocks");
        return false;
    }
    u->fblocks[u->nfb++] = (FBlock){kind, head, exit, datum};
    return true;
}

static void pop_fblock(Compiler *c)
{
    if (c->u->nfb > 0)
        c->u->nfb--;
}

/* Unwinding compiles code (finally bodies) with some blocks popped; everything is put
   back afterwards, since the code after the jump is still inside those blocks. */
typedef struct SavedBlocks {
    FBlock fblocks[MAX_FBLOCKS];
    int nfb;
    int32_t hstack[MAX_FBLOCKS + 4];
    int nh;
    int line, col, end_line, end_col;
} SavedBlocks;

static void save_blocks(Unit *u, SavedBlocks *sb)
{
    memcpy(sb->fblocks, u->fblocks, sizeof sb->fblocks);
    memcpy(sb->hstack, u->hstack, sizeof sb->hstack);
    sb->nfb = u->nfb;
    sb->nh = u->nh;
    sb->line = u->line;
    sb->col = u->col;
    sb->end_line = u->end_line;
    sb->end_col = u->end_col;
}

static void restore_blocks(Unit *u, const SavedBlocks *sb)
{
    memcpy(u->fblocks, sb->fblocks, sizeof sb->fblocks);
    memcpy(u->hstack, sb->hstack, sizeof sb->hstack);
    u->nfb = sb->nfb;
    u->nh = sb->nh;
}

static void restore_loc(Unit *u, const SavedBlocks *sb)
{
    u->line = sb->line;
    u->col = sb->col;
    u->end_line = sb->end_line;
    u->end_col = sb->end_col;
}

static void call_exit_with_nones(Compiler *c)
{
    comp_load_none(c);
    comp_load_none(c);
    comp_load_none(c);
    comp_emit(c, OP_CALL, 3);
}

static void unset_name(Compiler *c, const char *name)
{
    comp_load_none(c);
    comp_nameop(c, name, CTX_STORE);
    comp_nameop(c, name, CTX_DEL);
}

/* compiler_unwind_fblock: the code that leaves one block early. preserve_tos: a return
   value sits on top of the stack and must survive. */
static void unwind_fblock(Compiler *c, const FBlock *fb, bool preserve_tos)
{
    switch (fb->kind) {
    case FB_WHILE:
    case FB_EXCEPTION_HANDLER:
        return;
    case FB_FOR:
    case FB_POP_VALUE:
        if (preserve_tos)
            comp_emit(c, OP_SWAP, 2);
        comp_emit(c, OP_POP_TOP, 0);
        return;
    case FB_TRY_EXCEPT:
        comp_handler_pop(c);
        return;
    case FB_FINALLY_TRY:
        comp_handler_pop(c);
        if (preserve_tos && !push_fblock(c, FB_POP_VALUE, -1, -1, NULL))
            return;
        comp_stmts(c, fb->datum);
        if (preserve_tos)
            pop_fblock(c);
        return;
    case FB_FINALLY_END:
        if (preserve_tos)
            comp_emit(c, OP_SWAP, 2);
        comp_emit(c, OP_POP_TOP, 0);            /* the exception */
        if (preserve_tos)
            comp_emit(c, OP_SWAP, 2);
        comp_handler_pop(c);
        comp_emit(c, OP_POP_EXCEPT, 0);
        return;
    case FB_WITH: {
        const Stmt *w = fb->datum;
        comp_loc_stmt(c, w);
        comp_handler_pop(c);
        if (preserve_tos)
            comp_emit(c, OP_SWAP, 2);
        call_exit_with_nones(c);
        comp_emit(c, OP_POP_TOP, 0);
        return;
    }
    case FB_HANDLER_CLEANUP:
        if (fb->datum)
            comp_handler_pop(c);
        if (preserve_tos)
            comp_emit(c, OP_SWAP, 2);
        comp_handler_pop(c);
        comp_emit(c, OP_POP_EXCEPT, 0);
        if (fb->datum)
            unset_name(c, fb->datum);
        return;
    }
}

/* Unwinds every block, or (want_loop) up to the innermost loop, whose index it
   returns (-1: none). The caller restores the blocks afterwards. */
static int unwind_stack(Compiler *c, bool preserve_tos, bool want_loop)
{
    Unit *u = c->u;
    while (u->nfb > 0 && !c->failed) {
        FBlock top = u->fblocks[u->nfb - 1];
        if (want_loop && (top.kind == FB_WHILE || top.kind == FB_FOR))
            return u->nfb - 1;
        u->nfb--;
        unwind_fblock(c, &top, preserve_tos);
    }
    return -1;
}

static void return_stmt(Compiler *c, const Stmt *s)
{
    Unit *u = c->u;
    const Expr *v = s->u.ret.value;
    if (u->scope->kind != SCOPE_FUNCTION) {
        comp_error(c, "'return' outside function");
        return;
    }
    bool preserve = v && v->kind != E_CONST;
    int depth = u->depth;
    if (preserve)
        comp_expr(c, v);
    SavedBlocks sb;
    save_blocks(u, &sb);
    unwind_stack(c, preserve, false);
    restore_loc(u, &sb);
    if (!v)
        comp_load_none(c);
    else if (!preserve)
        comp_expr(c, v);
    comp_emit(c, OP_RETURN_VALUE, 0);
    restore_blocks(u, &sb);
    u->depth = depth;           /* for the unreachable code that may follow */
}

static void break_continue(Compiler *c, bool is_break)
{
    Unit *u = c->u;
    SavedBlocks sb;
    int depth = u->depth;
    save_blocks(u, &sb);
    int loop = unwind_stack(c, false, true);
    if (loop < 0) {
        restore_loc(u, &sb);
        comp_error(c, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    FBlock fb = u->fblocks[loop];
    restore_loc(u, &sb);
    if (is_break) {
        unwind_fblock(c, &fb, false);
        comp_emit_jump(c, OP_JUMP, fb.exit);
    } else {
        comp_emit_jump(c, OP_JUMP_BACK, fb.head);
    }
    restore_blocks(u, &sb);
    u->depth = depth;
}

/* ---- simple statements -------------------------------------------------------------- */
static bool is_plain_seq(const Expr *e)
{
    if (e->kind != E_TUPLE && e->kind != E_LIST)
        return false;
    for (int i = 0; i < e->u.seq.elts.n; i++)
        if (e->u.seq.elts.items[i]->kind == E_STARRED)
            return false;
    return true;
}

static void assign(Compiler *c, const Stmt *s)
{
    const ExprList *ts = &s->u.assign.targets;
    const Expr *v = s->u.assign.value;
    /* a, b = b, a: no tuple is built (BUILD_TUPLE + UNPACK_SEQUENCE become SWAP) */
    if (ts->n == 1 && is_plain_seq(ts->items[0]) && is_plain_seq(v) &&
        v->u.seq.elts.n == ts->items[0]->u.seq.elts.n && v->u.seq.elts.n <= 3 &&
        v->u.seq.elts.n >= 1) {
        const ExprList *vals = &v->u.seq.elts, *tgts = &ts->items[0]->u.seq.elts;
        for (int i = 0; i < vals->n; i++)
            comp_expr(c, vals->items[i]);
        if (vals->n > 1)
            comp_emit(c, OP_SWAP, (uint32_t)vals->n);
        for (int i = 0; i < tgts->n; i++)
            comp_store(c, tgts->items[i]);
        return;
    }
    comp_expr(c, v);
    for (int i = 0; i < ts->n; i++) {
        if (i < ts->n - 1)
            comp_emit(c, OP_COPY, 1);
        comp_store(c, ts->items[i]);
    }
}

/* x op= v evaluates x's object and key once. */
static void augassign(Compiler *c, const Stmt *s)
{
    const Expr *t = s->u.augassign.target;
    comp_loc_expr(c, t);
    switch (t->kind) {
    case E_ATTRIBUTE:
        comp_expr(c, t->u.attribute.value);
        comp_emit(c, OP_COPY, 1);
        comp_loc_attr(c, t);
        comp_emit(c, OP_LOAD_ATTR, comp_name(c, t->u.attribute.attr));
        break;
    case E_SUBSCRIPT:
        comp_expr(c, t->u.subscript.value);
        comp_expr(c, t->u.subscript.slice);
        comp_emit(c, OP_COPY, 2);
        comp_emit(c, OP_COPY, 2);
        comp_emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case E_NAME:
        comp_nameop(c, t->u.name.id, CTX_LOAD);
        break;
    default:
        comp_error(c, "illegal expression for augmented assignment");
        return;
    }
    comp_loc_stmt(c, s);
    comp_expr(c, s->u.augassign.value);
    comp_emit(c, OP_IN_ADD + s->u.augassign.op, 0);
    comp_loc_expr(c, t);
    switch (t->kind) {
    case E_ATTRIBUTE:
        comp_loc_attr(c, t);
        comp_emit(c, OP_SWAP, 2);
        comp_emit(c, OP_STORE_ATTR, comp_name(c, t->u.attribute.attr));
        break;
    case E_SUBSCRIPT:
        comp_emit(c, OP_SWAP, 3);
        comp_emit(c, OP_SWAP, 2);
        comp_emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        comp_nameop(c, t->u.name.id, CTX_STORE);
        break;
    }
}

static void annassign(Compiler *c, const Stmt *s)
{
    const Expr *t = s->u.annassign.target;
    if (s->u.annassign.value) {
        comp_expr(c, s->u.annassign.value);
        comp_store(c, t);
        return;
    }
    /* x.a: T and x[k]: T still evaluate x (and k); annotations are not kept */
    if (t->kind == E_ATTRIBUTE) {
        comp_expr(c, t->u.attribute.value);
        comp_emit(c, OP_POP_TOP, 0);
    } else if (t->kind == E_SUBSCRIPT) {
        comp_expr(c, t->u.subscript.value);
        comp_emit(c, OP_POP_TOP, 0);
        comp_expr(c, t->u.subscript.slice);
        comp_emit(c, OP_POP_TOP, 0);
    }
}

static void expr_stmt(Compiler *c, const Stmt *s)
{
    const Expr *v = s->u.expr.value;
    if (c->mode == PARSE_SINGLE && c->u->scope->kind == SCOPE_MODULE) {
        comp_expr(c, v);
        comp_emit(c, OP_PRINT_EXPR, 0);
        return;
    }
    if (v->kind == E_CONST)
        return;
    comp_expr(c, v);
    comp_emit(c, OP_POP_TOP, 0);
}

static void raise_stmt(Compiler *c, const Stmt *s)
{
    uint32_t n = 0;
    if (s->u.raise.exc) {
        comp_expr(c, s->u.raise.exc);
        n++;
        if (s->u.raise.cause) {
            comp_expr(c, s->u.raise.cause);
            n++;
        }
    }
    comp_emit(c, OP_RAISE_VARARGS, n);
}

static void assert_stmt(Compiler *c, const Stmt *s)
{
    int end = comp_label(c);
    comp_jump_if(c, s->u.assert_.test, end, true);
    comp_emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->u.assert_.msg) {
        comp_expr(c, s->u.assert_.msg);
        comp_emit(c, OP_CALL, 1);
    }
    comp_emit(c, OP_RAISE_VARARGS, 1);
    comp_place(c, end);
}

/* ---- imports ------------------------------------------------------------------------ */
static void import_stmt(Compiler *c, const Stmt *s)
{
    for (int i = 0; i < s->u.import.nnames; i++) {
        const Alias *a = &s->u.import.names[i];
        comp_load_const(c, v_int(0));
        comp_load_none(c);
        comp_emit(c, OP_IMPORT_NAME, comp_name(c, a->name));
        const char *dot = strchr(a->name, '.');
        if (!a->asname) {
            /* import a.b.c binds a (the top-level package) */
            const char *top = dot ? arena_strndup(&c->st.arena, a->name,
                                                  (size_t)(dot - a->name)) : a->name;
            if (!top) {
                comp_nomem(c);
                return;
            }
            comp_nameop(c, top, CTX_STORE);
            continue;
        }
        if (!dot) {
            comp_nameop(c, a->asname, CTX_STORE);
            continue;
        }
        /* import a.b.c as d: d is the submodule, reached attribute by attribute */
        for (const char *p = dot + 1;;) {
            const char *q = strchr(p, '.');
            const char *attr = arena_strndup(&c->st.arena, p,
                                             q ? (size_t)(q - p) : strlen(p));
            if (!attr) {
                comp_nomem(c);
                return;
            }
            comp_emit(c, OP_IMPORT_FROM, comp_name(c, attr));
            if (!q)
                break;
            comp_emit(c, OP_SWAP, 2);
            comp_emit(c, OP_POP_TOP, 0);
            p = q + 1;
        }
        comp_nameop(c, a->asname, CTX_STORE);
        comp_emit(c, OP_POP_TOP, 0);
    }
}

static void importfrom_stmt(Compiler *c, const Stmt *s)
{
    int n = s->u.importfrom.nnames;
    const Alias *names = s->u.importfrom.names;
    if (n == 1 && strcmp(names[0].name, "*") == 0) {
        comp_error_at(c, names[0].line, names[0].col, names[0].line, names[0].col + 1,
                      "'from ... import *' is not supported");
        return;
    }
    comp_load_const(c, v_int(s->u.importfrom.level));
    RTuple *t = tuple_new(c->vm, (size_t)n);
    if (!t) {
        comp_nomem(c);
        return;
    }
    for (int i = 0; i < n; i++) {
        RStr *str = str_intern_cstr(c->vm, names[i].name);
        if (!str) {
            for (int j = i; j < n; j++)
                tuple_init_item(t, (size_t)j, V_NONE);
            obj_decref(c->vm, t);
            comp_nomem(c);
            return;
        }
        tuple_init_item(t, (size_t)i, v_from_obj(str));
    }
    comp_load_const(c, v_from_obj(t));
    const char *module = s->u.importfrom.module ? s->u.importfrom.module : "";
    comp_emit(c, OP_IMPORT_NAME, comp_name(c, module));
    for (int i = 0; i < n; i++) {
        comp_emit(c, OP_IMPORT_FROM, comp_name(c, names[i].name));
        comp_nameop(c, names[i].asname ? names[i].asname : names[i].name, CTX_STORE);
    }
    comp_emit(c, OP_POP_TOP, 0);
}

/* ---- loops and conditionals ----------------------------------------------------------- */
static void if_stmt(Compiler *c, const Stmt *s)
{
    const StmtList *orelse = &s->u.ifs.orelse;
    int end = comp_label(c);
    int next = orelse->n ? comp_label(c) : end;
    comp_jump_if(c, s->u.ifs.test, next, false);
    comp_stmts(c, &s->u.ifs.body);
    if (orelse->n) {
        comp_emit_jump(c, OP_JUMP, end);
        comp_place(c, next);
        comp_stmts(c, orelse);
    }
    comp_place(c, end);
}

static void while_stmt(Compiler *c, const Stmt *s)
{
    int head = comp_label(c), anchor = comp_label(c), exit = comp_label(c);
    comp_place(c, head);
    if (!push_fblock(c, FB_WHILE, head, exit, NULL))
        return;
    comp_jump_if(c, s->u.whileloop.test, anchor, false);
    comp_stmts(c, &s->u.whileloop.body);
    comp_loc_stmt(c, s);
    comp_emit_jump(c, OP_JUMP_BACK, head);
    pop_fblock(c);
    comp_place(c, anchor);
    comp_stmts(c, &s->u.whileloop.orelse);
    comp_place(c, exit);
}

static void for_stmt(Compiler *c, const Stmt *s)
{
    int start = comp_label(c), cleanup = comp_label(c), end = comp_label(c);
    comp_iterable(c, s->u.forloop.iter);
    comp_emit(c, OP_GET_ITER, 0);
    comp_place(c, start);
    if (!push_fblock(c, FB_FOR, start, end, NULL))
        return;
    comp_emit_jump(c, OP_FOR_ITER, cleanup);
    comp_store(c, s->u.forloop.target);
    comp_stmts(c, &s->u.forloop.body);
    comp_loc_stmt(c, s);
    comp_emit_jump(c, OP_JUMP_BACK, start);
    comp_place(c, cleanup);
    pop_fblock(c);
    comp_stmts(c, &s->u.forloop.orelse);
    comp_place(c, end);
}

/* ---- exception handling ---------------------------------------------------------------- */
/* A handler's cleanup: restore the previously handled exception, re-raise.
   Stack: [prev, exc]. */
static void pop_except_and_reraise(Compiler *c)
{
    comp_emit(c, OP_SWAP, 2);
    comp_emit(c, OP_POP_EXCEPT, 0);
    comp_emit(c, OP_RERAISE, 0);
}

/* try/except/else, as CPython 3.11 compiles it: the body is covered by a handler that
   enters the except clauses with [prev handled, exc] on the stack; the clauses
   themselves are covered by a cleanup that restores prev before re-raising. */
static void try_except(Compiler *c, const Stmt *s)
{
    Unit *u = c->u;
    int except = comp_label(c), end = comp_label(c), cleanup = comp_label(c);
    int depth = u->depth;
    comp_handler_push(c, except, depth);
    if (!push_fblock(c, FB_TRY_EXCEPT, -1, -1, NULL))
        return;
    comp_stmts(c, &s->u.try_.body);
    pop_fblock(c);
    comp_handler_pop(c);
    comp_stmts(c, &s->u.try_.orelse);
    comp_emit_jump(c, OP_JUMP, end);

    comp_place(c, except);                      /* [exc] */
    int hcleanup = comp_handler_push(c, cleanup, depth + 1);
    comp_emit(c, OP_PUSH_EXC_INFO, 0);          /* [prev, exc] */
    if (!push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL))
        return;
    int n = s->u.try_.nhandlers;
    for (int i = 0; i < n && !c->failed; i++) {
        const ExceptHandler *h = &s->u.try_.handlers[i];
        const Stmt *last = h->body.n ? h->body.items[h->body.n - 1] : NULL;
        u->line = h->line;
        u->col = h->col;
        u->end_line = last ? last->end_line : 0;
        u->end_col = last ? last->end_col : 0;
        if (!h->type && i < n - 1) {
            comp_error(c, "default 'except:' must be last");
            return;
        }
        int next = comp_label(c);
        if (h->type) {
            comp_expr(c, h->type);
            comp_emit(c, OP_CHECK_EXC_MATCH, 0);
            comp_emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            /* except E as name: the name is unbound when the handler is left, even by
               an exception (try: body finally: name = None; del name) */
            int cleanup_end = comp_label(c);
            comp_nameop(c, h->name, CTX_STORE);                 /* [prev] */
            comp_handler_push(c, cleanup_end, depth + 1);
            if (!push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, h->name))
                return;
            comp_stmts(c, &h->body);
            pop_fblock(c);
            comp_handler_pop(c);
            comp_handler_pop(c);
            comp_emit(c, OP_POP_EXCEPT, 0);
            unset_name(c, h->name);
            comp_emit_jump(c, OP_JUMP, end);
            comp_handler_repush(c, hcleanup);
            comp_place(c, cleanup_end);                         /* [prev, exc2] */
            unset_name(c, h->name);
            comp_emit(c, OP_RERAISE, 0);
        } else {
            comp_emit(c, OP_POP_TOP, 0);                        /* [prev] */
            if (!push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, NULL))
                return;
            comp_stmts(c, &h->body);
            pop_fblock(c);
            comp_handler_pop(c);
            comp_emit(c, OP_POP_EXCEPT, 0);
            comp_emit_jump(c, OP_JUMP, end);
            comp_handler_repush(c, hcleanup);
        }
        comp_place(c, next);
    }
    pop_fblock(c);
    comp_emit(c, OP_RERAISE, 0);                /* no clause matched */
    comp_handler_pop(c);
    comp_place(c, cleanup);
    pop_except_and_reraise(c);
    comp_place(c, end);
}

/* try/finally: the finally body is compiled twice, for the normal path and for the
   exceptional one (which re-raises); return/break/continue compile it a third time
   where they leave the try body. */
static void try_finally(Compiler *c, const Stmt *s)
{
    Unit *u = c->u;
    int end = comp_label(c), exit = comp_label(c), cleanup = comp_label(c);
    int depth = u->depth;
    const StmtList *fin = &s->u.try_.finalbody;
    comp_handler_push(c, end, depth);
    if (!push_fblock(c, FB_FINALLY_TRY, -1, -1, fin))
        return;
    if (s->u.try_.nhandlers)
        try_except(c, s);
    else
        comp_stmts(c, &s->u.try_.body);
    comp_handler_pop(c);
    pop_fblock(c);
    comp_stmts(c, fin);
    comp_emit_jump(c, OP_JUMP, exit);

    comp_place(c, end);                         /* [exc] */
    comp_handler_push(c, cleanup, depth + 1);
    comp_emit(c, OP_PUSH_EXC_INFO, 0);          /* [prev, exc] */
    if (!push_fblock(c, FB_FINALLY_END, -1, -1, NULL))
        return;
    comp_stmts(c, fin);
    pop_fblock(c);
    comp_loc_stmt(c, s);
    comp_emit(c, OP_RERAISE, 0);
    comp_handler_pop(c);
    comp_place(c, cleanup);
    pop_except_and_reraise(c);
    comp_place(c, exit);
}

/* with a as x, b: ...: items nest. The exit function stays on the stack under the
   block; a normal exit calls it with three Nones, an exception calls it through
   WITH_EXCEPT_START and is suppressed when that returns true. */
static void with_item(Compiler *c, const Stmt *s, int pos)
{
    Unit *u = c->u;
    const WithItem *item = &s->u.with.items[pos];
    int final = comp_label(c), exit = comp_label(c), cleanup = comp_label(c);
    int suppress = comp_label(c);
    comp_expr(c, item->context);
    comp_emit(c, OP_BEFORE_WITH, 0);            /* [exit, enter()] */
    int depth = u->depth - 1;
    comp_handler_push(c, final, depth);
    if (!push_fblock(c, FB_WITH, -1, -1, s))
        return;
    if (item->vars)
        comp_store(c, item->vars);
    else
        comp_emit(c, OP_POP_TOP, 0);
    if (pos + 1 < s->u.with.nitems)
        with_item(c, s, pos + 1);
    else
        comp_stmts(c, &s->u.with.body);
    comp_handler_pop(c);
    pop_fblock(c);
    comp_loc_stmt(c, s);
    call_exit_with_nones(c);
    comp_emit(c, OP_POP_TOP, 0);
    comp_emit_jump(c, OP_JUMP, exit);

    comp_place(c, final);                       /* [exit, exc] */
    comp_handler_push(c, cleanup, depth + 1);
    comp_emit(c, OP_PUSH_EXC_INFO, 0);          /* [exit, prev, exc] */
    comp_emit(c, OP_WITH_EXCEPT_START, 0);      /* [exit, prev, exc, res] */
    comp_emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    comp_emit(c, OP_RERAISE, 0);
    comp_handler_pop(c);
    comp_place(c, cleanup);
    pop_except_and_reraise(c);
    comp_place(c, suppress);                    /* [exit, prev, exc] */
    comp_emit(c, OP_POP_TOP, 0);
    comp_emit(c, OP_POP_EXCEPT, 0);
    comp_emit(c, OP_POP_TOP, 0);
    comp_place(c, exit);
}

/* ---- functions and classes ------------------------------------------------------------ */
const Expr *comp_docstring(Compiler *c, const StmtList *l)
{
    if (l->n == 0 || l->items[0]->kind != S_EXPR || (c->flags & COMP_OPTIMIZE2))
        return NULL;
    const Expr *e = l->items[0]->u.expr.value;
    return e->kind == E_CONST && e->u.cons.kind == CONST_STR ? e : NULL;
}

static void set_doc(Compiler *c, const Expr *doc)
{
    Value v = comp_str_value(c, doc->u.cons.s, doc->u.cons.slen);
    if (v == V_NULL) {
        comp_nomem(c);
        return;
    }
    v_store(c->vm, &c->u->doc, v);
}

static void set_arg_counts(Unit *u, const Arguments *a)
{
    u->argcount = (uint16_t)(a->nposonly + a->nargs);
    u->posonly = (uint16_t)a->nposonly;
    u->kwonly = (uint16_t)a->nkwonly;
}

/* Decorators were pushed first; they are called innermost (last) first, each at its
   own expression. */
static void apply_decorators(Compiler *c, const ExprList *decos)
{
    SavedBlocks sb;
    save_blocks(c->u, &sb);
    for (int i = decos->n - 1; i >= 0; i--) {
        comp_loc_expr(c, decos->items[i]);
        comp_emit(c, OP_CALL, 1);
    }
    restore_loc(c->u, &sb);
}

static Scope *scope_for(Compiler *c, const void *node)
{
    Scope *s = scope_of(&c->st, node);
    if (!s)
        comp_error(c, "internal compiler error: no scope for a definition");
    return s;
}

static void funcdef(Compiler *c, const Stmt *s)
{
    const ExprList *decos = &s->u.funcdef.decorators;
    const Arguments *a = s->u.funcdef.args;
    for (int i = 0; i < decos->n; i++)
        comp_expr(c, decos->items[i]);
    int firstline = decos->n ? decos->items[0]->line : s->line;
    int flags = comp_defaults(c, a);
    Scope *sc = scope_for(c, s);
    if (!sc || !comp_unit_enter(c, sc, firstline))
        return;
    set_arg_counts(c->u, a);
    const StmtList *body = &s->u.funcdef.body;
    const Expr *doc = comp_docstring(c, body);
    if (doc)
        set_doc(c, doc);
    for (int i = doc ? 1 : 0; i < body->n && !c->failed; i++)
        stmt(c, body->items[i]);
    RCode *co = comp_unit_exit(c);
    if (!co)
        return;
    comp_make_closure(c, co, flags);
    apply_decorators(c, decos);
    comp_nameop(c, s->u.funcdef.name, CTX_STORE);
}

void comp_lambda(Compiler *c, const Expr *e)
{
    const Arguments *a = e->u.lambda.args;
    int flags = comp_defaults(c, a);
    Scope *sc = scope_for(c, e);
    if (!sc || !comp_unit_enter(c, sc, e->line))
        return;
    set_arg_counts(c->u, a);
    comp_loc_expr(c, e->u.lambda.body);
    comp_expr(c, e->u.lambda.body);
    comp_emit(c, OP_RETURN_VALUE, 0);
    RCode *co = comp_unit_exit(c);
    if (co)
        comp_make_closure(c, co, flags);
}

/* The body runs with its namespace as locals; it starts by storing __module__ and
   __qualname__, and returns the __class__ cell (or None) for __build_class__. */
static void classdef(Compiler *c, const Stmt *s)
{
    const ExprList *decos = &s->u.classdef.decorators;
    for (int i = 0; i < decos->n; i++)
        comp_expr(c, decos->items[i]);
    int firstline = decos->n ? decos->items[0]->line : s->line;
    Scope *sc = scope_for(c, s);
    if (!sc || !comp_unit_enter(c, sc, firstline))
        return;
    Unit *u = c->u;
    comp_nameop(c, "__name__", CTX_LOAD);
    comp_nameop(c, "__module__", CTX_STORE);
    obj_incref(u->qualname);
    comp_load_const(c, v_from_obj(u->qualname));
    comp_nameop(c, "__qualname__", CTX_STORE);
    comp_body(c, &s->u.classdef.body);
    if (u->class_cell >= 0)
        comp_emit(c, OP_LOAD_CLOSURE, (uint32_t)u->class_cell);
    else
        comp_load_none(c);
    comp_emit(c, OP_RETURN_VALUE, 0);
    RCode *co = comp_unit_exit(c);
    if (!co)
        return;
    comp_emit(c, OP_LOAD_BUILD_CLASS, 0);
    comp_make_closure(c, co, 0);
    const char *name = s->u.classdef.name;
    comp_load_const(c, comp_str_value(c, name, strlen(name)));
    comp_call_helper(c, 2, &s->u.classdef.bases, s->u.classdef.keywords,
                     s->u.classdef.nkeywords);
    apply_decorators(c, decos);
    comp_nameop(c, name, CTX_STORE);
}

/* ---- statements ----------------------------------------------------------------------- */
static void stmt_inner(Compiler *c, const Stmt *s)
{
    switch (s->kind) {
    case S_FUNCDEF: funcdef(c, s); break;
    case S_CLASSDEF: classdef(c, s); break;
    case S_RETURN: return_stmt(c, s); break;
    case S_DELETE:
        for (int i = 0; i < s->u.del.targets.n; i++)
            comp_delete(c, s->u.del.targets.items[i]);
        break;
    case S_ASSIGN: assign(c, s); break;
    case S_AUGASSIGN: augassign(c, s); break;
    case S_ANNASSIGN: annassign(c, s); break;
    case S_FOR: for_stmt(c, s); break;
    case S_WHILE: while_stmt(c, s); break;
    case S_IF: if_stmt(c, s); break;
    case S_WITH: with_item(c, s, 0); break;
    case S_RAISE: raise_stmt(c, s); break;
    case S_TRY:
        if (s->u.try_.finalbody.n)
            try_finally(c, s);
        else
            try_except(c, s);
        break;
    case S_ASSERT:
        if (!(c->flags & COMP_OPTIMIZE))
            assert_stmt(c, s);
        break;
    case S_IMPORT: import_stmt(c, s); break;
    case S_IMPORTFROM: importfrom_stmt(c, s); break;
    case S_GLOBAL: case S_NONLOCAL: case S_PASS: break;
    case S_EXPR: expr_stmt(c, s); break;
    case S_BREAK: break_continue(c, true); break;
    case S_CONTINUE: break_continue(c, false); break;
    }
}

static void stmt(Compiler *c, const Stmt *s)
{
    if (c->failed)
        return;
    if (++c->nesting > MAX_NESTING) {
        if (!vm_exc_pending(c->vm))
            exc_raisef(c->vm, c->vm->exc_RecursionError,
                       "maximum recursion depth exceeded during compilation");
        c->failed = true;
        c->nesting--;
        return;
    }
    comp_loc_stmt(c, s);
    stmt_inner(c, s);
    c->nesting--;
}

void comp_stmts(Compiler *c, const StmtList *l)
{
    for (int i = 0; i < l->n && !c->failed; i++)
        stmt(c, l->items[i]);
}

void comp_body(Compiler *c, const StmtList *l)
{
    const Expr *doc = comp_docstring(c, l);
    int start = 0;
    if (doc) {
        comp_loc_stmt(c, l->items[0]);
        comp_expr(c, doc);
        comp_nameop(c, "__doc__", CTX_STORE);
        set_doc(c, doc);
        start = 1;
    }
    for (int i = start; i < l->n && !c->failed; i++)
        stmt(c, l->items[i]);
}
