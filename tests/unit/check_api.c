/*
** check_api.c — the embedding API's value half (include/rill.h): slots and windows,
** storing and reading values, containers and attributes, globals and modules, eval,
** compile, calls, and the error functions — each with its error paths (wrong types,
** NULLs, missing slots, a VM with an exception pending). Natives, iterators,
** generators, refs and limits are in check_api_gen.c; allocation failures, VM churn in
** check_api_alloc.c.
*/
#include <stdint.h>
#include "api_test.h"

static Out out;

/* ---- slots -------------------------------------------------------------------------- */

START_TEST(test_slots_grow_on_write)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_assert_int_eq(rill_slot_count(vm), 0);
    ck_assert_int_eq(rill_set_int(vm, 3, 7), RILL_OK);
    ck_assert_int_eq(rill_slot_count(vm), 4);
    for (int i = 0; i < 3; i++) ck_assert_int_eq(rill_slot_type(vm, i), RILL_T_NONE);
    ck_assert_int_eq(rill_slot_type(vm, 3), RILL_T_INT);
    ck_assert_str_eq(rill_slot_type_name(vm, 3), "int");
    ck_assert_int_eq(rill_slot_type(vm, 99), RILL_T_NONE);     /* missing: None */
    ck_assert_str_eq(rill_slot_type_name(vm, 99), "NoneType");
    ck_assert_int_eq(rill_set_slot_count(vm, 10), RILL_OK);
    ck_assert_int_eq(rill_slot_count(vm), 10);
    ck_assert_int_eq(rill_slot_type(vm, 9), RILL_T_NONE);
    ck_assert_int_eq(rill_set_slot_count(vm, 2), RILL_OK);
    ck_assert_int_eq(rill_slot_count(vm), 2);
    ck_assert_int_eq(rill_set_slot_count(vm, -1), RILL_ERROR);
    ck_pending(vm, "ValueError", "slot count must be >= 0, not -1");
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_slot_errors)
{
    rill_vm *vm = vm_with(&out, NULL);
    int64_t i;
    ck_assert_int_eq(rill_set_int(vm, -1, 1), RILL_ERROR);
    ck_pending(vm, "TypeError", "invalid slot -1 (slots are >= 0)");
    ck_assert_int_eq(rill_get_int(vm, 0, &i), RILL_ERROR);
    ck_pending(vm, "IndexError", "slot 0 is empty (the window has 0 slots)");
    rill_set_none(vm, 1);
    ck_assert_int_eq(rill_get_int(vm, 5, &i), RILL_ERROR);
    ck_pending(vm, "IndexError", "slot 5 is empty (the window has 2 slots)");
    ck_assert_int_eq(rill_copy_slot(vm, 0, 7), RILL_ERROR);
    ck_pending(vm, "IndexError", NULL);
    ck_assert_int_eq(rill_set_int(vm, 1 << 30, 1), RILL_ERROR);
    ck_pending(vm, "IndexError", NULL);
    ck_assert_int_eq(rill_slot_count(vm), 2);
    ck_assert_int_eq(rill_slot_type(vm, -3), RILL_T_NONE);
    rill_vm_free(vm);
}
END_TEST

/* ---- scalars -------------------------------------------------------------------------- */

START_TEST(test_scalars_round_trip)
{
    rill_vm *vm = vm_with(&out, NULL);
    int b;
    double d;
    size_t len;
    ck_assert_int_eq(rill_set_bool(vm, 0, 42), RILL_OK);
    ck_assert_int_eq(rill_slot_type(vm, 0), RILL_T_BOOL);
    ck_assert_int_eq(rill_get_bool(vm, 0, &b), RILL_OK);
    ck_assert_int_eq(b, 1);
    rill_set_int(vm, 1, INT64_MIN);
    rill_set_int(vm, 2, INT64_MAX);
    ck_assert(slot_int(vm, 1) == INT64_MIN);
    ck_assert(slot_int(vm, 2) == INT64_MAX);
    ck_assert_int_eq(slot_int(vm, 0), 1);           /* a bool is an int */
    rill_set_float(vm, 3, 2.5);
    ck_assert_int_eq(rill_slot_type(vm, 3), RILL_T_FLOAT);
    ck_assert_int_eq(rill_get_float(vm, 3, &d), RILL_OK);
    ck_assert(d == 2.5);
    ck_assert_int_eq(rill_get_float(vm, 2, &d), RILL_OK);   /* ints convert */
    ck_assert(d == 9223372036854775807.0);
    ck_assert_int_eq(rill_set_str(vm, 4, "a\0b\xc3\xa9", 5), RILL_OK);
    const char *s = rill_get_str(vm, 4, &len);
    ck_assert_uint_eq(len, 5);
    ck_assert(memcmp(s, "a\0b\xc3\xa9", 6) == 0);      /* NUL-terminated too */
    ck_assert_int_eq(rill_len(vm, 4, &len), RILL_OK);
    ck_assert_uint_eq(len, 4);                      /* code points */
    ck_assert_int_eq(rill_set_str(vm, 5, NULL, 0), RILL_OK);
    ck_assert_str_eq(slot_str(vm, 5), "");
    ck_assert_int_eq(rill_copy_slot(vm, 6, 4), RILL_OK);
    ck_assert_ptr_eq(rill_get_str(vm, 6, NULL), s);  /* the same object */
    rill_set_none(vm, 4);
    ck_assert_int_eq(rill_slot_type(vm, 4), RILL_T_NONE);
    rill_new_list(vm, 7);
    ck_assert_int_eq(rill_get_bool(vm, 7, &b), RILL_OK);
    ck_assert_int_eq(b, 0);
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_scalar_type_errors)
{
    rill_vm *vm = vm_with(&out, NULL);
    int64_t i;
    double d;
    char buf[8];
    size_t len = 0;
    rill_set_str(vm, 0, "x", 1);
    ck_assert_int_eq(rill_get_int(vm, 0, &i), RILL_ERROR);
    ck_pending(vm, "TypeError", "expected int, got str");
    ck_assert_int_eq(rill_get_float(vm, 0, &d), RILL_ERROR);
    ck_pending(vm, "TypeError", "expected float, got str");
    ck_assert_ptr_null(rill_get_int_str(vm, 0, buf, sizeof buf, &len) == RILL_OK ? "" : NULL);
    ck_pending(vm, "TypeError", "expected int, got str");
    rill_set_float(vm, 1, 1.5);
    ck_assert_int_eq(rill_get_int(vm, 1, &i), RILL_ERROR);
    ck_pending(vm, "TypeError", "expected int, got float");
    rill_set_int(vm, 1, 5);
    ck_assert_ptr_null(rill_get_str(vm, 1, NULL));
    ck_pending(vm, "TypeError", "expected str, got int");
    ck_assert_int_eq(rill_set_str(vm, 2, "\xff", 1), RILL_ERROR);
    ck_assert(rill_error_matches(vm, "ValueError"));
    rill_error_clear(vm);
    ck_assert_int_eq(rill_set_str(vm, 2, NULL, 3), RILL_ERROR);
    ck_pending(vm, "TypeError", "string must not be NULL");
    ck_assert_int_eq(rill_get_int(vm, 1, NULL), RILL_ERROR);
    ck_pending(vm, "TypeError", "out must not be NULL");
    ck_assert_int_eq(rill_get_bool(vm, 1, NULL), RILL_ERROR);
    ck_pending(vm, "TypeError", "out must not be NULL");
    ck_assert_int_eq(rill_len(vm, 1, NULL), RILL_ERROR);
    ck_pending(vm, "TypeError", "out must not be NULL");
    ck_assert_int_eq(rill_len(vm, 1, &len), RILL_ERROR);
    ck_pending(vm, "TypeError", "object of type 'int' has no len()");
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_big_ints)
{
    rill_vm *vm = vm_with(&out, NULL);
    char buf[64];
    size_t len = 0;
    int64_t i;
    double d;
    const char *big = "-123456789012345678901234567890";
    ck_assert_int_eq(rill_set_int_str(vm, 0, big), RILL_OK);
    ck_assert_int_eq(rill_slot_type(vm, 0), RILL_T_INT);
    ck_assert_int_eq(rill_get_int_str(vm, 0, buf, sizeof buf, &len), RILL_OK);
    ck_assert_str_eq(buf, big);
    ck_assert_uint_eq(len, strlen(big));
    ck_assert_int_eq(rill_get_int(vm, 0, &i), RILL_ERROR);
    ck_pending(vm, "OverflowError", "int too large to convert to int64_t");
    ck_assert_int_eq(rill_get_float(vm, 0, &d), RILL_OK);
    ck_assert(d < -1.2e29 && d > -1.3e29);
    /* a buffer too small: ValueError, and *len says what is needed */
    ck_assert_int_eq(rill_get_int_str(vm, 0, buf, 10, &len), RILL_ERROR);
    ck_assert_uint_eq(len, strlen(big));
    ck_pending(vm, "ValueError", "buffer too small: 32 bytes needed, 10 given");
    ck_assert_int_eq(rill_get_int_str(vm, 0, NULL, 0, &len), RILL_ERROR);
    ck_pending(vm, "ValueError", NULL);
    /* small ones, signs, and malformed digits */
    rill_set_int_str(vm, 1, "+42");
    ck_assert_int_eq(slot_int(vm, 1), 42);
    rill_set_int_str(vm, 1, "-0");
    ck_assert_int_eq(slot_int(vm, 1), 0);
    ck_assert_int_eq(rill_set_int_str(vm, 1, "12a"), RILL_ERROR);
    ck_pending(vm, "ValueError", "invalid literal for int() with base 10: '12a'");
    ck_assert_int_eq(rill_set_int_str(vm, 1, " 1"), RILL_ERROR);
    ck_pending(vm, "ValueError", NULL);
    ck_assert_int_eq(rill_set_int_str(vm, 1, "-"), RILL_ERROR);
    ck_pending(vm, "ValueError", NULL);
    ck_assert_int_eq(rill_set_int_str(vm, 1, NULL), RILL_ERROR);
    ck_pending(vm, "TypeError", "digits must not be NULL");
    /* any size: beyond int()'s 4300-digit limit */
    char *huge = malloc(5002);
    memset(huge, '7', 5001);
    huge[5001] = 0;
    ck_assert_int_eq(rill_set_int_str(vm, 2, huge), RILL_OK);
    char *back = malloc(5002);
    ck_assert_int_eq(rill_get_int_str(vm, 2, back, 5002, &len), RILL_OK);
    ck_assert_str_eq(back, huge);
    free(huge);
    free(back);
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_to_str_and_repr)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_run(vm, "class P:\n    def __repr__(self): return 'P!'\n    def __str__(self): return 'p'\n"
               "p = P()\n");
    rill_get_global(vm, NULL, "p", 0);
    ck_assert_int_eq(rill_to_repr(vm, 0, 1), RILL_OK);
    ck_assert_str_eq(slot_str(vm, 1), "P!");
    ck_assert_int_eq(rill_to_str(vm, 0, 1), RILL_OK);
    ck_assert_str_eq(slot_str(vm, 1), "p");
    rill_set_str(vm, 2, "it's", 4);
    rill_to_repr(vm, 2, 2);                     /* in place */
    ck_assert_str_eq(slot_str(vm, 2), "\"it's\"");
    ck_assert_str_eq(rill_slot_type_name(vm, 0), "P");
    ck_assert_int_eq(rill_slot_type(vm, 0), RILL_T_OTHER);
    ck_run(vm, "class Bad:\n    def __repr__(self): raise ValueError('no repr')\nb = Bad()\n");
    rill_get_global(vm, NULL, "b", 3);
    ck_assert_int_eq(rill_to_repr(vm, 3, 4), RILL_ERROR);
    ck_pending(vm, "ValueError", "no repr");
    rill_vm_free(vm);
}
END_TEST

/* ---- types ------------------------------------------------------------------------------ */

START_TEST(test_slot_types)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_run(vm, "import math\n");
    static const struct { const char *expr; rill_type t; const char *name; } cases[] = {
        { "None", RILL_T_NONE, "NoneType" }, { "True", RILL_T_BOOL, "bool" },
        { "2**100", RILL_T_INT, "int" }, { "1.5", RILL_T_FLOAT, "float" },
        { "'s'", RILL_T_STR, "str" }, { "[1]", RILL_T_LIST, "list" },
        { "(1,)", RILL_T_TUPLE, "tuple" }, { "{}", RILL_T_DICT, "dict" },
        { "{1}", RILL_T_SET, "set" }, { "frozenset()", RILL_T_SET, "frozenset" },
        { "(x for x in [])", RILL_T_GENERATOR, "generator" },
        { "lambda: 0", RILL_T_FUNCTION, "function" },
        { "len", RILL_T_FUNCTION, "builtin_function_or_method" },
        { "[].append", RILL_T_FUNCTION, "builtin_function_or_method" },
        { "int", RILL_T_CLASS, "type" }, { "ValueError('x')", RILL_T_EXCEPTION, "ValueError" },
        { "math", RILL_T_MODULE, "module" },
        { "range(3)", RILL_T_OTHER, "range" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ck_assert_int_eq(rill_eval(vm, cases[i].expr, strlen(cases[i].expr), 0), RILL_OK);
        ck_assert_msg(rill_slot_type(vm, 0) == cases[i].t, "%s", cases[i].expr);
        ck_assert_str_eq(rill_slot_type_name(vm, 0), cases[i].name);
    }
    rill_vm_free(vm);
}
END_TEST

/* ---- containers and attributes -------------------------------------------------------------- */

START_TEST(test_lists_tuples_dicts)
{
    rill_vm *vm = vm_with(&out, NULL);
    size_t n;
    ck_assert_int_eq(rill_new_list(vm, 0), RILL_OK);
    for (int i = 0; i < 5; i++) {
        rill_set_int(vm, 1, i * 10);
        ck_assert_int_eq(rill_list_append(vm, 0, 1), RILL_OK);
    }
    ck_assert_int_eq(rill_len(vm, 0, &n), RILL_OK);
    ck_assert_uint_eq(n, 5);
    ck_assert_int_eq(rill_get_index(vm, 0, -1, 2), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 2), 40);
    ck_assert_int_eq(rill_get_index(vm, 0, 5, 2), RILL_ERROR);
    ck_pending(vm, "IndexError", "list index out of range");
    rill_set_int(vm, 1, 1);
    rill_set_str(vm, 2, "one", 3);
    ck_assert_int_eq(rill_set_item(vm, 0, 1, 2), RILL_OK);
    ck_assert_int_eq(rill_get_item(vm, 0, 1, 3), RILL_OK);
    ck_assert_str_eq(slot_str(vm, 3), "one");
    /* a tuple of slots 1..3 */
    ck_assert_int_eq(rill_new_tuple(vm, 4, 1, 3), RILL_OK);
    ck_assert_int_eq(rill_to_repr(vm, 4, 5), RILL_OK);
    ck_assert_str_eq(slot_str(vm, 5), "(1, 'one', 'one')");
    ck_assert_int_eq(rill_new_tuple(vm, 4, 0, 0), RILL_OK);
    ck_assert_int_eq(rill_to_repr(vm, 4, 5), RILL_OK);
    ck_assert_str_eq(slot_str(vm, 5), "()");
    ck_assert_int_eq(rill_new_tuple(vm, 4, 3, 10), RILL_ERROR);
    ck_pending(vm, "IndexError", NULL);
    ck_assert_int_eq(rill_new_tuple(vm, 4, 0, -1), RILL_ERROR);
    ck_pending(vm, "ValueError", "negative count -1");
    ck_assert_int_eq(rill_list_append(vm, 5, 1), RILL_ERROR);
    ck_pending(vm, "TypeError", "expected list, got str");
    /* dicts by str key */
    ck_assert_int_eq(rill_new_dict(vm, 6), RILL_OK);
    rill_set_float(vm, 7, 0.5);
    ck_assert_int_eq(rill_set_key(vm, 6, "half", 7), RILL_OK);
    ck_assert_int_eq(rill_get_key(vm, 6, "half", 8), RILL_OK);
    ck_assert_int_eq(rill_slot_type(vm, 8), RILL_T_FLOAT);
    ck_assert_int_eq(rill_get_key(vm, 6, "whole", 8), RILL_ERROR);
    ck_pending(vm, "KeyError", "'whole'");
    ck_assert_int_eq(rill_get_key(vm, 6, NULL, 8), RILL_ERROR);
    ck_pending(vm, "TypeError", "key must not be NULL");
    ck_assert_int_eq(rill_set_key(vm, 6, "\xc3", 7), RILL_ERROR);
    ck_assert(rill_error_matches(vm, "ValueError"));
    rill_error_clear(vm);
    ck_assert_int_eq(rill_len(vm, 6, &n), RILL_OK);
    ck_assert_uint_eq(n, 1);
    /* items of any container: a list as a key is unhashable */
    ck_assert_int_eq(rill_set_item(vm, 6, 0, 7), RILL_ERROR);
    ck_pending(vm, "TypeError", "unhashable type: 'list'");
    ck_assert_int_eq(rill_get_item(vm, 7, 1, 8), RILL_ERROR);
    ck_pending(vm, "TypeError", "'float' object is not subscriptable");
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_attributes)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_run(vm, "class C:\n    k = 1\n    @property\n    def p(self): return self.k * 2\n"
               "c = C()\n");
    rill_get_global(vm, NULL, "c", 0);
    rill_set_int(vm, 1, 21);
    ck_assert_int_eq(rill_set_attr(vm, 0, "k", 1), RILL_OK);
    ck_assert_int_eq(rill_get_attr(vm, 0, "p", 2), RILL_OK);      /* runs the property */
    ck_assert_int_eq(slot_int(vm, 2), 42);
    ck_assert_int_eq(rill_get_attr(vm, 0, "nope", 2), RILL_ERROR);
    ck_pending(vm, "AttributeError", "'C' object has no attribute 'nope'");
    ck_assert_int_eq(rill_set_attr(vm, 0, "p", 1), RILL_ERROR);
    ck_assert(rill_error_matches(vm, "AttributeError"));
    rill_error_clear(vm);
    ck_assert_int_eq(rill_get_attr(vm, 0, NULL, 2), RILL_ERROR);
    ck_pending(vm, "TypeError", "attribute name must not be NULL");
    rill_set_int(vm, 3, 5);
    ck_assert_int_eq(rill_set_attr(vm, 3, "x", 1), RILL_ERROR);
    ck_pending(vm, "AttributeError", NULL);
    rill_vm_free(vm);
}
END_TEST

/* ---- globals, modules, eval, compile ----------------------------------------------------- */

START_TEST(test_globals)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_run(vm, "x = 10\n");
    ck_assert_int_eq(rill_get_global(vm, NULL, "x", 0), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 0), 10);
    ck_assert_int_eq(rill_get_global(vm, NULL, "len", 1), RILL_OK);     /* builtins too */
    ck_assert_int_eq(rill_slot_type(vm, 1), RILL_T_FUNCTION);
    ck_assert_int_eq(rill_get_global(vm, NULL, "nope", 1), RILL_ERROR);
    ck_pending(vm, "NameError", "name 'nope' is not defined");
    rill_set_str(vm, 2, "hello", 5);
    ck_assert_int_eq(rill_set_global(vm, NULL, "greeting", 2), RILL_OK);
    ck_run(vm, "print(greeting, x)\n");
    ck_assert_str_eq(out.out, "hello 10\n");
    /* a module that does not exist, and one that is built in but not imported yet */
    ck_assert_int_eq(rill_get_global(vm, "nomod", "x", 0), RILL_ERROR);
    ck_pending(vm, "ModuleNotFoundError", "No module named 'nomod'");
    ck_assert_int_eq(rill_get_global(vm, "math", "pi", 0), RILL_OK);
    double pi;
    rill_get_float(vm, 0, &pi);
    ck_assert(pi > 3.14 && pi < 3.15);
    /* set_global creates a host module that scripts can import */
    rill_set_int(vm, 0, 99);
    ck_assert_int_eq(rill_set_global(vm, "config", "level", 0), RILL_OK);
    out_reset(&out);
    ck_run(vm, "import config\nprint(config.level)\n");
    ck_assert_str_eq(out.out, "99\n");
    ck_assert_int_eq(rill_get_global(vm, "config", "level", 3), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 3), 99);
    /* bad arguments */
    ck_assert_int_eq(rill_get_global(vm, NULL, NULL, 0), RILL_ERROR);
    ck_pending(vm, "TypeError", "name must not be NULL");
    ck_assert_int_eq(rill_set_global(vm, NULL, "x", 40), RILL_ERROR);
    ck_pending(vm, "IndexError", NULL);
    ck_assert_int_eq(rill_get_global(vm, "\xfe", "x", 0), RILL_ERROR);
    ck_pending(vm, "ValueError", "module name is not valid UTF-8");
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_exec_module_and_import)
{
    rill_vm *vm = vm_with(&out, NULL);
    const char *util = "def twice(x):\n    return 2 * x\nloaded = 1\n";
    ck_assert_int_eq(rill_exec_module(vm, "util", util, strlen(util), "util.py"), RILL_OK);
    ck_run(vm, "import util\nprint(util.twice(21), util.__name__)\nfrom util import twice\n"
               "print(twice('ab'))\n");
    ck_assert_str_eq(out.out, "42 util\nabab\n");
    /* more code into the same module */
    const char *more = "loaded += 1\ndef thrice(x): return 3 * x\n";
    ck_assert_int_eq(rill_exec_module(vm, "util", more, strlen(more), "more.py"), RILL_OK);
    out_reset(&out);
    ck_run(vm, "print(util.loaded, util.thrice(2))\n");
    ck_assert_str_eq(out.out, "2 6\n");
    /* a failing body: the error, and a new module is not left behind */
    const char *bad = "x = 1\nraise ValueError('broken')\n";
    ck_assert_int_eq(rill_exec_module(vm, "broken", bad, strlen(bad), "broken.py"), RILL_ERROR);
    ck_pending(vm, "ValueError", "broken");
    ck_assert_int_eq(run(vm, "import broken\n"), RILL_ERROR);
    ck_pending(vm, "ModuleNotFoundError", "No module named 'broken'");
    /* SystemExit is RILL_EXIT, as rill_exec */
    const char *ex = "raise SystemExit(3)\n";
    ck_assert_int_eq(rill_exec_module(vm, "quits", ex, strlen(ex), "q.py"), RILL_EXIT);
    ck_assert_int_eq(rill_exit_status(vm), 3);
    ck_assert_int_eq(rill_exec_module(vm, NULL, "y = 5\n", 6, "<main>"), RILL_OK);
    ck_assert_int_eq(rill_get_global(vm, NULL, "y", 0), RILL_OK);
    ck_assert_int_eq(rill_exec_module(vm, "m", NULL, 0, "f"), RILL_ERROR);
    ck_pending(vm, "TypeError", "source must not be NULL");
    ck_assert_int_eq(rill_exec_module(vm, "m", "x=(", 3, "m.py"), RILL_ERROR);
    ck_pending(vm, "SyntaxError", NULL);
    rill_vm_free(vm);
}
END_TEST

static int loader(void *ud, const char *name, const char **src, size_t *len)
{
    int *calls = ud;
    (*calls)++;
    if (strcmp(name, "greet") != 0) return 0;
    static const char text[] = "def hello(who):\n    return 'hello ' + who\n";
    *src = text;
    *len = sizeof text - 1;
    return 1;
}

START_TEST(test_load_fn)
{
    int calls = 0;
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.load_fn = loader;
    cfg.host_ud = &calls;
    rill_vm *vm = rill_vm_new(&cfg);
    ck_assert_ptr_eq(rill_host_data(vm), &calls);
    ck_run(vm, "import greet\nmsg = greet.hello('host')\nimport greet\n");
    rill_get_global(vm, NULL, "msg", 0);
    ck_assert_str_eq(slot_str(vm, 0), "hello host");
    ck_assert_int_eq(calls, 1);                 /* the second import found sys.modules */
    ck_assert_int_eq(run(vm, "import nothere\n"), RILL_ERROR);
    ck_pending(vm, "ModuleNotFoundError", "No module named 'nothere'");
    ck_assert_int_eq(calls, 2);
    /* the host's own module names do not go to the loader */
    ck_assert_int_eq(rill_set_global(vm, "hostmod", "x", 0), RILL_OK);
    ck_assert_int_eq(calls, 2);
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_eval)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_run(vm, "base = 40\n");
    ck_assert_int_eq(rill_eval(vm, "base + 2", 8, 0), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 0), 42);
    ck_assert_int_eq(rill_eval(vm, "[x * x for x in range(4)]", 25, 1), RILL_OK);
    ck_assert_int_eq(rill_to_repr(vm, 1, 1), RILL_OK);
    ck_assert_str_eq(slot_str(vm, 1), "[0, 1, 4, 9]");
    ck_assert_int_eq(rill_eval(vm, "x = 1", 5, 0), RILL_ERROR);
    ck_pending(vm, "SyntaxError", NULL);
    /* as eval(): leading spaces and tabs skipped, a NUL byte refused */
    ck_assert_int_eq(rill_eval(vm, " \tbase", 6, 0), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 0), 40);
    ck_assert_int_eq(rill_eval(vm, "1\0", 2, 0), RILL_ERROR);
    ck_pending(vm, "SyntaxError", "source code string cannot contain null bytes");
    ck_assert_int_eq(rill_eval(vm, "1 / 0", 5, 0), RILL_ERROR);
    ck_pending(vm, "ZeroDivisionError", "division by zero");
    ck_assert_int_eq(rill_eval(vm, "exit(4)", 7, 0), RILL_EXIT);
    ck_assert_int_eq(rill_exit_status(vm), 4);
    ck_assert_int_eq(rill_eval(vm, NULL, 0, 0), RILL_ERROR);
    ck_pending(vm, "TypeError", "source must not be NULL");
    ck_assert_int_eq(rill_eval(vm, "1", 1, -2), RILL_ERROR);
    ck_pending(vm, "TypeError", NULL);
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_compile)
{
    rill_vm *vm = vm_with(&out, NULL);
    static const struct { const char *src; rill_mode mode; int want; } cases[] = {
        { "x = 1\n", RILL_MODE_FILE, RILL_OK },
        { "if x:\n", RILL_MODE_SINGLE, RILL_INCOMPLETE },
        { "if x:\n    y = 1\n", RILL_MODE_SINGLE, RILL_INCOMPLETE },
        { "if x:\n    y = 1\n\n", RILL_MODE_SINGLE, RILL_OK },
        { "f(1,\n", RILL_MODE_SINGLE, RILL_INCOMPLETE },
        { "'''doc\n", RILL_MODE_SINGLE, RILL_INCOMPLETE },
        { "x = 1 +\n", RILL_MODE_FILE, RILL_ERROR },
        { "1 +", RILL_MODE_EVAL, RILL_ERROR },
        { "1 + 2", RILL_MODE_EVAL, RILL_OK },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int r = rill_compile(vm, cases[i].src, strlen(cases[i].src), "<c>", cases[i].mode);
        ck_assert_msg(r == cases[i].want, "%s: %d", cases[i].src, r);
        if (r == RILL_ERROR) ck_pending(vm, "SyntaxError", NULL);
        else ck_assert(!rill_error_pending(vm));
    }
    /* nothing ran */
    ck_assert_int_eq(rill_get_global(vm, NULL, "x", 0), RILL_ERROR);
    rill_error_clear(vm);
    ck_assert_int_eq(rill_compile(vm, NULL, 0, "<c>", RILL_MODE_FILE), RILL_ERROR);
    ck_pending(vm, "TypeError", "source must not be NULL");
    rill_vm_free(vm);
}
END_TEST

/* ---- calls ------------------------------------------------------------------------------ */

START_TEST(test_calls)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_run(vm, "def f(a, b=2, *, c=3):\n    return a * 100 + b * 10 + c\n");
    rill_get_global(vm, NULL, "f", 0);
    rill_set_int(vm, 1, 1);
    ck_assert_int_eq(rill_call(vm, 0, 1, 5), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 5), 123);
    rill_set_int(vm, 2, 5);
    rill_set_int(vm, 3, 7);
    const char *kw[] = { "c" };
    ck_assert_int_eq(rill_call_kw(vm, 0, 2, 1, kw, 5), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 5), 157);
    const char *kw2[] = { "c", "b" };
    ck_assert_int_eq(rill_call_kw(vm, 0, 1, 2, kw2, 5), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 5), 1 * 100 + 7 * 10 + 5);
    const char *kwbad[] = { "zz" };
    ck_assert_int_eq(rill_call_kw(vm, 0, 1, 1, kwbad, 5), RILL_ERROR);
    ck_pending(vm, "TypeError", "f() got an unexpected keyword argument 'zz'");
    ck_assert_int_eq(rill_call_kw(vm, 0, 1, 1, NULL, 5), RILL_ERROR);
    ck_pending(vm, "TypeError", "kwnames must not be NULL");
    const char *kwnull[] = { NULL };
    ck_assert_int_eq(rill_call_kw(vm, 0, 1, 1, kwnull, 5), RILL_ERROR);
    ck_pending(vm, "TypeError", "keyword name must not be NULL");
    /* the result may overwrite the callable or an argument */
    ck_assert_int_eq(rill_call(vm, 0, 1, 0), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 0), 123);
    /* errors */
    ck_assert_int_eq(rill_call(vm, 0, 0, 5), RILL_ERROR);
    ck_pending(vm, "TypeError", "'int' object is not callable");
    rill_get_global(vm, NULL, "f", 0);
    ck_assert_int_eq(rill_call(vm, 0, 0, 5), RILL_ERROR);
    ck_pending(vm, "TypeError", "f() missing 1 required positional argument: 'a'");
    ck_assert_int_eq(rill_call(vm, 0, 40, 5), RILL_ERROR);
    ck_pending(vm, "IndexError", NULL);
    ck_assert_int_eq(rill_call(vm, 0, -1, 5), RILL_ERROR);
    ck_pending(vm, "ValueError", "negative argument count");
    ck_assert_int_eq(rill_call(vm, 30, 0, 5), RILL_ERROR);
    ck_pending(vm, "IndexError", NULL);
    /* many arguments (beyond the inline buffer) to a built-in */
    rill_get_global(vm, NULL, "max", 10);
    for (int i = 0; i < 20; i++) rill_set_int(vm, 11 + i, (i * 7) % 20);
    ck_assert_int_eq(rill_call(vm, 10, 20, 40), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 40), 19);
    /* SystemExit from a call */
    rill_get_global(vm, NULL, "exit", 0);
    rill_set_int(vm, 1, 2);
    ck_assert_int_eq(rill_call(vm, 0, 1, 5), RILL_EXIT);
    ck_assert_int_eq(rill_exit_status(vm), 2);
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_call_method)
{
    rill_vm *vm = vm_with(&out, NULL);
    rill_set_str(vm, 0, "a-b-c", 5);
    rill_set_str(vm, 1, "-", 1);
    ck_assert_int_eq(rill_call_method(vm, 0, "split", 1, 2), RILL_OK);
    ck_assert_int_eq(rill_to_repr(vm, 2, 3), RILL_OK);
    ck_assert_str_eq(slot_str(vm, 3), "['a', 'b', 'c']");
    ck_assert_int_eq(rill_call_method(vm, 0, "upper", 0, 4), RILL_OK);
    ck_assert_str_eq(slot_str(vm, 4), "A-B-C");
    rill_set_str(vm, 3, "d", 1);
    ck_assert_int_eq(rill_call_method(vm, 2, "append", 1, 5), RILL_OK);
    ck_assert_int_eq(rill_slot_type(vm, 5), RILL_T_NONE);
    size_t n;
    rill_len(vm, 2, &n);
    ck_assert_uint_eq(n, 4);
    ck_assert_int_eq(rill_call_method(vm, 0, "nope", 0, 5), RILL_ERROR);
    ck_pending(vm, "AttributeError", "'str' object has no attribute 'nope'");
    ck_assert_int_eq(rill_call_method(vm, 0, NULL, 0, 5), RILL_ERROR);
    ck_pending(vm, "TypeError", "method name must not be NULL");
    ck_assert_int_eq(rill_call_method(vm, 0, "upper", 1, 5), RILL_ERROR);
    ck_pending(vm, "TypeError", NULL);
    rill_vm_free(vm);
}
END_TEST

/* ---- errors ------------------------------------------------------------------------------- */

START_TEST(test_error_inspection)
{
    rill_vm *vm = vm_with(&out, NULL);
    char buf[256];
    ck_assert_int_eq(rill_error_message(vm, buf, sizeof buf), -1);
    ck_assert_int_eq(rill_error_format(vm, buf, sizeof buf), -1);
    ck_assert_ptr_null(rill_error_type(vm));
    ck_assert_int_eq(rill_error_matches(vm, "Exception"), 0);
    ck_assert_int_eq(run(vm, "class AppError(LookupError): pass\n"
                             "def f(): raise AppError('caf\xc3\xa9 closed')\nf()\n"), RILL_ERROR);
    ck_assert_str_eq(rill_error_type(vm), "AppError");
    ck_assert(rill_error_matches(vm, "AppError"));
    ck_assert(rill_error_matches(vm, "__main__.AppError"));
    ck_assert(rill_error_matches(vm, "LookupError"));
    ck_assert(rill_error_matches(vm, "BaseException"));
    ck_assert(!rill_error_matches(vm, "KeyError"));
    ck_assert(!rill_error_matches(vm, "NoSuchClass"));
    ck_assert(!rill_error_matches(vm, "nomod.AppError"));
    ck_assert(!rill_error_matches(vm, NULL));
    /* the message, whole and cut (never inside a UTF-8 sequence) */
    ck_assert_int_eq(rill_error_message(vm, buf, sizeof buf), 12);
    ck_assert_str_eq(buf, "caf\xc3\xa9 closed");
    ck_assert_int_eq(rill_error_message(vm, buf, 5), 12);
    ck_assert_str_eq(buf, "caf");
    ck_assert_int_eq(rill_error_message(vm, NULL, 0), 12);
    /* the report equals what rill_error_print prints, and both keep/clear as documented */
    char report[1024];
    int n = rill_error_format(vm, report, sizeof report);
    ck_assert_int_eq(n, (int)strlen(report));
    ck_assert(rill_error_pending(vm));
    ck_assert_ptr_nonnull(strstr(report, "Traceback (most recent call last):\n"));
    ck_assert_ptr_nonnull(strstr(report, "line 2, in f\n"));
    ck_assert_int_eq(rill_error_format(vm, buf, 10), n);
    ck_assert_uint_eq(strlen(buf), 9);
    rill_error_print(vm);
    ck_assert(!rill_error_pending(vm));
    ck_assert_str_eq(out.err, report);
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_raise_and_fetch)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_assert_int_eq(rill_raise(vm, "KeyError", "missing %s #%d", "item", 7), RILL_ERROR);
    ck_pending(vm, "KeyError", "'missing item #7'");
    ck_assert_int_eq(rill_raise(vm, "StopIteration", NULL), RILL_ERROR);
    ck_pending(vm, "StopIteration", "");
    ck_assert_int_eq(rill_raise(vm, "NoSuchError", "x"), RILL_ERROR);
    ck_pending(vm, "TypeError", "unknown exception class 'NoSuchError'");
    ck_assert_int_eq(rill_raise(vm, "len", "x"), RILL_ERROR);
    ck_pending(vm, "TypeError", "unknown exception class 'len'");
    ck_assert_int_eq(rill_raise(vm, "int", "x"), RILL_ERROR);
    ck_pending(vm, "TypeError", "'int' is not an exception class");
    ck_assert_int_eq(rill_raise(vm, NULL, "x"), RILL_ERROR);
    ck_pending(vm, "TypeError", "exception class name must not be NULL");
    /* a long message (beyond the formatting buffer) */
    char big[1000];
    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = 0;
    rill_raise(vm, "ValueError", "%s!", big);
    char buf[2000];
    ck_assert_int_eq(rill_error_message(vm, buf, sizeof buf), 1000);
    rill_error_clear(vm);
    /* script-defined classes: of __main__ and of a module; __init__ runs */
    ck_run(vm, "class Custom(Exception):\n    def __init__(self, msg):\n"
               "        super().__init__('custom: ' + msg)\n");
    const char *mod = "class ModError(ValueError): pass\n";
    rill_exec_module(vm, "errs", mod, strlen(mod), "errs.py");
    rill_raise(vm, "Custom", "%d", 5);
    ck_pending(vm, "Custom", "custom: 5");
    rill_raise(vm, "errs.ModError", "m");
    ck_assert(rill_error_matches(vm, "ValueError"));
    ck_assert(rill_error_matches(vm, "errs.ModError"));
    /* fetch takes it into a slot; raise_slot raises it again */
    ck_assert_int_eq(rill_error_fetch(vm, 0), RILL_OK);
    ck_assert(!rill_error_pending(vm));
    ck_assert_int_eq(rill_slot_type(vm, 0), RILL_T_EXCEPTION);
    ck_assert_str_eq(rill_slot_type_name(vm, 0), "ModError");
    ck_assert_int_eq(rill_raise_slot(vm, 0), RILL_ERROR);
    ck_pending(vm, "ModError", "m");
    ck_assert_int_eq(rill_error_fetch(vm, 1), RILL_OK);           /* nothing pending: None */
    ck_assert_int_eq(rill_slot_type(vm, 1), RILL_T_NONE);
    rill_get_global(vm, NULL, "IndexError", 1);
    ck_assert_int_eq(rill_raise_slot(vm, 1), RILL_ERROR);         /* a class is instantiated */
    ck_pending(vm, "IndexError", "");
    rill_set_int(vm, 1, 3);
    ck_assert_int_eq(rill_raise_slot(vm, 1), RILL_ERROR);
    ck_pending(vm, "TypeError", "exceptions must be classes or instances deriving from "
                                "BaseException, not int");
    ck_assert_int_eq(rill_raise_slot(vm, 9), RILL_ERROR);
    ck_pending(vm, "IndexError", NULL);
    rill_vm_free(vm);
}
END_TEST

/* Every call clears a pending exception first; pure releases keep it. */
START_TEST(test_pending_exception_cleared)
{
    rill_vm *vm = vm_with(&out, NULL);
    rill_raise(vm, "ValueError", "old");
    ck_assert_int_eq(rill_set_int(vm, 0, 1), RILL_OK);
    ck_assert(!rill_error_pending(vm));
    rill_raise(vm, "ValueError", "old");
    ck_assert_int_eq(run(vm, "z = 3\n"), RILL_OK);
    rill_raise(vm, "ValueError", "old");
    ck_assert_int_eq(rill_eval(vm, "z", 1, 1), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 1), 3);
    rill_raise(vm, "ValueError", "old");
    ck_assert_int_eq(rill_get_global(vm, NULL, "print", 2), RILL_OK);
    ck_assert_int_eq(rill_call(vm, 2, 0, 3), RILL_OK);
    ck_assert(!rill_error_pending(vm));
    /* a failed call leaves only its own exception */
    rill_raise(vm, "ValueError", "old");
    ck_assert_int_eq(rill_get_str(vm, 0, NULL) == NULL, 1);
    ck_pending(vm, "TypeError", "expected str, got int");
    /* shrinking the window and queries keep the pending exception */
    rill_raise(vm, "ValueError", "kept");
    ck_assert_int_eq(rill_set_slot_count(vm, 1), RILL_OK);
    ck_assert_int_eq(rill_slot_count(vm), 1);
    ck_assert_int_eq(rill_slot_type(vm, 0), RILL_T_INT);
    ck_pending(vm, "ValueError", "kept");
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_null_vm)
{
    int64_t i;
    ck_assert_int_eq(rill_set_int(NULL, 0, 1), RILL_ERROR);
    ck_assert_int_eq(rill_get_int(NULL, 0, &i), RILL_ERROR);
    ck_assert_int_eq(rill_call(NULL, 0, 0, 0), RILL_ERROR);
    ck_assert_int_eq(rill_raise(NULL, "ValueError", "x"), RILL_ERROR);
    ck_assert_int_eq(rill_slot_count(NULL), 0);
    ck_assert_ptr_null(rill_get_str(NULL, 0, NULL));
    ck_assert_ptr_null(rill_ref_new(NULL, 0));
    ck_assert_int_eq(rill_error_message(NULL, NULL, 0), -1);
    ck_assert_int_eq(rill_exec(NULL, "1", 1, "x", RILL_MODE_FILE), RILL_ERROR);
    ck_assert_ptr_null(rill_host_data(NULL));
    rill_ref_free(NULL, NULL);
    rill_set_mem_limit(NULL, 1);
}
END_TEST

static Suite *api_suite(void)
{
    Suite *s = suite_create("api");
    TCase *tc = tcase_create("values");
    tcase_add_test(tc, test_slots_grow_on_write);
    tcase_add_test(tc, test_slot_errors);
    tcase_add_test(tc, test_scalars_round_trip);
    tcase_add_test(tc, test_scalar_type_errors);
    tcase_add_test(tc, test_big_ints);
    tcase_add_test(tc, test_to_str_and_repr);
    tcase_add_test(tc, test_slot_types);
    tcase_add_test(tc, test_lists_tuples_dicts);
    tcase_add_test(tc, test_attributes);
    suite_add_tcase(s, tc);
    tc = tcase_create("code");
    tcase_add_test(tc, test_globals);
    tcase_add_test(tc, test_exec_module_and_import);
    tcase_add_test(tc, test_load_fn);
    tcase_add_test(tc, test_eval);
    tcase_add_test(tc, test_compile);
    tcase_add_test(tc, test_calls);
    tcase_add_test(tc, test_call_method);
    suite_add_tcase(s, tc);
    tc = tcase_create("errors");
    tcase_add_test(tc, test_error_inspection);
    tcase_add_test(tc, test_raise_and_fetch);
    tcase_add_test(tc, test_pending_exception_cleared);
    tcase_add_test(tc, test_null_vm);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(api_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
