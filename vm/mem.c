/*
** mem.c — the VM's allocator front end: every byte rill allocates passes through here,
** so the VM always knows how much it holds and can enforce a memory limit by raising
** MemoryError instead of failing.
**
** Small blocks (the objects a program makes and drops by the million: floats, frames'
** cells, small tuples, instance dicts) are recycled through per-size free lists rather
** than returned to the host's allocator at once. Sizes up to SMALL_LIMIT are rounded to
** 16 bytes — consistently in alloc, realloc and free, so the host is always told the
** size it handed out. vm->bytes counts blocks in use; vm->cache_bytes the recycled
** ones, which the memory limit counts too and which go back to the host when the limit
** is reached and when the VM is freed.
*/
#include <stdlib.h>
#include <string.h>
#include "vm.h"

#define SMALL_LIMIT 256
#define FREELIST_MAX 512            /* blocks kept per size class */

typedef struct FreeBlock {
    struct FreeBlock *next;
} FreeBlock;

static inline size_t round_size(size_t n)
{
    if (n == 0) n = 1;
    return n <= SMALL_LIMIT ? (n + 15) & ~(size_t)15 : n;
}

static inline size_t class_of(size_t rounded) { return rounded / 16 - 1; }

void mem_release_caches(rill_vm *vm)
{
    for (size_t c = 0; c < MEM_SMALL_CLASSES; c++) {
        FreeBlock *b = vm->freelist[c];
        while (b) {
            FreeBlock *next = b->next;
            vm->cfg.realloc_fn(vm->cfg.alloc_ud, b, (c + 1) * 16, 0);
            b = next;
        }
        vm->freelist[c] = NULL;
        vm->freecount[c] = 0;
    }
    vm->cache_bytes = 0;
}

/* Would growing by `more` bytes break the limit? Gives the caches back first. */
static bool over_limit(rill_vm *vm, size_t more)
{
    if (vm->cfg.mem_limit == 0) return false;
    if (vm->bytes + vm->cache_bytes + more <= vm->cfg.mem_limit) return false;
    mem_release_caches(vm);
    return vm->bytes + more > vm->cfg.mem_limit;
}

static void *host_realloc(rill_vm *vm, void *p, size_t oldsize, size_t newsize)
{
    if (newsize > oldsize && over_limit(vm, newsize - oldsize)) {
        exc_nomem(vm);
        return NULL;
    }
    void *np = vm->cfg.realloc_fn(vm->cfg.alloc_ud, p, oldsize, newsize);
    if (!np) {
        /* the host may be short of memory our caches hold: give them back and retry */
        if (vm->cache_bytes) {
            mem_release_caches(vm);
            np = vm->cfg.realloc_fn(vm->cfg.alloc_ud, p, oldsize, newsize);
        }
        if (!np) {
            exc_nomem(vm);
            return NULL;
        }
    }
    vm->bytes = vm->bytes - oldsize + newsize;
    if (vm->bytes > vm->peak_bytes) vm->peak_bytes = vm->bytes;
    return np;
}

void *mem_alloc(rill_vm *vm, size_t size)
{
    size_t n = round_size(size);
    if (n <= SMALL_LIMIT) {
        size_t c = class_of(n);
        FreeBlock *b = vm->freelist[c];
        if (b) {
            vm->freelist[c] = b->next;
            vm->freecount[c]--;
            vm->cache_bytes -= n;
            vm->bytes += n;
            if (vm->bytes > vm->peak_bytes) vm->peak_bytes = vm->bytes;
            return b;
        }
    }
    return host_realloc(vm, NULL, 0, n);
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
    size_t n = round_size(size);
    vm->bytes -= n;
    if (n <= SMALL_LIMIT) {
        size_t c = class_of(n);
        if (vm->freecount[c] < FREELIST_MAX) {
            FreeBlock *b = p;
            b->next = vm->freelist[c];
            vm->freelist[c] = b;
            vm->freecount[c]++;
            vm->cache_bytes += n;
            return;
        }
    }
    vm->cfg.realloc_fn(vm->cfg.alloc_ud, p, n, 0);
}

void *mem_realloc(rill_vm *vm, void *p, size_t oldsize, size_t newsize)
{
    if (newsize == 0) {
        mem_free(vm, p, oldsize);
        return NULL;
    }
    if (!p) return mem_alloc(vm, newsize);
    size_t o = round_size(oldsize), n = round_size(newsize);
    if (o == n) return p;
    if (o <= SMALL_LIMIT || n <= SMALL_LIMIT) {
        /* crossing into or out of the small classes: move the block */
        void *np = mem_alloc(vm, newsize);
        if (!np) return NULL;
        memcpy(np, p, o < n ? o : n);
        mem_free(vm, p, oldsize);
        return np;
    }
    return host_realloc(vm, p, o, n);
}

size_t mem_grow_cap(size_t cap, size_t need)
{
    size_t n = cap < 8 ? 8 : cap;
    while (n < need) n += n >> 1;
    return n;
}
