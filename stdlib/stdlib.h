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
int stdlib_itertools_init(rill_vm *vm, RModule *m);
/* fileobj.c: the _io module, open() and input() (VM start), and `import io` */
int fileobj_init(rill_vm *vm);
int stdlib_io_init(rill_vm *vm, RModule *m);
int stdlib_functools_init(rill_vm *vm, RModule *m);
int stdlib_math_init(rill_vm *vm, RModule *m);
int stdlib_time_init(rill_vm *vm, RModule *m);
int stdlib_random_init(rill_vm *vm, RModule *m);
/* Binds a call's arguments as a function written in Python binds them, with CPython's
   messages for those ("f() missing 1 required positional argument: 'b'", "f() takes 2
   positional arguments but 3 were given"...): names[0..npos) are positional-or-keyword,
   the first nreq of them required, then nkwonly keyword-only ones; out[i] is V_NULL for
   an absent one. With self, args[0] is the instance a method is bound to (counted in the
   messages, bound to no name). 0 / -1. (functools.c, also used by random.c) */
typedef struct RTuple RTuple;
int stdlib_bind_args(rill_vm *vm, const char *qualname, const Value *args, size_t nargs,
                     RTuple *kwnames, bool self, const char *const *names, size_t npos,
                     size_t nreq, size_t nkwonly, Value *out);
int stdlib_site_init(rill_vm *vm);   /* sitebuiltins.c: exit, quit, help (help.c prints) */
Value stdlib_help(rill_vm *vm, Value obj);  /* help.c: help(obj), help() for V_NULL */
/* builtins.c: dir(obj), a new sorted list (V_NULL on error). May run script code. */
Value stdlib_dir(rill_vm *vm, Value obj);
/* VM teardown: drops the references stdlib_init stored in the VM (before the final
   sweep frees every object). */
void stdlib_free(rill_vm *vm);

#endif
