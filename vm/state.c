/*
** state.c — a VM's life: configuration defaults, creation (the bootstrap of the built-in
** classes, which need strings, tuples and dicts that need the classes), output, interrupt
** checks, and teardown in CPython's order (module globals cleared in insertion order, so
** suspended generators close in the order CPython closes them; then cycles; then every
** remaining byte).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm.h"
#include "gc.h"
#include "str.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "exc.h"
#include "frame.h"
#include "module.h"
#include "code.h"
#include "api.h"
#include "../stdlib/stdlib.h"

#define DEFAULT_POLL_PERIOD 1000
#define DEFAULT_RECURSION_LIMIT 1000
/* Nested C-level entries into the interpreter (built-ins calling back into bytecode);
   each costs C stack, so they get a fixed cap of their own. */
#define C_DEPTH_LIMIT 1500

static void *default_realloc(void *ud, void *p, size_t oldsize, size_t newsize)
{
    (void)ud;
    (void)oldsize;
    if (newsize == 0) {
        free(p);
        return NULL;
    }
    return realloc(p, newsize);
}

static void default_write(void *ud, int fd, const char *s, size_t n)
{
    (void)ud;
    fwrite(s, 1, n, fd == 2 ? stderr : stdout);
    if (fd == 2) fflush(stderr);
}

void rill_config_init(rill_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->poll_period = DEFAULT_POLL_PERIOD;
    cfg->recursion_limit = DEFAULT_RECURSION_LIMIT;
}

void vm_write(rill_vm *vm, int fd, const char *s, size_t n)
{
    if (n == 0) return;
    if (vm->cfg.write_fn) vm->cfg.write_fn(vm->cfg.host_ud, fd, s, n);
    else default_write(NULL, fd, s, n);
}

void rill_interrupt(rill_vm *vm)
{
    /* only the flag: the VM's own thread sees it at its next poll (within poll_period
       backward jumps or calls) */
    atomic_store_explicit(&vm->interrupt, 1, memory_order_relaxed);
}

int vm_check_interrupt(rill_vm *vm)
{
    if (atomic_load_explicit(&vm->interrupt, memory_order_relaxed) &&
        atomic_exchange_explicit(&vm->interrupt, 0, memory_order_relaxed)) {
        exc_raisef(vm, vm->exc_KeyboardInterrupt, "");
        /* CPython's KeyboardInterrupt has no arguments */
        if (vm->exc) obj_store(vm, &vm->exc->args, (obj_incref(vm->empty_tuple), vm->empty_tuple));
        return -1;
    }
    if (vm->cfg.poll_fn && vm->cfg.poll_fn(vm->cfg.host_ud)) {
        exc_raisef(vm, vm->exc_KeyboardInterrupt, "");
        if (vm->exc) obj_store(vm, &vm->exc->args, (obj_incref(vm->empty_tuple), vm->empty_tuple));
        return -1;
    }
    return 0;
}

/* ---- bootstrap ------------------------------------------------------------------------ */

/* The name CPython gives each built-in class, and its layout. */
typedef struct ClassSpec {
    const char *name;
    ObjKind kind;
    uint32_t flags;
} ClassSpec;

static RClass **class_slot(rill_vm *vm, size_t i)
{
    RClass **slots[] = {
#define X(n) &vm->cls_##n,
        RILL_BUILTIN_CLASSES(X)
#undef X
    };
    return slots[i];
}

static const char *const class_names[] = {
#define X(n) #n,
    RILL_BUILTIN_CLASSES(X)
#undef X
};

#define NCLASSES (sizeof class_names / sizeof class_names[0])

static ClassSpec spec_for(const char *field)
{
    static const ClassSpec table[] = {
        { "object", K_INST, CLS_BASETYPE },
        { "type", K_CLASS, CLS_BASETYPE },
        { "int", K_INT, CLS_BASETYPE },
        { "bool", K_INT, 0 },
        { "float", K_FLOAT, CLS_BASETYPE },
        { "str", K_STR, CLS_BASETYPE },
        { "tuple", K_TUPLE, CLS_BASETYPE },
        { "list", K_LIST, CLS_BASETYPE },
        { "dict", K_DICT, CLS_BASETYPE },
        { "set", K_SET, CLS_BASETYPE },
        { "frozenset", K_FROZENSET, CLS_BASETYPE },
        { "range", K_RANGE, 0 },
        { "slice", K_SLICE, 0 },
        { "NoneType", K_SINGLETON, 0 },
        { "code", K_CODE, 0 },
        { "function", K_FUNC, 0 },
        { "builtin_function", K_CFUNC, 0 },
        { "method", K_BOUND, 0 },
        { "cell", K_CELL, 0 },
        { "generator", K_GEN, 0 },
        { "module", K_MODULE, 0 },
        { "property", K_PROPERTY, CLS_BASETYPE },
        { "staticmethod", K_STATICMETHOD, CLS_BASETYPE },
        { "classmethod", K_CLASSMETHOD, CLS_BASETYPE },
        { "super", K_SUPER, CLS_BASETYPE },
        { "NotImplementedType", K_SINGLETON, 0 },
        { "ellipsis", K_SINGLETON, 0 },
        { "frame", K_NATIVE, 0 },
        { "getset_descriptor", K_NATIVE, 0 },
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].name, field) == 0) return table[i];
    return (ClassSpec){ field, K_NATIVE, 0 };
}

static const char *python_name(const char *field)
{
    if (strcmp(field, "builtin_function") == 0) return "builtin_function_or_method";
    return field;
}

static int make_classes(rill_vm *vm)
{
    /* 1. raw class objects, so that objects can point at their classes */
    for (size_t i = 0; i < NCLASSES; i++) {
        RClass *c = obj_alloc(vm, K_CLASS, NULL, sizeof(RClass), true);
        if (!c) return -1;
        memset((char *)c + sizeof(RObj), 0, sizeof(RClass) - sizeof(RObj));
        c->id = ++vm->next_class_id;
        ClassSpec sp = spec_for(class_names[i]);
        c->inst_kind = (uint8_t)sp.kind;
        c->flags = sp.flags | CLS_BUILTIN;
        *class_slot(vm, i) = c;
    }
    for (size_t i = 0; i < NCLASSES; i++) {
        RClass *c = *class_slot(vm, i);
        c->h.cls = vm->cls_type;
        if (c != vm->cls_type) obj_incref(vm->cls_type);
    }
    vm->cls_frame->native = &frame_view_ops;
    vm->cls_getset_descriptor->native = &getset_ops;
    /* 2. the empty tuple and string every constructor may hand out */
    RTuple *et = obj_alloc(vm, K_TUPLE, vm->cls_tuple, sizeof(RTuple), true);
    if (!et) return -1;
    et->n = 0;
    et->hash = -1;
    vm->empty_tuple = et;
    if (!(vm->empty_str = str_new(vm, "", 0))) return -1;
    /* 3. names, dicts, bases and MROs */
    for (size_t i = 0; i < NCLASSES; i++) {
        RClass *c = *class_slot(vm, i);
        RClass *base = c == vm->cls_object ? NULL : c == vm->cls_bool ? vm->cls_int : vm->cls_object;
        if (class_init_builtin(vm, c, python_name(class_names[i]), base) < 0) return -1;
    }
    return 0;
}

static int make_exceptions(rill_vm *vm)
{
    /* The X-macro gives (name, base); bases always come first in the list. */
    struct { RClass **slot; const char *name; const char *base; } list[] = {
#define X(name, base) { &vm->exc_##name, #name, #base },
        RILL_EXCEPTIONS(X)
#undef X
    };
    size_t n = sizeof list / sizeof list[0];
    for (size_t i = 0; i < n; i++) {
        RClass *base = vm->cls_object;
        for (size_t j = 0; j < i; j++)
            if (strcmp(list[j].name, list[i].base) == 0) base = *list[j].slot;
        RClass *c = class_new_builtin(vm, list[i].name, base, K_EXC, CLS_EXCEPTION | CLS_BASETYPE);
        if (!c) return -1;
        *list[i].slot = c;
    }
    return 0;
}

static int make_names(rill_vm *vm)
{
#define X(n) if (!(vm->s_##n = str_intern_cstr(vm, #n))) return -1;
    RILL_COMMON_NAMES(X)
#undef X
    return 0;
}

static Value make_singleton(rill_vm *vm, RClass *cls)
{
    RObj *o = obj_alloc(vm, K_SINGLETON, cls, sizeof(RObj), false);
    return o ? v_from_obj(o) : V_NULL;
}

static int make_main(rill_vm *vm)
{
    if (!(vm->builtins = dict_new(vm))) return -1;
    if (!(vm->modules = dict_new(vm))) return -1;
    RList *argv = list_new(vm, 0);
    if (!argv) return -1;
    vm->argv = v_from_obj(argv);
    RModule *m = module_new(vm, vm->s___main__);
    if (!m) return -1;
    vm->main_module = m;
    if (dict_set_str(vm, vm->modules, vm->s___main__, v_from_obj(m)) < 0) return -1;
    return 0;
}

rill_vm *rill_vm_new(const rill_config *cfg)
{
    rill_config defaults;
    if (!cfg) {
        rill_config_init(&defaults);
        cfg = &defaults;
    }
    void *(*rf)(void *, void *, size_t, size_t) = cfg->realloc_fn ? cfg->realloc_fn : default_realloc;
    rill_vm *vm = rf(cfg->alloc_ud, NULL, 0, sizeof(rill_vm));
    if (!vm) return NULL;
    memset(vm, 0, sizeof *vm);
    vm->cfg = *cfg;
    vm->cfg.realloc_fn = rf;
    if (vm->cfg.poll_period == 0) vm->cfg.poll_period = DEFAULT_POLL_PERIOD;
    vm->recursion_limit = cfg->recursion_limit > 0 ? cfg->recursion_limit : DEFAULT_RECURSION_LIMIT;
    vm->c_depth_limit = C_DEPTH_LIMIT;
    vm->poll_countdown = vm->cfg.poll_period;
    vm->exc_base.exc = V_NONE;
    vm->exc_info = &vm->exc_base;
    vm->int_max_str_digits = 4300;
    gc_init(vm);
    /* allocation failures during bootstrap have no MemoryError to raise yet: the
       exc_* pointers are NULL and exc_nomem does nothing; we just fail. */
    if (make_classes(vm) < 0 || make_names(vm) < 0 || make_exceptions(vm) < 0) goto fail;
    vm->not_implemented = make_singleton(vm, vm->cls_NotImplementedType);
    vm->ellipsis = make_singleton(vm, vm->cls_ellipsis);
    if (vm->not_implemented == V_NULL || vm->ellipsis == V_NULL) goto fail;
    if (!(vm->memerror = exc_new(vm, vm->exc_MemoryError, NULL))) goto fail;
    if (make_main(vm) < 0) goto fail;
    if (exc_init_classes(vm) < 0 || gen_init_class(vm) < 0 || descr_init_classes(vm) < 0 ||
        code_init_class(vm) < 0) goto fail;
    if (stdlib_init(vm) < 0) goto fail;
    if (vm->exc) goto fail;
    class_changed(vm);      /* the built-in classes got their methods: nothing cached */
    return vm;
fail:
    exc_clear(vm);
    rill_vm_free(vm);
    return NULL;
}

/* ---- teardown -------------------------------------------------------------------------- */

/* Zap a module dict as CPython's _PyModule_ClearDict: names with one leading
   underscore first, then the rest (but __builtins__), each replaced by None in
   insertion order. */
static void zap_globals(rill_vm *vm, RDict *d)
{
    for (int pass = 0; pass < 2; pass++) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(d, &pos, &k, &v)) {
            if (v == V_NONE || !v_is_str(k)) continue;
            RStr *name = v_str(k);
            bool single_us = name->len > 0 && name->data[0] == '_' &&
                             (name->len < 2 || name->data[1] != '_');
            if (pass == 0 && !single_us) continue;
            if (name == vm->s___builtins__) continue;
            obj_incref(name);
            dict_set_str(vm, d, name, V_NONE);
            obj_decref(vm, name);
            exc_clear(vm);
        }
    }
}

/* End of program, as CPython 3.11's Py_FinalizeEx: builtins._ is dropped, sys.modules
   lets go of every module, and the collector then finalizes whatever became
   unreachable — suspended module-level generators among them, while the globals they
   may read are still intact, in the order the objects were made. Modules still alive
   after that (held from somewhere else) have their globals zapped, later ones first,
   and a last collection follows. */
void rill_vm_finalize(rill_vm *vm)
{
    if (vm->finalized) return;
    vm->finalized = true;
    exc_clear(vm);
    RStr *under = str_intern_cstr(vm, "_");
    if (under) {
        if (dict_get_str(vm->builtins, under) != V_NULL) dict_set_str(vm, vm->builtins, under, V_NONE);
        obj_decref(vm, under);
    }
    exc_clear(vm);
    dict_clear(vm, vm->modules);
    obj_store(vm, &vm->main_module, NULL);
    gc_collect(vm);
    exc_clear(vm);
    /* modules that survived: zap their globals, the most recently made first */
    for (;;) {
        RModule *last = NULL;
        for (GCHead *g = vm->gc_list.next; g != &vm->gc_list; g = g->next) {
            RObj *o = GC_OBJ(g);
            if (o->kind == K_MODULE && !(o->gcbits & GC_FINALIZED)) last = (RModule *)o;
        }
        if (!last) break;
        last->h.gcbits |= GC_FINALIZED;     /* zapped once */
        obj_incref(last);
        if (last->dict) zap_globals(vm, last->dict);
        obj_decref(vm, last);
    }
    gc_collect(vm);
    exc_clear(vm);
}

#define DROP(field) do { obj_xdecref(vm, (field)); (field) = NULL; } while (0)

void rill_vm_free(rill_vm *vm)
{
    if (!vm) return;
    /* the embedding API's slots and refs go first, so that generators only the host held
       close while the globals they may use are intact; then whatever finalization left
       in them (api.h) */
    api_release(vm);
    if (vm->builtins && vm->modules) rill_vm_finalize(vm);   /* only a VM that started */
    api_release(vm);
    exc_clear(vm);
    DROP(vm->stop_exc);
    v_store(vm, &vm->exc_base.exc, V_NONE);
    /* the VM's own references */
    DROP(vm->main_module);
    DROP(vm->modules);
    DROP(vm->builtins);
    DROP(vm->import_dir);
    module_free_registry(vm);
    v_store(vm, &vm->argv, V_NULL);
    DROP(vm->memerror);
    v_store(vm, &vm->not_implemented, V_NULL);
    v_store(vm, &vm->ellipsis, V_NULL);
    stdlib_free(vm);
    lookup_cache_free(vm);
#define X(n, b) DROP(vm->exc_##n);
    RILL_EXCEPTIONS(X)
#undef X
#define X(n) DROP(vm->cls_##n);
    RILL_BUILTIN_CLASSES(X)
#undef X
    DROP(vm->empty_tuple);
    /* everything tracked is garbage now */
    gc_free_all(vm);
    api_free(vm);       /* the natives' definitions, once no function object uses them */
#define X(n) DROP(vm->s_##n);
    RILL_COMMON_NAMES(X)
#undef X
    for (size_t i = 0; i < sizeof vm->char_cache / sizeof vm->char_cache[0]; i++) DROP(vm->char_cache[i]);
    DROP(vm->empty_str);
    if (getenv("RILL_DEBUG_LEAKS")) {
        for (GCHead *g = vm->gc_list.next; g != &vm->gc_list; g = g->next) {
            RObj *o = GC_OBJ(g);
            fprintf(stderr, "leftover kind=%d rc=%u %s\n", o->kind, o->rc,
                    o->kind == K_CLASS && ((RClass *)o)->name ? ((RClass *)o)->name->data : "");
        }
    }
    frame_arena_free(vm);
    str_table_free(vm);
    mem_release_caches(vm);
    void *(*rf)(void *, void *, size_t, size_t) = vm->cfg.realloc_fn;
    void *ud = vm->cfg.alloc_ud;
    rf(ud, vm, sizeof(rill_vm), 0);
}

size_t rill_vm_bytes(rill_vm *vm) { return vm->bytes; }
