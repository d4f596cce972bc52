/*
** check_api_gen.c — the embedding API's running half: natives (arity, errors, data,
** re-entrancy 50 levels deep), native iterators consumed by for / zip / list /
** itertools / yield from, host-driven generators (next, send, throw, close with
** Python's exact semantics, three-way results), refs across windows and their release
** closing generators, limits (memory, recursion, poll hook) and the slots of windows.
*/
#include <stdint.h>
#include <stdio.h>
#include "api_test.h"

static Out out;

/* ---- natives ------------------------------------------------------------------------- */

static int n_add(rill_vm *vm, int argc, void *data)
{
    int64_t sum = 0;
    for (int i = 1; i <= argc; i++) {
        int64_t x;
        if (rill_get_int(vm, i, &x) != RILL_OK) return RILL_ERROR;
        sum += x;
    }
    return rill_set_int(vm, 0, sum + (data ? *(int64_t *)data : 0));
}

static int n_nothing(rill_vm *vm, int argc, void *data) { return RILL_OK; }

static int n_fail_silently(rill_vm *vm, int argc, void *data) { return RILL_ERROR; }

/* Handles an error of its own and succeeds: the exception must not leak out. */
static int n_recovers(rill_vm *vm, int argc, void *data)
{
    int64_t x;
    if (rill_get_int(vm, 1, &x) != RILL_OK) x = -1;
    return rill_set_int(vm, 0, x);
}

static int n_raise(rill_vm *vm, int argc, void *data)
{
    const char *cls = rill_get_str(vm, 1, NULL);
    if (!cls) return RILL_ERROR;
    return rill_raise(vm, cls, "raised from C with %d argument%s", argc, argc == 1 ? "" : "s");
}

/* Keeps a temporary, fails, then drops the temporaries and passes the error on. */
static int n_cleanup_then_fail(rill_vm *vm, int argc, void *data)
{
    rill_new_list(vm, 5);
    int64_t x;
    if (rill_get_int(vm, 1, &x) != RILL_OK) {
        rill_set_slot_count(vm, 1);
        return RILL_ERROR;
    }
    return RILL_OK;
}

START_TEST(test_natives_basic)
{
    rill_vm *vm = vm_with(&out, NULL);
    int64_t bonus = 1000;
    ck_assert_int_eq(rill_def_native(vm, NULL, "add", n_add, 0, -1, NULL), RILL_OK);
    ck_assert_int_eq(rill_def_native(vm, "host", "add_bonus", n_add, 1, 2, &bonus), RILL_OK);
    ck_assert_int_eq(rill_def_native(vm, "host", "nothing", n_nothing, 0, 0, NULL), RILL_OK);
    ck_assert_int_eq(rill_def_native(vm, "host", "one", n_nothing, 1, 1, NULL), RILL_OK);
    ck_assert_int_eq(rill_def_native(vm, "host", "recovers", n_recovers, 1, 1, NULL), RILL_OK);
    ck_run(vm, "import host\n"
               "print(add(), add(1, 2, 3), host.add_bonus(5), host.add_bonus(1, 2))\n"
               "print(host.nothing(), host.recovers(7), host.recovers('x'))\n"
               "print(type(add).__name__, host.nothing.__name__)\n"
               "f = host.add_bonus\nprint(sorted([3, 1, 2], key=f))\n");
    ck_assert_str_eq(out.out, "0 6 1005 1003\nNone 7 -1\nbuiltin_function_or_method nothing\n"
                              "[1, 2, 3]\n");
    /* arity errors, worded as CPython words them for built-ins */
    static const struct { const char *src, *msg; } errs[] = {
        { "host.add_bonus()", "add_bonus expected at least 1 argument, got 0" },
        { "host.add_bonus(1, 2, 3)", "add_bonus expected at most 2 arguments, got 3" },
        { "host.nothing(1)", "nothing() takes no arguments (1 given)" },
        { "host.one()", "one() takes exactly one argument (0 given)" },
        { "add(x=1)", "add() takes no keyword arguments" },
        { "add('a')", "expected int, got str" },
    };
    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        ck_assert_int_eq(rill_eval(vm, errs[i].src, strlen(errs[i].src), 0), RILL_ERROR);
        ck_pending(vm, "TypeError", errs[i].msg);
    }
    /* re-registration replaces; bad registrations */
    ck_assert_int_eq(rill_def_native(vm, NULL, "add", n_nothing, 0, -1, NULL), RILL_OK);
    ck_assert_int_eq(rill_eval(vm, "add(1)", 6, 0), RILL_OK);
    ck_assert_int_eq(rill_slot_type(vm, 0), RILL_T_NONE);
    ck_assert_int_eq(rill_def_native(vm, NULL, "f", NULL, 0, 0, NULL), RILL_ERROR);
    ck_pending(vm, "TypeError", "native function must not be NULL");
    ck_assert_int_eq(rill_def_native(vm, NULL, NULL, n_nothing, 0, 0, NULL), RILL_ERROR);
    ck_pending(vm, "TypeError", "name must not be NULL");
    ck_assert_int_eq(rill_def_native(vm, NULL, "f", n_nothing, 3, 1, NULL), RILL_ERROR);
    ck_pending(vm, "ValueError", "min_args 3 > max_args 1");
    /* a native added to a built-in module extends it */
    ck_assert_int_eq(rill_def_native(vm, "math", "answer", n_nothing, 0, 0, NULL), RILL_OK);
    out_reset(&out);
    ck_run(vm, "import math\nprint(math.answer(), math.floor(2.5))\n");
    ck_assert_str_eq(out.out, "None 2\n");
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_native_errors)
{
    rill_vm *vm = vm_with(&out, NULL);
    rill_def_native(vm, NULL, "raise_", n_raise, 1, -1, NULL);
    rill_def_native(vm, NULL, "silent", n_fail_silently, 0, 0, NULL);
    rill_def_native(vm, NULL, "cleanup", n_cleanup_then_fail, 1, 1, NULL);
    const char *mod = "class DbError(Exception): pass\n";
    rill_exec_module(vm, "db", mod, strlen(mod), "db.py");
    ck_run(vm, "class Mine(KeyError): pass\n"
               "import db\n"
               "for name in ['ValueError', 'Mine', 'db.DbError', 'Nope']:\n"
               "    try:\n"
               "        raise_(name, 2)\n"
               "    except Exception as e:\n"
               "        print(type(e).__name__, e)\n"
               "try:\n    silent()\nexcept SystemError as e:\n    print(e)\n"
               "try:\n    cleanup('x')\nexcept TypeError as e:\n    print(e)\n");
    ck_assert_str_eq(out.out,
                     "ValueError raised from C with 2 arguments\n"
                     "Mine 'raised from C with 2 arguments'\n"
                     "DbError raised from C with 2 arguments\n"
                     "TypeError unknown exception class 'Nope'\n"
                     "native silent() returned an error without raising an exception\n"
                     "expected int, got str\n");
    /* the traceback of an error raised in a native called by a script */
    ck_assert_int_eq(run(vm, "def outer():\n    raise_('ValueError')\nouter()\n"), RILL_ERROR);
    char report[1024];
    rill_error_format(vm, report, sizeof report);
    ck_assert_str_eq(report, "Traceback (most recent call last):\n"
                             "  File \"<test>\", line 3, in <module>\n"
                             "    outer()\n"
                             "  File \"<test>\", line 2, in outer\n"
                             "    raise_('ValueError')\n"
                             "ValueError: raised from C with 1 argument\n");
    rill_error_clear(vm);
    ck_assert_int_eq(rill_slot_count(vm), 0);       /* the natives' windows are gone */
    rill_vm_free(vm);
}
END_TEST

/* ---- re-entrancy: native -> rill_call -> script -> native ... ---------------------------- */

static int n_dive(rill_vm *vm, int argc, void *data)
{
    int *deepest = data;
    int64_t n;
    if (rill_get_int(vm, 1, &n) != RILL_OK) return RILL_ERROR;
    /* this window: slot 0 result, 1 n; build down(n) in slots 2.. */
    if (rill_slot_count(vm) != 2) return rill_raise(vm, "RuntimeError", "window not fresh");
    if (n > *deepest) *deepest = (int)n;
    if (rill_get_global(vm, NULL, "down", 2) != RILL_OK) return RILL_ERROR;
    if (rill_set_int(vm, 3, n) != RILL_OK) return RILL_ERROR;
    if (rill_call(vm, 2, 1, 4) != RILL_OK) return RILL_ERROR;
    int64_t r;
    if (rill_get_int(vm, 4, &r) != RILL_OK) return RILL_ERROR;
    /* slot 1 still holds this level's argument after everything above returned */
    int64_t again;
    if (rill_get_int(vm, 1, &again) != RILL_OK || again != n)
        return rill_raise(vm, "RuntimeError", "window clobbered");
    return rill_set_int(vm, 0, r + 1);
}

START_TEST(test_reentrancy_50_deep)
{
    rill_vm *vm = vm_with(&out, NULL);
    int deepest = 0;
    rill_def_native(vm, NULL, "dive", n_dive, 1, 1, &deepest);
    ck_run(vm, "def down(n):\n"
               "    if n >= 50:\n"
               "        if n == 99: raise ValueError('bottom')\n"
               "        return 0\n"
               "    return dive(n + 1) * 1\n");
    rill_set_str(vm, 0, "host slot", 9);
    rill_get_global(vm, NULL, "dive", 1);
    rill_set_int(vm, 2, 0);
    ck_assert_int_eq(rill_call(vm, 1, 1, 3), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 3), 51);         /* 51 natives nested, 50 scripts between */
    ck_assert_int_eq(deepest, 50);
    ck_assert_int_eq(rill_slot_count(vm), 4);
    ck_assert_str_eq(slot_str(vm, 0), "host slot");
    /* an error at the bottom unwinds through every level */
    ck_run(vm, "def down(n):\n"
               "    if n == 50: raise ValueError('bottom')\n"
               "    return dive(n + 1)\n");
    ck_assert_int_eq(rill_call(vm, 1, 1, 3), RILL_ERROR);
    ck_pending(vm, "ValueError", "bottom");
    ck_assert_int_eq(rill_slot_count(vm), 4);
    /* unbounded recursion through C is a RecursionError, not a crash */
    ck_run(vm, "def down(n):\n    return dive(n + 1)\n");
    ck_assert_int_eq(rill_call(vm, 1, 1, 3), RILL_ERROR);
    ck_pending(vm, "RecursionError", NULL);
    ck_run(vm, "def down(n):\n    return 0\n");
    ck_assert_int_eq(rill_call(vm, 1, 1, 3), RILL_OK);
    rill_vm_free(vm);
}
END_TEST

/* ---- native iterators ------------------------------------------------------------------- */

typedef struct Counting {
    int next, stop;
    int *freed;
    int mode;                   /* 0 plain, 1 error at 2, 2 StopIteration at 2, 3 bad status */
} Counting;

static int counting_next(rill_vm *vm, void *data)
{
    Counting *c = data;
    if (c->next >= c->stop) return RILL_RETURNED;
    if (c->next == 2 && c->mode == 1) return rill_raise(vm, "OSError", "device gone");
    if (c->next == 2 && c->mode == 2) return rill_raise(vm, "StopIteration", NULL);
    if (c->next == 2 && c->mode == 3) return RILL_OK;
    return rill_set_int(vm, 0, c->next++) == RILL_OK ? RILL_YIELDED : RILL_ERROR;
}

static void counting_free(void *data)
{
    Counting *c = data;
    (*c->freed)++;
    free(c);
}

static int n_count(rill_vm *vm, int argc, void *data)
{
    int64_t stop, mode = 0;
    if (rill_get_int(vm, 1, &stop) != RILL_OK) return RILL_ERROR;
    if (argc > 1 && rill_get_int(vm, 2, &mode) != RILL_OK) return RILL_ERROR;
    Counting *c = malloc(sizeof *c);
    *c = (Counting){ 0, (int)stop, data, (int)mode };
    return rill_new_iterator(vm, 0, counting_next, c, counting_free);
}

START_TEST(test_native_iterators)
{
    rill_vm *vm = vm_with(&out, NULL);
    int freed = 0;
    rill_def_native(vm, "src", "count", n_count, 1, 2, &freed);
    ck_run(vm, "import src, itertools\n"
               "for x in src.count(3): print(x, end=' ')\n"
               "print()\n"
               "print(list(src.count(4)), list(zip(src.count(5), 'ab')))\n"
               "def wrap(it):\n    r = yield from it\n    yield ('end', r)\n"
               "print(list(wrap(src.count(2))))\n"
               "print(list(itertools.islice(src.count(100), 2, 5)))\n"
               "print(sum(x * x for x in src.count(4)), type(src.count(1)).__name__)\n"
               "it = src.count(1)\n"
               "print(iter(it) is it, next(it), next(it, 'done'), next(it, 'done'))\n"
               "print(list(src.count(5, 2)))\n"
               "try:\n    list(src.count(5, 1))\nexcept OSError as e:\n    print('OSError', e)\n"
               "try:\n    list(src.count(5, 3))\n"
               "except SystemError as e:\n    print('SystemError')\n");
    ck_assert_str_eq(out.out, "0 1 2 \n"
                              "[0, 1, 2, 3] [(0, 'a'), (1, 'b')]\n"
                              "[0, 1, ('end', None)]\n"
                              "[2, 3, 4]\n"
                              "14 native_iterator\n"
                              "True 0 done done\n"
                              "[0, 1]\n"
                              "OSError device gone\n"
                              "SystemError\n");
    ck_run(vm, "del it\n");
    ck_assert_int_eq(freed, 11);            /* each exactly once, when it died */
    /* driven from the host */
    rill_get_global(vm, "src", "count", 0);
    rill_set_int(vm, 1, 2);
    ck_assert_int_eq(rill_call(vm, 0, 1, 2), RILL_OK);
    ck_assert_int_eq(rill_next(vm, 2, 3), RILL_YIELDED);
    ck_assert_int_eq(slot_int(vm, 3), 0);
    ck_assert_int_eq(rill_next(vm, 2, 3), RILL_YIELDED);
    ck_assert_int_eq(rill_next(vm, 2, 3), RILL_RETURNED);
    ck_assert_int_eq(rill_slot_type(vm, 3), RILL_T_NONE);
    ck_assert_int_eq(rill_next(vm, 2, 3), RILL_RETURNED);   /* stays exhausted */
    rill_set_none(vm, 2);
    ck_assert_int_eq(freed, 12);
    /* bad arguments still hand the data over */
    int freed2 = 0;
    Counting *c = malloc(sizeof *c);
    *c = (Counting){ 0, 1, &freed2, 0 };
    ck_assert_int_eq(rill_new_iterator(vm, -1, counting_next, c, counting_free), RILL_ERROR);
    ck_pending(vm, "TypeError", NULL);
    ck_assert_int_eq(freed2, 1);
    c = malloc(sizeof *c);
    *c = (Counting){ 0, 1, &freed2, 0 };
    ck_assert_int_eq(rill_new_iterator(vm, 0, NULL, c, counting_free), RILL_ERROR);
    ck_pending(vm, "TypeError", "iterator function must not be NULL");
    ck_assert_int_eq(freed2, 2);
    /* one left alive is freed with the VM */
    c = malloc(sizeof *c);
    *c = (Counting){ 0, 1, &freed2, 0 };
    ck_assert_int_eq(rill_new_iterator(vm, 0, counting_next, c, counting_free), RILL_OK);
    rill_vm_free(vm);
    ck_assert_int_eq(freed2, 3);
}
END_TEST

static int self_next(rill_vm *vm, void *data)
{
    rill_ref *me = *(rill_ref **)data;
    if (rill_ref_get(vm, me, 1) != RILL_OK) return RILL_ERROR;
    return rill_next(vm, 1, 0) == RILL_ERROR ? RILL_ERROR : RILL_YIELDED;
}

START_TEST(test_native_iterator_reentry)
{
    rill_vm *vm = vm_with(&out, NULL);
    rill_ref *me = NULL;
    ck_assert_int_eq(rill_new_iterator(vm, 0, self_next, &me, NULL), RILL_OK);
    me = rill_ref_new(vm, 0);
    ck_assert_int_eq(rill_next(vm, 0, 1), RILL_ERROR);
    ck_pending(vm, "ValueError", "native iterator already executing");
    rill_ref_free(vm, me);
    rill_vm_free(vm);
}
END_TEST

/* ---- generators from the host ---------------------------------------------------------- */

static const char *gens =
    "log = []\n"
    "def echo():\n"
    "    try:\n"
    "        got = yield 'ready'\n"
    "        while got != 'stop':\n"
    "            try:\n"
    "                got = yield 'echo ' + str(got)\n"
    "            except KeyError as e:\n"
    "                got = yield 'caught ' + str(e)\n"
    "        return 'stopped'\n"
    "    finally:\n"
    "        log.append('echo finally')\n"
    "def stubborn():\n"
    "    while True:\n"
    "        try:\n"
    "            yield 1\n"
    "        except GeneratorExit:\n"
    "            log.append('ignoring')\n"
    "def stops():\n"
    "    yield 1\n"
    "    raise StopIteration('inner')\n"
    "def returns_value():\n"
    "    yield 1\n"
    "    return [1, 2]\n"
    "def fails():\n"
    "    yield 1\n"
    "    raise ValueError('fails')\n";

/* slot 0 := name() */
static void make_gen(rill_vm *vm, const char *name, int slot)
{
    ck_assert_int_eq(rill_get_global(vm, NULL, name, slot), RILL_OK);
    ck_assert_int_eq(rill_call(vm, slot, 0, slot), RILL_OK);
    ck_assert_int_eq(rill_slot_type(vm, slot), RILL_T_GENERATOR);
}

START_TEST(test_gen_send)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_run(vm, gens);
    make_gen(vm, "echo", 0);
    rill_set_str(vm, 1, "hi", 2);
    /* a just-started generator takes only None */
    ck_assert_int_eq(rill_gen_send(vm, 0, 1, 2), RILL_ERROR);
    ck_pending(vm, "TypeError", "can't send non-None value to a just-started generator");
    ck_assert_int_eq(rill_gen_send(vm, 0, -1, 2), RILL_YIELDED);
    ck_assert_str_eq(slot_str(vm, 2), "ready");
    ck_assert_int_eq(rill_gen_send(vm, 0, 1, 2), RILL_YIELDED);
    ck_assert_str_eq(slot_str(vm, 2), "echo hi");
    ck_assert_int_eq(rill_next(vm, 0, 2), RILL_YIELDED);          /* next sends None */
    ck_assert_str_eq(slot_str(vm, 2), "echo None");
    rill_set_str(vm, 1, "stop", 4);
    ck_assert_int_eq(rill_gen_send(vm, 0, 1, 2), RILL_RETURNED);
    ck_assert_str_eq(slot_str(vm, 2), "stopped");
    ck_assert_int_eq(rill_gen_send(vm, 0, -1, 2), RILL_RETURNED);  /* finished: None */
    ck_assert_int_eq(rill_slot_type(vm, 2), RILL_T_NONE);
    ck_assert_int_eq(rill_gen_send(vm, 0, 1, 2), RILL_RETURNED);
    /* returns_value's list, and errors */
    make_gen(vm, "returns_value", 3);
    ck_assert_int_eq(rill_next(vm, 3, 4), RILL_YIELDED);
    ck_assert_int_eq(rill_next(vm, 3, 4), RILL_RETURNED);
    ck_assert_int_eq(rill_slot_type(vm, 4), RILL_T_LIST);
    make_gen(vm, "stops", 3);
    ck_assert_int_eq(rill_next(vm, 3, 4), RILL_YIELDED);
    ck_assert_int_eq(rill_next(vm, 3, 4), RILL_ERROR);
    ck_pending(vm, "RuntimeError", "generator raised StopIteration");
    make_gen(vm, "fails", 3);
    rill_next(vm, 3, 4);
    ck_assert_int_eq(rill_next(vm, 3, 4), RILL_ERROR);
    ck_pending(vm, "ValueError", "fails");
    ck_assert_int_eq(rill_next(vm, 3, 4), RILL_RETURNED);
    /* not a generator */
    rill_new_list(vm, 5);
    ck_assert_int_eq(rill_gen_send(vm, 5, -1, 6), RILL_ERROR);
    ck_pending(vm, "TypeError", "expected generator, got list");
    ck_assert_int_eq(rill_gen_send(vm, 0, 40, 6), RILL_ERROR);
    ck_pending(vm, "IndexError", NULL);
    ck_assert_int_eq(rill_gen_send(vm, 0, -2, 6), RILL_ERROR);
    ck_pending(vm, "TypeError", NULL);
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_gen_throw)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_run(vm, gens);
    make_gen(vm, "echo", 0);
    rill_next(vm, 0, 1);
    rill_next(vm, 0, 1);
    /* caught inside: the generator yields again */
    rill_eval(vm, "KeyError('k')", 13, 2);
    ck_assert_int_eq(rill_gen_throw(vm, 0, 2, 1), RILL_YIELDED);
    ck_assert_str_eq(slot_str(vm, 1), "caught 'k'");
    /* a class is instantiated; not caught: it comes out, the generator is finished */
    rill_get_global(vm, NULL, "IndexError", 2);
    ck_assert_int_eq(rill_gen_throw(vm, 0, 2, 1), RILL_ERROR);
    ck_pending(vm, "IndexError", "");
    ck_assert_int_eq(rill_next(vm, 0, 1), RILL_RETURNED);
    ck_assert_int_eq(rill_eval(vm, "log", 3, 3), RILL_OK);
    rill_to_repr(vm, 3, 3);
    ck_assert_str_eq(slot_str(vm, 3), "['echo finally']");
    /* into a just-created generator: raised at once, its body never ran */
    make_gen(vm, "echo", 0);
    rill_eval(vm, "ValueError('early')", 19, 2);
    ck_assert_int_eq(rill_gen_throw(vm, 0, 2, 1), RILL_ERROR);
    ck_pending(vm, "ValueError", "early");
    ck_assert_int_eq(rill_next(vm, 0, 1), RILL_RETURNED);
    rill_eval(vm, "len(log)", 8, 3);
    ck_assert_int_eq(slot_int(vm, 3), 1);            /* no finally: the try never started */
    /* into a finished generator: the exception itself */
    ck_assert_int_eq(rill_gen_throw(vm, 0, 2, 1), RILL_ERROR);
    ck_pending(vm, "ValueError", "early");
    /* a throw that makes the generator return gives RILL_RETURNED and the value */
    ck_run(vm, "def catcher():\n    try:\n        yield 1\n    except Exception as e:\n"
               "        return 'got ' + type(e).__name__\n");
    make_gen(vm, "catcher", 0);
    rill_next(vm, 0, 1);
    ck_assert_int_eq(rill_gen_throw(vm, 0, 2, 1), RILL_RETURNED);
    ck_assert_str_eq(slot_str(vm, 1), "got ValueError");
    /* not an exception */
    make_gen(vm, "echo", 0);
    rill_set_int(vm, 2, 5);
    ck_assert_int_eq(rill_gen_throw(vm, 0, 2, 1), RILL_ERROR);
    ck_pending(vm, "TypeError", "exceptions must be classes or instances deriving from "
                                "BaseException, not int");
    rill_vm_free(vm);
}
END_TEST

START_TEST(test_gen_close)
{
    rill_vm *vm = vm_with(&out, NULL);
    ck_run(vm, gens);
    make_gen(vm, "echo", 0);
    rill_next(vm, 0, 1);
    ck_assert_int_eq(rill_gen_close(vm, 0), RILL_OK);
    ck_assert_int_eq(rill_gen_close(vm, 0), RILL_OK);            /* again: nothing */
    ck_assert_int_eq(rill_next(vm, 0, 1), RILL_RETURNED);
    make_gen(vm, "echo", 0);
    ck_assert_int_eq(rill_gen_close(vm, 0), RILL_OK);            /* never started */
    make_gen(vm, "stubborn", 2);
    rill_next(vm, 2, 1);
    ck_assert_int_eq(rill_gen_close(vm, 2), RILL_ERROR);
    ck_pending(vm, "RuntimeError", "generator ignored GeneratorExit");
    rill_eval(vm, "log", 3, 3);
    rill_to_repr(vm, 3, 3);
    ck_assert_str_eq(slot_str(vm, 3), "['echo finally', 'ignoring']");
    rill_set_int(vm, 4, 1);
    ck_assert_int_eq(rill_gen_close(vm, 4), RILL_ERROR);
    ck_pending(vm, "TypeError", "expected generator, got int");
    /* stubborn is still suspended: freeing the VM reports it like CPython, no crash */
    rill_vm_free(vm);
    ck_assert_ptr_nonnull(strstr(out.err, "Exception ignored in: <generator object stubborn"));
}
END_TEST

static int n_resume_self(rill_vm *vm, int argc, void *data)
{
    return rill_next(vm, 1, 0) == RILL_ERROR ? RILL_ERROR : RILL_OK;
}

START_TEST(test_gen_iteration_protocol)
{
    rill_vm *vm = vm_with(&out, NULL);
    /* rill_next on an iterable replaces it by its iterator */
    rill_eval(vm, "[10, 20]", 8, 0);
    ck_assert_int_eq(rill_next(vm, 0, 1), RILL_YIELDED);
    ck_assert_str_eq(rill_slot_type_name(vm, 0), "list_iterator");
    ck_assert_int_eq(slot_int(vm, 1), 10);
    ck_assert_int_eq(rill_next(vm, 0, 1), RILL_YIELDED);
    ck_assert_int_eq(rill_next(vm, 0, 1), RILL_RETURNED);
    /* a class iterator's StopIteration stays inside */
    ck_run(vm, "class It:\n    def __iter__(self): return self\n"
               "    def __next__(self): raise StopIteration('v')\nit = It()\n");
    rill_get_global(vm, NULL, "it", 0);
    ck_assert_int_eq(rill_next(vm, 0, 1), RILL_RETURNED);
    ck_assert(!rill_error_pending(vm));
    ck_assert_int_eq(rill_iter(vm, 0, 2), RILL_OK);
    rill_set_int(vm, 3, 4);
    ck_assert_int_eq(rill_iter(vm, 3, 2), RILL_ERROR);
    ck_pending(vm, "TypeError", "'int' object is not iterable");
    ck_assert_int_eq(rill_next(vm, 3, 2), RILL_ERROR);
    ck_pending(vm, "TypeError", "'int' object is not iterable");
    /* a generator that calls a native resuming itself */
    rill_def_native(vm, NULL, "resume", n_resume_self, 1, 1, NULL);
    ck_run(vm, "def g():\n    yield resume(me)\nme = g()\n");
    rill_get_global(vm, NULL, "me", 0);
    ck_assert_int_eq(rill_next(vm, 0, 1), RILL_ERROR);
    ck_pending(vm, "ValueError", "generator already executing");
    rill_vm_free(vm);
}
END_TEST

/* ---- refs ---------------------------------------------------------------------------------- */

static rill_ref *kept;

static int n_keep(rill_vm *vm, int argc, void *data)
{
    kept = rill_ref_new(vm, 1);
    return kept ? RILL_OK : RILL_ERROR;
}

START_TEST(test_refs)
{
    rill_vm *vm = vm_with(&out, NULL);
    rill_def_native(vm, NULL, "keep", n_keep, 1, 1, NULL);
    ck_run(vm, "def counter():\n"
               "    n = 0\n"
               "    try:\n"
               "        while True:\n"
               "            n += 1\n"
               "            yield n\n"
               "    finally:\n"
               "        print('counter closed at', n)\n"
               "keep(counter())\n");
    /* the generator lives on in the ref only, beyond the native's window */
    ck_assert_ptr_nonnull(kept);
    ck_assert_int_eq(rill_slot_count(vm), 0);
    ck_assert_int_eq(rill_ref_get(vm, kept, 2), RILL_OK);
    ck_assert_int_eq(rill_next(vm, 2, 3), RILL_YIELDED);
    ck_assert_int_eq(rill_next(vm, 2, 3), RILL_YIELDED);
    ck_assert_int_eq(slot_int(vm, 3), 2);
    rill_set_none(vm, 2);
    ck_assert_str_eq(out.out, "");                   /* the ref still holds it */
    rill_ref *second = rill_ref_new(vm, 3);
    rill_ref_free(vm, kept);                         /* the last reference: closes it */
    ck_assert_str_eq(out.out, "counter closed at 2\n");
    ck_assert_int_eq(rill_ref_get(vm, second, 4), RILL_OK);
    ck_assert_int_eq(slot_int(vm, 4), 2);
    rill_ref_free(vm, second);
    rill_ref_free(vm, NULL);
    ck_assert_int_eq(rill_ref_get(vm, NULL, 0), RILL_ERROR);
    ck_pending(vm, "TypeError", "ref must not be NULL");
    ck_assert_ptr_null(rill_ref_new(vm, 50));
    ck_pending(vm, "IndexError", NULL);
    /* a pending exception survives rill_ref_free (a native's cleanup path) */
    rill_set_int(vm, 0, 1);
    rill_ref *r = rill_ref_new(vm, 0);
    rill_raise(vm, "ValueError", "kept");
    rill_ref_free(vm, r);
    ck_pending(vm, "ValueError", "kept");
    /* refs still alive at rill_vm_free are released first: finally runs */
    ck_run(vm, "keep(counter())\n");
    rill_ref_get(vm, kept, 0);
    rill_next(vm, 0, 0);
    out_reset(&out);
    rill_vm_free(vm);
    ck_assert_str_eq(out.out, "counter closed at 1\n");
}
END_TEST

/* A finally run by rill_vm_free calls back into the VM that is going away. */
static int n_at_exit(rill_vm *vm, int argc, void *data)
{
    int *calls = data;
    (*calls)++;
    rill_eval(vm, "1 + 1", 5, 1);
    rill_exec(vm, "x = 1\n", 6, "<exit>", RILL_MODE_FILE);
    rill_get_global(vm, NULL, "x", 2);
    rill_set_global(vm, NULL, "y", 2);
    rill_def_native(vm, NULL, "late", n_at_exit, 0, 0, data);
    rill_new_list(vm, 3);
    rill_ref *r = rill_ref_new(vm, 3);      /* never freed by the host: the VM does it */
    (void)r;
    return rill_set_int(vm, 0, 5);
}

START_TEST(test_callbacks_during_vm_free)
{
    Counter c = { 0 };
    int calls = 0;
    rill_vm *vm = vm_with(&out, &c);
    rill_def_native(vm, NULL, "at_exit", n_at_exit, 0, 0, &calls);
    ck_run(vm, "def g():\n    try:\n        yield 1\n    finally:\n        at_exit()\n"
               "kept = g()\nnext(kept)\n"
               "held = g()\nnext(held)\n");
    rill_get_global(vm, NULL, "held", 0);
    rill_ref *ref = rill_ref_new(vm, 0);
    ck_assert_ptr_nonnull(ref);
    ck_run(vm, "del held\n");
    rill_vm_free(vm);                       /* ref first (globals intact), then kept */
    ck_assert_int_eq(calls, 2);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* ---- limits ---------------------------------------------------------------------------- */

static int poll_after(void *ud)
{
    int *left = ud;
    return --*left < 0;
}

START_TEST(test_limits)
{
    Counter c = { 0 };
    rill_vm *vm = vm_with(&out, &c);
    size_t base = rill_vm_bytes(vm);
    ck_assert_uint_gt(base, 0);
    rill_set_mem_limit(vm, base + 200000);
    ck_assert_int_eq(run(vm, "x = 'a' * 1000000\n"), RILL_ERROR);
    ck_pending(vm, "MemoryError", "");
    rill_set_mem_limit(vm, 0);
    ck_assert_int_eq(run(vm, "x = 'a' * 1000000\nx = None\n"), RILL_OK);
    ck_assert_int_eq(rill_set_recursion_limit(vm, 50), RILL_OK);
    ck_run(vm, "def deep(n): return 0 if n == 0 else 1 + deep(n - 1)\n");
    ck_assert_int_eq(rill_eval(vm, "deep(40)", 8, 0), RILL_OK);
    ck_assert_int_eq(rill_eval(vm, "deep(60)", 8, 0), RILL_ERROR);
    ck_pending(vm, "RecursionError", "maximum recursion depth exceeded");
    ck_assert_int_eq(rill_set_recursion_limit(vm, 0), RILL_ERROR);
    ck_pending(vm, "ValueError", "recursion limit must be greater or equal than 1");
    rill_set_recursion_limit(vm, 1000);
    ck_assert_int_eq(rill_eval(vm, "deep(60)", 8, 0), RILL_OK);
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
    /* the poll hook interrupts a loop */
    int left = 5;
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.poll_fn = poll_after;
    cfg.poll_period = 100;
    cfg.host_ud = &left;
    vm = rill_vm_new(&cfg);
    ck_assert_int_eq(run(vm, "n = 0\nwhile True: n += 1\n"), RILL_ERROR);
    ck_pending(vm, "KeyboardInterrupt", "");
    rill_eval(vm, "n", 1, 0);
    ck_assert_int_ge(slot_int(vm, 0), 400);
    rill_vm_free(vm);
}
END_TEST

static Suite *api_gen_suite(void)
{
    Suite *s = suite_create("api_gen");
    TCase *tc = tcase_create("natives");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_natives_basic);
    tcase_add_test(tc, test_native_errors);
    tcase_add_test(tc, test_reentrancy_50_deep);
    tcase_add_test(tc, test_native_iterators);
    tcase_add_test(tc, test_native_iterator_reentry);
    suite_add_tcase(s, tc);
    tc = tcase_create("generators");
    tcase_add_test(tc, test_gen_send);
    tcase_add_test(tc, test_gen_throw);
    tcase_add_test(tc, test_gen_close);
    tcase_add_test(tc, test_gen_iteration_protocol);
    tcase_add_test(tc, test_refs);
    tcase_add_test(tc, test_callbacks_during_vm_free);
    tcase_add_test(tc, test_limits);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(api_gen_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
