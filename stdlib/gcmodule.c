/*
** gcmodule.c — the gc module: control of the cycle collector (gc.c).
*/
#include "stdlib.h"
#include "../vm/str.h"
#include "../vm/dict.h"
#include "../vm/func.h"
#include "../vm/class.h"
#include "../vm/gc.h"
#include "../vm/module.h"

static Value gc_collect_fn(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    size_t n = gc_collect(vm);
    if (vm_exc_pending(vm)) return V_NULL;
    return v_int((intptr_t)n);
}

static Value gc_enable(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    vm->gc_enabled = true;
    return V_NONE;
}

static Value gc_disable(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    vm->gc_enabled = false;
    return V_NONE;
}

static Value gc_isenabled(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_bool(vm->gc_enabled);
}

static const CFuncDef gc_funcs[] = {
    { "collect", gc_collect_fn, CF_KEYWORDS, -1, -1, "Run a full collection; return the number of objects freed." },
    { "enable", gc_enable, 0, 0, 0, "Enable automatic garbage collection." },
    { "disable", gc_disable, 0, 0, 0, "Disable automatic garbage collection." },
    { "isenabled", gc_isenabled, 0, 0, 0, "Is automatic garbage collection enabled?" },
    { NULL, NULL, 0, 0, 0, NULL }
};

int stdlib_gc_init(rill_vm *vm, RModule *m)
{
    return cfunc_add_all(vm, m->dict, gc_funcs, NULL);
}
