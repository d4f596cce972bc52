/*
** repl.h — the interactive prompt: python3's REPL on GNU readline (editing, history in
** ~/.rill_history, Tab completion) when stdin is a terminal, or prompts on stderr and
** plain line reading when it is not (rill -i with piped input).
*/
#ifndef rill_repl_repl_h
#define rill_repl_repl_h

#include "../include/rill.h"

typedef struct ReplOptions {
    int banner;                 /* print the one-line banner first (not with -q) */
} ReplOptions;

/* The one-line banner: version and how to leave. */
#define REPL_BANNER "rill " RILL_VERSION " (Python 3.11 subset) - type help() for help, " \
                    "exit() or Ctrl-D to exit"

/* Runs the prompt on vm's __main__ until EOF (status 0) or SystemExit (its status).
   Returns the exit status; the caller frees the VM. */
int repl_run(rill_vm *vm, const ReplOptions *opts);

#endif
