/*
** listsort.c — list.sort(): an adaptive, stable, natural merge sort (timsort: runs
** extended to a minimum length by binary insertion, merged by the "powersort" policy
** of CPython 3.11, with galloping), over the keys and, when there is a key function,
** the items in parallel.
**
** It makes the same comparisons, in the same order, as CPython 3.11, which shows when
** __lt__ has side effects. Only `<` is ever used. Lists whose keys are all of one
** built-in type (small ints, ints, floats, strs, or tuples) get a comparison that skips
** the generic dispatch, as CPython's pre-sort check does.
**
** On any error the array stays a permutation of the input: every merge step that can
** fail first leaves the not-yet-placed items where they belong.
*/
#include <string.h>
#include "seq.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "ops.h"

#define MIN_GALLOP 7
#define MAX_RUNS 85             /* enough pending runs for any array that fits memory */
#define SMALL_TMP 256

typedef struct Sorter Sorter;
typedef int (*LtFn)(Sorter *s, Value a, Value b);

/* Two parallel arrays, moved together: keys, and values (NULL when sorting keys only). */
typedef struct Arr {
    Value *k, *v;
} Arr;

typedef struct Run {
    intptr_t base, len;
    int power;
} Run;

struct Sorter {
    rill_vm *vm;
    LtFn lt;
    LtFn elem_lt;               /* for tuple keys: the compare of their first items */
    Arr a;                      /* what is being sorted */
    intptr_t n;
    Arr tmp;                    /* merge buffer of tmpcap entries */
    intptr_t tmpcap;
    Value *tmp_heap;            /* tmp when it is not `small` */
    intptr_t min_gallop;
    int nruns;
    Run runs[MAX_RUNS];
    Value small[SMALL_TMP];
};

/* ---- comparisons ------------------------------------------------------------------ */

static int lt_object(Sorter *s, Value a, Value b) { return obj_compare_bool(s->vm, a, b, CMP_LT); }
static int lt_small(Sorter *s, Value a, Value b) { (void)s; return (intptr_t)a < (intptr_t)b; }
static int lt_int(Sorter *s, Value a, Value b) { (void)s; return int_cmp(a, b) < 0; }
static int lt_float(Sorter *s, Value a, Value b) { (void)s; return v_float(a) < v_float(b); }
static int lt_str(Sorter *s, Value a, Value b) { (void)s; return str_cmp(v_str(a), v_str(b)) < 0; }

/* Tuples: the first position where the items differ decides, as tuple < tuple would;
   position 0 uses the specialized compare of first items. */
static int lt_tuple(Sorter *s, Value a, Value b)
{
    RTuple *x = v_tuple(a), *y = v_tuple(b);
    size_t i, n = x->n < y->n ? x->n : y->n;
    for (i = 0; i < n; i++) {
        Value p = x->items[i], q = y->items[i];
        if (p == q) continue;
        if (v_is_int(p) && v_is_int(q)) break;
        int k = obj_eq(s->vm, p, q);
        if (k < 0) return -1;
        if (!k) break;
    }
    if (i >= x->n || i >= y->n) return x->n < y->n;
    if (i == 0) return s->elem_lt(s, x->items[0], y->items[0]);
    return obj_compare_bool(s->vm, x->items[i], y->items[i], CMP_LT);
}

enum { T_SMALL, T_INT, T_FLOAT, T_STR, T_TUPLE, T_OTHER };

static int kind_of(rill_vm *vm, Value v)
{
    if (v_is_int(v)) return T_SMALL;
    if (!v_is_obj(v)) return T_OTHER;
    RClass *c = v_obj(v)->cls;
    switch ((ObjKind)v_obj(v)->kind) {
    case K_INT: return c == vm->cls_int ? T_INT : T_OTHER;
    case K_FLOAT: return c == vm->cls_float ? T_FLOAT : T_OTHER;
    case K_STR: return c == vm->cls_str ? T_STR : T_OTHER;
    case K_TUPLE: return c == vm->cls_tuple && v_tuple(v)->n > 0 ? T_TUPLE : T_OTHER;
    default: return T_OTHER;
    }
}

/* The comparison for keys that are all of one kind (or of the int kinds). */
static LtFn pick_lt(rill_vm *vm, const Value *keys, intptr_t n, bool first_items)
{
    int kind = -1;
    for (intptr_t i = 0; i < n; i++) {
        Value v = first_items ? v_tuple(keys[i])->items[0] : keys[i];
        int k = kind_of(vm, v);
        if (kind < 0) kind = k;
        else if (k != kind) {
            if ((k == T_SMALL || k == T_INT) && (kind == T_SMALL || kind == T_INT)) kind = T_INT;
            else return lt_object;
        }
    }
    switch (kind) {
    case T_SMALL: return lt_small;
    case T_INT: return lt_int;
    case T_FLOAT: return lt_float;
    case T_STR: return lt_str;
    case T_TUPLE: return first_items ? lt_object : lt_tuple;
    default: return lt_object;
    }
}

/* ---- array helpers ---------------------------------------------------------------- */

static inline void arr_set(Arr d, intptr_t di, Arr s, intptr_t si)
{
    d.k[di] = s.k[si];
    if (d.v) d.v[di] = s.v[si];
}

static inline void arr_move(Arr d, intptr_t di, Arr s, intptr_t si, intptr_t n)
{
    memmove(d.k + di, s.k + si, (size_t)n * sizeof(Value));
    if (d.v) memmove(d.v + di, s.v + si, (size_t)n * sizeof(Value));
}

static void reverse_vals(Value *lo, Value *hi)
{
    for (--hi; lo < hi; lo++, hi--) {
        Value t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static void arr_reverse(Arr a, intptr_t lo, intptr_t hi)
{
    reverse_vals(a.k + lo, a.k + hi);
    if (a.v) reverse_vals(a.v + lo, a.v + hi);
}

/* Room for need entries in the merge buffer (contents are not kept). */
static int tmp_reserve(Sorter *s, intptr_t need)
{
    if (need <= s->tmpcap) return 0;
    size_t per = s->a.v ? 2 : 1;
    if ((size_t)need > SIZE_MAX / 4 / sizeof(Value) / per) return exc_nomem(s->vm), -1;
    if (s->tmp_heap) mem_free(s->vm, s->tmp_heap, (size_t)s->tmpcap * per * sizeof(Value));
    s->tmp_heap = mem_alloc(s->vm, (size_t)need * per * sizeof(Value));
    if (!s->tmp_heap) {
        s->tmpcap = 0;
        return -1;
    }
    s->tmpcap = need;
    s->tmp.k = s->tmp_heap;
    s->tmp.v = s->a.v ? s->tmp_heap + need : NULL;
    return 0;
}

/* ---- the algorithm ------------------------------------------------------------------ */

/* Sorts a[lo:hi] by binary insertion, given that a[lo:start] is already sorted. */
static int binary_insertion(Sorter *s, intptr_t lo, intptr_t hi, intptr_t start)
{
    Value *k = s->a.k;
    for (; start < hi; start++) {
        Value pivot = k[start];
        intptr_t l = lo, r = start;
        while (l < r) {
            intptr_t p = l + ((r - l) >> 1);
            int c = s->lt(s, pivot, k[p]);
            if (c < 0) return -1;
            if (c) r = p;
            else l = p + 1;
        }
        /* a[l:start] moves up one place; the pivot goes to l */
        Value pv = s->a.v ? s->a.v[start] : V_NULL;
        memmove(k + l + 1, k + l, (size_t)(start - l) * sizeof(Value));
        k[l] = pivot;
        if (s->a.v) {
            memmove(s->a.v + l + 1, s->a.v + l, (size_t)(start - l) * sizeof(Value));
            s->a.v[l] = pv;
        }
    }
    return 0;
}

/* Length of the run starting at lo (hi bounds it): non-descending, or strictly
   descending (which is then reversed in place, keeping the sort stable). -1 on error. */
static intptr_t count_run(Sorter *s, intptr_t lo, intptr_t hi)
{
    Value *k = s->a.k;
    if (lo + 1 == hi) return 1;
    int c = s->lt(s, k[lo + 1], k[lo]);
    if (c < 0) return -1;
    intptr_t i = lo + 2;
    for (; i < hi; i++) {
        int d = s->lt(s, k[i], k[i - 1]);
        if (d < 0) return -1;
        if (d != c) break;
    }
    if (c) arr_reverse(s->a, lo, i);
    return i - lo;
}

/* Does x come before key? With right=false that is x < key (so the search finds the
   leftmost place among equals), with right=true it is not key < x (the rightmost). */
static inline int before(Sorter *s, Value key, Value x, bool right)
{
    if (!right) return s->lt(s, x, key);
    int c = s->lt(s, key, x);
    return c < 0 ? -1 : !c;
}

/* Where key goes in the sorted a[0:n], searching from a[hint] outward by doubling
   steps, then by bisection: the k such that a[j] comes before key exactly for j < k.
   -1 on error. */
static intptr_t gallop(Sorter *s, Value key, const Value *a, intptr_t n, intptr_t hint,
                       bool right)
{
    intptr_t last = 0, ofs = 1;
    int b = before(s, key, a[hint], right);
    if (b < 0) return -1;
    if (b) {
        /* rightward: a[hint + last] is before key, find an a[hint + ofs] that is not */
        intptr_t max = n - hint;
        while (ofs < max) {
            b = before(s, key, a[hint + ofs], right);
            if (b < 0) return -1;
            if (!b) break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max) ofs = max;
        last += hint;
        ofs += hint;
    } else {
        /* leftward: a[hint - last] is not before key, find an a[hint - ofs] that is */
        intptr_t max = hint + 1;
        while (ofs < max) {
            b = before(s, key, a[hint - ofs], right);
            if (b < 0) return -1;
            if (b) break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max) ofs = max;
        intptr_t t = last;
        last = hint - ofs;
        ofs = hint - t;
    }
    /* now a[last] is before key (or last == -1) and a[ofs] is not (or ofs == n) */
    for (last++; last < ofs;) {
        intptr_t m = last + ((ofs - last) >> 1);
        b = before(s, key, a[m], right);
        if (b < 0) return -1;
        if (b) last = m + 1;
        else ofs = m;
    }
    return ofs;
}

/* Merges the adjacent runs a[pa:pa+na] and a[pa+na:pa+na+nb], na <= nb, copying the
   first into the buffer and filling from the left. The first item of B belongs first
   and the last of A last (merge_at arranged this). */
static int merge_lo(Sorter *s, intptr_t pa, intptr_t na, intptr_t nb)
{
    if (tmp_reserve(s, na) < 0) return -1;
    Arr A = s->a, T = s->tmp;
    arr_move(T, 0, A, pa, na);
    intptr_t d = pa, pb = pa + na, ta = 0, min_gallop = s->min_gallop;
    int result = -1;
    arr_set(A, d++, A, pb++);
    if (--nb == 0) goto done;
    if (na == 1) goto b_then_last_a;
    for (;;) {
        intptr_t acount = 0, bcount = 0;
        for (;;) {                      /* one at a time until one side keeps winning */
            int c = s->lt(s, A.k[pb], T.k[ta]);
            if (c < 0) goto fail;
            if (c) {
                arr_set(A, d++, A, pb++);
                bcount++;
                acount = 0;
                if (--nb == 0) goto done;
                if (bcount >= min_gallop) break;
            } else {
                arr_set(A, d++, T, ta++);
                acount++;
                bcount = 0;
                if (--na == 1) goto b_then_last_a;
                if (acount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {                            /* galloping: move whole stretches */
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            intptr_t k = gallop(s, A.k[pb], T.k + ta, na, 0, true);
            if (k < 0) goto fail;
            acount = k;
            if (k) {
                arr_move(A, d, T, ta, k);
                d += k;
                ta += k;
                na -= k;
                if (na == 1) goto b_then_last_a;
                if (na == 0) goto done;  /* only with an inconsistent __lt__ */
            }
            arr_set(A, d++, A, pb++);
            if (--nb == 0) goto done;
            k = gallop(s, T.k[ta], A.k + pb, nb, 0, false);
            if (k < 0) goto fail;
            bcount = k;
            if (k) {
                arr_move(A, d, A, pb, k);
                d += k;
                pb += k;
                nb -= k;
                if (nb == 0) goto done;
            }
            arr_set(A, d++, T, ta++);
            if (--na == 1) goto b_then_last_a;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;                   /* leaving gallop mode costs a little */
        s->min_gallop = min_gallop;
    }
done:
    result = 0;
fail:
    /* what is left of A fills exactly the gap before the rest of B */
    if (na) arr_move(A, d, T, ta, na);
    return result;
b_then_last_a:
    arr_move(A, d, A, pb, nb);
    arr_set(A, d + nb, T, ta);
    return 0;
}

/* As merge_lo for na >= nb: B goes to the buffer and the merge fills from the right. */
static int merge_hi(Sorter *s, intptr_t base, intptr_t na, intptr_t nb)
{
    if (tmp_reserve(s, nb) < 0) return -1;
    Arr A = s->a, T = s->tmp;
    arr_move(T, 0, A, base + na, nb);
    intptr_t pa = base + na - 1, tb = nb - 1, d = base + na + nb - 1;
    intptr_t min_gallop = s->min_gallop;
    int result = -1;
    arr_set(A, d--, A, pa--);
    if (--na == 0) goto done;
    if (nb == 1) goto a_then_first_b;
    for (;;) {
        intptr_t acount = 0, bcount = 0;
        for (;;) {
            int c = s->lt(s, T.k[tb], A.k[pa]);
            if (c < 0) goto fail;
            if (c) {
                arr_set(A, d--, A, pa--);
                acount++;
                bcount = 0;
                if (--na == 0) goto done;
                if (acount >= min_gallop) break;
            } else {
                arr_set(A, d--, T, tb--);
                bcount++;
                acount = 0;
                if (--nb == 1) goto a_then_first_b;
                if (bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            intptr_t k = gallop(s, T.k[tb], A.k + base, na, na - 1, true);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                d -= k;
                pa -= k;
                arr_move(A, d + 1, A, pa + 1, k);
                na -= k;
                if (na == 0) goto done;
            }
            arr_set(A, d--, T, tb--);
            if (--nb == 1) goto a_then_first_b;
            k = gallop(s, A.k[pa], T.k, nb, nb - 1, false);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                d -= k;
                tb -= k;
                arr_move(A, d + 1, T, tb + 1, k);
                nb -= k;
                if (nb == 1) goto a_then_first_b;
                if (nb == 0) goto done;  /* only with an inconsistent __lt__ */
            }
            arr_set(A, d--, A, pa--);
            if (--na == 0) goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
done:
    result = 0;
fail:
    if (nb) arr_move(A, d - (nb - 1), T, 0, nb);
    return result;
a_then_first_b:
    d -= na;
    pa -= na;
    arr_move(A, d + 1, A, pa + 1, na);
    arr_set(A, d, T, tb);
    return 0;
}

/* Merges pending runs i and i + 1. */
static int merge_at(Sorter *s, int i)
{
    intptr_t pa = s->runs[i].base, na = s->runs[i].len;
    intptr_t pb = s->runs[i + 1].base, nb = s->runs[i + 1].len;
    s->runs[i].len = na + nb;
    if (i == s->nruns - 3) s->runs[i + 1] = s->runs[i + 2];
    s->nruns--;
    /* items of A before B's first are already in place, as are B's after A's last */
    intptr_t k = gallop(s, s->a.k[pb], s->a.k + pa, na, 0, true);
    if (k < 0) return -1;
    pa += k;
    na -= k;
    if (na == 0) return 0;
    nb = gallop(s, s->a.k[pa + na - 1], s->a.k + pb, nb, nb - 1, false);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(s, pa, na, nb) : merge_hi(s, pa, na, nb);
}

/* Powersort's "power" of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2)
   in an array of n: the depth of that boundary in the ideal merge tree. */
static int power_of(intptr_t s1, intptr_t n1, intptr_t n2, intptr_t n)
{
    intptr_t a = 2 * s1 + n1, b = a + n1 + n2;     /* twice the midpoints */
    int p = 0;
    for (;;) {
        p++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return p;
}

/* A new run of n2 items follows the top one: merge what the powers say must go first. */
static int found_run(Sorter *s, intptr_t n2)
{
    if (s->nruns == 0) return 0;
    Run *top = &s->runs[s->nruns - 1];
    int p = power_of(top->base, top->len, n2, s->n);
    while (s->nruns > 1 && s->runs[s->nruns - 2].power > p)
        if (merge_at(s, s->nruns - 2) < 0) return -1;
    s->runs[s->nruns - 1].power = p;
    return 0;
}

static intptr_t min_run(intptr_t n)
{
    intptr_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int timsort(Sorter *s)
{
    intptr_t lo = 0, left = s->n, minrun = min_run(s->n);
    while (left > 0) {
        intptr_t n = count_run(s, lo, lo + left);
        if (n < 0) return -1;
        if (n < minrun) {
            intptr_t force = left < minrun ? left : minrun;
            if (binary_insertion(s, lo, lo + force, lo + n) < 0) return -1;
            n = force;
        }
        if (found_run(s, n) < 0) return -1;
        s->runs[s->nruns].base = lo;
        s->runs[s->nruns].len = n;
        s->nruns++;
        lo += n;
        left -= n;
    }
    while (s->nruns > 1) {
        int i = s->nruns - 2;
        if (i > 0 && s->runs[i - 1].len < s->runs[i + 1].len) i--;
        if (merge_at(s, i) < 0) return -1;
    }
    return 0;
}

/* ---- list.sort ------------------------------------------------------------------------ */

int list_sort(rill_vm *vm, RList *l, Value keyfunc, bool reverse)
{
    if (keyfunc == V_NONE) keyfunc = V_NULL;
    /* The list is empty while it is sorted, so that code run by comparisons sees (and
       can break) nothing; whatever it puts in the list is discarded at the end. */
    Value *items = l->items;
    size_t n = l->n, cap = l->cap;
    uint16_t was_sorting = l->h.aux & LIST_SORTING;
    l->items = NULL;
    l->n = l->cap = 0;
    l->h.aux |= LIST_SORTING;

    int result = -1;
    Value *keys = NULL;
    if (keyfunc && n > 0) {
        keys = mem_alloc(vm, n * sizeof(Value));
        if (!keys) goto restore;
        for (size_t i = 0; i < n; i++) {
            keys[i] = call_value(vm, keyfunc, &items[i], 1, NULL);
            if (!keys[i]) {
                while (i-- > 0) v_decref(vm, keys[i]);
                mem_free(vm, keys, n * sizeof(Value));
                goto restore;
            }
        }
    }

    Sorter s;
    s.vm = vm;
    s.a.k = keys ? keys : items;
    s.a.v = keys ? items : NULL;
    s.n = (intptr_t)n;
    s.tmpcap = keys ? SMALL_TMP / 2 : SMALL_TMP;
    s.tmp.k = s.small;
    s.tmp.v = keys ? s.small + SMALL_TMP / 2 : NULL;
    s.tmp_heap = NULL;
    s.min_gallop = MIN_GALLOP;
    s.nruns = 0;
    s.lt = s.elem_lt = lt_object;
    result = 0;
    if (n > 1) {
        s.lt = pick_lt(vm, s.a.k, s.n, false);
        if (s.lt == lt_tuple) s.elem_lt = pick_lt(vm, s.a.k, s.n, true);
        if (reverse) arr_reverse(s.a, 0, s.n);
        result = timsort(&s);
        if (reverse) arr_reverse(s.a, 0, s.n);
    }
    if (s.tmp_heap)
        mem_free(vm, s.tmp_heap, (size_t)s.tmpcap * (keys ? 2 : 1) * sizeof(Value));

    if (keys) {
        for (size_t i = 0; i < n; i++) v_decref(vm, keys[i]);
        mem_free(vm, keys, n * sizeof(Value));
    }
restore:
    if (!(l->h.aux & LIST_SORTING) && result == 0) {
        exc_raisef(vm, vm->exc_ValueError, "list modified during sort");
        result = -1;
    }
    l->h.aux = (uint16_t)((l->h.aux & ~LIST_SORTING) | was_sorting);
    Value *extra = l->items;
    size_t extra_n = l->n, extra_cap = l->cap;
    l->items = items;
    l->n = n;
    l->cap = cap;
    /* release what was added during the sort, last item first */
    for (size_t i = extra_n; i-- > 0;) v_decref(vm, extra[i]);
    if (extra) mem_free(vm, extra, extra_cap * sizeof(Value));
    return result;
}
