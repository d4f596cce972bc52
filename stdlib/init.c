/*
** init.c — stdlib_init(): makes the built-in iterator classes, gives the built-in classes
** their constructors and methods, and fills the builtins namespace, in that order (the
** namespace refers to the classes).
*/
#include "stdlib.h"
#include "../vm/module.h"
#include "builtins.h"
#include "../vm/iter.h"

int stdlib_init(rill_vm *vm)
{
    if (iter_init(vm) < 0) return -1;
    if (bi_init_types(vm) < 0) return -1;
    if (bi_init_str(vm) < 0) return -1;
    if (bi_init_list(vm) < 0) return -1;
    if (bi_init_dict(vm) < 0) return -1;
    if (bi_init_iter(vm) < 0) return -1;
    if (bi_init_num(vm) < 0) return -1;
    if (bi_init_num_methods(vm) < 0) return -1;
    if (bi_init_builtins(vm) < 0) return -1;
    if (bi_init_eval(vm) < 0) return -1;
    if (fileobj_init(vm) < 0) return -1;
    if (stdlib_site_init(vm) < 0) return -1;
    if (stdlib_register_modules(vm) < 0) return -1;
    return 0;
}

void stdlib_free(rill_vm *vm)
{
#define X(n) obj_store(vm, &vm->cls_##n, NULL);
    RILL_STDLIB_CLASSES(X)
#undef X
}

/* The built-in modules `import` can create: one entry per module file. */
static const struct {
    const char *name;
    ModuleInitFn init;
} modules[] = {
    { "sys", stdlib_sys_init },
    { "gc", stdlib_gc_init },
    { "itertools", stdlib_itertools_init },
    { "io", stdlib_io_init },
    { "functools", stdlib_functools_init },
    { "math", stdlib_math_init },
    { "time", stdlib_time_init },
    { "random", stdlib_random_init },
};

int stdlib_register_modules(rill_vm *vm)
{
    for (size_t i = 0; i < sizeof modules / sizeof modules[0]; i++)
        if (module_register_native(vm, modules[i].name, modules[i].init) < 0) return -1;
    return 0;
}
