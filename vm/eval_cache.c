/*
** eval_cache.c — the interpreter's caches (code.h: NameCache, AttrCache): where a
** global was found in the globals or builtins dict, and what a class and the last
** instance dict held for an attribute name. Validity checks are inline in eval.h; the
** slow paths that fill the caches live here. In-place string building, which also
** looks at the instruction that follows, is here too.
*/
#include "eval.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"
#include "dict.h"
#include "class.h"
#include "exc.h"

/* The string concatenation at the current instruction is followed by `next`: if that
   stores into the variable holding `s` (a local or a global), clear the variable so the
   caller holds the only other reference. Returns whether it did. */
bool eval_concat_release(rill_vm *vm, Frame *f, uint32_t next, Value s)
{
    uint32_t a = INSTR_ARG(next);
    switch (INSTR_OP(next)) {
    case OP_STORE_FAST:
        if (f->slots[a] != s) return false;
        f->slots[a] = V_NULL;
        v_obj(s)->rc--;
        return true;
    case OP_STORE_GLOBAL: {
        RDict *g = f->func->globals;
        RStr *name = f->func->code->names[a];
        if (dict_get_str(g, name) != s || dict_set_str(vm, g, name, V_NONE) < 0) {
            exc_clear(vm);
            return false;
        }
        return true;
    }
    default:
        return false;
    }
}

/* ---- global-variable caches (NameCache in code.h) -------------------------------- */

static NameCache *name_cache(rill_vm *vm, RCode *co, uint32_t arg)
{
    if (!co->ncache) {
        RExc *pending = exc_fetch(vm);
        co->ncache = mem_calloc(vm, co->nnames * sizeof(NameCache));
        exc_clear(vm);          /* a cache that cannot be made is just not used */
        vm->exc = pending;
        if (!co->ncache) return NULL;
    }
    return &co->ncache[arg];
}

/* Remember where names[arg] lives now in globals (after a store). */
void eval_cache_global(rill_vm *vm, RCode *co, RDict *g, uint32_t arg)
{
    NameCache *c = name_cache(vm, co, arg);
    if (!c) return;
    int64_t ix = dict_index_str(g, co->names[arg]);
    c->globals = g;
    c->gversion = g->version;
    c->gindex = (int32_t)ix;
    c->bversion = 0;
    if (ix < 0) c->globals = NULL;
}

/* LOAD_GLOBAL without a valid cache: look the name up, and cache where it was found.
   Returns a borrowed value, or V_NULL with NameError. */
Value eval_load_global_slow(rill_vm *vm, RCode *co, RDict *g, uint32_t arg)
{
    RStr *name = co->names[arg];
    int64_t gi = dict_index_str(g, name);
    Value v;
    int64_t bi = -1;
    if (gi >= 0) {
        v = g->entries[gi].value;
    } else {
        bi = dict_index_str(vm->builtins, name);
        if (bi < 0) return eval_name_error(vm, name);
        v = vm->builtins->entries[bi].value;
    }
    NameCache *c = name_cache(vm, co, arg);
    if (c && gi <= INT32_MAX && bi <= INT32_MAX) {
        c->globals = g;
        c->gversion = g->version;
        c->gindex = (int32_t)gi;
        c->bindex = (int32_t)bi;
        c->bversion = vm->builtins->version;
    }
    return v;
}

/* ---- attribute caches for instances of user classes (AttrCache in code.h) -------- */

AttrCache *eval_attr_cache_fill(rill_vm *vm, RCode *co, uint32_t arg, RClass *cls)
{
    if (!co->acache) {
        RExc *pending = exc_fetch(vm);
        co->acache = mem_calloc(vm, co->nnames * sizeof(AttrCache));
        exc_clear(vm);
        vm->exc = pending;
        if (!co->acache) return NULL;
    }
    AttrCache *ac = &co->acache[arg];
    Value d = class_lookup_cached(vm, cls, co->names[arg]);
    ac->class_id = cls->id;
    ac->epoch = vm->class_epoch;
    ac->cls_attr = d;
    ac->dict_hint = 0;
    if (cls->flags & CLS_ATTR_HOOKS) ac->mode = AC_SLOW;
    else if (d == V_NULL) ac->mode = AC_PLAIN;
    else if (v_is_func(d)) ac->mode = AC_METHOD;
    else if (v_is_obj(d) && (v_obj(d)->kind == K_PROPERTY || v_obj(d)->kind == K_NATIVE ||
                             !(v_obj(d)->cls->flags & CLS_BUILTIN)))
        ac->mode = AC_SLOW;     /* descriptors of any sort */
    else ac->mode = AC_PLAIN;
    return ac;
}

