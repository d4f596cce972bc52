/*
** host.h — what the command line and the REPL share as a host of the library: making
** the VM from the command-line limits, Ctrl-C (SIGINT) turned into rill_interrupt while
** script code runs, the --timeout deadline, and python3's exit statuses.
*/
#ifndef rill_repl_host_h
#define rill_repl_host_h

#include <stddef.h>
#include <signal.h>
#include "../include/rill.h"

/* Exit statuses beyond a script's own (python3's, and GNU timeout's for --timeout). */
enum {
    HOST_EXIT_ERROR = 1,        /* uncaught exception, syntax error */
    HOST_EXIT_USAGE = 2,        /* bad command line, unreadable script */
    HOST_EXIT_TIMEOUT = 124,    /* --timeout expired */
    HOST_EXIT_SIGINT = 130      /* uncaught KeyboardInterrupt (128 + SIGINT) */
};

typedef struct HostOptions {
    size_t mem_limit;           /* --max-memory, 0: none */
    double timeout;             /* --timeout in seconds, 0: none */
    int color;                  /* colored tracebacks */
} HostOptions;

/* A VM for the command line (files and imports allowed, the limits set), with the
   SIGINT handler installed. NULL (after a message) when memory runs out. */
rill_vm *host_vm_new(const HostOptions *opts);

/* Script code is about to run in vm (Ctrl-C interrupts it) / has stopped running
   (Ctrl-C is only recorded, for host_take_sigint). */
void host_running(rill_vm *vm);
void host_idle(void);
/* Was Ctrl-C pressed while idle since the last call? Clears the record. */
int host_take_sigint(void);
/* Blocks SIGINT (and SIGWINCH) and fills *waitmask with the mask to wait with, so that
   a reader can check host_take_sigint() and then wait without a race (pselect).
   host_unblock_signals restores the mask saved in *saved. */
void host_block_signals(sigset_t *saved, sigset_t *waitmask);
void host_unblock_signals(const sigset_t *saved);
/* Records terminal resizes (SIGWINCH), for the prompt; host_take_sigwinch: did one
   arrive since the last call? */
void host_catch_sigwinch(void);
int host_take_sigwinch(void);

/* --timeout: the script run from now on gets KeyboardInterrupt once the deadline
   passes (again every 2 seconds if it catches it); 3 seconds after the deadline the
   process ends with HOST_EXIT_TIMEOUT whatever the script does. host_deadline_stop
   removes the deadline (before the interactive prompt). */
void host_deadline_start(double seconds);
void host_deadline_stop(void);

/* The exit status for the result of rill_exec*, printing what CPython prints first: an
   uncaught exception's traceback (1; 130 for KeyboardInterrupt; 124 with a timeout
   note after a --timeout), SystemExit's message (its status). */
int host_status(rill_vm *vm, int rc);
/* Frees vm and ends the process with status, as python3 ends: an uncaught
   KeyboardInterrupt kills the process with SIGINT (the shell sees 130). */
_Noreturn void host_exit(rill_vm *vm, int status);

#endif
