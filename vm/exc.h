/*
** exc.h — exception objects, tracebacks and their printing.
**
** An exception instance is an RExc (kind K_EXC), whatever its class: the built-in
** classes and every user subclass of BaseException share this layout, and user
** attributes go to its dict. The traceback is kept in the exception as an array of
** (code, line, instruction) entries, innermost first; each frame the exception leaves
** adds one (CPython's PyTraceBack_Here), a bare `raise` adds none.
*/
#ifndef rill_exc_h
#define rill_exc_h

#include "vm.h"

typedef struct RCode RCode;

typedef struct TbEntry {
    RCode *code;                /* strong reference */
    int line;
    uint32_t at;                /* the instruction that was running (its position in the
                                   source marks the traceback line: code.h) */
    /* The local variables of the frame when the exception left it (strong, or NULL).
       CPython's traceback keeps the frame, and so its locals, alive until the
       exception dies: a generator held in a local of a function that raised is closed
       only then, after the handler that caught the exception has run. */
    RTuple *locals;
} TbEntry;

struct RExc {
    RObj h;
    RTuple *args;               /* always a tuple */
    RDict *dict;                /* instance attributes, NULL until one is set */
    Value cause;                /* __cause__, V_NONE when unset */
    Value context;              /* __context__, V_NONE when unset */
    bool suppress_context;
    TbEntry *tb;                /* traceback entries, innermost first */
    uint32_t ntb, tbcap;
    /* NameError.name, and AttributeError.name and .obj (CPython's members of those
       classes): V_NULL while unset, which reads as None; strong otherwise. */
    Value name, obj;
    /* The globals of the frame that added tb[0] (strong, or NULL): where a NameError's
       "Did you mean" looks after the frame's local names (suggest.c). Kept for
       NameError instances only, the one class that needs it. */
    RDict *tb_globals;
};

static inline RExc *v_exc(Value v) { return (RExc *)v; }

/* A new instance of cls (a subclass of BaseException) with args (borrowed; NULL for
   no args), as C code raising it makes it: a SyntaxError gets the attributes
   SyntaxError.__init__ gives. Does not run __init__ of user classes: that is
   call_value(cls, ...). */
RExc *exc_new(rill_vm *vm, RClass *cls, RTuple *args);
/* A new instance with a single str argument. */
RExc *exc_new_msg(rill_vm *vm, RClass *cls, const char *msg);
/* The OSError subclass CPython picks for an errno value (OSError itself for others). */
RClass *exc_errno_class(rill_vm *vm, long err);
/* Raises OSError(errno, strerror(errno)[, filename]) of exc_errno_class's class, so that
   it prints "[Errno 2] No such file or directory: 'x'"; filename V_NULL for none.
   Returns V_NULL. */
Value exc_raise_errno(rill_vm *vm, int err, Value filename);

/* Raise cls(msg, (filename, line, col, text, end_line, end_col)) — a SyntaxError,
   IndentationError or TabError as CPython's compiler raises it, with the attributes
   msg, filename, lineno, offset (1-based code points), text, end_lineno (None for a
   negative end_line), end_offset. text: textlen bytes of UTF-8 and a newline when
   `newline` (NULL or invalid UTF-8: None). */
void exc_raise_syntax(rill_vm *vm, RClass *cls, const char *msg, const char *filename,
                      int line, int col, int end_line, int end_col, const char *text,
                      size_t textlen, bool newline);

/* Add a traceback entry for a frame running instruction `at` of `code`, whose globals
   are `globals` (as the exception leaves that frame). 0 / -1. */
int exc_add_tb(rill_vm *vm, RExc *e, RCode *code, uint32_t at, RDict *globals);

/* The exception is leaving a frame whose locals are values[0..n): move them into the
   traceback entry the frame added last (each slot is set to V_NULL). Does nothing if
   that entry is missing or memory runs out (the caller then releases them). */
void exc_keep_locals(rill_vm *vm, RExc *e, RCode *code, Value *values, size_t n);

/* Raises NameError(fmt % name) with .name set, as CPython's lookups of names do. */
Value exc_raise_name_error(rill_vm *vm, const char *fmt, RStr *name);
/* An attribute lookup of `name` on obj failed: if the pending exception is an
   AttributeError without name and obj, they become these (CPython's PyObject_GetAttr
   does this for whatever AttributeError escapes, a property's or __getattr__'s
   included). No allocation, no script code. */
void exc_attr_context(rill_vm *vm, Value obj, RStr *name);
/* The keyword arguments of a built-in exception class's constructor or __init__
   (kwvals[i] goes with kwnames->items[i], which may be NULL): name= for NameError and
   its subclasses, name= and obj= for AttributeError's (each unset when absent), a
   TypeError for any keyword to other classes, with CPython's messages. 0 / -1. */
int exc_init_keywords(rill_vm *vm, RExc *e, const Value *kwvals, RTuple *kwnames);
/* cls(*args, **kw) for an exception class without a __new__ of its own: the instance,
   of the errno's subclass for OSError(errno, strerror, ...) (PEP 3151). take_keywords:
   the class has no __init__ of its own, so the built-in one's work is done here (a
   SyntaxError's attributes, NameError's and AttributeError's keywords); otherwise the
   instance has only its args, as after CPython's BaseException.__new__. New reference,
   or V_NULL with an exception. */
Value exc_instantiate(rill_vm *vm, RClass *cls, const Value *args, size_t nargs,
                      RTuple *kwnames, bool take_keywords);

/* StopIteration.value; the "value" of a return. */
Value exc_stopiteration_value(rill_vm *vm, RExc *e);

/* str(e) as CPython: '' for no args, str(arg) for one, str(args) for several;
   KeyError uses repr(arg). New reference, NULL on error. */
RStr *exc_str(rill_vm *vm, RExc *e);

/* Writes e as CPython prints an uncaught exception: the __cause__/__context__ chain
   ("The above exception was the direct cause of the following exception:" /
   "During handling of the above exception, another exception occurred:"), each with
   "Traceback (most recent call last):", the File/line/source-line entries, then
   "Type: message" (module-qualified for user classes outside __main__). Output goes
   to the VM's stderr writer. */
void exc_print(rill_vm *vm, RExc *e);
/* The same text handed to sink (rill_error_format renders it into the host's buffer). */
void exc_print_to(rill_vm *vm, RExc *e, void (*sink)(void *ud, const char *s, size_t n),
                  void *ud);
/* traceback.c: "Traceback (most recent call last):" and e's entries, each with its
   source line and the marker line under the failing expression (CPython 3.11's
   format), appended to b. */
typedef struct StrBuf StrBuf;
void exc_print_tb(rill_vm *vm, StrBuf *b, RExc *e);
/* The text of line `line` of src (without its newline), or NULL. */
const char *exc_source_line(const char *src, size_t srclen, int line, size_t *len);

/* Reports an exception that cannot propagate (raised while finalizing an object) the
   way sys.unraisablehook does: "Exception ignored in: <repr of obj>" then the
   traceback. Takes the pending exception and clears it. */
void exc_report_unraisable(rill_vm *vm, Value obj);

/* Methods and attributes of BaseException and its built-in subclasses (VM start). */
int exc_init_classes(rill_vm *vm);

/* For the collector. */
void exc_traverse(RExc *e, VisitFn visit, void *arg);
void exc_release(rill_vm *vm, RExc *e);

#endif
