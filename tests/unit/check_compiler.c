/*
** check_compiler.c — the symbol-table pass (local/global/cell/free classification,
** generator detection, class closures) and the bytecode compiler: compile-time errors
** with CPython's messages and positions, and the shape of the code for a few
** constructs (short-circuit jumps, exception table, stack size, loops, generators,
** qualnames, line numbers, source positions, the --dis listing); source compiled as a
** string for eval/exec/compile (comp_source_flags, comp_string, parse_source_whole).
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser/parser.h"
#include "parser/scope.h"
#include "vm/vm.h"
#include "vm/code.h"
#include "vm/opcodes.h"
#include "vm/str.h"
#include "vm/seq.h"
#include "vm/exc.h"
#include "vm/ops.h"
#include "vm/dict.h"

static rill_vm *vm;
static Arena arena;
static SymTable st;
static bool st_built;

static void setup(void)
{
    vm = rill_vm_new(NULL);
    ck_assert_ptr_nonnull(vm);
    arena_init(&arena, NULL, NULL);
    st_built = false;
}

static void teardown(void)
{
    if (st_built)
        scope_free(&st);
    arena_free(&arena);
    ck_assert(!vm_exc_pending(vm));
    rill_vm_free(vm);
}

static Module *parse(const char *src)
{
    SyntaxErr err;
    Module *m = parse_source(&arena, src, strlen(src), PARSE_FILE, &err);
    if (!m)
        ck_abort_msg("parse failed: %s (line %d)", err.msg, err.line);
    return m;
}

/* The symbol table of src. */
static Scope *scopes(const char *src)
{
    SyntaxErr err;
    Module *m = parse(src);
    int rc = scope_build(&st, vm, m, &err);
    st_built = true;
    if (rc < 0)
        ck_abort_msg("scope error: %s", err.msg);
    return st.top;
}

static Scope *child(const Scope *s, const char *name)
{
    for (int i = 0; i < s->nchildren; i++)
        if (strcmp(s->children[i]->name, name) == 0)
            return s->children[i];
    ck_abort_msg("no child scope %s in %s", name, s->name);
    return NULL;
}

static SymScope sym(const Scope *s, const char *name)
{
    return scope_lookup(s, name);
}

static RCode *compile(const char *src)
{
    RCode *co = comp_source(vm, src, strlen(src), "<test>", PARSE_FILE, NULL);
    ck_assert_ptr_nonnull(co);
    return co;
}

static RCode *find_code(RCode *co, const char *qualname)
{
    if (str_eq_cstr(co->qualname, qualname))
        return co;
    for (uint32_t i = 0; i < co->nconsts; i++) {
        if (v_is_kind(co->consts[i], K_CODE)) {
            RCode *r = find_code((RCode *)v_obj(co->consts[i]), qualname);
            if (r)
                return r;
        }
    }
    return NULL;
}

static RCode *code_of(RCode *mod, const char *qualname)
{
    RCode *co = find_code(mod, qualname);
    if (!co)
        ck_abort_msg("no code object %s", qualname);
    return co;
}

static int op_at(const RCode *co, uint32_t i) { return (int)INSTR_OP(co->code[i]); }
static uint32_t arg_at(const RCode *co, uint32_t i) { return INSTR_ARG(co->code[i]); }

static int count_op(const RCode *co, int op)
{
    int n = 0;
    for (uint32_t i = 0; i < co->ncode; i++)
        n += op_at(co, i) == op;
    return n;
}

static int find_op(const RCode *co, int op)
{
    for (uint32_t i = 0; i < co->ncode; i++)
        if (op_at(co, i) == op)
            return (int)i;
    return -1;
}

/* Index where ops[0..n) appear consecutively, or -1. */
static int find_seq(const RCode *co, const int *ops, int n)
{
    for (uint32_t i = 0; i + (uint32_t)n <= co->ncode; i++) {
        int k = 0;
        while (k < n && op_at(co, i + (uint32_t)k) == ops[k])
            k++;
        if (k == n)
            return (int)i;
    }
    return -1;
}

/* ---- scopes ----------------------------------------------------------------------- */

START_TEST(test_scope_functions)
{
    Scope *top = scopes("x = 1\n"
                        "def f(a):\n"
                        "    b = a\n"
                        "    def g():\n"
                        "        nonlocal b\n"
                        "        b = b + x\n"
                        "        return b\n"
                        "    return g\n");
    ck_assert_int_eq(sym(top, "x"), SYM_LOCAL);
    ck_assert_int_eq(sym(top, "f"), SYM_LOCAL);
    Scope *f = child(top, "f");
    ck_assert_int_eq(f->kind, SCOPE_FUNCTION);
    ck_assert_int_eq(sym(f, "a"), SYM_LOCAL);
    ck_assert_int_eq(sym(f, "b"), SYM_CELL);
    ck_assert_int_eq(sym(f, "g"), SYM_LOCAL);
    ck_assert(!f->nested);
    Scope *g = child(f, "g");
    ck_assert(g->nested);
    ck_assert_int_eq(sym(g, "b"), SYM_FREE);
    ck_assert_int_eq(sym(g, "x"), SYM_GLOBAL_IMPLICIT);
    ck_assert_int_eq(f->nparams, 1);
    ck_assert_str_eq(f->params[0], "a");
}
END_TEST

START_TEST(test_scope_globals)
{
    Scope *top = scopes("def f():\n"
                        "    global y\n"
                        "    y = 1\n"
                        "    z = 2\n"
                        "    def g():\n"
                        "        return y, z, w\n");
    Scope *f = child(top, "f");
    ck_assert_int_eq(sym(f, "y"), SYM_GLOBAL_EXPLICIT);
    ck_assert_int_eq(sym(f, "z"), SYM_CELL);
    Scope *g = child(f, "g");
    ck_assert_int_eq(sym(g, "y"), SYM_GLOBAL_IMPLICIT);     /* as CPython */
    ck_assert_int_eq(sym(g, "z"), SYM_FREE);
    ck_assert_int_eq(sym(g, "w"), SYM_GLOBAL_IMPLICIT);
}
END_TEST

START_TEST(test_scope_class)
{
    Scope *top = scopes("def outer():\n"
                        "    v = 1\n"
                        "    class C:\n"
                        "        y = v\n"
                        "        def m(self):\n"
                        "            return y, super()\n"
                        "    return C\n");
    Scope *outer = child(top, "outer");
    ck_assert_int_eq(sym(outer, "v"), SYM_CELL);
    Scope *c = child(outer, "C");
    ck_assert_int_eq(c->kind, SCOPE_CLASS);
    ck_assert_int_eq(sym(c, "y"), SYM_LOCAL);
    ck_assert_int_eq(sym(c, "v"), SYM_FREE);
    ck_assert(c->needs_class_closure);
    Scope *m = child(c, "m");
    /* class attributes are not visible in methods */
    ck_assert_int_eq(sym(m, "y"), SYM_GLOBAL_IMPLICIT);
    ck_assert_int_eq(sym(m, "self"), SYM_LOCAL);
    ck_assert_int_eq(sym(m, "__class__"), SYM_FREE);
}
END_TEST

START_TEST(test_scope_comprehension)
{
    Scope *top = scopes("def h(seq):\n"
                        "    r = [i * k for i in seq for k in range(i)]\n"
                        "    [last := j for j in seq]\n"
                        "    return last\n");
    Scope *h = child(top, "h");
    ck_assert_int_eq(h->nchildren, 2);
    Scope *lc = h->children[0], *lc2 = h->children[1];
    ck_assert_int_eq(lc->comp, COMP_LIST);
    ck_assert_str_eq(lc->name, "<listcomp>");
    ck_assert_int_eq(sym(lc, ".0"), SYM_LOCAL);
    ck_assert_int_eq(sym(lc, "i"), SYM_LOCAL);
    ck_assert_int_eq(sym(lc, "k"), SYM_LOCAL);
    ck_assert_int_eq(sym(lc, "range"), SYM_GLOBAL_IMPLICIT);
    /* the first iterable is evaluated in h */
    ck_assert_int_eq(sym(lc, "seq"), SYM_NONE);
    ck_assert_int_eq(sym(h, "seq"), SYM_LOCAL);
    /* a walrus target binds in the enclosing function */
    ck_assert_int_eq(sym(h, "last"), SYM_CELL);
    ck_assert_int_eq(sym(lc2, "last"), SYM_FREE);
    ck_assert_int_eq(sym(lc2, "j"), SYM_LOCAL);
}
END_TEST

START_TEST(test_scope_generators)
{
    Scope *top = scopes("def gen():\n"
                        "    yield 1\n"
                        "def notgen():\n"
                        "    def inner():\n"
                        "        yield 2\n"
                        "    g = (x for x in range(3))\n"
                        "    l = lambda: (yield)\n"
                        "    return inner\n"
                        "def yf():\n"
                        "    yield from []\n"
                        "def it():\n"
                        "    return [x for x in (yield)]\n");
    ck_assert(child(top, "gen")->generator);
    Scope *ng = child(top, "notgen");
    ck_assert(!ng->generator);
    ck_assert(child(ng, "inner")->generator);
    ck_assert(child(ng, "<genexpr>")->generator);
    ck_assert(child(ng, "<lambda>")->generator);
    ck_assert(child(top, "yf")->generator);
    Scope *it = child(top, "it");
    ck_assert(it->generator);                       /* yield in the outermost iterable */
    ck_assert(!child(it, "<listcomp>")->generator);
}
END_TEST

START_TEST(test_scope_mangling)
{
    Scope *top = scopes("class C:\n"
                        "    def m(self):\n"
                        "        __x = 1\n"
                        "        return __x, __y__\n");
    Scope *m = child(child(top, "C"), "m");
    ck_assert_int_eq(sym(m, "_C__x"), SYM_LOCAL);
    ck_assert_int_eq(sym(m, "__x"), SYM_NONE);
    ck_assert_int_eq(sym(m, "__y__"), SYM_GLOBAL_IMPLICIT);
}
END_TEST

/* ---- compile-time errors ----------------------------------------------------------- */
typedef struct ErrCase {
    const char *src, *msg;
    int line, col;
} ErrCase;

/* messages and positions as python3.11 reports them */
static const ErrCase err_cases[] = {
    {"if 0:\n  return 1\n", "'return' outside function", 2, 3},
    {"if 0:\n  break\n", "'break' outside loop", 2, 3},
    {"while 0:\n  break\nelse:\n  continue\n", "'continue' not properly in loop", 4, 3},
    {"def f():\n  for x in y:\n    def g():\n      continue\n",
     "'continue' not properly in loop", 4, 7},
    {"def f():\n  x = 1\n  global x\n",
     "name 'x' is assigned to before global declaration", 3, 3},
    {"def f():\n  print(x)\n  global x", "name 'x' is used prior to global declaration", 3, 3},
    {"def f(a):\n  global a", "name 'a' is parameter and global", 2, 3},
    {"def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10},
    {"def f():\n  nonlocal x\n", "no binding for nonlocal 'x' found", 2, 3},
    {"nonlocal x", "nonlocal declaration not allowed at module level", 1, 1},
    {"def f():\n  x=1\n  def g():\n    global x\n    nonlocal x\n",
     "name 'x' is nonlocal and global", 4, 5},
    {"class C:\n  [(y:=1) for x in range(3)]\n",
     "assignment expression within a comprehension cannot be used in a class body", 2, 5},
    {"def f():\n  [x for x in (y:=[1])]\n",
     "assignment expression cannot be used in a comprehension iterable expression", 2, 16},
    {"def f():\n  [(x:=1) for x in range(3)]\n",
     "assignment expression cannot rebind comprehension iteration variable 'x'", 2, 5},
    {"def f():\n [ (yield) for x in y]", "'yield' inside list comprehension", 2, 5},
    {"def f():\n ( (yield) for x in y)", "'yield' inside generator expression", 2, 5},
    {"yield 1", "'yield' outside function", 1, 1},
    {"class C:\n  yield from x", "'yield' outside function", 2, 3},
    {"try:\n pass\nexcept:\n pass\nexcept E:\n pass\n", "default 'except:' must be last",
     3, 1},
    {"f(a=1, a=2)", "keyword argument repeated: a", 1, 8},
    {"a, *b, *c = d", "multiple starred expressions in assignment", 1, 1},
    {"*a = b", "starred assignment target must be in a list or tuple", 1, 1},
    {"x = *a", "can't use starred expression here", 1, 5},
};

START_TEST(test_compile_errors)
{
    const ErrCase *ec = &err_cases[_i];
    SyntaxErr err;
    Module *m = parse_source(&arena, ec->src, strlen(ec->src), PARSE_FILE, &err);
    RCode *co = NULL;
    if (m) {
        RStr *fn = str_from_cstr(vm, "<test>");
        co = compile_module(vm, m, PARSE_FILE, fn, NULL, &err);
        obj_decref(vm, fn);
    }
    ck_assert_msg(co == NULL, "no error for %s", ec->src);
    ck_assert(!vm_exc_pending(vm));
    ck_assert_str_eq(err.msg, ec->msg);
    ck_assert_int_eq(err.line, ec->line);
    ck_assert_int_eq(err.col, ec->col);
}
END_TEST

START_TEST(test_syntax_error_raised)
{
    RCode *co = comp_source(vm, "def f():\n  return\nreturn 1\n", 27, "<test>", PARSE_FILE,
                            NULL);
    ck_assert_ptr_null(co);
    ck_assert(vm_exc_pending(vm));
    ck_assert(exc_matches(vm, vm->exc_SyntaxError));
    exc_clear(vm);
    bool incomplete = false;
    co = comp_source(vm, "if x:\n", 6, "<stdin>", PARSE_SINGLE, &incomplete);
    ck_assert_ptr_null(co);
    ck_assert(incomplete);
    ck_assert(!vm_exc_pending(vm));
}
END_TEST

/* ---- bytecode shape ----------------------------------------------------------------- */

START_TEST(test_shape_boolops)
{
    RCode *mod = compile("def f(a, b):\n    return a and b\n"
                         "def g(a, b):\n    return a or b\n"
                         "def h(a, b):\n    if not a and b is None:\n        return 1\n");
    ck_assert_int_eq(count_op(code_of(mod, "f"), OP_JUMP_IF_FALSE_OR_POP), 1);
    ck_assert_int_eq(count_op(code_of(mod, "g"), OP_JUMP_IF_TRUE_OR_POP), 1);
    RCode *h = code_of(mod, "h");
    /* not folded into the jump sense; "is None" tested directly */
    ck_assert_int_eq(count_op(h, OP_UNARY_NOT), 0);
    ck_assert_int_eq(count_op(h, OP_POP_JUMP_IF_TRUE), 1);
    ck_assert_int_eq(count_op(h, OP_POP_JUMP_IF_NOT_NONE), 1);
    ck_assert_int_eq(count_op(h, OP_IS_OP), 0);
    obj_decref(vm, mod);
}
END_TEST

START_TEST(test_shape_chained_compare)
{
    RCode *mod = compile("def f(a, b, c):\n    return a < b() < c\n");
    RCode *f = code_of(mod, "f");
    static const int seq[] = {OP_SWAP, OP_COPY, OP_CMP_LT, OP_JUMP_IF_FALSE_OR_POP};
    ck_assert_int_ge(find_seq(f, seq, 4), 0);
    ck_assert_int_eq(count_op(f, OP_CALL), 1);      /* b() evaluated once */
    obj_decref(vm, mod);
}
END_TEST

START_TEST(test_shape_try_finally)
{
    RCode *mod = compile("def f():\n"
                         "    try:\n"
                         "        g()\n"
                         "    finally:\n"
                         "        h()\n");
    RCode *f = code_of(mod, "f");
    ck_assert_uint_ge(f->nexc, 1);
    int call = find_op(f, OP_CALL);                 /* g() */
    ck_assert_int_ge(call, 0);
    const ExcEntry *e = code_handler(f, (uint32_t)call);
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(e->depth, 0);
    ck_assert_int_eq(op_at(f, e->handler), OP_PUSH_EXC_INFO);
    /* the finally body: once on the normal path, once on the exceptional one */
    ck_assert_int_eq(count_op(f, OP_CALL), 3);
    ck_assert_int_ge(count_op(f, OP_RERAISE), 1);
    obj_decref(vm, mod);
}
END_TEST

START_TEST(test_shape_except_as)
{
    RCode *mod = compile("def f():\n"
                         "    try:\n"
                         "        g()\n"
                         "    except (E, F) as e:\n"
                         "        print(e)\n");
    RCode *f = code_of(mod, "f");
    ck_assert_int_eq(count_op(f, OP_CHECK_EXC_MATCH), 1);
    ck_assert_int_eq(count_op(f, OP_PUSH_EXC_INFO), 1);
    /* e is unbound after the handler, whichever way it is left */
    ck_assert_int_eq(count_op(f, OP_DELETE_FAST), 2);
    ck_assert_int_ge(count_op(f, OP_POP_EXCEPT), 2);
    obj_decref(vm, mod);
}
END_TEST

START_TEST(test_shape_with)
{
    RCode *mod = compile("def f(m):\n"
                         "    with m as x:\n"
                         "        return x\n");
    RCode *f = code_of(mod, "f");
    ck_assert_int_eq(count_op(f, OP_BEFORE_WITH), 1);
    ck_assert_int_eq(count_op(f, OP_WITH_EXCEPT_START), 1);
    static const int exit_call[] = {OP_LOAD_CONST, OP_LOAD_CONST, OP_LOAD_CONST, OP_CALL};
    int i = find_seq(f, exit_call, 4);
    ck_assert_int_ge(i, 0);
    ck_assert_uint_eq(arg_at(f, (uint32_t)i + 3), 3);
    obj_decref(vm, mod);
}
END_TEST

START_TEST(test_stacksize)
{
    RCode *mod = compile("def f(a, b, c):\n    return a + b * c\n"
                         "def g(x):\n    return [1, 2, x]\n"
                         "def h(o):\n    return o.m(1, k=2)\n");
    ck_assert_uint_eq(code_of(mod, "f")->stacksize, 3);
    ck_assert_uint_eq(code_of(mod, "g")->stacksize, 3);
    /* [meth, self, 1, 2, ('k',)] */
    ck_assert_uint_eq(code_of(mod, "h")->stacksize, 5);
    ck_assert_int_eq(count_op(code_of(mod, "h"), OP_CALL_METHOD_KW), 1);
    obj_decref(vm, mod);
}
END_TEST

START_TEST(test_shape_loops)
{
    RCode *mod = compile("def f(n):\n"
                         "    i = 0\n"
                         "    while True:\n"
                         "        i += 1\n"
                         "        if i > n:\n"
                         "            break\n"
                         "    for x in range(n):\n"
                         "        pass\n"
                         "    a, b = n, i\n");
    RCode *f = code_of(mod, "f");
    static const int incr[] = {OP_LOAD_FAST, OP_LOAD_SMALL_INT, OP_IN_ADD, OP_STORE_FAST};
    ck_assert_int_ge(find_seq(f, incr, 4), 0);
    ck_assert_int_eq(count_op(f, OP_JUMP_BACK), 2);
    ck_assert_int_eq(count_op(f, OP_LOAD_CONST), 1);    /* only the final None: no True test */
    ck_assert_int_eq(count_op(f, OP_POP_JUMP_IF_TRUE), 1); /* "if i > n: break" */
    static const int forloop[] = {OP_GET_ITER, OP_FOR_ITER};
    ck_assert_int_ge(find_seq(f, forloop, 2), 0);
    ck_assert_int_eq(count_op(f, OP_SWAP), 1);          /* a, b = n, i */
    ck_assert_int_eq(count_op(f, OP_BUILD_TUPLE), 0);
    obj_decref(vm, mod);
}
END_TEST

START_TEST(test_shape_generators)
{
    RCode *mod = compile("def g(it):\n"
                         "    x = yield 1\n"
                         "    r = yield from it\n"
                         "    return r\n"
                         "e = (y for y in range(3))\n");
    RCode *g = code_of(mod, "g");
    ck_assert(g->flags & CO_GENERATOR);
    ck_assert_int_eq(op_at(g, 0), OP_POP_TOP);
    static const int yf[] = {OP_GET_YIELD_FROM_ITER, OP_LOAD_CONST, OP_SEND, OP_YIELD_VALUE};
    ck_assert_int_ge(find_seq(g, yf, 4), 0);
    RCode *ge = code_of(mod, "<genexpr>");
    ck_assert(ge->flags & CO_GENERATOR);
    ck_assert(ge->flags & CO_GENEXPR);
    ck_assert_uint_eq(ge->argcount, 1);
    ck_assert(str_eq_cstr(ge->localnames[0], ".0"));
    static const int body[] = {OP_YIELD_VALUE, OP_POP_TOP};
    ck_assert_int_ge(find_seq(ge, body, 2), 0);
    ck_assert(!(mod->flags & CO_GENERATOR));
    obj_decref(vm, mod);
}
END_TEST

START_TEST(test_qualnames_and_class_cell)
{
    RCode *mod = compile("class C:\n"
                         "    def m(self):\n"
                         "        def g(): pass\n"
                         "        return lambda: [y for y in ()], super()\n");
    ck_assert_ptr_nonnull(code_of(mod, "C"));
    ck_assert_ptr_nonnull(code_of(mod, "C.m.<locals>.g"));
    ck_assert_ptr_nonnull(code_of(mod, "C.m.<locals>.<lambda>.<locals>.<listcomp>"));
    RCode *c = code_of(mod, "C");
    ck_assert(c->flags & CO_CLASSBODY);
    ck_assert_uint_eq(c->ncells, 1);
    ck_assert(str_eq_cstr(c->cellnames[0], "__class__"));
    ck_assert_int_eq(op_at(c, c->ncode - 2), OP_LOAD_CLOSURE);
    ck_assert_int_eq(op_at(c, c->ncode - 1), OP_RETURN_VALUE);
    RCode *m = code_of(mod, "C.m");
    ck_assert_uint_eq(m->nfrees, 1);
    ck_assert(str_eq_cstr(m->cellnames[m->ncells], "__class__"));
    ck_assert(str_eq_cstr(m->name, "m"));
    ck_assert_int_eq(count_op(mod, OP_LOAD_BUILD_CLASS), 1);
    obj_decref(vm, mod);
}
END_TEST

START_TEST(test_cells_and_defaults)
{
    RCode *mod = compile("def f(a, b=1, *, c=2):\n"
                         "    def g():\n"
                         "        return a\n"
                         "    return g\n");
    RCode *f = code_of(mod, "f");
    ck_assert_uint_eq(f->argcount, 2);
    ck_assert_uint_eq(f->kwonlycount, 1);
    ck_assert_uint_eq(f->nlocals, 4);               /* a, b, c, g */
    ck_assert_uint_eq(f->ncells, 1);
    ck_assert_ptr_nonnull(f->cell2arg);
    ck_assert_int_eq(f->cell2arg[0], 0);            /* the cell starts from a */
    ck_assert_int_eq(count_op(f, OP_LOAD_CLOSURE), 1);
    int mk = find_op(mod, OP_MAKE_FUNCTION);
    ck_assert_uint_eq(arg_at(mod, (uint32_t)mk), 3); /* defaults and kwdefaults */
    obj_decref(vm, mod);
}
END_TEST

START_TEST(test_call_shapes)
{
    RCode *mod = compile("f(1, a=2)\n"
                         "f(*x, **y)\n"
                         "a, *b, c = x\n");
    int i = find_op(mod, OP_CALL_KW);
    ck_assert_int_ge(i, 0);
    ck_assert_uint_eq(arg_at(mod, (uint32_t)i), 2);
    ck_assert_int_eq(op_at(mod, (uint32_t)i - 1), OP_LOAD_CONST);
    Value names = mod->consts[arg_at(mod, (uint32_t)i - 1)];
    ck_assert(v_is_tuple(names));
    ck_assert_uint_eq(v_tuple(names)->n, 1);
    RStr *k = v_str(v_tuple(names)->items[0]);
    ck_assert(str_eq_cstr(k, "a"));
    ck_assert(k->h.aux & STR_INTERNED);
    ck_assert_int_eq(count_op(mod, OP_CALL_EX), 1);
    ck_assert_int_eq(count_op(mod, OP_DICT_MERGE), 1);
    int u = find_op(mod, OP_UNPACK_EX);
    ck_assert_uint_eq(arg_at(mod, (uint32_t)u), 1 | (1 << 8));
    obj_decref(vm, mod);
}
END_TEST

START_TEST(test_line_numbers)
{
    RCode *mod = compile("def f(o):\n"
                         "    x = 1\n"
                         "    return (o\n"
                         "        .m())\n");
    RCode *f = code_of(mod, "f");
    ck_assert_int_eq(f->firstline, 1);
    int call = find_op(f, OP_CALL_METHOD);
    ck_assert_int_eq(code_line(f, (uint32_t)call), 4);
    ck_assert_int_eq(code_line(f, 0), 2);
    obj_decref(vm, mod);
}
END_TEST

/* The position table gives each instruction the extent of its node (PEP 657), as
   CPython 3.11's co_positions() does. */
static void ck_pos(const RCode *co, int ip, int line, int end_line, int col, int end_col)
{
    CodePos p;
    ck_assert_int_ge(ip, 0);
    ck_assert(code_position(co, (uint32_t)ip, &p));
    ck_assert_int_eq(p.line, line);
    ck_assert_int_eq(p.end_line, end_line);
    ck_assert_int_eq(p.col, col);
    ck_assert_int_eq(p.end_col, end_col);
}

START_TEST(test_positions)
{
    char src[600];
    snprintf(src, sizeof src,
             "def f(o, a, b):\n"
             "    x = a + b[0]\n"
             "    return (o\n"
             "        .m(a,\n"
             "           b))\n"
             "y = ['%0200d', f.\\\n  g]\n"
             "assert f(1) == 2\n", 7);
    RCode *mod = compile(src);
    RCode *f = code_of(mod, "f");
    ck_pos(f, find_op(f, OP_BIN_ADD), 2, 2, 8, 16);
    ck_pos(f, find_op(f, OP_BINARY_SUBSCR), 2, 2, 12, 16);
    /* a method named on a later line: marked from the name on */
    ck_pos(f, find_op(f, OP_LOAD_METHOD), 4, 4, 9, 10);
    ck_pos(f, find_op(f, OP_CALL_METHOD), 4, 5, 9, 13);
    /* columns past 127 and a multi-line attribute */
    ck_pos(mod, find_op(mod, OP_LOAD_GLOBAL), 6, 6, 209, 210);
    ck_pos(mod, find_op(mod, OP_LOAD_ATTR), 7, 7, 2, 3);
    ck_pos(mod, find_op(mod, OP_BUILD_LIST), 6, 7, 4, 4);
    /* an assert raises at the comparison it tested */
    ck_pos(mod, find_op(mod, OP_RAISE_VARARGS), 8, 8, 7, 16);
    /* every instruction has its line table's line, and the table is compact */
    for (uint32_t i = 0; i < f->ncode; i++) {
        CodePos p;
        code_position(f, i, &p);
        ck_assert_int_eq(p.line, code_line(f, i));
    }
    ck_assert_uint_le(f->npostable, 3 * f->ncode);
    ck_assert(!code_position(f, f->ncode, &(CodePos){0, 0, 0, 0}));
    obj_decref(vm, mod);
}
END_TEST

static void collect(void *ud, const char *s, size_t n)
{
    StrBuf *b = ud;
    sb_add(b, s, n);
}

START_TEST(test_dis)
{
    RCode *mod = compile("def f(a):\n    return a + 1\n");
    StrBuf b;
    sb_init(&b, vm);
    dis_code(vm, mod, collect, &b);
    RStr *s = sb_finish(&b);
    ck_assert_ptr_nonnull(s);
    ck_assert_ptr_nonnull(strstr(s->data, "Disassembly of f"));
    ck_assert_ptr_nonnull(strstr(s->data, "LOAD_FAST"));
    ck_assert_ptr_nonnull(strstr(s->data, "(a)"));
    ck_assert_ptr_nonnull(strstr(s->data, "BIN_ADD"));
    obj_decref(vm, s);
    obj_decref(vm, mod);
}
END_TEST

/* ---- source given as a string (eval, exec, compile) ------------------------------------ */

static RCode *compile_flags(const char *src, ParseMode mode, unsigned flags)
{
    RCode *co = comp_source_flags(vm, src, strlen(src), "<string>", mode, flags, NULL);
    ck_assert_ptr_nonnull(co);
    return co;
}

START_TEST(test_string_names)
{
    const char *src = "x = y\ndel x\ndef f():\n    return y\n";
    RCode *plain = compile_flags(src, PARSE_FILE, 0);
    ck_assert_int_eq(count_op(plain, OP_LOAD_NAME) + count_op(plain, OP_STORE_NAME), 0);
    ck_assert_int_eq(count_op(plain, OP_STORE_GLOBAL), 2);     /* x and f */
    obj_decref(vm, plain);
    /* COMP_NAMES: the top level goes through the frame's locals; functions still read
       their globals; `global` still means the globals */
    RCode *names = compile_flags(src, PARSE_FILE, COMP_NAMES);
    ck_assert_int_eq(count_op(names, OP_LOAD_NAME), 1);
    ck_assert_int_eq(count_op(names, OP_STORE_NAME), 2);
    ck_assert_int_eq(count_op(names, OP_DELETE_NAME), 1);
    ck_assert_int_eq(count_op(names, OP_LOAD_GLOBAL) + count_op(names, OP_STORE_GLOBAL), 0);
    ck_assert_int_eq(count_op(code_of(names, "f"), OP_LOAD_GLOBAL), 1);
    obj_decref(vm, names);
    RCode *glob = compile_flags("global z\nz = 1\n", PARSE_FILE, COMP_NAMES);
    ck_assert_int_eq(count_op(glob, OP_STORE_GLOBAL), 1);
    ck_assert_int_eq(count_op(glob, OP_STORE_NAME), 0);
    obj_decref(vm, glob);
}
END_TEST

START_TEST(test_string_source_and_optimize)
{
    const char *src = "def f():\n    'doc'\n    assert x\n";
    RCode *kept = compile_flags(src, PARSE_FILE, 0);
    ck_assert_ptr_nonnull(kept->source);
    ck_assert_int_eq(count_op(code_of(kept, "f"), OP_LOAD_ASSERTION_ERROR), 1);
    ck_assert(v_is_str(code_of(kept, "f")->doc));
    obj_decref(vm, kept);
    /* tracebacks of string code show no lines: it keeps no source */
    RCode *str = compile_flags(src, PARSE_FILE, COMP_STRING);
    ck_assert_ptr_null(str->source);
    obj_decref(vm, str);
    RCode *o1 = compile_flags(src, PARSE_FILE, COMP_OPTIMIZE);
    ck_assert_int_eq(count_op(code_of(o1, "f"), OP_LOAD_ASSERTION_ERROR), 0);
    ck_assert(v_is_str(code_of(o1, "f")->doc));
    obj_decref(vm, o1);
    RCode *o2 = compile_flags(src, PARSE_FILE, COMP_OPTIMIZE | COMP_OPTIMIZE2);
    ck_assert(code_of(o2, "f")->doc == V_NONE);
    obj_decref(vm, o2);
}
END_TEST

/* The attribute name of the pending exception (borrowed from its dict, or V_NULL). */
static Value exc_attr(const char *name)
{
    RStr *key = str_intern_cstr(vm, name);
    ck_assert_ptr_nonnull(key);
    ck_assert_ptr_nonnull(vm->exc->dict);
    Value v = dict_get_str(vm->exc->dict, key);
    obj_decref(vm, key);
    return v;
}

START_TEST(test_string_errors)
{
    /* a NUL byte, before anything is parsed */
    ck_assert_ptr_null(comp_string(vm, "1\0", 2, "<string>", PARSE_EVAL, 0, false));
    ck_assert(exc_matches(vm, vm->exc_SyntaxError));
    /* raised as CPython's C code raises it: a msg and no location */
    Value msg = exc_attr("msg");
    ck_assert(msg != V_NULL && v_is_str(msg));
    ck_assert(str_eq_cstr(v_str(msg), "source code string cannot contain null bytes"));
    ck_assert(exc_attr("lineno") == V_NULL);
    exc_clear(vm);
    /* eval() skips leading spaces and tabs; compile() does not */
    RCode *co = comp_string(vm, " \t1", 3, "<string>", PARSE_EVAL, 0, true);
    ck_assert_ptr_nonnull(co);
    obj_decref(vm, co);
    ck_assert_ptr_null(comp_string(vm, " \t1", 3, "<string>", PARSE_EVAL, 0, false));
    ck_assert(exc_matches(vm, vm->exc_IndentationError));
    exc_clear(vm);
    /* eval input: the text as given, no column at the missing NEWLINE, msg set */
    ck_assert_ptr_null(comp_string(vm, "x +", 3, "<string>", PARSE_EVAL, 0, false));
    ck_assert(str_eq_cstr(v_str(exc_attr("text")), "x +"));
    ck_assert_int_eq(v_as_int(exc_attr("offset")), 0);
    ck_assert_int_eq(v_as_int(exc_attr("end_offset")), 0);
    ck_assert(str_eq_cstr(v_str(exc_attr("msg")), "invalid syntax"));
    exc_clear(vm);
    /* file input gets its newline, and the column of the NEWLINE token */
    ck_assert_ptr_null(comp_string(vm, "x +", 3, "<string>", PARSE_FILE, 0, false));
    ck_assert(str_eq_cstr(v_str(exc_attr("text")), "x +\n"));
    ck_assert_int_eq(v_as_int(exc_attr("offset")), 4);
    exc_clear(vm);
    /* an error CPython's compiler finds has no text for a string, but a line */
    ck_assert_ptr_null(comp_string(vm, "def f(a, a): pass", 17, "<string>", PARSE_FILE, 0,
                                   false));
    ck_assert(exc_attr("text") == V_NONE);
    ck_assert_int_eq(v_as_int(exc_attr("lineno")), 1);
    exc_clear(vm);
    ck_assert_ptr_null(comp_string(vm, "return", 6, "<string>", PARSE_FILE, 0, false));
    ck_assert(exc_attr("text") == V_NONE);
    exc_clear(vm);
    /* single input of no statement is an error, as eval input's */
    ck_assert_ptr_null(comp_string(vm, "# c\n", 4, "<string>", PARSE_SINGLE, 0, false));
    ck_assert(exc_matches(vm, vm->exc_SyntaxError));
    ck_assert_int_eq(v_as_int(exc_attr("lineno")), 1);
    exc_clear(vm);
}
END_TEST

START_TEST(test_string_single_whole)
{
    SyntaxErr err;
#define PARSE(fn, src) fn(&arena, src, strlen(src), PARSE_SINGLE, &err)
    /* the REPL's lines so far: a block ends with an empty line */
    ck_assert_ptr_null(PARSE(parse_source, "if 1:\n  pass\n"));
    ck_assert_str_eq(err.msg, "unexpected EOF while parsing");
    ck_assert_ptr_nonnull(PARSE(parse_source, "if 1:\n  pass\n\n"));
    /* a whole string: it ends with the input, unless its last line is a top-level
       compound statement without its newline */
    ck_assert_ptr_nonnull(PARSE(parse_source_whole, "if 1:\n  pass\n"));
    ck_assert_ptr_nonnull(PARSE(parse_source_whole, "if 1:\n  pass"));
    ck_assert_ptr_nonnull(PARSE(parse_source_whole, "if 1: pass\n"));
    ck_assert_ptr_null(PARSE(parse_source_whole, "if 1: pass"));
    ck_assert_str_eq(err.msg, "invalid syntax");
    ck_assert_int_eq(err.line, 1);
#undef PARSE
}
END_TEST

static Suite *compiler_suite(void)
{
    Suite *s = suite_create("compiler");
    TCase *tc = tcase_create("scopes");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_scope_functions);
    tcase_add_test(tc, test_scope_globals);
    tcase_add_test(tc, test_scope_class);
    tcase_add_test(tc, test_scope_comprehension);
    tcase_add_test(tc, test_scope_generators);
    tcase_add_test(tc, test_scope_mangling);
    suite_add_tcase(s, tc);
    tc = tcase_create("errors");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_compile_errors, 0,
                        (int)(sizeof err_cases / sizeof err_cases[0]));
    tcase_add_test(tc, test_syntax_error_raised);
    suite_add_tcase(s, tc);
    tc = tcase_create("bytecode");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_shape_boolops);
    tcase_add_test(tc, test_shape_chained_compare);
    tcase_add_test(tc, test_shape_try_finally);
    tcase_add_test(tc, test_shape_except_as);
    tcase_add_test(tc, test_shape_with);
    tcase_add_test(tc, test_stacksize);
    tcase_add_test(tc, test_shape_loops);
    tcase_add_test(tc, test_shape_generators);
    tcase_add_test(tc, test_qualnames_and_class_cell);
    tcase_add_test(tc, test_cells_and_defaults);
    tcase_add_test(tc, test_call_shapes);
    tcase_add_test(tc, test_line_numbers);
    tcase_add_test(tc, test_positions);
    tcase_add_test(tc, test_dis);
    suite_add_tcase(s, tc);
    tc = tcase_create("strings");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_string_names);
    tcase_add_test(tc, test_string_source_and_optimize);
    tcase_add_test(tc, test_string_errors);
    tcase_add_test(tc, test_string_single_whole);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(compiler_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
