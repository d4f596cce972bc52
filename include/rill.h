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
**    rill_error_clear). Nothing longjmps through host frames.
**  - The host never handles reference counts.
**  - Functions marked RILL_MAY_RUN_CODE can run script code (a dropped generator's
**    finally block, for instance) even when their main job is not to run code.
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
    /* Called every poll_period backward jumps and calls; a nonzero return raises
       KeyboardInterrupt in the script. NULL (the default): no polling hook. */
    int (*poll_fn)(void *ud);
    unsigned poll_period;       /* default 10000 */
    /* Maximum depth of nested calls; RecursionError beyond it. Default 1000. */
    int recursion_limit;
    /* Whether scripts may open files and import .py files from disk. Default 0 (off):
       an embedded VM is sandboxed until the host opts in. The command line turns both
       on. */
    int allow_files;
    int allow_imports;
    /* Passed to write_fn and poll_fn. */
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

#ifdef __cplusplus
}
#endif
#endif
