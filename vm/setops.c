/*
** setops.c — what the operators do with dicts and sets: equality of dicts, the set
** algebra (| & - ^ and their in-place forms), subset comparisons, frozenset hashing, and
** the reprs of both. The tables themselves are dict.c's and set.c's.
*/
#include <string.h>
#include "ops.h"
#include "str.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "exc.h"

int dict_equal(rill_vm *vm, RDict *a, RDict *b)
{
    if (a->used != b->used) return 0;
    size_t pos = 0;
    Value k, v;
    while (dict_next(a, &pos, &k, &v)) {
        /* hold the pair: comparing may run code that mutates a */
        v_incref(k);
        v_incref(v);
        Value w;
        int found = dict_lookup(vm, b, k, &w);
        int eq = found <= 0 ? found : (v_incref(w), obj_eq(vm, v, w));
        if (found > 0) v_decref(vm, w);
        v_decref(vm, k);
        v_decref(vm, v);
        if (eq <= 0) return eq;
    }
    return 1;
}

RStr *dict_repr(rill_vm *vm, RDict *d)
{
    if (d->used == 0) return str_from_cstr(vm, "{}");
    int rec = seq_repr_enter(vm, &d->h);
    if (rec < 0) return NULL;
    if (rec > 0) return str_from_cstr(vm, "{...}");
    StrBuf b;
    sb_init(&b, vm);
    sb_addc(&b, '{');
    size_t pos = 0;
    Value k, v;
    bool first = true;
    while (dict_next(d, &pos, &k, &v)) {
        if (!first) sb_adds(&b, ", ");
        first = false;
        v_incref(k);
        v_incref(v);
        int r = sb_add_repr(&b, k);
        if (r == 0) sb_adds(&b, ": ");
        if (r == 0) r = sb_add_repr(&b, v);
        v_decref(vm, k);
        v_decref(vm, v);
        if (r < 0) break;
    }
    sb_addc(&b, '}');
    seq_repr_leave(vm, &d->h);
    return sb_finish(&b);
}

RStr *set_repr(rill_vm *vm, RSet *s)
{
    bool frozen = s->h.kind == K_FROZENSET;
    RClass *cls = s->h.cls;
    if (s->used == 0) return str_format(vm, "%U()", cls->name);
    int rec = seq_repr_enter(vm, &s->h);
    if (rec < 0) return NULL;
    if (rec > 0) return str_format(vm, "%U(...)", cls->name);
    StrBuf b;
    sb_init(&b, vm);
    if (frozen || cls != vm->cls_set) {
        sb_add_str(&b, cls->name);
        sb_addc(&b, '(');
    }
    sb_addc(&b, '{');
    size_t pos = 0;
    Value k;
    bool first = true;
    while (set_next(s, &pos, &k)) {
        if (!first) sb_adds(&b, ", ");
        first = false;
        if (sb_add_repr(&b, k) < 0) break;
    }
    sb_addc(&b, '}');
    if (frozen || cls != vm->cls_set) sb_addc(&b, ')');
    seq_repr_leave(vm, &s->h);
    return sb_finish(&b);
}

/* Is every element of a in b? */
static int issubset(rill_vm *vm, RSet *a, RSet *b)
{
    if (a->used > b->used) return 0;
    size_t pos = 0;
    Value k;
    while (set_next(a, &pos, &k)) {
        int r = set_contains(vm, b, k);
        if (r <= 0) return r;
    }
    return 1;
}

Value set_richcompare(rill_vm *vm, RSet *a, RSet *b, CmpOp op)
{
    int r;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        r = a->used == b->used ? issubset(vm, a, b) : 0;
        if (r < 0) return V_NULL;
        return v_bool((r != 0) == (op == CMP_EQ));
    case CMP_LE: r = issubset(vm, a, b); break;
    case CMP_GE: r = issubset(vm, b, a); break;
    case CMP_LT: r = a->used < b->used ? issubset(vm, a, b) : 0; break;
    case CMP_GT: r = b->used < a->used ? issubset(vm, b, a) : 0; break;
    default: r = 0;
    }
    if (r < 0) return V_NULL;
    return v_bool(r != 0);
}

/* The set algebra follows CPython's setobject.c step by step (which table is copied,
   which one is iterated, when the table is rebuilt, where an iterable stops being
   read), because that decides the order the result iterates in. A new set is of the
   kind of the set it is computed from (make_new_set_basetype). While __eq__ runs, the
   key being looked up is held, as CPython holds it. */

static bool is_frozen(RSet *s) { return s->h.kind == K_FROZENSET; }

/* A new set of s's kind with the items of iterable. */
static RSet *new_from(rill_vm *vm, RSet *s, Value iterable)
{
    RSet *r = set_new(vm, is_frozen(s));
    if (r && set_update(vm, r, iterable) < 0) {
        obj_decref(vm, r);
        return NULL;
    }
    return r;
}

RSet *set_intersection(rill_vm *vm, RSet *so, Value other)
{
    if (other == v_from_obj(so)) return set_copy(vm, so, is_frozen(so));
    RSet *result = set_new(vm, is_frozen(so));
    if (!result) return NULL;
    Value key;
    int64_t hash;
    if (v_is_anyset(other)) {
        RSet *o = (RSet *)v_obj(other);
        if (o->used > so->used) {
            RSet *t = so;
            so = o;
            o = t;
        }
        size_t pos = 0;
        while (set_next_hashed(o, &pos, &key, &hash)) {
            v_incref(key);
            int r = set_contains_hashed(vm, so, key, hash);
            if (r > 0) r = set_add_hashed(vm, result, key, hash);
            v_decref(vm, key);
            if (r < 0) goto fail;
        }
        return result;
    }
    Value it = iter_get(vm, other);
    if (it == V_NULL) goto fail;
    while ((key = iter_next(vm, it)) != V_NULL) {
        int r = (hash = dict_key_hash(vm, key)) == -1 ? -1 : set_contains_hashed(vm, so, key, hash);
        bool full = false;
        if (r > 0) {
            r = set_add_hashed(vm, result, key, hash);
            /* every item of so is in: the rest of the iterable is not read */
            full = result->used >= so->used;
        }
        v_decref(vm, key);
        if (r < 0 || full) break;
    }
    v_decref(vm, it);
    if (!vm_exc_pending(vm)) return result;
fail:
    obj_decref(vm, result);
    return NULL;
}

/* Exchanges the tables of a and b (CPython's set_swap_bodies). */
static void swap_bodies(RSet *a, RSet *b)
{
    /* not the finger: a set.pop() after an in-place intersection starts where the
       last one stopped, as in CPython */
    size_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    SetEntry *ta = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = ta;
    SetEntry tmp[SET_MINSIZE];
    memcpy(tmp, a->smalltable, sizeof tmp);
    memcpy(a->smalltable, b->smalltable, sizeof tmp);
    memcpy(b->smalltable, tmp, sizeof tmp);
    if (is_frozen(a) && is_frozen(b)) {
        int64_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
    a->version++;
    b->version++;
}

int set_difference_update(rill_vm *vm, RSet *so, Value other)
{
    if (other == v_from_obj(so)) {
        set_clear(vm, so);
        return 0;
    }
    Value key;
    int64_t hash;
    if (v_is_anyset(other)) {
        RSet *o = (RSet *)v_obj(other);
        /* other much larger than so: only what they share needs removing */
        if ((o->used >> 3) > so->used) {
            if (!(o = set_intersection(vm, so, other))) return -1;
        } else {
            obj_incref(o);
        }
        size_t pos = 0;
        int r = 0;
        while (r >= 0 && set_next_hashed(o, &pos, &key, &hash)) {
            v_incref(key);
            r = set_discard_hashed(vm, so, key, hash);
            v_decref(vm, key);
        }
        obj_decref(vm, o);
        if (r < 0) return -1;
    } else {
        Value it = iter_get(vm, other);
        if (it == V_NULL) return -1;
        int r = 0;
        while (r >= 0 && (key = iter_next(vm, it)) != V_NULL) {
            r = set_discard(vm, so, key);
            v_decref(vm, key);
        }
        v_decref(vm, it);
        if (r < 0 || vm_exc_pending(vm)) return -1;
    }
    return set_purge_dummies(vm, so);
}

/* CPython's set_copy_and_difference */
static RSet *copy_and_difference(rill_vm *vm, RSet *so, Value other)
{
    RSet *r = set_copy(vm, so, is_frozen(so));
    if (r && set_difference_update(vm, r, other) < 0) {
        obj_decref(vm, r);
        return NULL;
    }
    return r;
}

RSet *set_difference(rill_vm *vm, RSet *so, Value other)
{
    size_t other_size;
    if (v_is_anyset(other)) other_size = ((RSet *)v_obj(other))->used;
    else if (v_is_dict(other)) other_size = v_dict(other)->used;
    else return copy_and_difference(vm, so, other);
    /* so much larger than other: copying it and removing other's items is cheaper */
    if ((so->used >> 2) > other_size) return copy_and_difference(vm, so, other);
    RSet *result = set_new(vm, is_frozen(so));
    if (!result) return NULL;
    size_t pos = 0;
    Value key;
    int64_t hash;
    while (set_next_hashed(so, &pos, &key, &hash)) {
        v_incref(key);
        Value found;
        int r = v_is_dict(other) ? dict_lookup_hashed(vm, v_dict(other), key, hash, &found)
                                 : set_contains_hashed(vm, (RSet *)v_obj(other), key, hash);
        if (r == 0) r = set_add_hashed(vm, result, key, hash);
        v_decref(vm, key);
        if (r < 0) {
            obj_decref(vm, result);
            return NULL;
        }
    }
    return result;
}

/* One step of a symmetric difference update: key leaves so when present, else joins. */
static int toggle(rill_vm *vm, RSet *so, Value key, int64_t hash)
{
    v_incref(key);
    int r = set_discard_hashed(vm, so, key, hash);
    if (r == 0) r = set_add_hashed(vm, so, key, hash);
    v_decref(vm, key);
    return r < 0 ? -1 : 0;
}

int set_symmetric_difference_update(rill_vm *vm, RSet *so, Value other)
{
    if (other == v_from_obj(so)) {
        set_clear(vm, so);
        return 0;
    }
    if (v_is_dict(other)) {
        /* the dict's keys in its order, with the hashes it stored */
        RDict *d = v_dict(other);
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (e->key != V_NULL && toggle(vm, so, e->key, e->hash) < 0) return -1;
        }
        return 0;
    }
    RSet *o;
    if (v_is_anyset(other)) {
        o = (RSet *)v_obj(other);
        obj_incref(o);
    } else if (!(o = new_from(vm, so, other))) {
        return -1;
    }
    size_t pos = 0;
    Value key;
    int64_t hash;
    int rc = 0;
    while (rc == 0 && set_next_hashed(o, &pos, &key, &hash)) rc = toggle(vm, so, key, hash);
    obj_decref(vm, o);
    return rc;
}

RSet *set_symmetric_difference(rill_vm *vm, RSet *so, Value other)
{
    RSet *r = new_from(vm, so, other);
    if (r && set_symmetric_difference_update(vm, r, v_from_obj(so)) < 0) {
        obj_decref(vm, r);
        return NULL;
    }
    return r;
}

Value set_binop(rill_vm *vm, BinOp op, RSet *a, RSet *b)
{
    RSet *r;
    switch (op) {
    case BINOP_OR:
        /* set_update presizes the table for both, as CPython's set_merge */
        r = set_copy(vm, a, is_frozen(a));
        if (r && a != b && set_update(vm, r, v_from_obj(b)) < 0) {
            obj_decref(vm, r);
            return V_NULL;
        }
        break;
    case BINOP_AND: r = set_intersection(vm, a, v_from_obj(b)); break;
    case BINOP_SUB: r = set_difference(vm, a, v_from_obj(b)); break;
    case BINOP_XOR: r = set_symmetric_difference(vm, a, v_from_obj(b)); break;
    default:
        return vm->not_implemented;
    }
    return r ? v_from_obj(r) : V_NULL;
}

int set_assign(rill_vm *vm, RSet *so, RSet *result)
{
    if (!result) return -1;
    swap_bodies(so, result);
    obj_decref(vm, result);
    return 0;
}

int set_inplace_op(rill_vm *vm, BinOp op, RSet *a, RSet *b)
{
    switch (op) {
    case BINOP_OR: return set_update(vm, a, v_from_obj(b));
    case BINOP_SUB: return set_difference_update(vm, a, v_from_obj(b));
    case BINOP_XOR: return set_symmetric_difference_update(vm, a, v_from_obj(b));
    case BINOP_AND: return set_assign(vm, a, set_intersection(vm, a, v_from_obj(b)));
    default:
        return 0;
    }
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

/* CPython 3.11's frozenset_hash, so hash(frozenset(...)) agrees with CPython. */
int64_t frozenset_hash(rill_vm *vm, RSet *s)
{
    (void)vm;
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++) {
        Value k = s->table[i].key;
        if (k != V_NULL && k != SET_DUMMY) hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    }
    hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    s->hash = (int64_t)hash;
    return s->hash;
}

/* Comparisons of K_NATIVE objects (dict views...) go to the methods their class defines. */
Value native_compare(rill_vm *vm, Value a, Value b, CmpOp op)
{
    static const char *const names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
    if (!v_is_kind(a, K_NATIVE)) return vm->not_implemented;
    RStr *name = str_intern_cstr(vm, names[op]);
    if (!name) return V_NULL;
    Value meth = class_lookup(v_obj(a)->cls, name);
    obj_decref(vm, name);
    if (meth == V_NULL || !v_is_kind(meth, K_CFUNC)) return vm->not_implemented;
    Value args[2] = { a, b };
    return not_implemented_borrowed(vm, call_value(vm, meth, args, 2, NULL));
}

/* Binary operators of a K_NATIVE object (dict views' & | - ^...) through the C methods
   its class defines: a.__op__(b), else b.__rop__(a). */
Value native_binop(rill_vm *vm, RStr *name, RStr *rname, Value a, Value b)
{
    Value args[2] = { a, b };
    if (v_is_kind(a, K_NATIVE)) {
        Value meth = class_lookup(v_obj(a)->cls, name);
        if (meth != V_NULL && v_is_kind(meth, K_CFUNC)) {
            Value r = not_implemented_borrowed(vm, call_value(vm, meth, args, 2, NULL));
            if (r != vm->not_implemented) return r;
        }
    }
    if (v_is_kind(b, K_NATIVE)) {
        Value meth = class_lookup(v_obj(b)->cls, rname);
        if (meth != V_NULL && v_is_kind(meth, K_CFUNC)) {
            Value rargs[2] = { b, a };
            return not_implemented_borrowed(vm, call_value(vm, meth, rargs, 2, NULL));
        }
    }
    return vm->not_implemented;
}
