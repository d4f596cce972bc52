/*
** check_dict.c — unit tests for vm/dict.c (RDict) and vm/set.c (RSet).
**
** The expected set orders, popped values and frozenset hashes below were produced by
** python3 (CPython 3.11) running the same operations; the script output at the end
** likewise. They are never edited by hand.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm/dict.h"
#include "vm/int.h"
#include "vm/float.h"
#include "vm/seq.h"

static rill_vm *vm;

/* Check's assertions are slow in bulk (each one records its location), so loops over
   thousands of items use CHECK, which notes the first failing line, and the test
   asserts CHECKED() once. */
static int first_bad_line;
#define CHECK(c) do { if (!(c) && !first_bad_line) first_bad_line = __LINE__; } while (0)
#define CHECKED() ck_assert_msg(first_bad_line == 0, "CHECK failed at line %d", first_bad_line)

static void setup(void)
{
    first_bad_line = 0;
    vm = rill_vm_new(NULL);
    ck_assert_ptr_nonnull(vm);
}

static void teardown(void)
{
    CHECKED();
    rill_vm_free(vm);
    vm = NULL;
}

static Value lookup_or_null(RDict *d, Value key)
{
    Value out = V_NULL;
    int r = dict_lookup(vm, d, key, &out);
    CHECK(r >= 0);
    CHECK(!vm_exc_pending(vm));
    return r ? out : V_NULL;
}

static int64_t as_i64(Value v)
{
    int64_t i = 0;
    CHECK(int_check(v));
    CHECK(int_to_i64(v, &i));
    return i;
}

/* An int key, boxed when it does not fit a small int (new reference). */
static Value mk_int(int64_t i)
{
    Value v = int_from_i64(vm, i);
    CHECK(v != V_NULL);
    return v;
}

static Value mk_float(double x)
{
    Value v = float_new(vm, x);
    CHECK(v != V_NULL);
    return v;
}

/* ---- dict ----------------------------------------------------------------------- */

START_TEST(test_dict_growth)
{
    static const size_t sizes[] = { 0, 1, 2, 5, 6, 7, 8, 10, 11, 85, 86, 87, 1000, 1365,
                                    1366, 100000 };
    size_t base = vm->bytes;
    for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        size_t n = sizes[k];
        RDict *d = dict_new(vm);
        ck_assert_ptr_nonnull(d);
        for (size_t i = 0; i < n; i++) {
            CHECK(dict_set(vm, d, v_int((intptr_t)i), v_int((intptr_t)i * 2)) == 0);
            CHECK(d->used == (i + 1));
        }
        /* the load factor stays at or below 2/3 */
        ck_assert_uint_le(d->entries_cap * 3, ((size_t)1 << d->log2_index) * 2);
        for (size_t i = 0; i < n; i++)
            CHECK(lookup_or_null(d, v_int((intptr_t)i)) == v_int((intptr_t)i * 2));
        for (intptr_t i = -3; i < 0; i++)
            CHECK(lookup_or_null(d, v_int(i)) == V_NULL);
        ck_assert(lookup_or_null(d, v_int((intptr_t)n)) == V_NULL);
        size_t pos = 0, i = 0;
        Value key, value;
        while (dict_next(d, &pos, &key, &value)) {
            CHECK(key == v_int((intptr_t)i));
            CHECK(value == v_int((intptr_t)i * 2));
            i++;
        }
        ck_assert_uint_eq(i, n);
        obj_decref(vm, d);
        ck_assert_uint_eq(vm->bytes, base);
    }
}
END_TEST

START_TEST(test_dict_sized)
{
    static const size_t sizes[] = { 1, 5, 6, 10, 85, 86, 1000, 40000 };
    for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        RDict *d = dict_new_sized(vm, sizes[k]);
        ck_assert_ptr_nonnull(d);
        void *index = d->index;
        for (size_t i = 0; i < sizes[k]; i++)
            CHECK(dict_set(vm, d, v_int((intptr_t)i * 7), V_NONE) == 0);
        ck_assert_ptr_eq(d->index, index);          /* no resize happened */
        ck_assert_uint_eq(d->used, sizes[k]);
        obj_decref(vm, d);
    }
    RDict *d = dict_new_sized(vm, 0);
    ck_assert_ptr_nonnull(d);
    ck_assert_uint_eq(d->used, 0);
    ck_assert_uint_eq(dict_sizeof(d), sizeof(RDict));
    obj_decref(vm, d);
}
END_TEST

START_TEST(test_dict_delete_reinsert)
{
    RDict *d = dict_new(vm);
    for (intptr_t i = 0; i < 1000; i++)
        CHECK(dict_set(vm, d, v_int(i), v_int(-i)) == 0);
    for (intptr_t i = 0; i < 1000; i += 2)
        CHECK(dict_del(vm, d, v_int(i)) == 1);
    ck_assert_uint_eq(d->used, 500);
    ck_assert_int_eq(dict_del(vm, d, v_int(0)), 0);
    ck_assert_int_eq(dict_del(vm, d, v_int(5000)), 0);
    ck_assert(!vm_exc_pending(vm));
    for (intptr_t i = 0; i < 1000; i++)
        CHECK(lookup_or_null(d, v_int(i)) == (i % 2 ? v_int(-i) : V_NULL));
    /* odds keep their order; evens come back after them */
    for (intptr_t i = 0; i < 1000; i += 2)
        CHECK(dict_set(vm, d, v_int(i), v_int(i)) == 0);
    size_t pos = 0;
    Value key, value;
    for (intptr_t i = 1; i < 1000; i += 2) {
        CHECK(dict_next(d, &pos, &key, &value));
        CHECK(key == v_int(i) && value == v_int(-i));
    }
    for (intptr_t i = 0; i < 1000; i += 2) {
        CHECK(dict_next(d, &pos, &key, &value));
        CHECK(key == v_int(i) && value == v_int(i));
    }
    ck_assert(!dict_next(d, &pos, &key, &value));
    ck_assert_uint_eq(d->used, 1000);
    /* delete everything, then reuse the dict */
    for (intptr_t i = 0; i < 1000; i++)
        CHECK(dict_del(vm, d, v_int(i)) == 1);
    ck_assert_uint_eq(d->used, 0);
    pos = 0;
    ck_assert(!dict_next(d, &pos, NULL, NULL));
    ck_assert_int_eq(dict_set(vm, d, v_int(42), V_TRUE), 0);
    ck_assert(lookup_or_null(d, v_int(42)) == V_TRUE);
    ck_assert_uint_eq(d->used, 1);
    obj_decref(vm, d);
}
END_TEST

/* Insertion order against a model under a pseudo-random mix of inserts, replacements
   and deletes, across many resizes. */
START_TEST(test_dict_order_model)
{
    enum { NKEYS = 3000, NOPS = 200000 };
    int64_t *seq = calloc(NKEYS, sizeof(int64_t));     /* insertion stamp, -1: absent */
    intptr_t *val = calloc(NKEYS, sizeof(intptr_t));
    ck_assert(seq && val);
    for (size_t i = 0; i < NKEYS; i++)
        seq[i] = -1;
    RDict *d = dict_new(vm);
    uint64_t rng = 12345;
    int64_t stamp = 0;
    for (size_t op = 0; op < NOPS; op++) {
        rng = rng * 6364136223846793005u + 1442695040888963407u;
        size_t k = (size_t)(rng >> 33) % NKEYS;
        Value key = v_int((intptr_t)k * 1000003);
        if ((rng >> 20) % 3 == 0) {
            CHECK(dict_del(vm, d, key) == (seq[k] >= 0));
            seq[k] = -1;
        } else {
            CHECK(dict_set(vm, d, key, v_int((intptr_t)op)) == 0);
            if (seq[k] < 0)
                seq[k] = stamp++;
            val[k] = (intptr_t)op;
        }
    }
    size_t live = 0;
    for (size_t k = 0; k < NKEYS; k++)
        live += seq[k] >= 0;
    ck_assert_uint_eq(d->used, live);
    size_t pos = 0;
    Value key, value;
    int64_t last = -1;
    size_t seen = 0;
    while (dict_next(d, &pos, &key, &value)) {
        size_t k = (size_t)(v_as_int(key) / 1000003);
        CHECK(seq[k] > last);
        last = seq[k];
        CHECK(value == v_int(val[k]));
        seen++;
    }
    ck_assert_uint_eq(seen, live);
    obj_decref(vm, d);
    free(seq);
    free(val);
}
END_TEST

START_TEST(test_dict_version)
{
    RDict *d = dict_new(vm);
    uint64_t v0 = d->version;
    ck_assert_int_eq(dict_set(vm, d, v_int(1), v_int(1)), 0);
    uint64_t v1 = d->version;
    ck_assert(v1 != v0);
    ck_assert_int_eq(dict_set(vm, d, v_int(1), v_int(2)), 0);    /* replacement */
    ck_assert(d->version == v1);
    ck_assert_int_eq(dict_del(vm, d, v_int(7)), 0);                /* absent */
    ck_assert(d->version == v1);
    ck_assert_int_eq(dict_del(vm, d, v_int(1)), 1);
    uint64_t v2 = d->version;
    ck_assert(v2 != v1);
    ck_assert_int_eq(dict_set(vm, d, v_int(1), v_int(1)), 0);
    ck_assert(d->version != v2);
    uint64_t v3 = d->version;
    for (intptr_t i = 0; i < 100; i++)       /* through resizes */
        ck_assert_int_eq(dict_set(vm, d, v_int(i + 10), V_NONE), 0);
    ck_assert(d->version != v3);
    uint64_t v4 = d->version;
    dict_clear(vm, d);
    ck_assert(d->version != v4);
    obj_decref(vm, d);
}
END_TEST

START_TEST(test_dict_str_keys)
{
    RStr *interned = str_intern_cstr(vm, "alpha");
    RStr *plain = str_new(vm, "alpha", 5);
    RStr *other = str_new(vm, "beta", 4);
    ck_assert(interned && plain && other);
    ck_assert_ptr_ne(interned, plain);
    RDict *d = dict_new(vm);
    ck_assert(dict_get_str(d, interned) == V_NULL);         /* empty dict */
    ck_assert_int_eq(dict_set_str(vm, d, interned, v_int(1)), 0);
    ck_assert(dict_get_str(d, interned) == v_int(1));
    ck_assert(dict_get_str(d, plain) == v_int(1));
    ck_assert(dict_get_str(d, other) == V_NULL);
    ck_assert(lookup_or_null(d, v_from_obj(plain)) == v_int(1));
    /* an equal non-interned str is the same key */
    ck_assert_int_eq(dict_set(vm, d, v_from_obj(plain), v_int(2)), 0);
    ck_assert_uint_eq(d->used, 1);
    ck_assert(dict_get_str(d, interned) == v_int(2));
    ck_assert_int_eq(dict_set_str(vm, d, plain, v_int(3)), 0);
    ck_assert_uint_eq(d->used, 1);
    size_t pos = 0;
    Value key, value;
    ck_assert(dict_next(d, &pos, &key, &value));
    ck_assert(key == v_from_obj(interned));                 /* the first key stays */
    ck_assert(value == v_int(3));
    ck_assert_int_eq(dict_del_str(vm, d, other), 0);
    ck_assert_int_eq(dict_del_str(vm, d, plain), 1);
    ck_assert_uint_eq(d->used, 0);
    ck_assert(dict_get_str(d, interned) == V_NULL);

    /* many keys, looked up through fresh equal strings */
    enum { N = 20000 };
    char buf[32];
    for (int i = 0; i < N; i++) {
        int n = snprintf(buf, sizeof buf, "key%d", i);
        RStr *k = (i % 2) ? str_intern(vm, buf, (size_t)n) : str_new(vm, buf, (size_t)n);
        CHECK(k != NULL);
        CHECK(dict_set_str(vm, d, k, v_int(i)) == 0);
        obj_decref(vm, k);
    }
    ck_assert_uint_eq(d->used, N);
    for (int i = 0; i < N; i++) {
        int n = snprintf(buf, sizeof buf, "key%d", i);
        RStr *k = str_new(vm, buf, (size_t)n);
        CHECK(dict_get_str(d, k) == v_int(i));
        CHECK(lookup_or_null(d, v_from_obj(k)) == v_int(i));
        if (i % 3 == 0)
            CHECK(dict_del_str(vm, d, k) == 1);
        obj_decref(vm, k);
    }
    ck_assert_uint_eq(d->used, N - (N + 2) / 3);
    pos = 0;
    int expect = 1;
    while (dict_next(d, &pos, &key, &value)) {
        CHECK(value == v_int(expect));
        expect += expect % 3 == 2 ? 2 : 1;
    }
    /* int keys never match a str lookup */
    RDict *ints = dict_new(vm);
    ck_assert_int_eq(dict_set(vm, ints, v_int(5), V_NONE), 0);
    ck_assert(dict_get_str(ints, interned) == V_NULL);
    obj_decref(vm, ints);
    obj_decref(vm, d);
    obj_decref(vm, interned);
    obj_decref(vm, plain);
    obj_decref(vm, other);
}
END_TEST

START_TEST(test_dict_numeric_keys)
{
    RDict *d = dict_new(vm);
    Value one_f = mk_float(1.0), zero_f = mk_float(0.0), half = mk_float(0.5);
    ck_assert_int_eq(dict_set(vm, d, v_int(1), v_int(10)), 0);
    ck_assert(lookup_or_null(d, one_f) == v_int(10));
    ck_assert(lookup_or_null(d, V_TRUE) == v_int(10));
    ck_assert_int_eq(dict_set(vm, d, one_f, v_int(11)), 0);
    ck_assert_int_eq(dict_set(vm, d, V_TRUE, v_int(12)), 0);
    ck_assert_uint_eq(d->used, 1);
    size_t pos = 0;
    Value key, value;
    ck_assert(dict_next(d, &pos, &key, &value));
    ck_assert(key == v_int(1) && value == v_int(12));
    ck_assert_int_eq(dict_set(vm, d, V_FALSE, v_int(0)), 0);
    ck_assert(lookup_or_null(d, zero_f) == v_int(0));
    ck_assert(lookup_or_null(d, v_int(0)) == v_int(0));
    ck_assert(lookup_or_null(d, half) == V_NULL);
    ck_assert_int_eq(dict_set(vm, d, half, V_NONE), 0);
    ck_assert_uint_eq(d->used, 3);
    /* -1 and -2 hash alike (-2) and stay distinct */
    ck_assert_int_eq(dict_set(vm, d, v_int(-1), v_int(-10)), 0);
    ck_assert_int_eq(dict_set(vm, d, v_int(-2), v_int(-20)), 0);
    ck_assert(lookup_or_null(d, v_int(-1)) == v_int(-10));
    ck_assert(lookup_or_null(d, v_int(-2)) == v_int(-20));
    /* big ints: equal objects are the same key; 2**62 equals the float 2.0**62 */
    Value big1 = int_from_digits(vm, "123456789012345678901234567890", 30, 10);
    Value big2 = int_from_digits(vm, "123456789012345678901234567890", 30, 10);
    Value p62 = mk_int(INT64_C(1) << 62), p62f = mk_float(4611686018427387904.0);
    ck_assert(big1 != V_NULL && big2 != V_NULL);
    ck_assert(big1 != big2);
    ck_assert_int_eq(dict_set(vm, d, big1, v_int(100)), 0);
    ck_assert(lookup_or_null(d, big2) == v_int(100));
    ck_assert_int_eq(dict_set(vm, d, p62, v_int(62)), 0);
    ck_assert(lookup_or_null(d, p62f) == v_int(62));
    /* 2**61 - 1 + 5 hashes like 5 and is a different key */
    Value wrap = mk_int((INT64_C(1) << 61) - 1 + 5);
    ck_assert_int_eq(dict_set(vm, d, v_int(5), v_int(5)), 0);
    ck_assert_int_eq(dict_set(vm, d, wrap, v_int(6)), 0);
    ck_assert(lookup_or_null(d, v_int(5)) == v_int(5));
    ck_assert(lookup_or_null(d, wrap) == v_int(6));
    ck_assert_uint_eq(d->used, 9);
    Value popped = dict_pop(vm, d, big2);
    ck_assert(popped == v_int(100));
    ck_assert(lookup_or_null(d, big1) == V_NULL);
    obj_decref(vm, d);
    v_decref(vm, one_f);
    v_decref(vm, zero_f);
    v_decref(vm, half);
    v_decref(vm, big1);
    v_decref(vm, big2);
    v_decref(vm, p62);
    v_decref(vm, p62f);
    v_decref(vm, wrap);
}
END_TEST

START_TEST(test_dict_key_hash)
{
    static const int64_t ints[] = { 0, 1, -1, -2, 2, 1000, -1000, (INT64_C(1) << 61) - 2,
        (INT64_C(1) << 61) - 1, (INT64_C(1) << 61), -(INT64_C(1) << 61) - 1,
        -(INT64_C(1) << 61), -(INT64_C(1) << 61) + 1, (INT64_C(1) << 62) - 1,
        -(INT64_C(1) << 62), INT64_C(4611686018427387000) };
    for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
        Value v = mk_int(ints[i]);
        ck_assert_int_eq(dict_key_hash(vm, v), obj_hash(vm, v));
        v_decref(vm, v);
    }
    /* values from python3: hash(-1), hash(2**61), hash(-(2**61)), hash(2**61 + 6) */
    ck_assert_int_eq(dict_key_hash(vm, v_int(-1)), -2);
    Value v = mk_int(INT64_C(1) << 61);
    ck_assert_int_eq(dict_key_hash(vm, v), 1);
    v_decref(vm, v);
    v = mk_int(-(INT64_C(1) << 61));
    ck_assert_int_eq(dict_key_hash(vm, v), -2);
    v_decref(vm, v);
    v = mk_int((INT64_C(1) << 61) + 6);
    ck_assert_int_eq(dict_key_hash(vm, v), 7);
    v_decref(vm, v);
    RStr *s = str_new(vm, "hash me", 7);
    ck_assert_int_eq(dict_key_hash(vm, v_from_obj(s)), obj_hash(vm, v_from_obj(s)));
    ck_assert_int_eq(dict_key_hash(vm, v_from_obj(s)), str_hash(s));
    obj_decref(vm, s);
}
END_TEST

START_TEST(test_dict_pop_and_errors)
{
    RDict *d = dict_new(vm);
    RStr *k = str_intern_cstr(vm, "k");
    Value f = mk_float(2.5);
    ck_assert_int_eq(dict_set(vm, d, v_from_obj(k), f), 0);
    Value got = dict_pop(vm, d, v_from_obj(k));
    ck_assert(got == f);
    ck_assert_uint_eq(v_obj(f)->rc, 2);     /* ours and the popped one */
    v_decref(vm, got);
    ck_assert(dict_pop(vm, d, v_from_obj(k)) == V_NULL);
    ck_assert(!vm_exc_pending(vm));
    ck_assert_uint_eq(d->used, 0);
    /* unhashable keys raise TypeError from every entry point */
    RList *l = list_new(vm, 0);
    Value lv = v_from_obj(l);
    Value out;
    ck_assert_int_eq(dict_set(vm, d, lv, V_NONE), -1);
    ck_assert(exc_matches(vm, vm->exc_TypeError));
    exc_clear(vm);
    ck_assert_int_eq(dict_lookup(vm, d, lv, &out), -1);
    ck_assert(exc_matches(vm, vm->exc_TypeError));
    exc_clear(vm);
    ck_assert_int_eq(dict_del(vm, d, lv), -1);
    ck_assert(exc_matches(vm, vm->exc_TypeError));
    exc_clear(vm);
    ck_assert(dict_pop(vm, d, lv) == V_NULL);
    ck_assert(exc_matches(vm, vm->exc_TypeError));
    exc_clear(vm);
    ck_assert_uint_eq(d->used, 0);
    obj_decref(vm, l);
    obj_decref(vm, d);
    obj_decref(vm, k);
    v_decref(vm, f);
}
END_TEST

static RDict *dict_range(intptr_t lo, intptr_t hi, intptr_t valoff)
{
    RDict *d = dict_new(vm);
    ck_assert_ptr_nonnull(d);
    for (intptr_t i = lo; i < hi; i++)
        ck_assert_int_eq(dict_set(vm, d, v_int(i), v_int(i + valoff)), 0);
    return d;
}

static void assert_dict_range(RDict *d, intptr_t lo, intptr_t hi, intptr_t valoff)
{
    size_t pos = 0;
    Value key, value;
    for (intptr_t i = lo; i < hi; i++) {
        ck_assert(dict_next(d, &pos, &key, &value));
        ck_assert(key == v_int(i) && value == v_int(i + valoff));
    }
    ck_assert(!dict_next(d, &pos, &key, &value));
    ck_assert_uint_eq(d->used, (size_t)(hi - lo));
}

START_TEST(test_dict_copy)
{
    RDict *d = dict_range(0, 100, 1);
    RDict *c = dict_copy(vm, d);
    ck_assert_ptr_nonnull(c);
    assert_dict_range(c, 0, 100, 1);
    ck_assert_int_eq(dict_set(vm, d, v_int(1000), V_NONE), 0);
    ck_assert_int_eq(dict_del(vm, d, v_int(0)), 1);
    assert_dict_range(c, 0, 100, 1);        /* independent of the original */
    ck_assert_int_eq(dict_set(vm, c, v_int(0), v_int(7)), 0);
    ck_assert(lookup_or_null(d, v_int(0)) == V_NULL);
    obj_decref(vm, c);
    /* with holes: the copy is compacted and keeps the order */
    for (intptr_t i = 1; i < 50; i++)
        ck_assert_int_eq(dict_del(vm, d, v_int(i)), 1);
    ck_assert_int_eq(dict_del(vm, d, v_int(1000)), 1);
    c = dict_copy(vm, d);
    ck_assert_uint_eq(c->nentries, c->used);
    assert_dict_range(c, 50, 100, 1);
    ck_assert(lookup_or_null(c, v_int(77)) == v_int(78));
    obj_decref(vm, c);
    obj_decref(vm, d);
    /* objects are shared, with their counts raised */
    d = dict_new(vm);
    RStr *k = str_new(vm, "xy", 2);    /* one-char strings are shared */
    Value f = mk_float(1.5);
    ck_assert_int_eq(dict_set(vm, d, v_from_obj(k), f), 0);
    c = dict_copy(vm, d);
    ck_assert_uint_eq(k->h.rc, 3);
    ck_assert_uint_eq(v_obj(f)->rc, 3);
    ck_assert(lookup_or_null(c, v_from_obj(k)) == f);
    obj_decref(vm, c);
    obj_decref(vm, d);
    ck_assert_uint_eq(k->h.rc, 1);
    obj_decref(vm, k);
    v_decref(vm, f);
    d = dict_new(vm);
    c = dict_copy(vm, d);
    ck_assert_uint_eq(c->used, 0);
    obj_decref(vm, c);
    obj_decref(vm, d);
}
END_TEST

START_TEST(test_dict_merge)
{
    RDict *d = dict_range(0, 10, 0);
    RDict *o = dict_range(5, 15, 100);
    ck_assert_int_eq(dict_merge(vm, d, o), 0);
    size_t pos = 0;
    Value key, value;
    for (intptr_t i = 0; i < 15; i++) {
        ck_assert(dict_next(d, &pos, &key, &value));
        ck_assert(key == v_int(i));
        ck_assert(value == v_int(i < 5 ? i : i + 100));
    }
    ck_assert(!dict_next(d, &pos, &key, &value));
    ck_assert_int_eq(dict_merge(vm, d, d), 0);            /* d.update(d) */
    ck_assert_uint_eq(d->used, 15);
    obj_decref(vm, d);
    /* into an empty dict */
    d = dict_new(vm);
    ck_assert_int_eq(dict_merge(vm, d, o), 0);
    assert_dict_range(d, 5, 15, 100);
    obj_decref(vm, d);
    /* from a dict with holes, into a dict with holes, across resizes */
    for (intptr_t i = 5; i < 10; i++)
        ck_assert_int_eq(dict_del(vm, o, v_int(i)), 1);
    for (intptr_t i = 15; i < 2000; i++)
        ck_assert_int_eq(dict_set(vm, o, v_int(i), v_int(i + 100)), 0);
    d = dict_range(0, 10, 100);
    ck_assert_int_eq(dict_del(vm, d, v_int(0)), 1);
    ck_assert_int_eq(dict_merge(vm, d, o), 0);
    assert_dict_range(d, 1, 2000, 100);
    RDict *empty = dict_new(vm);
    ck_assert_int_eq(dict_merge(vm, d, empty), 0);
    ck_assert_int_eq(dict_merge(vm, empty, empty), 0);
    ck_assert_uint_eq(d->used, 1999);
    obj_decref(vm, empty);
    obj_decref(vm, d);
    obj_decref(vm, o);
}
END_TEST

static void count_visit(RObj *child, void *arg)
{
    (void)child;
    ++*(size_t *)arg;
}

START_TEST(test_dict_traverse_sizeof)
{
    RDict *d = dict_new(vm);
    ck_assert_uint_eq(dict_sizeof(d), sizeof(RDict));
    char buf[16];
    for (int i = 0; i < 10; i++) {
        int n = snprintf(buf, sizeof buf, "s%d", i);
        RStr *k = str_new(vm, buf, (size_t)n);
        Value f = mk_float(i);
        ck_assert_int_eq(dict_set(vm, d, v_from_obj(k), f), 0);
        obj_decref(vm, k);
        v_decref(vm, f);
    }
    ck_assert_int_eq(dict_set(vm, d, v_int(3), V_NONE), 0);    /* no objects to visit */
    size_t visits = 0;
    dict_traverse(d, count_visit, &visits);
    ck_assert_uint_eq(visits, 20);
    ck_assert_uint_gt(dict_sizeof(d), sizeof(RDict) + 11 * sizeof(DictEntry));
    size_t before = vm->bytes;
    dict_release(vm, d);
    ck_assert_uint_lt(vm->bytes, before);
    ck_assert_uint_eq(d->used, 0);
    ck_assert_uint_eq(dict_sizeof(d), sizeof(RDict));
    visits = 0;
    dict_traverse(d, count_visit, &visits);
    ck_assert_uint_eq(visits, 0);
    ck_assert_int_eq(dict_set(vm, d, v_int(1), V_NONE), 0);    /* usable afterwards */
    obj_decref(vm, d);
}
END_TEST

/* ---- sets ----------------------------------------------------------------------- */

START_TEST(test_set_basics)
{
    RSet *s = set_new(vm, false);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(v_obj(v_from_obj(s))->kind, K_SET);
    ck_assert_uint_eq(set_sizeof(s), sizeof(RSet));
    ck_assert_int_eq(set_contains(vm, s, v_int(1)), 0);
    ck_assert_int_eq(set_add(vm, s, v_int(1)), 0);
    ck_assert_int_eq(set_add(vm, s, V_TRUE), 0);
    Value one_f = mk_float(1.0);
    ck_assert_int_eq(set_add(vm, s, one_f), 0);
    ck_assert_uint_eq(s->used, 1);
    ck_assert_int_eq(set_contains(vm, s, one_f), 1);
    ck_assert_int_eq(set_contains(vm, s, V_TRUE), 1);
    RStr *a = str_intern_cstr(vm, "ab"), *a2 = str_new(vm, "ab", 2);
    ck_assert_int_eq(set_add(vm, s, v_from_obj(a)), 0);
    ck_assert_int_eq(set_contains(vm, s, v_from_obj(a2)), 1);
    ck_assert_int_eq(set_add(vm, s, v_from_obj(a2)), 0);
    ck_assert_uint_eq(s->used, 2);
    ck_assert_int_eq(set_discard(vm, s, v_from_obj(a2)), 1);
    ck_assert_int_eq(set_discard(vm, s, v_from_obj(a)), 0);
    ck_assert_int_eq(set_contains(vm, s, v_from_obj(a)), 0);
    ck_assert_uint_eq(s->used, 1);
    ck_assert_uint_eq(s->fill, 2);                          /* the dummy stays */
    ck_assert_int_eq(set_discard(vm, s, one_f), 1);
    Value got = set_pop(vm, s);
    ck_assert(got == V_NULL);
    ck_assert(exc_matches(vm, vm->exc_KeyError));
    exc_clear(vm);
    /* unhashable */
    RList *l = list_new(vm, 0);
    ck_assert_int_eq(set_add(vm, s, v_from_obj(l)), -1);
    ck_assert(exc_matches(vm, vm->exc_TypeError));
    exc_clear(vm);
    ck_assert_int_eq(set_contains(vm, s, v_from_obj(l)), -1);
    exc_clear(vm);
    ck_assert_int_eq(set_discard(vm, s, v_from_obj(l)), -1);
    exc_clear(vm);
    /* pop hands over the table's reference */
    ck_assert_int_eq(set_add(vm, s, v_from_obj(a2)), 0);
    ck_assert_uint_eq(a2->h.rc, 2);
    got = set_pop(vm, s);
    ck_assert(got == v_from_obj(a2));
    ck_assert_uint_eq(a2->h.rc, 2);
    v_decref(vm, got);
    ck_assert_uint_eq(s->used, 0);
    size_t pos = 0;
    ck_assert(!set_next(s, &pos, NULL));
    obj_decref(vm, l);
    obj_decref(vm, a);
    obj_decref(vm, a2);
    v_decref(vm, one_f);
    obj_decref(vm, s);
}
END_TEST

START_TEST(test_set_growth)
{
    size_t base = vm->bytes;
    RSet *s = set_new(vm, false);
    enum { N = 100000 };
    for (intptr_t i = 0; i < N; i++)
        CHECK(set_add(vm, s, v_int(i * 31)) == 0);
    ck_assert_uint_eq(s->used, N);
    ck_assert_uint_lt(s->fill * 5, s->mask * 3);
    ck_assert_uint_gt(set_sizeof(s), sizeof(RSet) + N * sizeof(SetEntry));
    for (intptr_t i = 0; i < N; i++) {
        CHECK(set_contains(vm, s, v_int(i * 31)) == 1);
        CHECK(set_contains(vm, s, v_int(i * 31 + 1)) == 0);
    }
    for (intptr_t i = 0; i < N; i += 2)
        CHECK(set_discard(vm, s, v_int(i * 31)) == 1);
    ck_assert_uint_eq(s->used, N / 2);
    size_t count = 0, pos = 0;
    Value key;
    while (set_next(s, &pos, &key)) {
        CHECK(v_as_int(key) % 62 == 31);
        count++;
    }
    ck_assert_uint_eq(count, N / 2);
    set_clear(vm, s);
    ck_assert_uint_eq(s->used, 0);
    ck_assert_uint_eq(set_sizeof(s), sizeof(RSet));
    obj_decref(vm, s);
    ck_assert_uint_eq(vm->bytes, base);
}
END_TEST

/* The CPython oracle: operations on a set of ints, and what CPython 3.11 then shows. */
typedef struct SetOp {
    char op;            /* A add range, D discard range, P pop n, C clear, K copy,
                           F through a frozenset, U update from a set of the range,
                           V update from dict.fromkeys(range), W update from range,
                           R random adds, discards and pops */
    int64_t a, b, c;    /* range(a, b, c or 1) / count */
} SetOp;

typedef struct SetCase {
    const char *name;
    SetOp ops[8];
    int nops;
    size_t len;
    int64_t first[24];      /* list(s)[:24] */
    uint64_t order_ck;      /* checksum of list(s) */
    uint64_t popped_ck;     /* checksum of the popped values, in order */
    int64_t fhash;          /* hash(frozenset(s)) */
} SetCase;

static const SetCase set_cases[] = {
    {"empty",
     {{'A', 0, 0, 0}},
     1, 0,
     {0},
     0u, 0u, 133146708735736},
    {"0..20",
     {{'A', 0, 21, 0}},
     1, 21,
     {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20},
     3054336000243969314u, 0u, 6107947313226357714},
    {"20..0",
     {{'A', 20, -1, -1}},
     1, 21,
     {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20},
     3054336000243969314u, 0u, 6107947313226357714},
    {"1000 1 33 8 16 24",
     {{'A', 1000, 1001, 0}, {'A', 1, 2, 0}, {'A', 33, 34, 0}, {'A', 8, 9, 0}, {'A', 16, 17, 0},
      {'A', 24, 25, 0}},
     6, 6,
     {1, 33, 1000, 8, 16, 24},
     848695812247893420u, 0u, 7105772271375867229},
    {"discard evens",
     {{'A', 0, 31, 0}, {'D', 0, 31, 2}, {'A', 100, 111, 0}},
     3, 26,
     {1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 100, 101, 102, 103, 104, 105, 106,
      107, 108},
     16066088728098038726u, 0u, 3869127851615455336},
    {"0 8, -0, +16",
     {{'A', 0, 1, 0}, {'A', 8, 9, 0}, {'D', 0, 1, 0}, {'A', 16, 17, 0}},
     4, 2,
     {16, 8},
     16000056u, 0u, 6252494110100831068},
    {"low-bit collisions",
     {{'A', 0, 52428800, 1048576}},
     1, 50,
     {0, 1048576, 4194304, 2097152, 3145728, 5242880, 6291456, 7340032, 8388608, 9437184,
      10485760, 11534336, 12582912, 13631488, 14680064, 15728640, 24117248, 28311552, 32505856,
      16777216, 20971520, 25165824, 29360128, 33554432},
     12530771204999479296u, 0u, -7091744974380369771},
    {"negatives",
     {{'A', -50, 50, 3}},
     1, 34,
     {1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46, 49, -50, -47, -44, -41, -38,
      -35, -32},
     15967596212783184785u, 0u, -4579888891962941113},
    {"around 2**61",
     {{'A', 2305843009213693932, 2305843009213693972, 0}},
     1, 40,
     {2305843009213693951, 2305843009213693952, 2305843009213693953, 2305843009213693954,
      2305843009213693955, 2305843009213693956, 2305843009213693957, 2305843009213693958,
      2305843009213693959, 2305843009213693960, 2305843009213693961, 2305843009213693962,
      2305843009213693963, 2305843009213693964, 2305843009213693965, 2305843009213693966,
      2305843009213693967, 2305843009213693968, 2305843009213693969, 2305843009213693970,
      2305843009213693971, 2305843009213693932, 2305843009213693933, 2305843009213693934},
     4483837280258658780u, 0u, -8828828417568570946},
    {"around 2**62 (big)",
     {{'A', 4611686018427387894, 4611686018427387914, 0},
      {'A', -4611686018427387914, -4611686018427387894, 0}},
     2, 40,
     {4611686018427387902, 4611686018427387903, 4611686018427387904, 4611686018427387905,
      4611686018427387906, 4611686018427387907, 4611686018427387908, 4611686018427387909,
      4611686018427387910, 4611686018427387911, 4611686018427387912, 4611686018427387913,
      -4611686018427387902, -4611686018427387901, -4611686018427387898, -4611686018427387897,
      -4611686018427387900, -4611686018427387895, -4611686018427387899, -4611686018427387896,
      -4611686018427387903, -4611686018427387911, -4611686018427387910, -4611686018427387909},
     1267863516992860336u, 0u, -2455159839975185750},
    {"near 2**63",
     {{'A', 9223372036854775768, 9223372036854775807, 3}},
     1, 13,
     {9223372036854775804, 9223372036854775774, 9223372036854775777, 9223372036854775780,
      9223372036854775783, 9223372036854775786, 9223372036854775789, 9223372036854775792,
      9223372036854775795, 9223372036854775798, 9223372036854775768, 9223372036854775801,
      9223372036854775771},
     12556586618494267288u, 0u, 1317567576104233489},
    {"pops",
     {{'A', 0, 100, 3}, {'P', 5, 0, 0}, {'A', 200, 210, 0}, {'P', 3, 0, 0}},
     4, 36,
     {24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, 63, 66, 69, 72, 200, 201, 75, 202,
      203, 78, 204},
     14318682913744895874u, 17716635745059690284u, 6735870375712624252},
    {"dummy reuse",
     {{'A', 0, 8, 0}, {'D', 0, 8, 2}, {'A', 8, 24, 2}},
     3, 12,
     {1, 3, 5, 7, 8, 10, 12, 14, 16, 18, 20, 22},
     17481648031806781332u, 0u, 6226129441505021636},
    {"clear keeps finger",
     {{'A', 0, 10, 0}, {'P', 3, 0, 0}, {'C', 0, 0, 0}, {'A', 0, 10, 0}, {'P', 2, 0, 0}},
     5, 8,
     {0, 1, 2, 5, 6, 7, 8, 9},
     5168628202868437590u, 1000011000042000058u, 7471195859591945112},
    {"big with discards",
     {{'A', 0, 100000, 3}, {'D', 0, 100000, 6}, {'A', 1, 50000, 5}},
     3, 25001,
     {1, 3, 6, 9, 11, 15, 16, 21, 26, 27, 31, 33, 36, 39, 41, 45, 46, 51, 56, 57, 61, 63, 66, 69},
     5226671495355624303u, 0u, -2775000116325178717},
    {"copy",
     {{'A', 0, 40, 0}, {'D', 0, 40, 3}, {'K', 0, 0, 0}},
     3, 26,
     {1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35},
     2713493966392946841u, 0u, -7729855588663021918},
    {"copy of big",
     {{'A', 0, 3000, 7}, {'D', 0, 3000, 2}, {'K', 0, 0, 0}},
     3, 214,
     {2051, 1029, 7, 2569, 1547, 525, 2065, 1043, 21, 2583, 1561, 539, 2079, 1057, 35, 2597,
      1575, 553, 2093, 1071, 49, 2611, 1589, 567},
     8866020622823259990u, 0u, -5258197861242057736},
    {"frozen copy",
     {{'A', 0, 40, 5}, {'F', 0, 0, 0}},
     2, 8,
     {0, 35, 5, 10, 15, 20, 25, 30},
     884865336991739782u, 0u, -7437072037527664540},
    {"update from set into empty",
     {{'U', 0, 30, 2}},
     1, 15,
     {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28},
     14003690199422454950u, 0u, -2450211700560112438},
    {"update from set",
     {{'A', 1, 30, 3}, {'U', 0, 30, 2}},
     2, 20,
     {0, 1, 2, 4, 6, 7, 8, 10, 12, 13, 14, 16, 18, 19, 20, 22, 24, 25, 26, 28},
     6143999088043676447u, 0u, -2822369124423864368},
    {"update from set with dummies",
     {{'A', 0, 60, 0}, {'D', 0, 60, 4}, {'U', 0, 100, 5}},
     3, 56,
     {0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 29},
     18260904445952305266u, 0u, -8454840486206393719},
    {"update from dict",
     {{'A', 5, 9, 0}, {'V', 0, 40, 3}},
     2, 17,
     {0, 3, 5, 6, 7, 8, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39},
     9011852755269920399u, 0u, -793132338560141056},
    {"update from range",
     {{'A', 5, 9, 0}, {'W', 100, 0, -7}},
     2, 19,
     {2, 5, 6, 7, 8, 9, 16, 23, 30, 37, 44, 51, 58, 65, 72, 79, 86, 93, 100},
     16275563771985508185u, 0u, 3576693698184219495},
    {"pop all",
     {{'A', 0, 20, 0}, {'P', 20, 0, 0}, {'A', 0, 5, 0}},
     3, 5,
     {4, 1, 0, 3, 2},
     1675049600160932074u, 12828752734139105498u, -6574606388428675546},
    {"last dummy reused",
     {{'A', 0, 10, 0}, {'D', 0, 1, 0}, {'D', 5, 6, 0}, {'A', 32, 33, 0}},
     4, 9,
     {1, 2, 3, 4, 32, 6, 7, 8, 9},
     165887984592119600u, 0u, -7999546216592599954},
    {"random small",
     {{'R', 2000, 20, 1}},
     1, 13,
     {0, 6, 7, 1, 14, 8, 10, 12, 2, 15, 18, 5, 9},
     6450045900769167385u, 12175075652647439786u, 3134848621149747048},
    {"random medium",
     {{'R', 20000, 300, 2}},
     1, 142,
     {245, 37, 65, 64, 62, 13, 66, 217, 206, 68, 69, 247, 14, 72, 218, 75, 15, 219, 81, 3, 89,
      19, 96, 248},
     2842411009781563397u, 6635003545457569411u, -941945394127140636},
    {"random large",
     {{'R', 300000, 30000, 3}},
     1, 12868,
     {463, 29803, 837, 195, 13554, 2644, 989, 991, 1193, 18283, 13266, 1218, 13269, 15640, 1255,
      1263, 26101, 26305, 1285, 5262, 563, 5252, 1359, 1365},
     13998230678043146165u, 11854252603348009090u, -7534408372419988999},
    {"random then copy",
     {{'R', 5000, 1000, 4}, {'K', 0, 0, 0}, {'R', 5000, 1000, 5}},
     3, 410,
     {407, 0, 17, 978, 39, 40, 43, 823, 11, 58, 65, 68, 69, 70, 73, 603, 82, 21, 120, 977, 570,
      494, 146, 929},
     6527386110507106679u, 81415433977054110u, 2867772190536642584},
    {"stride 7 n=5",
     {{'A', 0, 35, 7}},
     1, 5,
     {0, 7, 14, 21, 28},
     7000077000294000406u, 0u, -168655344887836436},
    {"stride 7 n=6",
     {{'A', 0, 42, 7}},
     1, 6,
     {0, 35, 7, 14, 21, 28},
     17518368269867043625u, 0u, -888855775487721118},
    {"stride 7 n=7",
     {{'A', 0, 49, 7}},
     1, 7,
     {0, 35, 7, 42, 14, 21, 28},
     253528588083103543u, 0u, -4114502569064446213},
    {"stride 7 n=19",
     {{'A', 0, 133, 7}},
     1, 19,
     {0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126},
     367695414083780667u, 0u, 6335149342848961023},
    {"stride 7 n=20",
     {{'A', 0, 140, 7}},
     1, 20,
     {0, 133, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126},
     16119662548073925288u, 0u, -293516698808993156},
    {"stride 7 n=77",
     {{'A', 0, 539, 7}},
     1, 77,
     {0, 518, 7, 525, 14, 532, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119,
      126, 133, 140},
     2115758298426326996u, 0u, 6403054105807243701},
    {"stride 7 n=78",
     {{'A', 0, 546, 7}},
     1, 78,
     {0, 518, 7, 525, 14, 532, 21, 539, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112,
      119, 126, 133},
     10723628968513381749u, 0u, -2154790869269663127},
    {"stride 7 n=300",
     {{'A', 0, 2100, 7}},
     1, 300,
     {0, 2051, 1540, 1029, 518, 7, 2058, 1547, 1036, 525, 14, 2065, 1554, 1043, 532, 21, 2072,
      1561, 1050, 539, 28, 2079, 1568, 1057},
     2385978530516952150u, 0u, 8597497043187635576},
    {"stride 7 n=1000",
     {{'A', 0, 7000, 7}},
     1, 1000,
     {0, 6146, 2051, 4102, 7, 6153, 2058, 4109, 14, 6160, 2065, 4116, 21, 6167, 2072, 4123, 28,
      6174, 2079, 4130, 35, 6181, 2086, 4137},
     1076484655482282112u, 0u, -5527806515129974195},
    {"stride 7 n=5000",
     {{'A', 0, 35000, 7}},
     1, 5000,
     {0, 32774, 7, 32781, 14, 32788, 21, 32795, 28, 32802, 35, 32809, 42, 32816, 49, 32823, 56,
      32830, 63, 32837, 70, 32844, 77, 32851},
     2095458606000591042u, 0u, -7171255837483951477},
    {"stride 7 n=50001",
     {{'A', 0, 350007, 7}},
     1, 50001,
     {0, 131075, 262150, 7, 131082, 262157, 14, 131089, 262164, 21, 131096, 262171, 28, 131103,
      262178, 35, 131110, 262185, 42, 131117, 262192, 49, 131124, 262199},
     18089250744224915006u, 0u, 375860458589424215},
    {"stride 7 n=100000",
     {{'A', 0, 700000, 7}},
     1, 100000,
     {0, 524293, 262150, 7, 524300, 262157, 14, 524307, 262164, 21, 524314, 262171, 28, 524321,
      262178, 35, 524328, 262185, 42, 524335, 262192, 49, 524342, 262199},
     16667316998764550900u, 0u, -1229683704395345103},
    {"stride -13 n=10",
     {{'A', 0, -130, -13}},
     1, 10,
     {0, -91, -26, -117, -52, -78, -13, -104, -39, -65},
     11738358928688427571u, 0u, -2079325748904903530},
    {"stride -13 n=1000",
     {{'A', 0, -13000, -13}},
     1, 1000,
     {0, -4095, -8190, -12285, -2041, -6136, -10231, -4082, -8177, -12272, -2028, -6123, -10218,
      -4069, -8164, -12259, -2015, -6110, -10205, -4056, -8151, -12246, -2002, -6097},
     8005527526701811766u, 0u, 3285188593877579972},
    {"stride -13 n=100000",
     {{'A', 0, -1300000, -13}},
     1, 100000,
     {0, -1048567, -786422, -524277, -262132, -1048554, -786409, -524264, -262119, -1048541,
      -786396, -524251, -262106, -1048528, -786383, -524238, -262093, -1048515, -786370,
      -524225, -262080, -1048502, -786357, -524212},
     16281447240878126560u, 0u, 7475813454955686545},
};

static uint64_t ck_add(uint64_t h, int64_t x)
{
    return h * 1000003u + (uint64_t)x;
}

static void range_bounds(const SetOp *op, int64_t *step)
{
    *step = op->c ? op->c : 1;
}

static bool in_range(const SetOp *op, int64_t x, int64_t step)
{
    return step > 0 ? x < op->b : x > op->b;
}

static RSet *set_of_range(const SetOp *op, bool frozen)
{
    RSet *o = set_new(vm, frozen);
    int64_t step;
    range_bounds(op, &step);
    for (int64_t x = op->a; in_range(op, x, step); x += step) {
        Value v = mk_int(x);
        CHECK(set_add(vm, o, v) == 0);
        v_decref(vm, v);
    }
    return o;
}

static RSet *run_ops(const SetCase *c, uint64_t *popped_ck)
{
    RSet *s = set_new(vm, false);
    *popped_ck = 0;
    for (int k = 0; k < c->nops; k++) {
        const SetOp *op = &c->ops[k];
        int64_t step;
        range_bounds(op, &step);
        switch (op->op) {
        case 'A': case 'D':
            for (int64_t x = op->a; in_range(op, x, step); x += step) {
                Value v = mk_int(x);
                int r = op->op == 'A' ? set_add(vm, s, v) : set_discard(vm, s, v);
                CHECK(r >= 0);
                v_decref(vm, v);
            }
            break;
        case 'P':
            for (int64_t i = 0; i < op->a; i++) {
                Value v = set_pop(vm, s);
                CHECK(v != V_NULL);
                *popped_ck = ck_add(*popped_ck, as_i64(v));
                v_decref(vm, v);
            }
            break;
        case 'C':
            set_clear(vm, s);
            break;
        case 'R': {             /* a pseudo-random mix: a, b, c = count, keys, seed */
            uint64_t state = (uint64_t)op->c;
            for (int64_t i = 0; i < op->a; i++) {
                state = state * 6364136223846793005u + 1442695040888963407u;
                uint64_t r = state >> 33;
                Value key = v_int((intptr_t)((r >> 3) % (uint64_t)op->b));
                if (r % 8 < 4) {
                    CHECK(set_add(vm, s, key) == 0);
                } else if (r % 8 < 7) {
                    CHECK(set_discard(vm, s, key) >= 0);
                } else if (s->used) {
                    Value v = set_pop(vm, s);
                    *popped_ck = ck_add(*popped_ck, as_i64(v));
                    v_decref(vm, v);
                }
            }
            break;
        }
        case 'K': case 'F': {
            RSet *t = set_copy(vm, s, op->op == 'F');
            ck_assert_ptr_nonnull(t);
            if (op->op == 'F') {
                RSet *u = set_copy(vm, t, false);
                obj_decref(vm, t);
                t = u;
            }
            obj_decref(vm, s);
            s = t;
            break;
        }
        case 'U': {
            RSet *o = set_of_range(op, false);
            ck_assert_int_eq(set_update(vm, s, v_from_obj(o)), 0);
            obj_decref(vm, o);
            break;
        }
        case 'V': {
            RDict *d = dict_new(vm);
            for (int64_t x = op->a; in_range(op, x, step); x += step) {
                Value v = mk_int(x);
                CHECK(dict_set(vm, d, v, V_NONE) == 0);
                v_decref(vm, v);
            }
            ck_assert_int_eq(set_update(vm, s, v_from_obj(d)), 0);
            obj_decref(vm, d);
            break;
        }
        case 'W': {
            Value r = range_new(vm, v_int((intptr_t)op->a), v_int((intptr_t)op->b),
                                v_int((intptr_t)step));
            ck_assert(r != V_NULL);
            ck_assert_int_eq(set_update(vm, s, r), 0);
            v_decref(vm, r);
            break;
        }
        default:
            ck_abort_msg("bad op");
        }
    }
    return s;
}

START_TEST(test_set_cpython_order)
{
    const SetCase *c = &set_cases[_i];
    uint64_t popped_ck;
    RSet *s = run_ops(c, &popped_ck);
    ck_assert_msg(s->used == c->len, "%s: len %zu, CPython %zu", c->name, s->used, c->len);
    size_t pos = 0, i = 0;
    uint64_t order_ck = 0;
    Value key;
    while (set_next(s, &pos, &key)) {
        int64_t x = as_i64(key);
        if (i < 24)
            ck_assert_msg(x == c->first[i], "%s: item %zu is %lld, CPython has %lld",
                          c->name, i, (long long)x, (long long)c->first[i]);
        order_ck = ck_add(order_ck, x);
        i++;
    }
    ck_assert_uint_eq(i, c->len);
    ck_assert_msg(order_ck == c->order_ck, "%s: order differs from CPython", c->name);
    ck_assert_msg(popped_ck == c->popped_ck, "%s: popped values differ", c->name);
    RSet *f = set_copy(vm, s, true);
    ck_assert_int_eq(v_obj(v_from_obj(f))->kind, K_FROZENSET);
    ck_assert_int_eq(frozenset_hash(vm, f), c->fhash);
    obj_decref(vm, f);
    obj_decref(vm, s);
}
END_TEST

START_TEST(test_set_copy_update_refs)
{
    RSet *s = set_new(vm, false);
    RStr *k = str_new(vm, "key", 3);
    ck_assert_int_eq(set_add(vm, s, v_from_obj(k)), 0);
    RSet *c = set_copy(vm, s, true);
    ck_assert_uint_eq(k->h.rc, 3);
    ck_assert_int_eq(set_contains(vm, c, v_from_obj(k)), 1);
    RSet *t = set_new(vm, false);
    ck_assert_int_eq(set_update(vm, t, v_from_obj(c)), 0);
    ck_assert_int_eq(set_update(vm, t, v_from_obj(t)), 0);
    ck_assert_uint_eq(t->used, 1);
    ck_assert_uint_eq(k->h.rc, 4);
    /* update from a list holding an unhashable item fails with TypeError */
    RList *inner = list_new(vm, 0);
    RList *l = list_new(vm, 2);
    ck_assert_int_eq(list_append(vm, l, v_int(5)), 0);
    ck_assert_int_eq(list_append(vm, l, v_from_obj(inner)), 0);
    ck_assert_int_eq(set_update(vm, t, v_from_obj(l)), -1);
    ck_assert(exc_matches(vm, vm->exc_TypeError));
    exc_clear(vm);
    ck_assert_int_eq(set_contains(vm, t, v_int(5)), 1);
    ck_assert_int_eq(set_update(vm, t, v_int(3)), -1);     /* not iterable */
    ck_assert(exc_matches(vm, vm->exc_TypeError));
    exc_clear(vm);
    size_t visits = 0;
    set_traverse(t, count_visit, &visits);
    ck_assert_uint_eq(visits, 1);
    set_release(vm, t);
    ck_assert_uint_eq(t->used, 0);
    ck_assert_uint_eq(k->h.rc, 3);
    obj_decref(vm, l);
    obj_decref(vm, inner);
    obj_decref(vm, t);
    obj_decref(vm, c);
    obj_decref(vm, s);
    ck_assert_uint_eq(k->h.rc, 1);
    obj_decref(vm, k);
}
END_TEST

/* ---- script code changing a table during a comparison --------------------------- */

typedef struct Capture {
    char buf[4096];
    size_t len;
} Capture;

static void capture_write(void *ud, int fd, const char *s, size_t n)
{
    Capture *c = ud;
    if (fd != 1)
        return;
    if (n > sizeof(c->buf) - 1 - c->len)
        n = sizeof(c->buf) - 1 - c->len;
    memcpy(c->buf + c->len, s, n);
    c->len += n;
    c->buf[c->len] = 0;
}

static const char restart_src[] =
    "d = {}\n"
    "class K:\n"
    "    def __init__(self, n):\n"
    "        self.n = n\n"
    "    def __hash__(self):\n"
    "        return 7\n"
    "    def __eq__(self, other):\n"
    "        if self.n == 0:\n"
    "            d.clear()\n"
    "            d.update({i: i for i in range(50)})\n"
    "        return False\n"
    "d[K(0)] = 'a'\n"
    "d[K(1)] = 'b'\n"
    "print(len(d), sorted(k for k in d if isinstance(k, int))[:3], d[7] if 7 in d else None)\n"
    "s = set()\n"
    "done = []\n"
    "class M:\n"
    "    def __hash__(self):\n"
    "        return 3\n"
    "    def __eq__(self, other):\n"
    "        if not done:\n"
    "            done.append(1)\n"
    "            s.clear()\n"
    "            s.update(range(100, 200))\n"
    "        return False\n"
    "s.add(M())\n"
    "s.add(M())\n"
    "print(len(s))\n"
    "e = {}\n"
    "class P:\n"
    "    def __hash__(self):\n"
    "        return 5\n"
    "    def __eq__(self, other):\n"
    "        del e[self]\n"
    "        return False\n"
    "class N:\n"
    "    def __hash__(self):\n"
    "        return 5\n"
    "e[P()] = 1\n"
    "e[N()] = 2\n"
    "print(len(e), list(e.values()))\n";

START_TEST(test_mutation_during_eq)
{
    Capture cap = { .len = 0 };
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.write_fn = capture_write;
    cfg.host_ud = &cap;
    rill_vm *v = rill_vm_new(&cfg);
    ck_assert_ptr_nonnull(v);
    int r = rill_exec(v, restart_src, sizeof(restart_src) - 1, "<test>", RILL_MODE_FILE);
    if (r != RILL_OK)
        rill_error_print(v);
    rill_vm_free(v);            /* before asserting, so that a failure leaks nothing */
    ck_assert_int_eq(r, RILL_OK);
    ck_assert_str_eq(cap.buf, "51 [0, 1, 2] 7\n101\n1 [2]\n");
}
END_TEST

static Suite *dict_suite(void)
{
    Suite *s = suite_create("dict");
    TCase *tc = tcase_create("dict");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_dict_growth);
    tcase_add_test(tc, test_dict_sized);
    tcase_add_test(tc, test_dict_delete_reinsert);
    tcase_add_test(tc, test_dict_order_model);
    tcase_add_test(tc, test_dict_version);
    tcase_add_test(tc, test_dict_str_keys);
    tcase_add_test(tc, test_dict_numeric_keys);
    tcase_add_test(tc, test_dict_key_hash);
    tcase_add_test(tc, test_dict_pop_and_errors);
    tcase_add_test(tc, test_dict_copy);
    tcase_add_test(tc, test_dict_merge);
    tcase_add_test(tc, test_dict_traverse_sizeof);
    suite_add_tcase(s, tc);
    tc = tcase_create("set");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_set_basics);
    tcase_add_test(tc, test_set_growth);
    tcase_add_loop_test(tc, test_set_cpython_order, 0,
                        (int)(sizeof(set_cases) / sizeof(set_cases[0])));
    tcase_add_test(tc, test_set_copy_update_refs);
    suite_add_tcase(s, tc);
    tc = tcase_create("script");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_mutation_during_eq);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(dict_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
