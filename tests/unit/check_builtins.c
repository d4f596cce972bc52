/*
** check_builtins.c — the built-in functions, the methods of the built-in types and the
** built-in iterators (stdlib/, vm/iter.c), called through call_value/call_method on values
** built in C. Expected results and messages are CPython 3.11's.
*/
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm/vm.h"
#include "vm/str.h"
#include "vm/int.h"
#include "vm/seq.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/ops.h"
#include "vm/iter.h"
#include "stdlib/unicode_db.h"

static rill_vm *vm;

static void setup(void)
{
    vm = rill_vm_new(NULL);
    ck_assert_ptr_nonnull(vm);
}

static void teardown(void)
{
    ck_assert(!vm_exc_pending(vm));
    rill_vm_free(vm);
}

/* The pending exception is a cls with this message; clears it. */
static void expect_exc(RClass *cls, const char *msg)
{
    ck_assert(vm_exc_pending(vm));
    ck_assert(exc_matches(vm, cls));
    RStr *s = exc_str(vm, vm->exc);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s->data, msg);
    obj_decref(vm, s);
    exc_clear(vm);
}

static Value S(const char *s) { return v_from_obj(str_from_cstr(vm, s)); }

/* A borrowed built-in by name. */
static Value B(const char *name)
{
    RStr *n = str_intern_cstr(vm, name);
    Value f = dict_get_str(vm->builtins, n);
    obj_decref(vm, n);
    ck_assert(f != V_NULL);
    return f;
}

/* A list of small ints. */
static Value L(size_t n, ...)
{
    RList *l = list_new(vm, n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) list_append(vm, l, v_int(va_arg(ap, int)));
    va_end(ap);
    return v_from_obj(l);
}

/* Checks repr(v) and releases v. */
static void check_repr(Value v, const char *expect)
{
    ck_assert(v != V_NULL);
    RStr *r = obj_repr(vm, v);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(r->data, expect);
    obj_decref(vm, r);
    v_decref(vm, v);
}

static Value call(const char *name, const Value *args, size_t n)
{
    return call_value(vm, B(name), args, n, NULL);
}

/* A call with one keyword argument after the positional ones. */
static Value call_kw(Value f, const Value *args, size_t n, const char *kw, Value kwval)
{
    Value a[8];
    memcpy(a, args, n * sizeof(Value));
    a[n] = kwval;
    RStr *k = str_intern_cstr(vm, kw);
    RTuple *names = tuple_pack(vm, 1, v_from_obj(k));
    obj_decref(vm, k);
    Value r = call_value(vm, f, a, n, names);
    obj_decref(vm, names);
    return r;
}

static Value meth(Value self, const char *name, const Value *args, size_t n)
{
    RStr *m = str_intern_cstr(vm, name);
    Value r = call_method(vm, self, m, args, n);
    obj_decref(vm, m);
    return r;
}

/* ---- objects ---------------------------------------------------------------------- */

START_TEST(test_len_repr_hash)
{
    Value l = L(3, 1, 2, 3), s = S("h\xc3\xa9llo");
    check_repr(call("len", &l, 1), "3");
    check_repr(call("len", &s, 1), "5");
    check_repr(call("repr", &s, 1), "\"'h\xc3\xa9llo'\"");
    check_repr(call("ascii", &s, 1), "\"'h\\\\xe9llo'\"");
    Value five = v_int(5);
    ck_assert(call("len", &five, 1) == V_NULL);
    expect_exc(vm->exc_TypeError, "object of type 'int' has no len()");
    ck_assert(call("hash", &l, 1) == V_NULL);
    expect_exc(vm->exc_TypeError, "unhashable type: 'list'");
    check_repr(call("hash", &five, 1), "5");
    Value two[2] = { l, s };
    ck_assert(call("len", two, 2) == V_NULL);
    expect_exc(vm->exc_TypeError, "len() takes exactly one argument (2 given)");
    v_decref(vm, l);
    v_decref(vm, s);
}
END_TEST

START_TEST(test_isinstance_ord_chr)
{
    Value a[2] = { v_int(1), v_from_obj(vm->cls_int) };
    check_repr(call("isinstance", a, 2), "True");
    a[1] = v_int(2);
    ck_assert(call("isinstance", a, 2) == V_NULL);
    expect_exc(vm->exc_TypeError,
               "isinstance() arg 2 must be a type, a tuple of types, or a union");
    Value ab = S("ab"), e = S("\xe2\x82\xac");
    ck_assert(call("ord", &ab, 1) == V_NULL);
    expect_exc(vm->exc_TypeError, "ord() expected a character, but string of length 2 found");
    check_repr(call("ord", &e, 1), "8364");
    Value big = v_int(0x110000);
    ck_assert(call("chr", &big, 1) == V_NULL);
    expect_exc(vm->exc_ValueError, "chr() arg not in range(0x110000)");
    Value c = v_int(233);
    check_repr(call("chr", &c, 1), "'\xc3\xa9'");
    Value n = v_int(255);
    check_repr(call("hex", &n, 1), "'0xff'");
    v_decref(vm, ab);
    v_decref(vm, e);
}
END_TEST

START_TEST(test_numeric)
{
    Value a[2] = { v_int(-7), v_int(2) };
    check_repr(call("divmod", a, 2), "(-4, 1)");
    check_repr(call("pow", a, 2), "49");
    Value r[2] = { v_int(1250), v_int(-2) };
    check_repr(call("round", r, 2), "1200");
    Value x = v_int(-5);
    check_repr(call("abs", &x, 1), "5");
    Value z[2] = { v_int(1), v_int(0) };
    ck_assert(call("divmod", z, 2) == V_NULL);
    expect_exc(vm->exc_ZeroDivisionError, "integer division or modulo by zero");
}
END_TEST

/* ---- iteration built-ins ------------------------------------------------------------ */

START_TEST(test_min_max_sum)
{
    Value l = L(4, 3, 9, 1, 4);
    check_repr(call("max", &l, 1), "9");
    check_repr(call("min", &l, 1), "1");
    check_repr(call("sum", &l, 1), "17");
    Value empty = L(0);
    ck_assert(call("max", &empty, 1) == V_NULL);
    expect_exc(vm->exc_ValueError, "max() arg is an empty sequence");
    check_repr(call_kw(B("min"), &empty, 1, "default", v_int(7)), "7");
    ck_assert(call("min", NULL, 0) == V_NULL);
    expect_exc(vm->exc_TypeError, "min expected at least 1 argument, got 0");
    /* the int accumulator overflows into a bignum exactly */
    Value big = int_from_i64(vm, (int64_t)1 << 62);
    RList *bl = list_from_array(vm, (Value[]){ big, big, big }, 3);
    Value blv = v_from_obj(bl);
    check_repr(call("sum", &blv, 1), "13835058055282163712");
    v_decref(vm, blv);
    v_decref(vm, big);
    Value s[2] = { l, S("x") };
    ck_assert(call("sum", s, 2) == V_NULL);
    expect_exc(vm->exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    v_decref(vm, s[1]);
    v_decref(vm, l);
    v_decref(vm, empty);
}
END_TEST

START_TEST(test_sorted_reversed)
{
    Value l = L(3, 2, 3, 1);
    check_repr(call("sorted", &l, 1), "[1, 2, 3]");
    check_repr(call_kw(B("sorted"), &l, 1, "reverse", V_TRUE), "[3, 2, 1]");
    check_repr(l, "[2, 3, 1]");
    ck_assert(call_kw(B("sorted"), &l, 0, "foo", V_TRUE) == V_NULL);
    expect_exc(vm->exc_TypeError, "sorted expected 1 argument, got 0");
    Value l2 = L(3, 1, 2, 3);
    Value rev = call("reversed", &l2, 1);
    ck_assert_str_eq(v_typename(vm, rev), "list_reverseiterator");
    Value lst = v_from_obj(list_from_iter(vm, rev));
    check_repr(lst, "[3, 2, 1]");
    v_decref(vm, rev);
    v_decref(vm, l2);
}
END_TEST

START_TEST(test_zip_map_enumerate)
{
    Value a = L(2, 1, 2), b = L(1, 9);
    Value args[2] = { a, b };
    Value z = call_kw(B("zip"), args, 2, "strict", V_TRUE);
    ck_assert(z != V_NULL);
    ck_assert(list_from_iter(vm, z) == NULL);
    expect_exc(vm->exc_ValueError, "zip() argument 2 is shorter than argument 1");
    v_decref(vm, z);
    z = call("zip", args, 2);
    check_repr(v_from_obj(list_from_iter(vm, z)), "[(1, 9)]");
    v_decref(vm, z);
    Value e = call("enumerate", &b, 1);
    check_repr(v_from_obj(list_from_iter(vm, e)), "[(0, 9)]");
    v_decref(vm, e);
    Value m_args[2] = { B("repr"), a };
    Value m = call("map", m_args, 2);
    check_repr(v_from_obj(list_from_iter(vm, m)), "['1', '2']");
    v_decref(vm, m);
    ck_assert(call("map", &a, 1) == V_NULL);
    expect_exc(vm->exc_TypeError, "map() must have at least two arguments.");
    v_decref(vm, a);
    v_decref(vm, b);
}
END_TEST

START_TEST(test_iterators)
{
    Value l = L(2, 1, 2);
    Value it = iter_get(vm, l);
    ck_assert_str_eq(v_typename(vm, it), "list_iterator");
    check_repr(iter_next(vm, it), "1");
    /* appending during iteration is seen */
    list_append(vm, v_list(l), v_int(3));
    check_repr(iter_next(vm, it), "2");
    check_repr(iter_next(vm, it), "3");
    ck_assert(iter_next(vm, it) == V_NULL);
    ck_assert(!vm_exc_pending(vm));
    /* exhausted stays exhausted */
    list_append(vm, v_list(l), v_int(4));
    ck_assert(iter_next(vm, it) == V_NULL);
    ck_assert(call("next", &it, 1) == V_NULL);
    ck_assert(exc_matches(vm, vm->exc_StopIteration));
    exc_clear(vm);
    Value nd[2] = { it, v_int(0) };
    check_repr(call("next", nd, 2), "0");
    v_decref(vm, it);
    /* a dict that changes size */
    RDict *d = dict_new(vm);
    dict_set(vm, d, v_int(1), v_int(1));
    it = iter_get(vm, v_from_obj(d));
    ck_assert_str_eq(v_typename(vm, it), "dict_keyiterator");
    dict_set(vm, d, v_int(2), v_int(2));
    ck_assert(iter_next(vm, it) == V_NULL);
    expect_exc(vm->exc_RuntimeError, "dictionary changed size during iteration");
    ck_assert(iter_next(vm, it) == V_NULL);
    expect_exc(vm->exc_RuntimeError, "dictionary changed size during iteration");
    v_decref(vm, it);
    /* views */
    Value keys = meth(v_from_obj(d), "keys", NULL, 0);
    check_repr(v_incref(keys), "dict_keys([1, 2])");
    check_repr(meth(keys, "__len__", NULL, 0), "2");
    Value items = meth(v_from_obj(d), "items", NULL, 0);
    check_repr(v_from_obj(list_from_iter(vm, items)), "[(1, 1), (2, 2)]");
    v_decref(vm, items);
    v_decref(vm, keys);
    obj_decref(vm, d);
    /* range and str iterators */
    Value r = range_new(vm, V_NULL, v_int(3), V_NULL);
    it = iter_get(vm, r);
    ck_assert_str_eq(v_typename(vm, it), "range_iterator");
    check_repr(v_from_obj(list_from_iter(vm, it)), "[0, 1, 2]");
    v_decref(vm, it);
    v_decref(vm, r);
    Value s = S("a\xc3\xa9");
    it = iter_get(vm, s);
    ck_assert_str_eq(v_typename(vm, it), "str_iterator");
    check_repr(v_from_obj(list_from_iter(vm, it)), "['a', '\xc3\xa9']");
    v_decref(vm, it);
    v_decref(vm, s);
    v_decref(vm, l);
}
END_TEST

/* ---- methods -------------------------------------------------------------------------- */

START_TEST(test_str_methods)
{
    Value s = S(" a,b,,c ");
    Value comma = S(",");
    check_repr(meth(s, "split", &comma, 1), "[' a', 'b', '', 'c ']");
    check_repr(meth(s, "split", NULL, 0), "['a,b,,c']");
    check_repr(meth(s, "strip", NULL, 0), "'a,b,,c'");
    check_repr(meth(s, "find", &comma, 1), "2");
    Value parts = L(2, 1, 2);
    ck_assert(meth(comma, "join", &parts, 1) == V_NULL);
    expect_exc(vm->exc_TypeError, "sequence item 0: expected str instance, int found");
    Value z = S("z");
    ck_assert(meth(s, "index", &z, 1) == V_NULL);
    expect_exc(vm->exc_ValueError, "substring not found");
    Value greek = S("\xce\xa3\xce\x91\xce\xa3");
    check_repr(meth(greek, "lower", NULL, 0), "'\xcf\x83\xce\xb1\xcf\x82'");
    Value sharp = S("stra\xc3\x9f" "e");
    check_repr(meth(sharp, "upper", NULL, 0), "'STRASSE'");
    Value w = v_int(7), star = S("*");
    Value cargs[2] = { w, star };
    check_repr(meth(z, "center", cargs, 2), "'***z***'");
    v_decref(vm, s);
    v_decref(vm, comma);
    v_decref(vm, parts);
    v_decref(vm, z);
    v_decref(vm, greek);
    v_decref(vm, sharp);
    v_decref(vm, star);
}
END_TEST

START_TEST(test_container_methods)
{
    Value l = L(0);
    ck_assert(meth(l, "pop", NULL, 0) == V_NULL);
    expect_exc(vm->exc_IndexError, "pop from empty list");
    Value three = v_int(3);
    ck_assert(meth(l, "remove", &three, 1) == V_NULL);
    expect_exc(vm->exc_ValueError, "list.remove(x): x not in list");
    ck_assert(meth(l, "sort", &three, 1) == V_NULL);
    expect_exc(vm->exc_TypeError, "sort() takes no positional arguments");
    ck_assert(meth(l, "append", &three, 1) == V_NONE);
    check_repr(meth(l, "index", &three, 1), "0");
    RDict *d = dict_new(vm);
    Value dv = v_from_obj(d);
    ck_assert(meth(dv, "popitem", NULL, 0) == V_NULL);
    expect_exc(vm->exc_KeyError, "'popitem(): dictionary is empty'");
    Value kv[2] = { v_int(1), v_int(2) };
    check_repr(meth(dv, "setdefault", kv, 2), "2");
    check_repr(meth(dv, "get", kv, 1), "2");
    ck_assert(meth(dv, "pop", &three, 1) == V_NULL);
    expect_exc(vm->exc_KeyError, "3");
    Value bad = L(3, 1, 2, 3);
    RList *seq = list_from_array(vm, &bad, 1);
    Value seqv = v_from_obj(seq);
    ck_assert(meth(dv, "update", &seqv, 1) == V_NULL);
    expect_exc(vm->exc_ValueError,
               "dictionary update sequence element #0 has length 3; 2 is required");
    Value st = v_from_obj(set_new(vm, false));
    ck_assert(meth(st, "pop", NULL, 0) == V_NULL);
    expect_exc(vm->exc_KeyError, "'pop from an empty set'");
    Value other = L(3, 1, 2, 3);
    ck_assert(meth(st, "update", &other, 1) == V_NONE);
    Value two = L(2, 2, 9);
    check_repr(meth(st, "intersection", &two, 1), "{2}");
    check_repr(meth(st, "issuperset", &two, 1), "False");
    v_decref(vm, l);
    v_decref(vm, dv);
    v_decref(vm, bad);
    v_decref(vm, seqv);
    v_decref(vm, st);
    v_decref(vm, other);
    v_decref(vm, two);
}
END_TEST

START_TEST(test_constructors)
{
    Value s = S("0x1f"), zero = v_int(0);
    Value a[2] = { s, zero };
    check_repr(call_value(vm, v_from_obj(vm->cls_int), a, 2, NULL), "31");
    Value x = S("x");
    ck_assert(call_value(vm, v_from_obj(vm->cls_int), &x, 1, NULL) == V_NULL);
    expect_exc(vm->exc_ValueError, "invalid literal for int() with base 10: 'x'");
    Value b[2] = { v_int(1), v_int(2) };
    ck_assert(call_value(vm, v_from_obj(vm->cls_int), b, 2, NULL) == V_NULL);
    expect_exc(vm->exc_TypeError, "int() can't convert non-string with explicit base");
    Value one = v_int(1);
    ck_assert(call_value(vm, v_from_obj(vm->cls_dict), &one, 1, NULL) == V_NULL);
    expect_exc(vm->exc_TypeError, "'int' object is not iterable");
    check_repr(call_value(vm, v_from_obj(vm->cls_range), b, 2, NULL), "range(1, 2)");
    check_repr(call_value(vm, v_from_obj(vm->cls_type), &one, 1, NULL), "<class 'int'>");
    Value msg = S("m");
    check_repr(call_value(vm, v_from_obj(vm->exc_ValueError), &msg, 1, NULL), "ValueError('m')");
    v_decref(vm, s);
    v_decref(vm, x);
    v_decref(vm, msg);
}
END_TEST

/* ---- the Unicode tables ------------------------------------------------------------------ */

START_TEST(test_unicode_db)
{
    uint32_t m[3];
    ck_assert(ucd_flags('A') & UCD_UPPER);
    ck_assert(ucd_flags(0x4E00) & UCD_ALPHA);
    ck_assert(ucd_flags(0x0663) & UCD_DECIMAL);         /* ARABIC-INDIC DIGIT THREE */
    ck_assert(!(ucd_flags(0xB2) & UCD_DECIMAL));        /* superscript two */
    ck_assert(ucd_flags(0xB2) & UCD_DIGIT);
    ck_assert(ucd_flags(0x3000) & UCD_SPACE);
    ck_assert_int_eq(ucd_upper(0xDF, m), 2);            /* sharp s -> SS */
    ck_assert(m[0] == 'S' && m[1] == 'S');
    ck_assert_int_eq(ucd_lower(0x130, m), 2);           /* I WITH DOT ABOVE */
    ck_assert_int_eq(ucd_title(0x1C6, m), 1);           /* dz with caron -> Dz */
    ck_assert_uint_eq(m[0], 0x1C5);
    ck_assert_int_eq(ucd_lower(0x410, m), 1);           /* Cyrillic A */
    ck_assert_uint_eq(m[0], 0x430);
    ck_assert_int_eq(ucd_fold(0xDF, m), 2);
}
END_TEST

static Suite *builtins_suite(void)
{
    Suite *s = suite_create("builtins");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_len_repr_hash);
    tcase_add_test(tc, test_isinstance_ord_chr);
    tcase_add_test(tc, test_numeric);
    tcase_add_test(tc, test_min_max_sum);
    tcase_add_test(tc, test_sorted_reversed);
    tcase_add_test(tc, test_zip_map_enumerate);
    tcase_add_test(tc, test_iterators);
    tcase_add_test(tc, test_str_methods);
    tcase_add_test(tc, test_container_methods);
    tcase_add_test(tc, test_constructors);
    tcase_add_test(tc, test_unicode_db);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(builtins_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
