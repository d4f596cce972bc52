/*
** frame.c — the frame arena: frames of ordinary calls are carved from big chunks, like
** a C stack but on the heap, so a call costs a pointer bump instead of a malloc, and
** recursion depth is bounded by the recursion limit rather than by the C stack.
*/
#include <string.h>
#include "frame.h"
#include "seq.h"
#include "str.h"

#define CHUNK_MIN_BYTES (64 * 1024)

struct FrameChunk {
    FrameChunk *prev;
    size_t size;                /* bytes of data[] */
    char *top;                  /* first free byte */
    char data[];
};

static FrameChunk *chunk_new(rill_vm *vm, FrameChunk *prev, size_t need)
{
    size_t size = need > CHUNK_MIN_BYTES ? need : CHUNK_MIN_BYTES;
    FrameChunk *c = mem_alloc(vm, sizeof(FrameChunk) + size);
    if (!c) return NULL;
    c->prev = prev;
    c->size = size;
    c->top = c->data;
    return c;
}

static size_t frame_bytes(const RCode *co)
{
    size_t n = sizeof(Frame) + frame_nslots(co) * sizeof(Value);
    return (n + 15) & ~(size_t)15;
}

Frame *frame_push(rill_vm *vm, RFunc *func)
{
    RCode *co = func->code;
    size_t bytes = frame_bytes(co);
    FrameChunk *c = vm->chunk;
    if (!c || (size_t)(c->data + c->size - c->top) < bytes) {
        FrameChunk *n = chunk_new(vm, c, bytes);
        if (!n) return NULL;
        vm->chunk = c = n;
    }
    Frame *f = (Frame *)c->top;
    c->top += bytes;
    f->back = NULL;
    obj_incref(func);
    f->func = func;
    f->ip = co->code;
    f->locals = NULL;
    f->flags = 0;
    size_t nfixed = co->nlocals + co->ncells + co->nfrees;
    for (size_t i = 0; i < nfixed; i++) f->slots[i] = V_NULL;
    f->sp = f->slots + nfixed;
    return f;
}

void frame_clear(rill_vm *vm, Frame *f)
{
    RFunc *func = f->func;
    if (!func) return;
    RCode *co = func->code;
    Value *end = f->sp;
    /* CPython clears a frame's slots in order, locals first */
    for (Value *p = f->slots; p < end; p++) {
        Value v = *p;
        *p = V_NULL;
        v_decref(vm, v);
    }
    f->sp = f->slots + co->nlocals + co->ncells + co->nfrees;
    obj_store(vm, &f->locals, NULL);
    f->func = NULL;
    obj_decref(vm, func);
}

void frame_pop(rill_vm *vm, Frame *f)
{
    frame_clear(vm, f);
    FrameChunk *c = vm->chunk;
    c->top = (char *)f;
    if (c->top == c->data && c->prev) {
        vm->chunk = c->prev;
        mem_free(vm, c, sizeof(FrameChunk) + c->size);
    }
}

void frame_arena_free(rill_vm *vm)
{
    while (vm->chunk) {
        FrameChunk *c = vm->chunk;
        vm->chunk = c->prev;
        mem_free(vm, c, sizeof(FrameChunk) + c->size);
    }
}

int frame_init_cells(rill_vm *vm, Frame *f)
{
    RCode *co = f->func->code;
    Value *cells = frame_cells(f);
    for (uint32_t i = 0; i < co->ncells; i++) {
        Value init = V_NULL;
        int32_t arg = co->cell2arg ? co->cell2arg[i] : -1;
        if (arg >= 0) {
            init = f->slots[arg];
            f->slots[arg] = V_NULL;
        }
        RCell *c = cell_new(vm, init);
        v_decref(vm, init);
        if (!c) return -1;
        cells[i] = v_from_obj(c);
    }
    RTuple *closure = f->func->closure;
    for (uint32_t i = 0; i < co->nfrees; i++)
        cells[co->ncells + i] = v_incref(closure->items[i]);
    return 0;
}

int frame_line(const Frame *f)
{
    const RCode *co = f->func->code;
    uint32_t ip = (uint32_t)(f->ip - co->code);
    return code_line(co, ip > 0 ? ip - 1 : 0);
}
