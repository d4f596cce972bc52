/*
** opcodes.c — the tables generated from the opcode list in opcodes.h: names (for
** --dis), flags, and stack effects (for the compiler's stack-depth computation).
*/
#include "opcodes.h"

const char *const op_names[OP__COUNT] = {
#define X(n, e, b, f) #n,
    RILL_OPCODES(X)
#undef X
};

const uint8_t op_flags[OP__COUNT] = {
#define X(n, e, b, f) f,
    RILL_OPCODES(X)
#undef X
};

/* Stack effect of op with argument a: on fall-through (jump == 0) or when it jumps. */
int op_stack_effect(int op, int arg, int jump)
{
    int a = arg;
    (void)a;
    switch (op) {
#define X(n, e, b, f) case OP_##n: return jump ? (b) : (e);
    RILL_OPCODES(X)
#undef X
    default:
        return 0;
    }
}
