/*
** sys.c — the sys module: argv, exit, the recursion limit, version information, the
** module cache, and the standard streams (stdin, stdout, stderr: stdio.c).
*/
#include <string.h>
#include "stdlib.h"
#include "fileobj.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/seq.h"
#include "../vm/dict.h"
#include "../vm/func.h"
#include "../vm/class.h"
#include "../vm/exc.h"
#include "../vm/module.h"
#include "../vm/frame.h"
#include "../vm/ops.h"

static Value sys_exit(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (nargs == 0) {
        RExc *e = exc_new(vm, vm->exc_SystemExit, NULL);
        if (e) exc_set(vm, e);
        return V_NULL;
    }
    return exc_raise_arg(vm, vm->exc_SystemExit, args[0]);
}

static Value sys_getrecursionlimit(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_int(vm->recursion_limit);
}

static Value sys_setrecursionlimit(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!int_check(args[0]))
        return exc_raisef(vm, vm->exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    int64_t n;
    if (!int_to_i64(args[0], &n) || n > INT32_MAX)
        return exc_raisef(vm, vm->exc_OverflowError, "Python int too large to convert to C int");
    if (n < 1) return exc_raisef(vm, vm->exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n <= vm->depth)
        return exc_raisef(vm, vm->exc_RecursionError,
                          "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                          (int)n, vm->depth);
    vm->recursion_limit = (int)n;
    return V_NONE;
}

static Value sys_get_int_max_str_digits(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_int(vm->int_max_str_digits);
}

static Value sys_set_int_max_str_digits(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value a[1];
    if (arg_parse(vm, "set_int_max_str_digits", args, nargs, kw, "maxdigits", a) < 0) return V_NULL;
    int64_t n;
    if (!int_check(a[0]) || !int_to_i64(a[0], &n))
        return exc_raisef(vm, vm->exc_TypeError, "'%T' object cannot be interpreted as an integer", a[0]);
    if (n != 0 && n < 640)
        return exc_raisef(vm, vm->exc_ValueError, "maxdigits must be 0 or larger than 640");
    vm->int_max_str_digits = (int)n;
    return V_NONE;
}

static Value sys_exc_info(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value e = exc_info_current(vm);
    if (e == V_NONE) return v_from_obj(tuple_pack(vm, 3, V_NONE, V_NONE, V_NONE));
    RTuple *t = tuple_pack(vm, 3, v_from_obj(v_obj(e)->cls), e, V_NONE);
    return t ? v_from_obj(t) : V_NULL;
}

static const CFuncDef sys_funcs[] = {
    { "exit", sys_exit, 0, 0, 1, "Exit the interpreter by raising SystemExit(status)." },
    { "getrecursionlimit", sys_getrecursionlimit, 0, 0, 0, "Return the current recursion limit." },
    { "setrecursionlimit", sys_setrecursionlimit, 0, 1, 1, "Set the maximum depth of the stack." },
    { "get_int_max_str_digits", sys_get_int_max_str_digits, 0, 0, 0,
      "Return the maximum string digits limit for non-binary int<->str conversions." },
    { "set_int_max_str_digits", sys_set_int_max_str_digits, CF_KEYWORDS, -1, -1,
      "Set the maximum string digits limit for non-binary int<->str conversions." },
    { "exc_info", sys_exc_info, 0, 0, 0, "Return (type, value, traceback) of the handled exception." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static int set(rill_vm *vm, RDict *d, const char *name, Value v)
{
    if (v == V_NULL) return -1;
    RStr *k = str_intern_cstr(vm, name);
    int r = k ? dict_set_str(vm, d, k, v) : -1;
    obj_xdecref(vm, k);
    v_decref(vm, v);
    return r;
}

/* A simple namespace object (sys.implementation): an instance with attributes. */
static Value make_namespace(rill_vm *vm, const char *name)
{
    RStr *n = str_intern_cstr(vm, name);
    if (!n) return V_NULL;
    RDict *ns = dict_new(vm);
    RTuple *bases = ns ? tuple_new(vm, 0) : NULL;
    RClass *c = bases ? class_new(vm, n, bases, ns) : NULL;
    obj_decref(vm, n);
    obj_xdecref(vm, ns);
    obj_xdecref(vm, bases);
    if (!c) return V_NULL;
    Value inst = inst_new(vm, c);
    obj_decref(vm, c);
    return inst;
}

int stdlib_sys_init(rill_vm *vm, RModule *m)
{
    RDict *d = m->dict;
    if (cfunc_add_all(vm, d, sys_funcs, NULL) < 0) return -1;
    if (set(vm, d, "argv", v_incref(vm->argv)) < 0) return -1;
    if (set(vm, d, "modules", v_incref(v_from_obj(vm->modules))) < 0) return -1;
    if (set(vm, d, "maxsize", int_from_i64(vm, INTPTR_MAX)) < 0) return -1;
    if (set(vm, d, "byteorder", v_from_obj(str_from_cstr(vm, "little"))) < 0) return -1;
    if (set(vm, d, "version", v_from_obj(str_from_cstr(vm, "3.11.0 (rill " RILL_VERSION ")"))) < 0)
        return -1;
    RTuple *vi = tuple_pack(vm, 5, v_int(3), v_int(11), v_int(0),
                            v_from_obj(str_intern_cstr(vm, "final")), v_int(0));
    if (!vi) return -1;
    v_decref(vm, vi->items[3]);   /* tuple_pack took its own reference */
    if (set(vm, d, "version_info", v_from_obj(vi)) < 0) return -1;
    Value impl = make_namespace(vm, "implementation");
    if (impl == V_NULL) return -1;
    RStr *nm = str_intern_cstr(vm, "name");
    RStr *rill = str_from_cstr(vm, "rill");
    int r = nm && rill ? obj_setattr(vm, impl, nm, v_from_obj(rill)) : -1;
    obj_xdecref(vm, nm);
    obj_xdecref(vm, rill);
    if (r < 0 || set(vm, d, "implementation", impl) < 0) return -1;
    return stdio_add_to_sys(vm, d);
}
