/*
** check_suggest.c — "Did you mean" (vm/suggest.c). The edit distance on its edge cases,
** with the values CPython 3.11's levenshtein_distance gives; then the suggestion as a
** host sees it: rill_error_format and rill_error_print have it, rill_error_message (str)
** does not, an exception that never left a frame gets none for a NameError but does for
** an AttributeError (as in CPython, which needs a frame only for the former), and running
** out of memory while it is computed neither crashes nor leaks.
*/
#include "api_test.h"
#include "../../vm/suggest.h"

static Out out;

static size_t dist(const char *a, const char *b, size_t max)
{
    return suggest_distance(a, strlen(a), b, strlen(b), max);
}

START_TEST(test_distance)
{
    ck_assert_uint_eq(dist("", "", 5), 0);
    ck_assert_uint_eq(dist("abc", "abc", 0), 0);
    /* a case change of an ASCII letter costs half a move; a swap two moves */
    ck_assert_uint_eq(dist("a", "A", 5), 1);
    ck_assert_uint_eq(dist("Print", "print", 5), 1);
    ck_assert_uint_eq(dist("aBc", "AbC", 100), 3);
    ck_assert_uint_eq(dist("pritn", "print", 10), 4);
    ck_assert_uint_eq(dist("kitten", "sitting", 100), 6);
    /* bytes equal in their low five bits that are not letters are not a case pair */
    ck_assert_uint_eq(dist("@", "`", 5), 2);
    ck_assert_uint_eq(dist("[", "{", 5), 2);
    /* nor are non-ASCII letters: bytes of UTF-8 are compared */
    ck_assert_uint_eq(dist("\xc3\xa9", "\xc3\x89", 10), 2);      /* é, É */
    ck_assert_uint_eq(dist("\xc3\xa9", "e", 10), 4);
    /* when one string is a prefix and suffix of the other, the rest is counted whatever
       the limit */
    ck_assert_uint_eq(dist("abc", "", 1), 6);
    ck_assert_uint_eq(dist("ab", "abcdef", 3), 8);
    /* over the limit: max + 1, early (the lengths alone, or a whole row) */
    ck_assert_uint_eq(dist("xa", "ybcde", 3), 4);
    ck_assert_uint_eq(dist("abcd", "wxyz", 3), 4);
    ck_assert_uint_eq(dist("abcd", "wxyz", 8), 8);
    /* 40 bytes of difference are compared, 41 are not; common affixes do not count */
    char a[64], b[64];
    memset(a, 'b', 40);
    memset(b, 'c', 40);
    a[40] = b[40] = 0;
    ck_assert_uint_eq(dist(a, b, 1000), 80);
    a[40] = 'b';
    b[40] = 'c';
    a[41] = b[41] = 0;
    ck_assert_uint_eq(dist(a, b, 1000), 1001);
    memset(a, 'a', 45);
    memcpy(b, a, 45);
    a[45] = 'x';
    b[45] = 'y';
    a[46] = b[46] = 0;
    ck_assert_uint_eq(dist(a, b, 3), 2);
}
END_TEST

/* Runs src, which must fail, and returns rill_error_format's report (static buffer). */
static const char *report_of(rill_vm *vm, const char *src)
{
    static char buf[4096];
    ck_assert_int_eq(run(vm, src), RILL_ERROR);
    int n = rill_error_format(vm, buf, sizeof buf);
    ck_assert_int_eq(n, (int)strlen(buf));
    return buf;
}

START_TEST(test_error_format)
{
    rill_vm *vm = vm_with(&out, NULL);
    const char *r = report_of(vm, "def area(width, height):\n"
                                  "    return widht * height\n"
                                  "area(2, 3)\n");
    ck_assert_msg(strstr(r, "  File \"<test>\", line 2, in area\n") &&
                  strstr(r, "\nNameError: name 'widht' is not defined. Did you mean: 'width'?\n"),
                  "%s", r);
    char msg[256];
    rill_error_message(vm, msg, sizeof msg);
    ck_assert_str_eq(msg, "name 'widht' is not defined");
    /* rill_error_print writes the same report */
    char kept[4096];
    strcpy(kept, r);
    rill_error_print(vm);
    ck_assert_str_eq(out.err, kept);

    r = report_of(vm, "items = []\nitems.apend(1)\n");
    ck_assert_msg(strstr(r, "AttributeError: 'list' object has no attribute 'apend'. "
                            "Did you mean: 'append'?\n"), "%s", r);
    rill_error_clear(vm);
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_without_traceback)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_run(vm, "prnt_count = 1\n");
    char buf[1024];
    /* a NameError from the API has its name, but no frame to look in */
    ck_assert_int_eq(rill_get_global(vm, NULL, "prnt_cuont", 0), RILL_ERROR);
    rill_error_format(vm, buf, sizeof buf);
    ck_assert_str_eq(buf, "NameError: name 'prnt_cuont' is not defined\n");
    ck_assert_int_eq(rill_error_fetch(vm, 1), RILL_OK);
    ck_assert_int_eq(rill_get_attr(vm, 1, "name", 2), RILL_OK);
    ck_assert_str_eq(slot_str(vm, 2), "prnt_cuont");
    /* an AttributeError needs none: its object has the names */
    ck_run(vm, "nums = [3, 1, 2]\n");
    ck_assert_int_eq(rill_get_global(vm, NULL, "nums", 3), RILL_OK);
    ck_assert_int_eq(rill_get_attr(vm, 3, "sortt", 4), RILL_ERROR);
    rill_error_format(vm, buf, sizeof buf);
    ck_assert_str_eq(buf, "AttributeError: 'list' object has no attribute 'sortt'. "
                          "Did you mean: 'sort'?\n");
    rill_error_clear(vm);
    rill_vm_free(vm);
}
END_TEST

/* The suggestion's search (dir() of the object, the scans) with the Nth allocation
   failing while the report is made: never a crash, never a leak; the report is then
   whole or cut short, with or without the suggestion. */
START_TEST(test_allocation_failures)
{
    static const char *const scripts[] = {
        "class Shape:\n"
        "    def __init__(self): self.width = 2\n"
        "    def area(self): return self.widht\n"
        "Shape().area()\n",
        "def f():\n    lenght = 3\n    return lenth\nf()\n",
    };
    for (size_t s = 0; s < sizeof scripts / sizeof scripts[0]; s++) {
        for (long k = 1;; k++) {
            Counter c = { 0, 0, 0 };
            rill_vm *vm = vm_with(&out, &c);
            ck_assert_ptr_nonnull(vm);
            ck_assert_int_eq(run(vm, scripts[s]), RILL_ERROR);
            c.fail_at = (long)c.calls + k;
            char buf[2048];
            rill_error_format(vm, buf, sizeof buf);
            bool done = c.calls < (size_t)c.fail_at;     /* nothing failed: all seen */
            if (done) ck_assert_msg(strstr(buf, ". Did you mean: '"), "%s", buf);
            rill_error_clear(vm);
            rill_vm_free(vm);
            ck_assert_uint_eq(c.live, 0);
            if (done) break;
        }
    }
}
END_TEST

static Suite *suggest_suite(void)
{
    Suite *s = suite_create("suggest");
    TCase *tc = tcase_create("suggest");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_distance);
    tcase_add_test(tc, test_error_format);
    tcase_add_test(tc, test_without_traceback);
    tcase_add_test(tc, test_allocation_failures);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suggest_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
