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
   which one is iterated), because that decides the order the result iterates in. */

static RSet *intersection(rill_vm *vm, RSet *a, RSet *b, bool frozen)
{
    RSet *r = set_new(vm, frozen);
    if (!r) return NULL;
    RSet *big = a, *small = b;
    if (small->used > big->used) {
        big = b;
        small = a;
    }
    size_t pos = 0;
    Value k;
    int64_t h;
    while (set_next_hashed(small, &pos, &k, &h)) {
        int c = set_contains_hashed(vm, big, k, h);
        if (c < 0 || (c && set_add_hashed(vm, r, k, h) < 0)) {
            obj_decref(vm, r);
            return NULL;
        }
    }
    return r;
}

static int difference_update(rill_vm *vm, RSet *a, RSet *b)
{
    if (a == b) {
        set_clear(vm, a);
        return 0;
    }
    size_t pos = 0;
    Value k;
    int64_t h;
    while (set_next_hashed(b, &pos, &k, &h))
        if (set_discard_hashed(vm, a, k, h) < 0) return -1;
    return 0;
}

static RSet *difference(rill_vm *vm, RSet *a, RSet *b, bool frozen)
{
    if ((a->used >> 2) > b->used) {
        RSet *r = set_copy(vm, a, frozen);
        if (r && difference_update(vm, r, b) < 0) {
            obj_decref(vm, r);
            return NULL;
        }
        return r;
    }
    RSet *r = set_new(vm, frozen);
    if (!r) return NULL;
    size_t pos = 0;
    Value k;
    int64_t h;
    while (set_next_hashed(a, &pos, &k, &h)) {
        int c = set_contains_hashed(vm, b, k, h);
        if (c < 0 || (!c && set_add_hashed(vm, r, k, h) < 0)) {
            obj_decref(vm, r);
            return NULL;
        }
    }
    return r;
}

static int symmetric_difference_update(rill_vm *vm, RSet *a, RSet *b)
{
    if (a == b) {
        set_clear(vm, a);
        return 0;
    }
    size_t pos = 0;
    Value k;
    int64_t h;
    while (set_next_hashed(b, &pos, &k, &h)) {
        int r = set_discard_hashed(vm, a, k, h);
        if (r < 0 || (r == 0 && set_add_hashed(vm, a, k, h) < 0)) return -1;
    }
    return 0;
}

Value set_binop(rill_vm *vm, BinOp op, RSet *a, RSet *b)
{
    bool frozen = a->h.kind == K_FROZENSET;
    RSet *r = NULL;
    switch (op) {
    case BINOP_OR:
        /* set_update presizes the table for both, as CPython's set_merge */
        r = set_copy(vm, a, frozen);
        if (r && set_update(vm, r, v_from_obj(b)) < 0) goto fail;
        break;
    case BINOP_AND: r = intersection(vm, a, b, frozen); break;
    case BINOP_SUB: r = difference(vm, a, b, frozen); break;
    case BINOP_XOR:
        r = set_copy(vm, b, frozen);
        if (r && symmetric_difference_update(vm, r, a) < 0) goto fail;
        break;
    default:
        return vm->not_implemented;
    }
    return r ? v_from_obj(r) : V_NULL;
fail:
    obj_decref(vm, r);
    return V_NULL;
}

/* Exchange the tables of two sets (CPython's set_swap_bodies). */
static void swap_bodies(RSet *a, RSet *b)
{
    RSet t = *a;
    a->fill = b->fill; a->used = b->used; a->mask = b->mask; a->finger = b->finger;
    b->fill = t.fill; b->used = t.used; b->mask = t.mask; b->finger = t.finger;
    SetEntry tmp[SET_MINSIZE];
    memcpy(tmp, a->smalltable, sizeof tmp);
    memcpy(a->smalltable, b->smalltable, sizeof tmp);
    memcpy(b->smalltable, tmp, sizeof tmp);
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = t.table == a->smalltable ? b->smalltable : t.table;
    a->hash = b->hash = -1;
    a->version++;
    b->version++;
}

int set_inplace_op(rill_vm *vm, BinOp op, RSet *a, RSet *b)
{
    switch (op) {
    case BINOP_OR: return a == b ? 0 : set_update(vm, a, v_from_obj(b));
    case BINOP_SUB: return difference_update(vm, a, b);
    case BINOP_XOR: return symmetric_difference_update(vm, a, b);
    case BINOP_AND: {
        RSet *r = intersection(vm, a, b, false);
        if (!r) return -1;
        swap_bodies(a, r);
        obj_decref(vm, r);
        return 0;
    }
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
