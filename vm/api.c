/*
** api.c — the public API of include/rill.h that the command line needs: running source
** as __main__, errors and exit statuses, argv, the disassembler. (The value and
** generator API for embedders builds on the same pieces.)
*/
#include <string.h>
#include <unistd.h>
#include "vm.h"
#include "str.h"
#include "int.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "exc.h"
#include "frame.h"
#include "module.h"
#include "ops.h"
#include "../parser/parser.h"

int rill_set_argv(rill_vm *vm, int argc, const char *const *argv)
{
    RList *l = list_new(vm, (size_t)argc);
    if (!l) return RILL_ERROR;
    for (int i = 0; i < argc; i++) {
        RStr *s = str_new_checked(vm, argv[i], strlen(argv[i]));
        if (!s || list_append_steal(vm, l, v_from_obj(s)) < 0) {
            obj_decref(vm, l);
            return RILL_ERROR;
        }
    }
    v_store(vm, &vm->argv, v_from_obj(l));
    return RILL_OK;
}

static int status_of_error(rill_vm *vm)
{
    return exc_matches(vm, vm->exc_SystemExit) ? RILL_EXIT : RILL_ERROR;
}

static int run_code(rill_vm *vm, RCode *co)
{
    RDict *g = vm->main_module->dict;
    if (!dict_get_str(g, vm->s___builtins__)) {
        RStr *b = str_intern_cstr(vm, "builtins");
        if (!b) return RILL_ERROR;
        int r = dict_set_str(vm, g, vm->s___builtins__, v_from_obj(b));
        obj_decref(vm, b);
        if (r < 0) return RILL_ERROR;
    }
    Value r = eval_module(vm, co, g);
    obj_decref(vm, co);
    if (r == V_NULL) return status_of_error(vm);
    v_decref(vm, r);
    return RILL_OK;
}

int rill_exec(rill_vm *vm, const char *src, size_t len, const char *filename, rill_mode mode)
{
    bool incomplete = false;
    ParseMode pm = mode == RILL_MODE_EVAL ? PARSE_EVAL : mode == RILL_MODE_SINGLE ? PARSE_SINGLE : PARSE_FILE;
    RCode *co = comp_source(vm, src, len, filename, pm, mode == RILL_MODE_SINGLE ? &incomplete : NULL);
    if (!co) return incomplete ? RILL_INCOMPLETE : RILL_ERROR;
    return run_code(vm, co);
}

/* The directory part of path ("." when there is none). */
static RStr *dir_of(rill_vm *vm, const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return str_from_cstr(vm, ".");
    if (slash == path) return str_from_cstr(vm, "/");
    return str_new_checked(vm, path, (size_t)(slash - path));
}

/* CPython 3.11 names the main script by cwd + "/" + path (no normalization) in
   __file__ and tracebacks. */
static RStr *absolute_path(rill_vm *vm, const char *path)
{
    char cwd[4096];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd)) return str_from_cstr(vm, path);
    return str_format(vm, "%s/%s", cwd, path);
}

int rill_exec_file(rill_vm *vm, const char *path)
{
    size_t len;
    char *src = vm_read_file(vm, path, &len);
    if (!src) return RILL_ERROR;
    RStr *file = absolute_path(vm, path);
    RStr *dir = file ? dir_of(vm, file->data) : NULL;
    if (!dir || !file || dict_set_str(vm, vm->main_module->dict, vm->s___file__, v_from_obj(file)) < 0) {
        obj_xdecref(vm, dir);
        obj_xdecref(vm, file);
        mem_free(vm, src, len + 1);
        return RILL_ERROR;
    }
    obj_store(vm, &vm->import_dir, dir);
    RCode *co = comp_source(vm, src, len, file->data, PARSE_FILE, NULL);
    obj_decref(vm, file);
    mem_free(vm, src, len + 1);
    if (!co) return RILL_ERROR;
    return run_code(vm, co);
}

int rill_compile(rill_vm *vm, const char *src, size_t len, const char *filename, rill_mode mode)
{
    exc_clear(vm);
    bool incomplete = false;
    ParseMode pm = mode == RILL_MODE_EVAL ? PARSE_EVAL : mode == RILL_MODE_SINGLE ? PARSE_SINGLE : PARSE_FILE;
    RCode *co = comp_source(vm, src, len, filename, pm, &incomplete);
    if (!co) return incomplete ? RILL_INCOMPLETE : RILL_ERROR;
    obj_decref(vm, co);
    return RILL_OK;
}

static void write_out(void *ud, const char *s, size_t n)
{
    vm_write((rill_vm *)ud, 1, s, n);
}

int rill_disassemble(rill_vm *vm, const char *src, size_t len, const char *filename)
{
    RCode *co = comp_source(vm, src, len, filename, PARSE_FILE, NULL);
    if (!co) return RILL_ERROR;
    dis_code(vm, co, write_out, vm);
    obj_decref(vm, co);
    return RILL_OK;
}

int rill_error_pending(rill_vm *vm) { return vm->exc != NULL; }

void rill_error_clear(rill_vm *vm) { exc_clear(vm); }

void rill_error_print(rill_vm *vm)
{
    RExc *e = exc_fetch(vm);
    if (!e) return;
    exc_print(vm, e);
    obj_decref(vm, e);
}

int rill_exit_status(rill_vm *vm)
{
    RExc *e = exc_fetch(vm);
    if (!e) return 0;
    int status = 0;
    Value code = e->args && e->args->n == 1 ? e->args->items[0]
               : e->args && e->args->n > 1 ? v_from_obj(e->args) : V_NONE;
    if (code == V_NONE) {
        status = 0;
    } else if (int_check(code)) {
        int64_t i = 0;
        int_to_i64(code, &i);
        status = (int)(i & 0xff);
        if (v_is_bool(code)) status = code == V_TRUE;
    } else {
        /* CPython prints the object and exits with 1 */
        RStr *s = obj_str(vm, code);
        if (s) {
            vm_write(vm, 2, s->data, s->len);
            vm_write(vm, 2, "\n", 1);
            obj_decref(vm, s);
        }
        exc_clear(vm);
        status = 1;
    }
    obj_decref(vm, e);
    return status;
}
