/*
** mem.c — the VM's allocator front end: every byte rill allocates passes through here,
** so the VM always knows how much it holds (vm->bytes) and can enforce a memory limit by
** raising MemoryError instead of failing.
*/
#include <stdlib.h>
#include <string.h>
#include "vm.h"

static bool over_limit(rill_vm *vm, size_t oldsize, size_t newsize)
{
    if (vm->cfg.mem_limit == 0 || newsize <= oldsize) return false;
    return vm->bytes - oldsize + newsize > vm->cfg.mem_limit;
}

void *mem_realloc(rill_vm *vm, void *p, size_t oldsize, size_t newsize)
{
    if (newsize == 0) {
        mem_free(vm, p, oldsize);
        return NULL;
    }
    if (over_limit(vm, oldsize, newsize)) {
        exc_nomem(vm);
        return NULL;
    }
    void *np = vm->cfg.realloc_fn(vm->cfg.alloc_ud, p, oldsize, newsize);
    if (!np) {
        exc_nomem(vm);
        return NULL;
    }
    vm->bytes = vm->bytes - oldsize + newsize;
    if (vm->bytes > vm->peak_bytes) vm->peak_bytes = vm->bytes;
    return np;
}

void *mem_alloc(rill_vm *vm, size_t size)
{
    return mem_realloc(vm, NULL, 0, size ? size : 1);
}

void *mem_calloc(rill_vm *vm, size_t size)
{
    void *p = mem_alloc(vm, size);
    if (p) memset(p, 0, size);
    return p;
}

void mem_free(rill_vm *vm, void *p, size_t size)
{
    if (!p) return;
    vm->cfg.realloc_fn(vm->cfg.alloc_ud, p, size ? size : 1, 0);
    vm->bytes -= size ? size : 1;
}

size_t mem_grow_cap(size_t cap, size_t need)
{
    size_t n = cap < 8 ? 8 : cap;
    while (n < need) n += n >> 1;
    return n;
}
