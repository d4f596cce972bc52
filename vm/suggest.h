/*
** suggest.h — the "Did you mean" of a printed NameError or AttributeError (suggest.c).
*/
#ifndef rill_suggest_h
#define rill_suggest_h

#include "vm.h"

/* CPython 3.11's edit distance between the bytes a[0..na) and b[0..nb) (the
   levenshtein_distance of its Python/suggestions.c): inserting, deleting or replacing
   a byte costs 2, replacing an ASCII letter by the same letter in the other case 1;
   a common prefix and suffix cost nothing. Any result above max_cost only means "too
   far": the computation stops early with max_cost + 1 once that is certain, and also
   when what remains of either string after the common affixes exceeds 40 bytes. */
size_t suggest_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost);

/* The name to suggest after the message of e, as CPython 3.11 prints an uncaught
   exception of exactly class NameError (the closest of the innermost traceback
   entry's local variable names, else of its globals, else of the builtins) or
   AttributeError (the closest name of dir(e.obj)). A new reference, or NULL when there
   is none. May run script code (a __dir__); leaves no exception of its own pending and
   keeps the one that was. */
RStr *exc_suggestion(rill_vm *vm, RExc *e);

#endif
