/*
** descr.c — the descriptor types that classes are built with: property (with its
** getter/setter/deleter copies), staticmethod, classmethod, and super (zero-argument
** form included, found from the calling frame as CPython does).
*/
#include <string.h>
#include "class.h"
#include "str.h"
#include "seq.h"
#include "dict.h"
#include "exc.h"
#include "ops.h"
#include "frame.h"

/* ---- property ---------------------------------------------------------------------- */

static Value property_make(rill_vm *vm, RClass *cls, Value fget, Value fset, Value fdel, Value doc)
{
    RProperty *p = obj_alloc(vm, K_PROPERTY, cls, sizeof(RProperty), true);
    if (!p) return V_NULL;
    p->fget = v_incref(fget);
    p->fset = v_incref(fset);
    p->fdel = v_incref(fdel);
    if (doc == V_NONE && fget != V_NONE) {
        /* the getter's docstring, as CPython */
        Value d = obj_getattr_opt(vm, fget, vm->s___doc__);
        exc_clear(vm);
        p->doc = d == V_NULL ? V_NONE : d;
    } else {
        p->doc = v_incref(doc);
    }
    return v_from_obj(p);
}

static Value property_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value a[4];
    if (arg_parse(vm, "property", args + 1, nargs - 1, kw, "| fget fset fdel doc", a) < 0) return V_NULL;
    for (int i = 0; i < 4; i++)
        if (a[i] == V_NULL) a[i] = V_NONE;
    return property_make(vm, v_class_obj(args[0]), a[0], a[1], a[2], a[3]);
}

/* p.getter(f) / p.setter(f) / p.deleter(f): a copy with one function replaced */
static Value property_copy(rill_vm *vm, const Value *args, int which)
{
    RProperty *p = (RProperty *)args[0];
    Value f[3] = { p->fget, p->fset, p->fdel };
    f[which] = args[1];
    Value doc = which == 0 ? V_NONE : p->doc;
    return property_make(vm, p->h.cls, f[0], f[1], f[2], doc);
}

static Value property_getter(rill_vm *vm, const Value *args, size_t n, RTuple *kw) { return property_copy(vm, args, 0); }
static Value property_setter(rill_vm *vm, const Value *args, size_t n, RTuple *kw) { return property_copy(vm, args, 1); }
static Value property_deleter(rill_vm *vm, const Value *args, size_t n, RTuple *kw) { return property_copy(vm, args, 2); }

static Value property_get(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (nargs < 2 || args[1] == V_NONE) return v_incref(args[0]);
    return obj_getattr_descr(vm, args[0], args[1]);
}

static const CFuncDef property_methods[] = {
    { "getter", property_getter, CF_METHOD, 1, 1, "Descriptor to obtain a copy of the property with a different getter." },
    { "setter", property_setter, CF_METHOD, 1, 1, "Descriptor to obtain a copy of the property with a different setter." },
    { "deleter", property_deleter, CF_METHOD, 1, 1, "Descriptor to obtain a copy of the property with a different deleter." },
    { "__get__", property_get, CF_METHOD, 1, 2, "Return an attribute of instance, which is of type owner." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static Value p_fget(rill_vm *vm, Value self) { return v_incref(((RProperty *)self)->fget); }
static Value p_fset(rill_vm *vm, Value self) { return v_incref(((RProperty *)self)->fset); }
static Value p_fdel(rill_vm *vm, Value self) { return v_incref(((RProperty *)self)->fdel); }
static Value p_doc(rill_vm *vm, Value self) { return v_incref(((RProperty *)self)->doc); }

static const GetSetDef property_getsets[] = {
    { "fget", p_fget, NULL }, { "fset", p_fset, NULL }, { "fdel", p_fdel, NULL },
    { "__doc__", p_doc, NULL }, { NULL, NULL, NULL }
};

/* ---- staticmethod and classmethod ------------------------------------------------------ */

static Value wrap_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw, ObjKind kind,
                       const char *name)
{
    if (kw && kw->n) return exc_raisef(vm, vm->exc_TypeError, "%s() takes no keyword arguments", name);
    if (nargs != 2)
        return exc_raisef(vm, vm->exc_TypeError, "%s expected 1 argument, got %zu", name, nargs - 1);
    RMethodWrap *w = obj_alloc(vm, kind, v_class_obj(args[0]), sizeof(RMethodWrap), true);
    if (!w) return V_NULL;
    w->func = v_incref(args[1]);
    return v_from_obj(w);
}

static Value staticmethod_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return wrap_ctor(vm, args, nargs, kw, K_STATICMETHOD, "staticmethod");
}

static Value classmethod_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return wrap_ctor(vm, args, nargs, kw, K_CLASSMETHOD, "classmethod");
}

static Value w_func(rill_vm *vm, Value self) { return v_incref(((RMethodWrap *)self)->func); }

static const GetSetDef wrap_getsets[] = {
    { "__func__", w_func, NULL }, { "__wrapped__", w_func, NULL }, { NULL, NULL, NULL }
};

/* ---- super --------------------------------------------------------------------------- */

/* super(type, obj): obj an instance of type (bound to obj) or a subclass of it (bound to
   the class, for classmethods). The class whose MRO is searched. */
static RClass *super_check(rill_vm *vm, RClass *type, Value obj)
{
    if (v_is_class(obj) && class_is_subclass(v_class_obj(obj), type)) return v_class_obj(obj);
    RClass *c = v_class(vm, obj);
    if (class_is_subclass(c, type)) return c;
    return exc_raisef_p(vm, vm->exc_TypeError,
                        "super(type, obj): obj must be an instance or subtype of type");
}

/* The zero-argument form: the calling frame's __class__ cell and first argument. */
static int super_from_frame(rill_vm *vm, RClass **type, Value *obj)
{
    Frame *f = vm->frame;
    if (!f || !f->func) return exc_raisef_i(vm, vm->exc_RuntimeError, "super(): no current frame");
    RCode *co = f->func->code;
    if (co->argcount == 0) return exc_raisef_i(vm, vm->exc_RuntimeError, "super(): no arguments");
    Value first = f->slots[0];
    Value *cells = frame_cells(f);
    /* the first argument may have moved into a cell (a closure captures self) */
    for (uint32_t i = 0; co->cell2arg && i < co->ncells; i++)
        if (co->cell2arg[i] == 0) first = ((RCell *)cells[i])->v;
    if (first == V_NULL) return exc_raisef_i(vm, vm->exc_RuntimeError, "super(): arg[0] deleted");
    for (uint32_t i = 0; i < co->nfrees; i++) {
        if (!str_eq_cstr(co->cellnames[co->ncells + i], "__class__")) continue;
        Value cls = ((RCell *)cells[co->ncells + i])->v;
        if (cls == V_NULL) return exc_raisef_i(vm, vm->exc_RuntimeError, "super(): empty __class__ cell");
        if (!v_is_class(cls))
            return exc_raisef_i(vm, vm->exc_RuntimeError, "super(): __class__ is not a type (%T)", cls);
        *type = v_class_obj(cls);
        *obj = first;
        return 0;
    }
    return exc_raisef_i(vm, vm->exc_RuntimeError, "super(): __class__ cell not found");
}

static Value super_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (kw && kw->n) return exc_raisef(vm, vm->exc_TypeError, "super() takes no keyword arguments");
    RClass *type = NULL;
    Value obj = V_NULL;
    if (nargs == 1) {
        if (super_from_frame(vm, &type, &obj) < 0) return V_NULL;
    } else if (nargs == 3) {
        if (!v_is_class(args[1]))
            return exc_raisef(vm, vm->exc_TypeError, "super() argument 1 must be a type, not %T", args[1]);
        type = v_class_obj(args[1]);
        obj = args[2];
    } else {
        return exc_raisef(vm, vm->exc_TypeError, "super() takes at most 2 arguments (%zu given)", nargs - 1);
    }
    RClass *obj_type = super_check(vm, type, obj);
    if (!obj_type) return V_NULL;
    RSuper *s = obj_alloc(vm, K_SUPER, v_class_obj(args[0]), sizeof(RSuper), true);
    if (!s) return V_NULL;
    obj_incref(type);
    s->type = type;
    s->obj = v_incref(obj);
    obj_incref(obj_type);
    s->obj_type = obj_type;
    return v_from_obj(s);
}

Value super_getattr(rill_vm *vm, RSuper *s, RStr *name, bool quiet)
{
    RTuple *mro = s->obj_type->mro;
    if (mro && !str_eq_cstr(name, "__class__")) {
        size_t i = 0;
        while (i < mro->n && mro->items[i] != v_from_obj(s->type)) i++;
        for (i++; i < mro->n; i++) {
            RClass *c = (RClass *)mro->items[i];
            Value d = c->dict ? dict_get_str(c->dict, name) : V_NULL;
            if (d == V_NULL) continue;
            /* bound to obj; a class obj (super in a classmethod) binds like the class */
            if (s->obj == v_from_obj(s->obj_type)) return obj_getattr_descr_class(vm, d, s->obj_type);
            return obj_getattr_descr(vm, d, s->obj);
        }
    }
    const char *n = name->data;
    if (strcmp(n, "__thisclass__") == 0) return v_incref(v_from_obj(s->type));
    if (strcmp(n, "__self__") == 0) return v_incref(s->obj);
    if (strcmp(n, "__self_class__") == 0) return v_incref(v_from_obj(s->obj_type));
    if (strcmp(n, "__class__") == 0) return v_incref(v_from_obj(s->h.cls));
    if (quiet) return V_NULL;
    return exc_raisef(vm, vm->exc_AttributeError, "'super' object has no attribute '%U'", name);
}

RStr *super_repr(rill_vm *vm, RSuper *s)
{
    if (v_is_class(s->obj))
        return str_format(vm, "<super: <class '%U'>, <%U object>>", s->type->name, s->obj_type->name);
    return str_format(vm, "<super: <class '%U'>, <%U object>>", s->type->name, s->obj_type->name);
}

/* ---- class creation hooks ------------------------------------------------------------- */

int class_init_hooks(rill_vm *vm, RClass *cls, RTuple *kwnames, const Value *kwvalues)
{
    /* __set_name__ on every attribute that has it, in definition order */
    size_t pos = 0;
    Value k, v;
    RDict *d = cls->dict;
    while (dict_next(d, &pos, &k, &v)) {
        if (!v_is_obj(v) || !v_is_str(k)) continue;
        Value sn = class_lookup(v_obj(v)->cls, vm->s___set_name__);
        if (sn == V_NULL) continue;
        v_incref(v);
        v_incref(k);
        Value a[3] = { v, v_from_obj(cls), k };
        Value r = call_value(vm, sn, a, 3, NULL);
        v_decref(vm, v);
        v_decref(vm, k);
        if (r == V_NULL) {
            /* CPython 3.11 wraps it: RuntimeError("Error calling __set_name__ on ...") */
            return -1;
        }
        v_decref(vm, r);
    }
    /* super(cls, cls).__init_subclass__(**kwargs) */
    RTuple *mro = cls->mro;
    for (size_t i = 1; mro && i < mro->n; i++) {
        RClass *c = (RClass *)mro->items[i];
        Value f = dict_get_str(c->dict, vm->s___init_subclass__);
        if (f == V_NULL) continue;
        Value r;
        if (v_is_kind(f, K_CLASSMETHOD)) {
            f = ((RMethodWrap *)f)->func;
        } else if (v_is_func(f)) {
            /* a plain function here is implicitly a classmethod (CPython) */
        } else {
            /* object's own: accepts no keyword arguments */
            if (kwnames && kwnames->n)
                return exc_raisef_i(vm, vm->exc_TypeError, "%U.__init_subclass__() takes no keyword arguments",
                                    cls->name);
            return 0;
        }
        Value self = v_from_obj(cls);
        ArgVec av;
        if (argvec_init(vm, &av, self, kwvalues, kwnames ? kwnames->n : 0) < 0) return -1;
        r = call_value(vm, f, av.v, 1, kwnames && kwnames->n ? kwnames : NULL);
        argvec_free(vm, &av);
        if (r == V_NULL) return -1;
        v_decref(vm, r);
        return 0;
    }
    return 0;
}

int descr_init_classes(rill_vm *vm)
{
    vm->cls_property->ctor = property_ctor;
    vm->cls_staticmethod->ctor = staticmethod_ctor;
    vm->cls_classmethod->ctor = classmethod_ctor;
    vm->cls_super->ctor = super_ctor;
    if (cfunc_add_all(vm, vm->cls_property->dict, property_methods, vm->cls_property) < 0) return -1;
    if (class_add_getsets(vm, vm->cls_property, property_getsets) < 0) return -1;
    if (class_add_getsets(vm, vm->cls_staticmethod, wrap_getsets) < 0) return -1;
    return class_add_getsets(vm, vm->cls_classmethod, wrap_getsets);
}
