/*
** vm.h — the interpreter state (struct rill_vm), its allocator, and the pending-exception
** protocol shared by every C function in the library.
**
** There is no global mutable state in rill: everything a running interpreter needs is
** reachable from its rill_vm. Every allocation goes through mem_* below, which call the
** host's allocator hook and count live bytes exactly (the hook is told the old size),
** so that a memory limit can raise MemoryError.
**
** Exceptions: at most one exception is "pending" (being raised) at a time, in
** vm->exc. C code raises with exc_raisef()/exc_set() and returns its error value
** (V_NULL / NULL / -1, see object.h rule 3); callers propagate by returning their own
** error value. Nothing longjmps.
*/
#ifndef rill_vm_h
#define rill_vm_h

#include <stdarg.h>
#include <signal.h>
#include <stdatomic.h>
#include "object.h"
#include "../include/rill.h"

typedef struct RStr RStr;
typedef struct RDict RDict;
typedef struct RTuple RTuple;
typedef struct RExc RExc;
typedef struct RModule RModule;
typedef struct Frame Frame;
typedef struct RGen RGen;

/* Built-in classes, one instance per VM (they are mutable objects with refcounts). */
#define RILL_BUILTIN_CLASSES(X) \
    X(object) X(type) X(int) X(bool) X(float) X(str) X(tuple) X(list) X(dict) \
    X(set) X(frozenset) X(range) X(slice) X(NoneType) X(code) X(function) \
    X(builtin_function) X(method) X(cell) X(generator) X(module) X(property) \
    X(staticmethod) X(classmethod) X(super) X(NotImplementedType) X(ellipsis) \
    X(frame) X(getset_descriptor)

/* The exception hierarchy: X(name, base). Order matters: a base comes before its
   subclasses. */
#define RILL_EXCEPTIONS(X) \
    X(BaseException, object) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(Exception, BaseException) \
    X(StopIteration, Exception) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) \
    X(FileNotFoundError, OSError) \
    X(FileExistsError, OSError) \
    X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) \
    X(EOFError, Exception) \
    X(BufferError, Exception) \
    X(ReferenceError, Exception) \
    X(StopAsyncIteration, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(SyntaxError, Exception) \
    X(SystemError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) \
    X(UserWarning, Warning) \
    X(DeprecationWarning, Warning) \
    X(PendingDeprecationWarning, Warning) \
    X(SyntaxWarning, Warning) \
    X(RuntimeWarning, Warning) \
    X(FutureWarning, Warning) \
    X(ImportWarning, Warning) \
    X(UnicodeWarning, Warning) \
    X(BytesWarning, Warning) \
    X(ResourceWarning, Warning) \
    X(EncodingWarning, Warning)

/* Interned names the VM looks up often (pointer-equal keys). */
#define RILL_COMMON_NAMES(X) \
    X(__init__) X(__new__) X(__iter__) X(__next__) X(__len__) X(__bool__) X(__repr__) \
    X(__str__) X(__hash__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) \
    X(__contains__) X(__getitem__) X(__setitem__) X(__delitem__) X(__call__) \
    X(__getattr__) X(__enter__) X(__exit__) X(__name__) X(__qualname__) X(__module__) \
    X(__doc__) X(__class__) X(__dict__) X(__main__) X(__builtins__) X(__file__) \
    X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__) \
    X(__mul__) X(__rmul__) X(__imul__) X(__truediv__) X(__rtruediv__) X(__itruediv__) \
    X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) X(__mod__) X(__rmod__) X(__imod__) \
    X(__pow__) X(__rpow__) X(__ipow__) X(__lshift__) X(__rlshift__) X(__ilshift__) \
    X(__rshift__) X(__rrshift__) X(__irshift__) X(__and__) X(__rand__) X(__iand__) \
    X(__or__) X(__ror__) X(__ior__) X(__xor__) X(__rxor__) X(__ixor__) \
    X(__matmul__) X(__rmatmul__) X(__imatmul__) \
    X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__index__) X(__int__) X(__float__) \
    X(__format__) X(__set_name__) X(__init_subclass__) X(__slots__) X(__del__) \
    X(__reversed__) X(__round__) X(__missing__) X(__get__) X(__set__) X(__delete__) \
    X(send) X(throw) X(close) X(args) X(value) X(__traceback__) X(__cause__) \
    X(__context__) X(__suppress_context__) X(keys) X(items) X(update) X(__spec__) \
    X(__annotations__) X(__all__) X(__mro__) X(__bases__) X(__base__) X(__subclasshook__) \
    X(__build_class__) X(__class_getitem__) X(__length_hint__) X(__sizeof__) \
    X(__setattr__) X(__delattr__) X(__getattribute__)

typedef struct StrTable {      /* the intern table: open addressing over RStr* */
    RStr **slots;
    size_t cap, count;
} StrTable;

typedef struct FrameChunk FrameChunk;

/* The exception being handled (sys.exc_info()), per running generator, as CPython's
   _PyErr_StackItem: vm->exc_info points to the innermost record; a resumed generator
   pushes its own, so an except block in a suspended generator does not leak into its
   caller. */
typedef struct ExcInfo {
    Value exc;                  /* V_NONE when no exception is being handled */
    struct ExcInfo *prev;
} ExcInfo;

#define MEM_SMALL_CLASSES 16    /* free lists for blocks of 16, 32, ... 256 bytes (mem.c) */

struct rill_vm {
    rill_config cfg;
    size_t bytes;               /* bytes in use, allocated through mem_* */
    size_t peak_bytes;
    size_t cache_bytes;         /* bytes held in the free lists (also the host's) */
    void *freelist[MEM_SMALL_CLASSES];
    uint32_t freecount[MEM_SMALL_CLASSES];
    bool in_memerror;           /* raising MemoryError; don't recurse */

    /* exceptions */
    RExc *exc;                  /* the exception being raised, or NULL */
    ExcInfo *exc_info;          /* innermost "exception being handled" record */
    ExcInfo exc_base;           /* the record outside any generator */
    RExc *memerror;             /* preallocated, raised when allocation fails */
    /* The StopIteration that ended an iteration, in flight from the iterator that
       ended (a generator returning a value, a __next__ or a callback raising it) up
       through the built-in iterators that pass their source's end on (map, zip,
       islice...: iter_next_pass in ops.h) to next(), __next__ or yield from, which
       raise it or take its value, as CPython's pending StopIteration travels. NULL
       when the end carries nothing, and whenever no end is in flight: iter_next and
       every other consumer drop it. */
    RExc *stop_exc;

    /* reference counting / collector (gc.c) */
    GCHead gc_list;             /* every tracked container */
    size_t gc_count;            /* tracked containers since the last collection */
    size_t gc_threshold;
    bool gc_running;
    bool gc_enabled;
    RObj *free_pending;         /* zero-count containers waiting to be freed */
    int dealloc_depth;          /* nesting of container deallocations */

    /* frames and calls (eval.c, frame.c) */
    FrameChunk *chunk;          /* the frame arena for ordinary calls */
    Frame *frame;               /* the innermost running frame, or NULL */
    int depth;                  /* frames on the chain (recursion limit) */
    int recursion_limit;
    int c_depth;                /* nested C→bytecode entries (eval re-entries) */
    int c_depth_limit;
    atomic_int interrupt;       /* set by rill_interrupt() from any thread or a signal
                                   handler (lock-free, so async-signal-safe); read at
                                   the interpreter's polls */
    uint32_t poll_countdown;

    uint64_t dict_version;      /* source of dict versions, unique VM-wide (dict.c), so
                                   a cache keyed by (dict, version) never matches a new
                                   dict that reuses a freed one's address */

    /* strings and numbers */
    int int_max_str_digits;     /* sys.get_int_max_str_digits(); 0: no limit */
    StrTable interned;
    RStr *empty_str;
    RStr *char_cache[128];      /* one-character ASCII strings */
    RTuple *empty_tuple;
    /* containers whose repr is being built (seq_repr_enter/leave in seq.c), so that a
       list containing itself prints [[...]]; the array is freed when depth returns to 0 */
    RObj **repr_active;
    uint32_t repr_depth, repr_cap;

    /* classes */
#define X(n) RClass *cls_##n;
    RILL_BUILTIN_CLASSES(X)
#undef X
#define X(n, b) RClass *exc_##n;
    RILL_EXCEPTIONS(X)
#undef X

    /* names */
#define X(n) RStr *s_##n;
    RILL_COMMON_NAMES(X)
#undef X

    Value not_implemented;
    Value ellipsis;

    /* attribute lookups on classes (class.c) */
    struct LookupEntry *lookup_cache;
    uint64_t class_epoch;
    uint64_t next_class_id;

    /* modules */
    RDict *builtins;            /* the builtins namespace */
    RDict *modules;             /* sys.modules */
    RModule *main_module;
    struct NativeModule *natives;   /* built-in modules that import can create */
    size_t nnatives, natives_cap;
    RStr *import_dir;           /* where `import m` looks for m.py (the script's dir) */
    Value argv;                 /* list of str for sys.argv */
    int exit_requested;         /* set by SystemExit handling in the host layer */
    bool finalized;             /* teardown's finalization ran */

    /* stdlib classes (stdlib/, vm/iter.c): the built-in iterator types, dict views and
       the lazy built-ins (enumerate, zip, map, filter, reversed). Created by stdlib_init;
       cls_seq_iterator is Python's `iterator` (the __getitem__ protocol). */
#define RILL_STDLIB_CLASSES(X) \
    X(list_iterator) X(list_reverseiterator) X(tuple_iterator) X(str_ascii_iterator) \
    X(str_iterator) X(range_iterator) X(longrange_iterator) X(dict_keyiterator) \
    X(dict_valueiterator) X(dict_itemiterator) X(dict_reversekeyiterator) \
    X(dict_reversevalueiterator) X(dict_reverseitemiterator) X(set_iterator) \
    X(seq_iterator) X(callable_iterator) X(dict_keys) X(dict_values) X(dict_items) \
    X(enumerate) X(zip) X(map) X(filter) X(reversed)
#define X(n) RClass *cls_##n;
    RILL_STDLIB_CLASSES(X)
#undef X

    /* host API (api.c) */
    void *api;                  /* slot windows and refs; api.c owns the layout */
};

/* ---- memory (mem.c) ---------------------------------------------------------- */
/* Allocation failure (host allocator NULL, or the memory limit) raises MemoryError
   and returns NULL. mem_free is told the size the block was allocated with. */
void *mem_alloc(rill_vm *vm, size_t size);
void *mem_calloc(rill_vm *vm, size_t size);
void *mem_realloc(rill_vm *vm, void *p, size_t oldsize, size_t newsize);
void mem_free(rill_vm *vm, void *p, size_t size);
/* Gives every recycled small block back to the host's allocator. */
void mem_release_caches(rill_vm *vm);
/* Growth helper for arrays: new capacity >= need, at least doubling. */
size_t mem_grow_cap(size_t cap, size_t need);

/* ---- exceptions (exc.c) ------------------------------------------------------ */
static inline bool vm_exc_pending(const rill_vm *vm) { return vm->exc != NULL; }

/* Raise an instance of cls with a message built from fmt. Conversions: %s (C
   string), %d %i %u %ld %lld %zd %zu %x, %c (int code point), %% and three for
   values: %T (the type name of a Value), %R (repr of a Value), %S (str of a Value),
   %U (an RStr *). Always returns V_NULL; exc_raisef_i is the same returning -1,
   exc_raisef_p returning NULL. */
Value exc_raisef(rill_vm *vm, RClass *cls, const char *fmt, ...);
int exc_raisef_i(rill_vm *vm, RClass *cls, const char *fmt, ...);
void *exc_raisef_p(rill_vm *vm, RClass *cls, const char *fmt, ...);
Value exc_vraisef(rill_vm *vm, RClass *cls, const char *fmt, va_list ap);
/* Raise with a value as the single argument (KeyError(key), StopIteration(value)). */
Value exc_raise_arg(rill_vm *vm, RClass *cls, Value arg);
/* Raise an exception instance (steals exc) — the usual "raise X" path; sets
   __context__ from the handled exception. */
void exc_set(rill_vm *vm, RExc *exc);
/* Take the pending exception (caller owns it) and clear it. */
RExc *exc_fetch(rill_vm *vm);
void exc_clear(rill_vm *vm);
/* Is the pending exception an instance of cls (or a subclass)? */
bool exc_matches(rill_vm *vm, RClass *cls);
/* The error every allocation failure raises. Returns V_NULL. */
Value exc_nomem(rill_vm *vm);

/* ---- lifetime (state.c) --------------------------------------------------------- */
/* Runs the end-of-program finalization once: module globals cleared in insertion order
   (closing suspended generators as CPython does at exit), then a collection. */
void rill_vm_finalize(rill_vm *vm);
/* Guard for recursion through C (repr of nested containers...): -1 with RecursionError. */
int vm_check_stack(rill_vm *vm);

/* ---- output (state.c) ------------------------------------------------------------ */
/* Writes through the host's writer: fd 1 stdout, 2 stderr. */
void vm_write(rill_vm *vm, int fd, const char *s, size_t n);

/* ---- interrupts and limits --------------------------------------------------- */
/* Called by eval on backward jumps and calls, and by C loops that may run long:
   returns -1 with KeyboardInterrupt (or the poll hook's error) pending. */
int vm_check_interrupt(rill_vm *vm);

#endif
