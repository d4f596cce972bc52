/*
** dis.c — the --dis listing: for each code object (nested ones after their parent) a
** header with its name, place and counts, one line per instruction (source line when it
** changes, ">>" on jump targets, index, name, argument and what the argument means),
** then the exception table.
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "parser.h"
#include "../vm/vm.h"
#include "../vm/code.h"
#include "../vm/opcodes.h"
#include "../vm/ops.h"
#include "../vm/str.h"

typedef struct Out {
    rill_vm *vm;
    void (*write)(void *ud, const char *s, size_t n);
    void *ud;
    StrBuf b;
} Out;

static void flush_line(Out *o)
{
    sb_addc(&o->b, '\n');
    if (!o->b.failed)
        o->write(o->ud, o->b.data, o->b.len);
    o->b.len = 0;
}

static void addf(Out *o, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        sb_add(&o->b, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static void add_rstr(Out *o, const RStr *s)
{
    if (s)
        sb_add(&o->b, s->data, s->len);
    else
        sb_adds(&o->b, "?");
}

/* repr of a constant; a failing repr is shown as "?" and leaves nothing pending. */
static void add_const(Out *o, Value v)
{
    if (v_is_kind(v, K_CODE)) {
        RCode *co = (RCode *)v_obj(v);
        sb_adds(&o->b, "<code ");
        add_rstr(o, co->qualname);
        addf(o, ", line %d>", (int)co->firstline);
        return;
    }
    RStr *r = obj_repr(o->vm, v);
    if (!r) {
        exc_clear(o->vm);
        sb_adds(&o->b, "?");
        return;
    }
    add_rstr(o, r);
    obj_decref(o->vm, r);
}

static bool takes_arg(int op)
{
    switch (op) {
    case OP_NOP: case OP_POP_TOP: case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR:
    case OP_DELETE_SUBSCR: case OP_UNARY_NEG: case OP_UNARY_POS: case OP_UNARY_NOT:
    case OP_UNARY_INVERT: case OP_GET_ITER: case OP_RETURN_VALUE: case OP_LIST_TO_TUPLE:
    case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER: case OP_RERAISE:
    case OP_PUSH_EXC_INFO: case OP_POP_EXCEPT: case OP_CHECK_EXC_MATCH:
    case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
    case OP_LOAD_BUILD_CLASS: case OP_PRINT_EXPR:
        return false;
    default:
        return !(op >= OP_BIN_ADD && op <= OP_IN_MATMUL) && !(op >= OP_CMP_LT && op <= OP_CMP_GE);
    }
}

/* What an argument means, in parentheses after it. */
static void add_meaning(Out *o, const RCode *co, int op, uint32_t a)
{
    switch (op) {
    case OP_LOAD_CONST:
        sb_adds(&o->b, " (");
        if (a < co->nconsts)
            add_const(o, co->consts[a]);
        sb_adds(&o->b, ")");
        return;
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME:
    case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        sb_adds(&o->b, " (");
        add_rstr(o, a < co->nnames ? co->names[a] : NULL);
        sb_adds(&o->b, ")");
        return;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        sb_adds(&o->b, " (");
        add_rstr(o, a < co->nlocals ? co->localnames[a] : NULL);
        sb_adds(&o->b, ")");
        return;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
        sb_adds(&o->b, " (");
        add_rstr(o, a < co->ncells + co->nfrees ? co->cellnames[a] : NULL);
        sb_adds(&o->b, ")");
        return;
    case OP_IS_OP:
        sb_adds(&o->b, a ? " (is not)" : " (is)");
        return;
    case OP_CONTAINS_OP:
        sb_adds(&o->b, a ? " (not in)" : " (in)");
        return;
    case OP_FORMAT_VALUE: {
        static const char *const conv[] = {"", "str", "repr", "ascii"};
        if (a & 3)
            addf(o, " (%s%s)", conv[a & 3], (a & 4) ? ", with format" : "");
        else if (a & 4)
            sb_adds(&o->b, " (with format)");
        return;
    }
    case OP_UNPACK_EX:
        addf(o, " (%u before, %u after)", (unsigned)(a & 0xff), (unsigned)(a >> 8));
        return;
    case OP_MAKE_FUNCTION:
        if (a) {
            const char *sep = " (";
            static const char *const what[] = {"defaults", "kwdefaults", "", "closure"};
            for (int i = 0; i < 4; i++) {
                if ((a & (1u << i)) && what[i][0]) {
                    addf(o, "%s%s", sep, what[i]);
                    sep = ", ";
                }
            }
            sb_adds(&o->b, ")");
        }
        return;
    case OP_CALL_EX:
        if (a & 1)
            sb_adds(&o->b, " (with kwargs)");
        return;
    case OP_RAISE_VARARGS:
        if (a == 0)
            sb_adds(&o->b, " (reraise)");
        return;
    default:
        if (op_flags[op] & OPF_JUMP)
            addf(o, " (to %u)", (unsigned)a);
        return;
    }
}

static void add_flags(Out *o, unsigned flags)
{
    static const char *const names[] = {"VARARGS", "VARKW", "GENERATOR", "NESTED",
                                        "CLASSBODY", "MODULE", "GENEXPR"};
    bool any = false;
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (flags & (1u << i)) {
            addf(o, "%s%s", any ? "|" : "", names[i]);
            any = true;
        }
    }
    if (!any)
        sb_adds(&o->b, "0");
}

static void add_names(Out *o, const char *label, RStr *const *names, uint32_t n)
{
    if (!n)
        return;
    addf(o, "  %s:", label);
    for (uint32_t i = 0; i < n; i++) {
        sb_adds(&o->b, i ? ", " : " ");
        add_rstr(o, names[i]);
    }
    flush_line(o);
}

/* targets[ip] = 1 for jump and handler targets (NULL if out of memory: no marks). */
static uint8_t *jump_targets(Out *o, const RCode *co)
{
    uint8_t *t = mem_calloc(o->vm, co->ncode + 1);
    if (!t) {
        exc_clear(o->vm);
        return NULL;
    }
    for (uint32_t i = 0; i < co->ncode; i++)
        if ((op_flags[INSTR_OP(co->code[i])] & OPF_JUMP) && INSTR_ARG(co->code[i]) < co->ncode)
            t[INSTR_ARG(co->code[i])] = 1;
    for (uint32_t i = 0; i < co->nexc; i++)
        if (co->exctable[i].handler < co->ncode)
            t[co->exctable[i].handler] = 1;
    return t;
}

static void dis_one(Out *o, const RCode *co)
{
    sb_adds(&o->b, "Disassembly of ");
    add_rstr(o, co->qualname);
    sb_adds(&o->b, " (");
    add_rstr(o, co->filename);
    addf(o, ", line %d):", (int)co->firstline);
    flush_line(o);
    addf(o, "  argcount=%u posonly=%u kwonly=%u nlocals=%u stacksize=%u flags=",
         (unsigned)co->argcount, (unsigned)co->posonlycount, (unsigned)co->kwonlycount,
         (unsigned)co->nlocals, (unsigned)co->stacksize);
    add_flags(o, co->flags);
    flush_line(o);
    add_names(o, "locals", co->localnames, co->nlocals);
    add_names(o, "cells", co->cellnames, co->ncells);
    add_names(o, "frees", co->cellnames + co->ncells, co->nfrees);
    int last = -1;
    uint32_t li = 0;
    uint8_t *targets = jump_targets(o, co);
    for (uint32_t ip = 0; ip < co->ncode; ip++) {
        while (li < co->nlines && co->lines[li].start <= ip)
            li++;
        int line = li ? co->lines[li - 1].line : co->firstline;
        if (line != last)
            addf(o, "%5d ", line);
        else
            sb_adds(&o->b, "      ");
        last = line;
        int op = (int)INSTR_OP(co->code[ip]);
        uint32_t a = INSTR_ARG(co->code[ip]);
        addf(o, "%s %5u %-20s", targets && targets[ip] ? ">>" : "  ", (unsigned)ip,
             op < OP__COUNT ? op_names[op] : "???");
        if (op == OP_LOAD_SMALL_INT)
            addf(o, " %5ld", (long)a - SMALL_INT_BIAS);
        else if (op < OP__COUNT && takes_arg(op)) {
            addf(o, " %5u", (unsigned)a);
            add_meaning(o, co, op, a);
        }
        while (o->b.len && o->b.data[o->b.len - 1] == ' ')
            o->b.len--;
        flush_line(o);
    }
    if (targets)
        mem_free(o->vm, targets, co->ncode + 1);
    if (co->nexc) {
        sb_adds(&o->b, "  exception table:");
        flush_line(o);
        for (uint32_t i = 0; i < co->nexc; i++) {
            const ExcEntry *e = &co->exctable[i];
            addf(o, "    %u to %u -> %u [depth %u]", (unsigned)e->start,
                 (unsigned)e->end - 1, (unsigned)e->handler, (unsigned)e->depth);
            flush_line(o);
        }
    }
}

static void dis_rec(Out *o, const RCode *co, int depth)
{
    dis_one(o, co);
    if (depth > 200)
        return;
    for (uint32_t i = 0; i < co->nconsts; i++) {
        if (v_is_kind(co->consts[i], K_CODE)) {
            flush_line(o);
            dis_rec(o, (const RCode *)v_obj(co->consts[i]), depth + 1);
        }
    }
}

void dis_code(rill_vm *vm, RCode *co, void (*write)(void *ud, const char *s, size_t n),
              void *ud)
{
    Out o = {vm, write, ud, {0}};
    sb_init(&o.b, vm);
    dis_rec(&o, co, 0);
    bool failed = o.b.failed;
    sb_free(&o.b);
    if (failed)
        exc_clear(vm);
}
