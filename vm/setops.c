/*
** setops.c — what the operators do with dicts and sets: equality of dicts, the set
** algebra (| & - ^ and their in-place forms), subset comparisons, frozenset hashing, and
** the reprs of both. The tables themselves are dict.c's and set.c's.
*/
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

/* a OP b into dst (which starts as a copy of a for | and -, empty for & and ^). */
static int set_op_into(rill_vm *vm, BinOp op, RSet *dst, RSet *a, RSet *b)
{
    size_t pos = 0;
    Value k;
    switch (op) {
    case BINOP_OR:
        while (set_next(b, &pos, &k))
            if (set_add(vm, dst, k) < 0) return -1;
        return 0;
    case BINOP_SUB:
        while (set_next(b, &pos, &k))
            if (set_discard(vm, dst, k) < 0) return -1;
        return 0;
    case BINOP_AND:
        while (set_next(a, &pos, &k)) {
            int r = set_contains(vm, b, k);
            if (r < 0 || (r && set_add(vm, dst, k) < 0)) return -1;
        }
        return 0;
    case BINOP_XOR:
        while (set_next(a, &pos, &k)) {
            int r = set_contains(vm, b, k);
            if (r < 0 || (!r && set_add(vm, dst, k) < 0)) return -1;
        }
        pos = 0;
        while (set_next(b, &pos, &k)) {
            int r = set_contains(vm, a, k);
            if (r < 0 || (!r && set_add(vm, dst, k) < 0)) return -1;
        }
        return 0;
    default:
        return 0;
    }
}

Value set_binop(rill_vm *vm, BinOp op, RSet *a, RSet *b)
{
    bool frozen = a->h.kind == K_FROZENSET;
    RSet *dst = (op == BINOP_OR || op == BINOP_SUB) ? set_copy(vm, a, frozen) : set_new(vm, frozen);
    if (!dst) return V_NULL;
    if (set_op_into(vm, op, dst, a, b) < 0) {
        obj_decref(vm, dst);
        return V_NULL;
    }
    return v_from_obj(dst);
}

int set_inplace_op(rill_vm *vm, BinOp op, RSet *a, RSet *b)
{
    if (op == BINOP_OR || op == BINOP_SUB) {
        if (a == b) {
            if (op == BINOP_SUB) set_clear(vm, a);
            return 0;
        }
        return set_op_into(vm, op, a, a, b);
    }
    Value r = set_binop(vm, op, a, b);
    if (r == V_NULL) return -1;
    /* & and ^ build a new table; move it into a */
    RSet *t = (RSet *)r;
    set_clear(vm, a);
    size_t pos = 0;
    Value k;
    int rc = 0;
    while (set_next(t, &pos, &k))
        if (set_add(vm, a, k) < 0) {
            rc = -1;
            break;
        }
    obj_decref(vm, t);
    return rc;
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
    if ((s->fill - s->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
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
    return call_value(vm, meth, args, 2, NULL);
}
