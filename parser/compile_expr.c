/*
** compile_expr.c — expressions to bytecode: names by scope, constants and constant
** folding, operators, short-circuit logic and conditional jumps, chained comparisons,
** displays with unpacking, calls (plain, keyword, method and star-argument forms), f-strings,
** yield / yield from, comprehensions, and assignment/deletion targets.
** The shapes follow CPython 3.11's compiler, adapted to vm/opcodes.h.
*/
#include <math.h>
#include <string.h>
#include "compile.h"
#include "../vm/dict.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/float.h"
#include "../vm/seq.h"
#include "../vm/exc.h"
#include "../vm/ops.h"

typedef struct SavedLoc { int line, col, end_line, end_col; } SavedLoc;

/* ---- constants -------------------------------------------------------------------- */
static int digit_value(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return 99;
}

/* An int literal's value. A decimal literal over sys.get_int_max_str_digits() is a
   SyntaxError at the literal in CPython (the parser converts it), with a hint. */
static Value int_literal(Compiler *c, const Expr *e)
{
    const char *text = e->u.cons.text;
    int base = e->u.cons.base;
    size_t n = strlen(text);
    uint64_t v = 0;
    bool fits = true;
    for (size_t i = 0; i < n && fits; i++) {
        int d = digit_value(text[i]);
        if (d >= base || v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            fits = false;
        else
            v = v * (uint64_t)base + (uint64_t)d;
    }
    if (fits && v <= (uint64_t)V_SMALL_MAX)
        return v_int((intptr_t)v);
    Value r = int_from_digits(c->vm, text, n, base);
    if (r == V_NULL && exc_matches(c->vm, c->vm->exc_ValueError)) {
        RExc *exc = exc_fetch(c->vm);
        RStr *msg = exc_str(c->vm, exc);
        v_decref(c->vm, v_from_obj(exc));
        if (!msg) {
            comp_nomem(c);
            return V_NULL;
        }
        comp_error_at(c, e->line, e->col, e->end_line, e->end_col,
                      "%s - Consider hexadecimal for huge integer literals to avoid decimal "
                      "conversion limits.", msg->data);
        v_decref(c->vm, v_from_obj(msg));
    }
    return r;
}

static Value const_value(Compiler *c, const Expr *e)
{
    switch (e->u.cons.kind) {
    case CONST_NONE: return V_NONE;
    case CONST_TRUE: return V_TRUE;
    case CONST_FALSE: return V_FALSE;
    case CONST_ELLIPSIS: return v_incref(c->vm->ellipsis);
    case CONST_INT: return int_literal(c, e);
    case CONST_FLOAT: return float_new(c->vm, e->u.cons.f);
    case CONST_STR: return comp_str_value(c, e->u.cons.s, e->u.cons.slen);
    }
    return V_NONE;
}

/* ---- constant folding --------------------------------------------------------------
   CPython's AST optimizer replaces operators applied to constants by their values
   before compiling (ast_opt.c). That can show: a set display of constants is copied
   from a frozenset constant, whose table order is then the set's (starunpack). rill
   folds what can be an item of such a display: unary operators on constants, binary
   operators on numbers, + on strs and on tuples, with CPython's size limits; an
   operation that raises is left to run time, as there. */

enum { FOLD_MAX_INT_BITS = 128 };   /* ast_opt.c's MAX_INT_SIZE */

/* CPython's safe_multiply, safe_power and safe_lshift: int results that would be too
   large are not folded. */
static bool fold_too_big(BinOp op, Value l, Value r)
{
    if (!int_check(l) || !int_check(r) || int_sign(l) == 0)
        return false;
    uint64_t lbits = int_bit_length(l);
    int64_t w;
    switch (op) {
    case BINOP_MUL:
        return int_sign(r) != 0 && lbits + int_bit_length(r) > FOLD_MAX_INT_BITS;
    case BINOP_POW:
        if (int_sign(r) <= 0)
            return false;
        return !int_to_i64(r, &w) || lbits > FOLD_MAX_INT_BITS / (uint64_t)w;
    case BINOP_LSHIFT:
        if (int_sign(r) == 0)
            return false;
        /* a negative count fails PyLong_AsSize_t there: not folded either */
        if (!int_to_i64(r, &w) || w < 0 || (uint64_t)w > FOLD_MAX_INT_BITS)
            return true;
        return lbits > FOLD_MAX_INT_BITS - (uint64_t)w;
    default:
        return false;
    }
}

static bool is_num(Value v) { return int_check(v) || v_is_float(v); }

/* l OP r folded (new reference), or V_NULL: not folded (no exception). */
static Value fold_binop(Compiler *c, BinOp op, Value l, Value r)
{
    bool same_seq = (v_is_str(l) && v_is_str(r)) || (v_is_tuple(l) && v_is_tuple(r));
    if (op == BINOP_MATMUL || !((is_num(l) && is_num(r)) || (op == BINOP_ADD && same_seq)) ||
        fold_too_big(op, l, r))
        return V_NULL;
    Value v = obj_binop(c->vm, op, l, r);
    if (v == V_NULL)
        exc_clear(c->vm);
    return v;
}

static Value fold_unary(Compiler *c, AstUnary op, Value v)
{
    rill_vm *vm = c->vm;
    Value r;
    switch (op) {
    case UOP_NEG: r = obj_neg(vm, v); break;
    case UOP_POS: r = obj_pos(vm, v); break;
    case UOP_INVERT: r = obj_invert(vm, v); break;
    default: {
        int t = obj_truth(vm, v);
        r = t < 0 ? V_NULL : v_bool(!t);
        break;
    }
    }
    if (r == V_NULL)
        exc_clear(vm);
    return r;
}

static Value fold_tuple(Compiler *c, const ExprList *elts);

/* The value of e when it is a constant expression, as a new reference; else V_NULL
   (with c->failed set when a literal in it is a SyntaxError). */
static Value fold_expr(Compiler *c, const Expr *e)
{
    switch (e->kind) {
    case E_CONST:
        return const_value(c, e);
    case E_TUPLE:
        return fold_tuple(c, &e->u.seq.elts);
    case E_UNARYOP: {
        Value v = fold_expr(c, e->u.unary.operand);
        Value r = v == V_NULL ? V_NULL : fold_unary(c, (AstUnary)e->u.unary.op, v);
        v_decref(c->vm, v);
        return r;
    }
    case E_BINOP: {
        Value l = fold_expr(c, e->u.binop.left);
        Value r = l == V_NULL ? V_NULL : fold_expr(c, e->u.binop.right);
        Value v = r == V_NULL ? V_NULL : fold_binop(c, (BinOp)e->u.binop.op, l, r);
        v_decref(c->vm, l);
        v_decref(c->vm, r);
        return v;
    }
    default:
        return V_NULL;
    }
}

/* Whether e is a constant expression: operators are folded (and the value dropped;
   folding again is cheap). */
static bool is_const_expr(Compiler *c, const Expr *e)
{
    switch (e->kind) {
    case E_CONST:
        return true;
    case E_TUPLE:
        for (int i = 0; i < e->u.seq.elts.n; i++)
            if (!is_const_expr(c, e->u.seq.elts.items[i]))
                return false;
        return true;
    case E_UNARYOP: case E_BINOP: {
        Value v = fold_expr(c, e);
        bool folded = v != V_NULL;
        v_decref(c->vm, v);
        return folded;
    }
    default:
        return false;
    }
}

static Value fold_tuple(Compiler *c, const ExprList *elts)
{
    RTuple *t = tuple_new(c->vm, (size_t)elts->n);
    if (!t)
        return V_NULL;
    for (int i = 0; i < elts->n; i++) {
        Value v = comp_fold(c, elts->items[i]);
        if (v == V_NULL) {
            for (int j = i; j < elts->n; j++)
                tuple_init_item(t, (size_t)j, V_NONE);
            obj_decref(c->vm, t);
            return V_NULL;
        }
        tuple_init_item(t, (size_t)i, v);
    }
    return v_from_obj(t);
}

/* CPython's _PyCode_ConstantKey for the constants a display can hold: what tells
   equal constants of different types apart (1, 1.0, True; 0.0 and -0.0). New
   reference, V_NULL on error. */
static Value const_key(Compiler *c, Value v)
{
    rill_vm *vm = c->vm;
    RTuple *k;
    if (v_is_bool(v)) {
        k = tuple_pack(vm, 2, v_from_obj(vm->cls_bool), v);
    } else if (v_is_float(v)) {
        double d = v_float(v);
        k = d == 0.0 && signbit(d) ? tuple_pack(vm, 3, v_from_obj(vm->cls_float), v, V_NONE)
                                   : tuple_pack(vm, 2, v_from_obj(vm->cls_float), v);
    } else if (v_is_tuple(v)) {
        RTuple *t = v_tuple(v), *keys = tuple_new(vm, t->n);
        for (size_t i = 0; keys && i < t->n; i++) {
            Value ik = const_key(c, t->items[i]);
            if (ik == V_NULL) {
                for (size_t j = i; j < t->n; j++) tuple_init_item(keys, j, V_NONE);
                obj_decref(vm, keys);
                return V_NULL;
            }
            tuple_init_item(keys, i, ik);
        }
        if (!keys) return V_NULL;
        k = tuple_pack(vm, 2, v_from_obj(keys), v);
        obj_decref(vm, keys);
    } else {
        return v_incref(v);
    }
    return k ? v_from_obj(k) : V_NULL;
}

/* A frozenset of the items of s (in s's table order) or of their constant keys. */
static RSet *rebuild(Compiler *c, RSet *s, bool keys)
{
    RSet *fs = set_new(c->vm, true);
    size_t pos = 0;
    Value k;
    int64_t h;
    while (fs && set_next_hashed(s, &pos, &k, &h)) {
        int r;
        if (keys) {
            Value key = const_key(c, k);
            r = key == V_NULL ? -1 : set_add(c->vm, fs, key);
            v_decref(c->vm, key);
        } else {
            r = set_add_hashed(c->vm, fs, k, h);
        }
        if (r < 0) {
            obj_decref(c->vm, fs);
            fs = NULL;
        }
    }
    return fs;
}

/* A frozenset constant holding the items of tuple t (steals t). Its table is what
   CPython's would be, because iterating it, or a set display copying it, shows it:
   CPython builds the frozenset from the items in source order, then its constant
   merging (merge_consts_recursive) builds it again from the first one's iteration
   order, or takes an equal constant made earlier in the compilation. */
static Value frozenset_const(Compiler *c, Value t)
{
    if (t == V_NULL) return V_NULL;
    rill_vm *vm = c->vm;
    RSet *first = set_new(vm, true);
    if (first && set_update(vm, first, t) < 0) {
        obj_decref(vm, first);
        first = NULL;
    }
    v_decref(vm, t);
    if (!first) return V_NULL;
    RSet *key = rebuild(c, first, true), *fs = NULL;
    Value cached = V_NULL;
    if (key && !c->fsets) c->fsets = dict_new(vm);
    int found = key && c->fsets ? dict_lookup(vm, c->fsets, v_from_obj(key), &cached) : -1;
    if (found > 0) {
        fs = (RSet *)v_obj(v_incref(cached));
    } else if (found == 0 && (fs = rebuild(c, first, false)) &&
               dict_set(vm, c->fsets, v_from_obj(key), v_from_obj(fs)) < 0) {
        obj_decref(vm, fs);
        fs = NULL;
    }
    obj_xdecref(vm, key);
    obj_decref(vm, first);
    return fs ? v_from_obj(fs) : V_NULL;
}

Value comp_fold(Compiler *c, const Expr *e)
{
    return fold_expr(c, e);
}

int comp_expr_constant(const Expr *e)
{
    if (e->kind != E_CONST)
        return -1;
    switch (e->u.cons.kind) {
    case CONST_NONE: case CONST_FALSE: return 0;
    case CONST_TRUE: case CONST_ELLIPSIS: return 1;
    case CONST_FLOAT: return e->u.cons.f != 0.0;
    case CONST_STR: return e->u.cons.slen != 0;
    case CONST_INT:
        for (const char *p = e->u.cons.text; *p; p++)
            if (*p != '0')
                return 1;
        return 0;
    }
    return -1;
}

/* A tuple of interned strings, e.g. keyword names. */
static Value name_tuple(Compiler *c, const char *const *names, int n)
{
    RTuple *t = tuple_new(c->vm, (size_t)n);
    if (!t)
        return V_NULL;
    for (int i = 0; i < n; i++)
        tuple_init_item(t, (size_t)i, V_NONE);
    for (int i = 0; i < n; i++) {
        RStr *s = str_intern_cstr(c->vm, names[i]);
        if (!s) {
            obj_decref(c->vm, t);
            return V_NULL;
        }
        t->items[i] = v_from_obj(s);
    }
    return v_from_obj(t);
}

/* ---- names --------------------------------------------------------------------------- */
void comp_nameop(Compiler *c, const char *name, ExprCtx ctx)
{
    Unit *u = c->u;
    if (c->failed)
        return;
    const char *m = comp_mangle(c, name);
    Sym *sym = scope_find(u->scope, m);
    SymScope sc = sym ? sym->scope : SYM_NONE;
    ScopeKind k = u->scope->kind;
    enum { NAME, FAST, DEREF, GLOBAL } how =
        k == SCOPE_CLASS || (k == SCOPE_MODULE && (c->flags & COMP_NAMES)) ? NAME : GLOBAL;
    int index = 0;
    switch (sc) {
    case SYM_FREE:
        how = DEREF;
        index = sym->fslot;
        break;
    case SYM_CELL:
        how = DEREF;
        index = sym->slot;
        break;
    case SYM_LOCAL:
        if (k == SCOPE_FUNCTION) {
            how = FAST;
            index = sym->slot;
        }
        break;
    case SYM_GLOBAL_EXPLICIT:
        how = GLOBAL;
        break;
    default:
        break;
    }
    if (index < 0) {
        comp_error(c, "internal compiler error: no slot for '%s'", name);
        return;
    }
    static const uint8_t ops[4][3] = {
        {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
        {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
        {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
    };
    int op = ops[how][ctx];
    if (op == OP_LOAD_DEREF && k == SCOPE_CLASS)
        op = OP_LOAD_CLASSDEREF;
    if (how == NAME || how == GLOBAL)
        index = (int)comp_name_raw(c, m);
    comp_emit(c, op, (uint32_t)index);
}

/* ---- helpers for sequences --------------------------------------------------------- */
static bool any_starred(const ExprList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind == E_STARRED)
            return true;
    return false;
}

static bool all_const(Compiler *c, const ExprList *l)
{
    for (int i = 0; i < l->n; i++)
        if (!is_const_expr(c, l->items[i]))
            return false;
    return true;
}

/* starunpack_helper: builds a list/set/tuple from elts (with *x items), after `pushed`
   items already on the stack. */
static void starunpack(Compiler *c, const ExprList *elts, int pushed, int build, int add,
                       int extend, bool tuple)
{
    int n = elts->n;
    if (build == OP_BUILD_SET && n > 2 && all_const(c, elts)) {
        /* CPython builds a constant set from a frozenset constant, whose table
           layout decides the new set's iteration order */
        Value t = fold_tuple(c, elts);
        Value fs = frozenset_const(c, t);
        comp_emit(c, OP_BUILD_SET, (uint32_t)pushed);
        comp_load_const(c, fs);
        comp_emit(c, OP_SET_UPDATE, 1);
        return;
    }
    if (build == OP_BUILD_LIST && ((tuple && !pushed) || n > 2) && all_const(c, elts)) {
        Value t = fold_tuple(c, elts);
        if (tuple && !pushed) {
            comp_load_const(c, t);
        } else {
            comp_emit(c, OP_BUILD_LIST, (uint32_t)pushed);
            comp_load_const(c, t);
            comp_emit(c, OP_LIST_EXTEND, 1);
            if (tuple)
                comp_emit(c, OP_LIST_TO_TUPLE, 0);
        }
        return;
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    if (!any_starred(elts) && !big) {
        for (int i = 0; i < n; i++)
            comp_expr(c, elts->items[i]);
        comp_emit(c, tuple ? OP_BUILD_TUPLE : build, (uint32_t)(n + pushed));
        return;
    }
    bool built = false;
    if (big) {
        comp_emit(c, build, (uint32_t)pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        const Expr *elt = elts->items[i];
        if (elt->kind == E_STARRED) {
            if (!built) {
                comp_emit(c, build, (uint32_t)(i + pushed));
                built = true;
            }
            comp_expr(c, elt->u.starred.value);
            comp_emit(c, extend, 1);
        } else {
            comp_expr(c, elt);
            if (built)
                comp_emit(c, add, 1);
        }
    }
    if (tuple)
        comp_emit(c, OP_LIST_TO_TUPLE, 0);
}

/* keys[begin..end) and values of a dict display (no ** items among them). */
static void subdict(Compiler *c, const Expr *e, int begin, int end)
{
    const ExprList *keys = &e->u.dict.keys, *vals = &e->u.dict.values;
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    bool constkeys = n > 1 && !big;
    for (int i = begin; i < end && constkeys; i++)
        constkeys = is_const_expr(c, keys->items[i]);
    if (constkeys) {
        for (int i = begin; i < end; i++)
            comp_expr(c, vals->items[i]);
        ExprList sub = {keys->items + begin, n};
        comp_load_const(c, fold_tuple(c, &sub));
        comp_emit(c, OP_BUILD_CONST_KEY_MAP, (uint32_t)n);
        return;
    }
    if (big)
        comp_emit(c, OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        comp_expr(c, keys->items[i]);
        comp_expr(c, vals->items[i]);
        if (big)
            comp_emit(c, OP_MAP_ADD, 1);
    }
    if (!big)
        comp_emit(c, OP_BUILD_MAP, (uint32_t)n);
}

static void dict_display(Compiler *c, const Expr *e)
{
    int n = e->u.dict.values.n, elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (!e->u.dict.keys.items[i]) {
            if (elements) {
                subdict(c, e, i - elements, i);
                if (have_dict)
                    comp_emit(c, OP_DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                comp_emit(c, OP_BUILD_MAP, 0);
                have_dict = true;
            }
            comp_expr(c, e->u.dict.values.items[i]);
            comp_emit(c, OP_DICT_UPDATE, 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            subdict(c, e, i - elements, i + 1);
            if (have_dict)
                comp_emit(c, OP_DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        subdict(c, e, n - elements, n);
        if (have_dict)
            comp_emit(c, OP_DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict)
        comp_emit(c, OP_BUILD_MAP, 0);
}

/* A list display of constants that is only iterated over (for x in [1, 2], x in [1, 2])
   can be a constant tuple: the list itself is never visible. */
void comp_iterable(Compiler *c, const Expr *e)
{
    /* a set display becomes a frozenset constant likewise, whose own table order is
       then the order of the iteration (CPython's fold_iter) */
    const ExprList *elts = e->kind == E_SET ? &e->u.set.elts : &e->u.seq.elts;
    if ((e->kind == E_LIST || e->kind == E_SET) && elts->n > 0 && all_const(c, elts)) {
        SavedLoc saved = {c->u->line, c->u->col, c->u->end_line, c->u->end_col};
        comp_loc_expr(c, e);
        Value t = fold_tuple(c, elts);
        comp_load_const(c, e->kind == E_SET ? frozenset_const(c, t) : t);
        c->u->line = saved.line;
        c->u->col = saved.col;
        c->u->end_line = saved.end_line;
        c->u->end_col = saved.end_col;
        return;
    }
    comp_expr(c, e);
}

/* ---- comparisons and conditions -------------------------------------------------------- */
/* The right operand of comparison i. Only the last one can be a tuple standing in for
   a constant list: a middle operand is also the left operand of the next comparison
   (1 in [1] in [[1]]). */
static void comparator(Compiler *c, const Expr *e, int i)
{
    const Expr *x = e->u.compare.comparators.items[i];
    AstCmp op = e->u.compare.ops[i];
    if ((op == ACMP_IN || op == ACMP_NOTIN) && i == e->u.compare.comparators.n - 1)
        comp_iterable(c, x);
    else
        comp_expr(c, x);
}

static void emit_compare(Compiler *c, AstCmp op)
{
    switch (op) {
    case ACMP_IS: comp_emit(c, OP_IS_OP, 0); break;
    case ACMP_ISNOT: comp_emit(c, OP_IS_OP, 1); break;
    case ACMP_IN: comp_emit(c, OP_CONTAINS_OP, 0); break;
    case ACMP_NOTIN: comp_emit(c, OP_CONTAINS_OP, 1); break;
    default: comp_emit(c, OP_CMP_LT + (int)op, 0); break;
    }
}

/* a < b < c: each middle operand is evaluated once (SWAP/COPY keep it for the next
   comparison); the first false result short-circuits. */
static void compare(Compiler *c, const Expr *e)
{
    const ExprList *cmps = &e->u.compare.comparators;
    int n = cmps->n - 1;
    comp_expr(c, e->u.compare.left);
    if (n == 0) {
        comparator(c, e, 0);
        emit_compare(c, e->u.compare.ops[0]);
        return;
    }
    int cleanup = comp_label(c), end = comp_label(c);
    for (int i = 0; i < n; i++) {
        comparator(c, e, i);
        comp_emit(c, OP_SWAP, 2);
        comp_emit(c, OP_COPY, 2);
        emit_compare(c, e->u.compare.ops[i]);
        comp_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    comparator(c, e, n);
    emit_compare(c, e->u.compare.ops[n]);
    comp_emit_jump(c, OP_JUMP, end);
    comp_place(c, cleanup);
    comp_emit(c, OP_SWAP, 2);
    comp_emit(c, OP_POP_TOP, 0);
    comp_place(c, end);
}

static bool is_none(const Expr *e)
{
    return e->kind == E_CONST && e->u.cons.kind == CONST_NONE;
}

/* compiler_jump_if: jumps to label when e's truth equals cond, without building
   bools for not/and/or/comparisons. */
void comp_jump_if(Compiler *c, const Expr *e, int label, bool cond)
{
    if (c->failed)
        return;
    int k = comp_expr_constant(e);
    if (k >= 0) {
        if ((k == 1) == cond)
            comp_emit_jump(c, OP_JUMP, label);
        return;
    }
    switch (e->kind) {
    case E_UNARYOP:
        if (e->u.unary.op == UOP_NOT) {
            comp_jump_if(c, e->u.unary.operand, label, !cond);
            return;
        }
        break;
    case E_BOOLOP: {
        const ExprList *vals = &e->u.boolop.values;
        bool cond2 = e->u.boolop.op == BOOL_OR;
        int next2 = label;
        if (cond2 != cond)
            next2 = comp_label(c);
        for (int i = 0; i < vals->n - 1; i++)
            comp_jump_if(c, vals->items[i], next2, cond2);
        comp_jump_if(c, vals->items[vals->n - 1], label, cond);
        if (next2 != label)
            comp_place(c, next2);
        return;
    }
    case E_IFEXP: {
        int end = comp_label(c), next2 = comp_label(c);
        comp_jump_if(c, e->u.ifexp.test, next2, false);
        comp_jump_if(c, e->u.ifexp.body, label, cond);
        comp_emit_jump(c, OP_JUMP, end);
        comp_place(c, next2);
        comp_jump_if(c, e->u.ifexp.orelse, label, cond);
        comp_place(c, end);
        return;
    }
    case E_COMPARE: {
        /* CPython 3.11 moves to the comparison here and does not move back: what
           follows in the statement (an assert's raise) is reported at it */
        comp_loc_expr(c, e);
        const ExprList *cmps = &e->u.compare.comparators;
        int n = cmps->n - 1;
        AstCmp op0 = e->u.compare.ops[0];
        if (n == 0 && (op0 == ACMP_IS || op0 == ACMP_ISNOT) &&
            (is_none(cmps->items[0]) || is_none(e->u.compare.left))) {
            /* x is None: a direct None test */
            comp_expr(c, is_none(cmps->items[0]) ? e->u.compare.left : cmps->items[0]);
            bool is = op0 == ACMP_IS;
            comp_emit_jump(c, is == cond ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE,
                           label);
            return;
        }
        if (n == 0)
            break;
        int cleanup = comp_label(c), end = comp_label(c);
        comp_expr(c, e->u.compare.left);
        for (int i = 0; i < n; i++) {
            comparator(c, e, i);
            comp_emit(c, OP_SWAP, 2);
            comp_emit(c, OP_COPY, 2);
            emit_compare(c, e->u.compare.ops[i]);
            comp_emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup);
        }
        comparator(c, e, n);
        emit_compare(c, e->u.compare.ops[n]);
        comp_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
        comp_emit_jump(c, OP_JUMP, end);
        comp_place(c, cleanup);
        comp_emit(c, OP_POP_TOP, 0);
        if (!cond)
            comp_emit_jump(c, OP_JUMP, label);
        comp_place(c, end);
        return;
    }
    default:
        break;
    }
    comp_expr(c, e);
    comp_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

/* ---- calls ------------------------------------------------------------------------------ */
static bool validate_keywords(Compiler *c, const Keyword *kws, int n)
{
    for (int i = 0; i < n; i++) {
        if (!kws[i].name)
            continue;
        for (int j = i + 1; j < n; j++) {
            if (kws[j].name && strcmp(kws[i].name, kws[j].name) == 0) {
                const Expr *v = kws[j].value;
                comp_error_at(c, kws[j].line, kws[j].col, v->end_line, v->end_col,
                              "keyword argument repeated: %s", kws[j].name);
                return false;
            }
        }
    }
    return true;
}

/* Pushes keyword values and their names tuple (for CALL_KW / CALL_METHOD_KW). */
static void kw_values_and_names(Compiler *c, const Keyword *kws, int n)
{
    const char *names[STACK_USE_GUIDELINE];
    for (int i = 0; i < n; i++) {
        comp_expr(c, kws[i].value);
        names[i] = kws[i].name;
    }
    comp_load_const(c, name_tuple(c, names, n));
}

/* Keyword arguments [begin, end) (none of them **) as one dict. */
static void subkwargs(Compiler *c, const Keyword *kws, int begin, int end)
{
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        const char *names[STACK_USE_GUIDELINE];
        for (int i = begin; i < end; i++) {
            comp_expr(c, kws[i].value);
            names[i - begin] = kws[i].name;
        }
        comp_load_const(c, name_tuple(c, names, n));
        comp_emit(c, OP_BUILD_CONST_KEY_MAP, (uint32_t)n);
        return;
    }
    if (big)
        comp_emit(c, OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        comp_load_const(c, comp_str_value(c, kws[i].name, strlen(kws[i].name)));
        comp_expr(c, kws[i].value);
        if (big)
            comp_emit(c, OP_MAP_ADD, 1);
    }
    if (!big)
        comp_emit(c, OP_BUILD_MAP, (uint32_t)n);
}

void comp_call_helper(Compiler *c, int pushed, const ExprList *args, const Keyword *kws,
                      int nkws)
{
    if (!validate_keywords(c, kws, nkws))
        return;
    int nargs = args->n;
    bool ex = nargs + nkws * 2 > STACK_USE_GUIDELINE || any_starred(args);
    for (int i = 0; i < nkws && !ex; i++)
        ex = kws[i].name == NULL;
    if (!ex) {
        for (int i = 0; i < nargs; i++)
            comp_expr(c, args->items[i]);
        if (nkws) {
            kw_values_and_names(c, kws, nkws);
            comp_emit(c, OP_CALL_KW, (uint32_t)(pushed + nargs + nkws));
        } else {
            comp_emit(c, OP_CALL, (uint32_t)(pushed + nargs));
        }
        return;
    }
    /* f(*args, **kwargs): an args tuple and a kwargs dict */
    if (pushed == 0 && nargs == 1 && args->items[0]->kind == E_STARRED) {
        /* f(*x): CALL_EX takes any iterable (and words the error after f) */
        comp_expr(c, args->items[0]->u.starred.value);
    } else {
        starunpack(c, args, pushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    }
    if (nkws) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkws; i++) {
            if (kws[i].name) {
                nseen++;
                continue;
            }
            if (nseen) {
                subkwargs(c, kws, i - nseen, i);
                if (have_dict)
                    comp_emit(c, OP_DICT_MERGE, 1);
                have_dict = true;
                nseen = 0;
            }
            if (!have_dict) {
                comp_emit(c, OP_BUILD_MAP, 0);
                have_dict = true;
            }
            comp_expr(c, kws[i].value);
            comp_emit(c, OP_DICT_MERGE, 1);
        }
        if (nseen) {
            subkwargs(c, kws, nkws - nseen, nkws);
            if (have_dict)
                comp_emit(c, OP_DICT_MERGE, 1);
        }
    }
    comp_emit(c, OP_CALL_EX, nkws > 0 ? 1 : 0);
}

/* obj.meth(args): LOAD_METHOD + CALL_METHOD avoids making a bound method. Errors are
   reported at obj.meth and at the call, each from the method name's line on when that
   is a later line (CPython 3.11). Runs at e's location (comp_expr set it). */
static bool method_call(Compiler *c, const Expr *e)
{
    const Expr *meth = e->u.call.func;
    const ExprList *args = &e->u.call.args;
    const Keyword *kws = e->u.call.keywords;
    int nargs = args->n, nkws = e->u.call.nkeywords;
    if (meth->kind != E_ATTRIBUTE || meth->u.attribute.ctx != CTX_LOAD)
        return false;
    if (nargs + nkws + (nkws != 0) >= STACK_USE_GUIDELINE || any_starred(args))
        return false;
    for (int i = 0; i < nkws; i++)
        if (!kws[i].name)
            return false;
    if (!validate_keywords(c, kws, nkws))
        return true;
    comp_expr(c, meth->u.attribute.value);
    comp_loc_expr(c, meth);
    comp_loc_attr(c, meth);
    comp_emit(c, OP_LOAD_METHOD, comp_name(c, meth->u.attribute.attr));
    for (int i = 0; i < nargs; i++)
        comp_expr(c, args->items[i]);
    if (nkws)
        kw_values_and_names(c, kws, nkws);
    comp_loc_expr(c, e);
    comp_loc_attr(c, meth);
    if (nkws)
        comp_emit(c, OP_CALL_METHOD_KW, (uint32_t)(nargs + nkws));
    else
        comp_emit(c, OP_CALL_METHOD, (uint32_t)nargs);
    comp_loc_expr(c, e);
    return true;
}

static void call(Compiler *c, const Expr *e)
{
    if (method_call(c, e))
        return;
    comp_expr(c, e->u.call.func);
    comp_call_helper(c, 0, &e->u.call.args, e->u.call.keywords, e->u.call.nkeywords);
}

int comp_defaults(Compiler *c, const Arguments *a)
{
    int flags = 0;
    if (a->defaults.n) {
        starunpack(c, &a->defaults, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kw_defaults && a->kw_defaults[i])
            nkw++;
    if (nkw) {
        RTuple *keys = tuple_new(c->vm, (size_t)nkw);
        if (!keys) {
            comp_nomem(c);
            return flags;
        }
        for (int i = 0; i < nkw; i++)
            tuple_init_item(keys, (size_t)i, V_NONE);
        int k = 0;
        for (int i = 0; i < a->nkwonly; i++) {
            if (!a->kw_defaults[i])
                continue;
            comp_expr(c, a->kw_defaults[i]);
            RStr *s = str_intern_cstr(c->vm, comp_mangle(c, a->kwonly[i].name));
            if (!s) {
                obj_decref(c->vm, keys);
                comp_nomem(c);
                return flags;
            }
            keys->items[k++] = v_from_obj(s);
        }
        comp_load_const(c, v_from_obj(keys));
        comp_emit(c, OP_BUILD_CONST_KEY_MAP, (uint32_t)nkw);
        flags |= 2;
    }
    return flags;
}

/* ---- comprehensions ------------------------------------------------------------------- */
static void comprehension_generator(Compiler *c, const Expr *e, int gi, int depth,
                                    CompKind kind)
{
    const Comprehension *g = &e->u.comp.gens[gi];
    int start = comp_label(c), if_cleanup = comp_label(c), anchor = comp_label(c);
    bool loop = true;
    if (gi == 0) {
        comp_emit(c, OP_LOAD_FAST, 0);          /* .0, the outermost iterator */
    } else {
        const Expr *it = g->iter;
        /* for y in [f(x)]: a plain assignment */
        if ((it->kind == E_LIST || it->kind == E_TUPLE) && it->u.seq.elts.n == 1 &&
            it->u.seq.elts.items[0]->kind != E_STARRED) {
            comp_expr(c, it->u.seq.elts.items[0]);
            loop = false;
        } else {
            comp_iterable(c, it);
            comp_emit(c, OP_GET_ITER, 0);
        }
    }
    if (loop) {
        depth++;
        comp_place(c, start);
        comp_emit_jump(c, OP_FOR_ITER, anchor);
    }
    comp_store(c, g->target);
    for (int i = 0; i < g->ifs.n; i++)
        comp_jump_if(c, g->ifs.items[i], if_cleanup, false);
    if (gi + 1 < e->u.comp.ngens) {
        comprehension_generator(c, e, gi + 1, depth, kind);
    } else {
        switch (kind) {
        case COMP_GEN:
            comp_expr(c, e->u.comp.elt);
            comp_emit(c, OP_YIELD_VALUE, 0);
            comp_emit(c, OP_POP_TOP, 0);
            break;
        case COMP_LIST:
            comp_expr(c, e->u.comp.elt);
            comp_emit(c, OP_LIST_APPEND, (uint32_t)depth + 1);
            break;
        case COMP_SET:
            comp_expr(c, e->u.comp.elt);
            comp_emit(c, OP_SET_ADD, (uint32_t)depth + 1);
            break;
        default:
            comp_expr(c, e->u.comp.key);
            comp_expr(c, e->u.comp.value);
            comp_emit(c, OP_MAP_ADD, (uint32_t)depth + 1);
            break;
        }
    }
    comp_place(c, if_cleanup);
    if (loop) {
        comp_emit_jump(c, OP_JUMP_BACK, start);
        comp_place(c, anchor);
    }
}

/* The body is its own function, called at once with iter(first iterable) as `.0`. */
void comp_comprehension(Compiler *c, const Expr *e)
{
    Scope *s = scope_of(&c->st, e);
    if (!s) {
        comp_error(c, "internal compiler error: comprehension without a scope");
        return;
    }
    if (!comp_unit_enter(c, s, e->line))
        return;
    Unit *u = c->u;
    u->argcount = 1;
    comp_loc_expr(c, e);
    if (s->comp == COMP_LIST)
        comp_emit(c, OP_BUILD_LIST, 0);
    else if (s->comp == COMP_SET)
        comp_emit(c, OP_BUILD_SET, 0);
    else if (s->comp == COMP_DICT)
        comp_emit(c, OP_BUILD_MAP, 0);
    comprehension_generator(c, e, 0, 0, s->comp);
    if (s->comp != COMP_GEN)
        comp_emit(c, OP_RETURN_VALUE, 0);
    RCode *co = comp_unit_exit(c);
    if (!co)
        return;
    comp_make_closure(c, co, 0);
    comp_iterable(c, e->u.comp.gens[0].iter);
    comp_emit(c, OP_GET_ITER, 0);
    comp_emit(c, OP_CALL, 1);
}

/* ---- expressions ---------------------------------------------------------------------- */
static void boolop(Compiler *c, const Expr *e)
{
    const ExprList *vals = &e->u.boolop.values;
    int op = e->u.boolop.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int end = comp_label(c);
    for (int i = 0; i < vals->n - 1; i++) {
        comp_expr(c, vals->items[i]);
        comp_emit_jump(c, op, end);
    }
    comp_expr(c, vals->items[vals->n - 1]);
    comp_place(c, end);
}

static bool in_function(Compiler *c, const char *what)
{
    if (c->u->scope->kind == SCOPE_FUNCTION)
        return true;
    comp_error(c, "'%s' outside function", what);
    return false;
}

static void yield_from(Compiler *c, const Expr *e)
{
    comp_expr(c, e->u.yield.value);
    comp_emit(c, OP_GET_YIELD_FROM_ITER, 0);
    comp_load_none(c);
    int send = comp_label(c), exit = comp_label(c);
    comp_place(c, send);
    comp_emit_jump(c, OP_SEND, exit);
    comp_emit(c, OP_YIELD_VALUE, 0);
    comp_emit_jump(c, OP_JUMP, send);
    comp_place(c, exit);
}

static void joined_str(Compiler *c, const Expr *e)
{
    const ExprList *vals = &e->u.joined.values;
    if (vals->n == 0) {
        comp_load_const(c, comp_str_value(c, "", 0));
        return;
    }
    for (int i = 0; i < vals->n; i++)
        comp_expr(c, vals->items[i]);
    if (vals->n != 1)
        comp_emit(c, OP_BUILD_STRING, (uint32_t)vals->n);
}

static void formatted_value(Compiler *c, const Expr *e)
{
    comp_expr(c, e->u.formatted.value);
    int arg;
    switch (e->u.formatted.conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: arg = 0; break;
    }
    if (e->u.formatted.spec) {
        comp_expr(c, e->u.formatted.spec);
        arg |= 4;
    }
    comp_emit(c, OP_FORMAT_VALUE, (uint32_t)arg);
}

static void expr_inner(Compiler *c, const Expr *e)
{
    switch (e->kind) {
    case E_BOOLOP:
        boolop(c, e);
        break;
    case E_NAMEDEXPR:
        comp_expr(c, e->u.named.value);
        comp_emit(c, OP_COPY, 1);
        comp_store(c, e->u.named.target);
        break;
    case E_BINOP:
        comp_expr(c, e->u.binop.left);
        comp_expr(c, e->u.binop.right);
        comp_emit(c, OP_BIN_ADD + e->u.binop.op, 0);
        break;
    case E_UNARYOP: {
        Value folded = comp_fold(c, e);
        if (folded != V_NULL || c->failed) {
            comp_load_const(c, folded);
            break;
        }
        static const uint8_t ops[] = {OP_UNARY_NEG, OP_UNARY_POS, OP_UNARY_NOT,
                                      OP_UNARY_INVERT};
        comp_expr(c, e->u.unary.operand);
        comp_emit(c, ops[e->u.unary.op], 0);
        break;
    }
    case E_LAMBDA:
        comp_lambda(c, e);
        break;
    case E_IFEXP: {
        int end = comp_label(c), next = comp_label(c);
        comp_jump_if(c, e->u.ifexp.test, next, false);
        comp_expr(c, e->u.ifexp.body);
        comp_emit_jump(c, OP_JUMP, end);
        comp_place(c, next);
        comp_expr(c, e->u.ifexp.orelse);
        comp_place(c, end);
        break;
    }
    case E_DICT:
        dict_display(c, e);
        break;
    case E_SET:
        starunpack(c, &e->u.set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP:
        comp_comprehension(c, e);
        break;
    case E_YIELD:
        if (!in_function(c, "yield"))
            break;
        if (e->u.yield.value)
            comp_expr(c, e->u.yield.value);
        else
            comp_load_none(c);
        comp_emit(c, OP_YIELD_VALUE, 0);
        break;
    case E_YIELDFROM:
        if (in_function(c, "yield"))
            yield_from(c, e);
        break;
    case E_COMPARE:
        compare(c, e);
        break;
    case E_CALL:
        call(c, e);
        break;
    case E_FORMATTED:
        formatted_value(c, e);
        break;
    case E_JOINEDSTR:
        joined_str(c, e);
        break;
    case E_CONST:
        comp_load_const(c, const_value(c, e));
        break;
    case E_ATTRIBUTE:
        comp_expr(c, e->u.attribute.value);
        comp_loc_attr(c, e);
        comp_emit(c, OP_LOAD_ATTR, comp_name(c, e->u.attribute.attr));
        break;
    case E_SUBSCRIPT:
        comp_expr(c, e->u.subscript.value);
        comp_expr(c, e->u.subscript.slice);
        comp_emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case E_STARRED:
        comp_error(c, "can't use starred expression here");
        break;
    case E_NAME:
        comp_nameop(c, e->u.name.id, CTX_LOAD);
        break;
    case E_LIST:
        starunpack(c, &e->u.seq.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                   false);
        break;
    case E_TUPLE:
        starunpack(c, &e->u.seq.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                   true);
        break;
    case E_SLICE: {
        int n = 2;
        if (e->u.slice.lower)
            comp_expr(c, e->u.slice.lower);
        else
            comp_load_none(c);
        if (e->u.slice.upper)
            comp_expr(c, e->u.slice.upper);
        else
            comp_load_none(c);
        if (e->u.slice.step) {
            comp_expr(c, e->u.slice.step);
            n = 3;
        }
        comp_emit(c, OP_BUILD_SLICE, (uint32_t)n);
        break;
    }
    }
}

static bool enter_node(Compiler *c, const Expr *e, SavedLoc *saved)
{
    if (c->failed)
        return false;
    if (++c->nesting > MAX_NESTING) {
        c->nesting--;
        if (!vm_exc_pending(c->vm))
            exc_raisef(c->vm, c->vm->exc_RecursionError,
                       "maximum recursion depth exceeded during compilation");
        c->failed = true;
        return false;
    }
    Unit *u = c->u;
    *saved = (SavedLoc){u->line, u->col, u->end_line, u->end_col};
    comp_loc_expr(c, e);
    return true;
}

static void leave_node(Compiler *c, const SavedLoc *saved)
{
    Unit *u = c->u;
    c->nesting--;
    u->line = saved->line;
    u->col = saved->col;
    u->end_line = saved->end_line;
    u->end_col = saved->end_col;
}

void comp_expr(Compiler *c, const Expr *e)
{
    SavedLoc saved;
    if (!enter_node(c, e, &saved))
        return;
    expr_inner(c, e);
    leave_node(c, &saved);
}

/* ---- assignment and deletion targets ----------------------------------------------- */
/* Unpacks TOS into len(elts) values, the first on top (UNPACK_EX with a *target). */
static void unpack(Compiler *c, const ExprList *elts)
{
    int n = elts->n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind != E_STARRED)
            continue;
        if (seen_star) {
            comp_error(c, "multiple starred expressions in assignment");
            return;
        }
        if (i >= (1 << 8) || n - i - 1 >= (1 << 16)) {
            comp_error(c, "too many expressions in star-unpacking assignment");
            return;
        }
        comp_emit(c, OP_UNPACK_EX, (uint32_t)(i + ((n - i - 1) << 8)));
        seen_star = true;
    }
    if (!seen_star)
        comp_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n);
    for (int i = 0; i < n; i++) {
        const Expr *elt = elts->items[i];
        comp_store(c, elt->kind == E_STARRED ? elt->u.starred.value : elt);
    }
}

void comp_store(Compiler *c, const Expr *t)
{
    SavedLoc saved;
    if (!enter_node(c, t, &saved))
        return;
    switch (t->kind) {
    case E_NAME:
        comp_nameop(c, t->u.name.id, CTX_STORE);
        break;
    case E_ATTRIBUTE:
        comp_expr(c, t->u.attribute.value);
        comp_loc_attr(c, t);
        comp_emit(c, OP_STORE_ATTR, comp_name(c, t->u.attribute.attr));
        break;
    case E_SUBSCRIPT:
        comp_expr(c, t->u.subscript.value);
        comp_expr(c, t->u.subscript.slice);
        comp_emit(c, OP_STORE_SUBSCR, 0);
        break;
    case E_LIST: case E_TUPLE:
        unpack(c, &t->u.seq.elts);
        break;
    case E_STARRED:
        comp_error(c, "starred assignment target must be in a list or tuple");
        break;
    default:
        comp_error(c, "cannot assign to expression");
        break;
    }
    leave_node(c, &saved);
}

void comp_delete(Compiler *c, const Expr *t)
{
    SavedLoc saved;
    if (!enter_node(c, t, &saved))
        return;
    switch (t->kind) {
    case E_NAME:
        comp_nameop(c, t->u.name.id, CTX_DEL);
        break;
    case E_ATTRIBUTE:
        comp_expr(c, t->u.attribute.value);
        comp_loc_attr(c, t);
        comp_emit(c, OP_DELETE_ATTR, comp_name(c, t->u.attribute.attr));
        break;
    case E_SUBSCRIPT:
        comp_expr(c, t->u.subscript.value);
        comp_expr(c, t->u.subscript.slice);
        comp_emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case E_LIST: case E_TUPLE:
        for (int i = 0; i < t->u.seq.elts.n; i++)
            comp_delete(c, t->u.seq.elts.items[i]);
        break;
    case E_STARRED:
        comp_error(c, "cannot delete starred");
        break;
    default:
        comp_error(c, "cannot delete expression");
        break;
    }
    leave_node(c, &saved);
}
