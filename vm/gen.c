/*
** gen.c — generator objects: creation, the bookkeeping of entering and leaving their
** frames, next/send/throw/close called from C, finalization when the last reference
** goes (DESIGN §1), and the generator type's methods and attributes.
**
** A generator is one allocation: the RGen header followed by its frame (frame.h). The
** interpreter (eval.c) resumes it in place; nothing is copied on yield.
*/
#include <stdio.h>
#include <string.h>
#include "eval.h"
#include "dict.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"
#include "seq.h"
#include "class.h"
#include "exc.h"

RGen *gen_new(rill_vm *vm, RFunc *func)
{
    RCode *co = func->code;
    size_t nslots = frame_nslots(co);
    size_t size = GEN_FRAME_OFFSET + sizeof(Frame) + nslots * sizeof(Value);
    RGen *g = obj_alloc(vm, K_GEN, vm->cls_generator, size, true);
    if (!g) return NULL;
    g->state = GEN_CREATED;
    g->nslots = (uint32_t)nslots;
    g->ei.exc = V_NONE;
    g->ei.prev = NULL;
    Frame *f = gen_frame(g);
    f->back = NULL;
    obj_incref(func);
    f->func = func;
    f->ip = co->code;
    f->locals = NULL;
    f->flags = FR_GEN;
    size_t nfixed = co->nlocals + co->ncells + co->nfrees;
    for (size_t i = 0; i < nfixed; i++) f->slots[i] = V_NULL;
    f->sp = f->slots + nfixed;
    return g;
}

size_t gen_sizeof(RGen *g)
{
    return GEN_FRAME_OFFSET + sizeof(Frame) + g->nslots * sizeof(Value);
}

/* Drop what the frame holds (slots up to sp, the class-body dict, the handled
   exception), keeping the function so gi_code and the repr still work. */
static void clear_slots(rill_vm *vm, RGen *g)
{
    Frame *f = gen_frame(g);
    if (!f->func) return;
    Value *base = f->slots;
    Value *end = f->sp;
    f->sp = frame_stack(f);
    for (Value *p = base; p < end; p++) {
        Value v = *p;
        *p = V_NULL;
        v_decref(vm, v);
    }
    obj_store(vm, &f->locals, NULL);
    v_store(vm, &g->ei.exc, V_NONE);
}

void gen_finish(rill_vm *vm, RGen *g)
{
    g->state = GEN_FINISHED;
    gen_frame(g)->flags = FR_GEN;
    gen_frame(g)->back = NULL;
    clear_slots(vm, g);
}

void gen_release(rill_vm *vm, RGen *g)
{
    if (g->state == GEN_RUNNING) return;
    g->state = GEN_FINISHED;
    clear_slots(vm, g);
    Frame *f = gen_frame(g);
    obj_store(vm, &f->func, NULL);
}

void gen_traverse(RGen *g, VisitFn visit, void *arg)
{
    Frame *f = gen_frame(g);
    /* A running frame's stack top lives in the interpreter's registers, not in the
       frame: visiting nothing then is safe (its references count as external, so the
       collector keeps what they point to alive). */
    if (g->state == GEN_RUNNING) return;
    if (f->func) visit(&f->func->h, arg);
    if (g->state == GEN_FINISHED) return;
    for (Value *p = f->slots; p < f->sp; p++) v_visit(*p, visit, arg);
    if (f->locals) visit(&f->locals->h, arg);
    v_visit(g->ei.exc, visit, arg);
}

Value gen_yieldfrom(RGen *g)
{
    if (g->state != GEN_SUSPENDED) return V_NULL;
    Frame *f = gen_frame(g);
    const uint32_t *ip = f->ip;
    if (ip - f->func->code->code < 2) return V_NULL;
    if (INSTR_OP(ip[-1]) != OP_YIELD_VALUE || INSTR_OP(ip[-2]) != OP_SEND) return V_NULL;
    return f->sp[-1];
}

Value exc_info_current(rill_vm *vm)
{
    for (ExcInfo *ei = vm->exc_info; ei; ei = ei->prev)
        if (ei->exc != V_NONE) return ei->exc;
    return V_NONE;
}

/* ---- next / send / throw / close from C ------------------------------------------ */

static void raise_stop(rill_vm *vm, Value v)
{
    if (v == V_NONE) {
        RExc *e = exc_new(vm, vm->exc_StopIteration, NULL);
        if (e) exc_set(vm, e);
    } else {
        exc_raise_arg(vm, vm->exc_StopIteration, v);
    }
    v_decref(vm, v);
}

Value gen_send(rill_vm *vm, RGen *g, Value v, GenEnd end)
{
    Value out;
    EvalStatus st = gen_resume(vm, g, v, NULL, false, &out);
    if (st == EVAL_YIELDED) return out;
    if (st == EVAL_ERROR) return V_NULL;
    if (end == GEN_END_RAISE || (end == GEN_END_KEEP && out != V_NONE)) {
        /* raised, then set aside: its __context__ is what it would be in CPython,
           where it is raised here and travels as the pending exception */
        raise_stop(vm, out);
        if (end == GEN_END_KEEP) iter_stop_keep(vm);
        return V_NULL;
    }
    v_decref(vm, out);
    return V_NULL;
}

Value gen_throw(rill_vm *vm, RGen *g, Value exc)
{
    Value out;
    EvalStatus st = gen_resume(vm, g, V_NONE, v_exc(exc), false, &out);
    if (st == EVAL_YIELDED) return out;
    if (st == EVAL_ERROR) return V_NULL;
    raise_stop(vm, out);
    return V_NULL;
}

int gen_close(rill_vm *vm, RGen *g)
{
    if (g->state == GEN_CREATED) {
        /* CPython raises GeneratorExit at the very start, which nothing can catch */
        gen_finish(vm, g);
        return 0;
    }
    if (g->state == GEN_FINISHED) return 0;
    RExc *ge = exc_new(vm, vm->exc_GeneratorExit, NULL);
    if (!ge) return -1;
    Value out;
    EvalStatus st = gen_resume(vm, g, V_NONE, ge, true, &out);
    obj_decref(vm, ge);
    if (st == EVAL_YIELDED) {
        v_decref(vm, out);
        return exc_raisef_i(vm, vm->exc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (st == EVAL_RETURNED) {
        v_decref(vm, out);     /* 3.11: close() returns None whatever the generator returned */
        return 0;
    }
    if (exc_matches(vm, vm->exc_GeneratorExit) || exc_matches(vm, vm->exc_StopIteration)) {
        exc_clear(vm);
        return 0;
    }
    return -1;
}

void gen_finalize(rill_vm *vm, RGen *g)
{
    /* an exception, or the end of an iteration, may be on its way up while this
       generator dies: keep them aside from what its finally blocks run */
    RExc *saved = exc_fetch(vm);
    RExc *saved_stop = vm->stop_exc;
    vm->stop_exc = NULL;
    if (gen_close(vm, g) < 0) exc_report_unraisable(vm, v_from_obj(g));
    exc_clear(vm);
    vm->exc = saved;
    iter_stop_drop(vm);
    vm->stop_exc = saved_stop;
}

RExc *gen_throw_value(rill_vm *vm, const Value *args, size_t nargs)
{
    Value typ = args[0];
    Value val = nargs > 1 ? args[1] : V_NONE;
    Value tb = nargs > 2 ? args[2] : V_NONE;
    if (tb != V_NONE)
        return exc_raisef_p(vm, vm->exc_TypeError, "throw() third argument must be a traceback object");
    if (v_is_class(typ) && (v_class_obj(typ)->flags & CLS_EXCEPTION)) {
        if (v_is_kind(val, K_EXC) && class_is_subclass(v_obj(val)->cls, v_class_obj(typ)))
            return (RExc *)v_incref(val);
        Value inst;
        if (val == V_NONE) inst = call_value(vm, typ, NULL, 0, NULL);
        else if (v_is_tuple(val)) inst = call_value(vm, typ, v_tuple(val)->items, v_tuple(val)->n, NULL);
        else inst = call_value(vm, typ, &val, 1, NULL);
        if (inst == V_NULL) return NULL;
        if (!v_is_kind(inst, K_EXC)) {
            exc_raisef(vm, vm->exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %T",
                       typ, inst);
            v_decref(vm, inst);
            return NULL;
        }
        return v_exc(inst);
    }
    if (v_is_kind(typ, K_EXC)) {
        if (val != V_NONE)
            return exc_raisef_p(vm, vm->exc_TypeError, "instance exception may not have a separate value");
        return (RExc *)v_incref(typ);
    }
    return exc_raisef_p(vm, vm->exc_TypeError,
                        "exceptions must be classes or instances deriving from BaseException, not %T",
                        typ);
}

/* ---- the generator type --------------------------------------------------------------- */

static RGen *self_gen(Value v) { return (RGen *)v; }

static Value m_send(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return gen_send(vm, self_gen(args[0]), args[1], GEN_END_RAISE);
}

static Value m_next(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return gen_send(vm, self_gen(args[0]), V_NONE, GEN_END_RAISE);
}

static Value m_iter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return v_incref(args[0]);
}

static Value m_throw(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (nargs < 2 || nargs > 4) {
        if (nargs < 2)
            return exc_raisef(vm, vm->exc_TypeError, "throw expected at least 1 argument, got 0");
        return exc_raisef(vm, vm->exc_TypeError, "throw expected at most 3 arguments, got %zu", nargs - 1);
    }
    RExc *e = gen_throw_value(vm, args + 1, nargs - 1);
    if (!e) return V_NULL;
    Value r = gen_throw(vm, self_gen(args[0]), v_from_obj(e));
    obj_decref(vm, e);
    return r;
}

static Value m_close(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return gen_close(vm, self_gen(args[0])) < 0 ? V_NULL : V_NONE;
}

static const CFuncDef gen_methods[] = {
    { "send", m_send, CF_METHOD | CF_RESUME_SEND, 1, 1, "send(arg) -> send 'arg' into generator" },
    { "throw", m_throw, CF_METHOD | CF_RESUME_THROW, -1, -1, "throw(value) -> raise exception in generator" },
    { "close", m_close, CF_METHOD, 0, 0, "close() -> raise GeneratorExit inside generator." },
    { "__next__", m_next, CF_METHOD | CF_RESUME_ITER, 0, 0, "Implement next(self)." },
    { "__iter__", m_iter, CF_METHOD, 0, 0, "Implement iter(self)." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static RCode *gen_code(Value self) { return gen_frame(self_gen(self))->func ? gen_frame(self_gen(self))->func->code : NULL; }

static Value g_running(rill_vm *vm, Value self) { return v_bool(self_gen(self)->state == GEN_RUNNING); }
static Value g_suspended(rill_vm *vm, Value self) { return v_bool(self_gen(self)->state == GEN_SUSPENDED); }
static Value g_frame(rill_vm *vm, Value self)
{
    if (self_gen(self)->state == GEN_FINISHED) return V_NONE;
    return frame_proxy_new(vm, self);
}
static Value g_code(rill_vm *vm, Value self)
{
    RCode *co = gen_code(self);
    return co ? v_incref(v_from_obj(co)) : V_NONE;
}
static Value g_yieldfrom(rill_vm *vm, Value self)
{
    Value y = gen_yieldfrom(self_gen(self));
    return y == V_NULL ? V_NONE : v_incref(y);
}
static Value g_name(rill_vm *vm, Value self)
{
    RCode *co = gen_code(self);
    return co ? v_incref(v_from_obj(co->name)) : V_NONE;
}
static Value g_qualname(rill_vm *vm, Value self)
{
    RCode *co = gen_code(self);
    return co ? v_incref(v_from_obj(co->qualname)) : V_NONE;
}

static const GetSetDef gen_getsets[] = {
    { "gi_running", g_running, NULL },
    { "gi_suspended", g_suspended, NULL },
    { "gi_frame", g_frame, NULL },
    { "gi_code", g_code, NULL },
    { "gi_yieldfrom", g_yieldfrom, NULL },
    { "__name__", g_name, NULL },
    { "__qualname__", g_qualname, NULL },
    { NULL, NULL, NULL }
};

RStr *gen_repr(rill_vm *vm, RGen *g)
{
    RCode *co = gen_frame(g)->func ? gen_frame(g)->func->code : NULL;
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)g);
    return str_format(vm, "<generator object %U at %s>", co ? co->qualname : vm->empty_str, addr);
}

/* ---- frame objects (gi_frame) ----------------------------------------------------
   rill's frames are not objects; gi_frame gives a small view of the generator's frame
   with the attributes scripts look at. */
typedef struct RFrameView {
    RObj h;
    Value gen;
} RFrameView;

static void fv_traverse(RObj *o, VisitFn visit, void *arg) { v_visit(((RFrameView *)o)->gen, visit, arg); }
static void fv_clear(rill_vm *vm, RObj *o) { v_store(vm, &((RFrameView *)o)->gen, V_NONE); }

const NativeOps frame_view_ops = {
    sizeof(RFrameView), true, fv_traverse, fv_clear, NULL, NULL
};

Value frame_proxy_new(rill_vm *vm, Value gen)
{
    RFrameView *fv = obj_alloc(vm, K_NATIVE, vm->cls_frame, sizeof(RFrameView), true);
    if (!fv) return V_NULL;
    fv->gen = v_incref(gen);
    return v_from_obj(fv);
}

static RGen *fv_gen(Value self)
{
    Value g = ((RFrameView *)self)->gen;
    return v_is_gen(g) ? (RGen *)g : NULL;
}

static Value f_lineno(rill_vm *vm, Value self)
{
    RGen *g = fv_gen(self);
    if (!g || !gen_frame(g)->func) return V_NONE;
    Frame *f = gen_frame(g);
    if (g->state == GEN_CREATED) return v_int(f->func->code->firstline);
    return v_int(frame_line(f));
}
static Value f_code(rill_vm *vm, Value self)
{
    RGen *g = fv_gen(self);
    return g ? g_code(vm, v_from_obj(g)) : V_NONE;
}
static Value f_globals(rill_vm *vm, Value self)
{
    RGen *g = fv_gen(self);
    if (!g || !gen_frame(g)->func) return V_NONE;
    return v_incref(v_from_obj(gen_frame(g)->func->globals));
}

static const GetSetDef frame_getsets[] = {
    { "f_lineno", f_lineno, NULL },
    { "f_code", f_code, NULL },
    { "f_globals", f_globals, NULL },
    { NULL, NULL, NULL }
};

int gen_init_class(rill_vm *vm)
{
    RClass *c = vm->cls_generator;
    if (cfunc_add_all(vm, c->dict, gen_methods, c) < 0) return -1;
    if (class_add_getsets(vm, c, gen_getsets) < 0) return -1;
    return class_add_getsets(vm, vm->cls_frame, frame_getsets);
}
