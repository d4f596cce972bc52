/*
** exc.c — raising exceptions from C, exception objects, and printing them the way
** CPython 3.11 prints an uncaught exception or an unraisable one (the chain, SyntaxError
** details and the last line; traceback.c writes the entries).
*/
#include <errno.h>
#include <limits.h>
#include <string.h>
#include "exc.h"
#include "str.h"
#include "int.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "code.h"
#include "frame.h"
#include "ops.h"
#include "func.h"
#include "suggest.h"

/* ---- objects ------------------------------------------------------------------- */

static int syntax_set_attrs(rill_vm *vm, RExc *e, const Value *args, size_t nargs);

/* The instance without any class's __init__ (BaseException.__new__). */
static RExc *exc_alloc(rill_vm *vm, RClass *cls, RTuple *args)
{
    RExc *e = obj_alloc(vm, K_EXC, cls, sizeof(RExc), true);
    if (!e) return NULL;
    if (!args) args = vm->empty_tuple;
    obj_incref(args);
    e->args = args;
    e->dict = NULL;
    e->cause = V_NONE;
    e->context = V_NONE;
    e->suppress_context = false;
    e->tb = NULL;
    e->ntb = e->tbcap = 0;
    e->name = e->obj = V_NULL;
    e->tb_globals = NULL;
    return e;
}

RExc *exc_new(rill_vm *vm, RClass *cls, RTuple *args)
{
    RExc *e = exc_alloc(vm, cls, args);
    /* what SyntaxError.__init__ makes of the arguments, as when CPython's C code
       raises it by calling the class */
    if (e && class_is_subclass(cls, vm->exc_SyntaxError) &&
        syntax_set_attrs(vm, e, e->args->items, e->args->n) < 0) {
        obj_decref(vm, e);
        return NULL;
    }
    return e;
}

RExc *exc_new_msg(rill_vm *vm, RClass *cls, const char *msg)
{
    RStr *s = str_from_cstr(vm, msg);
    if (!s) return NULL;
    RTuple *args = tuple_pack(vm, 1, v_from_obj(s));
    obj_decref(vm, s);
    if (!args) return NULL;
    RExc *e = exc_new(vm, cls, args);
    obj_decref(vm, args);
    return e;
}

void exc_traverse(RExc *e, VisitFn visit, void *arg)
{
    if (e->args) visit(&e->args->h, arg);
    if (e->dict) visit(&e->dict->h, arg);
    v_visit(e->cause, visit, arg);
    v_visit(e->context, visit, arg);
    v_visit(e->name, visit, arg);
    v_visit(e->obj, visit, arg);
    if (e->tb_globals) visit(&e->tb_globals->h, arg);
    for (uint32_t i = 0; i < e->ntb; i++)
        if (e->tb[i].locals) visit(&e->tb[i].locals->h, arg);
}

void exc_release(rill_vm *vm, RExc *e)
{
    obj_store(vm, &e->args, NULL);
    obj_store(vm, &e->dict, NULL);
    v_store(vm, &e->cause, V_NONE);
    v_store(vm, &e->context, V_NONE);
    v_store(vm, &e->name, V_NULL);
    v_store(vm, &e->obj, V_NULL);
    obj_store(vm, &e->tb_globals, NULL);
    TbEntry *tb = e->tb;
    uint32_t n = e->ntb, cap = e->tbcap;
    e->tb = NULL;
    e->ntb = e->tbcap = 0;
    /* innermost frame first, as CPython's chain of tracebacks frees them; each frame's
       locals in their order (a frame clears forward, a tuple would go backward) */
    for (uint32_t i = 0; i < n; i++) {
        RTuple *l = tb[i].locals;
        if (l && l->h.rc == 1)
            for (size_t j = 0; j < l->n; j++) v_store(vm, &l->items[j], V_NONE);
        obj_xdecref(vm, l);
        obj_decref(vm, tb[i].code);
    }
    mem_free(vm, tb, cap * sizeof(TbEntry));
}

int exc_add_tb(rill_vm *vm, RExc *e, RCode *code, uint32_t at, RDict *globals)
{
    if (e->ntb == e->tbcap) {
        /* Growing may fail with MemoryError, which must not replace (and free) the
           exception being propagated: a traceback short of an entry is still valid. */
        RExc *pending = exc_fetch(vm);
        size_t ncap = mem_grow_cap(e->tbcap, (size_t)e->ntb + 1);
        TbEntry *ntb = mem_realloc(vm, e->tb, e->tbcap * sizeof(TbEntry), ncap * sizeof(TbEntry));
        exc_clear(vm);
        vm->exc = pending;
        if (!ntb) return -1;
        e->tb = ntb;
        e->tbcap = (uint32_t)ncap;
    }
    obj_incref(code);
    e->tb[e->ntb].code = code;
    e->tb[e->ntb].line = code_line(code, at);
    e->tb[e->ntb].at = at;
    e->tb[e->ntb].locals = NULL;
    if (e->ntb++ == 0 && e->h.cls == vm->exc_NameError && globals) {
        obj_incref(globals);
        obj_store(vm, &e->tb_globals, globals);
    }
    return 0;
}

void exc_keep_locals(rill_vm *vm, RExc *e, RCode *code, Value *values, size_t n)
{
    if (!e || e->ntb == 0 || e == vm->memerror) return;
    TbEntry *t = &e->tb[e->ntb - 1];
    if (t->code != code || t->locals) return;
    size_t live = 0;
    for (size_t i = 0; i < n; i++) live += values[i] != V_NULL;
    if (live == 0) return;
    RExc *pending = exc_fetch(vm);
    RTuple *tup = tuple_new(vm, live);
    exc_clear(vm);
    vm->exc = pending;
    if (!tup) return;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (values[i] == V_NULL) continue;
        tuple_init_item(tup, k++, values[i]);
        values[i] = V_NULL;
    }
    t->locals = tup;
}

Value exc_stopiteration_value(rill_vm *vm, RExc *e)
{
    (void)vm;
    if (e->args && e->args->n > 0) return v_incref(e->args->items[0]);
    return V_NONE;
}

/* ---- raising -------------------------------------------------------------------- */

/* The context chain of the handled exception must not come back to e: cut it where it
   would (CPython's _PyErr_SetObject). */
static void set_context(rill_vm *vm, RExc *e)
{
    Value handled = exc_info_current(vm);
    if (handled == V_NONE || handled == v_from_obj(e)) return;
    RExc *o = v_exc(handled);
    for (int guard = 0; guard < 100000; guard++) {
        Value ctx = o->context;
        if (ctx == V_NONE) break;
        if (ctx == v_from_obj(e)) {
            v_store(vm, &o->context, V_NONE);
            break;
        }
        o = v_exc(ctx);
    }
    v_store(vm, &e->context, v_incref(handled));
}

void exc_set(rill_vm *vm, RExc *e)
{
    set_context(vm, e);
    RExc *old = vm->exc;
    vm->exc = e;
    obj_xdecref(vm, old);
}

RExc *exc_fetch(rill_vm *vm)
{
    RExc *e = vm->exc;
    vm->exc = NULL;
    return e;
}

void exc_clear(rill_vm *vm)
{
    RExc *e = exc_fetch(vm);
    obj_xdecref(vm, e);
}

bool exc_matches(rill_vm *vm, RClass *cls)
{
    return vm->exc && class_is_subclass(vm->exc->h.cls, cls);
}

Value exc_nomem(rill_vm *vm)
{
    RExc *m = vm->memerror;
    if (!m) return V_NULL;
    /* the preallocated instance is reused: forget where it was raised last time */
    for (uint32_t i = 0; i < m->ntb; i++) obj_decref(vm, m->tb[i].code);
    m->ntb = 0;
    if (vm->exc == m) return V_NULL;
    obj_incref(m);
    RExc *old = vm->exc;
    vm->exc = m;
    obj_xdecref(vm, old);
    return V_NULL;
}

Value exc_vraisef(rill_vm *vm, RClass *cls, const char *fmt, va_list ap)
{
    RStr *msg = str_vformat(vm, fmt, ap);
    if (!msg) return V_NULL;
    RTuple *args = tuple_pack(vm, 1, v_from_obj(msg));
    obj_decref(vm, msg);
    if (!args) return V_NULL;
    RExc *e = exc_new(vm, cls, args);
    obj_decref(vm, args);
    if (e) exc_set(vm, e);
    return V_NULL;
}

Value exc_raisef(rill_vm *vm, RClass *cls, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    exc_vraisef(vm, cls, fmt, ap);
    va_end(ap);
    return V_NULL;
}

int exc_raisef_i(rill_vm *vm, RClass *cls, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    exc_vraisef(vm, cls, fmt, ap);
    va_end(ap);
    return -1;
}

void *exc_raisef_p(rill_vm *vm, RClass *cls, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    exc_vraisef(vm, cls, fmt, ap);
    va_end(ap);
    return NULL;
}

Value exc_raise_arg(rill_vm *vm, RClass *cls, Value arg)
{
    RTuple *args = tuple_pack(vm, 1, arg);
    if (!args) return V_NULL;
    RExc *e = exc_new(vm, cls, args);
    obj_decref(vm, args);
    if (e) exc_set(vm, e);
    return V_NULL;
}

Value exc_raise_name_error(rill_vm *vm, const char *fmt, RStr *name)
{
    exc_raisef(vm, vm->exc_NameError, fmt, name);
    RExc *e = vm->exc;
    /* (MemoryError may have come instead) */
    if (e && e->h.cls == vm->exc_NameError && e->name == V_NULL)
        e->name = v_incref(v_from_obj(name));
    return V_NULL;
}

void exc_attr_context(rill_vm *vm, Value obj, RStr *name)
{
    RExc *e = vm->exc;
    if (!e || !class_is_subclass(e->h.cls, vm->exc_AttributeError)) return;
    if (e->name != V_NULL || e->obj != V_NULL) return;     /* set by an inner lookup */
    e->name = v_incref(v_from_obj(name));
    e->obj = v_incref(obj);
}

int exc_init_keywords(rill_vm *vm, RExc *e, const Value *kwvals, RTuple *kwnames)
{
    size_t n = kwnames ? kwnames->n : 0;
    bool attr = class_is_subclass(e->h.cls, vm->exc_AttributeError);
    if (!attr && !class_is_subclass(e->h.cls, vm->exc_NameError)) {
        if (n == 0) return 0;
        return exc_raisef_i(vm, vm->exc_TypeError, "%U() takes no keyword arguments",
                            e->h.cls->name);
    }
    /* PyArg_ParseTupleAndKeywords("|$O:NameError") or ("|$OO:AttributeError"): the
       count first, then the first unknown keyword; the class named is the base one */
    const char *fn = attr ? "AttributeError" : "NameError";
    size_t max = attr ? 2 : 1;
    if (n > max)
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "%s() takes at most %zu keyword argument%s (%zu given)", fn, max,
                            max == 1 ? "" : "s", n);
    Value name = V_NULL, obj = V_NULL;
    for (size_t i = 0; i < n; i++) {
        RStr *k = v_str(kwnames->items[i]);
        if (str_eq_cstr(k, "name")) name = kwvals[i];
        else if (attr && str_eq_cstr(k, "obj")) obj = kwvals[i];
        else
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "'%U' is an invalid keyword argument for %s()", k, fn);
    }
    v_store(vm, &e->name, v_incref(name));
    if (attr) v_store(vm, &e->obj, v_incref(obj));
    return 0;
}

static int set_attr_cstr(rill_vm *vm, RExc *e, const char *name, Value v)
{
    if (!e->dict && !(e->dict = dict_new(vm))) return -1;
    RStr *k = str_intern_cstr(vm, name);
    if (!k) return -1;
    int r = dict_set_str(vm, e->dict, k, v);
    obj_decref(vm, k);
    return r;
}

/* SyntaxError's attributes, which CPython keeps as members (None until set): the
   built-in class holds None for each, an instance its own values in its dict. */
static const char *const syntax_members[] = {
    "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
    "print_file_and_line", NULL
};

/* SyntaxError.__init__ after BaseException's: msg from args[0]; with two arguments the
   second is the details (filename, lineno, offset, text[, end_lineno, end_offset]), any
   iterable, checked with CPython's messages. 0 / -1. */
static int syntax_set_attrs(rill_vm *vm, RExc *e, const Value *args, size_t nargs)
{
    if (nargs >= 1 && set_attr_cstr(vm, e, "msg", args[0]) < 0) return -1;
    if (nargs != 2) return 0;
    RTuple *info = tuple_from_iter(vm, args[1]);
    if (!info) return -1;
    int r = 0;
    if (info->n < 4 || info->n > 6)
        r = exc_raisef_i(vm, vm->exc_TypeError, "function takes at %s %d arguments (%zu given)",
                         info->n < 4 ? "least" : "most", info->n < 4 ? 4 : 6, info->n);
    else if (info->n == 5)
        r = exc_raisef_i(vm, vm->exc_TypeError,
                         "end_offset must be provided when end_lineno is provided");
    for (size_t i = 0; r == 0 && i < 6; i++)
        r = set_attr_cstr(vm, e, syntax_members[i + 1], i < info->n ? info->items[i] : V_NONE);
    obj_decref(vm, info);
    return r;
}

void exc_raise_syntax(rill_vm *vm, RClass *cls, const char *msg, const char *filename,
                      int line, int col, int end_line, int end_col, const char *text,
                      size_t textlen, bool newline)
{
    Value vtext = V_NONE;
    if (text && utf8_valid(text, textlen)) {
        RStr *t = str_alloc(vm, textlen + newline);
        if (!t) return;
        memcpy(t->data, text, textlen);
        if (newline) t->data[textlen] = '\n';
        vtext = v_from_obj(str_finish(t));
    }
    RStr *m = str_from_cstr(vm, msg), *fn = str_from_cstr(vm, filename);
    RTuple *info = m && fn ? tuple_pack(vm, 6, v_from_obj(fn), v_int(line), v_int(col), vtext,
                                        end_line < 0 ? V_NONE : v_int(end_line), v_int(end_col))
                           : NULL;
    RTuple *args = info ? tuple_pack(vm, 2, v_from_obj(m), v_from_obj(info)) : NULL;
    RExc *e = args ? exc_new(vm, cls, args) : NULL;
    if (e) exc_set(vm, e);
    obj_xdecref(vm, args);
    obj_xdecref(vm, info);
    obj_xdecref(vm, m);
    obj_xdecref(vm, fn);
    v_decref(vm, vtext);
}

/* ---- str() and printing ---------------------------------------------------------- */

static Value dict_attr(RExc *e, const char *name)
{
    if (!e->dict) return V_NULL;
    size_t pos = 0;
    Value k, v;
    while (dict_next(e->dict, &pos, &k, &v))
        if (v_is_str(k) && str_eq_cstr(v_str(k), name)) return v;
    return V_NULL;
}

/* A SyntaxError attribute (None when unset). Borrowed. */
static Value syntax_attr(RExc *e, const char *name)
{
    Value v = dict_attr(e, name);
    return v == V_NULL ? V_NONE : v;
}

/* str() of a SyntaxError: "msg (file, line N)", the file's base name only, each part
   when there is one (an exact int lineno, a str filename), as CPython's. */
static RStr *syntax_str(rill_vm *vm, RExc *e)
{
    Value msg = syntax_attr(e, "msg"), fn = syntax_attr(e, "filename");
    Value ln = syntax_attr(e, "lineno");
    bool have_line = int_check(ln) && !v_is_bool(ln);
    RStr *base = NULL;
    if (v_is_str(fn)) {
        RStr *f = v_str(fn);
        size_t off = f->len;
        while (off > 0 && f->data[off - 1] != '/') off--;
        if (!(base = str_new(vm, f->data + off, f->len - off))) return NULL;
    }
    RStr *r;
    if (base && have_line) r = str_format(vm, "%S (%U, line %S)", msg, base, ln);
    else if (base) r = str_format(vm, "%S (%U)", msg, base);
    else if (have_line) r = str_format(vm, "%S (line %S)", msg, ln);
    else r = obj_str(vm, msg);
    obj_xdecref(vm, base);
    return r;
}

RStr *exc_str(rill_vm *vm, RExc *e)
{
    RClass *cls = e->h.cls;
    size_t n = e->args ? e->args->n : 0;
    if (class_is_subclass(cls, vm->exc_SyntaxError)) return syntax_str(vm, e);
    if (class_is_subclass(cls, vm->exc_KeyError) && n == 1)
        return obj_repr(vm, e->args->items[0]);
    if (class_is_subclass(cls, vm->exc_OSError) && n >= 2 && v_is_int(e->args->items[0])) {
        if (n >= 3)
            return str_format(vm, "[Errno %S] %S: %R", e->args->items[0], e->args->items[1],
                              e->args->items[2]);
        return str_format(vm, "[Errno %S] %S", e->args->items[0], e->args->items[1]);
    }
    if (n == 0) {
        obj_incref(vm->empty_str);
        return vm->empty_str;
    }
    if (n == 1) return obj_str(vm, e->args->items[0]);
    return obj_str(vm, v_from_obj(e->args));
}

/* ANSI colors of tracebacks when the host sets cfg.color_errors (CPython 3.13's scheme:
   locations magenta, the exception type bold magenta, its message magenta). */
#define C_LOC "\x1b[35m"
#define C_TYPE "\x1b[1;35m"
#define C_MSG "\x1b[35m"
#define C_END "\x1b[0m"

/* What CPython's traceback printer reads from a SyntaxError (parse_syntax_error): when
   a location attribute is not an int (None aside) it prints the exception as any other. */
typedef struct SyntaxInfo {
    Value msg, filename, text;          /* borrowed; filename None: "<string>" */
    int64_t lineno, offset, end_lineno, end_offset;
} SyntaxInfo;

static bool syntax_int(Value v, int64_t none, int64_t *out)
{
    if (v == V_NONE) {
        *out = none;
        return true;
    }
    return int_check(v) && int_to_i64(v, out);
}

static bool syntax_info(RExc *e, SyntaxInfo *si)
{
    si->msg = syntax_attr(e, "msg");
    si->filename = syntax_attr(e, "filename");
    si->text = syntax_attr(e, "text");
    return int_check(syntax_attr(e, "lineno")) &&
           int_to_i64(syntax_attr(e, "lineno"), &si->lineno) &&
           syntax_int(syntax_attr(e, "offset"), -1, &si->offset) &&
           syntax_int(syntax_attr(e, "end_lineno"), si->lineno, &si->end_lineno) &&
           syntax_int(syntax_attr(e, "end_offset"), -1, &si->end_offset);
}

/* The code point at index i of t. */
static uint32_t cp_at(RStr *t, size_t i) { return str_codepoint_at(t, str_offset(t, i), NULL); }

/* "File, line / text / caret" block of a SyntaxError, as CPython 3.11's
   print_exception_file_and_line and print_error_text, in code points. */
static void print_syntax_detail(rill_vm *vm, StrBuf *b, RExc *e, const SyntaxInfo *si)
{
    const char *loc = vm->cfg.color_errors ? C_LOC : "", *end = vm->cfg.color_errors ? C_END : "";
    sb_addf(b, "  File \"%s", loc);
    if (si->filename == V_NONE) sb_adds(b, "<string>");
    else sb_add_strof(b, si->filename);
    sb_addf(b, "%s\", line %s%lld%s\n", end, loc, (long long)si->lineno, end);
    if (!v_is_str(si->text)) return;
    RStr *t = v_str(si->text);
    int64_t size = (int64_t)t->nchars, offset = si->offset, end_offset = si->end_offset;
    /* an error over several lines is marked to the end of its first one */
    if (si->end_lineno > si->lineno) end_offset = size;
    if (end_offset > size + 1) end_offset = size + 1;
    int64_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    /* CPython 3.11 marks an IndentationError (and TabError) with one caret whatever
       its end_offset says */
    if (class_is_subclass(e->h.cls, vm->exc_IndentationError)) carets = 1;
    int64_t o = offset - 1;
    size_t start = 0;
    while (start < t->nchars && (cp_at(t, start) == ' ' || cp_at(t, start) == '\t' ||
                                 cp_at(t, start) == '\f')) {
        start++;
        o--;
    }
    int64_t len = (int64_t)(t->nchars - start);
    if (len > 0 && cp_at(t, t->nchars - 1) == '\n') len--;
    if (o > len) o = len;
    /* skip past the lines of the text before the one the offset is on */
    for (size_t i = start; i < t->nchars && (int64_t)(i - start) < o; i++) {
        if (cp_at(t, i) != '\n') continue;
        int64_t skip = (int64_t)(i + 1 - start);
        start = i + 1;
        len -= skip;
        o -= skip;
        i = start - 1;
    }
    size_t b0 = str_offset(t, start);
    sb_adds(b, "    ");
    sb_add(b, t->data + b0, t->len - b0);
    if (len < 0 || start + (size_t)len >= t->nchars || cp_at(t, start + (size_t)len) != '\n')
        sb_addc(b, '\n');
    if (o < 0) return;
    sb_adds(b, "    ");
    for (int64_t i = 0; i < o; i++) sb_addc(b, ' ');
    for (int64_t i = 0; i < carets; i++) sb_addc(b, '^');
    sb_addc(b, '\n');
}

/* ". Did you mean: 'name'?" when there is a name to suggest (suggest.c). */
static void print_suggestion(rill_vm *vm, StrBuf *b, RExc *e)
{
    RStr *s = exc_suggestion(vm, e);
    if (!s) return;
    sb_adds(b, ". Did you mean: ");
    sb_add_str_repr(b, s);
    sb_addc(b, '?');
    obj_decref(vm, s);
}

/* The "Type: message" line (module-qualified unless builtins or __main__). A traceback
   adds "Did you mean" suggestions and omits the colon of an empty message; the
   unraisable hook does neither (it always writes ": " after the name, as CPython's
   does). A SyntaxError whose details were printed (si) shows its msg attribute. */
static void print_last_line(rill_vm *vm, StrBuf *b, RExc *e, bool unraisable,
                            const SyntaxInfo *si)
{
    bool suggest = !unraisable;
    RClass *cls = e->h.cls;
    Value mod = dict_get_str(cls->dict, vm->s___module__);
    if (vm->cfg.color_errors) sb_adds(b, C_TYPE);
    if (mod != V_NULL && v_is_str(mod) && !str_eq_cstr(v_str(mod), "builtins") &&
        !str_eq_cstr(v_str(mod), "__main__")) {
        sb_add_str(b, v_str(mod));
        sb_addc(b, '.');
    }
    sb_add_str(b, cls->qualname ? cls->qualname : cls->name);
    if (vm->cfg.color_errors) sb_adds(b, C_END);
    if (si && si->msg == V_NONE) {
        sb_addc(b, '\n');
        return;
    }
    RStr *msg = obj_str(vm, si ? si->msg : v_from_obj(e));     /* a user __str__ included */
    if (!msg) {
        /* str() itself failed: CPython prints this placeholder */
        exc_clear(vm);
        sb_adds(b, ": <exception str() failed>");
        if (suggest) print_suggestion(vm, b, e);
        sb_addc(b, '\n');
        return;
    }
    /* the suggestion belongs to the message, colored with it */
    bool color = vm->cfg.color_errors && msg->len > 0;
    if (msg->len > 0 || unraisable) {
        sb_adds(b, ": ");
        if (color) sb_adds(b, C_MSG);
        sb_add_str(b, msg);
    }
    obj_decref(vm, msg);
    if (suggest) print_suggestion(vm, b, e);
    if (color) sb_adds(b, C_END);
    sb_addc(b, '\n');
}

static void print_one(rill_vm *vm, StrBuf *b, RExc *e, int depth)
{
    if (depth < 100) {
        if (e->cause != V_NONE && v_is_kind(e->cause, K_EXC)) {
            print_one(vm, b, v_exc(e->cause), depth + 1);
            sb_adds(b, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context != V_NONE && !e->suppress_context && v_is_kind(e->context, K_EXC)) {
            print_one(vm, b, v_exc(e->context), depth + 1);
            sb_adds(b, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    exc_print_tb(vm, b, e);
    SyntaxInfo si;
    bool syntax = class_is_subclass(e->h.cls, vm->exc_SyntaxError) && syntax_info(e, &si);
    if (syntax) print_syntax_detail(vm, b, e, &si);
    print_last_line(vm, b, e, false, syntax ? &si : NULL);
}

static void emit(rill_vm *vm, StrBuf *b)
{
    if (b->data) vm_write(vm, 2, b->data, b->len);
    sb_free(b);
}

void exc_print_to(rill_vm *vm, RExc *e, void (*sink)(void *ud, const char *s, size_t n),
                  void *ud)
{
    /* printing may run __str__: keep any exception it raises from escaping */
    RExc *saved = exc_fetch(vm);
    StrBuf b;
    sb_init(&b, vm);
    print_one(vm, &b, e, 0);
    if (b.data) sink(ud, b.data, b.len);
    sb_free(&b);
    exc_clear(vm);
    vm->exc = saved;
}

static void stderr_sink(void *ud, const char *s, size_t n) { vm_write(ud, 2, s, n); }

void exc_print(rill_vm *vm, RExc *e) { exc_print_to(vm, e, stderr_sink, vm); }

void exc_report_unraisable(rill_vm *vm, Value obj)
{
    RExc *e = exc_fetch(vm);
    if (!e) return;
    StrBuf b;
    sb_init(&b, vm);
    sb_adds(&b, "Exception ignored in: ");
    if (sb_add_repr(&b, obj) < 0) {
        exc_clear(vm);
        b.failed = false;
        sb_adds(&b, "<object repr() failed>");
    }
    sb_addc(&b, '\n');
    /* the exception's own traceback and last line: the hook prints no chain */
    exc_print_tb(vm, &b, e);
    print_last_line(vm, &b, e, true, NULL);
    exc_clear(vm);
    emit(vm, &b);
    obj_decref(vm, e);
}

/* ---- OSError and errno (PEP 3151) ----------------------------------------------------- */

RClass *exc_errno_class(rill_vm *vm, long err)
{
    switch (err) {
    case ENOENT: return vm->exc_FileNotFoundError;
    case EEXIST: return vm->exc_FileExistsError;
    case EISDIR: return vm->exc_IsADirectoryError;
    case ENOTDIR: return vm->exc_NotADirectoryError;
    case EACCES: case EPERM: return vm->exc_PermissionError;
    case EINTR: return vm->exc_InterruptedError;
    case EAGAIN: case EALREADY: case EINPROGRESS: return vm->exc_BlockingIOError;
    case EPIPE: case ESHUTDOWN: return vm->exc_BrokenPipeError;
    case ECHILD: return vm->exc_ChildProcessError;
    case ECONNABORTED: return vm->exc_ConnectionAbortedError;
    case ECONNREFUSED: return vm->exc_ConnectionRefusedError;
    case ECONNRESET: return vm->exc_ConnectionResetError;
    case ESRCH: return vm->exc_ProcessLookupError;
    case ETIMEDOUT: return vm->exc_TimeoutError;
    default: return vm->exc_OSError;
    }
}

Value exc_raise_errno(rill_vm *vm, int err, Value filename)
{
    RStr *msg = str_from_cstr(vm, strerror(err));
    if (!msg) return V_NULL;
    RTuple *args = filename != V_NULL
                 ? tuple_pack(vm, 3, v_int(err), v_from_obj(msg), filename)
                 : tuple_pack(vm, 2, v_int(err), v_from_obj(msg));
    obj_decref(vm, msg);
    if (!args) return V_NULL;
    RExc *e = exc_new(vm, exc_errno_class(vm, err), args);
    obj_decref(vm, args);
    if (e) exc_set(vm, e);
    return V_NULL;
}

Value exc_instantiate(rill_vm *vm, RClass *cls, const Value *args, size_t nargs,
                      RTuple *kwnames, bool take_keywords)
{
    /* only OSError itself maps (its subclasses are what they are), and only with 2 to 5
       arguments, as CPython's OSError.__new__ */
    if (cls == vm->exc_OSError && nargs >= 2 && nargs <= 5 && int_check(args[0])) {
        int64_t err;
        if (int_to_i64(args[0], &err) && err >= LONG_MIN && err <= LONG_MAX)
            cls = exc_errno_class(vm, (long)err);
    }
    RTuple *t = tuple_from_array(vm, args, nargs);
    if (!t) return V_NULL;
    /* with an __init__ of its own, the class gets neither the built-in base's
       attributes nor its keywords */
    RExc *e = take_keywords ? exc_new(vm, cls, t) : exc_alloc(vm, cls, t);
    obj_decref(vm, t);
    if (!e) return V_NULL;
    if (take_keywords && exc_init_keywords(vm, e, args + nargs, kwnames) < 0) {
        obj_decref(vm, e);
        return V_NULL;
    }
    return v_from_obj(e);
}

/* ---- the exception classes' methods and attributes ------------------------------------ */

static Value be_init(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RExc *e = v_exc(args[0]);
    RTuple *t = tuple_from_array(vm, args + 1, nargs - 1);
    if (!t) return V_NULL;
    obj_store(vm, &e->args, t);
    return V_NONE;
}

static Value be_str(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RStr *s = exc_str(vm, v_exc(args[0]));
    return s ? v_from_obj(s) : V_NULL;
}

static Value be_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RExc *e = v_exc(args[0]);
    StrBuf b;
    sb_init(&b, vm);
    sb_add_str(&b, e->h.cls->name);
    if (!e->args || e->args->n == 0) {
        sb_adds(&b, "()");
    } else if (e->args->n == 1) {
        sb_addc(&b, '(');
        sb_add_repr(&b, e->args->items[0]);
        sb_addc(&b, ')');
    } else {
        sb_add_repr(&b, v_from_obj(e->args));
    }
    RStr *s = sb_finish(&b);
    return s ? v_from_obj(s) : V_NULL;
}

static Value be_with_traceback(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_incref(args[0]);
}

static const CFuncDef base_exception_methods[] = {
    { "__init__", be_init, CF_METHOD, -1, -1, "Initialize self." },
    { "__str__", be_str, CF_METHOD, 0, 0, "Return str(self)." },
    { "__repr__", be_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { "with_traceback", be_with_traceback, CF_METHOD, 1, 1,
      "Set self.__traceback__ to tb and return self." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static Value g_args(rill_vm *vm, Value self)
{
    RExc *e = v_exc(self);
    return e->args ? v_incref(v_from_obj(e->args)) : v_incref(v_from_obj(vm->empty_tuple));
}

static int s_args(rill_vm *vm, Value self, Value v)
{
    if (v == V_NULL) return exc_raisef_i(vm, vm->exc_TypeError, "args may not be deleted");
    RList *l = list_from_iter(vm, v);
    if (!l) return -1;
    RTuple *t = tuple_from_array(vm, l->items, l->n);
    obj_decref(vm, l);
    if (!t) return -1;
    obj_store(vm, &v_exc(self)->args, t);
    return 0;
}

static Value g_cause(rill_vm *vm, Value self) { return v_incref(v_exc(self)->cause); }
static Value g_context(rill_vm *vm, Value self) { return v_incref(v_exc(self)->context); }
static Value g_suppress(rill_vm *vm, Value self) { return v_bool(v_exc(self)->suppress_context); }
static Value g_traceback(rill_vm *vm, Value self) { return V_NONE; }

static int check_exc_or_none(rill_vm *vm, Value v, const char *what)
{
    if (v == V_NULL) return exc_raisef_i(vm, vm->exc_TypeError, "%s may not be deleted", what);
    if (v != V_NONE && !v_is_kind(v, K_EXC))
        return exc_raisef_i(vm, vm->exc_TypeError, "exception %s must be None or derive from BaseException",
                            what);
    return 0;
}

static int s_cause(rill_vm *vm, Value self, Value v)
{
    if (check_exc_or_none(vm, v, "cause") < 0) return -1;
    v_store(vm, &v_exc(self)->cause, v_incref(v));
    v_exc(self)->suppress_context = true;
    return 0;
}

static int s_context(rill_vm *vm, Value self, Value v)
{
    if (check_exc_or_none(vm, v, "context") < 0) return -1;
    v_store(vm, &v_exc(self)->context, v_incref(v));
    return 0;
}

static int s_suppress(rill_vm *vm, Value self, Value v)
{
    int t = obj_truth(vm, v);
    if (t < 0) return -1;
    v_exc(self)->suppress_context = t;
    return 0;
}

static int s_traceback(rill_vm *vm, Value self, Value v) { return 0; }

static const GetSetDef base_exception_getsets[] = {
    { "args", g_args, s_args },
    { "__cause__", g_cause, s_cause },
    { "__context__", g_context, s_context },
    { "__suppress_context__", g_suppress, s_suppress },
    { "__traceback__", g_traceback, s_traceback },
    { NULL, NULL, NULL }
};

static Value first_arg_or_none(RExc *e)
{
    return e->args && e->args->n > 0 ? v_incref(e->args->items[0]) : V_NONE;
}

static Value g_value(rill_vm *vm, Value self) { return first_arg_or_none(v_exc(self)); }

static Value g_code(rill_vm *vm, Value self)
{
    RExc *e = v_exc(self);
    if (e->args && e->args->n > 1) return v_incref(v_from_obj(e->args));
    return first_arg_or_none(e);
}

static Value g_errno(rill_vm *vm, Value self)
{
    RExc *e = v_exc(self);
    return e->args && e->args->n >= 2 ? v_incref(e->args->items[0]) : V_NONE;
}

static Value g_strerror(rill_vm *vm, Value self)
{
    RExc *e = v_exc(self);
    return e->args && e->args->n >= 2 ? v_incref(e->args->items[1]) : V_NONE;
}

static Value g_filename(rill_vm *vm, Value self)
{
    RExc *e = v_exc(self);
    return e->args && e->args->n >= 3 ? v_incref(e->args->items[2]) : V_NONE;
}

/* NameError.name, AttributeError.name and .obj: plain members, which may be set to
   anything and deleted (unset again: reading gives None). */
static Value member_get(Value v) { return v == V_NULL ? V_NONE : v_incref(v); }
static Value g_name(rill_vm *vm, Value self) { return member_get(v_exc(self)->name); }
static Value g_obj(rill_vm *vm, Value self) { return member_get(v_exc(self)->obj); }

static int s_name(rill_vm *vm, Value self, Value v)
{
    v_store(vm, &v_exc(self)->name, v_incref(v));
    return 0;
}

static int s_obj(rill_vm *vm, Value self, Value v)
{
    v_store(vm, &v_exc(self)->obj, v_incref(v));
    return 0;
}

/* NameError.__init__, AttributeError.__init__, SyntaxError.__init__ (the constructors
   of the built-in classes do the same without a call): BaseException's, then the
   class's own attributes and keywords. */
static Value named_init(rill_vm *vm, RClass *cls, const Value *args, size_t nargs, RTuple *kw)
{
    if (nargs == 0)
        return exc_raisef(vm, vm->exc_TypeError,
                          "descriptor '__init__' of '%U' object needs an argument", cls->name);
    if (!v_is_kind(args[0], K_EXC) || !class_is_subclass(v_obj(args[0])->cls, cls))
        return exc_raisef(vm, vm->exc_TypeError,
                          "descriptor '__init__' requires a '%U' object but received a '%T'",
                          cls->name, args[0]);
    if (be_init(vm, args, nargs, NULL) == V_NULL) return V_NULL;
    if (cls == vm->exc_SyntaxError && syntax_set_attrs(vm, v_exc(args[0]), args + 1, nargs - 1) < 0)
        return V_NULL;
    return exc_init_keywords(vm, v_exc(args[0]), args + nargs, kw) < 0 ? V_NULL : V_NONE;
}

static Value syntax_error_init(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return named_init(vm, vm->exc_SyntaxError, args, nargs, kw);
}

static Value name_error_init(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return named_init(vm, vm->exc_NameError, args, nargs, kw);
}

static Value attribute_error_init(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return named_init(vm, vm->exc_AttributeError, args, nargs, kw);
}

static const CFuncDef name_error_methods[] = {
    { "__init__", name_error_init, CF_METHOD | CF_KEYWORDS, -1, -1, "Initialize self." },
    { NULL, NULL, 0, 0, 0, NULL }
};
static const CFuncDef syntax_error_methods[] = {
    { "__init__", syntax_error_init, CF_METHOD | CF_KEYWORDS, -1, -1, "Initialize self." },
    { NULL, NULL, 0, 0, 0, NULL }
};
static const CFuncDef attribute_error_methods[] = {
    { "__init__", attribute_error_init, CF_METHOD | CF_KEYWORDS, -1, -1, "Initialize self." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static const GetSetDef stop_getsets[] = { { "value", g_value, NULL }, { NULL, NULL, NULL } };
static const GetSetDef exit_getsets[] = { { "code", g_code, NULL }, { NULL, NULL, NULL } };
static const GetSetDef name_getsets[] = { { "name", g_name, s_name }, { NULL, NULL, NULL } };
static const GetSetDef attribute_getsets[] = {
    { "name", g_name, s_name }, { "obj", g_obj, s_obj }, { NULL, NULL, NULL }
};
static const GetSetDef os_getsets[] = {
    { "errno", g_errno, NULL }, { "strerror", g_strerror, NULL }, { "filename", g_filename, NULL },
    { NULL, NULL, NULL }
};

int exc_init_classes(rill_vm *vm)
{
    RClass *be = vm->exc_BaseException;
    if (cfunc_add_all(vm, be->dict, base_exception_methods, be) < 0) return -1;
    if (class_add_getsets(vm, be, base_exception_getsets) < 0) return -1;
    if (class_add_getsets(vm, vm->exc_StopIteration, stop_getsets) < 0) return -1;
    if (class_add_getsets(vm, vm->exc_SystemExit, exit_getsets) < 0) return -1;
    RClass *ne = vm->exc_NameError, *ae = vm->exc_AttributeError;
    if (cfunc_add_all(vm, ne->dict, name_error_methods, ne) < 0 ||
        class_add_getsets(vm, ne, name_getsets) < 0 ||
        cfunc_add_all(vm, ae->dict, attribute_error_methods, ae) < 0 ||
        class_add_getsets(vm, ae, attribute_getsets) < 0)
        return -1;
    RClass *se = vm->exc_SyntaxError;
    if (cfunc_add_all(vm, se->dict, syntax_error_methods, se) < 0) return -1;
    for (size_t i = 0; syntax_members[i]; i++) {
        RStr *k = str_intern_cstr(vm, syntax_members[i]);
        int r = k ? dict_set_str(vm, se->dict, k, V_NONE) : -1;
        obj_xdecref(vm, k);
        if (r < 0) return -1;
    }
    return class_add_getsets(vm, vm->exc_OSError, os_getsets);
}
