/*
** suggest.c — "Did you mean: 'print'?" after the message of an uncaught NameError or
** AttributeError, chosen as CPython 3.11's Python/suggestions.c chooses it: the
** candidate closest to the missing name by an edit distance on UTF-8 bytes, among at
** most 749 candidates, within a third of the bytes involved. The printer (exc.c) asks
** for it; str(e) never includes it.
**
** Ownership: nothing is kept. Candidates are borrowed from the code object, dict or
** list being scanned, and no script code runs while they are; the one step that may run
** code, dir() of AttributeError.obj, comes first, on references taken beforehand.
*/
#include <stdint.h>
#include <string.h>
#include "suggest.h"
#include "exc.h"
#include "str.h"
#include "seq.h"
#include "dict.h"
#include "code.h"
#include "../stdlib/stdlib.h"

enum {
    MAX_CANDIDATES = 750,       /* a list of this many names or more is not searched */
    MAX_SPAN = 40,              /* the longest differing middle part compared, in bytes */
    MOVE_COST = 2,
    CASE_COST = 1,
};

/* Replacing byte x by y: nothing when equal, CASE_COST for one ASCII letter in its two
   cases, MOVE_COST otherwise (CPython folds only 'A'..'Z'). */
static size_t replace_cost(unsigned char x, unsigned char y)
{
    if (x == y) return 0;
    unsigned char lx = x | 0x20, ly = y | 0x20;
    return lx == ly && lx >= 'a' && lx <= 'z' ? CASE_COST : MOVE_COST;
}

size_t suggest_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    while (na && nb && *a == *b) {
        a++;
        b++;
        na--;
        nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--;
        nb--;
    }
    if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
    if (na > MAX_SPAN || nb > MAX_SPAN) return max_cost + 1;
    if (na > nb) {              /* the row runs along the shorter string */
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    /* every byte b has over a must be inserted */
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    /* One row of the classic matrix, updated in place: before step j, row[i] is the
       cost of turning b[0..j) into a[0..i]; after it, b[0..j] into a[0..i]. */
    size_t row[MAX_SPAN];
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
    size_t cost = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * MOVE_COST;            /* b[0..j) into nothing */
        size_t left = (j + 1) * MOVE_COST;      /* b[0..j] into nothing */
        size_t lowest = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t up = row[i];
            size_t c = diag + replace_cost((unsigned char)b[j], (unsigned char)a[i]);
            size_t step = (left < up ? left : up) + MOVE_COST;
            if (step < c) c = step;
            diag = up;
            row[i] = left = c;
            if (c < lowest) lowest = c;
        }
        /* costs only grow from one row to the next: no way back under max_cost */
        if (lowest > max_cost) return max_cost + 1;
        cost = left;
    }
    return cost;
}

/* The search for one name: the best candidate so far (borrowed) and its distance. */
typedef struct Pick {
    const char *name;
    size_t len;
    RStr *best;
    size_t best_dist;
} Pick;

/* Weighs one candidate. -1 when it is not a str: CPython's search fails then, and
   nothing at all is suggested. */
static int consider(Pick *p, Value cand)
{
    if (!v_is_str(cand)) return -1;
    RStr *s = v_str(cand);
    if (s->len == p->len && memcmp(s->data, p->name, p->len) == 0) return 0;
    /* no more than about a third of the bytes involved may change, and only a strictly
       closer candidate replaces the best one (the first of equals wins) */
    size_t max = (p->len + s->len + 3) * MOVE_COST / 6;
    if (p->best && max >= p->best_dist) max = p->best_dist - 1;
    size_t d = suggest_distance(p->name, p->len, s->data, s->len, max);
    if (d <= max) {
        p->best = s;
        p->best_dist = d;
    }
    return 0;
}

static int scan_names(Pick *p, RStr *const *names, size_t n)
{
    if (n >= MAX_CANDIDATES) return 0;
    for (size_t i = 0; i < n; i++)
        if (consider(p, v_from_obj(names[i])) < 0) return -1;
    return 0;
}

static int scan_dict(Pick *p, RDict *d)
{
    if (!d || d->used >= MAX_CANDIDATES) return 0;
    size_t pos = 0;
    Value k;
    while (dict_next(d, &pos, &k, NULL))
        if (consider(p, k) < 0) return -1;
    return 0;
}

/* The builtins dict of CPython 3.11, in its order: a NameError's search takes the first
   of equally close names, so the order shows (for "fromat", "format" comes before
   "float"). rill's own dict is filled in another order, by several files. */
static const char *const cpython_builtins[] = {
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__",
    "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr",
    "compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals",
    "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter",
    "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr",
    "round", "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented",
    "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod", "complex",
    "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
    "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple",
    "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception",
    "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError",
    "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
    "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError",
    "ValueError", "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError",
    "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
    "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning",
    "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError",
    "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError",
    "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
    "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError",
    "ModuleNotFoundError", "NotImplementedError", "RecursionError", "UnboundLocalError",
    "UnicodeError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
    "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open",
    "quit", "exit", "copyright", "credits", "license", "help",
};
enum { N_CPYTHON_BUILTINS = sizeof cpython_builtins / sizeof cpython_builtins[0] };

static bool is_cpython_builtin(RStr *s)
{
    for (size_t i = 0; i < N_CPYTHON_BUILTINS; i++)
        if (str_eq_cstr(s, cpython_builtins[i])) return true;
    return false;
}

/* The builtins as CPython orders them, then any others (a host's natives) in their own
   order. Quadratic, but on a printed error and a dict of some 150 names. */
static int scan_builtins(Pick *p, RDict *d)
{
    if (!d || d->used >= MAX_CANDIDATES) return 0;
    size_t pos;
    Value k;
    for (size_t i = 0; i < N_CPYTHON_BUILTINS; i++)
        for (pos = 0; dict_next(d, &pos, &k, NULL);)
            if (v_is_str(k) && str_eq_cstr(v_str(k), cpython_builtins[i])) {
                consider(p, k);
                break;
            }
    for (pos = 0; dict_next(d, &pos, &k, NULL);)
        if (!v_is_str(k) || !is_cpython_builtin(v_str(k)))
            if (consider(p, k) < 0) return -1;
    return 0;
}

/* NameError: the local variable names of the innermost entry's code (parameters
   first), then its globals, then the builtins; the first of those with a close name
   decides. Only a NameError that left a frame has these. */
static RStr *name_error_pick(rill_vm *vm, RExc *e, Pick *p)
{
    if (e->ntb == 0) return NULL;
    RCode *co = e->tb[0].code;
    if (scan_names(p, co->localnames, co->nlocals) < 0) return NULL;
    if (!p->best && scan_dict(p, e->tb_globals) < 0) return NULL;
    if (!p->best && scan_builtins(p, vm->builtins) < 0) return NULL;
    if (p->best) obj_incref(p->best);
    return p->best;
}

/* AttributeError: the names of dir(obj), in its (sorted) order. */
static RStr *attribute_error_pick(rill_vm *vm, Value obj, Pick *p)
{
    Value dir = stdlib_dir(vm, obj);
    if (dir == V_NULL) return NULL;
    RStr *r = NULL;
    if (v_is_list(dir) && v_list(dir)->n < MAX_CANDIDATES) {
        RList *l = v_list(dir);
        bool ok = true;
        for (size_t i = 0; ok && i < l->n; i++) ok = consider(p, l->items[i]) == 0;
        if (ok && p->best) {
            r = p->best;
            obj_incref(r);
        }
    }
    v_decref(vm, dir);
    return r;
}

RStr *exc_suggestion(rill_vm *vm, RExc *e)
{
    /* exactly these classes, not their subclasses (UnboundLocalError...) */
    bool attr = e->h.cls == vm->exc_AttributeError;
    if (!attr && e->h.cls != vm->exc_NameError) return NULL;
    if (e->name == V_NULL || !v_is_str(e->name) || (attr && e->obj == V_NULL)) return NULL;
    /* a __dir__ may rebind e.name or e.obj: what is being looked at stays alive */
    RStr *name = (RStr *)v_incref(e->name);
    Value obj = attr ? v_incref(e->obj) : V_NULL;
    RExc *pending = exc_fetch(vm);
    Pick p = { name->data, name->len, NULL, 0 };
    RStr *r = attr ? attribute_error_pick(vm, obj, &p) : name_error_pick(vm, e, &p);
    exc_clear(vm);              /* a failed dir() (or MemoryError) means no suggestion */
    vm->exc = pending;
    v_decref(vm, obj);
    obj_decref(vm, name);
    return r;
}
