/*
** code.c — code objects: construction from the compiler's template, the line and
** exception tables' lookups, and teardown.
*/
#include <string.h>
#include "code.h"
#include "vm.h"
#include "str.h"

RCode *code_new(rill_vm *vm, const RCode *tmpl)
{
    RCode *co = obj_alloc(vm, K_CODE, vm->cls_code, sizeof(RCode), false);
    if (!co) {
        RCode tmp = *tmpl;
        tmp.ncache = NULL;
        code_clear(vm, &tmp);
        return NULL;
    }
    RObj h = co->h;
    *co = *tmpl;
    co->h = h;
    co->ncache = NULL;
    return co;
}

void code_clear(rill_vm *vm, RCode *co)
{
    for (uint32_t i = 0; i < co->nconsts; i++) v_decref(vm, co->consts[i]);
    for (uint32_t i = 0; i < co->nnames; i++) obj_xdecref(vm, co->names[i]);
    for (uint32_t i = 0; i < co->nlocals; i++) obj_xdecref(vm, co->localnames[i]);
    for (uint32_t i = 0; i < co->ncells + co->nfrees; i++) obj_xdecref(vm, co->cellnames[i]);
    mem_free(vm, co->code, co->ncode * sizeof(uint32_t));
    mem_free(vm, co->consts, co->nconsts * sizeof(Value));
    mem_free(vm, co->names, co->nnames * sizeof(RStr *));
    mem_free(vm, co->localnames, co->nlocals * sizeof(RStr *));
    mem_free(vm, co->cellnames, (co->ncells + co->nfrees) * sizeof(RStr *));
    mem_free(vm, co->cell2arg, co->ncells * sizeof(int32_t));
    mem_free(vm, co->exctable, co->nexc * sizeof(ExcEntry));
    mem_free(vm, co->lines, co->nlines * sizeof(LineEntry));
    mem_free(vm, co->ncache, co->nnames * sizeof(NameCache));
    obj_xdecref(vm, co->name);
    obj_xdecref(vm, co->qualname);
    obj_xdecref(vm, co->filename);
    obj_xdecref(vm, co->source);
    v_decref(vm, co->doc);
    memset(&co->code, 0, sizeof(RCode) - offsetof(RCode, code));
}

int code_line(const RCode *co, uint32_t ip)
{
    /* binary search for the last entry starting at or before ip */
    uint32_t lo = 0, hi = co->nlines;
    if (hi == 0) return co->firstline;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (co->lines[mid].start <= ip) lo = mid; else hi = mid;
    }
    return co->lines[lo].line;
}

const ExcEntry *code_handler(const RCode *co, uint32_t ip)
{
    /* Entries are few and do not overlap (code.h). Should nested ranges ever appear,
       the innermost is the covering one that starts last. */
    const ExcEntry *best = NULL;
    for (uint32_t i = 0; i < co->nexc; i++) {
        const ExcEntry *e = &co->exctable[i];
        if (e->start > ip) break;
        if (ip < e->end && (!best || e->start >= best->start)) best = e;
    }
    return best;
}
