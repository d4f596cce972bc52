/*
** code.h — code objects: the compiler's output and the interpreter's input.
**
** A code object is immutable once built and is not a container (it references only
** constants, strings and nested code objects, none of which can refer back to it), so
** it never takes part in a cycle. It owns every array below; code_new() takes them over
** from the compiler.
**
** Frame layout for a call of this code (see frame.h):
**   locals[0 .. nlocals-1]      parameters first (positional, then keyword-only, then
**                               *args, then **kwargs), then other locals
**   cells[0 .. ncells-1]        cell variables (locals captured by inner functions)
**   cells[ncells .. +nfrees-1]  free variables (copied from the function's closure)
**   stack[0 .. stacksize-1]
*/
#ifndef rill_code_h
#define rill_code_h

#include "object.h"

typedef struct RDict RDict;

typedef struct RStr RStr;

enum {
    CO_VARARGS   = 1 << 0,   /* has *args */
    CO_VARKW     = 1 << 1,   /* has **kwargs */
    CO_GENERATOR = 1 << 2,   /* contains yield: calling it makes a generator */
    CO_NESTED    = 1 << 3,   /* defined inside another function */
    CO_CLASSBODY = 1 << 4,   /* a class body: names go through the frame's locals dict */
    CO_MODULE    = 1 << 5,   /* module-level code */
    CO_GENEXPR   = 1 << 6,   /* a generator expression's or comprehension's body */
};

/* One exception-table entry: an exception raised by an instruction in [start, end)
   cuts the value stack down to `depth` entries, pushes the exception, and jumps to
   `handler`. Entries are sorted by start and do not overlap: the compiler gives each
   instruction its innermost handler and emits maximal runs of instructions sharing one
   (CPython's scheme), so at most one entry covers an instruction. */
typedef struct ExcEntry {
    uint32_t start, end, handler;
    uint32_t depth;
} ExcEntry;

/* Line table: run-length pairs. Instruction i belongs to the line of the last entry
   whose start <= i. */
typedef struct LineEntry {
    uint32_t start;
    int32_t line;
} LineEntry;

/* What LOAD_GLOBAL/STORE_GLOBAL of one name last found (eval.c): the entry index in
   the globals dict (or, for a built-in, in the builtins dict), valid while the dicts'
   versions are unchanged. */
typedef struct NameCache {
    RDict *globals;             /* not a reference: compared by address with version */
    uint64_t gversion;
    uint64_t bversion;          /* builtins version, when found there */
    int32_t gindex;             /* entry in globals, or -1 when the name is a built-in */
    int32_t bindex;
} NameCache;

/* What LOAD_ATTR/LOAD_METHOD/STORE_ATTR of one name last saw on instances of a user
   class (eval.c): the class attribute found for the name (borrowed, valid while the
   class epoch is unchanged — see class.h) and where the name sat in the last instance
   dict, which is usually where it sits in every instance of the class. */
typedef struct AttrCache {
    uint64_t class_id;
    uint64_t epoch;
    Value cls_attr;             /* V_NULL when the class has no such attribute */
    uint32_t dict_hint;
    uint8_t mode;               /* AC_* in eval.c */
} AttrCache;

typedef struct RCode {
    RObj h;
    uint32_t *code;
    uint32_t ncode;
    uint16_t flags;
    uint16_t argcount;          /* positional parameters, positional-only included */
    uint16_t posonlycount;
    uint16_t kwonlycount;
    uint32_t nlocals;           /* all local slots, parameters included */
    uint32_t ncells, nfrees;
    uint32_t stacksize;
    uint32_t nconsts, nnames;
    Value *consts;              /* owned references */
    RStr **names;               /* interned; owned references */
    RStr **localnames;          /* nlocals names (for errors, keyword binding, --dis) */
    RStr **cellnames;           /* ncells + nfrees names */
    int32_t *cell2arg;          /* ncells entries: local index of the parameter a cell
                                   variable starts from, or -1; NULL if none */
    ExcEntry *exctable;
    uint32_t nexc;
    LineEntry *lines;
    uint32_t nlines;
    int32_t firstline;
    RStr *name;                 /* "f", "<module>", "<genexpr>", "<lambda>" */
    RStr *qualname;             /* "C.method", "f.<locals>.g" */
    RStr *filename;
    RStr *source;               /* the whole source text, shared, for traceback lines
                                   (may be NULL) */
    Value doc;                  /* the docstring, or V_NONE */
    NameCache *ncache;          /* nnames entries, made on first use (eval.c) */
    AttrCache *acache;          /* likewise */
    /* (yield sites inside no try/with: closing them needs no interpreter entry) */
} RCode;

/* Takes ownership of every array and reference in *tmpl (which the compiler fills in;
   its RObj header is ignored) and returns a new code object, or NULL with MemoryError
   pending (in which case the arrays are freed too). */
RCode *code_new(rill_vm *vm, const RCode *tmpl);
/* Frees a code object's arrays and references (called by the deallocator). */
void code_clear(rill_vm *vm, RCode *co);
/* co_name, co_filename... as attributes (VM start). */
int code_init_class(rill_vm *vm);
/* Line of instruction ip. */
int code_line(const RCode *co, uint32_t ip);
/* The exception-table entry covering ip, or NULL. */
const ExcEntry *code_handler(const RCode *co, uint32_t ip);

#endif
