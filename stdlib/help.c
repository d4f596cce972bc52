/*
** help.c — help(obj): a small pydoc. A function prints its signature and docstring, a
** class its signature, docstring, method resolution order and attributes by kind (as
** pydoc's TextDoc lays them out), a module its docstring, classes, functions and data;
** help() alone prints a short guide. Output goes through the VM's stdout writer.
**
** The layout follows CPython 3.11's pydoc for what rill has: built-in functions have no
** text signatures here, so they print as "len(...)" with their docstring.
*/
#include <string.h>
#include "stdlib.h"
#include "../vm/str.h"
#include "../vm/seq.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/func.h"
#include "../vm/code.h"
#include "../vm/ops.h"

#define HR "----------------------------------------------------------------------"
#define DATA_WIDTH 70           /* pydoc's maxlen for "name = repr" lines */

static const char guide[] =
    "Welcome to rill " RILL_VERSION ", an interpreter for a subset of Python 3.11.\n"
    "\n"
    "help(object) prints what there is to know about an object:\n"
    "    help(len)        a function: its signature and docstring\n"
    "    help(str)        a class: its methods and attributes\n"
    "    help(math)       a module (import it first): its functions and data\n"
    "    help('name')     the same for a module, built-in or keyword named by a string\n"
    "\n"
    "At the >>> prompt: Tab completes names and attributes (Tab on an empty line\n"
    "indents), Up and Down recall earlier lines (kept in ~/.rill_history), Ctrl-C\n"
    "interrupts running code or clears the line, Ctrl-D or exit() leaves.\n"
    "A compound statement (def, class, for...) ends with an empty line.\n";

/* ---- text helpers ------------------------------------------------------------------- */

/* Each line of s[0..n) (a final newline starts no line) with prefix before it. */
static void add_lines(StrBuf *b, const char *s, size_t n, const char *prefix)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\n') j++;
        sb_adds(b, prefix);
        sb_add(b, s + i, j - i);
        sb_addc(b, '\n');
        i = j + 1;
    }
}

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t') return false;
    return true;
}

static size_t indent_of(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    return i;
}

/* inspect.cleandoc: the first line unindented, the common indentation of the others
   removed, blank lines dropped at both ends. Appends to out. */
static void add_clean_doc(StrBuf *out, const char *s, size_t n, const char *prefix)
{
    size_t margin = (size_t)-1;
    const char *nl = memchr(s, '\n', n);
    for (const char *p = nl; p && p < s + n;) {
        const char *line = p + 1;
        const char *e = memchr(line, '\n', (size_t)(s + n - line));
        size_t len = e ? (size_t)(e - line) : (size_t)(s + n - line);
        if (!blank(line, len) && indent_of(line, len) < margin) margin = indent_of(line, len);
        p = e;
    }
    StrBuf t;
    sb_init(&t, out->vm);
    size_t first_len = nl ? (size_t)(nl - s) : n, skip = indent_of(s, first_len);
    sb_add(&t, s + skip, first_len - skip);
    for (const char *p = nl; p && p < s + n;) {
        const char *line = p + 1;
        const char *e = memchr(line, '\n', (size_t)(s + n - line));
        size_t len = e ? (size_t)(e - line) : (size_t)(s + n - line);
        size_t cut = margin < len ? margin : len;
        if (blank(line, len)) cut = len;
        sb_addc(&t, '\n');
        sb_add(&t, line + cut, len - cut);
        p = e;
    }
    if (t.failed) out->failed = true;
    const char *d = t.data ? t.data : "";
    size_t lo = 0, hi = t.data ? t.len : 0;
    while (lo < hi && d[lo] == '\n') lo++;
    while (hi > lo && (d[hi - 1] == '\n' || d[hi - 1] == ' ')) hi--;
    add_lines(out, d + lo, hi - lo, prefix);
    sb_free(&t);
}

/* The docstring of v, or NULL: borrowed bytes in *n. */
static const char *doc_of(rill_vm *vm, Value v, size_t *n)
{
    Value d = V_NULL;
    if (v_is_func(v)) {
        d = ((RFunc *)v)->doc;
    } else if (v_is_kind(v, K_CFUNC)) {
        const char *s = ((RCFunc *)v)->def->doc;
        if (s) *n = strlen(s);
        return s;
    } else if (v_is_kind(v, K_BOUND)) {
        return doc_of(vm, ((RBound *)v)->func, n);
    } else if (v_is_kind(v, K_STATICMETHOD) || v_is_kind(v, K_CLASSMETHOD)) {
        return doc_of(vm, ((RMethodWrap *)v)->func, n);
    } else if (v_is_kind(v, K_PROPERTY)) {
        RProperty *p = (RProperty *)v;
        return v_is_str(p->doc) ? (*n = v_str(p->doc)->len, v_str(p->doc)->data)
                                : doc_of(vm, p->fget, n);
    } else if (v_is_class(v)) {
        d = dict_get_str(v_class_obj(v)->dict, vm->s___doc__);
    } else if (v_is_kind(v, K_MODULE)) {
        d = dict_get_str(((RModule *)v)->dict, vm->s___doc__);
    }
    if (d == V_NULL || !v_is_str(d) || v_str(d)->len == 0) return NULL;
    *n = v_str(d)->len;
    return v_str(d)->data;
}

static void add_doc(rill_vm *vm, StrBuf *b, Value v, const char *prefix)
{
    size_t n = 0;
    const char *d = doc_of(vm, v, &n);
    if (d) add_clean_doc(b, d, n, prefix);
}

/* The name of the module a class belongs to (borrowed). */
static const char *class_module(rill_vm *vm, RClass *c)
{
    Value m = dict_get_str(c->dict, vm->s___module__);
    return m != V_NULL && v_is_str(m) ? v_str(m)->data : "builtins";
}

/* pydoc's classname(): the name, module-qualified unless in module `mod` (NULL: always). */
static void add_classname(rill_vm *vm, StrBuf *b, RClass *c, const char *mod)
{
    const char *ms = class_module(vm, c);
    if (!mod || strcmp(ms, mod) != 0) {
        sb_adds(b, ms);
        sb_addc(b, '.');
    }
    sb_add_str(b, c->qualname ? c->qualname : c->name);
}

static Value module_name_of(rill_vm *vm, Value v)
{
    if (v_is_func(v)) return ((RFunc *)v)->module;
    if (v_is_kind(v, K_CFUNC)) return ((RCFunc *)v)->module;
    if (v_is_class(v)) return dict_get_str(v_class_obj(v)->dict, vm->s___module__);
    return V_NULL;
}

/* ---- routines ------------------------------------------------------------------------ */

static void add_sep(StrBuf *b, bool *first)
{
    if (!*first) sb_adds(b, ", ");
    *first = false;
}

/* The parameter list of a bytecode function as inspect.signature prints it, without
   its first `skip` parameters (self of a method). */
static void add_params(rill_vm *vm, StrBuf *b, RFunc *f, size_t skip)
{
    RCode *co = f->code;
    size_t npos = co->argcount, nkw = co->kwonlycount;
    size_t ndef = f->defaults ? f->defaults->n : 0;
    bool first = true;
    for (size_t i = skip; i < npos; i++) {
        add_sep(b, &first);
        sb_add_str(b, co->localnames[i]);
        if (i + ndef >= npos) {
            sb_addc(b, '=');
            if (sb_add_repr(b, f->defaults->items[i + ndef - npos]) < 0) return;
        }
        if (i + 1 == co->posonlycount) sb_adds(b, ", /");
    }
    size_t k = npos + nkw;
    if (co->flags & CO_VARARGS) {
        add_sep(b, &first);
        sb_addc(b, '*');
        sb_add_str(b, co->localnames[k++]);
    } else if (nkw) {
        add_sep(b, &first);
        sb_addc(b, '*');
    }
    for (size_t i = npos; i < npos + nkw; i++) {
        add_sep(b, &first);
        sb_add_str(b, co->localnames[i]);
        Value d = f->kwdefaults ? dict_get_str(f->kwdefaults, co->localnames[i]) : V_NULL;
        if (d != V_NULL) {
            sb_addc(b, '=');
            if (sb_add_repr(b, d) < 0) return;
        }
    }
    if (co->flags & CO_VARKW) {
        add_sep(b, &first);
        sb_adds(b, "**");
        sb_add_str(b, co->localnames[k]);
    }
}

/* "name(params)" with " method of C instance" when bound to an instance of method_of,
   or " from builtins.type" for a class method; then the docstring indented under it.
   name NULL: the routine's own. */
static void add_routine(rill_vm *vm, StrBuf *b, Value fn, RStr *name, size_t skip,
                        RClass *method_of, bool classmethod)
{
    if (v_is_kind(fn, K_STATICMETHOD) || v_is_kind(fn, K_CLASSMETHOD))
        fn = ((RMethodWrap *)fn)->func;
    if (v_is_func(fn)) {
        RFunc *f = (RFunc *)fn;
        if (str_eq_cstr(f->name, "<lambda>")) {
            sb_add_str(b, name ? name : f->name);
            sb_adds(b, " lambda ");
            add_params(vm, b, f, skip);
        } else {
            sb_add_str(b, name ? name : f->name);
            sb_addc(b, '(');
            add_params(vm, b, f, skip);
            sb_addc(b, ')');
        }
    } else if (v_is_kind(fn, K_CFUNC)) {
        if (name) sb_add_str(b, name);
        else sb_adds(b, ((RCFunc *)fn)->def->name);
        sb_adds(b, "(...)");
    } else {
        if (name) sb_add_str(b, name);
        sb_adds(b, "(...)");
    }
    if (method_of) {
        sb_adds(b, " method of ");
        add_classname(vm, b, method_of, NULL);
        sb_adds(b, " instance");
    } else if (classmethod) {
        sb_adds(b, " from builtins.type");
    }
    sb_addc(b, '\n');
    add_doc(vm, b, fn, "    ");
}

/* ---- classes ------------------------------------------------------------------------- */

enum { A_METHOD, A_CLASSMETHOD, A_STATIC, A_READONLY, A_DESCR, A_DATA, A_NKINDS };

static const char *const kind_titles[A_NKINDS] = {
    "Methods", "Class methods", "Static methods", "Readonly properties",
    "Data descriptors", "Data and other attributes"
};

static int attr_kind(rill_vm *vm, Value v)
{
    if (v_is_kind(v, K_CLASSMETHOD)) return A_CLASSMETHOD;
    if (v_is_kind(v, K_STATICMETHOD)) return A_STATIC;
    if (v_is_kind(v, K_CFUNC)) {
        uint16_t fl = ((RCFunc *)v)->def->flags;
        return fl & CF_CLASS ? A_CLASSMETHOD : fl & CF_STATIC ? A_STATIC : A_METHOD;
    }
    if (v_is_func(v)) return A_METHOD;
    if (v_is_kind(v, K_PROPERTY))
        return ((RProperty *)v)->fset == V_NONE || ((RProperty *)v)->fset == V_NULL
            ? A_READONLY : A_DESCR;
    if (getset_def(vm, v)) return A_DESCR;
    return A_DATA;
}

/* pydoc's visiblename(): special names shown, _private ones and bookkeeping hidden. */
static bool visible(RStr *name)
{
    static const char *const hidden[] = {
        "__author__", "__builtins__", "__cached__", "__credits__", "__date__", "__doc__",
        "__file__", "__spec__", "__loader__", "__module__", "__name__", "__package__",
        "__path__", "__qualname__", "__slots__", "__version__", NULL
    };
    for (size_t i = 0; hidden[i]; i++)
        if (str_eq_cstr(name, hidden[i])) return false;
    const char *s = name->data;
    if (s[0] == '_' && s[1] == '_' && name->len > 4 && s[name->len - 1] == '_' &&
        s[name->len - 2] == '_')
        return true;
    return s[0] != '_';
}

/* The names of d (str keys) that pass `keep`, sorted. NULL on error. */
static RList *sorted_names(rill_vm *vm, RDict *d, bool (*keep)(RStr *))
{
    RList *l = list_new(vm, 0);
    size_t pos = 0;
    Value k, v;
    while (l && dict_next(d, &pos, &k, &v)) {
        if (v_is_str(k) && keep(v_str(k)) && list_append(vm, l, k) < 0) {
            obj_decref(vm, l);
            return NULL;
        }
    }
    if (l && list_sort(vm, l, V_NULL, false) < 0) {
        obj_decref(vm, l);
        return NULL;
    }
    return l;
}

/* "name = repr", cut to pydoc's width. */
static int add_data(rill_vm *vm, StrBuf *b, RStr *name, Value v, const char *prefix)
{
    RStr *r = obj_repr(vm, v);
    if (!r) return -1;
    sb_adds(b, prefix);
    sb_add_str(b, name);
    sb_adds(b, " = ");
    size_t room = DATA_WIDTH > name->len + 3 ? DATA_WIDTH - name->len - 3 : 0;
    if (r->len > room) {
        size_t cut = room > 3 ? room - 3 : 0;
        while (cut > 0 && ((unsigned char)r->data[cut] & 0xC0) == 0x80) cut--;
        sb_add(b, r->data, cut);
        sb_adds(b, "...");
    } else {
        sb_add_str(b, r);
    }
    sb_addc(b, '\n');
    obj_decref(vm, r);
    return 0;
}

/* One class's own attributes (those not found earlier in the MRO of cls), grouped by
   kind, each group under a title; *any tells whether a group came before (the rule
   goes between groups). */
static int add_class_attrs(rill_vm *vm, StrBuf *b, RClass *cls, size_t mro_index, bool *any)
{
    RClass *home = v_class_obj(cls->mro->items[mro_index]);
    RList *names = sorted_names(vm, home->dict, visible);
    if (!names) return -1;
    int rc = 0;
    for (int kind = 0; kind < A_NKINDS && rc == 0; kind++) {
        bool titled = false;
        for (size_t i = 0; i < names->n && rc == 0; i++) {
            RStr *name = v_str(names->items[i]);
            size_t j = 0;
            while (j < mro_index && !dict_get_str(v_class_obj(cls->mro->items[j])->dict, name))
                j++;
            if (j < mro_index) continue;        /* overridden */
            Value v = dict_get_str(home->dict, name);
            if (v == V_NULL || attr_kind(vm, v) != kind) continue;
            if (!titled) {
                if (*any) sb_adds(b, HR "\n");
                sb_adds(b, kind_titles[kind]);
                if (home == cls) {
                    sb_adds(b, " defined here:\n\n");
                } else {
                    sb_adds(b, " inherited from ");
                    add_classname(vm, b, home, class_module(vm, cls));
                    sb_adds(b, ":\n\n");
                }
                titled = *any = true;
            }
            if (kind == A_DATA) {
                rc = add_data(vm, b, name, v, "");
            } else if (kind == A_READONLY || kind == A_DESCR) {
                sb_add_str(b, name);
                sb_addc(b, '\n');
                if (v_is_kind(v, K_PROPERTY)) add_doc(vm, b, v, "    ");
            } else {
                add_routine(vm, b, v, name, kind == A_CLASSMETHOD && v_is_kind(v, K_CLASSMETHOD),
                            NULL, kind == A_CLASSMETHOD);
            }
            sb_addc(b, '\n');
        }
    }
    obj_decref(vm, names);
    return rc;
}

/* "class C(Base)" and its body, every body line behind prefix. */
static int add_class(rill_vm *vm, StrBuf *out, RClass *cls, const char *prefix)
{
    const char *mod = class_module(vm, cls);
    sb_adds(out, "class ");
    sb_add_str(out, cls->name);
    if (cls->bases && cls->bases->n) {
        sb_addc(out, '(');
        for (size_t i = 0; i < cls->bases->n; i++) {
            if (i) sb_adds(out, ", ");
            add_classname(vm, out, v_class_obj(cls->bases->items[i]), mod);
        }
        sb_addc(out, ')');
    }
    sb_addc(out, '\n');

    StrBuf b;
    sb_init(&b, vm);
    Value init = class_lookup(cls, vm->s___init__);
    if (v_is_func(init) && ((RFunc *)init)->code->argcount + ((RFunc *)init)->code->kwonlycount +
        !!(((RFunc *)init)->code->flags & (CO_VARARGS | CO_VARKW)) > 1) {
        sb_add_str(&b, cls->name);
        sb_addc(&b, '(');
        add_params(vm, &b, (RFunc *)init, 1);
        sb_adds(&b, ")\n\n");
    }
    size_t n = 0;
    if (doc_of(vm, v_from_obj(cls), &n)) {
        add_doc(vm, &b, v_from_obj(cls), "");
        sb_addc(&b, '\n');
    }
    RTuple *mro = cls->mro;
    if (mro && mro->n > 2) {
        sb_adds(&b, "Method resolution order:\n");
        for (size_t i = 0; i < mro->n; i++) {
            sb_adds(&b, "    ");
            add_classname(vm, &b, v_class_obj(mro->items[i]), mod);
            sb_addc(&b, '\n');
        }
        sb_addc(&b, '\n');
    }
    bool any = false;
    int rc = 0;
    for (size_t i = 0; mro && i < mro->n && rc == 0; i++) {
        if (v_class_obj(mro->items[i]) == vm->cls_object && cls != vm->cls_object) continue;
        rc = add_class_attrs(vm, &b, cls, i, &any);
    }
    if (b.failed) rc = -1;
    if (rc == 0 && b.data) {
        size_t len = b.len;
        while (len > 0 && (b.data[len - 1] == '\n' || b.data[len - 1] == ' ')) len--;
        add_lines(out, b.data, len, prefix);
    }
    sb_free(&b);
    return rc;
}

/* ---- modules ------------------------------------------------------------------------- */

static bool visible_public(RStr *name) { return visible(name) && name->data[0] != '_'; }

static void section(StrBuf *out, const char *title, StrBuf *body)
{
    if (!body->data || body->len == 0) return;
    size_t len = body->len;
    while (len > 0 && (body->data[len - 1] == '\n' || body->data[len - 1] == ' ')) len--;
    sb_adds(out, title);
    sb_addc(out, '\n');
    add_lines(out, body->data, len, "    ");
    sb_addc(out, '\n');
}

static bool same_module(Value a, Value b)
{
    return v_is_str(a) && v_is_str(b) && str_eq(v_str(a), v_str(b));
}

static int add_module(rill_vm *vm, StrBuf *out, RModule *m)
{
    RList *names = sorted_names(vm, m->dict, visible_public);
    if (!names) return -1;
    Value mname = m->name ? v_from_obj(m->name) : V_NONE;
    StrBuf s;
    sb_init(&s, vm);
    /* NAME: "name - first line of the docstring"; DESCRIPTION: the rest */
    size_t n = 0;
    const char *doc = doc_of(vm, v_from_obj(m), &n);
    StrBuf d;
    sb_init(&d, vm);
    if (doc) add_clean_doc(&d, doc, n, "");
    const char *dd = d.data ? d.data : "";
    const char *nl = memchr(dd, '\n', d.len);
    if (m->name) sb_add_str(&s, m->name);
    if (d.len) {
        sb_adds(&s, " - ");
        sb_add(&s, dd, nl ? (size_t)(nl - dd) : d.len);
    }
    sb_addc(&s, '\n');
    section(out, "NAME", &s);
    sb_free(&s);
    sb_init(&s, vm);
    if (nl) {
        while (nl < dd + d.len && *nl == '\n') nl++;
        sb_add(&s, nl, (size_t)(dd + d.len - nl));
    }
    section(out, "DESCRIPTION", &s);
    sb_free(&s);
    sb_free(&d);

    int rc = 0;
    static const char *const titles[] = { "CLASSES", "FUNCTIONS", "DATA" };
    for (int part = 0; part < 3 && rc == 0; part++) {
        sb_init(&s, vm);
        for (size_t i = 0; i < names->n && rc == 0; i++) {
            RStr *name = v_str(names->items[i]);
            Value v = dict_get_str(m->dict, name);
            if (v == V_NULL || v_is_kind(v, K_MODULE)) continue;
            bool routine = v_is_func(v) || v_is_kind(v, K_CFUNC);
            if (part == 0 && v_is_class(v) && same_module(module_name_of(vm, v), mname)) {
                rc = add_class(vm, &s, v_class_obj(v), " |  ");
                sb_addc(&s, '\n');
            } else if (part == 1 && routine && (v_is_kind(v, K_CFUNC) ||
                                                same_module(module_name_of(vm, v), mname))) {
                add_routine(vm, &s, v, name, 0, NULL, false);
                sb_addc(&s, '\n');
            } else if (part == 2 && !routine && !v_is_class(v)) {
                rc = add_data(vm, &s, name, v, "");
            }
        }
        if (s.failed) rc = -1;
        if (rc == 0) section(out, titles[part], &s);
        sb_free(&s);
    }
    obj_decref(vm, names);
    if (rc < 0) return -1;
    sb_init(&s, vm);
    Value file = dict_get_str(m->dict, vm->s___file__);
    if (file != V_NULL && v_is_str(file)) sb_add_str(&s, v_str(file));
    else sb_adds(&s, "(built-in)");
    sb_addc(&s, '\n');
    section(out, "FILE", &s);
    sb_free(&s);
    return 0;
}

/* ---- help(obj) ----------------------------------------------------------------------- */

static void add_in_module(rill_vm *vm, StrBuf *b, Value mod)
{
    sb_adds(b, " in module ");
    if (v_is_str(mod)) sb_add_str(b, v_str(mod));
    else sb_adds(b, "builtins");
}

/* The object a string names: a module already imported, a global of __main__, a
   built-in; V_NULL (no exception) when none. Borrowed. */
static Value lookup_name(rill_vm *vm, RStr *s)
{
    Value v = vm->modules ? dict_get_str(vm->modules, s) : V_NULL;
    if (v == V_NULL && vm->main_module) v = dict_get_str(vm->main_module->dict, s);
    if (v == V_NULL) v = dict_get_str(vm->builtins, s);
    return v;
}

static int render(rill_vm *vm, StrBuf *b, Value obj)
{
    if (v_is_str(obj)) {
        Value v = lookup_name(vm, v_str(obj));
        if (v != V_NULL && !v_is_str(v)) return render(vm, b, v);
        sb_adds(b, "No Python documentation found for ");
        sb_add_repr(b, obj);
        sb_adds(b, ".\nUse help() to get the interactive help utility.\n"
                   "Use help(str) for help on the str class.\n");
        return 0;
    }
    if (v_is_kind(obj, K_MODULE)) {
        RModule *m = (RModule *)v_obj(obj);
        sb_adds(b, "Help on module ");
        if (m->name) sb_add_str(b, m->name);
        sb_adds(b, ":\n\n");
        return add_module(vm, b, m);
    }
    if (v_is_class(obj)) {
        RClass *c = v_class_obj(obj);
        sb_adds(b, "Help on class ");
        sb_add_str(b, c->name);
        add_in_module(vm, b, module_name_of(vm, obj));
        sb_adds(b, ":\n\n");
        return add_class(vm, b, c, " |  ");
    }
    if (v_is_func(obj)) {
        sb_adds(b, "Help on function ");
        sb_add_str(b, ((RFunc *)obj)->name);
        add_in_module(vm, b, ((RFunc *)obj)->module);
        sb_adds(b, ":\n\n");
        add_routine(vm, b, obj, NULL, 0, NULL, false);
        return 0;
    }
    if (v_is_kind(obj, K_CFUNC)) {
        RCFunc *cf = (RCFunc *)obj;
        sb_adds(b, "Help on built-in function ");
        sb_adds(b, cf->def->name);
        bool bound = cf->self != V_NULL && !v_is_kind(cf->self, K_MODULE);
        if (!bound) add_in_module(vm, b, cf->module);
        sb_adds(b, ":\n\n");
        add_routine(vm, b, obj, NULL, 0, bound ? v_class(vm, cf->self) : NULL, false);
        return 0;
    }
    if (v_is_kind(obj, K_BOUND)) {
        RBound *m = (RBound *)obj;
        Value fn = m->func;
        sb_adds(b, "Help on method ");
        if (v_is_func(fn)) sb_add_str(b, ((RFunc *)fn)->name);
        add_in_module(vm, b, module_name_of(vm, fn));
        sb_adds(b, ":\n\n");
        add_routine(vm, b, fn, NULL, v_is_func(fn), v_class(vm, m->self), false);
        return 0;
    }
    /* any other object: its class */
    RClass *c = v_class(vm, obj);
    Value mod = module_name_of(vm, v_from_obj(c));
    sb_adds(b, "Help on ");
    sb_add_str(b, c->name);
    if (v_is_str(mod)) add_in_module(vm, b, mod);
    sb_adds(b, " object:\n\n");
    return add_class(vm, b, c, " |  ");
}

Value stdlib_help(rill_vm *vm, Value obj)
{
    if (obj == V_NULL) {
        vm_write(vm, 1, guide, sizeof guide - 1);
        return V_NONE;
    }
    StrBuf b;
    sb_init(&b, vm);
    int rc = render(vm, &b, obj);
    sb_addc(&b, '\n');
    if (rc < 0 || b.failed) {
        sb_free(&b);
        return V_NULL;
    }
    vm_write(vm, 1, b.data, b.len);
    sb_free(&b);
    return V_NONE;
}
