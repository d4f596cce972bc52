/*
** exc.c — raising exceptions from C, exception objects, and printing them the way
** CPython 3.11 prints an uncaught exception or an unraisable one (the chain, SyntaxError
** details and the last line; traceback.c writes the entries).
*/
#include <string.h>
#include "exc.h"
#include "str.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "code.h"
#include "frame.h"
#include "ops.h"
#include "func.h"
#include "suggest.h"

/* ---- objects ------------------------------------------------------------------- */

RExc *exc_new(rill_vm *vm, RClass *cls, RTuple *args)
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

void exc_raise_syntax(rill_vm *vm, RClass *cls, const char *msg, const char *filename,
                      int line, int col, int end_line, int end_col, const char *src,
                      size_t srclen)
{
    RExc *e = exc_new_msg(vm, cls, msg);
    if (!e) return;
    size_t tlen = 0;
    const char *text = exc_source_line(src, srclen, line, &tlen);
    Value vtext = V_NONE;
    if (text) {
        /* CPython keeps the newline at the end of SyntaxError.text */
        RStr *t = str_alloc(vm, tlen + 1);
        if (t) {
            memcpy(t->data, text, tlen);
            t->data[tlen] = '\n';
            if (!utf8_valid(t->data, tlen + 1)) {
                obj_decref(vm, t);
                t = NULL;
            } else {
                str_finish(t);
                vtext = v_from_obj(t);
            }
        }
    }
    RStr *fn = str_from_cstr(vm, filename);
    if (fn && set_attr_cstr(vm, e, "filename", v_from_obj(fn)) == 0 &&
        set_attr_cstr(vm, e, "lineno", v_int(line)) == 0 &&
        set_attr_cstr(vm, e, "offset", v_int(col)) == 0 &&
        set_attr_cstr(vm, e, "text", vtext) == 0 &&
        set_attr_cstr(vm, e, "end_lineno", end_line ? v_int(end_line) : V_NONE) == 0 &&
        set_attr_cstr(vm, e, "end_offset", end_col ? v_int(end_col) : V_NONE) == 0) {
        obj_xdecref(vm, fn);
        v_decref(vm, vtext);
        exc_set(vm, e);
        return;
    }
    obj_xdecref(vm, fn);
    v_decref(vm, vtext);
    obj_decref(vm, e);
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

RStr *exc_str(rill_vm *vm, RExc *e)
{
    RClass *cls = e->h.cls;
    size_t n = e->args ? e->args->n : 0;
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

/* "File, line / text / caret" block of a SyntaxError, as CPython's print_error_text. */
static void print_syntax_detail(rill_vm *vm, StrBuf *b, RExc *e)
{
    Value fn = dict_attr(e, "filename"), ln = dict_attr(e, "lineno");
    Value text = dict_attr(e, "text"), off = dict_attr(e, "offset");
    Value endoff = dict_attr(e, "end_offset"), endln = dict_attr(e, "end_lineno");
    if (fn == V_NULL || ln == V_NULL) return;
    const char *loc = vm->cfg.color_errors ? C_LOC : "", *end = vm->cfg.color_errors ? C_END : "";
    sb_addf(b, "  File \"%s", loc);
    sb_add_strof(b, fn);
    sb_addf(b, "%s\", line %s", end, loc);
    sb_add_strof(b, ln);
    sb_addf(b, "%s\n", end);
    if (text == V_NULL || !v_is_str(text)) return;
    RStr *t = v_str(text);
    /* work in code points: offsets are 1-based code point columns */
    size_t start = 0, n = t->nchars;
    while (n > 0) {
        uint32_t c = str_codepoint_at(t, str_offset(t, n - 1), NULL);
        if (c != '\n') break;
        n--;
    }
    while (start < n) {
        uint32_t c = str_codepoint_at(t, str_offset(t, start), NULL);
        if (c != ' ' && c != '\t' && c != '\f') break;
        start++;
    }
    size_t b0 = str_offset(t, start), b1 = str_offset(t, n);
    sb_adds(b, "    ");
    sb_add(b, t->data + b0, b1 - b0);
    sb_addc(b, '\n');
    if (off == V_NULL || !v_is_int(off)) return;
    intptr_t o = v_as_int(off) - 1 - (intptr_t)start;
    intptr_t eo = (endoff != V_NULL && v_is_int(endoff) && v_as_int(endoff) > 0)
        ? v_as_int(endoff) - 1 - (intptr_t)start : o + 1;
    if (endln != V_NULL && v_is_int(endln) && v_is_int(ln) && v_as_int(endln) != v_as_int(ln))
        eo = (intptr_t)(n - start);
    intptr_t len = (intptr_t)(n - start);
    if (o > len) o = len;
    if (o < 0) return;
    /* CPython 3.11 marks an IndentationError (and TabError) with one caret whatever its
       end_offset says. */
    if (eo <= o || class_is_subclass(e->h.cls, vm->exc_IndentationError)) eo = o + 1;
    sb_adds(b, "    ");
    for (intptr_t i = 0; i < o; i++) sb_addc(b, ' ');
    for (intptr_t i = o; i < eo; i++) sb_addc(b, '^');
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

/* "Type: message" (module-qualified unless builtins or __main__), and with `suggest`
   the "Did you mean" CPython's sys.excepthook adds (its unraisable hook does not). */
static void print_last_line(rill_vm *vm, StrBuf *b, RExc *e, bool suggest)
{
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
    bool syntax = class_is_subclass(cls, vm->exc_SyntaxError);
    RStr *msg = NULL;
    if (syntax) {
        Value m = e->args && e->args->n > 0 ? e->args->items[0] : V_NULL;
        msg = m != V_NULL ? obj_str(vm, m) : NULL;
    } else {
        msg = obj_str(vm, v_from_obj(e));     /* a user __str__ included */
    }
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
    if (msg->len > 0) {
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
    if (class_is_subclass(e->h.cls, vm->exc_SyntaxError)) print_syntax_detail(vm, b, e);
    print_last_line(vm, b, e, true);
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
    print_last_line(vm, &b, e, false);
    exc_clear(vm);
    emit(vm, &b);
    obj_decref(vm, e);
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

/* NameError.__init__ / AttributeError.__init__ (the constructors of the built-in
   classes do the same without a call): BaseException's, then the keywords. */
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
    return exc_init_keywords(vm, v_exc(args[0]), args + nargs, kw) < 0 ? V_NULL : V_NONE;
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
    return class_add_getsets(vm, vm->exc_OSError, os_getsets);
}
