/*
** builtins_eval.c — eval(), exec() and compile(), with CPython 3.11's argument rules and
** messages. Source text goes through comp_string, the compile path the host's rill_eval
** shares (and every other source: comp_source_flags), so the parser's and compiler's
** nesting limits hold; the code then runs in the ordinary interpreter (eval_module,
** eval_class_body, eval_call_function), which counts the recursion depth and the C-level
** re-entries and honours the memory limit and the poll callback as for any other code.
**
** Namespaces: rill's frames take a dict as their locals, so eval and exec accept other
** mappings only where CPython would (its checks and messages first), then refuse a
** mapping that is not a dict (README, Differences). Code compiled for a locals dict apart
** from the globals loads and stores its top-level names through that dict (COMP_NAMES),
** as a class body does, and falls back to the globals, then the builtins.
*/
#include <string.h>
#include "builtins.h"
#include "../vm/str.h"
#include "../vm/dict.h"
#include "../vm/seq.h"
#include "../vm/exc.h"
#include "../vm/ops.h"
#include "../vm/frame.h"
#include "../parser/parser.h"

/* The globals and locals code runs with (strong references). locals is NULL when the
   globals serve as the locals too, as at module level. */
typedef struct Namespaces {
    RDict *globals;
    RDict *locals;
} Namespaces;

static void namespaces_release(rill_vm *vm, Namespaces *ns)
{
    obj_xdecref(vm, ns->globals);
    obj_xdecref(vm, ns->locals);
}

/* PyMapping_Check: what CPython accepts as a namespace before it looks names up in it. */
static bool is_mapping(rill_vm *vm, Value v)
{
    return v_is_dict(v) || class_lookup(v_class(vm, v), vm->s___getitem__) != V_NULL;
}

static bool given(Value v) { return v != V_NULL && v != V_NONE; }

/* eval's and exec's namespaces from their globals and locals arguments (borrowed; V_NULL
   or None when not given), with CPython's checks in its order: without globals, the
   calling frame's globals and (unless given) its locals() — the module's globals, a
   class body's namespace, a function's frame dict. globals lacking "__builtins__" get
   the builtins dict there, as CPython puts its builtins' dict. 0 / -1. */
static int get_namespaces(rill_vm *vm, bool exec, Value g, Value l, Namespaces *ns)
{
    ns->globals = ns->locals = NULL;
    if (!exec) {
        if (given(l) && !is_mapping(vm, l))
            return exc_raisef_i(vm, vm->exc_TypeError, "locals must be a mapping");
        if (given(g) && !v_is_dict(g))
            return exc_raisef_i(vm, vm->exc_TypeError, is_mapping(vm, g)
                                ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                : "globals must be a dict");
    }
    Value gv, lv;
    if (!given(g)) {
        Frame *f = vm->frame;
        if (!f || !f->func) {
            if (exec)
                return exc_raisef_i(vm, vm->exc_SystemError, "globals and locals cannot be NULL");
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "eval must be given globals and locals when called without a "
                                "frame");
        }
        gv = v_incref(v_from_obj(f->func->globals));
        lv = given(l) ? v_incref(l) : bi_frame_locals(vm);
        if (lv == V_NULL) {
            v_decref(vm, gv);
            return -1;
        }
    } else {
        gv = v_incref(g);
        lv = v_incref(given(l) ? l : g);
    }
    if (exec && !v_is_dict(gv)) {
        exc_raisef(vm, vm->exc_TypeError, "exec() globals must be a dict, not %T", gv);
    } else if (exec && !is_mapping(vm, lv)) {
        exc_raisef(vm, vm->exc_TypeError, "locals must be a mapping or None, not %T", lv);
    } else if (!v_is_dict(lv)) {
        exc_raisef(vm, vm->exc_TypeError, "%s() locals must be a dict in rill, not %T",
                   exec ? "exec" : "eval", lv);
    } else if (dict_get_str((RDict *)v_obj(gv), vm->s___builtins__) == V_NULL &&
               dict_set_str(vm, (RDict *)v_obj(gv), vm->s___builtins__,
                            v_from_obj(vm->builtins)) < 0) {
        /* the error is pending */
    } else {
        ns->globals = (RDict *)v_obj(gv);
        ns->locals = lv == gv ? NULL : (RDict *)v_obj(lv);
        if (lv == gv) v_decref(vm, lv);
        return 0;
    }
    v_decref(vm, gv);
    v_decref(vm, lv);
    return -1;
}

/* Runs co in ns. Module-level code (from source) runs with the namespaces; a function's
   code (f.__code__) is called with no arguments, on locals of its own as in CPython,
   with closure (a tuple of cells for its free variables) or none. New reference. */
static Value run_code(rill_vm *vm, RCode *co, const Namespaces *ns, RTuple *closure)
{
    if ((co->flags & CO_MODULE) && !ns->locals) return eval_module(vm, co, ns->globals);
    RFunc *fn = func_new(vm, co, ns->globals);
    if (!fn) return V_NULL;
    Value r;
    if (co->flags & CO_MODULE) {
        r = eval_class_body(vm, fn, ns->locals);
    } else {
        if (closure) obj_incref(closure);
        fn->closure = closure;
        r = eval_call_function(vm, fn, NULL, 0, NULL);
    }
    obj_decref(vm, fn);
    return r;
}

/* The str a source argument must be: "eval() arg 1 must be a string, bytes or code
   object" otherwise (what: the kinds CPython accepts). */
static RStr *source_str(rill_vm *vm, Value src, const char *fn, const char *what)
{
    if (v_is_str(src)) return v_str(src);
    return exc_raisef_p(vm, vm->exc_TypeError, "%s() arg 1 must be a %s object", fn, what);
}

/* Compiles a str source for eval/exec: the names go through the locals when there are
   locals apart from the globals. */
static RCode *compile_for(rill_vm *vm, RStr *src, ParseMode mode, const Namespaces *ns)
{
    return comp_string(vm, src->data, src->len, "<string>", mode, ns->locals ? COMP_NAMES : 0,
                       mode == PARSE_EVAL);
}

static bool v_is_code(Value v) { return v_is_kind(v, K_CODE); }

/* eval(source, globals=None, locals=None, /) */
static Value bi_eval(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Namespaces ns;
    if (get_namespaces(vm, false, nargs > 1 ? args[1] : V_NULL, nargs > 2 ? args[2] : V_NULL,
                       &ns) < 0)
        return V_NULL;
    Value r = V_NULL;
    RCode *co = NULL;
    if (v_is_code(args[0])) {
        co = (RCode *)v_obj(args[0]);
        if (co->nfrees) {
            co = NULL;
            exc_raisef(vm, vm->exc_TypeError,
                       "code object passed to eval() may not contain free variables");
        } else {
            obj_incref(co);
        }
    } else {
        RStr *src = source_str(vm, args[0], "eval", "string, bytes or code");
        co = src ? compile_for(vm, src, PARSE_EVAL, &ns) : NULL;
    }
    if (co) r = run_code(vm, co, &ns, NULL);
    obj_xdecref(vm, co);
    namespaces_release(vm, &ns);
    return r;
}

/* exec's closure= for code co (borrowed; V_NULL or None when not given): the tuple of
   cells its free variables need, NULL for none; *ok false with TypeError otherwise. */
static RTuple *closure_arg(rill_vm *vm, RCode *co, Value closure, bool *ok)
{
    *ok = true;
    if (!given(closure)) {
        if (co->nfrees == 0) return NULL;
    } else if (co->nfrees == 0) {
        *ok = false;
        return exc_raisef_p(vm, vm->exc_TypeError, "cannot use a closure with this code object");
    } else if (v_is_tuple(closure) && ((RTuple *)v_obj(closure))->n == co->nfrees) {
        RTuple *t = (RTuple *)v_obj(closure);
        size_t i = 0;
        while (i < t->n && v_is_kind(t->items[i], K_CELL)) i++;
        if (i == t->n) return t;
    }
    *ok = false;
    return exc_raisef_p(vm, vm->exc_TypeError, "code object requires a closure of exactly length %u",
                        co->nfrees);
}

/* exec(source, globals=None, locals=None, /, *, closure=None). Arity is checked here:
   CPython words it for positional-only parameters beside a keyword-only one. */
static Value bi_exec(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    size_t nkw = kw ? kw->n : 0;
    if (nargs + nkw > 4)
        return exc_raisef(vm, vm->exc_TypeError, "exec() takes at most 4 %sarguments (%zu given)",
                          nargs == 0 ? "keyword " : "", nargs + nkw);
    if (nargs < 1 || nargs > 3)
        return exc_raisef(vm, vm->exc_TypeError, "exec() takes at %s positional argument%s "
                          "(%zu given)", nargs < 1 ? "least 1" : "most 3", nargs < 1 ? "" : "s",
                          nargs);
    Value a[4];
    if (arg_parse(vm, "exec", args, nargs, kw, "source | globals locals / * closure", a) < 0)
        return V_NULL;
    Namespaces ns;
    if (get_namespaces(vm, true, a[1], a[2], &ns) < 0) return V_NULL;
    Value r = V_NULL;
    RCode *co = NULL;
    RTuple *closure = NULL;
    bool ok = true;
    if (v_is_code(a[0])) {
        closure = closure_arg(vm, (RCode *)v_obj(a[0]), a[3], &ok);
        if (ok) co = (RCode *)v_obj(a[0]);
        if (co) obj_incref(co);
    } else if (given(a[3])) {
        exc_raisef(vm, vm->exc_TypeError, "closure can only be used when source is a code object");
    } else {
        RStr *src = source_str(vm, a[0], "exec", "string, bytes or code");
        co = src ? compile_for(vm, src, PARSE_FILE, &ns) : NULL;
    }
    if (co) r = run_code(vm, co, &ns, closure);
    obj_xdecref(vm, co);
    namespaces_release(vm, &ns);
    if (r == V_NULL) return V_NULL;
    v_decref(vm, r);
    return V_NONE;
}

/* compile()'s flags that rill honours: the __future__ features, all of them mandatory in
   3.11 (nested_scopes, division, absolute_import, with_statement, print_function,
   unicode_literals, generator_stop) or without effect in rill (annotations: annotations
   are not evaluated). CPython's other flags (PyCF_ONLY_AST for an AST, barry_as_FLUFL,
   top-level await...) ask for what rill does not have. */
#define FUTURE_FLAGS (0x10u | 0x20000u | 0x40000u | 0x80000u | 0x100000u | 0x200000u | \
                      0x800000u | 0x1000000u)
#define CPYTHON_FLAGS (FUTURE_FLAGS | 0x400000u | 0x200u | 0x400u | 0x1000u | 0x2000u | 0x4000u)

/* An int argument of compile() as a C int, as CPython's converter takes it. */
static int int_param(rill_vm *vm, Value v, int dflt, int *out)
{
    intptr_t i = dflt;
    if (v != V_NULL && bi_index_arg(vm, v, &i, false, dflt) < 0) return -1;
    if (i < -0x7fffffff - 1 || i > 0x7fffffff)
        return exc_raisef_i(vm, vm->exc_OverflowError, "Python int too large to convert to C int");
    *out = (int)i;
    return 0;
}

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
   _feature_version=-1): a code object for eval() and exec(). dont_inherit changes
   nothing: rill code has no __future__ flags to pass on. */
static Value bi_compile(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value a[7];
    if (arg_parse(vm, "compile", args, nargs, kw, "source filename mode | flags dont_inherit "
                  "optimize * _feature_version", a) < 0)
        return V_NULL;
    if (!v_is_str(a[1]))
        return exc_raisef(vm, vm->exc_TypeError,
                          "expected str, bytes or os.PathLike object, not %T", a[1]);
    if (memchr(v_str(a[1])->data, '\0', v_str(a[1])->len))
        return exc_raisef(vm, vm->exc_ValueError, "embedded null character");
    if (!v_is_str(a[2]))
        return exc_raisef(vm, vm->exc_TypeError, "compile() argument 'mode' must be str, not %T",
                          a[2]);
    int flags, dont_inherit, optimize, feature;
    if (int_param(vm, a[3], 0, &flags) < 0 || int_param(vm, a[4], 0, &dont_inherit) < 0 ||
        int_param(vm, a[5], -1, &optimize) < 0 || int_param(vm, a[6], -1, &feature) < 0)
        return V_NULL;
    if ((unsigned)flags & ~CPYTHON_FLAGS)
        return exc_raisef(vm, vm->exc_ValueError, "compile(): unrecognised flags");
    if (optimize < -1 || optimize > 2)
        return exc_raisef(vm, vm->exc_ValueError, "compile(): invalid optimize value");
    RStr *mode = v_str(a[2]);
    ParseMode pm = str_eq_cstr(mode, "exec") ? PARSE_FILE : str_eq_cstr(mode, "eval")
                 ? PARSE_EVAL : PARSE_SINGLE;
    if (pm == PARSE_SINGLE && !str_eq_cstr(mode, "single"))
        return exc_raisef(vm, vm->exc_ValueError,
                          "compile() mode must be 'exec', 'eval' or 'single'");
    if ((unsigned)flags & ~FUTURE_FLAGS)
        return exc_raisef(vm, vm->exc_ValueError,
                          "compile(): flags 0x%x are not supported by rill (only __future__ "
                          "features)", (unsigned)flags & ~FUTURE_FLAGS);
    RStr *src = source_str(vm, a[0], "compile", "string, bytes or AST");
    if (!src) return V_NULL;
    /* the code may run with locals apart from its globals: names go through them; the
       optimize level of the running interpreter (-1) is rill's, 0 */
    unsigned cf = COMP_NAMES | (optimize >= 1 ? COMP_OPTIMIZE : 0u) |
                  (optimize == 2 ? COMP_OPTIMIZE2 : 0u);
    RCode *co = comp_string(vm, src->data, src->len, v_str(a[1])->data, pm, cf, false);
    return co ? v_from_obj(co) : V_NULL;
}

static const CFuncDef eval_functions[] = {
    { "eval", bi_eval, 0, 1, 3,
      "Evaluate the given source in the context of globals and locals." },
    { "exec", bi_exec, CF_KEYWORDS, -1, -1,
      "Execute the given source in the context of globals and locals." },
    { "compile", bi_compile, CF_KEYWORDS, -1, -1,
      "Compile source into a code object that can be executed by exec() or eval()." },
    { NULL, NULL, 0, 0, 0, NULL }
};

int bi_init_eval(rill_vm *vm)
{
    return bi_add_functions(vm, eval_functions);
}
