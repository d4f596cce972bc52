/*
** check_mro.c — C3 method resolution order: class hierarchies built by running class
** statements in a VM, their __mro__ read back through captured output and compared
** with what CPython 3.11 prints (the expected strings below were produced by python3);
** hierarchies without a consistent order raise TypeError with CPython's message; the
** VM returns every byte it allocated afterwards, whatever the scripts did.
*/
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "../../include/rill.h"

typedef struct Counter {
    size_t live;        /* bytes currently allocated */
} Counter;

static void *counting_realloc(void *ud, void *p, size_t oldsize, size_t newsize)
{
    Counter *c = ud;
    if (newsize == 0) {
        free(p);
        c->live -= oldsize;
        return NULL;
    }
    void *np = realloc(p, newsize);
    if (!np) return NULL;
    c->live = c->live - oldsize + newsize;
    return np;
}

/* What the VM writes: stdout and stderr kept apart. */
typedef struct Out {
    char buf[2][8192];
    size_t len[2];
} Out;

static void capture(void *ud, int fd, const char *s, size_t n)
{
    Out *o = ud;
    int k = fd == 2 ? 1 : 0;
    size_t room = sizeof o->buf[k] - 1 - o->len[k];
    if (n > room) n = room;
    memcpy(o->buf[k] + o->len[k], s, n);
    o->len[k] += n;
    o->buf[k][o->len[k]] = 0;
}

static rill_vm *new_vm(Counter *c, Out *out)
{
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.realloc_fn = counting_realloc;
    cfg.alloc_ud = c;
    cfg.write_fn = capture;
    cfg.host_ud = out;
    return rill_vm_new(&cfg);
}

static int run(rill_vm *vm, const char *src)
{
    return rill_exec(vm, src, strlen(src), "<mro>", RILL_MODE_FILE);
}

/* The last line of a buffer (without its newline). */
static const char *last_line(const char *s, char *dst, size_t cap)
{
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == '\n') n--;
    size_t start = n;
    while (start > 0 && s[start - 1] != '\n') start--;
    size_t len = n - start < cap - 1 ? n - start : cap - 1;
    memcpy(dst, s + start, len);
    dst[len] = 0;
    return dst;
}

#define PRINT_MRO(cls) "print([c.__name__ for c in " cls ".__mro__])\n"

typedef struct Case {
    const char *name;
    const char *src;        /* class statements, then prints */
    const char *expected;   /* stdout as python3 prints it */
} Case;

static const Case cases[] = {
    { "single chain",
      "class A: pass\nclass B(A): pass\nclass C(B): pass\n" PRINT_MRO("C"),
      "['C', 'B', 'A', 'object']\n" },
    { "diamond",
      "class A: pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\n"
      "class E(C, B): pass\n" PRINT_MRO("D") PRINT_MRO("E"),
      "['D', 'B', 'C', 'A', 'object']\n['E', 'C', 'B', 'A', 'object']\n" },
    { "diamond with method lookup",
      "class A:\n    def who(self): return 'A'\n"
      "class B(A): pass\n"
      "class C(A):\n    def who(self): return 'C'\n"
      "class D(B, C): pass\n"
      "print(D().who(), D.__mro__ == (D, B, C, A, object))\n",
      "C True\n" },
    { "C3 paper: O, A..E, K1..K3, Z",
      "class O: pass\nclass A(O): pass\nclass B(O): pass\nclass C(O): pass\n"
      "class D(O): pass\nclass E(O): pass\n"
      "class K1(A, B, C): pass\nclass K2(D, B, E): pass\nclass K3(D, A): pass\n"
      "class Z(K1, K2, K3): pass\n"
      PRINT_MRO("K1") PRINT_MRO("K2") PRINT_MRO("K3") PRINT_MRO("Z"),
      "['K1', 'A', 'B', 'C', 'O', 'object']\n"
      "['K2', 'D', 'B', 'E', 'O', 'object']\n"
      "['K3', 'D', 'A', 'O', 'object']\n"
      "['Z', 'K1', 'K2', 'K3', 'D', 'A', 'B', 'C', 'E', 'O', 'object']\n" },
    { "Python MRO document: A(B, C), B(D, E), C(D, F)",
      "class F: pass\nclass E: pass\nclass D: pass\nclass C(D, F): pass\n"
      "class B(D, E): pass\nclass A(B, C): pass\n" PRINT_MRO("A"),
      "['A', 'B', 'C', 'D', 'E', 'F', 'object']\n" },
    { "two diamonds joined",
      "class A: pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\n"
      "class X: pass\nclass Y: pass\nclass Z(X, Y): pass\nclass W(Z, D): pass\n"
      PRINT_MRO("W"),
      "['W', 'Z', 'X', 'Y', 'D', 'B', 'C', 'A', 'object']\n" },
    { "explicit object base last",
      "class A(object): pass\nclass B(A, object): pass\n" PRINT_MRO("B"),
      "['B', 'A', 'object']\n" },
    { "inconsistent: base before its subclass",
      "class A: pass\nclass B(A): pass\n"
      "try:\n    class C(A, B): pass\n"
      "except TypeError as e:\n    print(type(e).__name__ + ': ' + str(e))\n",
      "TypeError: Cannot create a consistent method resolution\n"
      "order (MRO) for bases A, B\n" },
    { "inconsistent: crossed orders",
      "class P: pass\nclass Q: pass\nclass R(P, Q): pass\nclass S(Q, P): pass\n"
      "try:\n    class T(R, S): pass\n"
      "except TypeError as e:\n    print(type(e).__name__ + ': ' + str(e))\n"
      "print('T' in globals())\n",
      "TypeError: Cannot create a consistent method resolution\n"
      "order (MRO) for bases P, Q\n"
      "False\n" },
    { "inconsistent: C3 paper variant",
      "class O: pass\nclass F(O): pass\nclass G(O): pass\n"
      "class H(F, G): pass\nclass I(G, F): pass\n"
      "try:\n    class J(H, I): pass\n"
      "except TypeError as e:\n    print(type(e).__name__ + ': ' + str(e))\n",
      "TypeError: Cannot create a consistent method resolution\n"
      "order (MRO) for bases F, G\n" },
    { "duplicate base",
      "class A: pass\n"
      "try:\n    class D(A, A): pass\n"
      "except TypeError as e:\n    print(type(e).__name__ + ': ' + str(e))\n",
      "TypeError: duplicate base class A\n" },
};

START_TEST(test_mro_matches_cpython)
{
    const Case *tc = &cases[_i];
    Counter c = { 0 };
    Out out;
    memset(&out, 0, sizeof out);
    rill_vm *vm = new_vm(&c, &out);
    ck_assert_ptr_nonnull(vm);
    int rc = run(vm, tc->src);
    if (rc != RILL_OK) rill_error_print(vm);
    ck_assert_msg(rc == RILL_OK, "%s: rc %d, stderr:\n%s", tc->name, rc, out.buf[1]);
    ck_assert_msg(strcmp(out.buf[0], tc->expected) == 0, "%s: got\n%s\nexpected\n%s",
                  tc->name, out.buf[0], tc->expected);
    ck_assert_str_eq(out.buf[1], "");
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* Uncaught: rill_exec reports the error, the traceback's last line is CPython's, and
   the VM is still usable (and still frees everything) afterwards. */
START_TEST(test_uncaught_mro_error)
{
    Counter c = { 0 };
    Out out;
    memset(&out, 0, sizeof out);
    rill_vm *vm = new_vm(&c, &out);
    ck_assert_ptr_nonnull(vm);
    int rc = run(vm, "class X: pass\nclass Y: pass\nclass L(X, Y): pass\n"
                     "class R(Y, X): pass\nclass Bad(L, R): pass\nprint('unreached')\n");
    ck_assert_int_eq(rc, RILL_ERROR);
    ck_assert(rill_error_pending(vm));
    rill_error_print(vm);
    ck_assert(!rill_error_pending(vm));
    ck_assert_str_eq(out.buf[0], "");
    char line[256];
    ck_assert_str_eq(last_line(out.buf[1], line, sizeof line), "order (MRO) for bases X, Y");
    ck_assert_ptr_nonnull(strstr(out.buf[1], "TypeError: Cannot create a consistent method "
                                             "resolution\norder (MRO) for bases X, Y\n"));
    ck_assert_int_eq(run(vm, "class Ok(L): pass\n" PRINT_MRO("Ok")), RILL_OK);
    ck_assert_str_eq(out.buf[0], "['Ok', 'L', 'X', 'Y', 'object']\n");
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* Many classes with multiple inheritance, created and dropped in a loop, some with
   instances that reference their class (cycles through __class__ and a class attribute). */
START_TEST(test_many_hierarchies_free_everything)
{
    Counter c = { 0 };
    Out out;
    memset(&out, 0, sizeof out);
    rill_vm *vm = new_vm(&c, &out);
    ck_assert_ptr_nonnull(vm);
    int rc = run(vm,
        "total = 0\n"
        "for i in range(200):\n"
        "    class A:\n        def f(self): return 1\n"
        "    class B(A):\n        def f(self): return 10 + super().f()\n"
        "    class C(A):\n        def f(self): return 100 + super().f()\n"
        "    class D(B, C): pass\n"
        "    d = D()\n"
        "    D.last = d\n"
        "    total += d.f() + len(D.__mro__)\n"
        "    try:\n        class E(A, D): pass\n"
        "    except TypeError:\n        total += 1\n"
        "print(total)\n");
    if (rc != RILL_OK) rill_error_print(vm);
    ck_assert_msg(rc == RILL_OK, "stderr:\n%s", out.buf[1]);
    /* each round: 111 + 5 (D, B, C, A, object) + 1 for the refused class E */
    ck_assert_str_eq(out.buf[0], "23400\n");
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

static Suite *mro_suite(void)
{
    Suite *s = suite_create("mro");
    TCase *tc = tcase_create("c3");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_mro_matches_cpython, 0, (int)(sizeof cases / sizeof cases[0]));
    tcase_add_test(tc, test_uncaught_mro_error);
    tcase_add_test(tc, test_many_hierarchies_free_everything);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(mro_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
