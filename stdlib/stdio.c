/*
** stdio.c — the standard streams as the language sees them: sys.stdin, sys.stdout,
** sys.stderr (and their __xxx__ originals), the stream print() writes to, and input().
**
** The stream objects are file objects (fileobj.c): sys.stdout and sys.stderr write
** through the VM's writer (vm_write), never to the process directly, so a host's
** write_fn receives everything; sys.stdin reads descriptor 0 (stdin is not part of
** rill_config), and only in a VM that allows file access.
**
** Like CPython, print() and input() use whatever sys.stdout / sys.stdin are when they
** run, so a script may replace them. Until the script imports sys nobody can have
** replaced them, and print() writes straight to the VM's writer.
*/
#include <string.h>
#include "fileobj.h"
#include "../vm/ops.h"
#include "../vm/str.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/func.h"
#include "../vm/exc.h"
#include "../vm/module.h"

int stdio_add_to_sys(rill_vm *vm, RDict *d)
{
    static const char *const names[3][2] = {
        { "stdin", "__stdin__" }, { "stdout", "__stdout__" }, { "stderr", "__stderr__" },
    };
    for (int fd = 0; fd < 3; fd++) {
        Value s = fileobj_std_stream(vm, fd);
        if (s == V_NULL) return -1;
        for (int i = 0; i < 2; i++) {
            RStr *k = str_intern_cstr(vm, names[fd][i]);
            int r = k ? dict_set_str(vm, d, k, s) : -1;
            obj_xdecref(vm, k);
            if (r < 0) {
                v_decref(vm, s);
                return -1;
            }
        }
        v_decref(vm, s);
    }
    return 0;
}

/* The sys module if a script imported it (borrowed), else NULL. */
static RModule *sys_module(rill_vm *vm)
{
    RStr *k = str_intern_cstr(vm, "sys");
    if (!k) return NULL;
    Value m = dict_get_str(vm->modules, k);
    obj_decref(vm, k);
    return v_is_kind(m, K_MODULE) ? (RModule *)v_obj(m) : NULL;
}

/* sys.<name> (borrowed), or V_NULL with RuntimeError "<who>lost sys.<name>" when it was
   deleted; None (a stream set to None) is lost too when none_lost. */
static Value sys_stream(rill_vm *vm, RModule *sys, const char *name, const char *who,
                        bool none_lost)
{
    RStr *k = str_intern_cstr(vm, name);
    if (!k) return V_NULL;
    Value v = dict_get_str(sys->dict, k);
    obj_decref(vm, k);
    if (v == V_NULL || (none_lost && v == V_NONE))
        return exc_raisef(vm, vm->exc_RuntimeError, "%slost sys.%s", who, name);
    return v;
}

int stdio_stdout(rill_vm *vm, Value *out)
{
    *out = V_NULL;
    RModule *sys = sys_module(vm);
    if (!sys) return vm_exc_pending(vm) ? -1 : 0;
    *out = sys_stream(vm, sys, "stdout", "", false);
    return *out == V_NULL ? -1 : 0;
}

/* f.name(*args) for a stream; file objects directly. */
static Value call_named(rill_vm *vm, Value f, const char *name, const Value *args, size_t n)
{
    RStr *k = str_intern_cstr(vm, name);
    if (!k) return V_NULL;
    Value r = call_method(vm, f, k, args, n);
    obj_decref(vm, k);
    return r;
}

/* A flush whose failure is ignored, as input() ignores it. */
static void flush_quietly(rill_vm *vm, Value f)
{
    Value r = fileobj_check(f) ? (fileobj_flush(vm, f) < 0 ? V_NULL : V_NONE)
                               : call_named(vm, f, "flush", NULL, 0);
    if (r == V_NULL) exc_clear(vm);
    v_decref(vm, r);
}

static int write_prompt(rill_vm *vm, Value fout, Value prompt)
{
    RStr *s = obj_str(vm, prompt);
    if (!s) return -1;
    int rc;
    if (fileobj_check(fout)) {
        rc = fileobj_write(vm, fout, s->data, s->len);
    } else {
        Value a = v_from_obj(s);
        Value r = call_named(vm, fout, "write", &a, 1);
        rc = r == V_NULL ? -1 : 0;
        v_decref(vm, r);
    }
    obj_decref(vm, s);
    return rc;
}

/* input([prompt]), as CPython's when stdin is not a terminal: the prompt goes to
   sys.stdout (flushed), the line comes from sys.stdin.readline(). */
Value stdio_input(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    args++;                     /* self: the _io module */
    nargs--;
    if (arg_no_kw(vm, "input", kw) < 0 || arg_count(vm, "input", nargs, 0, 1) < 0)
        return V_NULL;
    RStr *name = str_intern_cstr(vm, "sys");
    if (!name) return V_NULL;
    Value sysv = import_name(vm, name, NULL, V_NULL, V_NULL);
    obj_decref(vm, name);
    if (sysv == V_NULL) return V_NULL;
    RModule *sys = (RModule *)v_obj(sysv);
    Value fin = V_NULL, fout = V_NULL, ferr = V_NULL, line = V_NULL;
    if ((fin = sys_stream(vm, sys, "stdin", "input(): ", true)) == V_NULL ||
        (fout = sys_stream(vm, sys, "stdout", "input(): ", true)) == V_NULL ||
        (ferr = sys_stream(vm, sys, "stderr", "input(): ", true)) == V_NULL) {
        v_decref(vm, sysv);
        return V_NULL;
    }
    /* the streams may be replaced by the code the calls below run */
    v_incref(fin);
    v_incref(fout);
    v_incref(ferr);
    v_decref(vm, sysv);
    flush_quietly(vm, ferr);
    if (nargs == 1 && write_prompt(vm, fout, args[0]) < 0) goto done;
    flush_quietly(vm, fout);
    line = call_named(vm, fin, "readline", NULL, 0);
    if (line == V_NULL) goto done;
    if (!v_is_str(line)) {
        v_store(vm, &line, V_NULL);
        exc_raisef(vm, vm->exc_TypeError, "object.readline() returned non-string");
        goto done;
    }
    RStr *s = v_str(line);
    if (s->len == 0) {
        v_store(vm, &line, V_NULL);
        exc_raisef(vm, vm->exc_EOFError, "EOF when reading a line");
    } else if (s->data[s->len - 1] == '\n') {
        v_store(vm, &line, v_from_obj(str_substr(vm, s, 0, s->nchars - 1)));
    }
done:
    v_decref(vm, fin);
    v_decref(vm, fout);
    v_decref(vm, ferr);
    return line;
}
