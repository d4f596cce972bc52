/*
** builtins.c — the builtins namespace: the names of the built-in classes and exceptions,
** NotImplemented, Ellipsis, __build_class__, and the built-in functions about objects
** in general (print, len, repr, ascii, hash, id, callable, isinstance, issubclass, the
** attribute functions, format, globals, locals, vars, dir). The iteration built-ins are
** in builtins_iter.c, the numeric ones in builtins_num.c, the constructors in
** builtins_types.c. Also the small helpers every stdlib file shares (builtins.h).
*/
#include <stdio.h>
#include <string.h>
#include "builtins.h"
#include "../vm/ops.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/seq.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/exc.h"
#include "../vm/frame.h"
#include "fileobj.h"
#include "stdlib.h"

/* ---- shared helpers ---------------------------------------------------------------- */

int bi_add_functions(rill_vm *vm, const CFuncDef *defs)
{
    return cfunc_add_all(vm, vm->builtins, defs, NULL);
}

Value bi_not_implemented(rill_vm *vm)
{
    return v_incref(vm->not_implemented);
}

/* The special methods CPython implements as type slots (typeobject.c's slotdefs): on a
   built-in type they are slot wrappers, not method descriptors. */
static const char *const slot_names[] = {
    "__abs__", "__add__", "__and__", "__bool__", "__call__", "__contains__", "__del__",
    "__delattr__", "__delete__", "__delitem__", "__divmod__", "__eq__", "__float__",
    "__floordiv__", "__ge__", "__get__", "__getattr__", "__getattribute__", "__getitem__",
    "__gt__", "__hash__", "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__",
    "__imatmul__", "__imod__", "__imul__", "__index__", "__init__", "__int__", "__invert__",
    "__ior__", "__ipow__", "__irshift__", "__isub__", "__iter__", "__itruediv__", "__ixor__",
    "__le__", "__len__", "__lshift__", "__lt__", "__matmul__", "__mod__", "__mul__", "__ne__",
    "__neg__", "__next__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__",
    "__rdivmod__", "__repr__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmod__",
    "__rmul__", "__ror__", "__rpow__", "__rrshift__", "__rshift__", "__rsub__",
    "__rtruediv__", "__rxor__", "__set__", "__setattr__", "__setitem__", "__str__", "__sub__",
    "__truediv__", "__xor__", NULL
};

/* Whether CPython's cls.meth is a slot wrapper. A few types define a slot's method in
   their method table too (METH_COEXIST, for speed), which replaces the wrapper. */
static bool is_slot_wrapper(const char *meth, const char *cls)
{
    static const char *const coexist[][2] = {
        { "list", "__getitem__" }, { "dict", "__getitem__" }, { "dict", "__contains__" },
        { "set", "__contains__" }, { "frozenset", "__contains__" },
    };
    for (size_t i = 0; i < sizeof coexist / sizeof coexist[0]; i++)
        if (strcmp(cls, coexist[i][0]) == 0 && strcmp(meth, coexist[i][1]) == 0) return false;
    for (const char *const *n = slot_names; *n; n++)
        if (strcmp(meth, *n) == 0) return true;
    return false;
}

Value bi_bad_self(rill_vm *vm, const char *meth, const char *cls, Value self)
{
    /* wrapperdescr_call and a method descriptor's descr_check word it differently */
    if (is_slot_wrapper(meth, cls))
        return exc_raisef(vm, vm->exc_TypeError, "descriptor '%s' requires a '%s' object but "
                          "received a '%T'", meth, cls, self);
    return exc_raisef(vm, vm->exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply "
                      "to a '%T' object", meth, cls, self);
}

bool bi_missing_self(rill_vm *vm, size_t nargs, const char *qualname)
{
    if (nargs > 0) return false;
    exc_raisef(vm, vm->exc_TypeError, "unbound method %s() needs an argument", qualname);
    return true;
}

Value bi_call_special(rill_vm *vm, Value v, const char *name, const Value *args, size_t nargs,
                      bool *found)
{
    RStr *n = str_intern_cstr(vm, name);
    if (!n) {
        *found = true;
        return V_NULL;
    }
    Value r = call_special(vm, v, n, args, nargs, found);
    obj_decref(vm, n);
    return r;
}

int bi_ssize_arg(rill_vm *vm, Value v, intptr_t *out)
{
    if (v_is_int(v)) {
        *out = v_as_int(v);
        return 0;
    }
    /* PyNumber_Index then PyLong_AsSsize_t, so not obj_as_ssize: its overflow is worded
       "cannot fit 'T' into an index-sized integer", and clamping would hide it */
    Value i = obj_index(vm, v);
    if (i == V_NULL) return -1;
    int64_t x;
    bool fits = v_is_bool(i) ? (x = i == V_TRUE, true)
                             : int_to_i64(i, &x) && x >= INTPTR_MIN && x <= INTPTR_MAX;
    v_decref(vm, i);
    if (!fits)
        return exc_raisef_i(vm, vm->exc_OverflowError,
                            "Python int too large to convert to C ssize_t");
    *out = (intptr_t)x;
    return 0;
}

int bi_index_arg(rill_vm *vm, Value v, intptr_t *out, bool none_ok, intptr_t dflt)
{
    if (v_is_int(v)) {
        *out = v_as_int(v);
        return 0;
    }
    if (v == V_NULL || (none_ok && v == V_NONE)) {
        *out = dflt;
        return 0;
    }
    return obj_as_index(vm, v, out);
}

/* ---- print ------------------------------------------------------------------------------ */

/* Appends str(v) to b, with the common kinds inline. */
static int add_str(StrBuf *b, Value v)
{
    if (v_is_str(v) && v_obj(v)->cls == b->vm->cls_str) {
        sb_add_str(b, v_str(v));
        return 0;
    }
    if (v_is_int(v)) {
        char buf[24];
        intptr_t i = v_as_int(v);
        uintptr_t u = i < 0 ? (uintptr_t)0 - (uintptr_t)i : (uintptr_t)i;
        char *p = buf + sizeof buf;
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (i < 0) *--p = '-';
        sb_add(b, p, (size_t)(buf + sizeof buf - p));
        return 0;
    }
    return sb_add_strof(b, v);
}

/* A sep= or end= argument: NULL for the default. */
static int str_or_none(rill_vm *vm, Value v, const char *what, RStr **out)
{
    *out = NULL;
    if (v == V_NULL || v == V_NONE) return 0;
    if (!v_is_str(v))
        return exc_raisef_i(vm, vm->exc_TypeError, "%s must be None or a string, not %T", what, v);
    *out = v_str(v);
    return 0;
}

static int write_to(rill_vm *vm, Value file, RStr *s)
{
    RStr *name = str_intern_cstr(vm, "write");
    if (!name) return -1;
    Value a = v_from_obj(s);
    Value r = call_method(vm, file, name, &a, 1);
    obj_decref(vm, name);
    if (r == V_NULL) return -1;
    v_decref(vm, r);
    return 0;
}

/* print to a file object: write() for each piece, as CPython does */
static Value print_file(rill_vm *vm, const Value *args, size_t nargs, RStr *sep, RStr *end,
                        Value file, bool flush)
{
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            RStr *s = sep ? (obj_incref(sep), sep) : str_from_cstr(vm, " ");
            int r = s ? write_to(vm, file, s) : -1;
            obj_xdecref(vm, s);
            if (r < 0) return V_NULL;
        }
        RStr *s = obj_str(vm, args[i]);
        int r = s ? write_to(vm, file, s) : -1;
        obj_xdecref(vm, s);
        if (r < 0) return V_NULL;
    }
    RStr *e = end ? (obj_incref(end), end) : str_from_cstr(vm, "\n");
    int r = e ? write_to(vm, file, e) : -1;
    obj_xdecref(vm, e);
    if (r < 0) return V_NULL;
    if (flush) {
        RStr *name = str_intern_cstr(vm, "flush");
        if (!name) return V_NULL;
        Value fr = call_method(vm, file, name, NULL, 0);
        obj_decref(vm, name);
        if (fr == V_NULL) return V_NULL;
        v_decref(vm, fr);
    }
    return V_NONE;
}

static Value bi_print(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    Value sepv = V_NULL, endv = V_NULL, file = V_NULL, flushv = V_NULL;
    size_t nkw = kwnames ? kwnames->n : 0;
    for (size_t k = 0; k < nkw; k++) {
        RStr *name = v_str(kwnames->items[k]);
        Value v = args[nargs + k];
        if (str_eq_cstr(name, "sep")) sepv = v;
        else if (str_eq_cstr(name, "end")) endv = v;
        else if (str_eq_cstr(name, "file")) file = v;
        else if (str_eq_cstr(name, "flush")) flushv = v;
        else
            return exc_raisef(vm, vm->exc_TypeError,
                              "'%U' is an invalid keyword argument for print()",
                              name);
    }
    RStr *sep, *end;
    if (str_or_none(vm, sepv, "sep", &sep) < 0 || str_or_none(vm, endv, "end", &end) < 0)
        return V_NULL;
    bool flush = false;
    if (flushv != V_NULL) {
        int t = obj_truth(vm, flushv);
        if (t < 0) return V_NULL;
        flush = t;
    }
    /* where to: file=, else sys.stdout; V_NULL is the VM's stdout writer (sys was never
       imported, so nobody replaced sys.stdout) */
    Value out = V_NULL;
    if (file != V_NULL && file != V_NONE) {
        out = file;
    } else {
        if (stdio_stdout(vm, &out) < 0) return V_NULL;
        if (out == V_NONE) return V_NONE;      /* sys.stdout = None: print is a no-op */
    }
    if (out != V_NULL && !fileobj_check(out))
        return print_file(vm, args, nargs, sep, end, out, flush);
    /* a file object: the whole line in one write. If str() of an argument fails, what
       came before it is written, as CPython's piecewise writes would have. */
    v_incref(out);      /* str() of the arguments may run code that replaces sys.stdout */
    StrBuf b;
    sb_init(&b, vm);
    int rc = 0;
    for (size_t i = 0; i < nargs && rc == 0; i++) {
        if (i > 0) {
            if (sep) sb_add_str(&b, sep);
            else sb_addc(&b, ' ');
        }
        rc = add_str(&b, args[i]);
    }
    if (rc == 0) {
        if (end) sb_add_str(&b, end);
        else sb_addc(&b, '\n');
        if (b.failed) rc = -1;
    }
    if (b.len > 0) {
        RExc *pending = rc < 0 ? exc_fetch(vm) : NULL;
        int wr = 0;
        if (out == V_NULL) vm_write(vm, 1, b.data, b.len);
        else wr = fileobj_write(vm, out, b.data, b.len);
        if (pending) {
            exc_clear(vm);
            vm->exc = pending;
        } else if (wr < 0) {
            rc = -1;
        }
    }
    sb_free(&b);
    if (rc == 0 && flush) {
        if (out != V_NULL) rc = fileobj_flush(vm, out);
        else if (!vm->cfg.write_fn) fflush(stdout);
    }
    v_decref(vm, out);
    return rc < 0 ? V_NULL : V_NONE;
}

/* ---- objects ------------------------------------------------------------------------------ */

static Value bi_len(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value v = args[0];
    if (v_is_obj(v)) {
        RObj *o = v_obj(v);
        switch ((ObjKind)o->kind) {
        case K_STR: return v_int((intptr_t)((RStr *)o)->nchars);
        case K_LIST: return v_int((intptr_t)((RList *)o)->n);
        case K_TUPLE: return v_int((intptr_t)((RTuple *)o)->n);
        case K_DICT: return v_int((intptr_t)((RDict *)o)->used);
        default: break;
        }
    }
    intptr_t n = obj_len(vm, v);
    return n < 0 ? V_NULL : v_int(n);
}

static Value bi_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_from_obj(obj_repr(vm, args[0]));
}

static Value bi_ascii(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_from_obj(obj_ascii(vm, args[0]));
}

static Value bi_hash(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    int64_t h = obj_hash(vm, args[0]);
    return h == -1 ? V_NULL : int_from_i64(vm, h);
}

/* The id of an object is its address; immediates (small ints, None, True, False) are
   their own word, which no address equals (addresses have the low three bits clear). */
static Value bi_id(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return int_from_u64(vm, (uint64_t)args[0]);
}

bool bi_is_callable(rill_vm *vm, Value v)
{
    if (!v_is_obj(v)) return false;
    switch ((ObjKind)v_obj(v)->kind) {
    case K_FUNC: case K_CFUNC: case K_BOUND: case K_CLASS: case K_STATICMETHOD:
        return true;
    default: {
        Value m = class_lookup(v_obj(v)->cls, vm->s___call__);
        return m != V_NULL && m != V_NONE;
    }
    }
}

static Value bi_callable(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_bool(bi_is_callable(vm, args[0]));
}

/* isinstance/issubclass against a class or a (nested) tuple of classes: 1, 0, or -1 with
   the TypeError for a bad second argument. */
static int class_matches(rill_vm *vm, RClass *c, Value spec, bool inst, int depth)
{
    if (v_is_class(spec)) return class_is_subclass(c, v_class_obj(spec));
    if (v_is_tuple(spec) && depth < 64) {
        RTuple *t = v_tuple(spec);
        for (size_t i = 0; i < t->n; i++) {
            int r = class_matches(vm, c, t->items[i], inst, depth + 1);
            if (r != 0) return r;
        }
        return 0;
    }
    if (inst)
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return exc_raisef_i(vm, vm->exc_TypeError,
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

static Value bi_isinstance(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value spec = args[1];
    if (v_is_class(spec)) return v_bool(class_is_subclass(v_class(vm, args[0]), v_class_obj(spec)));
    int r = class_matches(vm, v_class(vm, args[0]), spec, true, 0);
    return r < 0 ? V_NULL : v_bool(r);
}

static Value bi_issubclass(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!v_is_class(args[0]))
        return exc_raisef(vm, vm->exc_TypeError, "issubclass() arg 1 must be a class");
    int r = class_matches(vm, v_class_obj(args[0]), args[1], false, 0);
    return r < 0 ? V_NULL : v_bool(r);
}

/* ---- attributes ----------------------------------------------------------------------- */

/* The attribute name as an interned string (new reference), or NULL with TypeError. */
static RStr *attr_name(rill_vm *vm, Value name)
{
    if (!v_is_str(name))
        return exc_raisef_p(vm, vm->exc_TypeError, "attribute name must be string, not '%T'", name);
    RStr *s = v_str(name);
    if (s->h.aux & STR_INTERNED) {
        obj_incref(s);
        return s;
    }
    obj_incref(s);
    return str_intern_steal(vm, s);
}

static Value bi_getattr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RStr *name = attr_name(vm, args[1]);
    if (!name) return V_NULL;
    Value r;
    if (nargs < 3) {
        r = obj_getattr(vm, args[0], name);
    } else {
        r = obj_getattr_opt(vm, args[0], name);
        if (r == V_NULL && (!vm_exc_pending(vm) || exc_matches(vm, vm->exc_AttributeError))) {
            exc_clear(vm);
            r = v_incref(args[2]);
        }
    }
    obj_decref(vm, name);
    return r;
}

static Value bi_hasattr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RStr *name = attr_name(vm, args[1]);
    if (!name) return V_NULL;
    Value r = obj_getattr_opt(vm, args[0], name);
    obj_decref(vm, name);
    if (r != V_NULL) {
        v_decref(vm, r);
        return V_TRUE;
    }
    if (!vm_exc_pending(vm)) return V_FALSE;
    if (exc_matches(vm, vm->exc_AttributeError)) {
        exc_clear(vm);
        return V_FALSE;
    }
    return V_NULL;
}

static Value bi_setattr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RStr *name = attr_name(vm, args[1]);
    if (!name) return V_NULL;
    int r = obj_setattr(vm, args[0], name, args[2]);
    obj_decref(vm, name);
    return r < 0 ? V_NULL : V_NONE;
}

static Value bi_delattr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RStr *name = attr_name(vm, args[1]);
    if (!name) return V_NULL;
    int r = obj_setattr(vm, args[0], name, V_NULL);
    obj_decref(vm, name);
    return r < 0 ? V_NULL : V_NONE;
}

static Value bi_format(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RStr *spec = vm->empty_str;
    if (nargs > 1) {
        if (!v_is_str(args[1]))
            return exc_raisef(vm, vm->exc_TypeError,
                              "format() argument 2 must be str, not %T", args[1]);
        spec = v_str(args[1]);
    }
    return v_from_obj(obj_format(vm, args[0], spec));
}

/* ---- namespaces --------------------------------------------------------------------------- */

static Frame *current_frame(rill_vm *vm)
{
    return vm->frame;
}

static Value bi_globals(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Frame *f = current_frame(vm);
    if (!f || !f->func) return v_from_obj(dict_new(vm));
    return v_incref(v_from_obj(f->func->globals));
}

/* Stores or (when v is V_NULL) removes name in the locals dict d. 0 / -1. */
static int sync_local(rill_vm *vm, RDict *d, RStr *name, Value v)
{
    if (v != V_NULL) return dict_set_str(vm, d, name, v);
    return dict_del_str(vm, d, name) < 0 ? -1 : 0;
}

/* locals(): the class body's or module's namespace itself. For a function, CPython 3.11's
   frame dict: one dict per frame, refreshed from the bound local and cell variables at
   each call (unbound ones removed). Other keys stay until the frame ends, which is what
   exec("y = 1") in a function leaves for a later locals() or eval("y") to see. */
Value bi_frame_locals(rill_vm *vm)
{
    Frame *f = current_frame(vm);
    if (!f || !f->func) return v_from_obj(dict_new(vm));
    RCode *co = f->func->code;
    if (co->flags & (CO_MODULE | CO_CLASSBODY))
        return v_incref(v_from_obj(f->locals ? f->locals : f->func->globals));
    if (!f->locals && !(f->locals = dict_new(vm))) return V_NULL;
    RDict *d = f->locals;
    for (uint32_t i = 0; i < co->nlocals; i++)
        if (sync_local(vm, d, co->localnames[i], f->slots[i]) < 0) return V_NULL;
    Value *cells = frame_cells(f);
    for (uint32_t i = 0; i < co->ncells + co->nfrees; i++) {
        /* a parameter that is also a cell was synced from its argument slot */
        if (co->cell2arg && i < co->ncells && co->cell2arg[i] >= 0 &&
            f->slots[co->cell2arg[i]] != V_NULL)
            continue;
        Value c = cells[i];
        Value v = v_is_kind(c, K_CELL) ? ((RCell *)c)->v : V_NULL;
        if (sync_local(vm, d, co->cellnames[i], v) < 0) return V_NULL;
    }
    return v_incref(v_from_obj(d));
}

static Value bi_locals(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return bi_frame_locals(vm);
}

static Value bi_vars(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (nargs == 0) return bi_frame_locals(vm);
    Value r = obj_getattr_opt(vm, args[0], vm->s___dict__);
    if (r == V_NULL && (!vm_exc_pending(vm) || exc_matches(vm, vm->exc_AttributeError))) {
        exc_clear(vm);
        return exc_raisef(vm, vm->exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return r;
}

/* dir(): the sorted names of the object's attributes: its own dict (instances, modules,
   classes) and those of its class's MRO; for a class, its MRO's. */
static int add_keys(rill_vm *vm, RSet *names, RDict *d)
{
    if (!d) return 0;
    size_t pos = 0;
    Value k;
    while (dict_next(d, &pos, &k, NULL))
        if (set_add(vm, names, k) < 0) return -1;
    return 0;
}

static int add_mro_keys(rill_vm *vm, RSet *names, RClass *c)
{
    for (size_t i = 0; c->mro && i < c->mro->n; i++)
        if (add_keys(vm, names, ((RClass *)c->mro->items[i])->dict) < 0) return -1;
    return 0;
}

static Value bi_dir(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value src;
    if (nargs == 0) {
        src = bi_frame_locals(vm);
        if (src == V_NULL) return V_NULL;
        RList *l = list_from_iter(vm, src);
        v_decref(vm, src);
        if (l && list_sort(vm, l, V_NULL, false) < 0) {
            obj_decref(vm, l);
            return V_NULL;
        }
        return v_from_obj(l);
    }
    return stdlib_dir(vm, args[0]);
}

Value stdlib_dir(rill_vm *vm, Value v)
{
    bool found;
    Value custom = bi_call_special(vm, v, "__dir__", NULL, 0, &found);
    if (found) {
        if (custom == V_NULL) return V_NULL;
        RList *l = list_from_iter(vm, custom);
        v_decref(vm, custom);
        if (l && list_sort(vm, l, V_NULL, false) < 0) {
            obj_decref(vm, l);
            return V_NULL;
        }
        return v_from_obj(l);
    }
    RSet *names = set_new(vm, false);
    if (!names) return V_NULL;
    int r = 0;
    if (v_is_class(v)) {
        r = add_mro_keys(vm, names, v_class_obj(v));
    } else if (v_is_kind(v, K_MODULE)) {
        r = add_keys(vm, names, ((RModule *)v)->dict);
    } else {
        if (v_is_kind(v, K_INST)) r = add_keys(vm, names, ((RInst *)v)->dict);
        else if (v_is_kind(v, K_EXC)) r = add_keys(vm, names, ((RExc *)v)->dict);
        if (r == 0) r = add_mro_keys(vm, names, v_class(vm, v));
        if (r == 0 && !v_is_kind(v, K_INST) && v_class(vm, v) != vm->cls_object)
            r = add_mro_keys(vm, names, vm->cls_object);
    }
    RList *l = r < 0 ? NULL : list_from_iter(vm, v_from_obj(names));
    obj_decref(vm, names);
    if (l && list_sort(vm, l, V_NULL, false) < 0) {
        obj_decref(vm, l);
        return V_NULL;
    }
    return v_from_obj(l);
}

static const CFuncDef builtin_functions[] = {
    { "print", bi_print, CF_KEYWORDS, -1, -1,
      "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)" },
    { "len", bi_len, 0, 1, 1, "Return the number of items in a container." },
    { "repr", bi_repr, 0, 1, 1, "Return the canonical string representation of the object." },
    { "ascii", bi_ascii, 0, 1, 1, "Return an ASCII-only representation of an object." },
    { "hash", bi_hash, 0, 1, 1, "Return the hash value for the given object." },
    { "id", bi_id, 0, 1, 1, "Return the identity of an object." },
    { "callable", bi_callable, 0, 1, 1, "Return whether the object is callable." },
    { "isinstance", bi_isinstance, 0, 2, 2, "Return whether an object is an instance of a class." },
    { "issubclass", bi_issubclass, 0, 2, 2, "Return whether 'cls' is derived from another class." },
    { "getattr", bi_getattr, 0, 2, 3, "getattr(object, name[, default]) -> value" },
    { "hasattr", bi_hasattr, 0, 2, 2,
      "Return whether the object has an attribute with the given name." },
    { "setattr", bi_setattr, 0, 3, 3,
      "Sets the named attribute on the given object to the specified value." },
    { "delattr", bi_delattr, 0, 2, 2, "Deletes the named attribute from the given object." },
    { "format", bi_format, 0, 1, 2, "Return value.__format__(format_spec)" },
    { "globals", bi_globals, 0, 0, 0,
      "Return the dictionary containing the current scope's global variables." },
    { "locals", bi_locals, 0, 0, 0,
      "Return a dictionary containing the current scope's local variables." },
    { "vars", bi_vars, 0, 0, 1, "vars([object]) -> dictionary" },
    { "dir", bi_dir, 0, 0, 1, "dir([object]) -> list of strings" },
    { NULL, NULL, 0, 0, 0, NULL }
};

/* ---- the namespace --------------------------------------------------------------------------- */

static int add_name(rill_vm *vm, const char *name, Value v)
{
    if (v == V_NULL) return 0;          /* a class the VM does not have (yet) */
    RStr *s = str_intern_cstr(vm, name);
    if (!s) return -1;
    int r = dict_set_str(vm, vm->builtins, s, v);
    obj_decref(vm, s);
    return r;
}

int bi_init_builtins(rill_vm *vm)
{
    static const struct {
        const char *name;
        size_t field;
    } classes[] = {
#define C(n) { #n, offsetof(rill_vm, cls_##n) },
        C(object) C(type) C(int) C(bool) C(float) C(str) C(tuple) C(list) C(dict) C(set)
        C(frozenset) C(range) C(slice) C(property) C(staticmethod) C(classmethod) C(super)
        C(enumerate) C(zip) C(map) C(filter) C(reversed)
#undef C
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        RClass *c = *(RClass **)((char *)vm + classes[i].field);
        if (add_name(vm, classes[i].name, c ? v_from_obj(c) : V_NULL) < 0) return -1;
    }
#define X(n, b) if (add_name(vm, #n, vm->exc_##n ? v_from_obj(vm->exc_##n) : V_NULL) < 0) return -1;
    RILL_EXCEPTIONS(X)
#undef X
    /* CPython's alias */
    if (vm->exc_OSError && add_name(vm, "EnvironmentError", v_from_obj(vm->exc_OSError)) < 0)
        return -1;
    if (vm->exc_OSError && add_name(vm, "IOError", v_from_obj(vm->exc_OSError)) < 0) return -1;
    /* CPython's builtins dict holds the constants too, which is what lets a NameError
       for "true" suggest "True" */
    if (add_name(vm, "None", V_NONE) < 0 || add_name(vm, "False", V_FALSE) < 0 ||
        add_name(vm, "True", V_TRUE) < 0)
        return -1;
    if (add_name(vm, "NotImplemented", vm->not_implemented) < 0) return -1;
    /* what a class body finds for its __module__ when its globals have no __name__
       (exec(src, {})): CPython's builtins module's name */
    RStr *modname = str_from_cstr(vm, "builtins");
    int rn = modname ? add_name(vm, "__name__", v_from_obj(modname)) : -1;
    obj_xdecref(vm, modname);
    if (rn < 0) return -1;
    if (add_name(vm, "Ellipsis", vm->ellipsis) < 0) return -1;
    RCFunc *bc = cfunc_new(vm, &class_build_class_def, V_NULL, NULL);
    if (!bc) return -1;
    int r = dict_set_str(vm, vm->builtins, vm->s___build_class__, v_from_obj(bc));
    obj_decref(vm, bc);
    if (r < 0) return -1;
    return bi_add_functions(vm, builtin_functions);
}
