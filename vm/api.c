/*
** api.c — the public API of include/rill.h for running code: source as __main__, as the
** body of a host module, or as one expression; module globals; errors and exit statuses,
** argv, the disassembler. The value API is in api_values.c, natives and errors in
** api_native.c, generators, refs and limits in api_gen.c (shared internals: api.h).
*/
#include <string.h>
#include <unistd.h>
#include "vm.h"
#include "str.h"
#include "int.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "exc.h"
#include "frame.h"
#include "module.h"
#include "ops.h"
#include "api.h"
#include "../parser/parser.h"

int rill_set_argv(rill_vm *vm, int argc, const char *const *argv)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (argc < 0 || (argc > 0 && !argv)) {
        exc_raisef(vm, vm->exc_TypeError, "argv must not be NULL");
        return RILL_ERROR;
    }
    RList *l = list_new(vm, (size_t)argc);
    if (!l) return RILL_ERROR;
    for (int i = 0; i < argc; i++) {
        RStr *s = argv[i] ? str_new_checked(vm, argv[i], strlen(argv[i]))
                          : exc_raisef_p(vm, vm->exc_TypeError, "argv[%d] must not be NULL", i);
        if (!s || list_append_steal(vm, l, v_from_obj(s)) < 0) {
            obj_decref(vm, l);
            return RILL_ERROR;
        }
    }
    v_store(vm, &vm->argv, v_from_obj(l));
    return RILL_OK;
}

/* Runs co in __main__'s globals: its result (new), or V_NULL. Steals co. */
static Value run_main(rill_vm *vm, RCode *co)
{
    if (!vm->main_module) {
        /* a finally running while rill_vm_free tears the VM down called back into it */
        obj_decref(vm, co);
        return exc_raisef(vm, vm->exc_RuntimeError, "__main__ is gone: the VM is being freed");
    }
    RDict *g = vm->main_module->dict;
    if (!dict_get_str(g, vm->s___builtins__)) {
        RStr *b = str_intern_cstr(vm, "builtins");
        int r = b ? dict_set_str(vm, g, vm->s___builtins__, v_from_obj(b)) : -1;
        obj_xdecref(vm, b);
        if (r < 0) {
            obj_decref(vm, co);
            return V_NULL;
        }
    }
    Value r = eval_module(vm, co, g);
    obj_decref(vm, co);
    return r;
}

static int run_code(rill_vm *vm, RCode *co)
{
    Value r = run_main(vm, co);
    if (r == V_NULL) return api_code_status(vm);
    v_decref(vm, r);
    return RILL_OK;
}

static ParseMode parse_mode(rill_mode mode)
{
    if (mode == RILL_MODE_EVAL) return PARSE_EVAL;
    return mode == RILL_MODE_SINGLE ? PARSE_SINGLE : PARSE_FILE;
}

/* NULL source or file name: TypeError. 0 / -1. */
static int check_source(rill_vm *vm, const char *src, const char *filename)
{
    if (src && filename) return 0;
    return exc_raisef_i(vm, vm->exc_TypeError, "%s must not be NULL", src ? "filename" : "source");
}

int rill_exec(rill_vm *vm, const char *src, size_t len, const char *filename, rill_mode mode)
{
    if (!api_begin(vm) || check_source(vm, src, filename) < 0) return RILL_ERROR;
    bool incomplete = false;
    bool single = mode == RILL_MODE_SINGLE;
    RCode *co = comp_source(vm, src, len, filename, parse_mode(mode), single ? &incomplete : NULL);
    if (!co) return incomplete ? RILL_INCOMPLETE : RILL_ERROR;
    return run_code(vm, co);
}

/* The directory part of path ("." when there is none). */
static RStr *dir_of(rill_vm *vm, const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return str_from_cstr(vm, ".");
    if (slash == path) return str_from_cstr(vm, "/");
    return str_new_checked(vm, path, (size_t)(slash - path));
}

/* CPython 3.11 names the main script by cwd + "/" + path (no normalization) in
   __file__ and tracebacks. */
static RStr *absolute_path(rill_vm *vm, const char *path)
{
    char cwd[4096];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd)) return str_from_cstr(vm, path);
    return str_format(vm, "%s/%s", cwd, path);
}

int rill_exec_file(rill_vm *vm, const char *path)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (!path) return exc_raisef_i(vm, vm->exc_TypeError, "path must not be NULL");
    if (!vm->main_module)
        return exc_raisef_i(vm, vm->exc_RuntimeError, "__main__ is gone: the VM is being freed");
    size_t len;
    char *src = vm_read_file(vm, path, &len);
    if (!src) return RILL_ERROR;
    RStr *file = absolute_path(vm, path);
    RStr *dir = file ? dir_of(vm, file->data) : NULL;
    RDict *g = vm->main_module->dict;
    if (!dir || !file || dict_set_str(vm, g, vm->s___file__, v_from_obj(file)) < 0) {
        obj_xdecref(vm, dir);
        obj_xdecref(vm, file);
        mem_free(vm, src, len + 1);
        return RILL_ERROR;
    }
    obj_store(vm, &vm->import_dir, dir);
    RCode *co = comp_source(vm, src, len, file->data, PARSE_FILE, NULL);
    obj_decref(vm, file);
    mem_free(vm, src, len + 1);
    if (!co) return RILL_ERROR;
    return run_code(vm, co);
}

int rill_compile(rill_vm *vm, const char *src, size_t len, const char *filename, rill_mode mode)
{
    if (!api_begin(vm) || check_source(vm, src, filename) < 0) return RILL_ERROR;
    bool incomplete = false;
    RCode *co = comp_source(vm, src, len, filename, parse_mode(mode), &incomplete);
    if (!co) return incomplete ? RILL_INCOMPLETE : RILL_ERROR;
    obj_decref(vm, co);
    return RILL_OK;
}

static void write_out(void *ud, const char *s, size_t n)
{
    vm_write((rill_vm *)ud, 1, s, n);
}

int rill_disassemble(rill_vm *vm, const char *src, size_t len, const char *filename)
{
    if (!api_begin(vm) || check_source(vm, src, filename) < 0) return RILL_ERROR;
    RCode *co = comp_source(vm, src, len, filename, PARSE_FILE, NULL);
    if (!co) return RILL_ERROR;
    dis_code(vm, co, write_out, vm);
    obj_decref(vm, co);
    return RILL_OK;
}

int rill_error_pending(rill_vm *vm) { return vm->exc != NULL; }

void rill_error_clear(rill_vm *vm) { exc_clear(vm); }

void rill_error_print(rill_vm *vm)
{
    RExc *e = exc_fetch(vm);
    if (!e) return;
    exc_print(vm, e);
    obj_decref(vm, e);
}

int rill_exit_status(rill_vm *vm)
{
    RExc *e = exc_fetch(vm);
    if (!e) return 0;
    int status = 0;
    Value code = e->args && e->args->n == 1 ? e->args->items[0]
               : e->args && e->args->n > 1 ? v_from_obj(e->args) : V_NONE;
    if (code == V_NONE) {
        status = 0;
    } else if (int_check(code)) {
        int64_t i = 0;
        int_to_i64(code, &i);
        status = (int)(i & 0xff);
        if (v_is_bool(code)) status = code == V_TRUE;
    } else {
        /* CPython prints the object and exits with 1 */
        RStr *s = obj_str(vm, code);
        if (s) {
            vm_write(vm, 2, s->data, s->len);
            vm_write(vm, 2, "\n", 1);
            obj_decref(vm, s);
        }
        exc_clear(vm);
        status = 1;
    }
    obj_decref(vm, e);
    return status;
}

/* ---- modules and globals ------------------------------------------------------------- */

/* import_name limited to sys.modules and the built-in modules: the host's loader and the
   disk are for scripts' imports, not for the host naming its own modules. */
static Value import_builtin(rill_vm *vm, RStr *name)
{
    int (*load_fn)(void *, const char *, const char **, size_t *) = vm->cfg.load_fn;
    int allow = vm->cfg.allow_imports;
    vm->cfg.load_fn = NULL;
    vm->cfg.allow_imports = 0;
    Value m = import_name(vm, name, NULL, V_NULL, V_NULL);
    vm->cfg.load_fn = load_fn;
    vm->cfg.allow_imports = allow;
    return m;
}

RModule *api_find_module(rill_vm *vm, const char *name, bool create)
{
    RStr *s = api_name(vm, name, "module name");
    if (!s) return NULL;
    Value m = dict_get_str(vm->modules, s);
    if (m == V_NULL) {
        Value got = import_builtin(vm, s);
        if (got == V_NULL && exc_matches(vm, vm->exc_ModuleNotFoundError) && create) {
            exc_clear(vm);
            RModule *nm = module_new(vm, s);
            if (nm && dict_set_str(vm, vm->modules, s, v_from_obj(nm)) == 0) got = v_from_obj(nm);
            else obj_xdecref(vm, nm);
        }
        v_decref(vm, got);      /* sys.modules holds it */
        m = got == V_NULL ? V_NULL : dict_get_str(vm->modules, s);
        if (got != V_NULL && m == V_NULL)
            exc_raisef(vm, vm->exc_ImportError, "module '%U' is not in sys.modules", s);
    }
    if (m != V_NULL && !v_is_kind(m, K_MODULE)) {
        exc_raisef(vm, vm->exc_TypeError, "sys.modules['%U'] is not a module", s);
        m = V_NULL;
    }
    obj_decref(vm, s);
    return m == V_NULL ? NULL : (RModule *)m;
}

static RModule *module_arg(rill_vm *vm, const char *module, bool create)
{
    if (module) return api_find_module(vm, module, create);
    if (!vm->main_module)
        exc_raisef(vm, vm->exc_RuntimeError, "__main__ is gone: the VM is being freed");
    return vm->main_module;
}

int rill_get_global(rill_vm *vm, const char *module, const char *name, int out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    RModule *m = module_arg(vm, module, false);
    if (!m || api_reserve(vm, out) < 0) return RILL_ERROR;
    RStr *n = api_name(vm, name, "name");
    if (!n) return RILL_ERROR;
    /* as a name in the module's code sees it: its globals, then the builtins */
    Value v = dict_get_str(m->dict, n);
    if (v == V_NULL) v = dict_get_str(vm->builtins, n);
    if (v == V_NULL) exc_raise_name_error(vm, "name '%U' is not defined", n);
    obj_decref(vm, n);
    return api_result(vm, out, v_incref(v));
}

int rill_set_global(rill_vm *vm, const char *module, const char *name, int slot)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value v = api_read(vm, slot);
    RModule *m = v != V_NULL ? module_arg(vm, module, true) : NULL;
    if (!m) return RILL_ERROR;
    RStr *n = api_name(vm, name, "name");
    if (!n) return RILL_ERROR;
    int r = dict_set_str(vm, m->dict, n, v);
    obj_decref(vm, n);
    return r < 0 ? RILL_ERROR : RILL_OK;
}

int rill_exec_module(rill_vm *vm, const char *module, const char *src, size_t len,
                     const char *filename)
{
    if (!module) return rill_exec(vm, src, len, filename, RILL_MODE_FILE);
    if (!api_begin(vm) || check_source(vm, src, filename) < 0) return RILL_ERROR;
    RModule *m = api_find_module(vm, module, false);
    if (!m && !exc_matches(vm, vm->exc_ModuleNotFoundError)) return RILL_ERROR;
    exc_clear(vm);
    Value r;
    if (m) {
        /* an existing module (the host's natives, an earlier body) runs more code */
        RCode *co = comp_source(vm, src, len, filename, PARSE_FILE, NULL);
        if (!co) return RILL_ERROR;
        obj_incref(m);
        r = eval_module(vm, co, m->dict);
        obj_decref(vm, co);
        obj_decref(vm, m);
    } else {
        /* a new one, as `import` makes it: registered first, removed if its body fails */
        RStr *name = str_intern_cstr(vm, module);
        if (!name) return RILL_ERROR;
        r = module_exec_source(vm, name, src, len, filename);
        obj_decref(vm, name);
    }
    if (r == V_NULL) return api_code_status(vm);
    v_decref(vm, r);
    return RILL_OK;
}

int rill_eval(rill_vm *vm, const char *src, size_t len, int out)
{
    if (!api_begin(vm) || check_source(vm, src, "<string>") < 0) return RILL_ERROR;
    if (api_reserve(vm, out) < 0) return RILL_ERROR;
    /* compiled as eval() compiles its string */
    RCode *co = comp_string(vm, src, len, "<string>", PARSE_EVAL, 0, true);
    if (!co) return RILL_ERROR;
    Value r = run_main(vm, co);
    if (r == V_NULL) return api_code_status(vm);
    return api_result(vm, out, r);
}
