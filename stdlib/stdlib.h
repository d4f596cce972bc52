/*
** stdlib.h — the standard library's entry point: stdlib_init() is called once by VM start
** (state.c) after the core classes (vm->cls_*, vm->exc_*), the interned names and the
** builtins dict exist. It fills the builtins namespace, gives the built-in classes their
** constructors (RClass.ctor) and methods (CFuncDefs with CF_METHOD in the class dict),
** creates the classes of built-in iterator types, and registers built-in modules.
*/
#ifndef rill_stdlib_h
#define rill_stdlib_h

#include "../vm/vm.h"

int stdlib_init(rill_vm *vm);
/* Registers the built-in modules (sys, ...) that `import` creates on first use. */
int stdlib_register_modules(rill_vm *vm);
/* Module initializers, one per module file; init.c lists them (name → function). */
typedef struct RModule RModule;
int stdlib_sys_init(rill_vm *vm, RModule *m);
int stdlib_gc_init(rill_vm *vm, RModule *m);
int stdlib_functools_init(rill_vm *vm, RModule *m);
int stdlib_math_init(rill_vm *vm, RModule *m);
int stdlib_time_init(rill_vm *vm, RModule *m);
int stdlib_random_init(rill_vm *vm, RModule *m);
/* VM teardown: drops the references stdlib_init stored in the VM (before the final
   sweep frees every object). */
void stdlib_free(rill_vm *vm);

#endif
