/*
** gc.c — object lifetime: allocation, deallocation when a count reaches zero, and the
** cycle collector.
**
** Reference counting gives rill CPython's deterministic finalization: a suspended
** generator is closed inside the decref that drops its last reference. Freeing recurses
** into children the way CPython's deallocators do (so finalizers run in the same order),
** but only DEALLOC_DEPTH_MAX levels deep; deeper objects wait on a pending list that the
** outermost deallocation drains (CPython's "trashcan"), so dropping a million-long chain
** cannot overflow the C stack.
**
** The collector is CPython's algorithm over tracked containers, one generation: count
** references from outside the candidate set (gc_refs = rc minus internal references),
** flood reachability from those, finalize the unreachable generators (each at most once,
** PEP 442), back out anything a finalizer resurrected, and clear the rest so reference
** counting frees them. It runs only at safe points (eval.c polls gc_should_collect()
** on backward jumps), never inside an allocation, so C code never sees it mid-operation.
*/
#include <string.h>
#include "gc.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "seq.h"
#include "dict.h"
#include "func.h"
#include "class.h"
#include "exc.h"
#include "frame.h"

#define DEALLOC_DEPTH_MAX 50

/* ---- the tracked list ---------------------------------------------------------- */

static void list_link(GCHead *list, GCHead *g)
{
    g->next = list;
    g->prev = list->prev;
    list->prev->next = g;
    list->prev = g;
}

static void list_unlink(GCHead *g)
{
    g->prev->next = g->next;
    g->next->prev = g->prev;
    g->next = g->prev = NULL;
}

void *obj_alloc(rill_vm *vm, ObjKind kind, RClass *cls, size_t size, bool container)
{
    RObj *o;
    if (container) {
        GCHead *g = mem_alloc(vm, sizeof(GCHead) + size);
        if (!g) return NULL;
        list_link(&vm->gc_list, g);
        vm->gc_count++;
        o = GC_OBJ(g);
        o->gcbits = GC_CONTAINER | GC_TRACKED;
    } else {
        o = mem_alloc(vm, size);
        if (!o) return NULL;
        o->gcbits = 0;
    }
    o->rc = 1;
    o->kind = (uint8_t)kind;
    o->aux = 0;
    o->cls = cls;
    if (cls) obj_incref(cls);
    return o;
}

void *obj_resize(rill_vm *vm, void *o, size_t oldsize, size_t newsize)
{
    /* only leaves are resized: they have no GCHead and nothing points into them */
    return mem_realloc(vm, o, oldsize, newsize);
}

size_t obj_size(RObj *o)
{
    switch ((ObjKind)o->kind) {
    case K_INT: return big_size((RBig *)o);
    case K_FLOAT: return sizeof(RFloat);
    case K_STR: return sizeof(RStr) + ((RStr *)o)->len + 1;
    case K_TUPLE: return sizeof(RTuple) + ((RTuple *)o)->n * sizeof(Value);
    case K_LIST: return sizeof(RList);
    case K_DICT: return sizeof(RDict);
    case K_SET: case K_FROZENSET: return sizeof(RSet);
    case K_RANGE: return sizeof(RRange);
    case K_SLICE: return sizeof(RSlice);
    case K_CODE: return sizeof(RCode);
    case K_FUNC: return sizeof(RFunc);
    case K_CFUNC: return sizeof(RCFunc);
    case K_BOUND: return sizeof(RBound);
    case K_CELL: return sizeof(RCell);
    case K_GEN: return gen_sizeof((RGen *)o);
    case K_CLASS: return sizeof(RClass);
    case K_INST: return sizeof(RInst);
    case K_EXC: return sizeof(RExc);
    case K_MODULE: return sizeof(RModule);
    case K_PROPERTY: return sizeof(RProperty);
    case K_STATICMETHOD: case K_CLASSMETHOD: return sizeof(RMethodWrap);
    case K_SUPER: return sizeof(RSuper);
    case K_NATIVE: return o->cls->native->size;
    case K_SINGLETON: return sizeof(RObj);
    case K__COUNT: break;
    }
    return sizeof(RObj);
}

/* ---- per-kind traversal, clearing and release ------------------------------------ */

static void traverse(RObj *o, VisitFn visit, void *arg)
{
    if (o->cls && &o->cls->h != o) visit(&o->cls->h, arg);
    switch ((ObjKind)o->kind) {
    case K_TUPLE: {
        RTuple *t = (RTuple *)o;
        for (size_t i = 0; i < t->n; i++) v_visit(t->items[i], visit, arg);
        break;
    }
    case K_LIST: {
        RList *l = (RList *)o;
        for (size_t i = 0; i < l->n; i++) v_visit(l->items[i], visit, arg);
        break;
    }
    case K_DICT: dict_traverse((RDict *)o, visit, arg); break;
    case K_SET: case K_FROZENSET: set_traverse((RSet *)o, visit, arg); break;
    case K_SLICE: {
        RSlice *s = (RSlice *)o;
        v_visit(s->start, visit, arg); v_visit(s->stop, visit, arg); v_visit(s->step, visit, arg);
        break;
    }
    case K_FUNC: {
        RFunc *f = (RFunc *)o;
        if (f->globals) visit(&f->globals->h, arg);
        if (f->defaults) visit(&f->defaults->h, arg);
        if (f->kwdefaults) visit(&f->kwdefaults->h, arg);
        if (f->closure) visit(&f->closure->h, arg);
        if (f->dict) visit(&f->dict->h, arg);
        v_visit(f->doc, visit, arg);
        v_visit(f->module, visit, arg);
        break;
    }
    case K_CFUNC: v_visit(((RCFunc *)o)->self, visit, arg); v_visit(((RCFunc *)o)->module, visit, arg); break;
    case K_BOUND: v_visit(((RBound *)o)->func, visit, arg); v_visit(((RBound *)o)->self, visit, arg); break;
    case K_CELL: v_visit(((RCell *)o)->v, visit, arg); break;
    case K_GEN: gen_traverse((RGen *)o, visit, arg); break;
    case K_CLASS: {
        RClass *c = (RClass *)o;
        if (c->bases) visit(&c->bases->h, arg);
        if (c->mro) visit(&c->mro->h, arg);
        if (c->dict) visit(&c->dict->h, arg);
        break;
    }
    case K_INST: if (((RInst *)o)->dict) visit(&((RInst *)o)->dict->h, arg); break;
    case K_EXC: exc_traverse((RExc *)o, visit, arg); break;
    case K_MODULE: if (((RModule *)o)->dict) visit(&((RModule *)o)->dict->h, arg); break;
    case K_PROPERTY: {
        RProperty *p = (RProperty *)o;
        v_visit(p->fget, visit, arg); v_visit(p->fset, visit, arg);
        v_visit(p->fdel, visit, arg); v_visit(p->doc, visit, arg);
        break;
    }
    case K_STATICMETHOD: case K_CLASSMETHOD: v_visit(((RMethodWrap *)o)->func, visit, arg); break;
    case K_SUPER: {
        RSuper *s = (RSuper *)o;
        if (s->type) visit(&s->type->h, arg);
        v_visit(s->obj, visit, arg);
        if (s->obj_type) visit(&s->obj_type->h, arg);
        break;
    }
    case K_NATIVE:
        if (o->cls->native->traverse) o->cls->native->traverse(o, visit, arg);
        break;
    default:
        break;
    }
}

#define CLEAR_V(field) v_store(vm, &(field), V_NONE)
#define CLEAR_P(field) obj_store(vm, &(field), NULL)

/* Drop an object's references, leaving it consistent (the collector's tp_clear). Tuples
   are immutable and need none: a cycle through a tuple always passes through something
   mutable that can be cleared. */
static void clear_refs(rill_vm *vm, RObj *o)
{
    switch ((ObjKind)o->kind) {
    case K_LIST: list_clear(vm, (RList *)o); break;
    case K_DICT: dict_clear(vm, (RDict *)o); break;
    case K_SET: case K_FROZENSET: set_clear(vm, (RSet *)o); break;
    case K_SLICE: {
        RSlice *s = (RSlice *)o;
        CLEAR_V(s->start); CLEAR_V(s->stop); CLEAR_V(s->step);
        break;
    }
    case K_FUNC: {
        RFunc *f = (RFunc *)o;
        CLEAR_P(f->defaults); CLEAR_P(f->kwdefaults); CLEAR_P(f->closure); CLEAR_P(f->dict);
        CLEAR_V(f->doc); CLEAR_V(f->module);
        break;
    }
    case K_CFUNC: CLEAR_V(((RCFunc *)o)->self); CLEAR_V(((RCFunc *)o)->module); break;
    case K_BOUND: CLEAR_V(((RBound *)o)->func); CLEAR_V(((RBound *)o)->self); break;
    case K_CELL: v_store(vm, &((RCell *)o)->v, V_NULL); break;
    case K_GEN: gen_release(vm, (RGen *)o); break;
    case K_CLASS:
        /* a class is in its own MRO: that cycle is broken here, as CPython's type_clear */
        if (((RClass *)o)->dict) dict_clear(vm, ((RClass *)o)->dict);
        CLEAR_P(((RClass *)o)->mro);
        ((RClass *)o)->version++;
        vm->class_epoch++;
        break;
    case K_INST: CLEAR_P(((RInst *)o)->dict); break;
    case K_EXC: exc_release(vm, (RExc *)o); break;
    case K_MODULE: if (((RModule *)o)->dict) dict_clear(vm, ((RModule *)o)->dict); break;
    case K_PROPERTY: {
        RProperty *p = (RProperty *)o;
        CLEAR_V(p->fget); CLEAR_V(p->fset); CLEAR_V(p->fdel); CLEAR_V(p->doc);
        break;
    }
    case K_STATICMETHOD: case K_CLASSMETHOD: CLEAR_V(((RMethodWrap *)o)->func); break;
    case K_SUPER: CLEAR_V(((RSuper *)o)->obj); break;
    case K_NATIVE:
        if (o->cls->native->clear) o->cls->native->clear(vm, o);
        break;
    default:
        break;
    }
}

/* Everything an object holds, released for good before its memory goes. The order
   follows CPython's deallocators (lists and tuples from the last item to the first),
   because the order in which dropped generators run their finally blocks shows. */
static void release(rill_vm *vm, RObj *o)
{
    switch ((ObjKind)o->kind) {
    case K_STR:
        if (o->aux & STR_INTERNED) str_table_remove(vm, (RStr *)o);
        break;
    case K_TUPLE: {
        RTuple *t = (RTuple *)o;
        for (size_t i = t->n; i-- > 0;) v_decref(vm, t->items[i]);
        break;
    }
    case K_LIST: {
        RList *l = (RList *)o;
        Value *items = l->items;
        size_t n = l->n, cap = l->cap;
        l->items = NULL;
        l->n = l->cap = 0;
        for (size_t i = n; i-- > 0;) v_decref(vm, items[i]);
        mem_free(vm, items, cap * sizeof(Value));
        break;
    }
    case K_DICT: dict_release(vm, (RDict *)o); break;
    case K_SET: case K_FROZENSET: set_release(vm, (RSet *)o); break;
    case K_RANGE: {
        RRange *r = (RRange *)o;
        v_decref(vm, r->start); v_decref(vm, r->stop); v_decref(vm, r->step); v_decref(vm, r->len);
        break;
    }
    case K_CODE: code_clear(vm, (RCode *)o); break;
    case K_FUNC: {
        RFunc *f = (RFunc *)o;
        clear_refs(vm, o);
        obj_xdecref(vm, f->globals);
        obj_xdecref(vm, f->code);
        obj_xdecref(vm, f->name);
        obj_xdecref(vm, f->qualname);
        break;
    }
    case K_CLASS: {
        RClass *c = (RClass *)o;
        obj_xdecref(vm, c->dict);
        obj_xdecref(vm, c->mro);
        obj_xdecref(vm, c->bases);
        obj_xdecref(vm, c->name);
        obj_xdecref(vm, c->qualname);
        obj_xdecref(vm, c->tpname);
        break;
    }
    case K_MODULE:
        obj_xdecref(vm, ((RModule *)o)->dict);
        obj_xdecref(vm, ((RModule *)o)->name);
        break;
    case K_SUPER: {
        RSuper *s = (RSuper *)o;
        v_decref(vm, s->obj);
        obj_xdecref(vm, s->type);
        obj_xdecref(vm, s->obj_type);
        break;
    }
    case K_CELL: v_decref(vm, ((RCell *)o)->v); break;
    case K_NATIVE:
        clear_refs(vm, o);
        if (o->cls->native->destroy) o->cls->native->destroy(vm, o);
        break;
    default:
        clear_refs(vm, o);
        break;
    }
}

static void free_memory(rill_vm *vm, RObj *o)
{
    RClass *cls = o->cls;
    size_t size = obj_size(o);
    if (o->gcbits & GC_CONTAINER)
        mem_free(vm, GC_HEAD(o), sizeof(GCHead) + size);
    else
        mem_free(vm, o, size);
    /* every object counts a reference to its class, except `type`, its own class */
    if (cls && (RObj *)cls != o) obj_decref(vm, cls);
}

static void untrack(rill_vm *vm, RObj *o)
{
    if (o->gcbits & GC_TRACKED) {
        list_unlink(GC_HEAD(o));
        o->gcbits &= (uint8_t)~GC_TRACKED;
        if (vm->gc_count > 0) vm->gc_count--;
    }
}

static void destroy(rill_vm *vm, RObj *o)
{
    release(vm, o);
    free_memory(vm, o);
}

static void drain_pending(rill_vm *vm)
{
    while (vm->free_pending) {
        RObj *o = vm->free_pending;
        vm->free_pending = (RObj *)GC_HEAD(o)->next;
        vm->dealloc_depth++;
        destroy(vm, o);
        vm->dealloc_depth--;
    }
}

void obj_dealloc(rill_vm *vm, RObj *o)
{
    if (o->kind == K_GEN && !(o->gcbits & GC_FINALIZED) && gen_needs_close((RGen *)o)) {
        /* Close it now, inside this decref, as CPython does; the finalizer may
           resurrect it, in which case it lives on. */
        o->gcbits |= GC_FINALIZED;
        o->rc = 1;
        gen_finalize(vm, (RGen *)o);
        if (--o->rc != 0) return;
    }
    if (!(o->gcbits & GC_CONTAINER)) {
        destroy(vm, o);
        return;
    }
    untrack(vm, o);
    if (vm->dealloc_depth >= DEALLOC_DEPTH_MAX) {
        GC_HEAD(o)->next = (GCHead *)vm->free_pending;
        vm->free_pending = o;
        return;
    }
    vm->dealloc_depth++;
    destroy(vm, o);
    vm->dealloc_depth--;
    if (vm->dealloc_depth == 0 && vm->free_pending) drain_pending(vm);
}

void gc_untrack(rill_vm *vm, RObj *o) { untrack(vm, o); }

/* ---- the cycle collector ------------------------------------------------------- */

static void visit_decref(RObj *child, void *arg)
{
    (void)arg;
    if (child->gcbits & GC_COLLECTING) GC_HEAD(child)->refs--;
}

/* The mark stack is threaded through the refs field of objects already known to be
   reachable (their count is no longer needed), so marking allocates nothing. */
static void push_mark(RObj **stack, RObj *o)
{
    o->gcbits |= GC_REACHABLE;
    GC_HEAD(o)->refs = (uintptr_t)*stack;
    *stack = o;
}

static void visit_reach(RObj *child, void *arg)
{
    if ((child->gcbits & (GC_COLLECTING | GC_REACHABLE)) == GC_COLLECTING)
        push_mark((RObj **)arg, child);
}

static void flood(RObj *stack)
{
    while (stack) {
        RObj *o = stack;
        stack = (RObj *)GC_HEAD(o)->refs;
        traverse(o, visit_reach, &stack);
    }
}

/* Marks what in `list` is reachable from outside it: gcbits GC_REACHABLE. `bias` is
   subtracted from every count first (the collector's own temporary references). Leaves
   the prev links broken: relink() restores them. */
static void mark_reachable(GCHead *list, uint32_t bias)
{
    for (GCHead *g = list->next; g != list; g = g->next) {
        RObj *o = GC_OBJ(g);
        g->refs = o->rc - bias;
        o->gcbits = (uint8_t)((o->gcbits | GC_COLLECTING) & ~GC_REACHABLE);
    }
    for (GCHead *g = list->next; g != list; g = g->next) traverse(GC_OBJ(g), visit_decref, NULL);
    RObj *stack = NULL;
    for (GCHead *g = list->next; g != list; g = g->next) {
        RObj *o = GC_OBJ(g);
        if (!(o->gcbits & GC_REACHABLE) && g->refs > 0) push_mark(&stack, o);
    }
    flood(stack);
}

/* Rebuilds the prev links of `list` and moves the objects without GC_REACHABLE into
   `out`; everything keeps GC_COLLECTING cleared except what moved. */
static void relink_split(GCHead *list, GCHead *out)
{
    GCHead *prev = list;
    GCHead *g = list->next;
    while (g != list) {
        GCHead *next = g->next;
        RObj *o = GC_OBJ(g);
        if (o->gcbits & GC_REACHABLE) {
            o->gcbits &= (uint8_t)~(GC_REACHABLE | GC_COLLECTING);
            g->prev = prev;
            prev->next = g;
            prev = g;
        } else {
            list_link(out, g);
        }
        g = next;
    }
    prev->next = list;
    list->prev = prev;
}

static void list_init(GCHead *l) { l->next = l->prev = l; }

static bool list_empty(const GCHead *l) { return l->next == l; }

static void list_merge(GCHead *from, GCHead *to)
{
    if (list_empty(from)) return;
    GCHead *first = from->next, *last = from->prev;
    first->prev = to->prev;
    to->prev->next = first;
    last->next = to;
    to->prev = last;
    list_init(from);
}

size_t gc_collect(rill_vm *vm)
{
    if (vm->gc_running || vm->dealloc_depth > 0) return 0;
    vm->gc_running = true;
    GCHead unreachable;
    list_init(&unreachable);

    mark_reachable(&vm->gc_list, 0);
    relink_split(&vm->gc_list, &unreachable);

    size_t collected = 0;
    if (!list_empty(&unreachable)) {
        /* Keep every candidate alive while finalizers run. */
        for (GCHead *g = unreachable.next; g != &unreachable; g = g->next) {
            RObj *o = GC_OBJ(g);
            o->rc++;
            o->gcbits &= (uint8_t)~GC_COLLECTING;
        }
        /* Finalize (close) suspended generators, once each. The list may change under
           us only by objects leaving it (freed ones cannot be: we hold them). */
        for (GCHead *g = unreachable.next; g != &unreachable; g = g->next) {
            RObj *o = GC_OBJ(g);
            if (o->kind == K_GEN && !(o->gcbits & GC_FINALIZED) && gen_needs_close((RGen *)o)) {
                o->gcbits |= GC_FINALIZED;
                gen_finalize(vm, (RGen *)o);
            }
        }
        /* Anything a finalizer made reachable again goes back, with all it reaches. */
        GCHead still;
        list_init(&still);
        mark_reachable(&unreachable, 1);
        relink_split(&unreachable, &still);
        /* the resurrected go back to the main list, without our hold on them */
        while (!list_empty(&unreachable)) {
            GCHead *g = unreachable.next;
            list_unlink(g);
            list_link(&vm->gc_list, g);
            obj_decref(vm, GC_OBJ(g));
        }
        /* Clear the rest: reference counting then frees them. Each is moved back to the
           main list first so its deallocation unlinks it from there. */
        while (!list_empty(&still)) {
            GCHead *g = still.next;
            RObj *o = GC_OBJ(g);
            list_unlink(g);
            list_link(&vm->gc_list, g);
            o->gcbits &= (uint8_t)~GC_COLLECTING;
            clear_refs(vm, o);
            obj_decref(vm, o);
            collected++;
        }
    }
    vm->gc_count = 0;
    vm->gc_running = false;
    return collected;
}

bool gc_should_collect(rill_vm *vm)
{
    return vm->gc_enabled && vm->gc_count > vm->gc_threshold && !vm->gc_running;
}

void gc_maybe_collect(rill_vm *vm)
{
    if (!gc_should_collect(vm)) return;
    size_t live = 0;
    gc_collect(vm);
    for (GCHead *g = vm->gc_list.next; g != &vm->gc_list; g = g->next) live++;
    /* Collect again after the heap grows by half (at least GC_MIN_THRESHOLD new
       containers): a fixed threshold would make building a big structure quadratic. */
    vm->gc_threshold = live / 2 > GC_MIN_THRESHOLD ? live / 2 : GC_MIN_THRESHOLD;
}

void gc_init(rill_vm *vm)
{
    list_init(&vm->gc_list);
    vm->gc_threshold = GC_MIN_THRESHOLD;
    vm->gc_enabled = true;
}

size_t gc_tracked_count(rill_vm *vm)
{
    size_t n = 0;
    for (GCHead *g = vm->gc_list.next; g != &vm->gc_list; g = g->next) n++;
    return n;
}

/* VM teardown, after globals were cleared and cycles collected: whatever is still
   tracked is garbage now (built-in classes and their dicts, modules, leftovers). Clear
   every reference without running any code, then let reference counting free it all. */
void gc_free_all(rill_vm *vm)
{
    GCHead all;
    list_init(&all);
    vm->gc_running = true;
    list_merge(&vm->gc_list, &all);
    for (GCHead *g = all.next; g != &all; g = g->next) {
        RObj *o = GC_OBJ(g);
        o->rc++;
        o->gcbits |= GC_FINALIZED;   /* never finalize (run code) from here on */
    }
    for (GCHead *g = all.next; g != &all; g = g->next) {
        RObj *o = GC_OBJ(g);
        clear_refs(vm, o);
        if (o->kind == K_CLASS) {
            /* the first classes are instances of each other (str's name is a str, dict's
               namespace a dict): drop everything so those loops open too */
            RClass *c = (RClass *)o;
            CLEAR_P(c->bases);
            CLEAR_P(c->dict);
            CLEAR_P(c->name);
            CLEAR_P(c->qualname);
            CLEAR_P(c->tpname);
        }
    }
    while (!list_empty(&all)) {
        GCHead *g = all.next;
        list_unlink(g);
        list_link(&vm->gc_list, g);
        obj_decref(vm, GC_OBJ(g));
    }
    vm->gc_running = false;
}
