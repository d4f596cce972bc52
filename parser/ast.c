/*
** ast.c — the Arena every syntax tree lives in.
**
** Memory comes in blocks from the arena's realloc_fn hook (Lua style: new size 0
** frees; told the old size, so the VM counts arena bytes like its own), or from
** malloc/free when the hook is NULL. Nodes are bump-allocated and never freed one by
** one; arena_free() returns every block at once.
*/
#include "parser/ast.h"

#include <stdlib.h>
#include <string.h>

#define ALIGN _Alignof(max_align_t)
#define ROUND(n) (((n) + ALIGN - 1) & ~(size_t)(ALIGN - 1))
#define FIRST_BLOCK 8192
#define MAX_BLOCK (1u << 20)

struct ArenaBlock {
    ArenaBlock *next;
    size_t size;                /* bytes of the whole block, header included */
    size_t used;                /* bytes in use, header included */
};

#define HEADER ROUND(sizeof(ArenaBlock))

void arena_init(Arena *a, void *(*realloc_fn)(void *, void *, size_t, size_t), void *ud)
{
    a->head = NULL;
    a->realloc_fn = realloc_fn;
    a->ud = ud;
    a->failed = false;
}

static void *raw_alloc(Arena *a, size_t n)
{
    return a->realloc_fn ? a->realloc_fn(a->ud, NULL, 0, n) : malloc(n);
}

static void raw_free(Arena *a, void *p, size_t n)
{
    if (a->realloc_fn)
        a->realloc_fn(a->ud, p, n, 0);
    else
        free(p);
}

void *arena_alloc(Arena *a, size_t size)
{
    if (size > ((size_t)-1) / 4) {
        a->failed = true;
        return NULL;
    }
    size = ROUND(size ? size : 1);
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < size) {
        /* blocks grow with the tree, so big sources need few of them */
        size_t want = b ? b->size * 2 : FIRST_BLOCK;
        if (want > MAX_BLOCK)
            want = MAX_BLOCK;
        if (want < HEADER + size)
            want = HEADER + size;
        ArenaBlock *nb = raw_alloc(a, want);
        if (!nb) {
            a->failed = true;
            return NULL;
        }
        nb->size = want;
        nb->used = HEADER;
        /* a block made for one big request goes behind the current one, which may
           still have room for small ones */
        if (b && want == HEADER + size && b->size - b->used >= 256) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = (char *)b + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void arena_free(Arena *a)
{
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        raw_free(a, b, b->size);
        b = next;
    }
    a->head = NULL;
}
