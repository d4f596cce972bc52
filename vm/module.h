/*
** module.h — module objects and imports (module.c).
**
** Modules are RModule objects (class.h) with their own globals dict, cached in
** sys.modules (vm->modules). Built-in modules are created by native init functions the
** VM registers at start (stdlib/); `.py` modules beside the script are found through the
** import path when the VM allows file imports.
*/
#ifndef rill_module_h
#define rill_module_h

#include "vm.h"

typedef struct RModule RModule;

/* A native module's initializer: fills the module's dict. 0 / -1. */
typedef int (*ModuleInitFn)(rill_vm *vm, RModule *m);

RModule *module_new(rill_vm *vm, RStr *name);
/* Registers a built-in module that `import name` creates on first use. */
int module_register_native(rill_vm *vm, const char *name, ModuleInitFn init);
void module_free_registry(rill_vm *vm);
/* Reads a whole file into a NUL-terminated buffer from mem_alloc (size *len + 1), or
   NULL with FileNotFoundError/PermissionError/OSError pending. */
char *vm_read_file(rill_vm *vm, const char *path, size_t *len);
/* Runs src as a new module `name` registered in sys.modules: the module, or V_NULL. */
Value module_exec_source(rill_vm *vm, RStr *name, const char *src, size_t len, const char *filename);
/* IMPORT_NAME: returns the module (new reference). */
Value import_name(rill_vm *vm, RStr *name, RDict *globals, Value fromlist, Value level);
/* IMPORT_FROM: module.name, or ImportError "cannot import name 'x' from 'm'". */
Value import_from(rill_vm *vm, Value module, RStr *name);

#endif
