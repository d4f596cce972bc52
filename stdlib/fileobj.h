/*
** fileobj.h — file objects (class _io.TextIOWrapper, stdlib/fileobj.c) and the standard
** streams built on them (stdlib/stdio.c): what sys, print() and input() need from them.
** Not part of the VM's API; the VM sees only stdlib.h.
**
** One class serves every stream, as in CPython: a file opened by open() reads its
** descriptor in 8 KiB chunks and buffers its writes 64 KiB at a time; sys.stdout and
** sys.stderr write through the VM's writer (vm_write, so a host's write_fn sees all
** output); sys.stdin reads descriptor 0.
*/
#ifndef rill_stdlib_fileobj_h
#define rill_stdlib_fileobj_h

#include "stdlib.h"

/* (fileobj_init, which makes the _io module and the open and input built-ins at VM
   start, and stdlib_io_init, `import io`, are declared in stdlib.h.) */

/* Is v a file object (of any stream kind)? No script code. */
bool fileobj_check(Value v);
/* Writes n bytes of UTF-8 text to file object f as f.write() would: ValueError on a
   closed file, io.UnsupportedOperation when not writable. 0 / -1. */
int fileobj_write(rill_vm *vm, Value f, const char *s, size_t n);
/* f.flush(). 0 / -1. */
int fileobj_flush(rill_vm *vm, Value f);

/* A new standard stream: fd 0 (sys.stdin), 1 (sys.stdout) or 2 (sys.stderr). */
Value fileobj_std_stream(rill_vm *vm, int fd);

/* stdio.c: sets stdin, stdout, stderr and __stdin__, __stdout__, __stderr__ in the sys
   module's dict d. 0 / -1. */
int stdio_add_to_sys(rill_vm *vm, RDict *d);
/* The stream print() writes to without file=: *out receives sys.stdout (borrowed), or
   V_NULL when the sys module was never imported (the process's stdout through
   vm_write is meant then). RuntimeError "lost sys.stdout" when sys.stdout was
   deleted. 0 / -1. */
int stdio_stdout(rill_vm *vm, Value *out);
/* input(prompt): the built-in; self is the _io module. */
Value stdio_input(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames);

#endif
