/*
** sitebuiltins.c — the built-ins CPython's site module adds for interactive use: exit
** and quit (Quitter objects: their repr tells how to leave, calling one raises
** SystemExit) and help (a _Helper object calling help.c). Classes of module
** _sitebuiltins, as in CPython.
*/
#include "stdlib.h"
#include "../vm/str.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/func.h"
#include "../vm/exc.h"

typedef struct RSite {          /* an exit, quit or help object */
    RObj h;
    const char *name;           /* static: "exit", "quit", "help" */
} RSite;

static const NativeOps site_ops = { sizeof(RSite), false, NULL, NULL, NULL, NULL };

static Value quitter_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_from_obj(str_format(vm, "Use %s() or Ctrl-D (i.e. EOF) to exit",
                                 ((RSite *)v_obj(args[0]))->name));
}

/* Quitter.__call__(self, code=None): SystemExit(code) */
static Value quitter_call(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value code;
    if (arg_parse(vm, "__call__", args + 1, nargs - 1, kw, "| code", &code) < 0) return V_NULL;
    return exc_raise_arg(vm, vm->exc_SystemExit, code == V_NULL ? V_NONE : code);
}

static Value helper_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_from_obj(str_from_cstr(vm, "Type help() for interactive help, or help(object) "
                                        "for help about object."));
}

/* _Helper.__call__(self, request=<none>) */
static Value helper_call(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value request;
    if (arg_parse(vm, "__call__", args + 1, nargs - 1, kw, "| request", &request) < 0)
        return V_NULL;
    return stdlib_help(vm, request);
}

static const CFuncDef quitter_methods[] = {
    { "__repr__", quitter_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { "__call__", quitter_call, CF_METHOD | CF_KEYWORDS, -1, -1, "Call self as a function." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static const CFuncDef helper_methods[] = {
    { "__repr__", helper_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { "__call__", helper_call, CF_METHOD | CF_KEYWORDS, -1, -1, "Call self as a function." },
    { NULL, NULL, 0, 0, 0, NULL }
};

/* A class of module _sitebuiltins with these methods and docstring (NULL: None). */
static RClass *site_class(rill_vm *vm, const char *name, const CFuncDef *methods,
                          const char *doc)
{
    RClass *c = class_new_builtin(vm, name, vm->cls_object, K_NATIVE, 0);
    if (!c) return NULL;
    c->native = &site_ops;
    RStr *mod = str_from_cstr(vm, "_sitebuiltins");
    RStr *d = mod && doc ? str_from_cstr(vm, doc) : NULL;
    int r = mod && (d || !doc) && cfunc_add_all(vm, c->dict, methods, c) == 0 &&
            dict_set_str(vm, c->dict, vm->s___module__, v_from_obj(mod)) == 0 &&
            dict_set_str(vm, c->dict, vm->s___doc__, d ? v_from_obj(d) : V_NONE) == 0 ? 0 : -1;
    obj_xdecref(vm, mod);
    obj_xdecref(vm, d);
    if (r < 0) {
        obj_decref(vm, c);
        return NULL;
    }
    class_changed(vm);
    return c;
}

/* builtins.name = a new instance of cls. */
static int add_instance(rill_vm *vm, RClass *cls, const char *name)
{
    RSite *o = obj_alloc(vm, K_NATIVE, cls, sizeof(RSite), false);
    if (!o) return -1;
    o->name = name;
    RStr *key = str_intern_cstr(vm, name);
    int r = key ? dict_set_str(vm, vm->builtins, key, v_from_obj(o)) : -1;
    obj_xdecref(vm, key);
    obj_decref(vm, o);
    return r;
}

int stdlib_site_init(rill_vm *vm)
{
    RClass *quitter = site_class(vm, "Quitter", quitter_methods, NULL);
    RClass *helper = quitter ? site_class(vm, "_Helper", helper_methods,
        "Define the builtin 'help'.\n\n"
        "This is a wrapper around pydoc.help that provides a helpful message\n"
        "when 'help' is typed at the Python interactive prompt.\n\n"
        "Calling help() at the Python prompt starts an interactive help session.\n"
        "Calling help(thing) prints help for the python object 'thing'.") : NULL;
    int r = helper && add_instance(vm, quitter, "exit") == 0 &&
            add_instance(vm, quitter, "quit") == 0 && add_instance(vm, helper, "help") == 0
        ? 0 : -1;
    obj_xdecref(vm, quitter);
    obj_xdecref(vm, helper);
    return r;
}
