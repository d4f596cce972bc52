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

/* Where an instruction's expression or statement lies in the source (PEP 657): lines
   are 1-based, columns 0-based UTF-8 byte offsets in their line (CPython's col_offset),
   end_col just past the node; col and end_col are -1 when unknown. */
typedef struct CodePos {
    int32_t line, end_line, col, end_col;
} CodePos;

/* Position table: only tracebacks read it, so it is packed rather than fast. A byte
   string of runs, each covering `count` consecutive instructions that share a position;
   the start line is the line table's, so a run stores the rest:
       varint((count - 1) << 2 | form)
       form 0: no columns
       form 1: end_line == line: varint(col), varint(end_col - col)
       form 2: varint(end_line - line), varint(col), varint(end_col)
   (varint: 7 bits a byte, least significant first, high bit set when more follow).
   A run of one-line positions with columns and width under 128 takes 3 bytes; runs
   average about 1.5 instructions, so the table costs about 2 bytes an instruction. */

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
    uint8_t *postable;          /* the position table (above) */
    uint32_t npostable;         /* its length in bytes */
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
/* Appends to out (NULL: only measures) the position-table run for `count` instructions
   at *p; returns its length in bytes. */
size_t code_pos_encode(uint8_t *out, uint32_t count, const CodePos *p);
/* The position of instruction ip. Returns false when the table has no columns for it
   (*p then holds the line as line and end_line, and -1 columns). */
bool code_position(const RCode *co, uint32_t ip, CodePos *p);
/* The exception-table entry covering ip, or NULL. */
const ExcEntry *code_handler(const RCode *co, uint32_t ip);

#endif
