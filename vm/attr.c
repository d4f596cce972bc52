/*
** attr.c — attribute access and item access for every kind of value: CPython's generic
** getattr (data descriptors on the class, then the instance dict, then other class
** attributes, bound as methods; then __getattr__), setattr/delattr, LOAD_METHOD's
** unbound-method shortcut, and subscripting.
*/
#include <string.h>
#include "ops.h"
#include "str.h"
#include "int.h"
#include "seq.h"
#include "dict.h"
#include "func.h"
#include "class.h"
#include "exc.h"

static bool is_user_class(RClass *c) { return !(c->flags & CLS_BUILTIN); }

/* The dict holding v's own attributes, if its kind has one. */
static RDict **instance_dict_slot(Value v)
{
    if (!v_is_obj(v)) return NULL;
    RObj *o = v_obj(v);
    switch ((ObjKind)o->kind) {
    case K_INST: return &((RInst *)o)->dict;
    case K_EXC: return &((RExc *)o)->dict;
    case K_FUNC: return &((RFunc *)o)->dict;
    default: return NULL;
    }
}

/* A data descriptor whose __get__ takes precedence over the instance dict: a property,
   a slot, or an object whose user class defines __get__ and __set__ or __delete__ (one
   without __get__ leaves the instance dict first, as in CPython's generic getattr). */
static bool is_data_descr(rill_vm *vm, Value d)
{
    if (v_is_kind(d, K_PROPERTY) || getset_def(vm, d) != NULL) return true;
    if (!v_is_obj(d) || !is_user_class(v_obj(d)->cls)) return false;
    RClass *dc = v_obj(d)->cls;
    return class_lookup(dc, vm->s___get__) != V_NULL &&
           (class_lookup(dc, vm->s___set__) != V_NULL || class_lookup(dc, vm->s___delete__) != V_NULL);
}

/* d.__get__(inst, owner) when d is an object of a user class with __get__ (inst None:
   read through the class). V_NULL with no exception pending: d has no __get__. */
static Value user_descr_get(rill_vm *vm, Value d, Value inst, RClass *owner)
{
    RClass *dc = v_obj(d)->cls;
    if (!is_user_class(dc)) return V_NULL;
    Value get = class_lookup(dc, vm->s___get__);
    if (get == V_NULL) return V_NULL;
    Value a[3] = { d, inst, v_from_obj(owner) };
    return call_value(vm, get, a, 3, NULL);
}

/* The value of class attribute d looked up through instance self (descriptor __get__). */
Value obj_getattr_descr(rill_vm *vm, Value d, Value self)
{
    if (!v_is_obj(d)) return v_incref(d);
    RObj *o = v_obj(d);
    switch ((ObjKind)o->kind) {
    case K_FUNC: return bound_new(vm, d, self);
    case K_CFUNC: {
        RCFunc *cf = (RCFunc *)o;
        if (cf->self != V_NULL || !(cf->def->flags & (CF_METHOD | CF_CLASS))) return v_incref(d);
        Value target = (cf->def->flags & CF_CLASS) ? v_from_obj(v_class(vm, self)) : self;
        RCFunc *b = cfunc_new(vm, cf->def, target, cf->owner);
        return b ? v_from_obj(b) : V_NULL;
    }
    case K_STATICMETHOD: return v_incref(((RMethodWrap *)o)->func);
    case K_CLASSMETHOD: return bound_new(vm, ((RMethodWrap *)o)->func, v_from_obj(v_class(vm, self)));
    case K_PROPERTY: {
        RProperty *p = (RProperty *)o;
        if (p->fget == V_NONE)
            return exc_raisef(vm, vm->exc_AttributeError, "unreadable attribute");
        return call_value(vm, p->fget, &self, 1, NULL);
    }
    default: {
        const GetSetDef *gs = getset_def(vm, d);
        if (gs) return gs->get(vm, self);
        Value r = user_descr_get(vm, d, self, v_class(vm, self));
        return r != V_NULL || vm_exc_pending(vm) ? r : v_incref(d);
    }
    }
}

/* The value of class attribute d as seen through class c itself (type.__getattribute__:
   descriptors' __get__(None, c)), when c or a subclass of c (super in a classmethod)
   was read. Functions, methods, properties and slots stay as they are. */
Value obj_getattr_descr_class(rill_vm *vm, Value d, RClass *c)
{
    if (!v_is_obj(d)) return v_incref(d);
    RObj *o = v_obj(d);
    switch ((ObjKind)o->kind) {
    case K_STATICMETHOD: return v_incref(((RMethodWrap *)o)->func);
    case K_CLASSMETHOD: return bound_new(vm, ((RMethodWrap *)o)->func, v_from_obj(c));
    case K_CFUNC: {
        RCFunc *cf = (RCFunc *)o;
        if (cf->self != V_NULL || !(cf->def->flags & CF_CLASS)) return v_incref(d);
        RCFunc *b = cfunc_new(vm, cf->def, v_from_obj(c), cf->owner);
        return b ? v_from_obj(b) : V_NULL;
    }
    default: {
        Value r = user_descr_get(vm, d, V_NONE, c);
        return r != V_NULL || vm_exc_pending(vm) ? r : v_incref(d);
    }
    }
}

/* type's own data descriptors (__name__, __mro__...) come before anything the class
   or its bases define, as in type.__getattribute__. V_NULL: not one of them. */
static Value type_data_attr(rill_vm *vm, RClass *c, RStr *name)
{
    const char *n = name->data;
    if (n[0] != '_' || n[1] != '_') return V_NULL;
    if (strcmp(n, "__name__") == 0) return v_incref(v_from_obj(c->name));
    if (strcmp(n, "__qualname__") == 0) return v_incref(v_from_obj(c->qualname));
    if (strcmp(n, "__mro__") == 0 && c->mro) return v_incref(v_from_obj(c->mro));
    if (strcmp(n, "__bases__") == 0) return v_incref(v_from_obj(c->bases));
    if (strcmp(n, "__base__") == 0)
        return c->bases && c->bases->n ? v_incref(c->bases->items[0]) : V_NONE;
    if (strcmp(n, "__dict__") == 0) {
        RDict *d = dict_copy(vm, c->dict);
        return d ? v_from_obj(d) : V_NULL;
    }
    if (strcmp(n, "__module__") == 0) {
        Value m = dict_get_str(c->dict, name);
        return m != V_NULL ? v_incref(m) : v_from_obj(str_intern_cstr(vm, "builtins"));
    }
    if (strcmp(n, "__doc__") == 0) {
        Value d = dict_get_str(c->dict, name);
        return d != V_NULL ? obj_getattr_descr_class(vm, d, c) : V_NONE;
    }
    return V_NULL;
}

/* Attributes of a class object (type.__getattribute__). */
static Value class_getattr(rill_vm *vm, RClass *c, RStr *name, bool quiet)
{
    Value t = type_data_attr(vm, c, name);
    if (t != V_NULL || vm_exc_pending(vm)) return t;
    Value d = class_lookup(c, name);
    if (d != V_NULL) return obj_getattr_descr_class(vm, d, c);
    if (strcmp(name->data, "__class__") == 0) return v_incref(v_from_obj(c->h.cls));
    /* the metaclass (type) may have it: mro()... */
    Value m = class_lookup(vm->cls_type, name);
    if (m != V_NULL) return obj_getattr_descr(vm, m, v_from_obj(c));
    if (quiet) return V_NULL;
    return exc_raisef(vm, vm->exc_AttributeError, "type object '%U' has no attribute '%U'", c->name, name);
}

/* Attributes every object has that live in no dict. */
static Value special_attr(rill_vm *vm, Value v, RStr *name)
{
    const char *n = name->data;
    if (n[0] != '_' || n[1] != '_') return V_NULL;
    if (strcmp(n, "__class__") == 0) return v_incref(v_from_obj(v_class(vm, v)));
    if (strcmp(n, "__dict__") == 0) {
        RDict **slot = instance_dict_slot(v);
        if (slot) {
            if (!*slot && !(*slot = dict_new(vm))) return V_NULL;
            return v_incref(v_from_obj(*slot));
        }
        if (v_is_kind(v, K_MODULE)) return v_incref(v_from_obj(((RModule *)v)->dict));
        return V_NULL;
    }
    if (v_is_kind(v, K_FUNC)) {
        RFunc *f = (RFunc *)v;
        if (strcmp(n, "__name__") == 0) return v_incref(v_from_obj(f->name));
        if (strcmp(n, "__qualname__") == 0) return v_incref(v_from_obj(f->qualname));
        if (strcmp(n, "__doc__") == 0) return v_incref(f->doc);
        if (strcmp(n, "__module__") == 0) return v_incref(f->module);
        if (strcmp(n, "__code__") == 0) return v_incref(v_from_obj(f->code));
        if (strcmp(n, "__globals__") == 0) return v_incref(v_from_obj(f->globals));
        if (strcmp(n, "__defaults__") == 0) return f->defaults ? v_incref(v_from_obj(f->defaults)) : V_NONE;
        if (strcmp(n, "__kwdefaults__") == 0) return f->kwdefaults ? v_incref(v_from_obj(f->kwdefaults)) : V_NONE;
        if (strcmp(n, "__closure__") == 0) return f->closure ? v_incref(v_from_obj(f->closure)) : V_NONE;
    }
    if (v_is_kind(v, K_CFUNC)) {
        RCFunc *cf = (RCFunc *)v;
        if (strcmp(n, "__name__") == 0) return v_from_obj(str_from_cstr(vm, cf->def->name));
        if (strcmp(n, "__qualname__") == 0) {
            if (cf->owner) return v_from_obj(str_format(vm, "%U.%s", cf->owner->name, cf->def->name));
            return v_from_obj(str_from_cstr(vm, cf->def->name));
        }
        if (strcmp(n, "__doc__") == 0)
            return cf->def->doc ? v_from_obj(str_from_cstr(vm, cf->def->doc)) : V_NONE;
        if (strcmp(n, "__self__") == 0) return cf->self != V_NULL ? v_incref(cf->self) : V_NONE;
        if (strcmp(n, "__module__") == 0) return cf->module != V_NULL ? v_incref(cf->module) : V_NONE;
    }
    if (v_is_kind(v, K_BOUND)) {
        RBound *b = (RBound *)v;
        if (strcmp(n, "__self__") == 0) return v_incref(b->self);
        if (strcmp(n, "__func__") == 0) return v_incref(b->func);
        return obj_getattr_opt(vm, b->func, name);
    }
    if (v_is_kind(v, K_MODULE) && strcmp(n, "__name__") == 0)
        return v_incref(v_from_obj(((RModule *)v)->name));
    if (v_is_kind(v, K_CODE)) {
        RCode *co = (RCode *)v;
        if (strcmp(n, "__name__") == 0) return v_incref(v_from_obj(co->name));
    }
    if ((v_is_kind(v, K_STATICMETHOD) || v_is_kind(v, K_CLASSMETHOD)) && strcmp(n, "__func__") == 0)
        return v_incref(((RMethodWrap *)v)->func);
    return V_NULL;
}

static Value lookup_attr(rill_vm *vm, Value v, RStr *name, bool quiet);

/* The error, when there is one, is the function's ("'function' object has no
   attribute 'x'"), as CPython's. */
static Value lookup_func_attr(rill_vm *vm, Value func, RStr *name, bool quiet)
{
    return lookup_attr(vm, func, name, quiet);
}

static Value generic_getattr(rill_vm *vm, Value v, RStr *name, bool quiet)
{
    if (v_is_kind(v, K_CLASS)) return class_getattr(vm, (RClass *)v, name, quiet);
    if (v_is_kind(v, K_SUPER)) return super_getattr(vm, (RSuper *)v, name, quiet);
    if (v_is_kind(v, K_MODULE)) {
        Value r = dict_get_str(((RModule *)v)->dict, name);
        if (r != V_NULL) return v_incref(r);
        if (quiet) return V_NULL;
        return exc_raisef(vm, vm->exc_AttributeError, "module '%U' has no attribute '%U'",
                          ((RModule *)v)->name, name);
    }
    RClass *cls = v_class(vm, v);
    Value d = class_lookup_cached(vm, cls, name);
    if (d != V_NULL && is_data_descr(vm, d)) return obj_getattr_descr(vm, d, v);
    RDict **slot = instance_dict_slot(v);
    if (slot && *slot) {
        Value r = dict_get_str(*slot, name);
        if (r != V_NULL) return v_incref(r);
    }
    if (d != V_NULL) return obj_getattr_descr(vm, d, v);
    Value sp = special_attr(vm, v, name);
    if (sp != V_NULL || vm_exc_pending(vm)) return sp;
    if (v_is_kind(v, K_BOUND)) {
        /* a method passes other attribute lookups on to its function (method_getattro) */
        Value r = lookup_func_attr(vm, ((RBound *)v)->func, name, quiet);
        if (r != V_NULL || vm_exc_pending(vm)) return r;
    }
    if (quiet) return V_NULL;
    return exc_raisef(vm, vm->exc_AttributeError, "'%T' object has no attribute '%U'", v, name);
}

/* With __getattr__, any AttributeError of the normal lookup (a property's getter's
   included) falls back to it, as CPython's slot_tp_getattr_hook. */
static Value getattr_hook(rill_vm *vm, Value v, RStr *name, bool quiet)
{
    RClass *cls = v_class(vm, v);
    Value r = generic_getattr(vm, v, name, false);
    if (r != V_NULL || !exc_matches(vm, vm->exc_AttributeError)) return r;
    Value ga = class_lookup(cls, vm->s___getattr__);
    if (ga == V_NULL) {
        if (quiet) exc_clear(vm);
        return V_NULL;
    }
    exc_clear(vm);
    Value a[2] = { v, v_from_obj(name) };
    r = call_value(vm, ga, a, 2, NULL);
    if (r == V_NULL && quiet && exc_matches(vm, vm->exc_AttributeError)) exc_clear(vm);
    return r;
}

/* A user __getattribute__ replaces the generic lookup; __getattr__ still follows an
   AttributeError (slot_tp_getattr_hook). */
static Value getattribute_hook(rill_vm *vm, Value v, RStr *name, bool quiet)
{
    RClass *cls = v_class(vm, v);
    Value ga = class_lookup(cls, vm->s___getattribute__);
    Value a[2] = { v, v_from_obj(name) };
    Value r = call_value(vm, ga, a, 2, NULL);
    if (r != V_NULL || !exc_matches(vm, vm->exc_AttributeError)) return r;
    Value gh = (cls->flags & CLS_HAS_GETATTR) ? class_lookup(cls, vm->s___getattr__) : V_NULL;
    if (gh == V_NULL) {
        if (quiet) exc_clear(vm);
        return V_NULL;
    }
    exc_clear(vm);
    r = call_value(vm, gh, a, 2, NULL);
    if (r == V_NULL && quiet && exc_matches(vm, vm->exc_AttributeError)) exc_clear(vm);
    return r;
}

static Value lookup_attr(rill_vm *vm, Value v, RStr *name, bool quiet)
{
    if (v_is_obj(v) && !v_is_kind(v, K_CLASS)) {
        uint32_t fl = v_obj(v)->cls->flags;
        if (fl & CLS_HAS_GETATTRIBUTE) return getattribute_hook(vm, v, name, quiet);
        if (fl & CLS_HAS_GETATTR) return getattr_hook(vm, v, name, quiet);
    }
    return generic_getattr(vm, v, name, quiet);
}

/* PyObject_GenericGetAttr: never __getattr__, which only the attribute hook (and so a
   user __getattribute__'s caller) falls back to. */
Value obj_generic_getattr(rill_vm *vm, Value v, RStr *name)
{
    return generic_getattr(vm, v, name, false);
}

Value obj_getattr(rill_vm *vm, Value v, RStr *name)
{
    Value r = lookup_attr(vm, v, name, false);
    if (r == V_NULL) exc_attr_context(vm, v, name);
    return r;
}

Value obj_getattr_opt(rill_vm *vm, Value v, RStr *name)
{
    Value r = lookup_attr(vm, v, name, true);
    if (r == V_NULL && exc_matches(vm, vm->exc_AttributeError)) exc_clear(vm);
    return r;
}

int obj_getmethod(rill_vm *vm, Value v, RStr *name, Value *meth)
{
    RClass *cls = v_class(vm, v);
    if (!v_is_kind(v, K_CLASS) && !v_is_kind(v, K_MODULE) && !v_is_kind(v, K_SUPER)) {
        Value d = class_lookup_cached(vm, cls, name);
        if (d != V_NULL && (v_is_func(d) ||
                            (v_is_kind(d, K_CFUNC) && ((RCFunc *)d)->self == V_NULL &&
                             (((RCFunc *)d)->def->flags & CF_METHOD)))) {
            RDict **slot = instance_dict_slot(v);
            if (!slot || !*slot || dict_get_str(*slot, name) == V_NULL) {
                *meth = v_incref(d);
                return 1;
            }
        }
    }
    Value r = obj_getattr(vm, v, name);
    if (r == V_NULL) return -1;
    *meth = r;
    return 0;
}

int obj_setattr(rill_vm *vm, Value v, RStr *name, Value value)
{
    if (v_is_obj(v) && !v_is_kind(v, K_CLASS) && (v_obj(v)->cls->flags & CLS_HAS_SETATTR)) {
        /* a user __setattr__ / __delattr__ (or object's, which is the generic path) */
        RStr *hook = value != V_NULL ? vm->s___setattr__ : vm->s___delattr__;
        Value meth = class_lookup(v_obj(v)->cls, hook);
        if (meth != V_NULL && !v_is_kind(meth, K_CFUNC)) {
            Value a[3] = { v, v_from_obj(name), value };
            Value r = call_value(vm, meth, a, value != V_NULL ? 3 : 2, NULL);
            if (r == V_NULL) return -1;
            v_decref(vm, r);
            return 0;
        }
    }
    return obj_generic_setattr(vm, v, name, value);
}

int obj_generic_setattr(rill_vm *vm, Value v, RStr *name, Value value)
{
    if (v_is_kind(v, K_CLASS)) return class_setattr(vm, (RClass *)v, name, value);
    if (v_is_kind(v, K_MODULE)) {
        RDict *d = ((RModule *)v)->dict;
        if (value != V_NULL) return dict_set_str(vm, d, name, value);
        int r = dict_del_str(vm, d, name);
        /* the generic message: CPython's modules have no delattr of their own */
        if (r == 0)
            return exc_raisef_i(vm, vm->exc_AttributeError, "'%T' object has no attribute '%U'",
                                v, name);
        return r < 0 ? -1 : 0;
    }
    RClass *cls = v_class(vm, v);
    Value d = class_lookup_cached(vm, cls, name);
    if (d != V_NULL) {
        if (v_is_kind(d, K_PROPERTY)) {
            RProperty *p = (RProperty *)d;
            Value fn = value != V_NULL ? p->fset : p->fdel;
            if (fn == V_NONE) {
                if (value != V_NULL)
                    return exc_raisef_i(vm, vm->exc_AttributeError,
                                        "property '%U' of '%T' object has no setter", name, v);
                return exc_raisef_i(vm, vm->exc_AttributeError,
                                    "property '%U' of '%T' object has no deleter", name, v);
            }
            Value a[2] = { v, value };
            Value r = call_value(vm, fn, a, value != V_NULL ? 2 : 1, NULL);
            if (r == V_NULL) return -1;
            v_decref(vm, r);
            return 0;
        }
        const GetSetDef *gs = getset_def(vm, d);
        if (gs) {
            if (!gs->set)
                return exc_raisef_i(vm, vm->exc_AttributeError,
                                    "attribute '%U' of '%U' objects is not writable", name, cls->name);
            return gs->set(vm, v, value);
        }
        if (v_is_obj(d) && is_user_class(v_obj(d)->cls)) {
            Value set = class_lookup(v_obj(d)->cls, value != V_NULL ? vm->s___set__ : vm->s___delete__);
            if (set != V_NULL) {
                Value a[3] = { d, v, value };
                Value r = call_value(vm, set, a, value != V_NULL ? 3 : 2, NULL);
                if (r == V_NULL) return -1;
                v_decref(vm, r);
                return 0;
            }
        }
    }
    RDict **slot = instance_dict_slot(v);
    if (slot && cls == vm->cls_object) slot = NULL;   /* object() has no __dict__ */
    if (!slot) {
        if (v_is_obj(v) && v_obj(v)->kind == K_CFUNC)
            return exc_raisef_i(vm, vm->exc_AttributeError,
                                "'builtin_function_or_method' object has no attribute '%U'", name);
        return exc_raisef_i(vm, vm->exc_AttributeError, "'%T' object has no attribute '%U'", v, name);
    }
    if (v_is_func(v) && value != V_NULL) {
        /* a few function attributes are fields, not dict entries */
        RFunc *f = (RFunc *)v;
        if (str_eq_cstr(name, "__name__") && v_is_str(value)) {
            obj_store(vm, &f->name, (RStr *)v_incref(value));
            return 0;
        }
        if (str_eq_cstr(name, "__qualname__") && v_is_str(value)) {
            obj_store(vm, &f->qualname, (RStr *)v_incref(value));
            return 0;
        }
        if (str_eq_cstr(name, "__doc__")) {
            v_store(vm, &f->doc, v_incref(value));
            return 0;
        }
        if (str_eq_cstr(name, "__module__")) {
            v_store(vm, &f->module, v_incref(value));
            return 0;
        }
    }
    if (value == V_NULL) {
        int r = *slot ? dict_del_str(vm, *slot, name) : 0;
        if (r == 0)
            return exc_raisef_i(vm, vm->exc_AttributeError, "'%T' object has no attribute '%U'", v, name);
        return r < 0 ? -1 : 0;
    }
    if (!*slot && !(*slot = dict_new(vm))) return -1;
    return dict_set_str(vm, *slot, name, value);
}

/* ---- items -------------------------------------------------------------------------- */

Value obj_getitem(rill_vm *vm, Value v, Value key)
{
    if (v_is_obj(v)) {
        RObj *o = v_obj(v);
        bool user = is_user_class(o->cls);
        if (user) {
            Value meth = class_lookup(o->cls, vm->s___getitem__);
            if (meth != V_NULL && !v_is_kind(meth, K_CFUNC)) {
                Value a[2] = { v, key };
                return call_value(vm, meth, a, 2, NULL);
            }
        }
        switch ((ObjKind)o->kind) {
        case K_LIST: return list_getitem(vm, (RList *)o, key);
        case K_TUPLE: return tuple_getitem(vm, (RTuple *)o, key);
        case K_STR: return str_getitem(vm, (RStr *)o, key);
        case K_DICT: {
            Value r;
            int found = dict_lookup(vm, (RDict *)o, key, &r);
            if (found < 0) return V_NULL;
            if (found) return v_incref(r);
            return exc_raise_arg(vm, vm->exc_KeyError, key);
        }
        case K_RANGE: return range_getitem(vm, (RRange *)o, key);
        case K_CLASS:
            return exc_raisef(vm, vm->exc_TypeError, "type '%U' is not subscriptable", ((RClass *)o)->name);
        default:
            break;
        }
        Value meth = class_lookup(o->cls, vm->s___getitem__);
        if (meth != V_NULL) {
            Value a[2] = { v, key };
            return call_value(vm, meth, a, 2, NULL);
        }
    }
    return exc_raisef(vm, vm->exc_TypeError, "'%T' object is not subscriptable", v);
}

int obj_setitem(rill_vm *vm, Value v, Value key, Value value)
{
    if (v_is_obj(v)) {
        RObj *o = v_obj(v);
        if (is_user_class(o->cls) || o->kind == K_NATIVE) {
            Value meth = class_lookup(o->cls, vm->s___setitem__);
            if (meth != V_NULL && !v_is_kind(meth, K_CFUNC)) {
                Value a[3] = { v, key, value };
                Value r = call_value(vm, meth, a, 3, NULL);
                if (r == V_NULL) return -1;
                v_decref(vm, r);
                return 0;
            }
        }
        switch ((ObjKind)o->kind) {
        case K_LIST: return list_setitem(vm, (RList *)o, key, value);
        case K_DICT: return dict_set(vm, (RDict *)o, key, value);
        default: break;
        }
    }
    return exc_raisef_i(vm, vm->exc_TypeError, "'%T' object does not support item assignment", v);
}

int obj_delitem(rill_vm *vm, Value v, Value key)
{
    if (v_is_obj(v)) {
        RObj *o = v_obj(v);
        if (is_user_class(o->cls)) {
            Value meth = class_lookup(o->cls, vm->s___delitem__);
            if (meth != V_NULL && !v_is_kind(meth, K_CFUNC)) {
                Value a[2] = { v, key };
                Value r = call_value(vm, meth, a, 2, NULL);
                if (r == V_NULL) return -1;
                v_decref(vm, r);
                return 0;
            }
        }
        switch ((ObjKind)o->kind) {
        case K_LIST: return list_delitem(vm, (RList *)o, key);
        case K_DICT: {
            int r = dict_del(vm, (RDict *)o, key);
            if (r < 0) return -1;
            if (r == 0) {
                exc_raise_arg(vm, vm->exc_KeyError, key);
                return -1;
            }
            return 0;
        }
        default: break;
        }
    }
    return exc_raisef_i(vm, vm->exc_TypeError, "'%T' object doesn't support item deletion", v);
}
