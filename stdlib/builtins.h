/*
** builtins.h — declarations shared by the files of stdlib/ that make the builtins
** namespace and the methods of the built-in types (not part of the VM's API: the VM
** sees only stdlib.h). Each file's init function is called once by stdlib_init().
*/
#ifndef rill_stdlib_builtins_h
#define rill_stdlib_builtins_h

#include "../vm/vm.h"
#include "../vm/func.h"

typedef struct RSet RSet;

/* init functions, in the order stdlib_init calls them */
int bi_init_types(rill_vm *vm);         /* builtins_types.c: constructors, object's methods */
int bi_init_str(rill_vm *vm);           /* str_methods.c */
int bi_init_list(rill_vm *vm);          /* list_methods.c: list and tuple */
int bi_init_dict(rill_vm *vm);          /* dict_methods.c: dict, set, frozenset, views */
int bi_init_iter(rill_vm *vm);          /* builtins_iter.c: iteration built-ins */
int bi_init_num(rill_vm *vm);           /* builtins_num.c: numeric built-ins */
int bi_init_num_methods(rill_vm *vm);   /* num_methods.c: int, float, range, slice */
int bi_init_builtins(rill_vm *vm);      /* builtins.c: the rest, and the names */

int bi_init_eval(rill_vm *vm);          /* builtins_eval.c: eval, exec, compile */

/* locals() of the running frame (builtins.c), new reference: a module's globals, a class
   body's namespace, a function's frame dict refreshed from its variables. */
Value bi_frame_locals(rill_vm *vm);

/* Adds the NULL-terminated defs to the builtins namespace. 0 / -1. */
int bi_add_functions(rill_vm *vm, const CFuncDef *defs);
/* A new reference to NotImplemented. */
Value bi_not_implemented(rill_vm *vm);
/* The TypeError of a method called on the wrong kind of object: "descriptor 'append' for
   'list' objects doesn't apply to a 'int' object", or for a special method CPython
   implements as a slot wrapper, "descriptor '__len__' requires a 'str' object but
   received a 'int'". Returns V_NULL. */
Value bi_bad_self(rill_vm *vm, const char *meth, const char *cls, Value self);
/* Methods whose arity the call path does not check (-1) may be called without self
   (str.split()): true, with "unbound method str.split() needs an argument" raised, when
   nargs is 0. */
bool bi_missing_self(rill_vm *vm, size_t nargs, const char *qualname);
/* callable(v): functions, methods, classes, and objects whose class has __call__. */
bool bi_is_callable(rill_vm *vm, Value v);
/* Looks up and calls the special method `name` (a C string, interned on demand) of v's
   class with args: *found false (V_NULL, no exception) when the class has none. */
Value bi_call_special(rill_vm *vm, Value v, const char *name, const Value *args, size_t nargs,
                      bool *found);

/* dict.update(arg) semantics for dict(arg) and d.update(arg): a mapping (a dict, or
   anything with keys()) or an iterable of pairs. 0 / -1. */
int bi_dict_update(rill_vm *vm, RDict *d, Value arg);
/* Keyword arguments (the trailing kwnames->n values of args) into d. 0 / -1. */
int bi_dict_update_kw(rill_vm *vm, RDict *d, const Value *kwvals, RTuple *kwnames);

/* sort()'s and sorted()'s keyword arguments (key=, reverse=) from the trailing keyword
   values; *key V_NULL when absent or None. 0 / -1. */
int bi_sort_kwargs(rill_vm *vm, const Value *kwvals, RTuple *kwnames, Value *key, bool *reverse);

/* round(n, ndigits) for an int n (ties to even below the units), and round(x) of a float
   to an int (ties to even). New references, V_NULL on error. */
Value bi_round_int(rill_vm *vm, Value n, intptr_t ndigits);
Value bi_round_float(rill_vm *vm, double x);

/* An int argument for a C index ("'float' object cannot be interpreted as an integer");
   None is accepted when none_ok, giving dflt. 0 / -1. */
int bi_index_arg(rill_vm *vm, Value v, intptr_t *out, bool none_ok, intptr_t dflt);
/* A Py_ssize_t argument as CPython's argument converter takes it (list.pop, str.ljust...):
   an int or __index__, OverflowError "Python int too large to convert to C ssize_t"
   beyond the intptr_t range. 0 / -1. */
int bi_ssize_arg(rill_vm *vm, Value v, intptr_t *out);

#endif
