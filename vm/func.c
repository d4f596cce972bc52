/*
** func.c — function objects, cells, bound methods, built-in functions, and binding a
** call's arguments to parameters (for bytecode functions: func_bind; for built-ins:
** arg_parse), with CPython's error messages.
*/
#include <stdio.h>
#include <string.h>
#include "func.h"
#include "str.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "exc.h"
#include "ops.h"

/* ---- objects ----------------------------------------------------------------- */

RFunc *func_new(rill_vm *vm, RCode *code, RDict *globals)
{
    RFunc *f = obj_alloc(vm, K_FUNC, vm->cls_function, sizeof(RFunc), true);
    if (!f) return NULL;
    obj_incref(code);
    f->code = code;
    obj_incref(globals);
    f->globals = globals;
    f->defaults = NULL;
    f->kwdefaults = NULL;
    f->closure = NULL;
    obj_incref(code->name);
    f->name = code->name;
    obj_incref(code->qualname);
    f->qualname = code->qualname;
    f->doc = v_incref(code->doc);
    Value mod = dict_get_str(globals, vm->s___name__);
    f->module = mod != V_NULL ? v_incref(mod) : V_NONE;
    f->dict = NULL;
    return f;
}

RCell *cell_new(rill_vm *vm, Value v)
{
    RCell *c = obj_alloc(vm, K_CELL, vm->cls_cell, sizeof(RCell), true);
    if (!c) return NULL;
    c->v = v_incref(v);
    return c;
}

Value bound_new(rill_vm *vm, Value func, Value self)
{
    RBound *b = obj_alloc(vm, K_BOUND, vm->cls_method, sizeof(RBound), true);
    if (!b) return V_NULL;
    b->func = v_incref(func);
    b->self = v_incref(self);
    return v_from_obj(b);
}

RCFunc *cfunc_new(rill_vm *vm, const CFuncDef *def, Value self, RClass *owner)
{
    RCFunc *f = obj_alloc(vm, K_CFUNC, vm->cls_builtin_function, sizeof(RCFunc), true);
    if (!f) return NULL;
    f->def = def;
    f->self = v_incref(self);
    f->owner = owner;
    f->module = V_NULL;
    return f;
}

int cfunc_add_all(rill_vm *vm, RDict *d, const CFuncDef *defs, RClass *owner)
{
    for (const CFuncDef *def = defs; def->name; def++) {
        RCFunc *f = cfunc_new(vm, def, V_NULL, owner);
        if (!f) return -1;
        RStr *name = str_intern_cstr(vm, def->name);
        int r = name ? dict_set_str(vm, d, name, v_from_obj(f)) : -1;
        obj_xdecref(vm, name);
        obj_decref(vm, f);
        if (r < 0) return -1;
    }
    return 0;
}

/* "list.append" for methods of built-in classes, "len" for functions. */
static void cfunc_qualname(RCFunc *cf, char *buf, size_t n)
{
    if (cf->owner && cf->owner->name)
        snprintf(buf, n, "%s.%s", cf->owner->name->data, cf->def->name);
    else
        snprintf(buf, n, "%s", cf->def->name);
}

Value cfunc_call(rill_vm *vm, RCFunc *cf, const Value *args, size_t nargs, RTuple *kwnames)
{
    const CFuncDef *d = cf->def;
    if (kwnames && kwnames->n > 0 && !(d->flags & CF_KEYWORDS)) {
        char name[128];
        cfunc_qualname(cf, name, sizeof name);
        return exc_raisef(vm, vm->exc_TypeError, "%s() takes no keyword arguments", name);
    }
    if (d->minargs >= 0) {
        size_t self = (d->flags & CF_METHOD) ? 1 : 0;
        if (nargs < self) {
            char name[128];
            cfunc_qualname(cf, name, sizeof name);
            return exc_raisef(vm, vm->exc_TypeError, "unbound method %s() needs an argument", name);
        }
        size_t n = nargs - self;
        if (n < (size_t)d->minargs || n > (size_t)d->maxargs) {
            char name[128];
            cfunc_qualname(cf, name, sizeof name);
            if (d->maxargs == 0)
                return exc_raisef(vm, vm->exc_TypeError, "%s() takes no arguments (%zu given)", name, n);
            if (d->minargs == 1 && d->maxargs == 1)
                return exc_raisef(vm, vm->exc_TypeError,
                                  "%s() takes exactly one argument (%zu given)", name, n);
            if (d->minargs == d->maxargs)
                return exc_raisef(vm, vm->exc_TypeError, "%s expected %d argument%s, got %zu",
                                  d->name, d->minargs, d->minargs == 1 ? "" : "s", n);
            if (n < (size_t)d->minargs)
                return exc_raisef(vm, vm->exc_TypeError, "%s expected at least %d argument%s, got %zu",
                                  d->name, d->minargs, d->minargs == 1 ? "" : "s", n);
            return exc_raisef(vm, vm->exc_TypeError, "%s expected at most %d argument%s, got %zu",
                              d->name, d->maxargs, d->maxargs == 1 ? "" : "s", n);
        }
    }
    return d->fn(vm, args, nargs, kwnames);
}

/* ---- binding arguments of bytecode functions ------------------------------------ */

static RStr *fname(RFunc *f) { return f->code->qualname; }

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static void add_name_list(StrBuf *b, RStr **names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0) sb_adds(b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        sb_addc(b, '\'');
        sb_add_str(b, names[i]);
        sb_addc(b, '\'');
    }
}

static int missing_error(rill_vm *vm, RFunc *f, RStr **missing, size_t n, const char *kind)
{
    StrBuf b;
    sb_init(&b, vm);
    sb_add_str(&b, fname(f));
    sb_addf(&b, "() missing %zu required %s argument%s: ", n, kind, n == 1 ? "" : "s");
    add_name_list(&b, missing, n);
    RStr *msg = sb_finish(&b);
    if (msg) {
        exc_raisef(vm, vm->exc_TypeError, "%U", msg);
        obj_decref(vm, msg);
    }
    return -1;
}

static int too_many_positional(rill_vm *vm, RFunc *f, size_t given, Value *locals)
{
    RCode *co = f->code;
    size_t ndef = f->defaults ? f->defaults->n : 0;
    size_t max = co->argcount, min = max - ndef;
    size_t kwonly_given = 0;
    for (uint32_t i = 0; i < co->kwonlycount; i++)
        if (locals[co->argcount + i] != V_NULL) kwonly_given++;
    StrBuf b;
    sb_init(&b, vm);
    sb_add_str(&b, fname(f));
    if (min < max) sb_addf(&b, "() takes from %zu to %zu positional arguments", min, max);
    else sb_addf(&b, "() takes %zu positional argument%s", max, max == 1 ? "" : "s");
    if (kwonly_given)
        sb_addf(&b, " but %zu positional argument%s (and %zu keyword-only argument%s) were given",
                given, given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    else
        sb_addf(&b, " but %zu %s given", given, given == 1 ? "was" : "were");
    RStr *msg = sb_finish(&b);
    if (msg) {
        exc_raisef(vm, vm->exc_TypeError, "%U", msg);
        obj_decref(vm, msg);
    }
    return -1;
}

static intptr_t find_param(RCode *co, RStr *name, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (co->localnames[i] == name) return (intptr_t)i;
    for (size_t i = from; i < to; i++)
        if (str_eq(co->localnames[i], name)) return (intptr_t)i;
    return -1;
}

/* At the first keyword that names no parameter (and with no **kwargs to take it), a
   positional-only parameter given by keyword (any of the keywords) is the error CPython
   reports, the names in parameter order. -1 with it raised, else 0. */
static int posonly_passed_as_keyword(rill_vm *vm, RFunc *f, RTuple *kwnames)
{
    RCode *co = f->code;
    StrBuf b;
    size_t nfound = 0;
    for (size_t i = 0; i < co->posonlycount; i++) {
        RStr *param = co->localnames[i];
        size_t k = 0;
        while (k < kwnames->n && !str_eq(v_str(kwnames->items[k]), param)) k++;
        if (k == kwnames->n) continue;
        if (nfound++ == 0) {
            sb_init(&b, vm);
            sb_add_str(&b, fname(f));
            sb_adds(&b, "() got some positional-only arguments passed as keyword arguments: '");
        } else {
            sb_adds(&b, ", ");
        }
        sb_add_str(&b, param);
    }
    if (nfound == 0) return 0;
    sb_addc(&b, '\'');
    RStr *msg = sb_finish(&b);
    if (msg) {
        exc_raisef(vm, vm->exc_TypeError, "%U", msg);
        obj_decref(vm, msg);
    }
    return -1;
}

int func_bind(rill_vm *vm, RFunc *f, const Value *args, size_t nargs, RTuple *kwnames,
              Value *locals)
{
    RCode *co = f->code;
    size_t argc = co->argcount, nkwonly = co->kwonlycount;
    size_t nkw = kwnames ? kwnames->n : 0;
    size_t npos = nargs;
    size_t slot = argc + nkwonly;
    RDict *kwdict = NULL;
    if (co->flags & CO_VARARGS) slot++;
    if (co->flags & CO_VARKW) {
        kwdict = dict_new(vm);
        if (!kwdict) return -1;
        locals[slot] = v_from_obj(kwdict);
    }
    size_t n = npos < argc ? npos : argc;
    for (size_t i = 0; i < n; i++) locals[i] = v_incref(args[i]);
    if (co->flags & CO_VARARGS) {
        RTuple *rest = npos > argc ? tuple_from_array(vm, args + argc, npos - argc)
                                   : (obj_incref(vm->empty_tuple), vm->empty_tuple);
        if (!rest) return -1;
        locals[argc + nkwonly] = v_from_obj(rest);
    }
    /* keyword arguments */
    for (size_t k = 0; k < nkw; k++) {
        RStr *name = v_str(kwnames->items[k]);
        Value v = args[npos + k];
        intptr_t idx = find_param(co, name, co->posonlycount, argc + nkwonly);
        if (idx < 0) {
            if (kwdict) {
                if (dict_set_str(vm, kwdict, name, v) < 0) return -1;
                continue;
            }
            if (posonly_passed_as_keyword(vm, f, kwnames) < 0) return -1;
            return exc_raisef_i(vm, vm->exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                                fname(f), name);
        }
        if (locals[idx] != V_NULL)
            return exc_raisef_i(vm, vm->exc_TypeError, "%U() got multiple values for argument '%U'",
                                fname(f), name);
        locals[idx] = v_incref(v);
    }
    if (npos > argc && !(co->flags & CO_VARARGS)) return too_many_positional(vm, f, npos, locals);
    /* defaults and missing positional arguments */
    if (npos < argc) {
        size_t ndef = f->defaults ? f->defaults->n : 0;
        size_t first_def = argc - ndef;
        RStr *missing[64];
        size_t nmissing = 0;
        for (size_t i = npos; i < argc; i++) {
            if (locals[i] != V_NULL) continue;
            if (i >= first_def) locals[i] = v_incref(f->defaults->items[i - first_def]);
            else if (nmissing < 64) missing[nmissing++] = co->localnames[i];
        }
        if (nmissing) return missing_error(vm, f, missing, nmissing, "positional");
    }
    if (nkwonly) {
        RStr *missing[64];
        size_t nmissing = 0;
        for (size_t i = argc; i < argc + nkwonly; i++) {
            if (locals[i] != V_NULL) continue;
            Value d = f->kwdefaults ? dict_get_str(f->kwdefaults, co->localnames[i]) : V_NULL;
            if (d != V_NULL) locals[i] = v_incref(d);
            else if (nmissing < 64) missing[nmissing++] = co->localnames[i];
        }
        if (nmissing) return missing_error(vm, f, missing, nmissing, "keyword-only");
    }
    return 0;
}

/* ---- argument parsing for built-ins --------------------------------------------- */

typedef struct Param {
    const char *name;
    size_t len;
    bool posonly, optional, kwonly;
} Param;

static size_t parse_spec(const char *spec, Param *ps, size_t max)
{
    size_t n = 0;
    bool optional = false, kwonly = false;
    const char *p = spec;
    size_t slash_at = (size_t)-1;
    while (*p) {
        while (*p == ' ') p++;
        if (!*p) break;
        if (*p == '|') { optional = true; p++; continue; }
        if (*p == '*') { kwonly = true; p++; continue; }
        if (*p == '/') { slash_at = n; p++; continue; }
        const char *s = p;
        while (*p && *p != ' ' && *p != '|' && *p != '/' && *p != '*') p++;
        if (n < max) {
            ps[n].name = s;
            ps[n].len = (size_t)(p - s);
            ps[n].optional = optional;
            ps[n].kwonly = kwonly;
            ps[n].posonly = false;
            n++;
        }
    }
    if (slash_at != (size_t)-1)
        for (size_t i = 0; i < slash_at && i < n; i++) ps[i].posonly = true;
    return n;
}

int arg_parse(rill_vm *vm, const char *fn, const Value *args, size_t nargs, RTuple *kwnames,
              const char *spec, Value *out)
{
    Param ps[16];
    size_t np = parse_spec(spec, ps, 16);
    size_t npositional = 0, nrequired = 0, nreqpos = 0;
    bool all_posonly = true;
    for (size_t i = 0; i < np; i++) {
        out[i] = V_NULL;
        if (!ps[i].kwonly) npositional++;
        if (!ps[i].optional) nrequired++;
        if (!ps[i].optional && !ps[i].kwonly) nreqpos++;
        if (!ps[i].posonly) all_posonly = false;
    }
    size_t nkw = kwnames ? kwnames->n : 0;
    /* CPython's _PyArg_UnpackKeywords: too many in all, then too many positionally */
    if (!all_posonly && nargs + nkw > np)
        return exc_raisef_i(vm, vm->exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)",
                            fn, np, nargs == 0 ? "keyword " : "", np == 1 ? "" : "s", nargs + nkw);
    if (nargs > npositional) {
        if (all_posonly) {
            if (nrequired == npositional)
                return exc_raisef_i(vm, vm->exc_TypeError, "%s expected %zu argument%s, got %zu",
                                    fn, npositional, npositional == 1 ? "" : "s", nargs);
            return exc_raisef_i(vm, vm->exc_TypeError, "%s expected at most %zu argument%s, got %zu",
                                fn, npositional, npositional == 1 ? "" : "s", nargs);
        }
        return exc_raisef_i(vm, vm->exc_TypeError, "%s() takes %s %zu positional argument%s (%zu "
                            "given)", fn, nreqpos < npositional ? "at most" : "exactly",
                            npositional, npositional == 1 ? "" : "s", nargs);
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        RStr *name = v_str(kwnames->items[k]);
        size_t i;
        for (i = 0; i < np; i++)
            if (!ps[i].posonly && ps[i].len == name->len && memcmp(ps[i].name, name->data, name->len) == 0)
                break;
        if (i == np)
            return exc_raisef_i(vm, vm->exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                                name, fn);
        if (out[i] != V_NULL)
            return exc_raisef_i(vm, vm->exc_TypeError, "argument for %s() given by name ('%U') and "
                                "position (%zu)", fn, name, i + 1);
        out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < np; i++) {
        if (out[i] != V_NULL || ps[i].optional) continue;
        if (all_posonly || ps[i].posonly) {
            if (nrequired == npositional)
                return exc_raisef_i(vm, vm->exc_TypeError, "%s expected %zu argument%s, got %zu",
                                    fn, nrequired, nrequired == 1 ? "" : "s", nargs);
            return exc_raisef_i(vm, vm->exc_TypeError, "%s expected at least %zu argument%s, got %zu",
                                fn, nrequired, nrequired == 1 ? "" : "s", nargs);
        }
        char pname[64];
        snprintf(pname, sizeof pname, "%.*s", (int)ps[i].len, ps[i].name);
        if (ps[i].kwonly)
            return exc_raisef_i(vm, vm->exc_TypeError, "%s() missing required keyword-only argument "
                                "'%s'", fn, pname);
        return exc_raisef_i(vm, vm->exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                            fn, pname, i + 1);
    }
    return 0;
}

int arg_no_kw(rill_vm *vm, const char *fn, RTuple *kwnames)
{
    if (kwnames && kwnames->n > 0)
        return exc_raisef_i(vm, vm->exc_TypeError, "%s() takes no keyword arguments", fn);
    return 0;
}

int arg_count(rill_vm *vm, const char *fn, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max) return 0;
    if (min == max)
        return exc_raisef_i(vm, vm->exc_TypeError, "%s expected %zu argument%s, got %zu",
                            fn, min, min == 1 ? "" : "s", nargs);
    if (nargs < min)
        return exc_raisef_i(vm, vm->exc_TypeError, "%s expected at least %zu argument%s, got %zu",
                            fn, min, min == 1 ? "" : "s", nargs);
    return exc_raisef_i(vm, vm->exc_TypeError, "%s expected at most %zu argument%s, got %zu",
                        fn, max, max == 1 ? "" : "s", nargs);
}

RStr *func_str(rill_vm *vm, Value callable)
{
    Value qn = obj_getattr_opt(vm, callable, vm->s___qualname__);
    if (qn == V_NULL || !v_is_str(qn)) {
        v_decref(vm, qn);
        exc_clear(vm);
        return str_format(vm, "%S", callable);
    }
    Value mod = obj_getattr_opt(vm, callable, vm->s___module__);
    exc_clear(vm);
    RStr *r;
    if (mod != V_NULL && v_is_str(mod) && !str_eq_cstr(v_str(mod), "builtins"))
        r = str_format(vm, "%U.%U()", v_str(mod), v_str(qn));
    else
        r = str_format(vm, "%U()", v_str(qn));
    v_decref(vm, qn);
    v_decref(vm, mod);
    return r;
}
