/*
** rill.h — the public embedding API of rill, the only header a host includes.
**
** A host creates a VM from a config struct (rill_config_init fills in the defaults),
** runs source code in it, and frees it. All state lives in the rill_vm: any number of
** VMs may exist in one process, each used by one thread at a time.
**
** Conventions
**  - Every fallible function returns a status: RILL_OK (0) or a negative code, with the
**    exception pending in the VM (print it with rill_error_print, clear it with
**    rill_error_clear, inspect it with rill_error_*). Nothing longjmps through host
**    frames. Calling into a VM that has an exception pending first clears it.
**  - Values cross the boundary through SLOTS, numbered 0, 1, 2... in the current
**    window: the host has a window of its own, and every native function called by a
**    script gets a fresh window (slot 0 for its result, its arguments in slots
**    1..argc). Windows grow on demand: writing slot n makes slots up to n exist (None).
**    A window's slots are released when the native returns (or by
**    rill_set_slot_count). The host never handles reference counts: what it wants to
**    keep beyond a window it keeps in a rill_ref, released with rill_ref_free.
**  - Strings are UTF-8 with an explicit length; pointers returned into a string stay
**    valid while the slot (or ref) holding the string keeps it.
**  - Functions marked RILL_MAY_RUN_CODE can run script code (a dropped generator's
**    finally block, for instance) even when their main job is not to run code: storing
**    into a slot releases what was there.
**  - A VM is used by one thread at a time; different VMs are independent and may run
**    on different threads at once. rill_interrupt is the one call that is safe from
**    another thread or a signal handler.
*/
#ifndef RILL_H
#define RILL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RILL_VERSION_MAJOR 0
#define RILL_VERSION_MINOR 1
#define RILL_VERSION_PATCH 0
#define RILL_VERSION "0.1.0"

#if defined(__GNUC__) || defined(__clang__)
#define RILL_API __attribute__((visibility("default")))
#else
#define RILL_API
#endif

/* Marks a function that may run script code. */
#define RILL_MAY_RUN_CODE

typedef struct rill_vm rill_vm;

enum {
    RILL_OK = 0,
    RILL_YIELDED = 1,
    RILL_RETURNED = 2,
    RILL_ERROR = -1,        /* an exception is pending */
    RILL_INCOMPLETE = -2,   /* compile: the input ends inside a statement */
    RILL_EXIT = -3          /* the script raised SystemExit; see rill_exit_status */
};

typedef enum rill_mode {
    RILL_MODE_FILE,         /* a sequence of statements */
    RILL_MODE_EVAL,         /* one expression */
    RILL_MODE_SINGLE        /* one interactive statement: expression values are printed */
} rill_mode;

typedef struct rill_config {
    /* The allocator: like realloc, and told the old size (0 for a new block). Called
       with new_size 0 to free. NULL: the C library's. */
    void *(*realloc_fn)(void *ud, void *ptr, size_t old_size, size_t new_size);
    void *alloc_ud;
    /* Bytes the VM may have allocated at once; exceeding it raises MemoryError in the
       script. 0 (the default): no limit. */
    size_t mem_limit;
    /* Output: fd is 1 (stdout) or 2 (stderr). NULL (the default): write to the
       process's stdout/stderr through stdio. */
    void (*write_fn)(void *ud, int fd, const char *s, size_t n);
    /* Resolves `import name` for a module that is neither built in nor registered by
       the host (and, when allow_imports is set, before looking for name.py on disk):
       return 1 with *src and *len set to the module's source (the VM copies it before
       returning), or 0 when the loader does not know the module. NULL: none. */
    int (*load_fn)(void *ud, const char *name, const char **src, size_t *len);
    /* Called every poll_period backward jumps and calls; a nonzero return raises
       KeyboardInterrupt in the script. NULL (the default): no polling hook. */
    int (*poll_fn)(void *ud);
    unsigned poll_period;       /* default 10000 */
    /* Maximum depth of nested calls; RecursionError beyond it. Default 1000. */
    int recursion_limit;
    /* Whether scripts may open files (and read the process's stdin) and import .py
       files from disk. Default 0 (off): an embedded VM is sandboxed until the host opts
       in — open() then raises PermissionError "file access is disabled in this VM",
       before touching the disk. The command line turns both on. */
    int allow_files;
    int allow_imports;
    /* Print tracebacks with ANSI colors (the command line sets this when stderr is a
       terminal and NO_COLOR is unset). Default 0. */
    int color_errors;
    /* Passed to write_fn, load_fn and poll_fn. */
    void *host_ud;
} rill_config;

/* Fills cfg with the documented defaults. */
RILL_API void rill_config_init(rill_config *cfg);

/* Creates a VM. cfg may be NULL for the defaults. Returns NULL if memory runs out. */
RILL_API rill_vm *rill_vm_new(const rill_config *cfg);

/* Frees the VM: clears __main__'s globals in insertion order (closing suspended
   generators, so their finally blocks run), collects cycles, then frees every byte
   the VM allocated. */
RILL_API RILL_MAY_RUN_CODE void rill_vm_free(rill_vm *vm);

/* Bytes the VM currently holds through its allocator (the VM struct excluded). */
RILL_API size_t rill_vm_bytes(rill_vm *vm);

/* Sets sys.argv from argc strings (UTF-8). Returns RILL_OK or RILL_ERROR. */
RILL_API int rill_set_argv(rill_vm *vm, int argc, const char *const *argv);

/* Compiles and runs src (len bytes of UTF-8) as module __main__. filename is used in
   tracebacks and syntax errors. In RILL_MODE_SINGLE, the value of an expression
   statement is printed as the interactive prompt prints it.
   Returns RILL_OK, RILL_ERROR (exception pending), RILL_INCOMPLETE (only possible in
   RILL_MODE_SINGLE: the input ends inside a compound statement, a bracket or a
   triple-quoted string; nothing ran), or RILL_EXIT (SystemExit was raised; its status is
   rill_exit_status()). */
RILL_API RILL_MAY_RUN_CODE int rill_exec(rill_vm *vm, const char *src, size_t len,
                                         const char *filename, rill_mode mode);

/* Reads the file at path and runs it as __main__ (RILL_MODE_FILE), with the file's
   directory first on the import path. Returns as rill_exec; a file that cannot be read
   raises OSError (RILL_ERROR). */
RILL_API RILL_MAY_RUN_CODE int rill_exec_file(rill_vm *vm, const char *path);

/* Prints the bytecode of every code object in src (the --dis listing) through the
   stdout writer. Returns RILL_OK or RILL_ERROR (a syntax error is pending). */
RILL_API int rill_disassemble(rill_vm *vm, const char *src, size_t len, const char *filename);

/* The pending exception: prints it as CPython prints an uncaught exception (the
   traceback, then "Type: message") through the stderr writer, and clears it. */
RILL_API void rill_error_print(rill_vm *vm);
/* Clears the pending exception, if any. */
RILL_API RILL_MAY_RUN_CODE void rill_error_clear(rill_vm *vm);
/* Is an exception pending? */
RILL_API int rill_error_pending(rill_vm *vm);

/* After RILL_EXIT: the status SystemExit asked for (printing its message to stderr
   first if it carried a non-int, as CPython does). Clears the pending SystemExit. */
RILL_API int rill_exit_status(rill_vm *vm);

/* Async-signal-safe: asks the VM to raise KeyboardInterrupt at its next check (the
   next backward jump or call, or inside a long-running built-in). */
RILL_API void rill_interrupt(rill_vm *vm);

/* ======================================================================================
   The value API (api.c). Slots are described in the conventions at the top.
   ====================================================================================== */

typedef enum rill_type {
    RILL_T_NONE, RILL_T_BOOL, RILL_T_INT, RILL_T_FLOAT, RILL_T_STR, RILL_T_LIST,
    RILL_T_TUPLE, RILL_T_DICT, RILL_T_SET, RILL_T_GENERATOR, RILL_T_FUNCTION,
    RILL_T_CLASS, RILL_T_EXCEPTION, RILL_T_MODULE, RILL_T_OTHER
} rill_type;

typedef struct rill_ref rill_ref;

/* ---- slots -------------------------------------------------------------------------- */
/* Slots in the current window. Setting the count lower releases the dropped slots
   (RILL_MAY_RUN_CODE); higher adds slots holding None. */
RILL_API int rill_slot_count(rill_vm *vm);
RILL_API RILL_MAY_RUN_CODE int rill_set_slot_count(rill_vm *vm, int n);
/* The type of the value in a slot (RILL_T_NONE for a slot that does not exist). */
RILL_API rill_type rill_slot_type(rill_vm *vm, int slot);
/* The Python name of its type ("int", "MyClass"), valid while the slot holds it. */
RILL_API const char *rill_slot_type_name(rill_vm *vm, int slot);

/* Storing values. Each returns RILL_OK or RILL_ERROR (MemoryError; a negative slot is a
   TypeError) and may run code (the old value is released). */
RILL_API RILL_MAY_RUN_CODE int rill_set_none(rill_vm *vm, int slot);
RILL_API RILL_MAY_RUN_CODE int rill_set_bool(rill_vm *vm, int slot, int b);
RILL_API RILL_MAY_RUN_CODE int rill_set_int(rill_vm *vm, int slot, int64_t i);
/* An int of any size from its decimal digits (optional sign): ValueError if malformed. */
RILL_API RILL_MAY_RUN_CODE int rill_set_int_str(rill_vm *vm, int slot, const char *digits);
RILL_API RILL_MAY_RUN_CODE int rill_set_float(rill_vm *vm, int slot, double d);
/* A str from len bytes of UTF-8 (ValueError for invalid UTF-8). */
RILL_API RILL_MAY_RUN_CODE int rill_set_str(rill_vm *vm, int slot, const char *s, size_t len);
RILL_API RILL_MAY_RUN_CODE int rill_copy_slot(rill_vm *vm, int dst, int src);
/* New containers: an empty list or dict; a tuple of the n values in slots
   first..first+n-1. */
RILL_API RILL_MAY_RUN_CODE int rill_new_list(rill_vm *vm, int slot);
RILL_API RILL_MAY_RUN_CODE int rill_new_dict(rill_vm *vm, int slot);
RILL_API RILL_MAY_RUN_CODE int rill_new_tuple(rill_vm *vm, int slot, int first, int n);

/* Reading values. TypeError when the slot holds another type ("expected int, got
   str"); an int beyond int64 raises OverflowError (read it with rill_get_int_str). */
/* rill_get_bool: the truth of any value (may run __bool__ / __len__) */
RILL_API RILL_MAY_RUN_CODE int rill_get_bool(rill_vm *vm, int slot, int *out);
RILL_API int rill_get_int(rill_vm *vm, int slot, int64_t *out);
RILL_API int rill_get_float(rill_vm *vm, int slot, double *out);    /* ints convert */
/* The decimal digits of an int into buf (NUL-terminated); *len receives the length
   without the NUL. ValueError if cap is too small (*len is set then too, so a host may ask
   with cap 0 first). Neither this nor rill_set_int_str is bound by int()'s digit limit. */
RILL_API int rill_get_int_str(rill_vm *vm, int slot, char *buf, size_t cap, size_t *len);
/* A str's UTF-8 bytes (NUL-terminated too), valid while the slot keeps the string;
   NULL with TypeError if the slot holds no str. len may be NULL. */
RILL_API const char *rill_get_str(rill_vm *vm, int slot, size_t *len);
/* str(value) / repr(value) into slot out (may run __str__/__repr__). */
RILL_API RILL_MAY_RUN_CODE int rill_to_str(rill_vm *vm, int slot, int out);
RILL_API RILL_MAY_RUN_CODE int rill_to_repr(rill_vm *vm, int slot, int out);

/* ---- containers and attributes (all may run script code: __getitem__...) ------------- */
RILL_API RILL_MAY_RUN_CODE int rill_len(rill_vm *vm, int slot, size_t *out);
RILL_API RILL_MAY_RUN_CODE int rill_list_append(rill_vm *vm, int list, int item);
/* container[key] and container[key] = value, key and value in slots */
RILL_API RILL_MAY_RUN_CODE int rill_get_item(rill_vm *vm, int container, int key, int out);
RILL_API RILL_MAY_RUN_CODE int rill_set_item(rill_vm *vm, int container, int key, int value);
/* seq[index] for an integer index (negative counts from the end) */
RILL_API RILL_MAY_RUN_CODE int rill_get_index(rill_vm *vm, int seq, int64_t index, int out);
/* dict[key] for a str key; RILL_ERROR with KeyError if absent */
RILL_API RILL_MAY_RUN_CODE int rill_get_key(rill_vm *vm, int dict, const char *key, int out);
RILL_API RILL_MAY_RUN_CODE int rill_set_key(rill_vm *vm, int dict, const char *key, int value);
RILL_API RILL_MAY_RUN_CODE int rill_get_attr(rill_vm *vm, int obj, const char *name, int out);
RILL_API RILL_MAY_RUN_CODE int rill_set_attr(rill_vm *vm, int obj, const char *name, int value);

/* ---- globals and modules ------------------------------------------------------------- */
/* A global of module `module` (NULL: __main__), or a built-in, as a name in the module's code
   would find it; NameError if there is none by that name, ModuleNotFoundError if the module
   was not imported/created (a built-in module not yet imported is imported). Setting a
   global of a module that does not exist creates it, importable by scripts. */
RILL_API RILL_MAY_RUN_CODE int rill_get_global(rill_vm *vm, const char *module, const char *name,
                                               int out);
RILL_API RILL_MAY_RUN_CODE int rill_set_global(rill_vm *vm, const char *module, const char *name,
                                               int slot);
/* Runs src as the body of module `module` (created if needed, and registered so that
   scripts can import it); NULL: __main__. Returns as rill_exec. */
RILL_API RILL_MAY_RUN_CODE int rill_exec_module(rill_vm *vm, const char *module, const char *src,
                                                size_t len, const char *filename);
/* Evaluates one expression in __main__'s globals, the result in slot out: what
   eval(src) does there (leading spaces and tabs are skipped, tracebacks show no source
   lines for "<string>"). */
RILL_API RILL_MAY_RUN_CODE int rill_eval(rill_vm *vm, const char *src, size_t len, int out);
/* Compiles without running: RILL_OK, RILL_ERROR (SyntaxError pending) or
   RILL_INCOMPLETE (the input ends inside a statement, a bracket or a string: a REPL
   asks for another line). In RILL_MODE_SINGLE a compound statement is complete only
   when followed by a blank line, as at CPython's prompt. */
RILL_API int rill_compile(rill_vm *vm, const char *src, size_t len, const char *filename,
                          rill_mode mode);

/* ---- calls -------------------------------------------------------------------------- */
/* Calls the callable in slot fn with the argc values in slots fn+1..fn+argc as
   positional arguments; the result goes to slot out (which may be one of those slots).
   The calls, rill_eval and rill_exec_module return RILL_EXIT, like rill_exec, when the
   code raised SystemExit. */
RILL_API RILL_MAY_RUN_CODE int rill_call(rill_vm *vm, int fn, int argc, int out);
/* The same with keyword arguments: slots fn+1..fn+npos are positional, the next nkw
   slots are the values of the keywords named kwnames[0..nkw). */
RILL_API RILL_MAY_RUN_CODE int rill_call_kw(rill_vm *vm, int fn, int npos, int nkw,
                                            const char *const *kwnames, int out);
/* obj.name(args...): obj in slot obj, arguments in slots obj+1..obj+argc. */
RILL_API RILL_MAY_RUN_CODE int rill_call_method(rill_vm *vm, int obj, const char *name, int argc,
                                                int out);

/* ---- natives ------------------------------------------------------------------------- */
/* A host function callable from scripts. It runs in a window of its own: the argc
   arguments in slots 1..argc, its result to be left in slot 0 (None when untouched).
   It returns RILL_OK, or RILL_ERROR after rill_raise (or after a failed API call,
   whose exception it passes on). It may call back into the VM with rill_call and
   friends: script -> C -> script -> C nests freely. */
typedef int (*rill_native)(rill_vm *vm, int argc, void *data);

/* Registers fn as `name` in module `module` (created on first use and importable by
   scripts with `import module`), or as a built-in when module is NULL. min_args and
   max_args bound argc (-1: no bound), checked before fn runs with CPython's wording.
   data is passed to every call. A native that returns RILL_OK with an exception pending
   handled it (it is cleared); RILL_ERROR with none pending becomes a SystemError. */
RILL_API int rill_def_native(rill_vm *vm, const char *module, const char *name, rill_native fn,
                             int min_args, int max_args, void *data);

/* A C-implemented iterator: each call leaves the next value in slot 0 and returns
   RILL_YIELDED, or returns RILL_RETURNED at the end, or RILL_ERROR. free_data (may be
   NULL) is called with data when the iterator object dies — or at once if
   rill_new_iterator fails: data belongs to the VM from this call on. free_data must not
   call into the VM. A StopIteration raised by next ends the iteration too. Scripts
   consume it with for, zip, itertools, yield from... */
typedef int (*rill_iter_fn)(rill_vm *vm, void *data);
RILL_API RILL_MAY_RUN_CODE int rill_new_iterator(rill_vm *vm, int slot, rill_iter_fn next,
                                                 void *data, void (*free_data)(void *data));

/* ---- errors ---------------------------------------------------------------------------- */
/* Raises an exception of the built-in or script-defined class named exc_type
   ("ValueError", or "module.Class" for a class of a module, "Class" for one of
   __main__) with a printf-formatted message. Returns RILL_ERROR, for `return
   rill_raise(...)` in a native. An unknown class name raises TypeError instead. The class
   is called with the message (fmt NULL: no argument), so a script's __init__ runs. */
RILL_API RILL_MAY_RUN_CODE int rill_raise(rill_vm *vm, const char *exc_type, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Raises the exception instance or class in slot. Returns RILL_ERROR. */
RILL_API RILL_MAY_RUN_CODE int rill_raise_slot(rill_vm *vm, int slot);
/* Is the pending exception an instance of the named class (subclasses included)? */
RILL_API int rill_error_matches(rill_vm *vm, const char *exc_type);
/* The pending exception's class name ("ValueError"), or NULL if none is pending. */
RILL_API const char *rill_error_type(rill_vm *vm);
/* str(pending exception) into buf (NUL-terminated, truncated to cap at a character
   boundary). Returns the full length, or -1 if none is pending. The exception stays
   pending. */
RILL_API RILL_MAY_RUN_CODE int rill_error_message(rill_vm *vm, char *buf, size_t cap);
/* The whole CPython-style report (traceback and last line) into buf, as
   rill_error_print would print it; same return as rill_error_message. */
RILL_API RILL_MAY_RUN_CODE int rill_error_format(rill_vm *vm, char *buf, size_t cap);
/* (The queries — rill_slot_count, rill_slot_type(_name), rill_error_pending / _matches /
   _type / _message / _format — and the calls that only release — rill_set_slot_count
   lowering the count, rill_ref_free — keep a pending exception, so that a native can
   clean up and still pass its error on.) */
/* Takes the pending exception into slot out (the instance) and clears it; None if none
   is pending. */
RILL_API RILL_MAY_RUN_CODE int rill_error_fetch(rill_vm *vm, int out);

/* ---- iteration and generators: three-way results ---------------------------------------- */
/* iter(value) into slot out. */
RILL_API RILL_MAY_RUN_CODE int rill_iter(rill_vm *vm, int slot, int out);
/* Advances the iterator (or generator) in slot it: RILL_YIELDED with the value in out,
   RILL_RETURNED when exhausted (out: a generator's return value, None for other
   iterators; no StopIteration is raised), or RILL_ERROR. A value that is iterable but
   not an iterator is replaced in slot it by iter(value) first. */
RILL_API RILL_MAY_RUN_CODE int rill_next(rill_vm *vm, int it, int out);
/* gen.send(value), value in a slot (-1: None, i.e. next); results as rill_next. */
RILL_API RILL_MAY_RUN_CODE int rill_gen_send(rill_vm *vm, int gen, int value, int out);
/* gen.throw(exc): exc is an exception instance or class in a slot. */
RILL_API RILL_MAY_RUN_CODE int rill_gen_throw(rill_vm *vm, int gen, int exc, int out);
/* gen.close(): RILL_OK or RILL_ERROR (e.g. "generator ignored GeneratorExit"). */
RILL_API RILL_MAY_RUN_CODE int rill_gen_close(rill_vm *vm, int gen);

/* ---- persistent references ---------------------------------------------------------------- */
/* A reference to the value in slot that outlives windows; NULL on MemoryError. */
RILL_API rill_ref *rill_ref_new(rill_vm *vm, int slot);
/* Puts the referenced value into slot out. */
RILL_API RILL_MAY_RUN_CODE int rill_ref_get(rill_vm *vm, const rill_ref *ref, int out);
/* Releases a reference (the last reference to a suspended generator closes it: its
   finally blocks run here). */
RILL_API RILL_MAY_RUN_CODE void rill_ref_free(rill_vm *vm, rill_ref *ref);

/* ---- limits and host data ------------------------------------------------------------------- */
RILL_API void rill_set_mem_limit(rill_vm *vm, size_t bytes);   /* 0: none */
RILL_API int rill_set_recursion_limit(rill_vm *vm, int limit);
/* The host_ud of the config. */
RILL_API void *rill_host_data(rill_vm *vm);

/* ---- introspection for tools (the REPL's completion) ------------------------------------------ */
/* Calls cb(ud, candidate) for each completion of `text`: a prefix of a global or
   built-in name, or "a.b.pre" — the attributes (instance dict and class MRO) of the
   object reached by the dotted name, found without calling any script code (no
   properties, no __getattr__). As Python's rlcompleter: a callable's candidate ends
   in "(", and names starting with "_" ("__") are offered only when the prefix does. */
RILL_API void rill_complete(rill_vm *vm, const char *text,
                            void (*cb)(void *ud, const char *candidate), void *ud);

#ifdef __cplusplus
}
#endif
#endif
