/*
** api_values.c — the embedding API's slots and values (rill.h, "The value API"): the
** slot stack and its windows, storing and reading values, containers and attributes,
** and calls. Layout and invariants of the slot stack are in api.h.
*/
#include <string.h>
#include "api.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "exc.h"
#include "frame.h"
#include "ops.h"

/* Beyond this a slot number is a host bug (a garbage int), not a wish for a huge window. */
#define MAX_SLOTS (1 << 24)

/* ---- the state and the slot stack ---------------------------------------------------- */

ApiState *api_state(rill_vm *vm)
{
    if (vm->api) return vm->api;
    ApiState *a = mem_calloc(vm, sizeof *a);
    if (!a) return NULL;
    a->refs.prev = a->refs.next = &a->refs;
    vm->api = a;
    return a;
}

int api_code_status(rill_vm *vm)
{
    return exc_matches(vm, vm->exc_SystemExit) ? RILL_EXIT : RILL_ERROR;
}

int api_type_error(rill_vm *vm, const char *what, Value got)
{
    exc_raisef(vm, vm->exc_TypeError, "expected %s, got %T", what, got);
    return RILL_ERROR;
}

static int grow(rill_vm *vm, ApiState *a, size_t need)
{
    if (need <= a->cap) return 0;
    size_t ncap = mem_grow_cap(a->cap, need);
    Value *s = mem_realloc(vm, a->stack, a->cap * sizeof(Value), ncap * sizeof(Value));
    if (!s) return -1;
    a->stack = s;
    a->cap = ncap;
    return 0;
}

static int bad_slot(rill_vm *vm, int slot)
{
    if (slot < 0)
        return exc_raisef_i(vm, vm->exc_TypeError, "invalid slot %d (slots are >= 0)", slot);
    return exc_raisef_i(vm, vm->exc_IndexError, "slot %d is out of range (at most %d slots)", slot,
                        MAX_SLOTS);
}

Value api_read(rill_vm *vm, int slot)
{
    ApiState *a = vm->api;
    size_t n = a ? a->top - a->base : 0;
    if (slot >= 0 && (size_t)slot < n) return a->stack[a->base + (size_t)slot];
    if (slot < 0) return bad_slot(vm, slot), V_NULL;
    return exc_raisef(vm, vm->exc_IndexError, "slot %d is empty (the window has %zu slot%s)",
                      slot, n, n == 1 ? "" : "s");
}

int api_reserve(rill_vm *vm, int slot)
{
    if (slot < 0 || slot >= MAX_SLOTS) return bad_slot(vm, slot);
    ApiState *a = api_state(vm);
    if (!a) return -1;
    size_t need = a->base + (size_t)slot + 1;
    if (need <= a->top) return 0;
    if (grow(vm, a, need) < 0) return -1;
    while (a->top < need) a->stack[a->top++] = V_NONE;
    return 0;
}

int api_write(rill_vm *vm, int slot, Value v)
{
    if (api_reserve(vm, slot) < 0) {
        v_decref(vm, v);
        return -1;
    }
    ApiState *a = vm->api;
    v_store(vm, &a->stack[a->base + (size_t)slot], v);
    return 0;
}

int api_result(rill_vm *vm, int out, Value v)
{
    if (v == V_NULL) return RILL_ERROR;
    return api_write(vm, out, v) < 0 ? RILL_ERROR : RILL_OK;
}

int api_window_push(rill_vm *vm, const Value *args, size_t n, size_t *saved)
{
    ApiState *a = api_state(vm);
    if (!a || grow(vm, a, a->top + 1 + n) < 0) return -1;
    *saved = a->base;
    a->base = a->top;
    a->stack[a->base] = V_NONE;
    for (size_t i = 0; i < n; i++) a->stack[a->base + 1 + i] = v_incref(args[i]);
    a->top = a->base + 1 + n;
    return 0;
}

/* Drops the current window's slots from `keep` up, the top one first. Each value leaves
   the window before it is released, so code its release runs (a generator's finally
   calling a native) pushes its windows above what remains. */
static void drop_slots(rill_vm *vm, ApiState *a, size_t keep)
{
    while (a->top > a->base + keep) {
        Value v = a->stack[--a->top];
        v_decref(vm, v);
    }
}

void api_window_pop(rill_vm *vm, size_t saved)
{
    ApiState *a = vm->api;
    drop_slots(vm, a, 0);
    a->base = saved;
}

/* ---- slots ------------------------------------------------------------------------------ */

int rill_slot_count(rill_vm *vm)
{
    if (!vm || !vm->api) return 0;
    ApiState *a = vm->api;
    return (int)(a->top - a->base);
}

int rill_set_slot_count(rill_vm *vm, int n)
{
    if (!vm) return RILL_ERROR;
    if (n < 0) {
        api_begin(vm);
        exc_raisef(vm, vm->exc_ValueError, "slot count must be >= 0, not %d", n);
        return RILL_ERROR;
    }
    if (n > rill_slot_count(vm)) {
        api_begin(vm);
        return api_reserve(vm, n - 1) < 0 ? RILL_ERROR : RILL_OK;
    }
    /* Shrinking only releases: it keeps a pending exception, so that a native can drop
       its temporaries and still pass an error on. */
    if (vm->api) drop_slots(vm, vm->api, (size_t)n);
    return RILL_OK;
}

rill_type rill_slot_type(rill_vm *vm, int slot)
{
    if (!vm || !vm->api || slot < 0 || slot >= rill_slot_count(vm)) return RILL_T_NONE;
    ApiState *a = vm->api;
    Value v = a->stack[a->base + (size_t)slot];
    if (v == V_NONE) return RILL_T_NONE;
    if (v_is_bool(v)) return RILL_T_BOOL;
    if (v_is_int(v)) return RILL_T_INT;
    switch ((ObjKind)v_obj(v)->kind) {
    case K_INT: return RILL_T_INT;
    case K_FLOAT: return RILL_T_FLOAT;
    case K_STR: return RILL_T_STR;
    case K_LIST: return RILL_T_LIST;
    case K_TUPLE: return RILL_T_TUPLE;
    case K_DICT: return RILL_T_DICT;
    case K_SET: case K_FROZENSET: return RILL_T_SET;
    case K_GEN: return RILL_T_GENERATOR;
    case K_FUNC: case K_CFUNC: case K_BOUND: return RILL_T_FUNCTION;
    case K_CLASS: return RILL_T_CLASS;
    case K_EXC: return RILL_T_EXCEPTION;
    case K_MODULE: return RILL_T_MODULE;
    default: return RILL_T_OTHER;
    }
}

const char *rill_slot_type_name(rill_vm *vm, int slot)
{
    if (!vm) return NULL;
    if (!vm->api || slot < 0 || slot >= rill_slot_count(vm)) return "NoneType";
    ApiState *a = vm->api;
    return v_typename(vm, a->stack[a->base + (size_t)slot]);
}

/* ---- storing values ------------------------------------------------------------------------ */

int rill_set_none(rill_vm *vm, int slot)
{
    if (!api_begin(vm)) return RILL_ERROR;
    return api_result(vm, slot, V_NONE);
}

int rill_set_bool(rill_vm *vm, int slot, int b)
{
    if (!api_begin(vm)) return RILL_ERROR;
    return api_result(vm, slot, v_bool(b != 0));
}

int rill_set_int(rill_vm *vm, int slot, int64_t i)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (api_reserve(vm, slot) < 0) return RILL_ERROR;
    return api_result(vm, slot, int_from_i64(vm, i));
}

int rill_set_int_str(rill_vm *vm, int slot, const char *digits)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (!digits) return exc_raisef_i(vm, vm->exc_TypeError, "digits must not be NULL");
    if (api_reserve(vm, slot) < 0) return RILL_ERROR;
    /* strictly [sign] digits: int()'s spaces, underscores and prefixes are not part of
       this contract */
    size_t n = strlen(digits), i = digits[0] == '-' || digits[0] == '+';
    bool ok = n > i;
    for (size_t j = i; j < n; j++) ok = ok && digits[j] >= '0' && digits[j] <= '9';
    if (!ok) {
        RStr *s = str_new_checked(vm, digits, n);
        if (s) {
            exc_raisef(vm, vm->exc_ValueError, "invalid literal for int() with base 10: %R",
                       v_from_obj(s));
            obj_decref(vm, s);
        }
        return RILL_ERROR;
    }
    /* "an int of any size": the host is not subject to int()'s digit limit */
    int saved = vm->int_max_str_digits;
    vm->int_max_str_digits = 0;
    Value v = int_parse(vm, digits, n, 10);
    vm->int_max_str_digits = saved;
    return api_result(vm, slot, v);
}

int rill_set_float(rill_vm *vm, int slot, double d)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (api_reserve(vm, slot) < 0) return RILL_ERROR;
    return api_result(vm, slot, float_new(vm, d));
}

int rill_set_str(rill_vm *vm, int slot, const char *s, size_t len)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (!s && len > 0) return exc_raisef_i(vm, vm->exc_TypeError, "string must not be NULL");
    if (api_reserve(vm, slot) < 0) return RILL_ERROR;
    RStr *str = str_new_checked(vm, s ? s : "", len);
    return api_result(vm, slot, str ? v_from_obj(str) : V_NULL);
}

int rill_copy_slot(rill_vm *vm, int dst, int src)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value v = api_read(vm, src);
    if (v == V_NULL) return RILL_ERROR;
    return api_result(vm, dst, v_incref(v));
}

int rill_new_list(rill_vm *vm, int slot)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (api_reserve(vm, slot) < 0) return RILL_ERROR;
    RList *l = list_new(vm, 0);
    return api_result(vm, slot, l ? v_from_obj(l) : V_NULL);
}

int rill_new_dict(rill_vm *vm, int slot)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (api_reserve(vm, slot) < 0) return RILL_ERROR;
    RDict *d = dict_new(vm);
    return api_result(vm, slot, d ? v_from_obj(d) : V_NULL);
}

/* Checks that slots first..first+n-1 exist: 0 / -1 (with the error of the first
   missing one). */
static int check_range(rill_vm *vm, int first, int n)
{
    if (n < 0) return exc_raisef_i(vm, vm->exc_ValueError, "negative count %d", n);
    if (n == 0) return 0;
    if (api_read(vm, first) == V_NULL) return -1;
    if ((int64_t)first + n - 1 > INT32_MAX) return bad_slot(vm, INT32_MAX);
    return api_read(vm, first + n - 1) == V_NULL ? -1 : 0;
}

int rill_new_tuple(rill_vm *vm, int slot, int first, int n)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (check_range(vm, first, n) < 0 || api_reserve(vm, slot) < 0) return RILL_ERROR;
    ApiState *a = vm->api;
    RTuple *t = n == 0 ? (obj_incref(vm->empty_tuple), vm->empty_tuple)
                       : tuple_from_array(vm, a->stack + a->base + first, (size_t)n);
    return api_result(vm, slot, t ? v_from_obj(t) : V_NULL);
}

/* ---- reading values ------------------------------------------------------------------------ */

int rill_get_bool(rill_vm *vm, int slot, int *out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (!out) return exc_raisef_i(vm, vm->exc_TypeError, "out must not be NULL");
    Value v = api_read(vm, slot);
    if (v == V_NULL) return RILL_ERROR;
    int t = obj_truth(vm, v);
    if (t < 0) return RILL_ERROR;
    *out = t;
    return RILL_OK;
}

int rill_get_int(rill_vm *vm, int slot, int64_t *out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (!out) return exc_raisef_i(vm, vm->exc_TypeError, "out must not be NULL");
    Value v = api_read(vm, slot);
    if (v == V_NULL) return RILL_ERROR;
    if (!int_check(v)) return api_type_error(vm, "int", v);
    if (!int_to_i64(v, out)) {
        exc_raisef(vm, vm->exc_OverflowError, "int too large to convert to int64_t");
        return RILL_ERROR;
    }
    return RILL_OK;
}

int rill_get_float(rill_vm *vm, int slot, double *out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (!out) return exc_raisef_i(vm, vm->exc_TypeError, "out must not be NULL");
    Value v = api_read(vm, slot);
    if (v == V_NULL) return RILL_ERROR;
    if (v_is_float(v)) {
        *out = v_float(v);
        return RILL_OK;
    }
    if (!int_check(v)) return api_type_error(vm, "float", v);
    bool err = false;
    double d = int_to_double(vm, v, &err);
    if (err) return RILL_ERROR;
    *out = d;
    return RILL_OK;
}

int rill_get_int_str(rill_vm *vm, int slot, char *buf, size_t cap, size_t *len)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value v = api_read(vm, slot);
    if (v == V_NULL) return RILL_ERROR;
    if (!int_check(v)) return api_type_error(vm, "int", v);
    int saved = vm->int_max_str_digits;
    vm->int_max_str_digits = 0;
    RStr *s = int_to_str(vm, v, 10, false);
    vm->int_max_str_digits = saved;
    if (!s) return RILL_ERROR;
    /* *len is set on failure too, so a host can ask with cap 0 and retry */
    if (len) *len = s->len;
    int r = RILL_OK;
    if (!buf || cap < s->len + 1) {
        exc_raisef(vm, vm->exc_ValueError, "buffer too small: %zu bytes needed, %zu given",
                   s->len + 1, buf ? cap : 0);
        r = RILL_ERROR;
    } else {
        memcpy(buf, s->data, s->len + 1);
    }
    obj_decref(vm, s);
    return r;
}

const char *rill_get_str(rill_vm *vm, int slot, size_t *len)
{
    if (!api_begin(vm)) return NULL;
    Value v = api_read(vm, slot);
    if (v == V_NULL) return NULL;
    if (!v_is_str(v)) return api_type_error(vm, "str", v), NULL;
    if (len) *len = v_str(v)->len;
    return v_str(v)->data;
}

static int to_text(rill_vm *vm, int slot, int out, bool repr)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value v = api_read(vm, slot);
    if (v == V_NULL || api_reserve(vm, out) < 0) return RILL_ERROR;
    RStr *s = repr ? obj_repr(vm, v) : obj_str(vm, v);
    return api_result(vm, out, s ? v_from_obj(s) : V_NULL);
}

int rill_to_str(rill_vm *vm, int slot, int out) { return to_text(vm, slot, out, false); }
int rill_to_repr(rill_vm *vm, int slot, int out) { return to_text(vm, slot, out, true); }

/* ---- containers and attributes ------------------------------------------------------------ */

int rill_len(rill_vm *vm, int slot, size_t *out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (!out) return exc_raisef_i(vm, vm->exc_TypeError, "out must not be NULL");
    Value v = api_read(vm, slot);
    if (v == V_NULL) return RILL_ERROR;
    intptr_t n = obj_len(vm, v);
    if (n < 0) return RILL_ERROR;
    *out = (size_t)n;
    return RILL_OK;
}

int rill_list_append(rill_vm *vm, int list, int item)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value l = api_read(vm, list);
    if (l == V_NULL) return RILL_ERROR;
    if (!v_is_list(l)) return api_type_error(vm, "list", l);
    Value v = api_read(vm, item);
    if (v == V_NULL) return RILL_ERROR;
    return list_append(vm, v_list(l), v) < 0 ? RILL_ERROR : RILL_OK;
}

int rill_get_item(rill_vm *vm, int container, int key, int out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value c = api_read(vm, container);
    Value k = c != V_NULL ? api_read(vm, key) : V_NULL;
    if (k == V_NULL || api_reserve(vm, out) < 0) return RILL_ERROR;
    return api_result(vm, out, obj_getitem(vm, c, k));
}

int rill_set_item(rill_vm *vm, int container, int key, int value)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value c = api_read(vm, container);
    Value k = c != V_NULL ? api_read(vm, key) : V_NULL;
    Value v = k != V_NULL ? api_read(vm, value) : V_NULL;
    if (v == V_NULL) return RILL_ERROR;
    return obj_setitem(vm, c, k, v) < 0 ? RILL_ERROR : RILL_OK;
}

int rill_get_index(rill_vm *vm, int seq, int64_t index, int out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value c = api_read(vm, seq);
    if (c == V_NULL || api_reserve(vm, out) < 0) return RILL_ERROR;
    Value k = int_from_i64(vm, index);
    if (k == V_NULL) return RILL_ERROR;
    Value r = obj_getitem(vm, c, k);
    v_decref(vm, k);
    return api_result(vm, out, r);
}

/* A str key for rill_get_key / rill_set_key: NULL with TypeError or ValueError. */
static RStr *key_str(rill_vm *vm, const char *key)
{
    if (!key) return exc_raisef_p(vm, vm->exc_TypeError, "key must not be NULL");
    return str_new_checked(vm, key, strlen(key));
}

int rill_get_key(rill_vm *vm, int dict, const char *key, int out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value d = api_read(vm, dict);
    if (d == V_NULL || api_reserve(vm, out) < 0) return RILL_ERROR;
    RStr *k = key_str(vm, key);
    if (!k) return RILL_ERROR;
    Value r = obj_getitem(vm, d, v_from_obj(k));
    obj_decref(vm, k);
    return api_result(vm, out, r);
}

int rill_set_key(rill_vm *vm, int dict, const char *key, int value)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value d = api_read(vm, dict);
    Value v = d != V_NULL ? api_read(vm, value) : V_NULL;
    if (v == V_NULL) return RILL_ERROR;
    RStr *k = key_str(vm, key);
    if (!k) return RILL_ERROR;
    int r = obj_setitem(vm, d, v_from_obj(k), v);
    obj_decref(vm, k);
    return r < 0 ? RILL_ERROR : RILL_OK;
}

RStr *api_name(rill_vm *vm, const char *s, const char *what)
{
    if (!s) return exc_raisef_p(vm, vm->exc_TypeError, "%s must not be NULL", what);
    size_t n = strlen(s);
    if (!utf8_valid(s, n))
        return exc_raisef_p(vm, vm->exc_ValueError, "%s is not valid UTF-8", what);
    return str_intern(vm, s, n);
}

int rill_get_attr(rill_vm *vm, int obj, const char *name, int out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value o = api_read(vm, obj);
    if (o == V_NULL || api_reserve(vm, out) < 0) return RILL_ERROR;
    RStr *n = api_name(vm, name, "attribute name");
    if (!n) return RILL_ERROR;
    Value r = obj_getattr(vm, o, n);
    obj_decref(vm, n);
    return api_result(vm, out, r);
}

int rill_set_attr(rill_vm *vm, int obj, const char *name, int value)
{
    if (!api_begin(vm)) return RILL_ERROR;
    Value o = api_read(vm, obj);
    Value v = o != V_NULL ? api_read(vm, value) : V_NULL;
    if (v == V_NULL) return RILL_ERROR;
    RStr *n = api_name(vm, name, "attribute name");
    if (!n) return RILL_ERROR;
    int r = obj_setattr(vm, o, n, v);
    obj_decref(vm, n);
    return r < 0 ? RILL_ERROR : RILL_OK;
}

/* ---- calls -------------------------------------------------------------------------------- */

/* The common path of the three call functions. The arguments are copied out of the slot
   stack (the callee may push windows, which can move it); the slots keep them alive
   meanwhile, since nothing can touch a window while code above it runs. */
static int do_call(rill_vm *vm, int fn, int npos, int nkw, const char *const *kwnames,
                   const char *method, int out)
{
    if (!api_begin(vm)) return RILL_ERROR;
    if (npos < 0 || nkw < 0) {
        exc_raisef(vm, vm->exc_ValueError, "negative argument count");
        return RILL_ERROR;
    }
    if (nkw > 0 && !kwnames) {
        exc_raisef(vm, vm->exc_TypeError, "kwnames must not be NULL");
        return RILL_ERROR;
    }
    int n = npos + nkw;
    if (api_read(vm, fn) == V_NULL || check_range(vm, fn + 1, n) < 0 || api_reserve(vm, out) < 0)
        return RILL_ERROR;
    RStr *mname = method ? api_name(vm, method, "method name") : NULL;
    if (method && !mname) return RILL_ERROR;
    RTuple *kwt = nkw > 0 ? tuple_new(vm, (size_t)nkw) : NULL;
    Value small[8], *args = small;
    if (n > 8) args = mem_alloc(vm, (size_t)n * sizeof(Value));
    bool ok = args && (nkw == 0 || kwt);
    for (int i = 0; ok && i < nkw; i++) {
        RStr *k = api_name(vm, kwnames[i], "keyword name");
        if (!k) ok = false;
        else tuple_init_item(kwt, (size_t)i, v_from_obj(k));
    }
    Value r = V_NULL;
    if (ok) {
        ApiState *a = vm->api;
        Value callable = a->stack[a->base + (size_t)fn];
        if (n) memcpy(args, a->stack + a->base + fn + 1, (size_t)n * sizeof(Value));
        r = mname ? call_method(vm, callable, mname, args, (size_t)npos)
                  : call_value(vm, callable, args, (size_t)npos, kwt);
    }
    if (args && args != small) mem_free(vm, args, (size_t)n * sizeof(Value));
    obj_xdecref(vm, kwt);
    obj_xdecref(vm, mname);
    if (r == V_NULL) return api_code_status(vm);
    return api_result(vm, out, r);
}

int rill_call(rill_vm *vm, int fn, int argc, int out)
{
    return do_call(vm, fn, argc, 0, NULL, NULL, out);
}

int rill_call_kw(rill_vm *vm, int fn, int npos, int nkw, const char *const *kwnames, int out)
{
    return do_call(vm, fn, npos, nkw, kwnames, NULL, out);
}

int rill_call_method(rill_vm *vm, int obj, const char *name, int argc, int out)
{
    if (vm && !name) {
        api_begin(vm);
        exc_raisef(vm, vm->exc_TypeError, "method name must not be NULL");
        return RILL_ERROR;
    }
    return do_call(vm, obj, argc, 0, NULL, name, out);
}
