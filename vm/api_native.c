/*
** api_native.c — host code seen from scripts, and errors across the boundary: natives
** (rill_def_native), C iterators (rill_new_iterator), raising, inspecting, formatting
** and fetching exceptions.
**
** A native is an ordinary built-in function object (RCFunc) whose definition the API
** allocates per registration; every one of them runs the same C trampoline, which needs
** to know which registration was called. The CFn signature carries no closure, so the
** registration's index rides along as the function's bound self (a small int, never a
** heap object): call_value and the interpreter pass it as args[0], like any bound
** built-in's receiver.
*/
#include <stdio.h>
#include <string.h>
#include "api.h"
#include "str.h"
#include "dict.h"
#include "class.h"
#include "exc.h"
#include "frame.h"
#include "eval.h"
#include "iter.h"
#include "ops.h"

struct NativeReg {
    CFuncDef def;               /* def.name points at name[] */
    rill_native fn;
    void *data;
    size_t size;                /* bytes of this allocation */
    char name[];
};

/* ---- natives ---------------------------------------------------------------------------- */

/* Runs the host function in a window of its own (slot 0 the result, the arguments in 1..).
   Its status decides: an exception it left pending after RILL_OK was handled by it, and
   RILL_ERROR with nothing pending is a bug in the native, reported as CPython reports a
   C function that fails without an exception. */
static Value native_call(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    ApiState *a = vm->api;
    if (nargs == 0 || !v_is_int(args[0]) || (size_t)v_as_int(args[0]) >= a->nnatives)
        return exc_raisef(vm, vm->exc_SystemError, "native called without its registration");
    NativeReg *r = a->natives[v_as_int(args[0])];
    if (vm_check_stack(vm) < 0) return V_NULL;
    size_t saved;
    if (api_window_push(vm, args + 1, nargs - 1, &saved) < 0) return V_NULL;
    vm->c_depth++;
    int rc = r->fn(vm, (int)(nargs - 1), r->data);
    vm->c_depth--;
    Value result = V_NULL;
    if (rc >= 0) {
        exc_clear(vm);
        result = a->top > a->base ? v_incref(a->stack[a->base]) : V_NONE;
    } else if (!vm->exc) {
        exc_raisef(vm, vm->exc_SystemError,
                   "native %s() returned an error without raising an exception", r->def.name);
    }
    api_window_pop(vm, saved);
    return result;
}

int rill_def_native(rill_vm *vm, const char *module, const char *name, rill_native fn,
                    int min_args, int max_args, void *data)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (!fn) return exc_raisef_i(vm, vm->exc_TypeError, "native function must not be NULL");
    if (min_args >= 0 && max_args >= 0 && min_args > max_args)
        return exc_raisef_i(vm, vm->exc_ValueError, "min_args %d > max_args %d", min_args,
                            max_args);
    RStr *key = api_name(vm, name, "name");
    if (!key) return RILL_ERROR;
    ApiState *a = api_state(vm);
    RModule *m = a && module ? api_find_module(vm, module, true) : NULL;
    RDict *d = module ? (m ? m->dict : NULL) : vm->builtins;
    size_t len = strlen(name), size = sizeof(NativeReg) + len + 1;
    NativeReg *r = NULL;
    RCFunc *cf = NULL;
    if (!a || !d) goto fail;
    if (a->nnatives == a->natives_cap) {
        size_t ncap = mem_grow_cap(a->natives_cap, a->nnatives + 1);
        NativeReg **n = mem_realloc(vm, a->natives, a->natives_cap * sizeof *n, ncap * sizeof *n);
        if (!n) goto fail;
        a->natives = n;
        a->natives_cap = ncap;
    }
    if (!(r = mem_alloc(vm, size))) goto fail;
    memcpy(r->name, name, len + 1);
    r->fn = fn;
    r->data = data;
    r->size = size;
    /* the arity check is cfunc_call's, with CPython's wording; CF_METHOD makes it skip
       the index that rides in front of the arguments */
    int16_t lo = min_args < 0 ? 0 : min_args > INT16_MAX ? INT16_MAX : (int16_t)min_args;
    int16_t hi = max_args < 0 || max_args > INT16_MAX ? INT16_MAX : (int16_t)max_args;
    bool unbounded = min_args <= 0 && (max_args < 0 || max_args > INT16_MAX);
    r->def = (CFuncDef){ r->name, native_call, CF_METHOD, unbounded ? -1 : lo, unbounded ? -1 : hi,
                         NULL };
    if (!(cf = cfunc_new(vm, &r->def, v_int((intptr_t)a->nnatives), NULL))) goto fail;
    if (m) cf->module = v_incref(v_from_obj(m->name));
    if (dict_set_str(vm, d, key, v_from_obj(cf)) < 0) goto fail;
    a->natives[a->nnatives++] = r;
    obj_decref(vm, cf);
    obj_decref(vm, key);
    return RILL_OK;
fail:
    obj_xdecref(vm, cf);
    if (r) mem_free(vm, r, size);
    obj_decref(vm, key);
    return RILL_ERROR;
}

void api_free(rill_vm *vm)
{
    ApiState *a = vm->api;
    if (!a) return;
    for (size_t i = 0; i < a->nnatives; i++) mem_free(vm, a->natives[i], a->natives[i]->size);
    mem_free(vm, a->natives, a->natives_cap * sizeof *a->natives);
    mem_free(vm, a->stack, a->cap * sizeof(Value));
    mem_free(vm, a, sizeof *a);
    vm->api = NULL;
}

/* ---- native iterators --------------------------------------------------------------------- */

typedef struct RNativeIter {
    RObj h;
    rill_iter_fn next;
    void *data;
    void (*free_data)(void *data);
    bool done;                  /* returned RILL_RETURNED: stays exhausted */
    bool running;
} RNativeIter;

static Value niter_next(rill_vm *vm, RObj *o)
{
    RNativeIter *it = (RNativeIter *)o;
    if (it->done) return V_NULL;
    if (it->running)
        return exc_raisef(vm, vm->exc_ValueError, "native iterator already executing");
    if (vm_check_stack(vm) < 0) return V_NULL;
    size_t saved;
    if (api_window_push(vm, NULL, 0, &saved) < 0) return V_NULL;
    ApiState *a = vm->api;
    obj_incref(it);             /* the callback may drop what held it */
    it->running = true;
    vm->c_depth++;
    int rc = it->next(vm, it->data);
    vm->c_depth--;
    it->running = false;
    Value result = V_NULL;
    if (rc == RILL_YIELDED) {
        exc_clear(vm);
        result = a->top > a->base ? v_incref(a->stack[a->base]) : V_NONE;
    } else if (rc == RILL_RETURNED || (rc < 0 && exc_matches(vm, vm->exc_StopIteration))) {
        /* a StopIteration the callback raised ends the iteration, as in CPython */
        exc_clear(vm);
        it->done = true;
    } else if (rc >= 0 || !vm->exc) {
        exc_clear(vm);
        exc_raisef(vm, vm->exc_SystemError,
                   "native iterator returned %d: expected RILL_YIELDED, RILL_RETURNED or "
                   "RILL_ERROR with an exception", rc);
    }
    api_window_pop(vm, saved);
    obj_decref(vm, it);
    return result;
}

static void niter_destroy(rill_vm *vm, RObj *o)
{
    RNativeIter *it = (RNativeIter *)o;
    if (it->free_data) it->free_data(it->data);
}

static const NativeOps niter_ops = {
    .size = sizeof(RNativeIter),
    .container = false,
    .destroy = niter_destroy,
    .iternext = niter_next,
};

int rill_new_iterator(rill_vm *vm, int slot, rill_iter_fn next, void *data,
                      void (*free_data)(void *data))
{
    /* data belongs to the iterator from here on, failure included: free_data runs on
       every error path, so that `return rill_new_iterator(...)` never leaks */
    if (!api_begin(vm)) goto fail;
    if (!next) {
        exc_raisef(vm, vm->exc_TypeError, "iterator function must not be NULL");
        goto fail;
    }
    if (api_reserve(vm, slot) < 0) goto fail;
    ApiState *a = vm->api;
    if (!a->cls_native_iter &&
        iter_new_class(vm, &a->cls_native_iter, "native_iterator", &niter_ops, NULL) < 0)
        goto fail;
    RNativeIter *it = obj_alloc(vm, K_NATIVE, a->cls_native_iter, sizeof *it, false);
    if (!it) goto fail;
    it->next = next;
    it->data = data;
    it->free_data = free_data;
    it->done = it->running = false;
    return api_result(vm, slot, v_from_obj(it));
fail:
    if (free_data) free_data(data);
    return RILL_ERROR;
}

/* ---- raising ------------------------------------------------------------------------------ */

/* The value stored under key (n bytes) in d, borrowed, or V_NULL: found without
   allocating, so that looking a class up never disturbs a pending exception. */
static Value dict_find(RDict *d, const char *key, size_t n)
{
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (v_is_str(k) && v_str(k)->len == n && memcmp(v_str(k)->data, key, n) == 0) return v;
    return V_NULL;
}

/* The exception class rill_raise and rill_error_matches mean by `name`: a built-in,
   "module.Class", or a global of __main__. Borrowed, or NULL (nothing raised) when
   there is no class by that name. */
static RClass *find_class(rill_vm *vm, const char *name)
{
    Value c = V_NULL;
    const char *dot = strrchr(name, '.');
    if (dot) {
        Value m = dict_find(vm->modules, name, (size_t)(dot - name));
        if (v_is_kind(m, K_MODULE)) c = dict_find(((RModule *)m)->dict, dot + 1, strlen(dot + 1));
    } else {
        size_t n = strlen(name);
        c = dict_find(vm->builtins, name, n);
        if (c == V_NULL && vm->main_module) c = dict_find(vm->main_module->dict, name, n);
    }
    return v_is_class(c) ? v_class_obj(c) : NULL;
}

int rill_raise(rill_vm *vm, const char *exc_type, const char *fmt, ...)
{
    if (!api_begin(vm)) return RILL_ERROR;
    RClass *cls = exc_type ? find_class(vm, exc_type) : NULL;
    if (!cls || !(cls->flags & CLS_EXCEPTION)) {
        if (!exc_type)
            return exc_raisef_i(vm, vm->exc_TypeError, "exception class name must not be NULL");
        return exc_raisef_i(vm, vm->exc_TypeError, cls ? "'%s' is not an exception class"
                                                       : "unknown exception class '%s'", exc_type);
    }
    obj_incref(cls);
    RStr *msg = NULL;
    if (fmt) {
        char small[256], *buf = small;
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(small, sizeof small, fmt, ap);
        va_end(ap);
        if (n >= (int)sizeof small && (buf = mem_alloc(vm, (size_t)n + 1))) {
            va_start(ap, fmt);
            vsnprintf(buf, (size_t)n + 1, fmt, ap);
            va_end(ap);
        }
        if (n < 0) exc_raisef(vm, vm->exc_ValueError, "bad format string");
        else if (buf) msg = str_new_checked(vm, buf, (size_t)n);
        if (buf && buf != small) mem_free(vm, buf, (size_t)n + 1);
    }
    /* the class is called as `raise Cls(msg)` would: a script-defined __init__ runs */
    Value inst = V_NULL;
    if (msg || !fmt) {
        Value arg = msg ? v_from_obj(msg) : V_NULL;
        inst = call_value(vm, v_from_obj(cls), &arg, msg ? 1 : 0, NULL);
    }
    obj_xdecref(vm, msg);
    obj_decref(vm, cls);
    if (inst != V_NULL && !v_is_kind(inst, K_EXC)) {
        exc_raisef(vm, vm->exc_TypeError, "calling %s returned %T, not an exception", exc_type,
                   inst);
        v_decref(vm, inst);
        inst = V_NULL;
    }
    if (inst != V_NULL) exc_set(vm, v_exc(inst));
    return RILL_ERROR;
}

int rill_raise_slot(rill_vm *vm, int slot)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value v = api_read(vm, slot);
    if (v == V_NULL) return RILL_ERROR;
    RExc *e = gen_throw_value(vm, &v, 1);       /* instance as is, class called */
    if (e) exc_set(vm, e);
    return RILL_ERROR;
}

/* ---- inspecting ---------------------------------------------------------------------------- */

int rill_error_matches(rill_vm *vm, const char *exc_type)
{
    if (!vm || !vm->exc || !exc_type) return 0;
    RClass *cls = find_class(vm, exc_type);
    return cls && exc_matches(vm, cls);
}

const char *rill_error_type(rill_vm *vm)
{
    if (!vm || !vm->exc) return NULL;
    RClass *cls = vm->exc->h.cls;
    return cls->name ? cls->name->data : "?";
}

/* A sink that fills the host's buffer (NUL-terminated, cut at a character boundary) and
   counts the whole length. */
typedef struct BufSink {
    char *buf;
    size_t cap, len;
    bool cut;
} BufSink;

static void to_buf(void *ud, const char *s, size_t n)
{
    BufSink *b = ud;
    if (b->buf && b->cap > 0 && !b->cut) {
        size_t room = b->cap - 1 - b->len, k = n < room ? n : room;
        if (k < n) {
            while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
            b->cut = true;
        }
        memcpy(b->buf + b->len, s, k);
        b->buf[b->len + k] = 0;
    }
    b->len += n;
}

static int sink_result(BufSink *b)
{
    if (b->buf && b->cap > 0 && b->len == 0) b->buf[0] = 0;
    return b->len > INT32_MAX ? INT32_MAX : (int)b->len;
}

int rill_error_message(rill_vm *vm, char *buf, size_t cap)
{
    if (buf && cap) buf[0] = 0;
    if (!vm || !vm->exc) return -1;
    BufSink b = { buf, cap, 0, false };
    /* str() may run a script's __str__: the exception waits aside meanwhile */
    RExc *e = exc_fetch(vm);
    RStr *s = exc_str(vm, e);
    if (s) {
        to_buf(&b, s->data, s->len);
        obj_decref(vm, s);
    } else {
        to_buf(&b, "<exception str() failed>", 24);
    }
    exc_clear(vm);
    vm->exc = e;
    return sink_result(&b);
}

int rill_error_format(rill_vm *vm, char *buf, size_t cap)
{
    if (buf && cap) buf[0] = 0;
    if (!vm || !vm->exc) return -1;
    BufSink b = { buf, cap, 0, false };
    exc_print_to(vm, vm->exc, to_buf, &b);
    return sink_result(&b);
}

int rill_error_fetch(rill_vm *vm, int out)
{
    if (!vm) return RILL_ERROR;
    RExc *e = exc_fetch(vm);
    if (api_reserve(vm, out) < 0) {
        if (e) {
            exc_clear(vm);      /* keep the exception the host asked for, not MemoryError */
            vm->exc = e;
        }
        return RILL_ERROR;
    }
    return api_result(vm, out, e ? v_from_obj(e) : V_NONE);
}
