/*
** module.c — module objects and `import`: built-in modules made on first import by their
** native initializers, and `name.py` files found beside the script (when the VM allows
** file imports), each run once in its own globals and cached in sys.modules.
*/
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include "module.h"
#include "str.h"
#include "dict.h"
#include "seq.h"
#include "class.h"
#include "exc.h"
#include "frame.h"
#include "ops.h"
#include "../parser/parser.h"

typedef struct NativeModule {
    char *name;
    ModuleInitFn init;
} NativeModule;

RModule *module_new(rill_vm *vm, RStr *name)
{
    RModule *m = obj_alloc(vm, K_MODULE, vm->cls_module, sizeof(RModule), true);
    if (!m) return NULL;
    m->name = NULL;
    m->dict = dict_new(vm);
    if (!m->dict) {
        obj_decref(vm, m);
        return NULL;
    }
    obj_incref(name);
    m->name = name;
    if (dict_set_str(vm, m->dict, vm->s___name__, v_from_obj(name)) < 0 ||
        dict_set_str(vm, m->dict, vm->s___doc__, V_NONE) < 0) {
        obj_decref(vm, m);
        return NULL;
    }
    return m;
}

int module_register_native(rill_vm *vm, const char *name, ModuleInitFn init)
{
    if (vm->nnatives == vm->natives_cap) {
        size_t ncap = mem_grow_cap(vm->natives_cap, vm->nnatives + 1);
        NativeModule *n = mem_realloc(vm, vm->natives, vm->natives_cap * sizeof(NativeModule),
                                      ncap * sizeof(NativeModule));
        if (!n) return -1;
        vm->natives = n;
        vm->natives_cap = ncap;
    }
    size_t len = strlen(name);
    char *copy = mem_alloc(vm, len + 1);
    if (!copy) return -1;
    memcpy(copy, name, len + 1);
    vm->natives[vm->nnatives].name = copy;
    vm->natives[vm->nnatives].init = init;
    vm->nnatives++;
    return 0;
}

void module_free_registry(rill_vm *vm)
{
    for (size_t i = 0; i < vm->nnatives; i++)
        mem_free(vm, vm->natives[i].name, strlen(vm->natives[i].name) + 1);
    mem_free(vm, vm->natives, vm->natives_cap * sizeof(NativeModule));
    vm->natives = NULL;
    vm->nnatives = vm->natives_cap = 0;
}

char *vm_read_file(rill_vm *vm, const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        int err = errno;
        RStr *p = str_from_cstr(vm, path);
        if (p) {
            exc_raise_errno(vm, err, v_from_obj(p));
            obj_decref(vm, p);
        }
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = mem_alloc(vm, cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (got == 0) break;
        if (n == cap) {
            size_t ncap = cap * 2;
            char *nb = mem_realloc(vm, buf, cap, ncap);
            if (!nb) {
                mem_free(vm, buf, cap);
                buf = NULL;
                break;
            }
            buf = nb;
            cap = ncap;
        }
    }
    fclose(fp);
    if (!buf) return NULL;
    char *exact = mem_realloc(vm, buf, cap, n + 1);
    if (!exact) {
        mem_free(vm, buf, cap);
        return NULL;
    }
    exact[n] = 0;
    *len = n;
    return exact;
}

static Value load_native(rill_vm *vm, RStr *name)
{
    for (size_t i = 0; i < vm->nnatives; i++) {
        if (!str_eq_cstr(name, vm->natives[i].name)) continue;
        RModule *m = module_new(vm, name);
        if (!m) return V_NULL;
        if (dict_set_str(vm, vm->modules, name, v_from_obj(m)) < 0 ||
            vm->natives[i].init(vm, m) < 0) {
            dict_del_str(vm, vm->modules, name);
            obj_decref(vm, m);
            return V_NULL;
        }
        return v_from_obj(m);
    }
    return V_NULL;
}

/* name.py beside the script: compiled and run in a new module, registered in
   sys.modules first so that circular imports see the partly initialized module. */
static Value load_source(rill_vm *vm, RStr *name, bool *found)
{
    *found = false;
    if (!vm->cfg.allow_imports || !vm->import_dir) return V_NULL;
    RStr *path = str_format(vm, "%U/%U.py", vm->import_dir, name);
    if (!path) return V_NULL;
    FILE *probe = fopen(path->data, "rb");
    if (!probe) {
        obj_decref(vm, path);
        return V_NULL;
    }
    fclose(probe);
    *found = true;
    size_t len;
    char *src = vm_read_file(vm, path->data, &len);
    if (!src) {
        obj_decref(vm, path);
        return V_NULL;
    }
    RCode *co = comp_source(vm, src, len, path->data, PARSE_FILE, NULL);
    mem_free(vm, src, len + 1);
    RModule *m = co ? module_new(vm, name) : NULL;
    if (!m || dict_set_str(vm, m->dict, vm->s___file__, v_from_obj(path)) < 0 ||
        dict_set_str(vm, vm->modules, name, v_from_obj(m)) < 0) {
        obj_xdecref(vm, co);
        obj_xdecref(vm, m);
        obj_decref(vm, path);
        return V_NULL;
    }
    obj_decref(vm, path);
    Value r = eval_module(vm, co, m->dict);
    obj_decref(vm, co);
    if (r == V_NULL) {
        RExc *e = exc_fetch(vm);
        dict_del_str(vm, vm->modules, name);
        exc_clear(vm);
        vm->exc = e;
        obj_decref(vm, m);
        return V_NULL;
    }
    v_decref(vm, r);
    return v_from_obj(m);
}

/* Runs src as the body of a new module `name`, registered in sys.modules first (so
   circular imports see it); on failure it is removed again. */
Value module_exec_source(rill_vm *vm, RStr *name, const char *src, size_t len, const char *filename)
{
    RCode *co = comp_source(vm, src, len, filename, PARSE_FILE, NULL);
    if (!co) return V_NULL;
    RModule *m = module_new(vm, name);
    if (!m || dict_set_str(vm, vm->modules, name, v_from_obj(m)) < 0) {
        obj_decref(vm, co);
        obj_xdecref(vm, m);
        return V_NULL;
    }
    Value r = eval_module(vm, co, m->dict);
    obj_decref(vm, co);
    if (r == V_NULL) {
        RExc *e = exc_fetch(vm);
        dict_del_str(vm, vm->modules, name);
        exc_clear(vm);
        vm->exc = e;
        obj_decref(vm, m);
        return V_NULL;
    }
    v_decref(vm, r);
    return v_from_obj(m);
}

/* The host's module loader (rill_config.load_fn). */
static Value load_from_host(rill_vm *vm, RStr *name)
{
    if (!vm->cfg.load_fn) return V_NULL;
    const char *src = NULL;
    size_t len = 0;
    if (!vm->cfg.load_fn(vm->cfg.host_ud, name->data, &src, &len) || !src) return V_NULL;
    RStr *fname = str_format(vm, "<%U>", name);
    if (!fname) return V_NULL;
    Value m = module_exec_source(vm, name, src, len, fname->data);
    obj_decref(vm, fname);
    return m;
}

Value import_name(rill_vm *vm, RStr *name, RDict *globals, Value fromlist, Value level)
{
    (void)globals;
    (void)fromlist;
    if (level != V_NULL && v_is_int(level) && v_as_int(level) > 0)
        return exc_raisef(vm, vm->exc_ImportError, "attempted relative import with no known parent package");
    Value m = dict_get_str(vm->modules, name);
    if (m != V_NULL) return v_incref(m);
    m = load_native(vm, name);
    if (m != V_NULL || vm_exc_pending(vm)) return m;
    m = load_from_host(vm, name);
    if (m != V_NULL || vm_exc_pending(vm)) return m;
    bool found;
    m = load_source(vm, name, &found);
    if (m != V_NULL || found || vm_exc_pending(vm)) return m;
    RTuple *args;
    RStr *msg = str_format(vm, "No module named '%U'", name);
    if (!msg) return V_NULL;
    args = tuple_pack(vm, 1, v_from_obj(msg));
    obj_decref(vm, msg);
    if (!args) return V_NULL;
    RExc *e = exc_new(vm, vm->exc_ModuleNotFoundError, args);
    obj_decref(vm, args);
    if (e) {
        if (e->dict || (e->dict = dict_new(vm))) {
            RStr *k = str_intern_cstr(vm, "name");
            if (k) dict_set_str(vm, e->dict, k, v_from_obj(name));
            obj_xdecref(vm, k);
        }
        exc_set(vm, e);
    }
    return V_NULL;
}

Value import_from(rill_vm *vm, Value module, RStr *name)
{
    Value r = obj_getattr_opt(vm, module, name);
    if (r != V_NULL || vm_exc_pending(vm)) return r;
    if (v_is_kind(module, K_MODULE)) {
        RModule *m = (RModule *)module;
        Value file = dict_get_str(m->dict, vm->s___file__);
        if (file != V_NULL && v_is_str(file))
            return exc_raisef(vm, vm->exc_ImportError, "cannot import name '%U' from '%U' (%U)", name,
                              m->name, v_str(file));
        return exc_raisef(vm, vm->exc_ImportError, "cannot import name '%U' from '%U' (unknown location)",
                          name, m->name);
    }
    return exc_raisef(vm, vm->exc_ImportError, "cannot import name '%U'", name);
}
