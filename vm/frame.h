/*
** frame.h — frames, generators and the interpreter's entry points.
**
** A Frame holds one activation: its function, instruction pointer, value stack, and
** the local, cell and free slots that follow it in memory (layout in code.h). Frames of
** ordinary calls are carved from the VM's frame arena (frame.c), a chunked stack that
** only ever grows and shrinks at its top: only generator frames can outlive a call, and
** those live inside their RGen instead. No frame lives on the C stack, and calls
** between bytecode functions, as well as generator resumption from bytecode, switch
** frames inside one dispatch loop (eval.c) without recursing in C.
**
** Ownership: a frame owns a reference to its function and to every value in its slots
** and on its stack. An arena frame is released when its call ends; a generator frame
** when the generator finishes or dies.
*/
#ifndef rill_frame_h
#define rill_frame_h

#include "vm.h"
#include "func.h"

enum {
    FR_ENTRY   = 1 << 0,        /* entered from C: returning/yielding leaves eval_run */
    FR_GEN     = 1 << 1,        /* lives inside an RGen */
    FR_CLOSING = 1 << 2,        /* its generator is being closed: yielding is an error */
    FR_CLOSE_SUB = 1 << 3,      /* it is closing its yield from delegate: when that one
                                   finishes, GeneratorExit is raised here */
    FR_INIT      = 1 << 4,      /* an __init__ run for a class call: its caller already
                                   holds the instance, the return value must be None */
};

struct Frame {
    Frame *back;                /* the frame that called or resumed this one */
    RFunc *func;                /* strong */
    const uint32_t *ip;         /* next instruction (saved while not running) */
    Value *sp;                  /* top of the value stack (saved while not running) */
    RDict *locals;              /* class bodies: the namespace (strong), else NULL */
    uint32_t flags;
    Value slots[];
};

static inline RCode *frame_code(const Frame *f) { return f->func->code; }
static inline Value *frame_cells(Frame *f) { return f->slots + f->func->code->nlocals; }
static inline Value *frame_stack(Frame *f)
{
    RCode *co = f->func->code;
    return f->slots + co->nlocals + co->ncells + co->nfrees;
}
static inline size_t frame_nslots(const RCode *co)
{
    return co->nlocals + co->ncells + co->nfrees + co->stacksize;
}
/* Line being executed (or about to be resumed) in f. */
int frame_line(const Frame *f);

/* ---- generators ---------------------------------------------------------------- */
typedef enum GenState { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED } GenState;

struct RGen {
    RObj h;
    uint8_t state;
    uint32_t nslots;            /* the frame's slot count (its size, for freeing) */
    ExcInfo ei;                 /* the exception this generator is handling */
    /* the frame follows, see gen_frame() */
};

#define GEN_FRAME_OFFSET ((sizeof(RGen) + 7) & ~(size_t)7)
static inline Frame *gen_frame(RGen *g) { return (Frame *)((char *)g + GEN_FRAME_OFFSET); }
static inline RGen *frame_gen(Frame *f) { return (RGen *)((char *)f - GEN_FRAME_OFFSET); }
static inline bool v_is_gen(Value v) { return v_is_kind(v, K_GEN); }

/* ---- arena frames (frame.c) ------------------------------------------------------ */
/* A new frame for func with every slot V_NULL (cells not yet made), or NULL with
   MemoryError. frame_pop releases everything the frame holds and returns its memory. */
Frame *frame_push(rill_vm *vm, RFunc *func);
void frame_pop(rill_vm *vm, Frame *f);
/* Release the references a frame holds (locals, cells, stack up to sp, func), leaving it
   empty. */
void frame_clear(rill_vm *vm, Frame *f);
/* Set up cells and free variables after the parameters were bound: a cell for every
   cell variable (initialized from its parameter, cell2arg), the closure's cells for the
   free variables. 0 / -1. */
int frame_init_cells(rill_vm *vm, Frame *f);
void frame_arena_free(rill_vm *vm);

/* ---- the interpreter (eval.c) --------------------------------------------------- */
typedef enum EvalStatus { EVAL_ERROR = -1, EVAL_RETURNED = 0, EVAL_YIELDED = 1 } EvalStatus;

/* Calls func with a vector of arguments from C: binds them, runs the body (or, for a
   generator function, returns the new generator). New reference or V_NULL. */
Value eval_call_function(rill_vm *vm, RFunc *func, const Value *args, size_t nargs,
                         RTuple *kwnames);
/* Runs module-level code with the given globals: the result of the code (None) or
   V_NULL. */
Value eval_module(rill_vm *vm, RCode *code, RDict *globals);
/* Runs a class body with its namespace dict; returns the body's result (the __class__
   cell or None). */
Value eval_class_body(rill_vm *vm, RFunc *body, RDict *ns);

/* Resumes g from C: sends `value` (V_NONE for next), or raises `exc` (borrowed) at the
   suspended yield when exc is not NULL. The yielded or returned value goes to *out (new
   reference). With `closing` set the generator is being closed (exc is GeneratorExit):
   every generator down its yield from chain is closed, innermost first, as CPython's
   gen_close does, and one that yields instead reports "generator ignored GeneratorExit"
   to its closer. */
EvalStatus gen_resume(rill_vm *vm, RGen *g, Value value, RExc *exc, bool closing, Value *out);

/* The generator object for a frame that was just set up for a generator function
   (eval.c moves the bound arguments into it). */
RGen *gen_new(rill_vm *vm, RFunc *func);
/* next(g) / g.send(v) / g.throw(e) / g.close() from C, with CPython's semantics and
   errors. gen_send returns the yielded value, or V_NULL when the generator returned;
   `end` says what becomes of the return value then: */
typedef enum GenEnd {
    GEN_END_RAISE,      /* StopIteration(value) pending (next(g), g.send(v)) */
    GEN_END_DROP,       /* dropped, no exception: iter_next, the fast protocol */
    GEN_END_KEEP        /* no exception; StopIteration(value) in vm->stop_exc unless
                           the value is None (iter_next_pass) */
} GenEnd;
Value gen_send(rill_vm *vm, RGen *g, Value v, GenEnd end);
Value gen_throw(rill_vm *vm, RGen *g, Value exc);
int gen_close(rill_vm *vm, RGen *g);
/* Closes g because its last reference is gone (DESIGN §1): errors are reported as
   unraisable. Called by obj_dealloc and the collector. */
void gen_finalize(rill_vm *vm, RGen *g);
/* Does g need finalizing (started and not finished)? */
static inline bool gen_needs_close(RGen *g) { return g->state == GEN_SUSPENDED; }
/* The sub-iterator g is delegating to (yield from), borrowed, or V_NULL. */
Value gen_yieldfrom(RGen *g);
void gen_traverse(RGen *g, VisitFn visit, void *arg);
void gen_release(rill_vm *vm, RGen *g);
size_t gen_sizeof(RGen *g);

/* repr(g): <generator object QUALNAME at 0x...> */
RStr *gen_repr(rill_vm *vm, RGen *g);
/* The object gi_frame returns for a live generator. */
Value frame_proxy_new(rill_vm *vm, Value gen);
extern const NativeOps frame_view_ops;
/* Methods and attributes of the generator and frame classes (VM start). */
int gen_init_class(rill_vm *vm);

/* The currently handled exception (sys.exc_info()[1]), borrowed, V_NONE if none. */
Value exc_info_current(rill_vm *vm);

#endif
