/*
** check_str.c — str objects: UTF-8 helpers, construction, code-point offsets, interning,
** hashing, repr (against python3's output), formatting, concatenation/slicing, StrBuf.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm/vm.h"
#include "vm/str.h"
#include "vm/seq.h"
#include "vm/exc.h"
#include "vm/ops.h"

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

static RStr *S(const char *s) { return str_from_cstr(vm, s); }

/* Checks a new string's bytes and releases it. */
static void check_and_drop(RStr *s, const char *expect)
{
    ck_assert_ptr_nonnull(s);
    ck_assert_uint_eq(s->len, strlen(expect));
    ck_assert(memcmp(s->data, expect, s->len) == 0);
    ck_assert_int_eq(s->data[s->len], '\0');
    ck_assert_uint_eq(s->nchars, utf8_count(expect, strlen(expect)));
    obj_decref(vm, s);
}

/* ---- UTF-8 ---------------------------------------------------------------------- */

START_TEST(test_utf8_helpers)
{
    char buf[4];
    ck_assert_int_eq(utf8_encode(0x41, buf), 1);
    ck_assert_int_eq(utf8_encode(0xE9, buf), 2);
    ck_assert(memcmp(buf, "\xC3\xA9", 2) == 0);
    ck_assert_int_eq(utf8_encode(0x20AC, buf), 3);
    ck_assert(memcmp(buf, "\xE2\x82\xAC", 3) == 0);
    ck_assert_int_eq(utf8_encode(0x1F600, buf), 4);
    ck_assert(memcmp(buf, "\xF0\x9F\x98\x80", 4) == 0);
    size_t n;
    ck_assert_uint_eq(utf8_decode("\xF0\x9F\x98\x80", &n), 0x1F600);
    ck_assert_uint_eq(n, 4);
    ck_assert_uint_eq(utf8_decode("\xE2\x82\xAC", &n), 0x20AC);
    ck_assert_uint_eq(n, 3);

    ck_assert_uint_eq(utf8_count("", 0), 0);
    ck_assert_uint_eq(utf8_count("hello", 5), 5);
    const char *mixed = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z and a longer ascii tail";
    ck_assert_uint_eq(utf8_count(mixed, strlen(mixed)), 5 + 24);
    /* every length of a 40-byte run of 2-byte characters, crossing word boundaries */
    char two[80];
    for (int i = 0; i < 40; i++) memcpy(two + 2 * i, "\xC3\xA9", 2);
    for (size_t k = 0; k <= 40; k++) ck_assert_uint_eq(utf8_count(two, 2 * k), k);

    ck_assert(utf8_valid(mixed, strlen(mixed)));
    ck_assert(!utf8_valid("\xFF", 1));
    ck_assert(!utf8_valid("\xC0\x80", 2));          /* overlong */
    ck_assert(!utf8_valid("\xED\xA0\x80", 3));      /* surrogate */
    ck_assert(!utf8_valid("\xF4\x90\x80\x80", 4));  /* > U+10FFFF */
    ck_assert(!utf8_valid("\xE2\x82", 2));          /* truncated */
    ck_assert(!utf8_valid("abcdefgh\x80", 9));
}
END_TEST

START_TEST(test_new_checked)
{
    check_and_drop(str_new_checked(vm, "ok \xC3\xA9", 5), "ok \xC3\xA9");
    /* messages as python3's bytes.decode('utf-8') */
    ck_assert_ptr_null(str_new_checked(vm, "ab\xFF", 3));
    expect_exc(vm->exc_UnicodeError,
               "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");
    ck_assert_ptr_null(str_new_checked(vm, "\xE2\x82", 2));
    expect_exc(vm->exc_UnicodeError,
               "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    ck_assert_ptr_null(str_new_checked(vm, "\xE2\x82x", 3));
    expect_exc(vm->exc_UnicodeError,
               "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
    ck_assert_ptr_null(str_new_checked(vm, "\xED\xA0\x80", 3));
    expect_exc(vm->exc_UnicodeError,
               "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    ck_assert_ptr_null(str_new_checked(vm, "\xC0\x80", 2));
    expect_exc(vm->exc_UnicodeError,
               "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte");
}
END_TEST

/* ---- construction and caches ---------------------------------------------------- */

START_TEST(test_construct)
{
    RStr *a = S("hello");
    ck_assert(str_is_ascii(a));
    ck_assert_uint_eq(a->nchars, 5);
    RStr *b = S("h\xC3\xA9llo");
    ck_assert(!str_is_ascii(b));
    ck_assert_uint_eq(b->len, 6);
    ck_assert_uint_eq(b->nchars, 5);
    obj_decref(vm, a);
    obj_decref(vm, b);

    /* one-character ASCII strings and '' are shared */
    RStr *x = str_new(vm, "x", 1);
    ck_assert_ptr_eq(x, vm->char_cache['x']);
    RStr *y = str_from_codepoint(vm, 'x');
    ck_assert_ptr_eq(y, x);
    RStr *e = str_new(vm, "", 0);
    ck_assert_ptr_eq(e, vm->empty_str);
    obj_decref(vm, x);
    obj_decref(vm, y);
    obj_decref(vm, e);
    check_and_drop(str_from_codepoint(vm, 0x20AC), "\xE2\x82\xAC");
    check_and_drop(str_from_codepoint(vm, 0x10FFFF), "\xF4\x8F\xBF\xBF");

    /* an embedded NUL is part of the string */
    RStr *z = str_new(vm, "a\0b", 3);
    ck_assert_uint_eq(z->len, 3);
    ck_assert_uint_eq(z->nchars, 3);
    obj_decref(vm, z);

    /* str_alloc + str_finish */
    RStr *f = str_alloc(vm, 4);
    memcpy(f->data, "\xC3\xA9\xC3\xA9", 4);
    str_finish(f);
    ck_assert_uint_eq(f->nchars, 2);
    ck_assert(!str_is_ascii(f));
    obj_decref(vm, f);
}
END_TEST

/* ---- code point positions ------------------------------------------------------- */

/* A long string of mixed 1-4 byte characters and the byte offset of each code point. */
static RStr *mixed_string(size_t nchars, size_t **offsets)
{
    static const char *pieces[] = {"a", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "z"};
    StrBuf b;
    sb_init(&b, vm);
    size_t *off = malloc((nchars + 1) * sizeof(size_t));
    unsigned seed = 12345;
    for (size_t i = 0; i < nchars; i++) {
        seed = seed * 1103515245u + 12345u;
        const char *p = pieces[(seed >> 16) % 5];
        off[i] = b.len;
        sb_adds(&b, p);
    }
    off[nchars] = b.len;
    *offsets = off;
    return sb_finish(&b);
}

START_TEST(test_offsets)
{
    size_t n = 5000, *off;
    RStr *s = mixed_string(n, &off);
    ck_assert_uint_eq(s->nchars, n);
    for (size_t i = 0; i <= n; i++) ck_assert_uint_eq(str_offset(s, i), off[i]);
    for (size_t i = n + 1; i-- > 0;) ck_assert_uint_eq(str_offset(s, i), off[i]);
    unsigned seed = 99;
    for (int k = 0; k < 3000; k++) {
        seed = seed * 1103515245u + 12345u;
        size_t i = (seed >> 8) % (n + 1);
        ck_assert_uint_eq(str_offset(s, i), off[i]);
        ck_assert_uint_eq(str_char_index(s, off[i]), i);
    }
    for (size_t i = 0; i <= n; i += 7) ck_assert_uint_eq(str_char_index(s, off[i]), i);
    size_t next;
    ck_assert_uint_eq(str_codepoint_at(s, off[0], &next), s->data[0] == 'a' ? 'a'
                      : str_codepoint_at(s, 0, NULL));
    ck_assert_uint_eq(next, off[1]);
    free(off);
    obj_decref(vm, s);

    RStr *a = S("plain ascii");
    ck_assert_uint_eq(str_offset(a, 6), 6);
    ck_assert_uint_eq(str_char_index(a, 6), 6);
    obj_decref(vm, a);
}
END_TEST

/* ---- interning and hashing ------------------------------------------------------ */

START_TEST(test_intern)
{
    RStr *a = str_intern_cstr(vm, "some_name");
    RStr *b = str_intern(vm, "some_name", 9);
    ck_assert_ptr_eq(a, b);
    ck_assert(a->h.aux & STR_INTERNED);
    RStr *c = S("some_name");
    ck_assert_ptr_ne(c, a);
    RStr *d = str_intern_steal(vm, c);          /* c is released, the interned one returned */
    ck_assert_ptr_eq(d, a);
    RStr *fresh = S("brand_new_name");
    RStr *e = str_intern_steal(vm, fresh);      /* becomes the interned one itself */
    ck_assert_ptr_eq(e, fresh);
    RStr *f = str_intern_cstr(vm, "brand_new_name");
    ck_assert_ptr_eq(f, e);
    /* a one-character name is the cached character */
    RStr *g = str_intern_cstr(vm, "q");
    ck_assert_ptr_eq(g, vm->char_cache['q']);
    obj_decref(vm, a);
    obj_decref(vm, b);
    obj_decref(vm, d);
    obj_decref(vm, e);
    obj_decref(vm, f);
    obj_decref(vm, g);

    /* many names: growth, and removal of dead ones with the rest still found */
    size_t before = vm->interned.count;
    enum { N = 3000 };
    RStr **names = malloc(N * sizeof(RStr *));
    char buf[32];
    for (int i = 0; i < N; i++) {
        snprintf(buf, sizeof buf, "name_%d", i);
        names[i] = str_intern_cstr(vm, buf);
    }
    ck_assert_uint_eq(vm->interned.count, before + N);
    for (int i = 0; i < N; i += 2) obj_decref(vm, names[i]);
    ck_assert_uint_eq(vm->interned.count, before + N / 2);
    for (int i = 1; i < N; i += 2) {
        snprintf(buf, sizeof buf, "name_%d", i);
        RStr *again = str_intern_cstr(vm, buf);
        ck_assert_ptr_eq(again, names[i]);
        obj_decref(vm, again);
    }
    for (int i = 1; i < N; i += 2) obj_decref(vm, names[i]);
    ck_assert_uint_eq(vm->interned.count, before);
    free(names);
}
END_TEST

START_TEST(test_hash_eq_cmp)
{
    RStr *a = S("hash me"), *b = S("hash me"), *c = S("hash mf");
    ck_assert(str_hash(a) == str_hash(b));
    ck_assert(str_hash(a) != str_hash(c));
    ck_assert(str_hash(a) != -1);
    ck_assert(str_eq(a, b));
    ck_assert(!str_eq(a, c));
    ck_assert(str_eq_cstr(a, "hash me"));
    ck_assert(!str_eq_cstr(a, "hash m"));
    ck_assert_int_lt(str_cmp(a, c), 0);
    ck_assert_int_gt(str_cmp(c, a), 0);
    ck_assert_int_eq(str_cmp(a, b), 0);
    RStr *p = S("ab"), *q = S("abc"), *r = S("\xC3\xA9"), *s = S("\xEF\xBF\xBF");
    ck_assert_int_lt(str_cmp(p, q), 0);         /* a prefix sorts first */
    ck_assert_int_lt(str_cmp(q, r), 0);         /* code point order */
    ck_assert_int_lt(str_cmp(r, s), 0);
    RStr *i = str_intern_cstr(vm, "hash me");
    ck_assert(str_hash(i) == str_hash(a));
    /* distinct short strings rarely collide in the low bits the tables use */
    int same = 0;
    for (int k = 0; k < 1000; k++) {
        char buf[16];
        snprintf(buf, sizeof buf, "k%d", k);
        RStr *t = S(buf);
        if ((str_hash(t) & 1023) == (str_hash(a) & 1023)) same++;
        obj_decref(vm, t);
    }
    ck_assert_int_lt(same, 10);
    RStr *all[] = {a, b, c, p, q, r, s, i};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++) obj_decref(vm, all[k]);
}
END_TEST

/* ---- repr --------------------------------------------------------------------- */

static const struct {
    const char *in;
    size_t len;
    const char *repr;
} repr_cases[] = {
    /* generated by python3: {input, len(input.encode()), repr(input)} */
    {"", 0, "''"},
    {"abc", 3, "'abc'"},
    {"it's", 4, "\042it's\042"},
    {"say \042hi\042", 8, "'say \042hi\042'"},
    {"both ' and \042", 12, "'both \134' and \042'"},
    {"back\134slash", 10, "'back\134\134slash'"},
    {"tab\011here\012nl\015cr", 14, "'tab\134there\134nnl\134rcr'"},
    {"\000\001\037\177", 4, "'\134x00\134x01\134x1f\134x7f'"},
    {"\302\200\302\237\302\240\302\255", 8, "'\134x80\134x9f\134xa0\134xad'"},
    {"\303\251\342\202\254\346\227\245\346\234\254", 11,
     "'\303\251\342\202\254\346\227\245\346\234\254'"},
    {"\342\200\213\342\200\250\357\273\277", 9, "'\134u200b\134u2028\134ufeff'"},
    {"\360\237\230\200 smile", 10, "'\360\237\230\200 smile'"},
    {"\363\240\200\201", 4, "'\134U000e0001'"},
    {"\364\217\277\277", 4, "'\134U0010ffff'"},
    {"\355\237\277\356\200\200", 6, "'\134ud7ff\134ue000'"},
    {"a\315\270b", 4, "'a\134u0378b'"},
    {"\302\240\343\200\200", 5, "'\134xa0\134u3000'"},
    {"x'y\042z\134", 6, "'x\134'y\042z\134\134'"},
    {"\355\240\200", 3, "'\134ud800'"},       /* a lone surrogate, stored as WTF-8 */
};

START_TEST(test_repr)
{
    for (size_t i = 0; i < sizeof repr_cases / sizeof repr_cases[0]; i++) {
        RStr *s = str_new(vm, repr_cases[i].in, repr_cases[i].len);
        RStr *r = str_repr(vm, s);
        ck_assert_msg(r && r->len == strlen(repr_cases[i].repr)
                      && memcmp(r->data, repr_cases[i].repr, r->len) == 0,
                      "case %zu: got %s", i, r ? r->data : "NULL");
        obj_decref(vm, r);
        obj_decref(vm, s);
    }
    ck_assert(str_cp_isprintable('a'));
    ck_assert(!str_cp_isprintable('\n'));
    ck_assert(str_cp_isprintable(0xE9));
    ck_assert(!str_cp_isprintable(0xAD));
    ck_assert(str_cp_isprintable(0x65E5));
    ck_assert(!str_cp_isprintable(0xE000));
    ck_assert(!str_cp_isprintable(0x10FFFF));
}
END_TEST

/* ---- formatting ------------------------------------------------------------------ */

START_TEST(test_format)
{
    RStr *u = S("\xC3\xA9t\xC3\xA9");
    RTuple *t = tuple_pack(vm, 2, v_int(1), v_from_obj(u));
    check_and_drop(str_format(vm, "%s|%d|%i|%u|%x|%%|%c|%c", "cstr", -42, 7, 42u, 255u, 'A',
                              0x20AC),
                   "cstr|-42|7|42|ff|%|A|\xE2\x82\xAC");
    check_and_drop(str_format(vm, "%ld %lld %zd %zu", -5L, -6LL, (ptrdiff_t)-7, (size_t)8),
                   "-5 -6 -7 8");
    check_and_drop(str_format(vm, "%T %T %T", v_int(3), v_from_obj(u), v_from_obj(t)),
                   "int str tuple");
    check_and_drop(str_format(vm, "%R %S %U", v_from_obj(u), v_from_obj(u), u),
                   "'\xC3\xA9t\xC3\xA9' \xC3\xA9t\xC3\xA9 \xC3\xA9t\xC3\xA9");
    check_and_drop(str_format(vm, "%R", v_from_obj(t)), "(1, '\xC3\xA9t\xC3\xA9')");
    check_and_drop(str_format(vm, "%R / %S", v_int(-12), v_int(-12)), "-12 / -12");
    check_and_drop(str_format(vm, "no conversions"), "no conversions");
    check_and_drop(str_format(vm, "trailing %"), "trailing %");
    obj_decref(vm, t);
    obj_decref(vm, u);

    StrBuf b;
    sb_init(&b, vm);
    for (int i = 0; i < 10000; i++) sb_addf(&b, "%d,", i);
    sb_add_codepoint(&b, 0x1F600);
    sb_addc(&b, '!');
    RStr *big = sb_finish(&b);
    ck_assert_ptr_nonnull(big);
    ck_assert(memcmp(big->data, "0,1,2,3,", 8) == 0);
    ck_assert_uint_eq(big->nchars, big->len - 3);
    obj_decref(vm, big);
    sb_init(&b, vm);
    sb_adds(&b, "dropped");
    sb_free(&b);
}
END_TEST

/* ---- concatenation, slicing, repetition ------------------------------------------- */

START_TEST(test_concat_substr)
{
    RStr *a = S("caf\xC3\xA9"), *b = S(" \xE2\x82\xAC" "5");
    RStr *c = str_concat(vm, a, b);
    ck_assert_uint_eq(c->nchars, 7);
    ck_assert(!str_is_ascii(c));
    check_and_drop(str_substr(vm, c, 3, 6), "\xC3\xA9 \xE2\x82\xAC");
    check_and_drop(str_substr(vm, c, 5, 7), "\xE2\x82\xAC" "5");
    check_and_drop(str_substr(vm, c, 6, 7), "5");
    check_and_drop(str_substr(vm, c, 4, 4), "");
    check_and_drop(str_substr(vm, c, 0, 7), "caf\xC3\xA9 \xE2\x82\xAC" "5");
    RStr *sub = str_substr(vm, c, 0, 3);
    ck_assert(str_is_ascii(sub));
    obj_decref(vm, sub);
    RStr *one = str_substr(vm, c, 6, 7);
    ck_assert_ptr_eq(one, vm->char_cache['5']);
    obj_decref(vm, one);
    obj_decref(vm, c);

    /* the in-place path of s += t: a uniquely referenced string grows */
    RStr *acc = S("x");
    RStr *acc2 = str_concat(vm, acc, a);       /* a fresh string, rc 1 */
    obj_decref(vm, acc);
    for (int i = 0; i < 1000; i++) {
        acc2 = str_concat_steal(vm, acc2, i % 2 ? a : b);
        ck_assert_ptr_nonnull(acc2);
    }
    ck_assert_uint_eq(acc2->nchars, 1 + 4 + 500 * 4 + 500 * 3);
    ck_assert(!(acc2->h.aux & STR_HASHED));
    obj_decref(vm, acc2);
    /* a shared string is not modified */
    obj_incref(a);
    RStr *shared = str_concat_steal(vm, a, b);
    ck_assert_ptr_ne(shared, a);
    ck_assert_uint_eq(a->nchars, 4);
    check_and_drop(shared, "caf\xC3\xA9 \xE2\x82\xAC" "5");

    check_and_drop(str_repeat(vm, a, 3), "caf\xC3\xA9" "caf\xC3\xA9" "caf\xC3\xA9");
    check_and_drop(str_repeat(vm, a, 0), "");
    check_and_drop(str_repeat(vm, a, -4), "");
    RStr *dash = S("-");
    check_and_drop(str_repeat(vm, dash, 5), "-----");
    ck_assert_ptr_null(str_repeat(vm, dash, INTPTR_MAX));
    expect_exc(vm->exc_MemoryError, "");
    obj_decref(vm, dash);
    obj_decref(vm, a);
    obj_decref(vm, b);
}
END_TEST

#define NIL INTPTR_MIN
static const struct {
    intptr_t start, stop, step;
    const char *str;
} slice_cases[] = {
    /* generated by python3: start, stop, step (NIL = None), S[start:stop:step] */
    {2, 15, 1, "\342\202\254\360\235\204\236bcdefg"},
    {2, 10, 2, "\342\202\254bdf"},
    {9, -15, -2, "gec\360\235\204\236\303\251"},
    {12, -15, 3, ""},
    {NIL, 15, 1, "a\303\251\342\202\254\360\235\204\236bcdefg"},
    {2, 10, -4, ""},
    {12, -15, -4, "gc\303\251"},
    {9, -15, -4, "gc\303\251"},
    {2, 5, 3, "\342\202\254"},
    {0, -2, -4, ""},
    {-3, -2, -2, ""},
    {NIL, 10, -4, ""},
    {2, NIL, -4, "\342\202\254"},
    {9, NIL, -2, "gec\360\235\204\236\303\251"},
    {0, NIL, -2, "a"},
    {0, 10, -4, ""},
    {12, NIL, -1, "gfedcb\360\235\204\236\342\202\254\303\251a"},
    {NIL, -15, -2, "gec\360\235\204\236\303\251"},
    {-12, NIL, -4, ""},
    {12, NIL, NIL, ""},
    {-3, 15, NIL, "efg"},
    {-12, NIL, 3, "a\360\235\204\236dg"},
    {-3, 0, -2, "ec\360\235\204\236\303\251"},
    {12, -2, -2, "g"},
    {-12, 15, NIL, "a\303\251\342\202\254\360\235\204\236bcdefg"},
    {NIL, NIL, -1, "gfedcb\360\235\204\236\342\202\254\303\251a"},
    {2, 5, -2, ""},
    {9, NIL, -1, "gfedcb\360\235\204\236\342\202\254\303\251a"},
    {NIL, 5, NIL, "a\303\251\342\202\254\360\235\204\236b"},
    {2, 10, -1, ""},
    {2, 0, -4, "\342\202\254"},
    {NIL, 0, 2, ""},
    {-3, 10, -4, ""},
    {NIL, 0, 1, ""},
    {12, 0, -4, "gc\303\251"},
    {0, -2, NIL, "a\303\251\342\202\254\360\235\204\236bcde"},
    {0, NIL, 1, "a\303\251\342\202\254\360\235\204\236bcdefg"},
    {-3, 15, -4, ""},
    {-3, -2, -1, ""},
    {0, 5, 2, "a\342\202\254b"},
    {0, 0, 2, ""},
    {9, 15, NIL, "g"},
    {NIL, 15, -2, ""},
    {NIL, -2, -4, "g"},
    {2, NIL, -2, "\342\202\254a"},
    {0, 0, NIL, ""},
    {NIL, 0, -2, "gec\360\235\204\236\303\251"},
    {9, NIL, 2, "g"},
};

static Value opt(intptr_t v) { return v == NIL ? V_NONE : v_int(v); }

START_TEST(test_getitem)
{
    /* python3: S = 'aé€𝄞bcdefg' */
    RStr *s = S("a\303\251\342\202\254\360\235\204\236bcdefg");
    ck_assert_uint_eq(s->nchars, 10);
    for (size_t i = 0; i < sizeof slice_cases / sizeof slice_cases[0]; i++) {
        Value sl = slice_new(vm, opt(slice_cases[i].start), opt(slice_cases[i].stop),
                             opt(slice_cases[i].step));
        Value r = str_getitem(vm, s, sl);
        ck_assert_msg(r && strcmp(v_str(r)->data, slice_cases[i].str) == 0, "slice case %zu", i);
        v_decref(vm, r);
        v_decref(vm, sl);
    }
    Value c = str_getitem(vm, s, v_int(-7));
    ck_assert_str_eq(v_str(c)->data, "\360\235\204\236");
    v_decref(vm, c);
    c = str_getitem(vm, s, v_int(1));
    ck_assert_str_eq(v_str(c)->data, "\303\251");
    v_decref(vm, c);
    c = str_getitem(vm, s, V_TRUE);
    ck_assert_str_eq(v_str(c)->data, "\303\251");
    v_decref(vm, c);
    ck_assert(!str_getitem(vm, s, v_int(10)));
    expect_exc(vm->exc_IndexError, "string index out of range");
    ck_assert(!str_getitem(vm, s, v_int(-11)));
    expect_exc(vm->exc_IndexError, "string index out of range");
    ck_assert(!str_getitem(vm, s, v_from_obj(s)));
    expect_exc(vm->exc_TypeError, "string indices must be integers, not 'str'");
    Value bad = slice_new(vm, v_int(0), v_int(2), v_int(0));
    ck_assert(!str_getitem(vm, s, bad));
    expect_exc(vm->exc_ValueError, "slice step cannot be zero");
    v_decref(vm, bad);

    /* in-order indexing of a long non-ASCII string stays correct (and linear) */
    size_t n = 20000, *off;
    RStr *m = mixed_string(n, &off);
    for (size_t i = 0; i < n; i++) {
        Value ch = str_getitem(vm, m, v_int((intptr_t)i));
        ck_assert_uint_eq(v_str(ch)->len, off[i + 1] - off[i]);
        ck_assert(memcmp(v_str(ch)->data, m->data + off[i], v_str(ch)->len) == 0);
        v_decref(vm, ch);
    }
    free(off);
    obj_decref(vm, m);
    obj_decref(vm, s);
}
END_TEST

START_TEST(test_contains_find)
{
    RStr *s = S("the quick brown f\xC3\xB6x jumps");
    RStr *n1 = S("f\xC3\xB6x"), *n2 = S("fox"), *e = S("");
    ck_assert_int_eq(str_contains(vm, s, v_from_obj(n1)), 1);
    ck_assert_int_eq(str_contains(vm, s, v_from_obj(n2)), 0);
    ck_assert_int_eq(str_contains(vm, s, v_from_obj(e)), 1);
    ck_assert_int_eq(str_contains(vm, s, v_int(1)), -1);
    expect_exc(vm->exc_TypeError, "'in <string>' requires string as left operand, not int");
    ck_assert_int_eq(str_memfind("abcabd", 6, "abd", 3), 3);
    ck_assert_int_eq(str_memfind("abc", 3, "", 0), 0);
    ck_assert_int_eq(str_memfind("abc", 3, "abcd", 4), -1);
    /* the long-needle path */
    char hay[2000];
    memset(hay, 'a', sizeof hay);
    memcpy(hay + 1500, "needle-in-a-haystack", 20);
    ck_assert_int_eq(str_memfind(hay, sizeof hay, "needle-in-a-haystack", 20), 1500);
    ck_assert_int_eq(str_memfind(hay, sizeof hay, "needle-in-a-haystacks", 21), -1);
    ck_assert_int_eq(str_memfind(hay, sizeof hay, "aaaaaaaaaaaaaaaaaaaaaaaan", 25), 1476);
    obj_decref(vm, s);
    obj_decref(vm, n1);
    obj_decref(vm, n2);
    obj_decref(vm, e);
}
END_TEST

static Suite *str_suite(void)
{
    Suite *s = suite_create("str");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_utf8_helpers);
    tcase_add_test(tc, test_new_checked);
    tcase_add_test(tc, test_construct);
    tcase_add_test(tc, test_offsets);
    tcase_add_test(tc, test_intern);
    tcase_add_test(tc, test_hash_eq_cmp);
    tcase_add_test(tc, test_repr);
    tcase_add_test(tc, test_format);
    tcase_add_test(tc, test_concat_substr);
    tcase_add_test(tc, test_getitem);
    tcase_add_test(tc, test_contains_find);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(str_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
