/*
** code.c — code objects: construction from the compiler's template, the line and
** exception tables' lookups, and teardown.
*/
#include <string.h>
#include "code.h"
#include "vm.h"
#include "str.h"
#include "seq.h"
#include "class.h"

RCode *code_new(rill_vm *vm, const RCode *tmpl)
{
    RCode *co = obj_alloc(vm, K_CODE, vm->cls_code, sizeof(RCode), false);
    if (!co) {
        RCode tmp = *tmpl;
        tmp.ncache = NULL;
        tmp.acache = NULL;
        code_clear(vm, &tmp);
        return NULL;
    }
    RObj h = co->h;
    *co = *tmpl;
    co->h = h;
    co->ncache = NULL;
    co->acache = NULL;
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
    mem_free(vm, co->postable, co->npostable);
    mem_free(vm, co->ncache, co->nnames * sizeof(NameCache));
    mem_free(vm, co->acache, co->nnames * sizeof(AttrCache));
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

static size_t put_varint(uint8_t *out, size_t at, uint32_t v)
{
    do {
        uint8_t byte = (uint8_t)(v & 0x7f);
        v >>= 7;
        if (out) out[at] = byte | (v ? 0x80 : 0);
        at++;
    } while (v);
    return at;
}

size_t code_pos_encode(uint8_t *out, uint32_t count, const CodePos *p)
{
    uint32_t form = 0;
    if (p->line > 0 && p->col >= 0 && p->end_col >= 0 && p->end_line >= p->line)
        form = p->end_line == p->line && p->end_col >= p->col ? 1 : 2;
    size_t n = put_varint(out, 0, (count - 1) << 2 | form);
    if (form == 1) {
        n = put_varint(out, n, (uint32_t)p->col);
        n = put_varint(out, n, (uint32_t)(p->end_col - p->col));
    } else if (form == 2) {
        n = put_varint(out, n, (uint32_t)(p->end_line - p->line));
        n = put_varint(out, n, (uint32_t)p->col);
        n = put_varint(out, n, (uint32_t)p->end_col);
    }
    return n;
}

/* Reads a varint at *at (bounded by end: a truncated table reads as zeros). */
static uint32_t get_varint(const uint8_t *t, size_t end, size_t *at)
{
    uint32_t v = 0;
    for (int shift = 0; *at < end && shift < 32; shift += 7) {
        uint8_t byte = t[(*at)++];
        v |= (uint32_t)(byte & 0x7f) << shift;
        if (!(byte & 0x80)) break;
    }
    return v;
}

bool code_position(const RCode *co, uint32_t ip, CodePos *p)
{
    p->line = p->end_line = code_line(co, ip);
    p->col = p->end_col = -1;
    /* runs are walked from the start: this only runs when a traceback is printed */
    size_t at = 0, end = co->npostable;
    uint32_t first = 0;
    while (at < end) {
        uint32_t lead = get_varint(co->postable, end, &at);
        uint32_t count = (lead >> 2) + 1, form = lead & 3;
        uint32_t a = 0, b = 0, c = 0;
        if (form == 1) {
            a = get_varint(co->postable, end, &at);
            b = get_varint(co->postable, end, &at);
        } else if (form == 2) {
            a = get_varint(co->postable, end, &at);
            b = get_varint(co->postable, end, &at);
            c = get_varint(co->postable, end, &at);
        }
        if (ip - first < count) {
            if (form == 0 || p->line <= 0) return false;
            if (form == 1) {
                p->col = (int32_t)a;
                p->end_col = (int32_t)(a + b);
            } else {
                p->end_line = p->line + (int32_t)a;
                p->col = (int32_t)b;
                p->end_col = (int32_t)c;
            }
            return true;
        }
        first += count;
    }
    return false;
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

/* ---- attributes of code objects ------------------------------------------------------ */

static RCode *as_code(Value v) { return (RCode *)v; }
static Value c_name(rill_vm *vm, Value v) { return v_incref(v_from_obj(as_code(v)->name)); }
static Value c_qualname(rill_vm *vm, Value v) { return v_incref(v_from_obj(as_code(v)->qualname)); }
static Value c_filename(rill_vm *vm, Value v) { return v_incref(v_from_obj(as_code(v)->filename)); }
static Value c_firstlineno(rill_vm *vm, Value v) { return v_int(as_code(v)->firstline); }
static Value c_argcount(rill_vm *vm, Value v) { return v_int(as_code(v)->argcount); }
static Value c_posonly(rill_vm *vm, Value v) { return v_int(as_code(v)->posonlycount); }
static Value c_kwonly(rill_vm *vm, Value v) { return v_int(as_code(v)->kwonlycount); }
static Value c_nlocals(rill_vm *vm, Value v) { return v_int(as_code(v)->nlocals); }
static Value c_flags(rill_vm *vm, Value v)
{
    /* CPython's bits: OPTIMIZED|NEWLOCALS, VARARGS 0x4, VARKEYWORDS 0x8, NESTED 0x10,
       GENERATOR 0x20 */
    RCode *co = as_code(v);
    int f = (co->flags & (CO_MODULE | CO_CLASSBODY)) ? 0 : 0x3;
    if (co->flags & CO_VARARGS) f |= 0x4;
    if (co->flags & CO_VARKW) f |= 0x8;
    if (co->flags & CO_NESTED) f |= 0x10;
    if (co->flags & CO_GENERATOR) f |= 0x20;
    return v_int(f);
}

static Value names_tuple(rill_vm *vm, RStr **names, size_t n)
{
    RTuple *t = tuple_new(vm, n);
    if (!t) return V_NULL;
    for (size_t i = 0; i < n; i++) tuple_init_item(t, i, v_incref(v_from_obj(names[i])));
    return v_from_obj(t);
}

static Value c_varnames(rill_vm *vm, Value v) { return names_tuple(vm, as_code(v)->localnames, as_code(v)->nlocals); }
static Value c_cellvars(rill_vm *vm, Value v) { return names_tuple(vm, as_code(v)->cellnames, as_code(v)->ncells); }
static Value c_freevars(rill_vm *vm, Value v)
{
    RCode *co = as_code(v);
    return names_tuple(vm, co->cellnames + co->ncells, co->nfrees);
}
static Value c_names(rill_vm *vm, Value v) { return names_tuple(vm, as_code(v)->names, as_code(v)->nnames); }

static const GetSetDef code_getsets[] = {
    { "co_name", c_name, NULL }, { "co_qualname", c_qualname, NULL },
    { "co_filename", c_filename, NULL }, { "co_firstlineno", c_firstlineno, NULL },
    { "co_argcount", c_argcount, NULL }, { "co_posonlyargcount", c_posonly, NULL },
    { "co_kwonlyargcount", c_kwonly, NULL }, { "co_nlocals", c_nlocals, NULL },
    { "co_flags", c_flags, NULL }, { "co_varnames", c_varnames, NULL },
    { "co_cellvars", c_cellvars, NULL }, { "co_freevars", c_freevars, NULL },
    { "co_names", c_names, NULL },
    { NULL, NULL, NULL }
};

int code_init_class(rill_vm *vm)
{
    return class_add_getsets(vm, vm->cls_code, code_getsets);
}
