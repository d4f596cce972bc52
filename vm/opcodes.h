/*
** opcodes.h — the one list of rill's bytecode instructions.
**
** The X-macro below generates the opcode enum (OP_*), the names --dis prints, the
** stack effects the compiler uses to compute each code object's maximum stack depth,
** and (in eval.c) the dispatch table. Order matters only for readability.
**
** ENCODING. An instruction is one 32-bit word: the opcode in the low 8 bits, an
** unsigned 24-bit argument above it (INSTR_OP / INSTR_ARG). Jump targets are absolute
** instruction indexes. "names[k]" is the code object's name table (interned strings),
** "consts[k]" its constant pool, "locals[i]" the frame's local slots (parameters first),
** "cells[i]" the cell/free slots (cell variables first, then free variables).
**
** Stack notation: [a, b] -> [c] means b is the top of stack before, and the
** instruction pops a and b and pushes c. V_NULL marks the "no self" entry that
** LOAD_METHOD may push.
**
** X(NAME, effect, branch_effect, flags)
**   effect        stack effect when execution falls through (may use `a`, the arg)
**   branch_effect stack effect when the instruction jumps (jump instructions only)
**   flags         OPF_JUMP: the argument is a jump target
**
** EXCEPTION HANDLING uses a per-code exception table, not a block stack (see code.h):
** when an instruction at index ip raises, the innermost entry covering ip gives the
** handler; the value stack is cut down to the entry's depth, the exception object is
** pushed, and execution continues at the handler. No entry: the frame is popped and
** the exception goes to the caller.
*/
#ifndef rill_opcodes_h
#define rill_opcodes_h

#include <stdint.h>

enum { OPF_JUMP = 1 };

/* Binary operators: X(SUFFIX, symbol, dunder, reflected dunder, in-place dunder). */
#define RILL_BINOPS(X) \
    X(ADD,      "+",  __add__,      __radd__,      __iadd__) \
    X(SUB,      "-",  __sub__,      __rsub__,      __isub__) \
    X(MUL,      "*",  __mul__,      __rmul__,      __imul__) \
    X(TRUEDIV,  "/",  __truediv__,  __rtruediv__,  __itruediv__) \
    X(FLOORDIV, "//", __floordiv__, __rfloordiv__, __ifloordiv__) \
    X(MOD,      "%",  __mod__,      __rmod__,      __imod__) \
    X(POW,      "**", __pow__,      __rpow__,      __ipow__) \
    X(LSHIFT,   "<<", __lshift__,   __rlshift__,   __ilshift__) \
    X(RSHIFT,   ">>", __rshift__,   __rrshift__,   __irshift__) \
    X(AND,      "&",  __and__,      __rand__,      __iand__) \
    X(OR,       "|",  __or__,       __ror__,       __ior__) \
    X(XOR,      "^",  __xor__,      __rxor__,      __ixor__) \
    X(MATMUL,   "@",  __matmul__,   __rmatmul__,   __imatmul__)

typedef enum BinOp {
#define X(n, sym, d, r, i) BINOP_##n,
    RILL_BINOPS(X)
#undef X
    BINOP__COUNT
} BinOp;

/* Comparisons, in this order everywhere (CMP_LT + CmpOp). */
typedef enum CmpOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;

#define RILL_OPCODES(X) \
    /* ---- stack ------------------------------------------------------------ */ \
    X(NOP,               0, 0, 0)   /* */ \
    X(POP_TOP,          -1, 0, 0)   /* [x] -> [] */ \
    X(COPY,              1, 0, 0)   /* push a new reference to stack[-a] (a >= 1) */ \
    X(SWAP,              0, 0, 0)   /* swap TOS and stack[-a] (a >= 2) */ \
    X(LOAD_CONST,        1, 0, 0)   /* [] -> [consts[a]] */ \
    X(LOAD_SMALL_INT,    1, 0, 0)   /* [] -> [int(a - 0x800000)] (ints in ±2^23) */ \
    /* ---- variables -------------------------------------------------------- */ \
    X(LOAD_FAST,         1, 0, 0)   /* [] -> [locals[a]]; UnboundLocalError if unbound */ \
    X(STORE_FAST,       -1, 0, 0)   /* [v] -> []; locals[a] = v */ \
    X(DELETE_FAST,       0, 0, 0)   /* unbind locals[a]; UnboundLocalError if unbound */ \
    X(LOAD_DEREF,        1, 0, 0)   /* [] -> [contents of cells[a]] */ \
    X(STORE_DEREF,      -1, 0, 0)   /* [v] -> []; cells[a].contents = v */ \
    X(DELETE_DEREF,      0, 0, 0)   /* empty cells[a] */ \
    X(LOAD_CLOSURE,      1, 0, 0)   /* [] -> [cells[a]] (the cell itself, for closures) */ \
    X(LOAD_CLASSDEREF,   1, 0, 0)   /* class body: locals dict[name of cells[a]], else cell */ \
    X(LOAD_GLOBAL,       1, 0, 0)   /* [] -> [globals or builtins [names[a]]]; NameError */ \
    X(STORE_GLOBAL,     -1, 0, 0)   /* [v] -> []; globals[names[a]] = v */ \
    X(DELETE_GLOBAL,     0, 0, 0)   /* del globals[names[a]]; NameError */ \
    X(LOAD_NAME,         1, 0, 0)   /* class bodies: locals dict, globals, builtins */ \
    X(STORE_NAME,       -1, 0, 0)   /* [v] -> []; locals dict[names[a]] = v */ \
    X(DELETE_NAME,       0, 0, 0)   /* del locals dict[names[a]]; NameError */ \
    /* ---- attributes and items --------------------------------------------- */ \
    X(LOAD_ATTR,         0, 0, 0)   /* [o] -> [o.names[a]] */ \
    X(STORE_ATTR,       -2, 0, 0)   /* [v, o] -> []; o.names[a] = v */ \
    X(DELETE_ATTR,      -1, 0, 0)   /* [o] -> []; del o.names[a] */ \
    X(LOAD_METHOD,       1, 0, 0)   /* [o] -> [func, o] if names[a] is a plain method   \
                                       found on o's class, else [o.names[a], V_NULL] */ \
    X(BINARY_SUBSCR,    -1, 0, 0)   /* [o, k] -> [o[k]] */ \
    X(STORE_SUBSCR,     -3, 0, 0)   /* [v, o, k] -> []; o[k] = v */ \
    X(DELETE_SUBSCR,    -2, 0, 0)   /* [o, k] -> []; del o[k] */ \
    X(BUILD_SLICE,   1 - (a), 0, 0) /* a = 2: [lo, hi] -> [slice]; a = 3: [lo, hi, step] */ \
    /* ---- operators: [x, y] -> [x OP y]; the IN_ forms are x OP= y ---------- */ \
    X(BIN_ADD, -1, 0, 0) X(BIN_SUB, -1, 0, 0) X(BIN_MUL, -1, 0, 0) \
    X(BIN_TRUEDIV, -1, 0, 0) X(BIN_FLOORDIV, -1, 0, 0) X(BIN_MOD, -1, 0, 0) \
    X(BIN_POW, -1, 0, 0) X(BIN_LSHIFT, -1, 0, 0) X(BIN_RSHIFT, -1, 0, 0) \
    X(BIN_AND, -1, 0, 0) X(BIN_OR, -1, 0, 0) X(BIN_XOR, -1, 0, 0) X(BIN_MATMUL, -1, 0, 0) \
    X(IN_ADD, -1, 0, 0) X(IN_SUB, -1, 0, 0) X(IN_MUL, -1, 0, 0) \
    X(IN_TRUEDIV, -1, 0, 0) X(IN_FLOORDIV, -1, 0, 0) X(IN_MOD, -1, 0, 0) \
    X(IN_POW, -1, 0, 0) X(IN_LSHIFT, -1, 0, 0) X(IN_RSHIFT, -1, 0, 0) \
    X(IN_AND, -1, 0, 0) X(IN_OR, -1, 0, 0) X(IN_XOR, -1, 0, 0) X(IN_MATMUL, -1, 0, 0) \
    X(UNARY_NEG,         0, 0, 0)   /* [x] -> [-x] */ \
    X(UNARY_POS,         0, 0, 0)   /* [x] -> [+x] */ \
    X(UNARY_NOT,         0, 0, 0)   /* [x] -> [not x] */ \
    X(UNARY_INVERT,      0, 0, 0)   /* [x] -> [~x] */ \
    X(CMP_LT, -1, 0, 0) X(CMP_LE, -1, 0, 0) X(CMP_EQ, -1, 0, 0) \
    X(CMP_NE, -1, 0, 0) X(CMP_GT, -1, 0, 0) X(CMP_GE, -1, 0, 0) \
    X(IS_OP,            -1, 0, 0)   /* [x, y] -> [x is y] (a = 1: is not) */ \
    X(CONTAINS_OP,      -1, 0, 0)   /* [x, y] -> [x in y] (a = 1: not in) */ \
    /* ---- control flow ----------------------------------------------------- */ \
    X(JUMP,              0, 0, OPF_JUMP)  /* forward or backward, no interrupt check */ \
    X(JUMP_BACK,         0, 0, OPF_JUMP)  /* loop back edge: polls interrupts/limits */ \
    X(POP_JUMP_IF_FALSE, -1, -1, OPF_JUMP) \
    X(POP_JUMP_IF_TRUE,  -1, -1, OPF_JUMP) \
    X(POP_JUMP_IF_NONE,  -1, -1, OPF_JUMP) \
    X(POP_JUMP_IF_NOT_NONE, -1, -1, OPF_JUMP) \
    X(JUMP_IF_FALSE_OR_POP, -1, 0, OPF_JUMP) /* falsy: keep it and jump; else pop */ \
    X(JUMP_IF_TRUE_OR_POP,  -1, 0, OPF_JUMP) \
    X(GET_ITER,          0, 0, 0)   /* [o] -> [iter(o)] */ \
    X(FOR_ITER,          1, -1, OPF_JUMP) /* [it] -> [it, next(it)]; exhausted: [] and jump */ \
    X(RETURN_VALUE,     -1, 0, 0)   /* [v] -> return v */ \
    /* ---- building values -------------------------------------------------- */ \
    X(BUILD_TUPLE,   1 - (a), 0, 0) /* [x1..xa] -> [(x1, ..., xa)] */ \
    X(BUILD_LIST,    1 - (a), 0, 0) \
    X(BUILD_SET,     1 - (a), 0, 0) \
    X(BUILD_MAP, 1 - 2 * (a), 0, 0) /* [k1, v1, ..., ka, va] -> [dict] */ \
    X(BUILD_CONST_KEY_MAP, -(a), 0, 0) /* [v1..va, keys tuple] -> [dict] */ \
    X(LIST_APPEND,      -1, 0, 0)   /* [.., v] -> []; stack[-a] (after the pop).append(v) */ \
    X(SET_ADD,          -1, 0, 0)   /* likewise .add(v) */ \
    X(MAP_ADD,          -2, 0, 0)   /* [k, v] -> []; stack[-a] (after the pops)[k] = v */ \
    X(LIST_EXTEND,      -1, 0, 0)   /* [it] -> []; stack[-a].extend(it) */ \
    X(SET_UPDATE,       -1, 0, 0)   /* [it] -> []; stack[-a].update(it) */ \
    X(DICT_UPDATE,      -1, 0, 0)   /* [m] -> []; stack[-a].update(m) ({**m}) */ \
    X(DICT_MERGE,       -1, 0, 0)   /* [m] -> []; like DICT_UPDATE but a repeated key is   \
                                       "f() got multiple values for keyword argument 'k'", \
                                       f being the callable at stack[-a-2] (after the pop) */ \
    X(LIST_TO_TUPLE,     0, 0, 0)   /* [list] -> [tuple] */ \
    X(UNPACK_SEQUENCE, (a) - 1, 0, 0) /* [seq] -> [xa, ..., x1] (x1 on top) */ \
    X(UNPACK_EX,  ((a) & 0xff) + ((a) >> 8), 0, 0) /* a = before | after << 8: [seq] ->  \
                                       [after items reversed, list of the rest, before   \
                                       items reversed] (first target on top) */ \
    X(FORMAT_VALUE, ((a) & 4) ? -1 : 0, 0, 0) /* a & 3: 0 none, 1 !s, 2 !r, 3 !a;      \
                                       a & 4: [v, spec] -> [format(conv(v), spec)];    \
                                       else [v] -> [format(conv(v), '')] */ \
    X(BUILD_STRING,  1 - (a), 0, 0) /* [s1..sa] -> [s1 + ... + sa] */ \
    /* ---- functions and calls ---------------------------------------------- */ \
    X(MAKE_FUNCTION, -(((a) & 1) + (((a) >> 1) & 1) + (((a) >> 3) & 1)), 0, 0) /* [defaults if a&1, kwdefaults dict \
                                       if a&2, closure tuple if a&8, code] -> [function] */ \
    X(CALL,          -(a), 0, 0)    /* [f, x1..xa] -> [f(x1, ..., xa)] */ \
    X(CALL_KW,   -(a) - 1, 0, 0)    /* [f, x1..xa, names] -> [f(...)]: the last len(names)  \
                                       arguments are keyword arguments named by names */ \
    X(CALL_METHOD, -(a) - 1, 0, 0)  /* [f, self or V_NULL, x1..xa] -> [result] */ \
    X(CALL_METHOD_KW, -(a) - 2, 0, 0) /* [f, self or V_NULL, x1..xa, names] */ \
    X(CALL_EX, ((a) & 1) ? -2 : -1, 0, 0) /* [f, args, kwargs dict if a&1]: args any     \
                                       iterable ("f() argument after * must be an       \
                                       iterable, not int") */ \
    /* ---- generators ------------------------------------------------------- */ \
    X(YIELD_VALUE,       0, 0, 0)   /* [v] -> suspend, yielding v; on resume the value  \
                                       sent in is pushed: [] -> [sent] */ \
    X(GET_YIELD_FROM_ITER, 0, 0, 0) /* [o] -> [iter(o)] (generators pass through) */ \
    X(SEND,              0, -1, OPF_JUMP) /* [sub, v] -> [sub, yielded] falling through \
                                       to YIELD_VALUE; sub returned r: [r] and jump */ \
    /* ---- exceptions ------------------------------------------------------- */ \
    X(RAISE_VARARGS, -(a), 0, 0)    /* a = 0: re-raise the handled exception;         \
                                       1: [exc] raise; 2: [exc, cause] raise exc from cause */ \
    X(RERAISE,          -1, 0, 0)   /* [exc] -> re-raise exc, adding no traceback entry */ \
    X(PUSH_EXC_INFO,     1, 0, 0)   /* [exc] -> [previous handled, exc]; handled = exc */ \
    X(POP_EXCEPT,       -1, 0, 0)   /* [previous handled] -> []; handled = it */ \
    X(CHECK_EXC_MATCH,   0, 0, 0)   /* [exc, type] -> [exc, isinstance(exc, type)];    \
                                       type may be a tuple; TypeError if not classes */ \
    X(LOAD_ASSERTION_ERROR, 1, 0, 0) \
    X(BEFORE_WITH,       1, 0, 0)   /* [mgr] -> [bound mgr.__exit__, mgr.__enter__()] */ \
    X(WITH_EXCEPT_START, 1, 0, 0)   /* [exit, prev, exc] -> [exit, prev, exc,           \
                                       exit(type(exc), exc, tb)] */ \
    /* ---- classes, modules, interactive ------------------------------------ */ \
    X(LOAD_BUILD_CLASS,  1, 0, 0)   /* [] -> [builtins.__build_class__] */ \
    X(IMPORT_NAME,      -1, 0, 0)   /* [level, fromlist] -> [module names[a]] */ \
    X(IMPORT_FROM,       1, 0, 0)   /* [m] -> [m, m.names[a]]; ImportError */ \
    X(PRINT_EXPR,       -1, 0, 0)   /* [v] -> []; interactive: print repr, bind _ */

typedef enum Opcode {
#define X(n, e, b, f) OP_##n,
    RILL_OPCODES(X)
#undef X
    OP__COUNT
} Opcode;

#define INSTR(op, arg)  ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w)     ((w) & 0xffu)
#define INSTR_ARG(w)    ((w) >> 8)
#define INSTR_ARG_MAX   0xffffffu
#define SMALL_INT_BIAS  0x800000

/* Names, flags and stack effects (opcodes.c). */
extern const char *const op_names[OP__COUNT];
extern const uint8_t op_flags[OP__COUNT];
int op_stack_effect(int op, int arg, int jump);

#endif
