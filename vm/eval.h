/*
** eval.h — internals shared by the interpreter loop (eval.c), its out-of-line helpers
** (eval_util.c) and the generator object (gen.c). Not for the rest of the VM: other
** files use frame.h's entry points.
*/
#ifndef rill_eval_h
#define rill_eval_h

#include "frame.h"
#include "class.h"
#include "dict.h"

/* eval_util.c — see the comments there; ownership as object.h unless noted. */
int eval_unpack(rill_vm *vm, Value seq, size_t n, Value *dest);
int eval_unpack_ex(rill_vm *vm, Value seq, size_t before, size_t after, Value *dest);
int eval_raise(rill_vm *vm, Value exc, Value cause);            /* steals both */
int eval_exc_match(rill_vm *vm, Value exc, Value type);
Value eval_format(rill_vm *vm, Value v, int conv, Value spec);  /* steals v, spec */
Value eval_build_string(rill_vm *vm, const Value *parts, size_t n);
Value eval_build_map(rill_vm *vm, const Value *kv, size_t n);
Value eval_build_const_key_map(rill_vm *vm, const Value *values, RTuple *keys);
int eval_dict_update(rill_vm *vm, RDict *d, Value m, Value callable_for_merge);
Value eval_unbound_local(rill_vm *vm, RStr *name);
Value eval_unbound_free(rill_vm *vm, RStr *name);
Value eval_name_error(rill_vm *vm, RStr *name);
int eval_print_expr(rill_vm *vm, Value v);

/* eval_cache.c: the slow paths of the global-variable and attribute caches, and the
   in-place string concatenation check. */
bool eval_concat_release(rill_vm *vm, Frame *f, uint32_t next, Value s);
void eval_cache_global(rill_vm *vm, RCode *co, RDict *g, uint32_t arg);
Value eval_load_global_slow(rill_vm *vm, RCode *co, RDict *g, uint32_t arg);
AttrCache *eval_attr_cache_fill(rill_vm *vm, RCode *co, uint32_t arg, RClass *cls);

enum {
    AC_SLOW,        /* a data descriptor or __getattr__ is involved: the generic path */
    AC_PLAIN,       /* the instance dict first, then a plain class attribute */
    AC_METHOD,      /* likewise, and the class attribute is a function */
};

/* The attribute cache entry for names[arg] on instances of cls (filled if stale). */
static inline AttrCache *attr_cache(rill_vm *vm, RCode *co, uint32_t arg, RClass *cls)
{
    AttrCache *ac = co->acache ? &co->acache[arg] : NULL;
    if (ac && ac->class_id == cls->id && ac->epoch == vm->class_epoch) return ac;
    return eval_attr_cache_fill(vm, co, arg, cls);
}

/* name in an instance dict, trying the cached position first. Borrowed or V_NULL. */
static inline Value dict_get_hinted(RDict *d, RStr *name, AttrCache *ac)
{
    uint32_t h = ac->dict_hint;
    if (h < d->nentries && d->entries[h].key == v_from_obj(name)) return d->entries[h].value;
    int64_t ix = dict_index_str(d, name);
    if (ix < 0) return V_NULL;
    ac->dict_hint = (uint32_t)ix;
    return d->entries[ix].value;
}

/* gen.c: normalizes g.throw()'s arguments (type[, value[, tb]]) to an instance. */
RExc *gen_throw_value(rill_vm *vm, const Value *args, size_t nargs);
/* Enter/leave bookkeeping for a generator frame being resumed or suspended: its state,
   its exception-handling record on the VM's chain, and the recursion depth (which the
   leaving path decrements itself). */
static inline void gen_enter(rill_vm *vm, RGen *g)
{
    g->state = GEN_RUNNING;
    g->ei.prev = vm->exc_info;
    vm->exc_info = &g->ei;
    vm->depth++;
}

static inline void gen_leave(rill_vm *vm, RGen *g)
{
    vm->exc_info = g->ei.prev;
    g->ei.prev = NULL;
}
/* A generator's frame has finished (returned or raised): release it. */
void gen_finish(rill_vm *vm, RGen *g);

#endif
