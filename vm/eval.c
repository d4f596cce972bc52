/*
** eval.c — the interpreter: one dispatch loop that runs frames.
**
** Calls between bytecode functions push a frame from the arena and continue in the
** same loop; returns pop it. Generators are resumed the same way from bytecode (FOR_ITER,
** SEND for yield from, next()/send()/throw() calls): the generator's frame is linked on
** top of the caller's and run in place; YIELD_VALUE and RETURN_VALUE go back to the
** caller and complete the instruction that resumed it, which the caller's saved
** instruction pointer identifies. So neither deep recursion nor a 100,000-deep yield
** from chain uses the C stack. Only C code calling back into bytecode (a key= function,
** a class's __next__ called by a built-in) enters run() again, and that nesting is
** counted (vm->c_depth).
**
** Exceptions: an instruction that fails jumps to `error`, which adds a traceback entry
** for the frame and looks the failing instruction up in the code's exception table;
** with no handler the frame is popped and the exception continues in the caller.
*/
#include <string.h>
#include "eval.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "exc.h"
#include "gc.h"
#include "module.h"

#if defined(__GNUC__) || defined(__clang__)
#define USE_COMPUTED_GOTO 1
#endif

/* ---- frames in and out -------------------------------------------------------- */

static int recursion_error(rill_vm *vm)
{
    return exc_raisef_i(vm, vm->exc_RecursionError, "maximum recursion depth exceeded");
}

/* Bind arguments into a fresh frame's slots: the common exact-positional case inline. */
static int bind_args(rill_vm *vm, RFunc *fn, const Value *args, size_t nargs, RTuple *kwnames,
                     Value *slots)
{
    RCode *co = fn->code;
    if (!kwnames && nargs == co->argcount && co->kwonlycount == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKW))) {
        for (size_t i = 0; i < nargs; i++) slots[i] = v_incref(args[i]);
        return 0;
    }
    return func_bind(vm, fn, args, nargs, kwnames, slots);
}

/* Set up a call of fn. Returns a frame ready to run (not yet entered), or NULL: then
   either *gen holds the new generator (a generator function) or an exception is
   pending. Arguments are borrowed. */
static Frame *setup_call(rill_vm *vm, RFunc *fn, const Value *args, size_t nargs,
                         RTuple *kwnames, Value *gen)
{
    RCode *co = fn->code;
    *gen = V_NULL;
    if (co->flags & CO_GENERATOR) {
        RGen *g = gen_new(vm, fn);
        if (!g) return NULL;
        Frame *gf = gen_frame(g);
        if (bind_args(vm, fn, args, nargs, kwnames, gf->slots) < 0 ||
            ((co->ncells || co->nfrees) && frame_init_cells(vm, gf) < 0)) {
            obj_decref(vm, g);
            return NULL;
        }
        *gen = v_from_obj(g);
        return NULL;
    }
    Frame *nf = frame_push(vm, fn);
    if (!nf) return NULL;
    if (bind_args(vm, fn, args, nargs, kwnames, nf->slots) < 0 ||
        ((co->ncells || co->nfrees) && frame_init_cells(vm, nf) < 0)) {
        frame_pop(vm, nf);
        return NULL;
    }
    return nf;
}

/* Is the small int exactly representable as a double (|i| <= 2**53)? */
static inline bool small_in_double(Value v)
{
    intptr_t i = v_as_int(v);
    return i >= -((intptr_t)1 << 53) && i <= ((intptr_t)1 << 53);
}

static int poll(rill_vm *vm)
{
    vm->poll_countdown = vm->cfg.poll_period ? vm->cfg.poll_period : 1000;
    if (vm_check_interrupt(vm) < 0) return -1;
    gc_maybe_collect(vm);
    return 0;
}

/* The stack entries a resuming instruction keeps while the generator it resumed runs:
   CALL n holds the callable and n arguments, CALL_METHOD n also self. */
static int call_entries(uint32_t w)
{
    return INSTR_OP(w) == OP_CALL_METHOD ? (int)INSTR_ARG(w) + 2 : (int)INSTR_ARG(w) + 1;
}

/* Releases the n stack entries under sp that a call consumed and returns the new top.
   They go from the bottom up: the callable, self, then the arguments first to last,
   as CPython 3.11's CALL releases them, so that generators suspended under temporary
   arguments are finalized in CPython's order. */
static inline Value *release_call(rill_vm *vm, Value *sp, size_t n)
{
    sp -= n;
    for (size_t i = 0; i < n; i++) v_decref(vm, sp[i]);
    return sp;
}

/* Raise StopIteration for a generator's return value: no arguments for None, as
   CPython's gen_send_ex. Steals v. */
static void stop_iteration(rill_vm *vm, Value v)
{
    if (v == V_NONE) {
        RExc *e = exc_new(vm, vm->exc_StopIteration, NULL);
        if (e) exc_set(vm, e);
        return;
    }
    exc_raise_arg(vm, vm->exc_StopIteration, v);
    v_decref(vm, v);
}

/* ---- throwing into generators --------------------------------------------------- */

/* The instruction that suspended g's frame is YIELD_VALUE; in a yield from it follows
   SEND. Rewinding to it makes the frame look like it is executing the SEND, which is
   how a frame that resumed its delegate inline looks. */
static void rewind_to_send(Frame *gf) { gf->ip -= 1; }

/* Throws exc (owned) into g, resumed from `caller` (NULL: from C). Follows yield from
   delegation down to the innermost generator, linking every generator's frame as
   running (CPython's _gen_throw, without C recursion). With `closing` (gen_close), each
   generator in the chain is marked as being closed.
   Returns the frame to continue in; *raise says whether the pending exception is to be
   raised there, else the frame is ready to run. Returns NULL (exception pending, to be
   raised in the caller) if g itself cannot be entered. */
static Frame *throw_into(rill_vm *vm, RGen *g, Frame *caller, RExc *exc, bool closing,
                         bool *raise)
{
    bool genexit = class_is_subclass(exc->h.cls, vm->exc_GeneratorExit);
    bool mark = closing;
    Frame *top = caller;
    *raise = true;
    for (;;) {
        if (vm->depth >= vm->recursion_limit) {
            obj_decref(vm, exc);
            recursion_error(vm);
            if (!top) return NULL;
            RExc *e = exc_fetch(vm);
            vm->exc = e;
            return top;
        }
        Frame *gf = gen_frame(g);
        Value sub = gen_yieldfrom(g);
        gen_enter(vm, g);
        gf->back = top;
        top = gf;
        if (mark) gf->flags |= FR_CLOSING;
        if (sub == V_NULL) break;
        if (v_is_gen(sub)) {
            RGen *sg = (RGen *)sub;
            if (sg->state == GEN_FINISHED) break;   /* closed behind our back: raise here */
            if (sg->state == GEN_RUNNING) {
                obj_decref(vm, exc);
                exc_raisef(vm, vm->exc_ValueError, "generator already executing");
                exc = exc_fetch(vm);
                break;
            }
            rewind_to_send(gf);
            if (genexit) {
                gf->flags |= FR_CLOSE_SUB;
                mark = true;
            }
            g = sg;
            continue;
        }
        /* a delegate that is not a generator: its close() or throw() method, if any */
        RStr *mname = genexit ? vm->s_close : vm->s_throw;
        Value meth = obj_getattr_opt(vm, sub, mname);
        if (meth == V_NULL) {
            if (vm_exc_pending(vm)) {
                obj_decref(vm, exc);
                exc = exc_fetch(vm);
            }
            break;
        }
        Value arg = v_from_obj(exc);
        Value r = call_value(vm, meth, genexit ? NULL : &arg, genexit ? 0 : 1, NULL);
        v_decref(vm, meth);
        if (genexit) {
            v_decref(vm, r);
            if (r == V_NULL) {
                obj_decref(vm, exc);
                exc = exc_fetch(vm);
            }
            break;
        }
        if (r != V_NULL) {
            /* the delegate produced a value: g yields it without running further */
            obj_decref(vm, exc);
            rewind_to_send(gf);
            *gf->sp++ = r;
            *raise = false;
            return gf;
        }
        obj_decref(vm, exc);
        if (exc_matches(vm, vm->exc_StopIteration)) {
            /* the delegate returned: the yield from evaluates to its value */
            RExc *si = exc_fetch(vm);
            Value val = exc_stopiteration_value(vm, si);
            obj_decref(vm, si);
            uint32_t send = gf->ip[-2];
            gf->ip = frame_code(gf)->code + INSTR_ARG(send);
            Value old = *--gf->sp;
            *gf->sp++ = val;
            v_decref(vm, old);
            *raise = false;
            return gf;
        }
        exc = exc_fetch(vm);
        break;
    }
    /* raised inside the innermost generator: its handled exception (now on top of the
       chain) becomes the context, as CPython's _PyErr_ChainStackItem */
    exc_set(vm, exc);
    return top;
}

/* ---- the loop ------------------------------------------------------------------- */

static EvalStatus run(rill_vm *vm, Frame *f, bool raise_first, Value *out)
{
    RCode *co;
    const uint32_t *code0, *ip;
    const Value *consts;
    RStr **names;
    Value *sp, *locals;
    uint32_t w, arg;
    Value retval = V_NULL;
    RGen *rgen = NULL;
    Frame *outer_frame = vm->frame;   /* restored on the way out: never left dangling */

    vm->c_depth++;

#define LOAD() do { co = f->func->code; code0 = co->code; consts = co->consts; \
        names = co->names; locals = f->slots; ip = f->ip; sp = f->sp; } while (0)
#define SAVE() do { f->ip = ip; f->sp = sp; } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define CELLS() (locals + co->nlocals)
#define GLOBALS() (f->func->globals)
#define JUMPTO(t) (ip = code0 + (t))

#ifdef USE_COMPUTED_GOTO
    static const void *const labels[OP__COUNT] = {
#define X(n, e, b, fl) &&op_##n,
        RILL_OPCODES(X)
#undef X
    };
#define CASE(n) case OP_##n: op_##n:
#define DISPATCH() do { w = *ip++; arg = INSTR_ARG(w); goto *labels[INSTR_OP(w)]; } while (0)
#else
#define CASE(n) case OP_##n:
#define DISPATCH() goto dispatch
#endif

    LOAD();
    if (raise_first) goto error;
    goto dispatch;      /* (the label is also the switch fallback's loop head) */

dispatch:
    w = *ip++;
    arg = INSTR_ARG(w);
#ifdef USE_COMPUTED_GOTO
    goto *labels[INSTR_OP(w)];
#endif
    switch ((Opcode)INSTR_OP(w)) {

    CASE(NOP) DISPATCH();

    CASE(POP_TOP) {
        Value v = POP();
        v_decref(vm, v);
        DISPATCH();
    }
    CASE(COPY) {
        Value v = sp[-(intptr_t)arg];
        PUSH(v_incref(v));
        DISPATCH();
    }
    CASE(SWAP) {
        Value t = sp[-1];
        sp[-1] = sp[-(intptr_t)arg];
        sp[-(intptr_t)arg] = t;
        DISPATCH();
    }
    CASE(LOAD_CONST) PUSH(v_incref(consts[arg])); DISPATCH();
    CASE(LOAD_SMALL_INT) PUSH(v_int((intptr_t)arg - SMALL_INT_BIAS)); DISPATCH();

    /* ---- variables ---- */
    CASE(LOAD_FAST) {
        Value v = locals[arg];
        if (v == V_NULL) {
            eval_unbound_local(vm, co->localnames[arg]);
            goto error;
        }
        PUSH(v_incref(v));
        DISPATCH();
    }
    CASE(STORE_FAST) {
        Value v = POP();
        Value old = locals[arg];
        locals[arg] = v;
        v_decref(vm, old);
        DISPATCH();
    }
    CASE(DELETE_FAST) {
        Value old = locals[arg];
        if (old == V_NULL) {
            eval_unbound_local(vm, co->localnames[arg]);
            goto error;
        }
        locals[arg] = V_NULL;
        v_decref(vm, old);
        DISPATCH();
    }
    CASE(LOAD_DEREF) {
        RCell *c = (RCell *)CELLS()[arg];
        if (c->v == V_NULL) {
            if (arg < co->ncells) eval_unbound_local(vm, co->cellnames[arg]);
            else eval_unbound_free(vm, co->cellnames[arg]);
            goto error;
        }
        PUSH(v_incref(c->v));
        DISPATCH();
    }
    CASE(STORE_DEREF) {
        RCell *c = (RCell *)CELLS()[arg];
        v_store(vm, &c->v, POP());
        DISPATCH();
    }
    CASE(DELETE_DEREF) {
        RCell *c = (RCell *)CELLS()[arg];
        if (c->v == V_NULL) {
            if (arg < co->ncells) eval_unbound_local(vm, co->cellnames[arg]);
            else eval_unbound_free(vm, co->cellnames[arg]);
            goto error;
        }
        v_store(vm, &c->v, V_NULL);
        DISPATCH();
    }
    CASE(LOAD_CLOSURE) PUSH(v_incref(CELLS()[arg])); DISPATCH();
    CASE(LOAD_CLASSDEREF) {
        RStr *name = co->cellnames[arg];
        if (f->locals) {
            Value v = dict_get_str(f->locals, name);
            if (v != V_NULL) {
                PUSH(v_incref(v));
                DISPATCH();
            }
        }
        RCell *c = (RCell *)CELLS()[arg];
        if (c->v == V_NULL) {
            eval_unbound_free(vm, name);
            goto error;
        }
        PUSH(v_incref(c->v));
        DISPATCH();
    }
    CASE(LOAD_GLOBAL) {
        RDict *g = GLOBALS();
        NameCache *c = co->ncache ? &co->ncache[arg] : NULL;
        if (c && c->globals == g && c->gversion == g->version) {
            Value v;
            if (c->gindex >= 0) {
                v = g->entries[c->gindex].value;
                PUSH(v_incref(v));
                DISPATCH();
            }
            if (c->bversion == vm->builtins->version) {
                v = vm->builtins->entries[c->bindex].value;
                PUSH(v_incref(v));
                DISPATCH();
            }
        }
        Value v = eval_load_global_slow(vm, co, g, arg);
        if (v == V_NULL) goto error;
        PUSH(v_incref(v));
        DISPATCH();
    }
    CASE(STORE_GLOBAL) {
        Value v = POP();
        RDict *g = GLOBALS();
        NameCache *c = co->ncache ? &co->ncache[arg] : NULL;
        if (c && c->globals == g && c->gversion == g->version && c->gindex >= 0) {
            v_store(vm, &g->entries[c->gindex].value, v);
            DISPATCH();
        }
        int r = dict_set_str(vm, g, names[arg], v);
        v_decref(vm, v);
        if (r < 0) goto error;
        eval_cache_global(vm, co, g, arg);
        DISPATCH();
    }
    CASE(DELETE_GLOBAL) {
        int r = dict_del_str(vm, GLOBALS(), names[arg]);
        if (r < 0) goto error;
        if (r == 0) {
            eval_name_error(vm, names[arg]);
            goto error;
        }
        DISPATCH();
    }
    CASE(LOAD_NAME) {
        RStr *name = names[arg];
        Value v = f->locals ? dict_get_str(f->locals, name) : V_NULL;
        if (v == V_NULL) v = dict_get_str(GLOBALS(), name);
        if (v == V_NULL) v = dict_get_str(vm->builtins, name);
        if (v == V_NULL) {
            eval_name_error(vm, name);
            goto error;
        }
        PUSH(v_incref(v));
        DISPATCH();
    }
    CASE(STORE_NAME) {
        Value v = POP();
        int r = dict_set_str(vm, f->locals ? f->locals : GLOBALS(), names[arg], v);
        v_decref(vm, v);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(DELETE_NAME) {
        int r = dict_del_str(vm, f->locals ? f->locals : GLOBALS(), names[arg]);
        if (r < 0) goto error;
        if (r == 0) {
            eval_name_error(vm, names[arg]);
            goto error;
        }
        DISPATCH();
    }

    /* ---- attributes and items ---- */
    CASE(LOAD_ATTR) {
        Value o = TOP();
        Value r;
        if (v_is_kind(o, K_INST)) {
            RInst *in = (RInst *)o;
            AttrCache *ac = attr_cache(vm, co, arg, in->h.cls);
            if (ac && ac->mode != AC_SLOW) {
                Value v = in->dict ? dict_get_hinted(in->dict, names[arg], ac) : V_NULL;
                if (v != V_NULL) {
                    TOP() = v_incref(v);
                    v_decref(vm, o);
                    DISPATCH();
                }
                if (ac->cls_attr != V_NULL) {
                    r = ac->mode == AC_METHOD ? bound_new(vm, ac->cls_attr, o)
                                              : obj_getattr_descr(vm, ac->cls_attr, o);
                    if (r == V_NULL) goto error;
                    TOP() = r;
                    v_decref(vm, o);
                    DISPATCH();
                }
            }
        }
        r = obj_getattr(vm, o, names[arg]);
        if (r == V_NULL) goto error;
        TOP() = r;
        v_decref(vm, o);
        DISPATCH();
    }
    CASE(STORE_ATTR) {
        Value o = POP();
        Value v = POP();
        if (v_is_kind(o, K_INST) && ((RInst *)o)->dict) {
            RInst *in = (RInst *)o;
            AttrCache *ac = attr_cache(vm, co, arg, in->h.cls);
            if (ac && ac->mode != AC_SLOW && in->h.cls != vm->cls_object) {
                RDict *d = in->dict;
                uint32_t h = ac->dict_hint;
                if (h < d->nentries && d->entries[h].key == v_from_obj(names[arg])) {
                    v_store(vm, &d->entries[h].value, v);
                    v_decref(vm, o);
                    DISPATCH();
                }
                int r = dict_set_str(vm, d, names[arg], v);
                v_decref(vm, v);
                v_decref(vm, o);
                if (r < 0) goto error;
                DISPATCH();
            }
        }
        int r = obj_setattr(vm, o, names[arg], v);
        v_decref(vm, v);
        v_decref(vm, o);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(DELETE_ATTR) {
        Value o = POP();
        int r = obj_setattr(vm, o, names[arg], V_NULL);
        v_decref(vm, o);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(LOAD_METHOD) {
        Value o = TOP();
        Value meth;
        if (v_is_kind(o, K_INST)) {
            RInst *in = (RInst *)o;
            AttrCache *ac = attr_cache(vm, co, arg, in->h.cls);
            if (ac && ac->mode == AC_METHOD &&
                (!in->dict || dict_get_hinted(in->dict, names[arg], ac) == V_NULL)) {
                TOP() = v_incref(ac->cls_attr);
                PUSH(o);
                DISPATCH();
            }
        }
        int r = obj_getmethod(vm, o, names[arg], &meth);
        if (r < 0) goto error;
        if (r == 1) {
            TOP() = meth;
            PUSH(o);
        } else {
            TOP() = meth;
            v_decref(vm, o);
            PUSH(V_NULL);
        }
        DISPATCH();
    }
    CASE(BINARY_SUBSCR) {
        Value k = POP();
        Value o = TOP();
        Value r;
        if (v_is_list(o) && v_is_int(k)) {
            RList *l = v_list(o);
            intptr_t i = v_as_int(k);
            if (i < 0) i += (intptr_t)l->n;
            if ((uintptr_t)i < l->n) {
                r = v_incref(l->items[i]);
                goto subscr_done;
            }
        } else if (v_is_tuple(o) && v_is_int(k)) {
            RTuple *t = v_tuple(o);
            intptr_t i = v_as_int(k);
            if (i < 0) i += (intptr_t)t->n;
            if ((uintptr_t)i < t->n) {
                r = v_incref(t->items[i]);
                goto subscr_done;
            }
        }
        r = obj_getitem(vm, o, k);
        if (r == V_NULL) {
            v_decref(vm, k);
            goto error;
        }
    subscr_done:
        TOP() = r;
        v_decref(vm, o);
        v_decref(vm, k);
        DISPATCH();
    }
    CASE(STORE_SUBSCR) {
        Value k = POP();
        Value o = POP();
        Value v = POP();
        int r;
        if (v_is_list(o) && v_is_int(k)) {
            RList *l = v_list(o);
            intptr_t i = v_as_int(k);
            if (i < 0) i += (intptr_t)l->n;
            if ((uintptr_t)i < l->n) {
                v_store(vm, &l->items[i], v);
                v_decref(vm, o);
                DISPATCH();
            }
        }
        r = obj_setitem(vm, o, k, v);
        v_decref(vm, v);
        v_decref(vm, o);
        v_decref(vm, k);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(DELETE_SUBSCR) {
        Value k = POP();
        Value o = POP();
        int r = obj_delitem(vm, o, k);
        v_decref(vm, o);
        v_decref(vm, k);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(BUILD_SLICE) {
        Value step = arg == 3 ? POP() : V_NONE;
        Value stop = POP();
        Value start = POP();
        Value s = slice_new(vm, start, stop, step);
        v_decref(vm, start);
        v_decref(vm, stop);
        v_decref(vm, step);
        if (s == V_NULL) goto error;
        PUSH(s);
        DISPATCH();
    }

    /* ---- operators ---- */
#define SMALL_ARITH(opname, builtin)                                             \
    do {                                                                          \
        Value b_ = sp[-1], a_ = sp[-2];                                           \
        if (v_is_int(a_) && v_is_int(b_)) {                                       \
            intptr_t r_;                                                          \
            if (!builtin(v_as_int(a_), v_as_int(b_), &r_) &&                      \
                r_ >= V_SMALL_MIN && r_ <= V_SMALL_MAX) {                         \
                sp--;                                                             \
                sp[-1] = v_int(r_);                                               \
                DISPATCH();                                                       \
            }                                                                     \
        }                                                                         \
    } while (0)
#define FLOAT_ARITH(expr)                                                         \
    do {                                                                          \
        Value b_ = sp[-1], a_ = sp[-2];                                           \
        if ((v_is_float(a_) && (v_is_float(b_) || v_is_int(b_))) ||               \
            (v_is_int(a_) && v_is_float(b_))) {                                   \
            /* small ints are exact in a double up to 2**53; beyond, the generic     \
               path rounds them correctly */                                      \
            if ((v_is_int(a_) && !small_in_double(a_)) ||                         \
                (v_is_int(b_) && !small_in_double(b_))) break;                    \
            double x = v_is_int(a_) ? (double)v_as_int(a_) : v_float(a_);         \
            double y = v_is_int(b_) ? (double)v_as_int(b_) : v_float(b_);         \
            Value r_ = float_new(vm, (expr));                                     \
            if (r_ == V_NULL) goto error;                                         \
            sp--;                                                                 \
            sp[-1] = r_;                                                          \
            v_decref(vm, a_);                                                     \
            v_decref(vm, b_);                                                     \
            DISPATCH();                                                           \
        }                                                                         \
    } while (0)
#define GENERIC_BINOP(fn, op)                                                     \
    do {                                                                          \
        Value b_ = POP(), a_ = TOP();                                             \
        Value r_ = (fn)(vm, op, a_, b_);                                          \
        v_decref(vm, b_);                                                         \
        if (r_ == V_NULL) goto error;                                             \
        TOP() = r_;                                                               \
        v_decref(vm, a_);                                                         \
        DISPATCH();                                                               \
    } while (0)

    CASE(BIN_ADD) CASE(IN_ADD) {
        SMALL_ARITH(ADD, __builtin_add_overflow);
        FLOAT_ARITH(x + y);
        if (v_is_str(sp[-2]) && v_is_str(sp[-1])) {
            Value sa = sp[-2], sb = sp[-1];
            RStr *s;
            if (v_obj(sa)->rc == 2 && eval_concat_release(vm, f, *ip, sa)) {
                /* s = s + t / s += t: the variable let go of s, so the stack holds the
                   only reference and s can grow in place (CPython's trick); building a
                   string in a loop stays linear */
                s = str_concat_steal(vm, v_str(sa), v_str(sb));
            } else {
                s = str_concat(vm, v_str(sa), v_str(sb));
                v_decref(vm, sa);
            }
            sp--;
            sp[-1] = V_NONE;
            v_decref(vm, sb);
            if (!s) goto error;
            sp[-1] = v_from_obj(s);
            DISPATCH();
        }
        GENERIC_BINOP(INSTR_OP(w) == OP_BIN_ADD ? obj_binop : obj_inplace, BINOP_ADD);
    }
    CASE(BIN_SUB) CASE(IN_SUB) {
        SMALL_ARITH(SUB, __builtin_sub_overflow);
        FLOAT_ARITH(x - y);
        GENERIC_BINOP(INSTR_OP(w) == OP_BIN_SUB ? obj_binop : obj_inplace, BINOP_SUB);
    }
    CASE(BIN_MUL) CASE(IN_MUL) {
        SMALL_ARITH(MUL, __builtin_mul_overflow);
        FLOAT_ARITH(x * y);
        GENERIC_BINOP(INSTR_OP(w) == OP_BIN_MUL ? obj_binop : obj_inplace, BINOP_MUL);
    }
    CASE(BIN_FLOORDIV) CASE(IN_FLOORDIV) {
        if (v_is_int(sp[-2]) && v_is_int(sp[-1]) && v_as_int(sp[-1]) > 0) {
            intptr_t x = v_as_int(sp[-2]), y = v_as_int(sp[-1]);
            intptr_t q = x / y;
            if ((x % y != 0) && (x < 0)) q--;
            sp--;
            sp[-1] = v_int(q);
            DISPATCH();
        }
        GENERIC_BINOP(INSTR_OP(w) == OP_BIN_FLOORDIV ? obj_binop : obj_inplace, BINOP_FLOORDIV);
    }
    CASE(BIN_MOD) CASE(IN_MOD) {
        if (v_is_int(sp[-2]) && v_is_int(sp[-1]) && v_as_int(sp[-1]) > 0) {
            intptr_t x = v_as_int(sp[-2]), y = v_as_int(sp[-1]);
            intptr_t m = x % y;
            if (m < 0) m += y;
            sp--;
            sp[-1] = v_int(m);
            DISPATCH();
        }
        GENERIC_BINOP(INSTR_OP(w) == OP_BIN_MOD ? obj_binop : obj_inplace, BINOP_MOD);
    }
    CASE(BIN_AND) CASE(IN_AND) {
        if (v_is_int(sp[-2]) && v_is_int(sp[-1])) {
            sp--;
            sp[-1] = sp[-1] & sp[0];
            DISPATCH();
        }
        GENERIC_BINOP(INSTR_OP(w) == OP_BIN_AND ? obj_binop : obj_inplace, BINOP_AND);
    }
    CASE(BIN_OR) CASE(IN_OR) {
        if (v_is_int(sp[-2]) && v_is_int(sp[-1])) {
            sp--;
            sp[-1] = sp[-1] | sp[0];
            DISPATCH();
        }
        GENERIC_BINOP(INSTR_OP(w) == OP_BIN_OR ? obj_binop : obj_inplace, BINOP_OR);
    }
    CASE(BIN_XOR) CASE(IN_XOR) {
        if (v_is_int(sp[-2]) && v_is_int(sp[-1])) {
            sp--;
            sp[-1] = (sp[-1] ^ sp[0]) | 1;
            DISPATCH();
        }
        GENERIC_BINOP(INSTR_OP(w) == OP_BIN_XOR ? obj_binop : obj_inplace, BINOP_XOR);
    }
    CASE(BIN_TRUEDIV) CASE(IN_TRUEDIV) {
        Value den = sp[-1];
        if (!(v_is_int(den) && v_as_int(den) == 0) && !(v_is_float(den) && v_float(den) == 0.0)) {
            /* int / int with both exact in a double is exactly CPython's result too */
            if (v_is_int(sp[-2]) && v_is_int(den) && small_in_double(sp[-2]) && small_in_double(den)) {
                Value q = float_new(vm, (double)v_as_int(sp[-2]) / (double)v_as_int(den));
                if (q == V_NULL) goto error;
                sp--;
                sp[-1] = q;
                DISPATCH();
            }
            FLOAT_ARITH(x / y);
        }
        GENERIC_BINOP(INSTR_OP(w) == OP_BIN_TRUEDIV ? obj_binop : obj_inplace, BINOP_TRUEDIV);
    }
    CASE(BIN_POW) GENERIC_BINOP(obj_binop, BINOP_POW);
    CASE(BIN_LSHIFT) GENERIC_BINOP(obj_binop, BINOP_LSHIFT);
    CASE(BIN_RSHIFT) GENERIC_BINOP(obj_binop, BINOP_RSHIFT);
    CASE(BIN_MATMUL) GENERIC_BINOP(obj_binop, BINOP_MATMUL);
    CASE(IN_POW) GENERIC_BINOP(obj_inplace, BINOP_POW);
    CASE(IN_LSHIFT) GENERIC_BINOP(obj_inplace, BINOP_LSHIFT);
    CASE(IN_RSHIFT) GENERIC_BINOP(obj_inplace, BINOP_RSHIFT);
    CASE(IN_MATMUL) GENERIC_BINOP(obj_inplace, BINOP_MATMUL);

    CASE(UNARY_NEG) {
        Value a = TOP();
        if (v_is_int(a) && v_as_int(a) != V_SMALL_MIN) {
            TOP() = v_int(-v_as_int(a));
            DISPATCH();
        }
        Value r = obj_neg(vm, a);
        if (r == V_NULL) goto error;
        TOP() = r;
        v_decref(vm, a);
        DISPATCH();
    }
    CASE(UNARY_POS) {
        Value a = TOP();
        Value r = obj_pos(vm, a);
        if (r == V_NULL) goto error;
        TOP() = r;
        v_decref(vm, a);
        DISPATCH();
    }
    CASE(UNARY_INVERT) {
        Value a = TOP();
        Value r = obj_invert(vm, a);
        if (r == V_NULL) goto error;
        TOP() = r;
        v_decref(vm, a);
        DISPATCH();
    }
    CASE(UNARY_NOT) {
        Value a = TOP();
        int t = a == V_TRUE ? 1 : a == V_FALSE ? 0 : obj_truth(vm, a);
        if (t < 0) goto error;
        TOP() = v_bool(!t);
        v_decref(vm, a);
        DISPATCH();
    }

#define SMALL_CMP(cop)                                                           \
    do {                                                                          \
        Value b_ = sp[-1], a_ = sp[-2];                                           \
        if (v_is_int(a_) && v_is_int(b_)) {                                       \
            sp--;                                                                 \
            sp[-1] = v_bool((intptr_t)a_ cop (intptr_t)b_);                       \
            DISPATCH();                                                           \
        }                                                                         \
    } while (0)
#define GENERIC_CMP(op)                                                           \
    do {                                                                          \
        Value b_ = POP(), a_ = TOP();                                             \
        Value r_ = obj_compare(vm, a_, b_, op);                                   \
        v_decref(vm, b_);                                                         \
        if (r_ == V_NULL) goto error;                                             \
        TOP() = r_;                                                               \
        v_decref(vm, a_);                                                         \
        DISPATCH();                                                               \
    } while (0)
    CASE(CMP_LT) SMALL_CMP(<); GENERIC_CMP(CMP_LT);
    CASE(CMP_LE) SMALL_CMP(<=); GENERIC_CMP(CMP_LE);
    CASE(CMP_EQ) SMALL_CMP(==); GENERIC_CMP(CMP_EQ);
    CASE(CMP_NE) SMALL_CMP(!=); GENERIC_CMP(CMP_NE);
    CASE(CMP_GT) SMALL_CMP(>); GENERIC_CMP(CMP_GT);
    CASE(CMP_GE) SMALL_CMP(>=); GENERIC_CMP(CMP_GE);
    CASE(IS_OP) {
        Value b = POP(), a = TOP();
        bool r = (a == b) != (arg != 0);
        TOP() = v_bool(r);
        v_decref(vm, a);
        v_decref(vm, b);
        DISPATCH();
    }
    CASE(CONTAINS_OP) {
        Value container = POP(), item = TOP();
        int r = obj_contains(vm, container, item);
        v_decref(vm, container);
        if (r < 0) goto error;
        TOP() = v_bool((r != 0) != (arg != 0));
        v_decref(vm, item);
        DISPATCH();
    }

    /* ---- control flow ---- */
    CASE(JUMP) JUMPTO(arg); DISPATCH();
    CASE(JUMP_BACK) {
        if (--vm->poll_countdown == 0) {
            SAVE();
            if (poll(vm) < 0) goto error;
        }
        JUMPTO(arg);
        DISPATCH();
    }
#define TRUTH_OF(v, t)                                                            \
    do {                                                                          \
        if ((v) == V_TRUE) t = 1;                                                 \
        else if ((v) == V_FALSE || (v) == V_NONE) t = 0;                          \
        else if (v_is_int(v)) t = (v) != v_int(0);                                \
        else if ((t = obj_truth(vm, (v))) < 0) goto error;                        \
    } while (0)
    CASE(POP_JUMP_IF_FALSE) {
        Value v = TOP();
        int t;
        TRUTH_OF(v, t);
        sp--;
        v_decref(vm, v);
        if (!t) JUMPTO(arg);
        DISPATCH();
    }
    CASE(POP_JUMP_IF_TRUE) {
        Value v = TOP();
        int t;
        TRUTH_OF(v, t);
        sp--;
        v_decref(vm, v);
        if (t) JUMPTO(arg);
        DISPATCH();
    }
    CASE(POP_JUMP_IF_NONE) {
        Value v = POP();
        if (v == V_NONE) JUMPTO(arg);
        else v_decref(vm, v);
        DISPATCH();
    }
    CASE(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        if (v != V_NONE) {
            v_decref(vm, v);
            JUMPTO(arg);
        }
        DISPATCH();
    }
    CASE(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        int t;
        TRUTH_OF(v, t);
        if (!t) JUMPTO(arg);
        else {
            sp--;
            v_decref(vm, v);
        }
        DISPATCH();
    }
    CASE(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        int t;
        TRUTH_OF(v, t);
        if (t) JUMPTO(arg);
        else {
            sp--;
            v_decref(vm, v);
        }
        DISPATCH();
    }
    CASE(GET_ITER) {
        Value o = TOP();
        if (v_is_gen(o)) DISPATCH();
        Value it = iter_get(vm, o);
        if (it == V_NULL) goto error;
        TOP() = it;
        v_decref(vm, o);
        DISPATCH();
    }
    CASE(FOR_ITER) {
        Value it = TOP();
        if (v_is_gen(it)) {
            RGen *g = (RGen *)it;
            if (g->state == GEN_SUSPENDED || g->state == GEN_CREATED) {
                retval = V_NONE;
                rgen = g;
                goto resume_gen;
            }
            if (g->state == GEN_FINISHED) goto for_exhausted;
        }
        Value v = iter_next(vm, it);
        if (v != V_NULL) {
            PUSH(v);
            DISPATCH();
        }
        if (vm_exc_pending(vm)) goto error;
    for_exhausted:
        sp--;
        v_decref(vm, it);
        JUMPTO(arg);
        DISPATCH();
    }

    /* ---- building values ---- */
    CASE(BUILD_TUPLE) {
        RTuple *t = tuple_new(vm, arg);
        if (!t) goto error;
        sp -= arg;
        if (arg) memcpy(t->items, sp, arg * sizeof(Value));
        PUSH(v_from_obj(t));
        DISPATCH();
    }
    CASE(BUILD_LIST) {
        RList *l = list_new(vm, arg);
        if (!l) goto error;
        sp -= arg;
        if (arg) memcpy(l->items, sp, arg * sizeof(Value));
        l->n = arg;
        PUSH(v_from_obj(l));
        DISPATCH();
    }
    CASE(BUILD_SET) {
        RSet *s = set_new(vm, false);
        if (!s) goto error;
        /* as CPython's BUILD_SET: each item is released right after it is added, first
           to last, so that a duplicate goes before the next item is hashed */
        sp -= arg;
        int err = 0;
        for (uint32_t i = 0; i < arg; i++) {
            if (err == 0) err = set_add(vm, s, sp[i]);
            v_decref(vm, sp[i]);
        }
        if (err < 0) {
            obj_decref(vm, s);
            goto error;
        }
        PUSH(v_from_obj(s));
        DISPATCH();
    }
    CASE(BUILD_MAP) {
        Value d = eval_build_map(vm, sp - 2 * arg, arg);
        if (d == V_NULL) goto error;
        for (uint32_t i = 0; i < 2 * arg; i++) v_decref(vm, POP());
        PUSH(d);
        DISPATCH();
    }
    CASE(BUILD_CONST_KEY_MAP) {
        Value keys = TOP();
        Value d = eval_build_const_key_map(vm, sp - 1 - arg, v_tuple(keys));
        if (d == V_NULL) goto error;
        for (uint32_t i = 0; i < arg + 1; i++) v_decref(vm, POP());
        PUSH(d);
        DISPATCH();
    }
    CASE(LIST_APPEND) {
        Value v = POP();
        if (list_append_steal(vm, v_list(sp[-(intptr_t)arg]), v) < 0) goto error;
        DISPATCH();
    }
    CASE(SET_ADD) {
        Value v = POP();
        int r = set_add(vm, (RSet *)sp[-(intptr_t)arg], v);
        v_decref(vm, v);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        int r = dict_set(vm, v_dict(sp[-(intptr_t)arg]), k, v);
        v_decref(vm, k);
        v_decref(vm, v);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(LIST_EXTEND) {
        Value it = POP();
        int r = list_extend(vm, v_list(sp[-(intptr_t)arg]), it);
        if (r < 0 && exc_matches(vm, vm->exc_TypeError) && !iter_supported(vm, it)) {
            exc_clear(vm);
            exc_raisef(vm, vm->exc_TypeError, "Value after * must be an iterable, not %T", it);
        }
        v_decref(vm, it);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(SET_UPDATE) {
        Value it = POP();
        int r = set_update(vm, (RSet *)sp[-(intptr_t)arg], it);
        v_decref(vm, it);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(DICT_UPDATE) {
        Value m = POP();
        int r = eval_dict_update(vm, v_dict(sp[-(intptr_t)arg]), m, V_NULL);
        v_decref(vm, m);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(DICT_MERGE) {
        Value m = POP();
        int r = eval_dict_update(vm, v_dict(sp[-(intptr_t)arg]), m, sp[-(intptr_t)arg - 2]);
        v_decref(vm, m);
        if (r < 0) goto error;
        DISPATCH();
    }
    CASE(LIST_TO_TUPLE) {
        RList *l = v_list(TOP());
        RTuple *t = tuple_from_array(vm, l->items, l->n);
        if (!t) goto error;
        TOP() = v_from_obj(t);
        obj_decref(vm, l);
        DISPATCH();
    }
    CASE(UNPACK_SEQUENCE) {
        Value seq = POP();
        if (v_is_tuple(seq) && v_tuple(seq)->n == arg) {
            RTuple *t = v_tuple(seq);
            for (uint32_t i = 0; i < arg; i++) sp[arg - 1 - i] = v_incref(t->items[i]);
            sp += arg;
            v_decref(vm, seq);
            DISPATCH();
        }
        if (eval_unpack(vm, seq, arg, sp) < 0) {
            v_decref(vm, seq);
            goto error;
        }
        sp += arg;
        v_decref(vm, seq);
        DISPATCH();
    }
    CASE(UNPACK_EX) {
        Value seq = POP();
        size_t before = arg & 0xff, after = arg >> 8;
        if (eval_unpack_ex(vm, seq, before, after, sp) < 0) {
            v_decref(vm, seq);
            goto error;
        }
        sp += before + after + 1;
        v_decref(vm, seq);
        DISPATCH();
    }
    CASE(FORMAT_VALUE) {
        Value spec = (arg & 4) ? POP() : V_NULL;
        Value v = POP();
        Value r = eval_format(vm, v, (int)(arg & 3), spec);
        if (r == V_NULL) goto error;
        PUSH(r);
        DISPATCH();
    }
    CASE(BUILD_STRING) {
        Value s = eval_build_string(vm, sp - arg, arg);
        if (s == V_NULL) goto error;
        for (uint32_t i = 0; i < arg; i++) v_decref(vm, POP());
        PUSH(s);
        DISPATCH();
    }

    /* ---- functions and calls ---- */
    CASE(MAKE_FUNCTION) {
        RCode *fco = (RCode *)POP();
        RFunc *fn = func_new(vm, fco, GLOBALS());
        obj_decref(vm, fco);
        if (!fn) goto error;
        if (arg & 8) fn->closure = (RTuple *)POP();
        if (arg & 2) fn->kwdefaults = (RDict *)POP();
        if (arg & 1) fn->defaults = (RTuple *)POP();
        PUSH(v_from_obj(fn));
        DISPATCH();
    }
    {
        Value callable;
        Value *args;
        size_t nargs;
        size_t nentries;            /* stack entries the call consumes */
        RTuple *kwnames;
        bool method;
        Value held;                 /* keeps a bound method alive through the call */

    CASE(CALL)
        kwnames = NULL;
        nargs = arg;
        nentries = arg + 1;
        args = sp - arg;
        callable = args[-1];
        method = false;
        goto do_call;
    CASE(CALL_KW)
        kwnames = v_tuple(TOP());
        nargs = arg - kwnames->n;
        nentries = arg + 2;
        args = sp - 1 - arg;
        callable = args[-1];
        method = false;
        goto do_call;
    CASE(CALL_METHOD)
        kwnames = NULL;
        nargs = arg;
        nentries = arg + 2;
        args = sp - arg;
        goto do_method_call;
    CASE(CALL_METHOD_KW)
        kwnames = v_tuple(TOP());
        nargs = arg - kwnames->n;
        nentries = arg + 3;
        args = sp - 1 - arg;
    do_method_call:
        method = true;
        callable = args[-2];
        if (args[-1] != V_NULL) {
            args--;
            nargs++;
        }
    do_call:
        held = V_NULL;
        if (--vm->poll_countdown == 0) {
            SAVE();
            if (poll(vm) < 0) goto error;
        }
        if ((v_is_kind(callable, K_BOUND) ||
             (v_is_kind(callable, K_CFUNC) && ((RCFunc *)callable)->self != V_NULL)) &&
            (!method || args[-1] == V_NULL)) {
            /* Put self in the stack slot before the arguments (the callable's own, or
               the empty self slot of a method call), which the pops below release:
               binding costs no copy of the arguments. */
            bool bound = v_is_kind(callable, K_BOUND);
            Value self = bound ? ((RBound *)callable)->self : ((RCFunc *)callable)->self;
            held = method ? v_incref(callable) : args[-1];
            args[-1] = v_incref(self);
            args--;
            nargs++;
            if (bound) callable = ((RBound *)callable)->func;
        }
        if (v_is_func(callable)) {
            RFunc *fn = (RFunc *)callable;
            Value gen;
            Frame *nf = setup_call(vm, fn, args, nargs, kwnames, &gen);
            sp = release_call(vm, sp, nentries);
            v_decref(vm, held);
            if (gen != V_NULL) {
                PUSH(gen);
                DISPATCH();
            }
            if (!nf) goto error;
            if (vm->depth >= vm->recursion_limit) {
                frame_pop(vm, nf);
                recursion_error(vm);
                goto error;
            }
            vm->depth++;
            SAVE();
            nf->back = f;
            f = nf;
            LOAD();
            DISPATCH();
        }
        if (v_is_kind(callable, K_CLASS) && held == V_NULL && !method) {
            /* C(...) for a user class with a bytecode __init__: the instance goes on the
               caller's stack and __init__ runs as an ordinary frame (FR_INIT), instead
               of in a nested interpreter */
            RClass *cls = (RClass *)callable;
            Value initf;
            if (cls->inst_kind == K_INST && !(cls->flags & CLS_BUILTIN) && cls != vm->cls_object &&
                v_is_func(initf = class_lookup_cached(vm, cls, vm->s___init__)) &&
                !(((RFunc *)initf)->code->flags & CO_GENERATOR) &&
                !v_is_func(class_lookup_cached(vm, cls, vm->s___new__)) &&
                !v_is_kind(class_lookup_cached(vm, cls, vm->s___new__), K_STATICMETHOD)) {
                Value inst = inst_new(vm, cls);
                if (inst == V_NULL) goto error;
                held = args[-1];            /* the class: kept until the frame is set up */
                args[-1] = inst;
                Value gen;
                Frame *nf = setup_call(vm, (RFunc *)initf, args - 1, nargs + 1, kwnames, &gen);
                for (size_t i = 0; i < nentries; i++) {
                    Value x = POP();
                    if (x != inst) v_decref(vm, x);
                }
                v_decref(vm, held);
                PUSH(inst);
                if (!nf) goto error;
                if (vm->depth >= vm->recursion_limit) {
                    frame_pop(vm, nf);
                    recursion_error(vm);
                    goto error;
                }
                vm->depth++;
                nf->flags |= FR_INIT;
                SAVE();
                nf->back = f;
                f = nf;
                LOAD();
                DISPATCH();
            }
        }
        if (v_is_kind(callable, K_CFUNC)) {
            RCFunc *cf = (RCFunc *)callable;
            uint16_t fl = cf->def->flags;
            if ((fl & CF_RESUME_MASK) && (held == V_NULL || held == callable) && !kwnames &&
                nargs >= 1 && v_is_gen(args[0])) {
                /* a bound g.send: the call's stack now reads [g, args], which is what
                   the completion pops; the bound object itself is not needed */
                if (held != V_NULL) {
                    Value h = held;
                    held = V_NULL;
                    v_decref(vm, h);
                }
                RGen *g = (RGen *)args[0];
                if (fl & CF_RESUME_THROW) {
                    if (nargs < 2 || nargs > 4) goto plain_cfunc;
                    RExc *e = gen_throw_value(vm, args + 1, nargs - 1);
                    if (!e) goto error;
                    if (g->state == GEN_RUNNING) {
                        obj_decref(vm, e);
                        exc_raisef(vm, vm->exc_ValueError, "generator already executing");
                        goto error;
                    }
                    if (g->state == GEN_FINISHED) {
                        exc_clear(vm);
                        vm->exc = e;
                        goto error;
                    }
                    bool raise;
                    SAVE();
                    Frame *nf = throw_into(vm, g, f, e, false, &raise);
                    if (!nf) goto error;
                    f = nf;
                    LOAD();
                    if (raise) goto error;
                    DISPATCH();
                }
                if (fl & CF_RESUME_SEND) {
                    if (nargs != 2) goto plain_cfunc;
                    retval = v_incref(args[1]);
                } else {
                    if (nargs > ((fl & CF_RESUME_NEXT) ? 2u : 1u)) goto plain_cfunc;
                    retval = V_NONE;
                }
                rgen = g;
                goto resume_gen;
            }
        plain_cfunc:;
            vm->frame = f;          /* for super(), globals(), locals() */
            Value r = cfunc_call(vm, cf, args, nargs, kwnames);
            sp = release_call(vm, sp, nentries);
            v_decref(vm, held);
            if (r == V_NULL) goto error;
            PUSH(r);
            DISPATCH();
        }
        {
            SAVE();
            vm->frame = f;
            Value r = call_value(vm, callable, args, nargs, kwnames);
            sp = release_call(vm, sp, nentries);
            v_decref(vm, held);
            if (r == V_NULL) goto error;
            PUSH(r);
            DISPATCH();
        }
    }
    CASE(CALL_EX) {
        Value kwargs = (arg & 1) ? POP() : V_NULL;
        Value pargs = POP();
        Value callable = TOP();
        Value r;
        if (!v_is_tuple(pargs)) {
            RTuple *conv = v_is_list(pargs) ? tuple_from_array(vm, v_list(pargs)->items, v_list(pargs)->n)
                         : iter_supported(vm, pargs) ? tuple_from_iter(vm, pargs) : NULL;
            if (!conv) {
                if (!vm_exc_pending(vm)) {
                    RStr *fs = func_str(vm, callable);
                    if (fs) {
                        exc_raisef(vm, vm->exc_TypeError, "%U argument after * must be an iterable, not %T",
                                   fs, pargs);
                        obj_decref(vm, fs);
                    }
                }
                v_decref(vm, pargs);
                v_decref(vm, kwargs);
                goto error;
            }
            v_decref(vm, pargs);
            pargs = v_from_obj(conv);
        }
        RTuple *t = v_tuple(pargs);
        if (kwargs == V_NULL || v_dict(kwargs)->used == 0) {
            r = call_value(vm, callable, t->items, t->n, NULL);
        } else {
            r = call_with_kwdict(vm, callable, t->items, t->n, v_dict(kwargs));
        }
        /* released in CPython's order: the callable, the arguments, the keywords */
        TOP() = r;
        v_decref(vm, callable);
        v_decref(vm, pargs);
        v_decref(vm, kwargs);
        if (r == V_NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    /* ---- returning, yielding, delegating ---- */
    CASE(RETURN_VALUE) {
        retval = POP();
        vm->depth--;
        if (f->flags & FR_GEN) {
            RGen *g = frame_gen(f);
            Frame *caller = f->back;
            bool entry = (f->flags & FR_ENTRY) != 0;
            f->sp = sp;
            gen_leave(vm, g);
            gen_finish(vm, g);
            if (entry) goto exit_returned;
            f = caller;
            LOAD();
            goto complete_return;
        }
        f->sp = sp;
        if (f->flags & FR_ENTRY) {
            frame_pop(vm, f);
            goto exit_returned_popped;
        }
        Frame *caller = f->back;
        bool init = (f->flags & FR_INIT) != 0;
        frame_pop(vm, f);
        f = caller;
        LOAD();
        if (init) {
            /* an inlined __init__: the instance already waits on our stack */
            if (retval != V_NONE) {
                exc_raisef(vm, vm->exc_TypeError, "__init__() should return None, not '%T'", retval);
                v_decref(vm, retval);
                goto error;
            }
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }
    CASE(YIELD_VALUE) {
        retval = POP();
        RGen *g = frame_gen(f);
        bool ignored_exit = (f->flags & FR_CLOSING) != 0;
        f->flags &= ~(uint32_t)FR_CLOSING;
        SAVE();
        vm->depth--;
        gen_leave(vm, g);
        g->state = GEN_SUSPENDED;
        Frame *caller = f->back;
        f->back = NULL;
        if (f->flags & FR_ENTRY) {
            f->flags &= ~(uint32_t)FR_ENTRY;
            *out = retval;
            vm->c_depth--;
            vm->frame = outer_frame;
            return EVAL_YIELDED;
        }
        f = caller;
        LOAD();
        if (ignored_exit) {
            /* it was being closed and yielded instead: its closer (us) raises */
            v_decref(vm, retval);
            f->flags &= ~(uint32_t)FR_CLOSE_SUB;
            exc_raisef(vm, vm->exc_RuntimeError, "generator ignored GeneratorExit");
            goto error;
        }
        goto complete_yield;
    }
    CASE(GET_YIELD_FROM_ITER) {
        Value o = TOP();
        if (v_is_gen(o)) DISPATCH();
        Value it = iter_get(vm, o);
        if (it == V_NULL) goto error;
        TOP() = it;
        v_decref(vm, o);
        DISPATCH();
    }
    CASE(SEND) {
        Value v = POP();
        Value sub = TOP();
        if (v_is_gen(sub)) {
            RGen *g = (RGen *)sub;
            if (g->state == GEN_FINISHED) {
                v_decref(vm, v);
                retval = V_NONE;
                goto complete_return;
            }
            retval = v;
            rgen = g;
            goto resume_gen;
        }
        Value r;
        if (v == V_NONE) {
            /* the value of `yield from` is that of the StopIteration that ended sub,
               which the iterators between it and its source pass on */
            r = iter_next_pass(vm, sub);
            if (r == V_NULL) {
                if (vm_exc_pending(vm)) {
                    iter_stop_drop(vm);
                    goto error;
                }
                RExc *si = vm->stop_exc;
                vm->stop_exc = NULL;
                retval = si ? exc_stopiteration_value(vm, si) : V_NONE;
                obj_xdecref(vm, si);
                goto complete_return;
            }
        } else {
            r = call_method(vm, sub, vm->s_send, &v, 1);
            v_decref(vm, v);
            if (r == V_NULL) {
                if (!exc_matches(vm, vm->exc_StopIteration)) goto error;
                RExc *si = exc_fetch(vm);
                retval = exc_stopiteration_value(vm, si);
                obj_decref(vm, si);
                goto complete_return;
            }
        }
        PUSH(r);
        DISPATCH();
    }

    /* ---- exceptions ---- */
    CASE(RAISE_VARARGS) {
        if (arg == 0) {
            Value cur = exc_info_current(vm);
            if (cur == V_NONE) {
                exc_raisef(vm, vm->exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            RExc *old = vm->exc;
            vm->exc = (RExc *)v_incref(cur);
            obj_xdecref(vm, old);
            goto unwind;
        }
        Value cause = arg == 2 ? POP() : V_NULL;
        Value exc = POP();
        eval_raise(vm, exc, cause);
        goto error;
    }
    CASE(RERAISE) {
        Value e = POP();
        RExc *old = vm->exc;
        vm->exc = v_exc(e);
        obj_xdecref(vm, old);
        goto unwind;
    }
    CASE(PUSH_EXC_INFO) {
        Value e = TOP();
        TOP() = vm->exc_info->exc;
        vm->exc_info->exc = v_incref(e);
        PUSH(e);
        DISPATCH();
    }
    CASE(POP_EXCEPT) {
        Value prev = POP();
        Value old = vm->exc_info->exc;
        vm->exc_info->exc = prev;
        v_decref(vm, old);
        DISPATCH();
    }
    CASE(CHECK_EXC_MATCH) {
        Value type = POP();
        int r = eval_exc_match(vm, TOP(), type);
        v_decref(vm, type);
        if (r < 0) goto error;
        PUSH(v_bool(r));
        DISPATCH();
    }
    CASE(LOAD_ASSERTION_ERROR) {
        PUSH(v_incref(v_from_obj(vm->exc_AssertionError)));
        DISPATCH();
    }
    CASE(BEFORE_WITH) {
        Value mgr = TOP();
        Value exitf, res;
        if (with_enter(vm, mgr, &exitf, &res) < 0) goto error;
        TOP() = exitf;
        v_decref(vm, mgr);
        PUSH(res);
        DISPATCH();
    }
    CASE(WITH_EXCEPT_START) {
        Value exc = sp[-1];
        Value exitf = sp[-3];
        Value a[3] = { v_from_obj(v_obj(exc)->cls), exc, V_NONE };
        Value r = call_value(vm, exitf, a, 3, NULL);
        if (r == V_NULL) goto error;
        PUSH(r);
        DISPATCH();
    }

    /* ---- classes, modules, interactive ---- */
    CASE(LOAD_BUILD_CLASS) {
        Value b = dict_get_str(vm->builtins, vm->s___build_class__);
        if (b == V_NULL) {
            exc_raisef(vm, vm->exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(v_incref(b));
        DISPATCH();
    }
    CASE(IMPORT_NAME) {
        Value fromlist = POP();
        Value level = POP();
        SAVE();
        Value m = import_name(vm, names[arg], GLOBALS(), fromlist, level);
        v_decref(vm, fromlist);
        v_decref(vm, level);
        if (m == V_NULL) goto error;
        PUSH(m);
        DISPATCH();
    }
    CASE(IMPORT_FROM) {
        Value r = import_from(vm, TOP(), names[arg]);
        if (r == V_NULL) goto error;
        PUSH(r);
        DISPATCH();
    }
    CASE(PRINT_EXPR) {
        Value v = POP();
        int r = eval_print_expr(vm, v);
        v_decref(vm, v);
        if (r < 0) goto error;
        DISPATCH();
    }
    default:
        exc_raisef(vm, vm->exc_SystemError, "bad opcode %d", (int)INSTR_OP(w));
        goto error;
    }

    /* ---- generator resumption from bytecode ------------------------------------
       The resuming instruction (FOR_ITER, SEND, or a CALL of next/send/__next__) is
       at ip[-1] in the current frame; rgen is the generator, retval the value to send
       (owned). */
resume_gen:
    if (rgen->state == GEN_RUNNING) {
        v_decref(vm, retval);
        exc_raisef(vm, vm->exc_ValueError, "generator already executing");
        goto error;
    }
    if (rgen->state == GEN_FINISHED) {
        v_decref(vm, retval);
        retval = V_NONE;
        goto complete_return;
    }
    if (rgen->state == GEN_CREATED && retval != V_NONE) {
        v_decref(vm, retval);
        exc_raisef(vm, vm->exc_TypeError, "can't send non-None value to a just-started generator");
        goto error;
    }
    if (vm->depth >= vm->recursion_limit) {
        v_decref(vm, retval);
        recursion_error(vm);
        goto error;
    }
    SAVE();
    {
        Frame *gf = gen_frame(rgen);
        gen_enter(vm, rgen);
        gf->back = f;
        f = gf;
    }
    LOAD();
    PUSH(retval);
    DISPATCH();

    /* A generator resumed by the instruction at ip[-1] yielded retval. */
complete_yield:
    w = ip[-1];
    if (INSTR_OP(w) != OP_FOR_ITER && INSTR_OP(w) != OP_SEND) {
        sp = release_call(vm, sp, (size_t)call_entries(w));
    }
    PUSH(retval);
    DISPATCH();

    /* A generator resumed by the instruction at ip[-1] returned retval. */
complete_return:
    w = ip[-1];
    if (INSTR_OP(w) == OP_FOR_ITER) {
        v_decref(vm, retval);
        v_decref(vm, POP());
        JUMPTO(INSTR_ARG(w));
        DISPATCH();
    }
    if (INSTR_OP(w) == OP_SEND) {
        if (f->flags & FR_CLOSE_SUB) {
            /* the delegate we were closing returned: now GeneratorExit is raised here */
            f->flags &= ~(uint32_t)FR_CLOSE_SUB;
            v_decref(vm, retval);
            RExc *ge = exc_new(vm, vm->exc_GeneratorExit, NULL);
            if (ge) {
                exc_clear(vm);
                vm->exc = ge;
            }
            goto error;
        }
        v_decref(vm, POP());
        PUSH(retval);
        JUMPTO(INSTR_ARG(w));
        DISPATCH();
    }
    {
        /* next(g), next(g, default), g.send(v), g.__next__(), g.throw(e) */
        int n = call_entries(w);
        Value callee = sp[-n];
        bool has_default = INSTR_OP(w) == OP_CALL && INSTR_ARG(w) == 2 &&
            v_is_kind(callee, K_CFUNC) && (((RCFunc *)callee)->def->flags & CF_RESUME_NEXT);
        Value dflt = has_default ? v_incref(sp[-1]) : V_NULL;
        sp = release_call(vm, sp, (size_t)n);
        if (has_default) {
            v_decref(vm, retval);
            PUSH(dflt);
            DISPATCH();
        }
        stop_iteration(vm, retval);
        goto error;
    }

    /* ---- errors ---------------------------------------------------------------- */
error:
    {
        uint32_t at = ip > code0 ? (uint32_t)(ip - code0 - 1) : 0;
        if (vm->exc) exc_add_tb(vm, vm->exc, co, at, GLOBALS());
    }
unwind:
    {
        uint32_t at = ip > code0 ? (uint32_t)(ip - code0 - 1) : 0;
        const ExcEntry *h = code_handler(co, at);
        if (h) {
            Value *base = frame_stack(f) + h->depth;
            while (sp > base) v_decref(vm, POP());
            PUSH(v_from_obj(exc_fetch(vm)));
            JUMPTO(h->handler);
            DISPATCH();
        }
    }
    /* no handler: the exception leaves this frame; its stack goes now, its locals stay
       with the traceback (CPython keeps the frame alive through it) */
    vm->depth--;
    while (sp > frame_stack(f)) v_decref(vm, POP());
    f->sp = sp;
    exc_keep_locals(vm, vm->exc, co, f->slots, co->nlocals + co->ncells + co->nfrees);
    if (f->flags & FR_GEN) {
        RGen *g = frame_gen(f);
        Frame *caller = f->back;
        bool entry = (f->flags & FR_ENTRY) != 0;
        gen_leave(vm, g);
        gen_finish(vm, g);
        if (exc_matches(vm, vm->exc_StopIteration)) {
            /* PEP 479 */
            RExc *si = exc_fetch(vm);
            exc_raisef(vm, vm->exc_RuntimeError, "generator raised StopIteration");
            if (vm->exc) {
                v_store(vm, &vm->exc->cause, v_incref(v_from_obj(si)));
                v_store(vm, &vm->exc->context, v_from_obj(si));
                vm->exc->suppress_context = true;
            } else {
                obj_decref(vm, si);
            }
        }
        if (entry) goto exit_error;
        f = caller;
        LOAD();
        if (f->flags & FR_CLOSE_SUB) {
            /* the delegate we were closing finished by raising: GeneratorExit (the
               normal end of a close) or another error, which is raised here */
            f->flags &= ~(uint32_t)FR_CLOSE_SUB;
            if (exc_matches(vm, vm->exc_GeneratorExit)) {
                exc_clear(vm);
                RExc *ge = exc_new(vm, vm->exc_GeneratorExit, NULL);
                if (ge) vm->exc = ge;
            }
        }
        goto error;
    }
    if (f->flags & FR_ENTRY) {
        frame_pop(vm, f);
        goto exit_error_popped;
    }
    {
        Frame *caller = f->back;
        frame_pop(vm, f);
        f = caller;
        LOAD();
        goto error;
    }

exit_returned:
exit_returned_popped:
    *out = retval;
    vm->c_depth--;
    vm->frame = outer_frame;
    return EVAL_RETURNED;
exit_error:
exit_error_popped:
    *out = V_NULL;
    vm->c_depth--;
    vm->frame = outer_frame;
    return EVAL_ERROR;
}

/* ---- entries from C -------------------------------------------------------------- */

static int enter_c(rill_vm *vm)
{
    if (vm->c_depth >= vm->c_depth_limit) return recursion_error(vm);
    return 0;
}

/* Runs an arena frame that was set up (not yet entered) to completion. */
static Value run_frame(rill_vm *vm, Frame *f)
{
    if (vm->depth >= vm->recursion_limit || enter_c(vm) < 0) {
        if (!vm_exc_pending(vm)) recursion_error(vm);
        frame_pop(vm, f);
        return V_NULL;
    }
    vm->depth++;
    f->flags |= FR_ENTRY;
    Value out;
    run(vm, f, false, &out);
    return out;
}

Value eval_call_function(rill_vm *vm, RFunc *func, const Value *args, size_t nargs,
                         RTuple *kwnames)
{
    Value gen;
    Frame *f = setup_call(vm, func, args, nargs, kwnames, &gen);
    if (!f) return gen;
    return run_frame(vm, f);
}

Value eval_module(rill_vm *vm, RCode *code, RDict *globals)
{
    RFunc *fn = func_new(vm, code, globals);
    if (!fn) return V_NULL;
    Frame *f = frame_push(vm, fn);
    obj_decref(vm, fn);
    if (!f) return V_NULL;
    return run_frame(vm, f);
}

Value eval_class_body(rill_vm *vm, RFunc *body, RDict *ns)
{
    Frame *f = frame_push(vm, body);
    if (!f) return V_NULL;
    obj_incref(ns);
    f->locals = ns;
    RCode *co = body->code;
    if ((co->ncells || co->nfrees) && frame_init_cells(vm, f) < 0) {
        frame_pop(vm, f);
        return V_NULL;
    }
    return run_frame(vm, f);
}

EvalStatus gen_resume(rill_vm *vm, RGen *g, Value value, RExc *exc, bool closing, Value *out)
{
    *out = V_NULL;
    if (g->state == GEN_RUNNING) {
        exc_raisef(vm, vm->exc_ValueError, "generator already executing");
        return EVAL_ERROR;
    }
    if (g->state == GEN_FINISHED) {
        if (exc) {
            obj_incref(exc);
            exc_clear(vm);
            vm->exc = exc;
            return EVAL_ERROR;
        }
        *out = V_NONE;
        return EVAL_RETURNED;
    }
    if (g->state == GEN_CREATED && !exc && value != V_NONE) {
        exc_raisef(vm, vm->exc_TypeError, "can't send non-None value to a just-started generator");
        return EVAL_ERROR;
    }
    if (enter_c(vm) < 0) return EVAL_ERROR;
    Frame *gf = gen_frame(g);
    if (exc) {
        bool raise;
        obj_incref(exc);
        Frame *start = throw_into(vm, g, NULL, exc, closing, &raise);
        if (!start) return EVAL_ERROR;
        gf->flags |= FR_ENTRY;
        return run(vm, start, raise, out);
    }
    if (vm->depth >= vm->recursion_limit) {
        recursion_error(vm);
        return EVAL_ERROR;
    }
    gen_enter(vm, g);
    gf->back = NULL;
    gf->flags |= FR_ENTRY;
    *gf->sp++ = v_incref(value);
    return run(vm, gf, false, out);
}
