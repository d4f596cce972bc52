/*
** iter.c — the iterator objects of the built-in types: list (forward and reversed), tuple,
** str (ASCII by byte, otherwise by code point), range (machine ints, and a bignum path),
** dict (keys, values, items; forward and reversed), set, the sequence iterator of classes
** with only __getitem__, and iter(callable, sentinel); and the dict views (dict_keys,
** dict_values, dict_items) with their length, iteration, membership and repr. The views'
** set operations and comparisons are in stdlib/dict_methods.c.
**
** Every iterator is a K_NATIVE object whose NativeOps.iternext does the work; exhaustion
** drops the reference to the iterated object, as CPython does, so an exhausted iterator
** stays exhausted even if the container grows again.
*/
#include <string.h>
#include "iter.h"
#include "ops.h"
#include "str.h"
#include "int.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "exc.h"
#include "frame.h"

/* ---- shared methods ------------------------------------------------------------- */

Value iter_raise_stop(rill_vm *vm)
{
    RExc *e = exc_new(vm, vm->exc_StopIteration, NULL);
    if (e) exc_set(vm, e);
    return V_NULL;
}

static bool is_native_iter(Value v)
{
    return v_is_kind(v, K_NATIVE) && v_obj(v)->cls->native && v_obj(v)->cls->native->iternext;
}

static Value m_iter_self(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_incref(args[0]);
}

static Value m_next(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value self = args[0];
    if (!is_native_iter(self))
        return exc_raisef(vm, vm->exc_TypeError, "'%T' object is not an iterator", self);
    Value r = v_obj(self)->cls->native->iternext(vm, v_obj(self));
    return r != V_NULL ? r : iter_stop_raise(vm);
}

const CFuncDef iter_methods[] = {
    { "__iter__", m_iter_self, CF_METHOD, 0, 0, "Implement iter(self)." },
    { "__next__", m_next, CF_METHOD, 0, 0, "Implement next(self)." },
    { NULL, NULL, 0, 0, 0, NULL }
};

int iter_new_class(rill_vm *vm, RClass **slot, const char *name, const NativeOps *ops,
                   const CFuncDef *defs)
{
    RClass *c = class_new_builtin(vm, name, vm->cls_object, K_NATIVE, 0);
    if (!c) return -1;
    c->native = ops;
    *slot = c;
    if (ops->iternext && cfunc_add_all(vm, c->dict, iter_methods, c) < 0) return -1;
    if (defs && cfunc_add_all(vm, c->dict, defs, c) < 0) return -1;
    return 0;
}

/* ---- list, tuple and sequence iterators -------------------------------------------
   One layout: the iterated object (V_NULL once exhausted) and the next index. */
typedef struct RSeqIter {
    RObj h;
    Value seq;
    size_t index;
} RSeqIter;

static void seqiter_traverse(RObj *o, VisitFn visit, void *arg)
{
    v_visit(((RSeqIter *)o)->seq, visit, arg);
}

static void seqiter_clear(rill_vm *vm, RObj *o)
{
    v_store(vm, &((RSeqIter *)o)->seq, V_NULL);
}

/* Exhaustion: forget the sequence (store first, release last). */
static Value seqiter_done(rill_vm *vm, RSeqIter *it)
{
    v_store(vm, &it->seq, V_NULL);
    return V_NULL;
}

static Value listiter_next(rill_vm *vm, RObj *o)
{
    RSeqIter *it = (RSeqIter *)o;
    if (it->seq == V_NULL) return V_NULL;
    RList *l = v_list(it->seq);
    if (it->index < l->n) return v_incref(l->items[it->index++]);
    return seqiter_done(vm, it);
}

static Value tupleiter_next(rill_vm *vm, RObj *o)
{
    RSeqIter *it = (RSeqIter *)o;
    if (it->seq == V_NULL) return V_NULL;
    RTuple *t = v_tuple(it->seq);
    if (it->index < t->n) return v_incref(t->items[it->index++]);
    return seqiter_done(vm, it);
}

/* list_reverseiterator: index counts down; SIZE_MAX is "before the first item". The
   length is re-checked each time, since the list may have shrunk. */
static Value listreviter_next(rill_vm *vm, RObj *o)
{
    RSeqIter *it = (RSeqIter *)o;
    if (it->seq == V_NULL) return V_NULL;
    RList *l = v_list(it->seq);
    if (it->index != SIZE_MAX && it->index < l->n) return v_incref(l->items[it->index--]);
    return seqiter_done(vm, it);
}

/* `iterator`: seq[0], seq[1]... until IndexError or StopIteration. */
static Value seqiter_next(rill_vm *vm, RObj *o)
{
    RSeqIter *it = (RSeqIter *)o;
    if (it->seq == V_NULL) return V_NULL;
    if (it->index > (size_t)V_SMALL_MAX)
        return exc_raisef(vm, vm->exc_OverflowError, "iter index too large");
    Value seq = v_incref(it->seq);
    Value r = obj_getitem(vm, seq, v_int((intptr_t)it->index));
    v_decref(vm, seq);
    if (r != V_NULL) {
        it->index++;
        return r;
    }
    if (exc_matches(vm, vm->exc_IndexError) || exc_matches(vm, vm->exc_StopIteration)) {
        exc_clear(vm);
        return seqiter_done(vm, it);
    }
    return V_NULL;
}

static const NativeOps listiter_ops = {
    sizeof(RSeqIter), true, seqiter_traverse, seqiter_clear, NULL, listiter_next
};
static const NativeOps listreviter_ops = {
    sizeof(RSeqIter), true, seqiter_traverse, seqiter_clear, NULL, listreviter_next
};
static const NativeOps tupleiter_ops = {
    sizeof(RSeqIter), true, seqiter_traverse, seqiter_clear, NULL, tupleiter_next
};
static const NativeOps seqiter_ops = {
    sizeof(RSeqIter), true, seqiter_traverse, seqiter_clear, NULL, seqiter_next
};

static Value seqiter_make(rill_vm *vm, RClass *cls, Value seq, size_t index)
{
    RSeqIter *it = obj_alloc(vm, K_NATIVE, cls, sizeof(RSeqIter), true);
    if (!it) return V_NULL;
    it->seq = v_incref(seq);
    it->index = index;
    return v_from_obj(it);
}

Value seqiter_new(rill_vm *vm, Value v)
{
    return seqiter_make(vm, vm->cls_seq_iterator, v, 0);
}

Value iter_listrev_new(rill_vm *vm, RList *l)
{
    return seqiter_make(vm, vm->cls_list_reverseiterator, v_from_obj(l),
                        l->n ? l->n - 1 : SIZE_MAX);
}

/* ---- str iterators ------------------------------------------------------------------
   index is a byte offset; for ASCII strings it is also the code point index. */

static Value strasciiiter_next(rill_vm *vm, RObj *o)
{
    RSeqIter *it = (RSeqIter *)o;
    if (it->seq == V_NULL) return V_NULL;
    RStr *s = v_str(it->seq);
    if (it->index < s->len) {
        unsigned char c = (unsigned char)s->data[it->index++];
        RStr *r = vm->char_cache[c];
        if (r) {
            obj_incref(r);
            return v_from_obj(r);
        }
        return v_from_obj(str_new(vm, (const char *)&c, 1));
    }
    return seqiter_done(vm, it);
}

static Value striter_next(rill_vm *vm, RObj *o)
{
    RSeqIter *it = (RSeqIter *)o;
    if (it->seq == V_NULL) return V_NULL;
    RStr *s = v_str(it->seq);
    if (it->index < s->len) {
        size_t n;
        utf8_decode(s->data + it->index, &n);
        RStr *r = str_new(vm, s->data + it->index, n);
        if (!r) return V_NULL;
        it->index += n;
        return v_from_obj(r);
    }
    return seqiter_done(vm, it);
}

/* str iterators hold only a str, which cannot take part in a cycle */
static const NativeOps strasciiiter_ops = {
    sizeof(RSeqIter), false, NULL, seqiter_clear, NULL, strasciiiter_next
};
static const NativeOps striter_ops = {
    sizeof(RSeqIter), false, NULL, seqiter_clear, NULL, striter_next
};

/* ---- range iterators ------------------------------------------------------------------ */

typedef struct RRangeIter {     /* every item fits a small int */
    RObj h;
    intptr_t next, step;
    size_t left;
} RRangeIter;

typedef struct RLongRangeIter { /* items are computed as start + index * step */
    RObj h;
    Value start, step, len, index;
} RLongRangeIter;

static Value rangeiter_next(rill_vm *vm, RObj *o)
{
    RRangeIter *it = (RRangeIter *)o;
    if (it->left == 0) return V_NULL;
    it->left--;
    intptr_t v = it->next;
    /* the last step may leave the small range: it is never used */
    it->next = (intptr_t)((uintptr_t)v + (uintptr_t)it->step);
    return v_int(v);
}

static Value longrangeiter_next(rill_vm *vm, RObj *o)
{
    RLongRangeIter *it = (RLongRangeIter *)o;
    if (int_cmp(it->index, it->len) >= 0) return V_NULL;
    Value off = int_mul(vm, it->index, it->step);
    if (off == V_NULL) return V_NULL;
    Value r = int_add(vm, it->start, off);
    v_decref(vm, off);
    if (r == V_NULL) return V_NULL;
    Value ni = int_add(vm, it->index, v_int(1));
    if (ni == V_NULL) {
        v_decref(vm, r);
        return V_NULL;
    }
    v_store(vm, &it->index, ni);
    return r;
}

static void longrangeiter_clear(rill_vm *vm, RObj *o)
{
    RLongRangeIter *it = (RLongRangeIter *)o;
    v_store(vm, &it->start, v_int(0));
    v_store(vm, &it->step, v_int(1));
    v_store(vm, &it->len, v_int(0));
    v_store(vm, &it->index, v_int(0));
}

static const NativeOps rangeiter_ops = {
    sizeof(RRangeIter), false, NULL, NULL, NULL, rangeiter_next
};
static const NativeOps longrangeiter_ops = {
    sizeof(RLongRangeIter), false, NULL, longrangeiter_clear, NULL, longrangeiter_next
};

Value iter_range_new(rill_vm *vm, RRange *r, bool reversed)
{
    if (v_is_int(r->start) && v_is_int(r->stop) && v_is_int(r->step) && v_is_int(r->len)) {
        RRangeIter *it = obj_alloc(vm, K_NATIVE, vm->cls_range_iterator, sizeof(RRangeIter), false);
        if (!it) return V_NULL;
        intptr_t start = v_as_int(r->start), step = v_as_int(r->step), len = v_as_int(r->len);
        it->left = (size_t)len;
        it->step = step;
        it->next = start;
        if (reversed) {
            /* the last item lies between start and stop: it fits */
            it->next = len ? start + (len - 1) * step : start;
            it->step = -step;
        }
        return v_from_obj(it);
    }
    Value start = v_incref(r->start), step = v_incref(r->step);
    if (reversed) {
        /* start' = start + (len - 1) * step, step' = -step */
        Value lm1 = int_sub(vm, r->len, v_int(1));
        Value off = lm1 ? int_mul(vm, lm1, step) : V_NULL;
        Value ns = off ? int_add(vm, start, off) : V_NULL;
        Value nstep = ns ? int_neg(vm, step) : V_NULL;
        v_decref(vm, lm1);
        v_decref(vm, off);
        v_decref(vm, start);
        v_decref(vm, step);
        if (!nstep) {
            v_decref(vm, ns);
            return V_NULL;
        }
        start = ns;
        step = nstep;
    }
    RLongRangeIter *it = obj_alloc(vm, K_NATIVE, vm->cls_longrange_iterator,
                                   sizeof(RLongRangeIter), false);
    if (!it) {
        v_decref(vm, start);
        v_decref(vm, step);
        return V_NULL;
    }
    it->start = start;
    it->step = step;
    it->len = v_incref(r->len);
    it->index = v_int(0);
    return v_from_obj(it);
}

/* ---- dict iterators --------------------------------------------------------------------
   h.aux holds ITER_KEYS/VALUES/ITEMS. As CPython: a change in the number of keys raises
   "dictionary changed size during iteration" (and keeps raising: used becomes
   SIZE_MAX); finding more keys than there were raises "dictionary keys changed during
   iteration". */
typedef struct RDictIter {
    RObj h;
    RDict *dict;                /* NULL once exhausted */
    size_t used;                /* dict->used when the iterator was made */
    size_t pos;                 /* next entry to look at (reversed: one past it) */
    size_t len;                 /* items left to produce */
    RTuple *result;             /* items: the last pair, reused when no one else holds it */
} RDictIter;

static void dictiter_traverse(RObj *o, VisitFn visit, void *arg)
{
    RDictIter *it = (RDictIter *)o;
    if (it->dict) visit(&it->dict->h, arg);
    if (it->result) visit(&it->result->h, arg);
}

static void dictiter_clear(rill_vm *vm, RObj *o)
{
    RDictIter *it = (RDictIter *)o;
    obj_store(vm, &it->dict, NULL);
    obj_store(vm, &it->result, NULL);
}

static Value dictiter_done(rill_vm *vm, RDictIter *it)
{
    obj_store(vm, &it->dict, NULL);
    return V_NULL;
}

/* A (key, value) pair, in the cached tuple when the iterator holds its only reference. */
static Value make_pair(rill_vm *vm, RTuple **cache, Value k, Value v)
{
    RTuple *t = *cache;
    if (t && t->h.rc == 1) {
        Value ok = t->items[0], ov = t->items[1];
        t->items[0] = v_incref(k);
        t->items[1] = v_incref(v);
        t->hash = -1;
        obj_incref(t);
        v_decref(vm, ok);
        v_decref(vm, ov);
        return v_from_obj(t);
    }
    t = tuple_pack(vm, 2, k, v);
    if (!t) return V_NULL;
    obj_incref(t);
    obj_store(vm, cache, t);
    return v_from_obj(t);
}

static Value dictiter_result(rill_vm *vm, RDictIter *it, const DictEntry *e)
{
    switch (it->h.aux) {
    case ITER_KEYS: return v_incref(e->key);
    case ITER_VALUES: return v_incref(e->value);
    default: return make_pair(vm, &it->result, e->key, e->value);
    }
}

static Value dict_size_changed(rill_vm *vm, RDictIter *it)
{
    it->used = SIZE_MAX;
    return exc_raisef(vm, vm->exc_RuntimeError, "dictionary changed size during iteration");
}

static Value dictiter_next(rill_vm *vm, RObj *o)
{
    RDictIter *it = (RDictIter *)o;
    RDict *d = it->dict;
    if (!d) return V_NULL;
    if (it->used != d->used) return dict_size_changed(vm, it);
    size_t i = it->pos, n = d->nentries;
    while (i < n && d->entries[i].key == V_NULL) i++;
    if (i >= n) return dictiter_done(vm, it);
    if (it->len == 0) {
        exc_raisef(vm, vm->exc_RuntimeError, "dictionary keys changed during iteration");
        return dictiter_done(vm, it);
    }
    it->pos = i + 1;
    it->len--;
    return dictiter_result(vm, it, &d->entries[i]);
}

static Value dictreviter_next(rill_vm *vm, RObj *o)
{
    RDictIter *it = (RDictIter *)o;
    RDict *d = it->dict;
    if (!d) return V_NULL;
    if (it->used != d->used) return dict_size_changed(vm, it);
    size_t i = it->pos;
    if (i > d->nentries) i = d->nentries;
    while (i > 0 && d->entries[i - 1].key == V_NULL) i--;
    if (i == 0) return dictiter_done(vm, it);
    it->pos = i - 1;
    if (it->len) it->len--;
    return dictiter_result(vm, it, &d->entries[i - 1]);
}

static const NativeOps dictiter_ops = {
    sizeof(RDictIter), true, dictiter_traverse, dictiter_clear, NULL, dictiter_next
};
static const NativeOps dictreviter_ops = {
    sizeof(RDictIter), true, dictiter_traverse, dictiter_clear, NULL, dictreviter_next
};

Value iter_dict_new(rill_vm *vm, RDict *d, int what, bool reversed)
{
    static const size_t fwd[3] = {
        offsetof(rill_vm, cls_dict_keyiterator), offsetof(rill_vm, cls_dict_valueiterator),
        offsetof(rill_vm, cls_dict_itemiterator)
    };
    static const size_t rev[3] = {
        offsetof(rill_vm, cls_dict_reversekeyiterator),
        offsetof(rill_vm, cls_dict_reversevalueiterator),
        offsetof(rill_vm, cls_dict_reverseitemiterator)
    };
    RClass *cls = *(RClass **)((char *)vm + (reversed ? rev : fwd)[what]);
    RDictIter *it = obj_alloc(vm, K_NATIVE, cls, sizeof(RDictIter), true);
    if (!it) return V_NULL;
    it->h.aux = (uint16_t)what;
    if (d) obj_incref(d);
    it->dict = d;               /* NULL (a cleared view): exhausted from the start */
    it->used = d ? d->used : 0;
    it->pos = d && reversed ? d->nentries : 0;
    it->len = d ? d->used : 0;
    it->result = NULL;
    return v_from_obj(it);
}

/* ---- set iterator --------------------------------------------------------------------- */

typedef struct RSetIter {
    RObj h;
    RSet *set;                  /* NULL once exhausted */
    size_t used;
    size_t pos;
} RSetIter;

static void setiter_traverse(RObj *o, VisitFn visit, void *arg)
{
    RSetIter *it = (RSetIter *)o;
    if (it->set) visit(&it->set->h, arg);
}

static void setiter_clear(rill_vm *vm, RObj *o)
{
    obj_store(vm, &((RSetIter *)o)->set, NULL);
}

static Value setiter_next(rill_vm *vm, RObj *o)
{
    RSetIter *it = (RSetIter *)o;
    RSet *s = it->set;
    if (!s) return V_NULL;
    if (it->used != s->used) {
        it->used = SIZE_MAX;
        return exc_raisef(vm, vm->exc_RuntimeError, "Set changed size during iteration");
    }
    Value key;
    if (set_next(s, &it->pos, &key)) return v_incref(key);
    obj_store(vm, &it->set, NULL);
    return V_NULL;
}

static const NativeOps setiter_ops = {
    sizeof(RSetIter), true, setiter_traverse, setiter_clear, NULL, setiter_next
};

static Value setiter_new(rill_vm *vm, RSet *s)
{
    RSetIter *it = obj_alloc(vm, K_NATIVE, vm->cls_set_iterator, sizeof(RSetIter), true);
    if (!it) return V_NULL;
    obj_incref(s);
    it->set = s;
    it->used = s->used;
    it->pos = 0;
    return v_from_obj(it);
}

/* ---- callable_iterator ----------------------------------------------------------------- */

typedef struct RCallIter {
    RObj h;
    Value func, sentinel;       /* V_NULL once exhausted */
} RCallIter;

static void calliter_traverse(RObj *o, VisitFn visit, void *arg)
{
    v_visit(((RCallIter *)o)->func, visit, arg);
    v_visit(((RCallIter *)o)->sentinel, visit, arg);
}

static void calliter_clear(rill_vm *vm, RObj *o)
{
    RCallIter *it = (RCallIter *)o;
    v_store(vm, &it->func, V_NULL);
    v_store(vm, &it->sentinel, V_NULL);
}

static Value calliter_next(rill_vm *vm, RObj *o)
{
    RCallIter *it = (RCallIter *)o;
    if (it->func == V_NULL) return V_NULL;
    Value f = v_incref(it->func);
    Value r = call_value(vm, f, NULL, 0, NULL);
    v_decref(vm, f);
    if (r == V_NULL) {
        if (exc_matches(vm, vm->exc_StopIteration)) {
            exc_clear(vm);
            calliter_clear(vm, o);
        }
        return V_NULL;
    }
    if (it->sentinel == V_NULL) {      /* exhausted by a reentrant call */
        v_decref(vm, r);
        return V_NULL;
    }
    int eq = obj_eq(vm, r, it->sentinel);
    if (eq == 0) return r;
    v_decref(vm, r);
    if (eq > 0) calliter_clear(vm, o);
    return V_NULL;
}

static const NativeOps calliter_ops = {
    sizeof(RCallIter), true, calliter_traverse, calliter_clear, NULL, calliter_next
};

Value calliter_new(rill_vm *vm, Value callable, Value sentinel)
{
    RCallIter *it = obj_alloc(vm, K_NATIVE, vm->cls_callable_iterator, sizeof(RCallIter), true);
    if (!it) return V_NULL;
    it->func = v_incref(callable);
    it->sentinel = v_incref(sentinel);
    return v_from_obj(it);
}

/* ---- dict views ------------------------------------------------------------------------- */

static void view_traverse(RObj *o, VisitFn visit, void *arg)
{
    RDictView *v = (RDictView *)o;
    if (v->dict) visit(&v->dict->h, arg);
}

/* Only the collector clears a view (a cycle through it always passes through its dict);
   afterwards it behaves as a view of an empty dict. */
static void view_clear(rill_vm *vm, RObj *o)
{
    obj_store(vm, &((RDictView *)o)->dict, NULL);
}

static const NativeOps view_ops = {
    sizeof(RDictView), true, view_traverse, view_clear, NULL, NULL
};

static int view_what(rill_vm *vm, Value v)
{
    RClass *c = v_obj(v)->cls;
    return c == vm->cls_dict_keys ? ITER_KEYS : c == vm->cls_dict_values ? ITER_VALUES : ITER_ITEMS;
}

Value iter_dictview_new(rill_vm *vm, RDict *d, int what)
{
    RClass *cls = what == ITER_KEYS ? vm->cls_dict_keys :
                  what == ITER_VALUES ? vm->cls_dict_values : vm->cls_dict_items;
    RDictView *v = obj_alloc(vm, K_NATIVE, cls, sizeof(RDictView), true);
    if (!v) return V_NULL;
    obj_incref(d);
    v->dict = d;
    return v_from_obj(v);
}

static Value view_self(rill_vm *vm, Value self, const char *meth)
{
    if (!iter_is_dictview(vm, self))
        return exc_raisef(vm, vm->exc_TypeError, "descriptor '%s' requires a dict view, not '%T'",
                          meth, self);
    return self;
}

static Value m_view_len(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!view_self(vm, args[0], "__len__")) return V_NULL;
    RDict *d = ((RDictView *)args[0])->dict;
    return v_int(d ? (intptr_t)d->used : 0);
}

static Value m_view_iter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!view_self(vm, args[0], "__iter__")) return V_NULL;
    return iter_dict_new(vm, ((RDictView *)args[0])->dict, view_what(vm, args[0]), false);
}

static Value m_view_reversed(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!view_self(vm, args[0], "__reversed__")) return V_NULL;
    return iter_dict_new(vm, ((RDictView *)args[0])->dict, view_what(vm, args[0]), true);
}

/* `x in view`: keys by lookup, items by lookup and value equality, values by scan. */
static int view_contains(rill_vm *vm, Value self, Value x)
{
    RDict *d = ((RDictView *)self)->dict;
    int what = view_what(vm, self);
    if (!d) return 0;
    if (what == ITER_KEYS) {
        Value out;
        return dict_lookup(vm, d, x, &out);
    }
    if (what == ITER_ITEMS) {
        if (!v_is_tuple(x) || v_tuple(x)->n != 2) return 0;
        Value found;
        int r = dict_lookup(vm, d, v_tuple(x)->items[0], &found);
        if (r <= 0) return r;
        v_incref(found);
        r = obj_eq(vm, found, v_tuple(x)->items[1]);
        v_decref(vm, found);
        return r;
    }
    obj_incref(d);
    int r = 0;
    for (size_t i = 0; i < d->nentries && r == 0; i++) {
        if (d->entries[i].key == V_NULL) continue;
        Value v = v_incref(d->entries[i].value);
        r = obj_eq(vm, v, x);
        v_decref(vm, v);
    }
    obj_decref(vm, d);
    return r;
}

static Value m_view_contains(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (!view_self(vm, args[0], "__contains__")) return V_NULL;
    int r = view_contains(vm, args[0], args[1]);
    return r < 0 ? V_NULL : v_bool(r);
}

/* dict_keys(['a', 'b']): the items as a list, guarded against a view that (through its
   dict) contains itself. */
static Value m_view_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    Value self = args[0];
    if (!view_self(vm, self, "__repr__")) return V_NULL;
    int e = seq_repr_enter(vm, v_obj(self));
    if (e < 0) return V_NULL;
    if (e > 0) return v_from_obj(str_from_cstr(vm, "..."));
    RStr *r = NULL;
    RList *l = list_from_iter(vm, self);
    if (l) {
        r = str_format(vm, "%U(%R)", v_obj(self)->cls->name, v_from_obj(l));
        obj_decref(vm, l);
    }
    seq_repr_leave(vm, v_obj(self));
    return v_from_obj(r);
}

static const CFuncDef view_methods[] = {
    { "__len__", m_view_len, CF_METHOD, 0, 0, "Return len(self)." },
    { "__iter__", m_view_iter, CF_METHOD, 0, 0, "Implement iter(self)." },
    { "__reversed__", m_view_reversed, CF_METHOD, 0, 0,
      "Return a reverse iterator over the dict keys." },
    { "__contains__", m_view_contains, CF_METHOD, 1, 1, "Return key in self." },
    { "__repr__", m_view_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { NULL, NULL, 0, 0, 0, NULL }
};

/* ---- iter(v) for built-in iterables ----------------------------------------------------- */

Value iter_builtin(rill_vm *vm, Value v)
{
    if (!v_is_obj(v)) return V_NULL;
    RObj *o = v_obj(v);
    switch ((ObjKind)o->kind) {
    case K_LIST: return seqiter_make(vm, vm->cls_list_iterator, v, 0);
    case K_TUPLE: return seqiter_make(vm, vm->cls_tuple_iterator, v, 0);
    case K_STR:
        return seqiter_make(vm, str_is_ascii((RStr *)o) ? vm->cls_str_ascii_iterator
                                                        : vm->cls_str_iterator, v, 0);
    case K_DICT: return iter_dict_new(vm, (RDict *)o, ITER_KEYS, false);
    case K_SET: case K_FROZENSET: return setiter_new(vm, (RSet *)o);
    case K_RANGE: return iter_range_new(vm, (RRange *)o, false);
    case K_GEN: return v_incref(v);
    case K_NATIVE:
        if (o->cls->native && o->cls->native->iternext) return v_incref(v);
        if (iter_is_dictview(vm, v))
            return iter_dict_new(vm, ((RDictView *)o)->dict, view_what(vm, v), false);
        return V_NULL;
    default:
        return V_NULL;
    }
}

/* ---- classes ---------------------------------------------------------------------------- */

int iter_init(rill_vm *vm)
{
    static const struct {
        size_t field;
        const char *name;
        const NativeOps *ops;
    } classes[] = {
        { offsetof(rill_vm, cls_list_iterator), "list_iterator", &listiter_ops },
        { offsetof(rill_vm, cls_list_reverseiterator), "list_reverseiterator", &listreviter_ops },
        { offsetof(rill_vm, cls_tuple_iterator), "tuple_iterator", &tupleiter_ops },
        { offsetof(rill_vm, cls_str_ascii_iterator), "str_ascii_iterator", &strasciiiter_ops },
        { offsetof(rill_vm, cls_str_iterator), "str_iterator", &striter_ops },
        { offsetof(rill_vm, cls_range_iterator), "range_iterator", &rangeiter_ops },
        { offsetof(rill_vm, cls_longrange_iterator), "longrange_iterator", &longrangeiter_ops },
        { offsetof(rill_vm, cls_dict_keyiterator), "dict_keyiterator", &dictiter_ops },
        { offsetof(rill_vm, cls_dict_valueiterator), "dict_valueiterator", &dictiter_ops },
        { offsetof(rill_vm, cls_dict_itemiterator), "dict_itemiterator", &dictiter_ops },
        { offsetof(rill_vm, cls_dict_reversekeyiterator), "dict_reversekeyiterator",
          &dictreviter_ops },
        { offsetof(rill_vm, cls_dict_reversevalueiterator), "dict_reversevalueiterator",
          &dictreviter_ops },
        { offsetof(rill_vm, cls_dict_reverseitemiterator), "dict_reverseitemiterator",
          &dictreviter_ops },
        { offsetof(rill_vm, cls_set_iterator), "set_iterator", &setiter_ops },
        { offsetof(rill_vm, cls_seq_iterator), "iterator", &seqiter_ops },
        { offsetof(rill_vm, cls_callable_iterator), "callable_iterator", &calliter_ops },
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        RClass **slot = (RClass **)((char *)vm + classes[i].field);
        if (iter_new_class(vm, slot, classes[i].name, classes[i].ops, NULL) < 0) return -1;
    }
    if (iter_new_class(vm, &vm->cls_dict_keys, "dict_keys", &view_ops, view_methods) < 0 ||
        iter_new_class(vm, &vm->cls_dict_values, "dict_values", &view_ops, view_methods) < 0 ||
        iter_new_class(vm, &vm->cls_dict_items, "dict_items", &view_ops, view_methods) < 0)
        return -1;
    /* views of keys and items define __eq__ (stdlib/dict_methods.c): not hashable */
    if (dict_set_str(vm, vm->cls_dict_keys->dict, vm->s___hash__, V_NONE) < 0 ||
        dict_set_str(vm, vm->cls_dict_items->dict, vm->s___hash__, V_NONE) < 0)
        return -1;
    return 0;
}
