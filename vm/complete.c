/*
** complete.c — rill_complete(): the names a REPL's Tab key offers for a partial global
** name or a dotted attribute path, found by reading dicts (globals, builtins, module
** dicts, instance dicts, class MROs) and never by running script code: a property, a
** __getattr__ or a __dir__ could do anything, and pressing Tab must not.
**
** Candidates are the whole completed text ("math.factorial(", "my_var"), as Python's
** rlcompleter makes them: a callable gets a "(" appended, a property does not. For
** attributes, names starting with "_" are offered only once the prefix starts with "_",
** and "__" names only once it starts with "__" (rlcompleter's rule).
*/
#include <string.h>
#include "vm.h"
#include "str.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "func.h"
#include "exc.h"
#include "ops.h"

#define CAND_MAX 1024           /* longer candidates are not offered */

typedef struct Completer {
    rill_vm *vm;
    void (*cb)(void *ud, const char *candidate);
    void *ud;
    const char *head;           /* the text up to and including its last dot */
    size_t hlen;
    const char *word;           /* the partial name after it */
    size_t wlen;
    bool attrs;                 /* completing an attribute: the underscore rule applies */
    char buf[CAND_MAX];
} Completer;

/* The value of str key name[0..len) in d (borrowed), or V_NULL; reads entries only. */
static Value dict_find(RDict *d, const char *name, size_t len)
{
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (v_is_str(k) && v_str(k)->len == len && memcmp(v_str(k)->data, name, len) == 0)
            return v;
    return V_NULL;
}

static RDict *inst_dict(Value v)
{
    if (v_is_kind(v, K_INST)) return ((RInst *)v_obj(v))->dict;
    if (v_is_kind(v, K_EXC)) return ((RExc *)v_obj(v))->dict;
    if (v_is_kind(v, K_FUNC)) return ((RFunc *)v_obj(v))->dict;
    return NULL;
}

/* The attribute found in cls's MRO dicts (borrowed), or V_NULL. */
static Value mro_find(RClass *cls, const char *name, size_t len)
{
    RTuple *mro = cls->mro;
    for (size_t i = 0; mro && i < mro->n; i++) {
        RClass *c = v_class_obj(mro->items[i]);
        Value v = c->dict ? dict_find(c->dict, name, len) : V_NULL;
        if (v != V_NULL) return v;
    }
    return V_NULL;
}

/* Would reading this class attribute through an object run code or make a value we
   cannot know without running it? */
static bool needs_code(rill_vm *vm, Value d)
{
    return v_is_kind(d, K_PROPERTY) || getset_def(vm, d) != NULL;
}

/* obj.name without running code (borrowed), or V_NULL when it is missing or only code
   could produce it. */
static Value peek_attr(rill_vm *vm, Value obj, const char *name, size_t len)
{
    if (v_is_kind(obj, K_MODULE)) {
        RModule *m = (RModule *)v_obj(obj);
        return m->dict ? dict_find(m->dict, name, len) : V_NULL;
    }
    if (v_is_class(obj)) {
        Value v = mro_find(v_class_obj(obj), name, len);
        if (v_is_kind(v, K_STATICMETHOD) || v_is_kind(v, K_CLASSMETHOD))
            return ((RMethodWrap *)v_obj(v))->func;
        return v;
    }
    Value d = mro_find(v_class(vm, obj), name, len);
    if (d != V_NULL && needs_code(vm, d)) return V_NULL;    /* data descriptors win */
    RDict *id = inst_dict(obj);
    Value v = id ? dict_find(id, name, len) : V_NULL;
    if (v != V_NULL) return v;
    if (v_is_kind(d, K_STATICMETHOD) || v_is_kind(d, K_CLASSMETHOD))
        return ((RMethodWrap *)v_obj(d))->func;
    return d;
}

/* callable(v), decided from the value's kind and its class dicts alone. */
static bool is_callable(rill_vm *vm, Value v)
{
    if (!v_is_obj(v)) return false;
    switch ((ObjKind)v_obj(v)->kind) {
    case K_FUNC: case K_CFUNC: case K_BOUND: case K_CLASS:
    case K_STATICMETHOD: case K_CLASSMETHOD:
        return true;
    default: {
        Value c = class_lookup(v_obj(v)->cls, vm->s___call__);
        return c != V_NULL && c != V_NONE;
    }
    }
}

static bool wanted(const Completer *c, RStr *name)
{
    if (name->len < c->wlen || memcmp(name->data, c->word, c->wlen) != 0) return false;
    if (c->attrs && c->wlen < 2 && name->len > c->wlen &&
        memcmp(name->data, "__", c->wlen + 1) == 0)
        return false;       /* "" hides "_x", "_" hides "__x" */
    return true;
}

/* Offers head + name (+ "(" when the value is callable). paren < 0: decide from v. */
static void offer(Completer *c, RStr *name, Value v, int paren)
{
    if (c->hlen + name->len + 2 > sizeof c->buf) return;
    if (paren < 0) paren = v != V_NULL && is_callable(c->vm, v);
    memcpy(c->buf, c->head, c->hlen);
    memcpy(c->buf + c->hlen, name->data, name->len);
    size_t n = c->hlen + name->len;
    if (paren) c->buf[n++] = '(';
    c->buf[n] = 0;
    c->cb(c->ud, c->buf);
}

/* Offers the wanted names of d that none of the `shadow` dicts holds. how: 0 the value
   itself decides the "(", 1 the value is a class attribute seen through an instance. */
static void offer_dict(Completer *c, RDict *d, RDict *const *shadow, size_t nshadow, int how)
{
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        if (!v_is_str(k) || !wanted(c, v_str(k))) continue;
        size_t i = 0;
        while (i < nshadow && (!shadow[i] || dict_get_str(shadow[i], v_str(k)) == V_NULL)) i++;
        if (i < nshadow) continue;
        int paren = -1;
        if (how == 1) {
            if (v_is_kind(v, K_PROPERTY) || getset_def(c->vm, v)) paren = 0;
            else if (v_is_kind(v, K_FUNC)) paren = 1;
        }
        offer(c, v_str(k), v, paren);
    }
}

#define MAX_MRO 64

/* The attributes of obj: its own dict, then its class's MRO (or, for a class, its own
   MRO), each name once. */
static void offer_attrs(Completer *c, Value obj)
{
    if (v_is_kind(obj, K_MODULE)) {
        RModule *m = (RModule *)v_obj(obj);
        if (m->dict) offer_dict(c, m->dict, NULL, 0, 0);
        return;
    }
    RDict *seen[MAX_MRO + 1];
    size_t nseen = 0;
    RClass *cls = v_is_class(obj) ? v_class_obj(obj) : v_class(c->vm, obj);
    int how = v_is_class(obj) ? 0 : 1;
    RDict *id = v_is_class(obj) ? NULL : inst_dict(obj);
    if (id) {
        offer_dict(c, id, NULL, 0, 0);
        seen[nseen++] = id;
    }
    RTuple *mro = cls->mro;
    for (size_t i = 0; mro && i < mro->n && nseen <= MAX_MRO; i++) {
        RDict *d = v_class_obj(mro->items[i])->dict;
        if (!d) continue;
        offer_dict(c, d, seen, nseen, how);
        seen[nseen++] = d;
    }
    /* every object has __class__, found in no dict (rlcompleter adds it too) */
    RStr *name = c->vm->s___class__;
    size_t i = 0;
    while (i < nseen && dict_get_str(seen[i], name) == V_NULL) i++;
    if (i == nseen && wanted(c, name)) offer(c, name, V_NULL, 1);
}

static bool ident_byte(unsigned char ch)
{
    return ch == '_' || ch >= 0x80 || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
           (ch >= 'A' && ch <= 'Z');
}

void rill_complete(rill_vm *vm, const char *text, void (*cb)(void *ud, const char *candidate),
                   void *ud)
{
    if (!vm || !text || !cb || !vm->main_module) return;
    for (const char *p = text; *p; p++)
        if (*p != '.' && !ident_byte((unsigned char)*p)) return;
    Completer c;
    c.vm = vm;
    c.cb = cb;
    c.ud = ud;
    const char *dot = strrchr(text, '.');
    RDict *globals = vm->main_module->dict;
    if (!dot) {
        c.head = text;
        c.hlen = 0;
        c.word = text;
        c.wlen = strlen(text);
        c.attrs = false;
        offer_dict(&c, globals, NULL, 0, 0);
        if (vm->builtins) offer_dict(&c, vm->builtins, &globals, 1, 0);
        return;
    }
    /* walk the dotted path: every part a non-empty name */
    const char *p = text;
    const char *end = strchr(p, '.');
    if (end == p) return;
    Value obj = dict_find(globals, p, (size_t)(end - p));
    if (obj == V_NULL && vm->builtins) obj = dict_find(vm->builtins, p, (size_t)(end - p));
    while (obj != V_NULL && end != dot) {
        p = end + 1;
        end = strchr(p, '.');
        if (end == p) return;
        obj = peek_attr(vm, obj, p, (size_t)(end - p));
    }
    if (obj == V_NULL) return;
    c.head = text;
    c.hlen = (size_t)(dot + 1 - text);
    c.word = dot + 1;
    c.wlen = strlen(dot + 1);
    c.attrs = true;
    offer_attrs(&c, obj);
}
