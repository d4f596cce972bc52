/*
** seq.c — what tuples, lists and ranges share (subscript conversion, slices, the repr
** recursion guard, lexicographic comparison), tuples themselves, and range/slice
** objects. Lists live in list.c, their sort in listsort.c.
*/
#include <stdarg.h>
#include <string.h>
#include "seq.h"
#include "str.h"
#include "int.h"
#include "ops.h"

/* ---- index conversion ------------------------------------------------------------ */

/* Calls __index__ when v's class has one: a new int reference, V_NULL with an error, or
   V_NULL with no error when there is no __index__. */
static Value call_index(rill_vm *vm, Value v)
{
    if (!v_is_obj(v)) return V_NULL;
    RClass *c = v_obj(v)->cls;         /* common built-in types that have no __index__ */
    if (c == vm->cls_float || c == vm->cls_str || c == vm->cls_tuple || c == vm->cls_list
        || c == vm->cls_dict || c == vm->cls_set || c == vm->cls_slice)
        return V_NULL;
    if (class_lookup(v_class(vm, v), vm->s___index__) == V_NULL) return V_NULL;
    bool found;
    Value r = call_special(vm, v, vm->s___index__, NULL, 0, &found);
    if (!r) return V_NULL;
    if (!int_check(r)) {
        exc_raisef(vm, vm->exc_TypeError, "__index__ returned non-int (type %T)", r);
        v_decref(vm, r);
        return V_NULL;
    }
    return r;
}

/* An int Value (small, bool or big) as intptr_t: 1 when it fits, else 0 with *sign
   telling which way it overflows. */
static int int_fits(Value v, intptr_t *out, int *sign)
{
    if (v_is_int(v)) {
        *out = v_as_int(v);
        return 1;
    }
    if (v_is_bool(v)) {
        *out = v == V_TRUE;
        return 1;
    }
    int64_t x;
    if (int_to_i64(v, &x) && x >= INTPTR_MIN && x <= INTPTR_MAX) {
        *out = (intptr_t)x;
        return 1;
    }
    *sign = int_sign(v);
    return 0;
}

int seq_index_value(rill_vm *vm, Value key, intptr_t *out)
{
    if (v_is_int(key)) {
        *out = v_as_int(key);
        return 1;
    }
    Value r = V_NULL;
    if (!int_check(key)) {
        r = call_index(vm, key);
        if (!r) return vm_exc_pending(vm) ? -1 : 0;
    }
    int sign, ok = int_fits(r ? r : key, out, &sign);
    v_decref(vm, r);
    if (!ok)    /* PyNumber_AsSsize_t names the key's own type */
        return exc_raisef_i(vm, vm->exc_IndexError,
                            "cannot fit '%T' into an index-sized integer", key);
    return 1;
}

/* A value used as an int argument (range(), slice bounds of ranges): a new int
   reference (bools become 0/1). */
static Value to_int(rill_vm *vm, Value v, const char *what)
{
    if (v_is_int(v) || v_is_big(v)) return v_incref(v);
    if (v_is_bool(v)) return v_int(v == V_TRUE);
    Value r = call_index(vm, v);
    if (r || vm_exc_pending(vm)) {
        if (v_is_bool(r)) r = v_int(r == V_TRUE);
        return r;
    }
    if (what) return exc_raisef(vm, vm->exc_TypeError, "%s", what);
    return exc_raisef(vm, vm->exc_TypeError,
                      "'%T' object cannot be interpreted as an integer", v);
}

/* ---- slices ------------------------------------------------------------------------ */

static const char slice_index_msg[] =
    "slice indices must be integers or None or have an __index__ method";

Value slice_new(rill_vm *vm, Value start, Value stop, Value step)
{
    RSlice *s = obj_alloc(vm, K_SLICE, vm->cls_slice, sizeof(RSlice), true);
    if (!s) return V_NULL;
    s->start = start ? v_incref(start) : V_NONE;
    s->stop = stop ? v_incref(stop) : V_NONE;
    s->step = step ? v_incref(step) : V_NONE;
    return v_from_obj(s);
}

/* A slice bound as CPython's _PyEval_SliceIndex: huge ints clamp. */
static int slice_bound(rill_vm *vm, Value v, intptr_t *out)
{
    if (v_is_int(v)) {
        *out = v_as_int(v);
        return 0;
    }
    Value r = V_NULL;
    if (!int_check(v)) {
        r = call_index(vm, v);
        if (!r) {
            if (!vm_exc_pending(vm)) exc_raisef(vm, vm->exc_TypeError, "%s", slice_index_msg);
            return -1;
        }
        v = r;
    }
    int sign;
    if (!int_fits(v, out, &sign)) *out = sign < 0 ? INTPTR_MIN : INTPTR_MAX;
    v_decref(vm, r);
    return 0;
}

int slice_indices(rill_vm *vm, RSlice *s, intptr_t length, intptr_t *startp,
                  intptr_t *stopp, intptr_t *stepp, intptr_t *count)
{
    intptr_t start, stop, step = 1;
    if (s->step != V_NONE) {
        if (slice_bound(vm, s->step, &step) < 0) return -1;
        if (step == 0) return exc_raisef_i(vm, vm->exc_ValueError, "slice step cannot be zero");
        if (step < -INTPTR_MAX) step = -INTPTR_MAX;     /* so that -step is defined */
    }
    if (s->start == V_NONE) start = step < 0 ? INTPTR_MAX : 0;
    else if (slice_bound(vm, s->start, &start) < 0) return -1;
    if (s->stop == V_NONE) stop = step < 0 ? INTPTR_MIN : INTPTR_MAX;
    else if (slice_bound(vm, s->stop, &stop) < 0) return -1;

    if (start < 0) {
        start += length;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    intptr_t n = 0;
    if (step < 0) {
        if (stop < start) n = (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        n = (stop - start - 1) / step + 1;
    }
    *startp = start;
    *stopp = stop;
    *stepp = step;
    *count = n;
    return 0;
}

RStr *slice_repr(rill_vm *vm, RSlice *s)
{
    return str_format(vm, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

/* ---- repr recursion guard --------------------------------------------------------- */

/* Deeper nesting than this raises RecursionError instead of exhausting the C stack. */
#define REPR_DEPTH_MAX 20000u

int seq_repr_enter(rill_vm *vm, RObj *o)
{
    for (uint32_t i = 0; i < vm->repr_depth; i++)
        if (vm->repr_active[i] == o) return 1;
    uint32_t limit = vm->recursion_limit > 0 && (uint32_t)vm->recursion_limit < REPR_DEPTH_MAX
                     ? (uint32_t)vm->recursion_limit : REPR_DEPTH_MAX;
    if (vm->repr_depth >= limit)
        return exc_raisef_i(vm, vm->exc_RecursionError,
                            "maximum recursion depth exceeded while getting the repr of an "
                            "object");
    if (vm->repr_depth == vm->repr_cap) {
        uint32_t ncap = vm->repr_cap ? vm->repr_cap * 2 : 16;
        RObj **a = mem_realloc(vm, vm->repr_active, vm->repr_cap * sizeof(RObj *),
                               ncap * sizeof(RObj *));
        if (!a) return -1;
        vm->repr_active = a;
        vm->repr_cap = ncap;
    }
    vm->repr_active[vm->repr_depth++] = o;
    return 0;
}

void seq_repr_leave(rill_vm *vm, RObj *o)
{
    for (uint32_t i = vm->repr_depth; i-- > 0;) {
        if (vm->repr_active[i] == o) {
            memmove(vm->repr_active + i, vm->repr_active + i + 1,
                    (vm->repr_depth - i - 1) * sizeof(RObj *));
            vm->repr_depth--;
            break;
        }
    }
    if (vm->repr_depth == 0 && vm->repr_active) {
        mem_free(vm, vm->repr_active, vm->repr_cap * sizeof(RObj *));
        vm->repr_active = NULL;
        vm->repr_cap = 0;
    }
}

/* The shared body of tuple and list reprs. Items are re-read on every step, because a
   __repr__ may mutate a list. */
static RStr *items_repr(rill_vm *vm, RObj *o, char open, char close)
{
    bool is_list = o->kind == K_LIST;
    size_t n = is_list ? ((RList *)o)->n : ((RTuple *)o)->n;
    if (n == 0) return str_new(vm, is_list ? "[]" : "()", 2);
    int k = seq_repr_enter(vm, o);
    if (k < 0) return NULL;
    if (k > 0) return str_new(vm, is_list ? "[...]" : "(...)", 5);
    StrBuf b;
    sb_init(&b, vm);
    sb_addc(&b, open);
    for (size_t i = 0;; i++) {
        size_t len = is_list ? ((RList *)o)->n : ((RTuple *)o)->n;
        if (i >= len) break;
        if (i) sb_add(&b, ", ", 2);
        Value v = v_incref(is_list ? ((RList *)o)->items[i] : ((RTuple *)o)->items[i]);
        int r = sb_add_repr(&b, v);
        v_decref(vm, v);
        if (r < 0) break;
    }
    if (!is_list && n == 1) sb_addc(&b, ',');
    sb_addc(&b, close);
    seq_repr_leave(vm, o);
    return sb_finish(&b);
}

/* ---- comparison ------------------------------------------------------------------- */

static inline Value *seq_items(Value v, size_t *n)
{
    if (v_obj(v)->kind == K_LIST) {
        *n = v_list(v)->n;
        return v_list(v)->items;
    }
    *n = v_tuple(v)->n;
    return v_tuple(v)->items;
}

static Value cmp_sizes(size_t a, size_t b, CmpOp op)
{
    switch (op) {
    case CMP_LT: return v_bool(a < b);
    case CMP_LE: return v_bool(a <= b);
    case CMP_EQ: return v_bool(a == b);
    case CMP_NE: return v_bool(a != b);
    case CMP_GT: return v_bool(a > b);
    case CMP_GE: return v_bool(a >= b);
    }
    return V_FALSE;
}

Value seq_compare(rill_vm *vm, Value a, Value b, CmpOp op)
{
    size_t na, nb, i;
    seq_items(a, &na);
    seq_items(b, &nb);
    if (na != nb && (op == CMP_EQ || op == CMP_NE)) return v_bool(op == CMP_NE);
    for (i = 0;; i++) {
        Value *ia = seq_items(a, &na), *ib = seq_items(b, &nb);
        if (i >= na || i >= nb) break;
        Value x = v_incref(ia[i]), y = v_incref(ib[i]);
        int k = obj_eq(vm, x, y);
        v_decref(vm, x);
        v_decref(vm, y);
        if (k < 0) return V_NULL;
        if (!k) break;
    }
    Value *ia = seq_items(a, &na), *ib = seq_items(b, &nb);
    if (i >= na || i >= nb) return cmp_sizes(na, nb, op);
    if (op == CMP_EQ) return V_FALSE;
    if (op == CMP_NE) return V_TRUE;
    Value x = v_incref(ia[i]), y = v_incref(ib[i]);
    Value r = obj_compare(vm, x, y, op);
    v_decref(vm, x);
    v_decref(vm, y);
    return r;
}

/* ---- tuples --------------------------------------------------------------------- */

RTuple *tuple_new(rill_vm *vm, size_t n)
{
    if (n == 0 && vm->empty_tuple) {
        obj_incref(vm->empty_tuple);
        return vm->empty_tuple;
    }
    if (n > (SIZE_MAX / 2 - sizeof(RTuple)) / sizeof(Value)) return exc_nomem(vm), NULL;
    RTuple *t = obj_alloc(vm, K_TUPLE, vm->cls_tuple, sizeof(RTuple) + n * sizeof(Value),
                          true);
    if (!t) return NULL;
    t->n = n;
    t->hash = -1;
    for (size_t i = 0; i < n; i++) t->items[i] = V_NONE;
    return t;
}

RTuple *tuple_from_array(rill_vm *vm, const Value *items, size_t n)
{
    RTuple *t = tuple_new(vm, n);
    if (!t) return NULL;
    for (size_t i = 0; i < n; i++) t->items[i] = v_incref(items[i]);
    return t;
}

RTuple *tuple_pack(rill_vm *vm, size_t n, ...)
{
    RTuple *t = tuple_new(vm, n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) t->items[i] = v_incref(va_arg(ap, Value));
    va_end(ap);
    return t;
}

RTuple *tuple_slice(rill_vm *vm, RTuple *t, size_t lo, size_t hi)
{
    if (hi > t->n) hi = t->n;
    if (lo >= hi) return tuple_new(vm, 0);
    if (lo == 0 && hi == t->n && t->h.cls == vm->cls_tuple) {
        obj_incref(t);
        return t;
    }
    return tuple_from_array(vm, t->items + lo, hi - lo);
}

Value tuple_getitem(rill_vm *vm, RTuple *t, Value key)
{
    intptr_t i;
    int k = seq_index_value(vm, key, &i);
    if (k < 0) return V_NULL;
    if (k) {
        if (i < 0) i += (intptr_t)t->n;
        if (i < 0 || (size_t)i >= t->n)
            return exc_raisef(vm, vm->exc_IndexError, "tuple index out of range");
        return v_incref(t->items[i]);
    }
    if (v_is_slice(key)) {
        intptr_t start, stop, step, count;
        if (slice_indices(vm, v_slice(key), (intptr_t)t->n, &start, &stop, &step, &count) < 0)
            return V_NULL;
        if (step == 1) return v_from_obj(tuple_slice(vm, t, (size_t)start, (size_t)stop));
        RTuple *r = tuple_new(vm, (size_t)count);
        if (!r) return V_NULL;
        for (intptr_t j = 0; j < count; j++, start += step)
            r->items[j] = v_incref(t->items[start]);
        return v_from_obj(r);
    }
    return exc_raisef(vm, vm->exc_TypeError, "tuple indices must be integers or slices, not %T",
                      key);
}

RTuple *tuple_concat(rill_vm *vm, RTuple *a, RTuple *b)
{
    if (b->n == 0 && a->h.cls == vm->cls_tuple) {
        obj_incref(a);
        return a;
    }
    if (a->n == 0 && b->h.cls == vm->cls_tuple) {
        obj_incref(b);
        return b;
    }
    RTuple *t = tuple_new(vm, a->n + b->n);
    if (!t) return NULL;
    for (size_t i = 0; i < a->n; i++) t->items[i] = v_incref(a->items[i]);
    for (size_t i = 0; i < b->n; i++) t->items[a->n + i] = v_incref(b->items[i]);
    return t;
}

RTuple *tuple_repeat(rill_vm *vm, RTuple *t, intptr_t n)
{
    if (n <= 0 || t->n == 0) return tuple_new(vm, 0);
    if (n == 1 && t->h.cls == vm->cls_tuple) {
        obj_incref(t);
        return t;
    }
    if (t->n > SIZE_MAX / 16 / (size_t)n) return exc_nomem(vm), NULL;
    RTuple *r = tuple_new(vm, t->n * (size_t)n);
    if (!r) return NULL;
    Value *d = r->items;
    for (intptr_t k = 0; k < n; k++)
        for (size_t i = 0; i < t->n; i++) *d++ = v_incref(t->items[i]);
    return r;
}

RTuple *tuple_from_list(rill_vm *vm, RList *l)
{
    return tuple_from_array(vm, l->items, l->n);
}

RTuple *tuple_from_iter(rill_vm *vm, Value iterable)
{
    if (v_is_tuple(iterable) && v_obj(iterable)->cls == vm->cls_tuple) {
        v_incref(iterable);
        return v_tuple(iterable);
    }
    if (v_is_list(iterable)) return tuple_from_list(vm, v_list(iterable));
    RList *l = list_from_iter(vm, iterable);
    if (!l) return NULL;
    RTuple *t = tuple_new(vm, l->n);
    if (t) {
        /* move the references over instead of copying them */
        if (l->n) memcpy(t->items, l->items, l->n * sizeof(Value));
        l->n = 0;
    }
    obj_decref(vm, l);
    return t;
}

/* Linear search over items re-read each step (the list may change under __eq__):
   the first index in [start, stop) whose item == v, -1 if none, -2 on error. */
static intptr_t find_item(rill_vm *vm, Value seq, Value v, size_t start, size_t stop)
{
    for (size_t i = start; i < stop; i++) {
        size_t n;
        Value *items = seq_items(seq, &n);
        if (i >= n) break;
        Value x = v_incref(items[i]);
        int k = obj_eq(vm, x, v);
        v_decref(vm, x);
        if (k < 0) return -2;
        if (k) return (intptr_t)i;
    }
    return -1;
}

/* Clamp start/stop of index(x, start, stop) as CPython does. */
static void clamp_bounds(intptr_t n, intptr_t *start, intptr_t *stop)
{
    if (*start < 0) {
        *start += n;
        if (*start < 0) *start = 0;
    }
    if (*stop < 0) {
        *stop += n;
        if (*stop < 0) *stop = 0;
    }
}

intptr_t seq_find(rill_vm *vm, Value seq, Value v, intptr_t start, intptr_t stop)
{
    size_t n;
    seq_items(seq, &n);
    clamp_bounds((intptr_t)n, &start, &stop);
    if (start >= stop) return -1;
    return find_item(vm, seq, v, (size_t)start, (size_t)stop);
}

intptr_t seq_count(rill_vm *vm, Value seq, Value v)
{
    intptr_t c = 0;
    for (size_t i = 0;; i++) {
        size_t n;
        Value *items = seq_items(seq, &n);
        if (i >= n) break;
        Value x = v_incref(items[i]);
        int k = obj_eq(vm, x, v);
        v_decref(vm, x);
        if (k < 0) return -1;
        c += k;
    }
    return c;
}

int tuple_contains(rill_vm *vm, RTuple *t, Value v)
{
    intptr_t i = find_item(vm, v_from_obj(t), v, 0, t->n);
    return i == -2 ? -1 : i >= 0;
}

intptr_t tuple_index(rill_vm *vm, RTuple *t, Value v, intptr_t start, intptr_t stop)
{
    intptr_t i = seq_find(vm, v_from_obj(t), v, start, stop);
    if (i == -1)
        exc_raisef(vm, vm->exc_ValueError, "tuple.index(x): x not in tuple");
    return i < 0 ? -1 : i;
}

intptr_t tuple_count(rill_vm *vm, RTuple *t, Value v)
{
    return seq_count(vm, v_from_obj(t), v);
}

RStr *tuple_repr(rill_vm *vm, RTuple *t)
{
    return items_repr(vm, &t->h, '(', ')');
}

RStr *list_repr(rill_vm *vm, RList *l)
{
    return items_repr(vm, &l->h, '[', ']');
}

/* CPython's hash of an int that fits a word: the value modulo 2^61 - 1, sign kept. */
static int64_t small_int_hash(intptr_t x)
{
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    uint64_t a = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    if (a >= P) a %= P;
    int64_t h = x < 0 ? -(int64_t)a : (int64_t)a;
    return h == -1 ? -2 : h;
}

#define XXPRIME_1 11400714785074694791ull
#define XXPRIME_2 14029467366897019727ull
#define XXPRIME_5 2870177450012600261ull

int64_t tuple_hash(rill_vm *vm, RTuple *t)
{
    if (t->hash != -1) return t->hash;
    uint64_t acc = XXPRIME_5;
    /* The hash is cached only when every item's hash is a pure function of its value
       (no user __hash__ that could be observed being called, or change). */
    bool pure = true;
    for (size_t i = 0; i < t->n; i++) {
        Value v = t->items[i];
        int64_t lane;
        if (v_is_int(v)) {
            lane = small_int_hash(v_as_int(v));
        } else if (v_is_str(v) && v_obj(v)->cls == vm->cls_str) {
            lane = str_hash(v_str(v));
        } else if (v_is_tuple(v) && v_obj(v)->cls == vm->cls_tuple) {
            lane = tuple_hash(vm, v_tuple(v));
            pure = pure && v_tuple(v)->hash != -1;
        } else {
            lane = obj_hash(vm, v);
            RClass *c = v_is_obj(v) ? v_obj(v)->cls : NULL;
            if (c && c != vm->cls_int && c != vm->cls_float && c != vm->cls_frozenset
                && c != vm->cls_str)
                pure = false;
        }
        if (lane == -1) return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->n ^ (XXPRIME_5 ^ 3527539ull);
    int64_t h = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    if (pure) t->hash = h;
    return h;
}

/* ---- ranges -------------------------------------------------------------------- */

/* Big-int arithmetic helpers that consume their first argument. */
static Value add_steal(rill_vm *vm, Value a, Value b)
{
    if (!a) return V_NULL;
    Value r = int_add(vm, a, b);
    v_decref(vm, a);
    return r;
}

/* CPython's compute_range_length: (hi - lo - 1) // |step| + 1, or 0. */
static Value range_length(rill_vm *vm, Value start, Value stop, Value step)
{
    if (v_is_int(start) && v_is_int(stop) && v_is_int(step)) {
        int64_t a = v_as_int(start), b = v_as_int(stop), s = v_as_int(step);
        int64_t lo = s > 0 ? a : b, hi = s > 0 ? b : a;
        if (lo >= hi) return v_int(0);
        uint64_t n = ((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)(s > 0 ? s : -s) + 1;
        return int_from_u64(vm, n);
    }
    bool up = int_sign(step) > 0;
    Value lo = up ? start : stop, hi = up ? stop : start;
    if (int_cmp(lo, hi) >= 0) return v_int(0);
    Value d = int_sub(vm, hi, lo);
    d = add_steal(vm, d, v_int(-1));
    if (!d) return V_NULL;
    Value as = up ? v_incref(step) : int_neg(vm, step);
    if (!as) {
        v_decref(vm, d);
        return V_NULL;
    }
    Value q = int_floordiv(vm, d, as);
    v_decref(vm, d);
    v_decref(vm, as);
    return add_steal(vm, q, v_int(1));
}

/* Builds a range from int Values it takes over (all three, even on failure). */
static Value range_make(rill_vm *vm, Value start, Value stop, Value step)
{
    Value len = V_NULL;
    if (start && stop && step) len = range_length(vm, start, stop, step);
    RRange *r = len ? obj_alloc(vm, K_RANGE, vm->cls_range, sizeof(RRange), false) : NULL;
    if (!r) {
        v_decref(vm, start);
        v_decref(vm, stop);
        v_decref(vm, step);
        v_decref(vm, len);
        return V_NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return v_from_obj(r);
}

Value range_new(rill_vm *vm, Value start, Value stop, Value step)
{
    Value a = start ? to_int(vm, start, NULL) : v_int(0);
    if (!a) return V_NULL;
    Value b = to_int(vm, stop, NULL);
    if (!b) {
        v_decref(vm, a);
        return V_NULL;
    }
    Value c = step ? to_int(vm, step, NULL) : v_int(1);
    if (c && int_sign(c) == 0) {
        exc_raisef(vm, vm->exc_ValueError, "range() arg 3 must not be zero");
        c = V_NULL;
    }
    if (!c) {
        v_decref(vm, a);
        v_decref(vm, b);
        return V_NULL;
    }
    return range_make(vm, a, b, c);
}

int range_len(rill_vm *vm, RRange *r, intptr_t *out)
{
    int sign;
    if (int_fits(r->len, out, &sign)) return 0;
    return exc_raisef_i(vm, vm->exc_OverflowError, "Python int too large to convert to C ssize_t");
}

/* start + i * step for an int Value i (no bounds check). */
static Value range_at(rill_vm *vm, RRange *r, Value i)
{
    if (v_is_int(i) && v_is_int(r->start) && v_is_int(r->step)) {
        intptr_t x = v_as_int(i), s = v_as_int(r->step);
        const intptr_t lim = (intptr_t)1 << 30;
        /* both below 2^30 in magnitude: the product and the sum fit 64 bits */
        if (x > -lim && x < lim && s > -lim && s < lim)
            return int_from_i64(vm, (int64_t)v_as_int(r->start) + (int64_t)x * s);
    }
    return add_steal(vm, int_mul(vm, i, r->step), r->start);
}

Value range_item(rill_vm *vm, RRange *r, intptr_t i)
{
    if (v_fits_small(i)) return range_at(vm, r, v_int(i));
    Value iv = int_from_i64(vm, i);
    if (!iv) return V_NULL;
    Value res = range_at(vm, r, iv);
    v_decref(vm, iv);
    return res;
}

/* CPython's _PySlice_GetLongIndices, on int Values: new references in out[0..2]. */
static int slice_long_indices(rill_vm *vm, RSlice *s, Value length, Value out[3])
{
    Value step = v_int(1), start = V_NULL, stop = V_NULL, lower = V_NULL, upper = V_NULL;
    if (s->step != V_NONE) {
        step = to_int(vm, s->step, slice_index_msg);
        if (!step) return -1;
        if (int_sign(step) == 0) {
            v_decref(vm, step);
            return exc_raisef_i(vm, vm->exc_ValueError, "slice step cannot be zero");
        }
    }
    bool neg = int_sign(step) < 0;
    lower = v_int(neg ? -1 : 0);
    upper = neg ? int_add(vm, length, v_int(-1)) : v_incref(length);
    if (!upper) goto fail;
    Value *dst[2] = {&start, &stop};
    Value src[2] = {s->start, s->stop};
    for (int k = 0; k < 2; k++) {
        Value v;
        if (src[k] == V_NONE) {
            v = v_incref((k == 0) == neg ? upper : lower);
        } else {
            v = to_int(vm, src[k], slice_index_msg);
            if (!v) goto fail;
            if (int_sign(v) < 0) {
                v = add_steal(vm, v, length);
                if (!v) goto fail;
                if (int_cmp(v, lower) < 0) v_store(vm, &v, v_incref(lower));
            } else if (int_cmp(v, upper) > 0) {
                v_store(vm, &v, v_incref(upper));
            }
        }
        *dst[k] = v;
    }
    v_decref(vm, upper);
    out[0] = start;
    out[1] = stop;
    out[2] = step;
    return 0;
fail:
    v_decref(vm, step);
    v_decref(vm, start);
    v_decref(vm, upper);
    return -1;
}

Value range_getitem(rill_vm *vm, RRange *r, Value key)
{
    if (v_is_slice(key)) {
        Value ix[3] = {V_NULL, V_NULL, V_NULL};
        if (slice_long_indices(vm, v_slice(key), r->len, ix) < 0) return V_NULL;
        Value a = range_at(vm, r, ix[0]);
        Value b = a ? range_at(vm, r, ix[1]) : V_NULL;
        Value c = b ? int_mul(vm, ix[2], r->step) : V_NULL;
        for (int k = 0; k < 3; k++) v_decref(vm, ix[k]);
        return range_make(vm, a, b, c);
    }
    Value i;
    if (int_check(key)) i = v_is_bool(key) ? v_int(key == V_TRUE) : v_incref(key);
    else {
        i = call_index(vm, key);
        if (!i) {
            if (vm_exc_pending(vm)) return V_NULL;
            return exc_raisef(vm, vm->exc_TypeError,
                              "range indices must be integers or slices, not %T", key);
        }
    }
    if (int_sign(i) < 0) {
        i = add_steal(vm, i, r->len);
        if (!i) return V_NULL;
    }
    if (int_sign(i) < 0 || int_cmp(i, r->len) >= 0) {
        v_decref(vm, i);
        return exc_raisef(vm, vm->exc_IndexError, "range object index out of range");
    }
    Value res = range_at(vm, r, i);
    v_decref(vm, i);
    return res;
}

/* Is the int v in r? 1 / 0 / -1: bounds by comparison, then (v - start) % step. */
static int range_has_int(rill_vm *vm, RRange *r, Value v)
{
    if (v_is_bool(v)) v = v_int(v == V_TRUE);
    if (v_is_int(v) && v_is_int(r->start) && v_is_int(r->stop) && v_is_int(r->step)) {
        int64_t x = v_as_int(v), a = v_as_int(r->start), b = v_as_int(r->stop);
        int64_t s = v_as_int(r->step);
        if (s > 0 ? (x < a || x >= b) : (x > a || x <= b)) return 0;
        /* x - a fits: both are within the small-int range */
        return (x - a) % s == 0;
    }
    if (int_sign(r->step) > 0) {
        if (int_cmp(r->start, v) > 0 || int_cmp(v, r->stop) >= 0) return 0;
    } else if (int_cmp(v, r->start) > 0 || int_cmp(r->stop, v) >= 0) {
        return 0;
    }
    Value d = int_sub(vm, v, r->start);
    if (!d) return -1;
    Value m = int_mod(vm, d, r->step);
    v_decref(vm, d);
    if (!m) return -1;
    int z = int_sign(m) == 0;
    v_decref(vm, m);
    return z;
}

static inline bool exact_int(rill_vm *vm, Value v)
{
    return v_is_int(v) || v_is_bool(v) || (v_is_big(v) && v_obj(v)->cls == vm->cls_int);
}

/* Search by ==, as CPython's _PySequence_IterSearch: the index of the first match, -1
   when absent, -2 on error. Counts matches instead when count is not NULL. */
static intptr_t range_search(rill_vm *vm, RRange *r, Value v, intptr_t *count)
{
    intptr_t n;
    int sign;
    if (!int_fits(r->len, &n, &sign)) n = INTPTR_MAX;
    for (intptr_t i = 0; i < n; i++) {
        if ((i & 0xFFFF) == 0xFFFF && vm_check_interrupt(vm) < 0) return -2;
        Value x = range_item(vm, r, i);
        if (!x) return -2;
        int k = obj_eq(vm, x, v);
        v_decref(vm, x);
        if (k < 0) return -2;
        if (k) {
            if (!count) return i;
            (*count)++;
        }
    }
    return -1;
}

int range_contains(rill_vm *vm, RRange *r, Value v)
{
    if (exact_int(vm, v)) return range_has_int(vm, r, v);
    intptr_t i = range_search(vm, r, v, NULL);
    return i == -2 ? -1 : i >= 0;
}

Value range_index(rill_vm *vm, RRange *r, Value v)
{
    if (exact_int(vm, v)) {
        int k = range_has_int(vm, r, v);
        if (k < 0) return V_NULL;
        if (!k) return exc_raisef(vm, vm->exc_ValueError, "%R is not in range", v);
        if (v_is_bool(v)) v = v_int(v == V_TRUE);
        Value d = int_sub(vm, v, r->start);
        if (!d) return V_NULL;
        Value q = int_floordiv(vm, d, r->step);
        v_decref(vm, d);
        return q;
    }
    intptr_t i = range_search(vm, r, v, NULL);
    if (i == -2) return V_NULL;
    if (i == -1)
        return exc_raisef(vm, vm->exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(vm, i);
}

Value range_count(rill_vm *vm, RRange *r, Value v)
{
    if (exact_int(vm, v)) {
        int k = range_has_int(vm, r, v);
        return k < 0 ? V_NULL : v_int(k);
    }
    intptr_t c = 0;
    if (range_search(vm, r, v, &c) == -2) return V_NULL;
    return int_from_i64(vm, c);
}

int range_eq(rill_vm *vm, RRange *a, RRange *b)
{
    (void)vm;
    if (a == b) return 1;
    if (int_cmp(a->len, b->len) != 0) return 0;
    if (int_sign(a->len) == 0) return 1;
    if (int_cmp(a->start, b->start) != 0) return 0;
    if (v_is_int(a->len) && v_as_int(a->len) == 1) return 1;
    return int_cmp(a->step, b->step) == 0;
}

int64_t range_hash(rill_vm *vm, RRange *r)
{
    bool empty = int_sign(r->len) == 0;
    bool one = v_is_int(r->len) && v_as_int(r->len) == 1;
    RTuple *t = tuple_pack(vm, 3, r->len, empty ? V_NONE : r->start,
                           empty || one ? V_NONE : r->step);
    if (!t) return -1;
    int64_t h = tuple_hash(vm, t);
    obj_decref(vm, t);
    return h;
}

RStr *range_repr(rill_vm *vm, RRange *r)
{
    if (v_is_int(r->step) && v_as_int(r->step) == 1)
        return str_format(vm, "range(%R, %R)", r->start, r->stop);
    return str_format(vm, "range(%R, %R, %R)", r->start, r->stop, r->step);
}
