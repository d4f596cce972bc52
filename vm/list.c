/*
** list.c — list objects: growth, item and slice access (any step), concatenation,
** repetition, search, and the mutating methods. Sorting is in listsort.c.
**
** Rule 5 of object.h governs the shape of every mutator here: the list is brought to a
** consistent state first, and the references it dropped are released last, because a
** release can run script code that looks at (or changes) the list.
*/
#include <string.h>
#include "seq.h"
#include "class.h"
#include "str.h"
#include "int.h"
#include "dict.h"
#include "ops.h"

/* Sets the capacity for newsize items as CPython's list_resize does: over-allocate on
   growth by about 1/8 (so appends are amortized O(1)), shrink when under half full.
   Does not change l->n. 0 / -1. */
static int list_resize(rill_vm *vm, RList *l, size_t newsize)
{
    if (l->cap >= newsize && newsize >= (l->cap >> 1)) return 0;
    l->h.aux &= (uint16_t)~LIST_SORTING;
    if (newsize > SIZE_MAX / 4 / sizeof(Value)) return exc_nomem(vm), -1;
    size_t ncap = (newsize + (newsize >> 3) + 6) & ~(size_t)3;
    /* a big jump (extend, repeat) gets no slack beyond rounding */
    if (newsize > l->n && newsize - l->n > ncap - newsize) ncap = (newsize + 3) & ~(size_t)3;
    if (newsize == 0) ncap = 0;
    if (ncap == 0) {
        mem_free(vm, l->items, l->cap * sizeof(Value));
        l->items = NULL;
        l->cap = 0;
        return 0;
    }
    Value *items = mem_realloc(vm, l->items, l->cap * sizeof(Value), ncap * sizeof(Value));
    if (!items) {
        if (newsize <= l->cap) {        /* a failed shrink is harmless */
            exc_clear(vm);
            return 0;
        }
        return -1;
    }
    l->items = items;
    l->cap = ncap;
    return 0;
}

/* Room for need items, over-allocating as list_resize; never shrinks. */
static inline int list_grow(rill_vm *vm, RList *l, size_t need)
{
    return need <= l->cap ? 0 : list_resize(vm, l, need);
}

RList *list_new(rill_vm *vm, size_t cap)
{
    if (cap > SIZE_MAX / 4 / sizeof(Value)) return exc_nomem(vm), NULL;
    RList *l = obj_alloc(vm, K_LIST, vm->cls_list, sizeof(RList), true);
    if (!l) return NULL;
    l->n = l->cap = 0;
    l->items = NULL;
    if (cap) {
        l->items = mem_alloc(vm, cap * sizeof(Value));
        if (!l->items) {
            obj_decref(vm, l);
            return NULL;
        }
        l->cap = cap;
    }
    return l;
}

RList *list_from_array(rill_vm *vm, const Value *items, size_t n)
{
    RList *l = list_new(vm, n);
    if (!l) return NULL;
    for (size_t i = 0; i < n; i++) l->items[i] = v_incref(items[i]);
    l->n = n;
    return l;
}

int list_reserve(rill_vm *vm, RList *l, size_t cap)
{
    if (cap <= l->cap) return 0;
    if (cap > SIZE_MAX / 4 / sizeof(Value)) return exc_nomem(vm), -1;
    l->h.aux &= (uint16_t)~LIST_SORTING;
    Value *items = mem_realloc(vm, l->items, l->cap * sizeof(Value), cap * sizeof(Value));
    if (!items) return -1;
    l->items = items;
    l->cap = cap;
    return 0;
}

int list_append_steal(rill_vm *vm, RList *l, Value v)
{
    if (l->n == l->cap && list_grow(vm, l, l->n + 1) < 0) {
        v_decref(vm, v);
        return -1;
    }
    l->items[l->n++] = v;
    return 0;
}

int list_append(rill_vm *vm, RList *l, Value v)
{
    if (l->n < l->cap) {
        l->items[l->n++] = v_incref(v);
        return 0;
    }
    return list_append_steal(vm, l, v_incref(v));
}

int list_insert(rill_vm *vm, RList *l, intptr_t where, Value v)
{
    intptr_t n = (intptr_t)l->n;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    if (list_grow(vm, l, l->n + 1) < 0) return -1;
    memmove(l->items + where + 1, l->items + where, (size_t)(n - where) * sizeof(Value));
    l->items[where] = v_incref(v);
    l->n++;
    return 0;
}

Value list_pop_at(rill_vm *vm, RList *l, size_t i)
{
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof(Value));
    l->n--;
    list_resize(vm, l, l->n);
    return v;
}

Value list_pop(rill_vm *vm, RList *l, intptr_t i)
{
    if (l->n == 0) return exc_raisef(vm, vm->exc_IndexError, "pop from empty list");
    if (i < 0) i += (intptr_t)l->n;
    if (i < 0 || (size_t)i >= l->n)
        return exc_raisef(vm, vm->exc_IndexError, "pop index out of range");
    return list_pop_at(vm, l, (size_t)i);
}

/* Releases n detached references, last first (CPython's order, which shows when the
   items are generators with finally blocks), then frees their array of cap slots. */
static void release_items(rill_vm *vm, Value *items, size_t n, size_t cap)
{
    for (size_t i = n; i-- > 0;) v_decref(vm, items[i]);
    if (items) mem_free(vm, items, cap * sizeof(Value));
}

void list_clear(rill_vm *vm, RList *l)
{
    Value *items = l->items;
    size_t n = l->n, cap = l->cap;
    if (items) l->h.aux &= (uint16_t)~LIST_SORTING;
    l->items = NULL;
    l->n = l->cap = 0;
    release_items(vm, items, n, cap);
}

void list_reverse(RList *l)
{
    if (l->n < 2) return;
    for (Value *lo = l->items, *hi = l->items + l->n - 1; lo < hi; lo++, hi--) {
        Value t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

/* ---- building from iterables ------------------------------------------------------- */

/* An exact list or tuple, whose items can be read directly (a subclass may override
   __iter__). */
static inline bool is_fast(rill_vm *vm, Value v)
{
    return (v_is_list(v) && v_obj(v)->cls == vm->cls_list)
           || (v_is_tuple(v) && v_obj(v)->cls == vm->cls_tuple);
}

/* Appends the code points of s as one-character strings. */
static int extend_str(rill_vm *vm, RList *l, RStr *s)
{
    if (list_grow(vm, l, l->n + s->nchars) < 0) return -1;
    for (size_t off = 0, n; off < s->len; off += n) {
        utf8_decode(s->data + off, &n);
        RStr *c = str_new(vm, s->data + off, n);
        if (!c) return -1;
        if (list_append_steal(vm, l, v_from_obj(c)) < 0) return -1;
    }
    return 0;
}

/* range of small ints: the values are computed directly. 1 done, 0 not applicable. */
static int extend_range(rill_vm *vm, RList *l, RRange *r)
{
    if (!v_is_int(r->start) || !v_is_int(r->step) || !v_is_int(r->len)) return 0;
    intptr_t x = v_as_int(r->start), step = v_as_int(r->step), n = v_as_int(r->len);
    if (list_grow(vm, l, l->n + (size_t)n) < 0) return -1;
    for (intptr_t i = 0; i < n; i++, x += step) l->items[l->n++] = v_int(x);
    return 1;
}

/* The generic path: anything iter() accepts. it is a fresh iterator (stolen). */
static int extend_iter(rill_vm *vm, RList *l, Value it)
{
    for (size_t k = 1;; k++) {
        if ((k & 0xFFFF) == 0 && vm_check_interrupt(vm) < 0) break;
        Value v = iter_next(vm, it);
        if (!v) {
            if (vm_exc_pending(vm)) break;
            v_decref(vm, it);
            return 0;
        }
        if (list_append_steal(vm, l, v) < 0) break;
    }
    v_decref(vm, it);
    return -1;
}

int list_extend(rill_vm *vm, RList *l, Value iterable)
{
    if (is_fast(vm, iterable) || iterable == v_from_obj(l)) {
        size_t m = v_is_list(iterable) ? v_list(iterable)->n : v_tuple(iterable)->n;
        if (m == 0) return 0;
        if (list_grow(vm, l, l->n + m) < 0) return -1;
        /* read the source only now: for l.extend(l) the array may have moved */
        const Value *src = v_is_list(iterable) ? v_list(iterable)->items
                                               : v_tuple(iterable)->items;
        for (size_t i = 0; i < m; i++) l->items[l->n + i] = v_incref(src[i]);
        l->n += m;
        return 0;
    }
    if (v_is_str(iterable) && v_obj(iterable)->cls == vm->cls_str)
        return extend_str(vm, l, v_str(iterable));
    if (v_is_range(iterable)) {
        int k = extend_range(vm, l, v_range(iterable));
        if (k) return k < 0 ? -1 : 0;
    }
    if (v_is_dict(iterable) && list_reserve(vm, l, l->n + v_dict(iterable)->used) < 0)
        return -1;
    if (v_is_anyset(iterable)
        && list_reserve(vm, l, l->n + ((RSet *)v_obj(iterable))->used) < 0)
        return -1;
    Value it = iter_get(vm, iterable);
    if (!it) return -1;
    if (v_is_obj(iterable) && !(v_obj(iterable)->cls->flags & CLS_BUILTIN)) {
        /* CPython asks a user iterable for a length hint (after iter()): observable */
        intptr_t hint = obj_length_hint(vm, iterable, 8);
        if (hint < 0) {
            v_decref(vm, it);
            return -1;
        }
    }
    return extend_iter(vm, l, it);
}

RList *list_from_iter(rill_vm *vm, Value iterable)
{
    RList *l = list_new(vm, 0);
    if (!l) return NULL;
    if (list_extend(vm, l, iterable) < 0) {
        obj_decref(vm, l);
        return NULL;
    }
    return l;
}

/* PySequence_Fast: v itself when it is a list or tuple, else list(v); a TypeError from
   iter() is replaced by msg. A new reference. */
static Value seq_fast(rill_vm *vm, Value v, const char *msg)
{
    if (is_fast(vm, v)) return v_incref(v);
    Value it = iter_get(vm, v);
    if (!it) {
        if (exc_matches(vm, vm->exc_TypeError)) {
            exc_clear(vm);
            exc_raisef(vm, vm->exc_TypeError, "%s", msg);
        }
        return V_NULL;
    }
    RList *l = list_new(vm, 0);
    if (!l) {
        v_decref(vm, it);
        return V_NULL;
    }
    if (extend_iter(vm, l, it) < 0) {
        obj_decref(vm, l);
        return V_NULL;
    }
    return v_from_obj(l);
}

static inline Value *fast_items(Value seq, size_t *n)
{
    if (v_is_list(seq)) {
        *n = v_list(seq)->n;
        return v_list(seq)->items;
    }
    *n = v_tuple(seq)->n;
    return v_tuple(seq)->items;
}

/* ---- item and slice access ----------------------------------------------------------- */

Value list_get(rill_vm *vm, RList *l, intptr_t i)
{
    if (i < 0) i += (intptr_t)l->n;
    if (i < 0 || (size_t)i >= l->n)
        return exc_raisef(vm, vm->exc_IndexError, "list index out of range");
    return v_incref(l->items[i]);
}

RList *list_slice(rill_vm *vm, RList *l, size_t lo, size_t hi)
{
    if (hi > l->n) hi = l->n;
    if (lo > hi) lo = hi;
    return list_from_array(vm, l->items + lo, hi - lo);
}

RList *list_copy(rill_vm *vm, RList *l)
{
    return list_from_array(vm, l->items, l->n);
}

Value list_getitem(rill_vm *vm, RList *l, Value key)
{
    intptr_t i;
    int k = seq_index_value(vm, key, &i);
    if (k < 0) return V_NULL;
    if (k) return list_get(vm, l, i);
    if (v_is_slice(key)) {
        intptr_t start, stop, step, count;
        if (slice_indices(vm, v_slice(key), (intptr_t)l->n, &start, &stop, &step, &count) < 0)
            return V_NULL;
        if (step == 1) return v_from_obj(list_slice(vm, l, (size_t)start, (size_t)stop));
        RList *r = list_new(vm, (size_t)count);
        if (!r) return V_NULL;
        for (intptr_t j = 0; j < count; j++, start += step)
            r->items[j] = v_incref(l->items[start]);
        r->n = (size_t)count;
        return v_from_obj(r);
    }
    return exc_raisef(vm, vm->exc_TypeError, "list indices must be integers or slices, not %T",
                      key);
}

/* A scratch array of n Values for references on their way out; NULL + MemoryError. */
static Value *scratch(rill_vm *vm, size_t n)
{
    if (n > SIZE_MAX / 4 / sizeof(Value)) return exc_nomem(vm), NULL;
    return mem_alloc(vm, n * sizeof(Value));
}

int list_setslice(rill_vm *vm, RList *l, intptr_t lo, intptr_t hi, Value v)
{
    Value seq = V_NULL;
    size_t m = 0;
    if (v) {
        seq = v == v_from_obj(l) ? v_from_obj(list_copy(vm, l))
                                 : seq_fast(vm, v, "can only assign an iterable");
        if (!seq) return -1;
        fast_items(seq, &m);
    }
    /* clamp against the length now: converting v may have run code */
    intptr_t n = (intptr_t)l->n;
    if (lo < 0) lo = 0;
    else if (lo > n) lo = n;
    if (hi < lo) hi = lo;
    else if (hi > n) hi = n;
    size_t norig = (size_t)(hi - lo);
    if (l->n - norig + m == 0) {
        v_decref(vm, seq);
        list_clear(vm, l);
        return 0;
    }
    Value *old = NULL;
    if (norig) {
        old = scratch(vm, norig);
        if (!old) goto fail;
        memcpy(old, l->items + lo, norig * sizeof(Value));
    }
    size_t tail = l->n - (size_t)hi, newn = l->n - norig + m;
    if (m > norig && list_grow(vm, l, newn) < 0) {
        if (old) mem_free(vm, old, norig * sizeof(Value));
        goto fail;
    }
    memmove(l->items + lo + m, l->items + hi, tail * sizeof(Value));
    if (m) {
        const Value *src = fast_items(seq, &m);
        for (size_t i = 0; i < m; i++) l->items[lo + i] = v_incref(src[i]);
    }
    l->n = newn;
    if (m < norig) list_resize(vm, l, newn);
    v_decref(vm, seq);
    if (old) release_items(vm, old, norig, norig);
    return 0;
fail:
    v_decref(vm, seq);
    return -1;
}

/* del l[start:stop:step] for a resolved slice of count > 0 items, step != 1. */
static int delete_extended(rill_vm *vm, RList *l, intptr_t start, intptr_t step, size_t count)
{
    if (step < 0) {                 /* the same items, visited upward */
        start += step * (intptr_t)(count - 1);
        step = -step;
    }
    Value *old = scratch(vm, count);
    if (!old) return -1;
    size_t w = (size_t)start, next = (size_t)start, taken = 0;
    for (size_t r = (size_t)start; r < l->n; r++) {
        if (r == next && taken < count) {
            old[taken++] = l->items[r];
            next += (size_t)step;
        } else {
            l->items[w++] = l->items[r];
        }
    }
    l->n = w;
    list_resize(vm, l, w);
    release_items(vm, old, count, count);
    return 0;
}

/* l[start:stop:step] = v, step != 1. */
static int assign_extended(rill_vm *vm, RList *l, RSlice *sl, Value v)
{
    Value seq = v == v_from_obj(l) ? v_from_obj(list_copy(vm, l))
                                   : seq_fast(vm, v, "must assign iterable to extended slice");
    if (!seq) return -1;
    intptr_t start, stop, step, count;
    /* resolve against the length as it is after converting v */
    if (slice_indices(vm, sl, (intptr_t)l->n, &start, &stop, &step, &count) < 0) goto fail;
    size_t m;
    const Value *src = fast_items(seq, &m);
    if (m != (size_t)count) {
        exc_raisef(vm, vm->exc_ValueError,
                   "attempt to assign sequence of size %zu to extended slice of size %zd",
                   m, (ptrdiff_t)count);
        goto fail;
    }
    if (count == 0) {
        v_decref(vm, seq);
        return 0;
    }
    Value *old = scratch(vm, (size_t)count);
    if (!old) goto fail;
    for (intptr_t j = 0; j < count; j++, start += step) {
        old[j] = l->items[start];
        l->items[start] = v_incref(src[j]);
    }
    v_decref(vm, seq);
    release_items(vm, old, (size_t)count, (size_t)count);
    return 0;
fail:
    v_decref(vm, seq);
    return -1;
}

int list_setitem(rill_vm *vm, RList *l, Value key, Value v)
{
    intptr_t i;
    int k = seq_index_value(vm, key, &i);
    if (k < 0) return -1;
    if (k) {
        if (i < 0) i += (intptr_t)l->n;
        if (i < 0 || (size_t)i >= l->n)
            return exc_raisef_i(vm, vm->exc_IndexError, "list assignment index out of range");
        v_store(vm, &l->items[i], v_incref(v));
        return 0;
    }
    if (v_is_slice(key)) {
        intptr_t start, stop, step, count;
        if (slice_indices(vm, v_slice(key), (intptr_t)l->n, &start, &stop, &step, &count) < 0)
            return -1;
        if (step == 1) return list_setslice(vm, l, start, stop, v);
        return assign_extended(vm, l, v_slice(key), v);
    }
    return exc_raisef_i(vm, vm->exc_TypeError,
                        "list indices must be integers or slices, not %T", key);
}

int list_delitem(rill_vm *vm, RList *l, Value key)
{
    intptr_t i;
    int k = seq_index_value(vm, key, &i);
    if (k < 0) return -1;
    if (k) {
        if (i < 0) i += (intptr_t)l->n;
        if (i < 0 || (size_t)i >= l->n)
            return exc_raisef_i(vm, vm->exc_IndexError, "list assignment index out of range");
        v_decref(vm, list_pop_at(vm, l, (size_t)i));
        return 0;
    }
    if (v_is_slice(key)) {
        intptr_t start, stop, step, count;
        if (slice_indices(vm, v_slice(key), (intptr_t)l->n, &start, &stop, &step, &count) < 0)
            return -1;
        if (step == 1) return list_setslice(vm, l, start, stop, V_NULL);
        if (count <= 0) return 0;
        return delete_extended(vm, l, start, step, (size_t)count);
    }
    return exc_raisef_i(vm, vm->exc_TypeError,
                        "list indices must be integers or slices, not %T", key);
}

/* ---- operators -------------------------------------------------------------------- */

RList *list_concat(rill_vm *vm, RList *a, RList *b)
{
    RList *r = list_new(vm, a->n + b->n);
    if (!r) return NULL;
    for (size_t i = 0; i < a->n; i++) r->items[i] = v_incref(a->items[i]);
    for (size_t i = 0; i < b->n; i++) r->items[a->n + i] = v_incref(b->items[i]);
    r->n = a->n + b->n;
    return r;
}

/* Fills dst[0 .. n*times) with times copies of src[0 .. n), taking references. */
static void fill_repeated(Value *dst, const Value *src, size_t n, size_t times)
{
    if (n == 1) {
        Value v = src[0];
        if (v_is_obj(v)) v_obj(v)->rc += (uint32_t)times;
        for (size_t i = 0; i < times; i++) dst[i] = v;
        return;
    }
    for (size_t k = 0; k < times; k++)
        for (size_t i = 0; i < n; i++) *dst++ = v_incref(src[i]);
}

RList *list_repeat(rill_vm *vm, RList *l, intptr_t n)
{
    if (n <= 0 || l->n == 0) return list_new(vm, 0);
    if (l->n > SIZE_MAX / 16 / (size_t)n) return exc_nomem(vm), NULL;
    size_t total = l->n * (size_t)n;
    RList *r = list_new(vm, total);
    if (!r) return NULL;
    fill_repeated(r->items, l->items, l->n, (size_t)n);
    r->n = total;
    return r;
}

int list_irepeat(rill_vm *vm, RList *l, intptr_t n)
{
    if (l->n == 0 || n == 1) return 0;
    if (n <= 0) {
        list_clear(vm, l);
        return 0;
    }
    if (l->n > SIZE_MAX / 16 / (size_t)n) return exc_nomem(vm), -1;
    size_t size = l->n, total = size * (size_t)n;
    if (list_grow(vm, l, total) < 0) return -1;
    fill_repeated(l->items + size, l->items, size, (size_t)n - 1);
    l->n = total;
    return 0;
}

/* ---- search and repr ----------------------------------------------------------------- */

int list_contains(rill_vm *vm, RList *l, Value v)
{
    intptr_t i = seq_find(vm, v_from_obj(l), v, 0, INTPTR_MAX);
    return i == -2 ? -1 : i >= 0;
}

intptr_t list_index(rill_vm *vm, RList *l, Value v, intptr_t start, intptr_t stop)
{
    intptr_t i = seq_find(vm, v_from_obj(l), v, start, stop);
    if (i == -1) exc_raisef(vm, vm->exc_ValueError, "%R is not in list", v);
    return i < 0 ? -1 : i;
}

intptr_t list_count(rill_vm *vm, RList *l, Value v)
{
    return seq_count(vm, v_from_obj(l), v);
}

int list_remove(rill_vm *vm, RList *l, Value v)
{
    intptr_t i = seq_find(vm, v_from_obj(l), v, 0, INTPTR_MAX);
    if (i == -2) return -1;
    if (i == -1) return exc_raisef_i(vm, vm->exc_ValueError, "list.remove(x): x not in list");
    v_decref(vm, list_pop_at(vm, l, (size_t)i));
    return 0;
}
