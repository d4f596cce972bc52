/*
** seq.h — tuples, lists, ranges and slices.
**
** Tuples are immutable arrays of Values stored inline; lists own a separately allocated
** array. Both are containers (tracked by the cycle collector). Item accessors return
** BORROWED values; constructors and the *_new functions return new references.
*/
#ifndef rill_seq_h
#define rill_seq_h

#include "vm.h"
#include "opcodes.h"

struct RTuple {
    RObj h;
    size_t n;
    int64_t hash;               /* cached, -1 when not computed */
    Value items[];
};

/* RList h.aux bit: set by list_sort while it holds the items; any change to the list's
   storage clears it, which is how "list modified during sort" is detected. */
enum { LIST_SORTING = 1 };

typedef struct RList {
    RObj h;
    size_t n, cap;
    Value *items;
} RList;

typedef struct RRange {         /* range(start, stop, step): ints, possibly big */
    RObj h;
    Value start, stop, step;
    Value len;                  /* computed length (an int Value) */
} RRange;

typedef struct RSlice {
    RObj h;
    Value start, stop, step;    /* V_NONE when omitted */
} RSlice;

static inline RTuple *v_tuple(Value v) { return (RTuple *)v; }
static inline RList *v_list(Value v) { return (RList *)v; }
static inline bool v_is_tuple(Value v) { return v_is_kind(v, K_TUPLE); }
static inline bool v_is_list(Value v) { return v_is_kind(v, K_LIST); }

/* ---- tuples --------------------------------------------------------------------- */
/* A tuple of n items, all V_NONE, to be filled with tuple_init_item before it is
   visible to anything else. n == 0 returns the shared empty tuple. */
RTuple *tuple_new(rill_vm *vm, size_t n);
/* Fill item i of a fresh tuple (steals v). */
static inline void tuple_init_item(RTuple *t, size_t i, Value v) { t->items[i] = v; }
RTuple *tuple_from_array(rill_vm *vm, const Value *items, size_t n);   /* borrows */
RTuple *tuple_pack(rill_vm *vm, size_t n, ...);                       /* borrows Values */
RTuple *tuple_slice(rill_vm *vm, RTuple *t, size_t lo, size_t hi);

/* ---- lists ---------------------------------------------------------------------- */
RList *list_new(rill_vm *vm, size_t cap);
RList *list_from_array(rill_vm *vm, const Value *items, size_t n);    /* borrows */
int list_append(rill_vm *vm, RList *l, Value v);                      /* borrows; 0/-1 */
int list_append_steal(rill_vm *vm, RList *l, Value v);
int list_insert(rill_vm *vm, RList *l, intptr_t index, Value v);
int list_extend(rill_vm *vm, RList *l, Value iterable);               /* may run code */
/* Remove and return item i (new ref); i already normalized and in range. */
Value list_pop_at(rill_vm *vm, RList *l, size_t i);
int list_reserve(rill_vm *vm, RList *l, size_t cap);
void list_clear(rill_vm *vm, RList *l);
/* list(iterable) */
RList *list_from_iter(rill_vm *vm, Value iterable);
/* Sort in place: a stable merge sort with CPython's comparison semantics (only `<`
   is used); keyfunc may be V_NULL; list is emptied while sorting ("list modified during
   sort"). */
int list_sort(rill_vm *vm, RList *l, Value keyfunc, bool reverse);

/* ---- ranges and slices ------------------------------------------------------------ */
Value range_new(rill_vm *vm, Value start, Value stop, Value step);  /* ValueError step 0 */
Value slice_new(rill_vm *vm, Value start, Value stop, Value step);
/* Resolve a slice against a length, as PySlice_GetIndicesEx: 0 / -1 (TypeError for
   non-int bounds). Returns the number of items in *count. */
int slice_indices(rill_vm *vm, RSlice *s, intptr_t length, intptr_t *start,
                  intptr_t *stop, intptr_t *step, intptr_t *count);

/* ---- shared helpers --------------------------------------------------------------- */
/* A subscript as an index: 1 with *out set when key is an int, a bool or has __index__;
   0 (no exception) when it is none of these (a slice, a str...); -1 on error, with
   IndexError "cannot fit 'int' into an index-sized integer" for ints beyond intptr_t. */
int seq_index_value(rill_vm *vm, Value key, intptr_t *out);
/* Guard against infinite recursion in reprs of containers (CPython's Py_ReprEnter):
   0 = entered (call seq_repr_leave when done), 1 = o is already being printed (print
   "[...]" / "{...}"), -1 = MemoryError. Usable for any container kind (dicts, sets). */
int seq_repr_enter(rill_vm *vm, RObj *o);
void seq_repr_leave(rill_vm *vm, RObj *o);
/* Lexicographic comparison of two sequences of the same kind (tuple/tuple or
   list/list), as CPython: the first index where items differ (obj_eq) decides, with
   obj_compare (so the result may be any object for < <= > >=); else the lengths. A new
   reference, V_NULL on error. Re-reads list lengths, since __eq__ may mutate them. */
Value seq_compare(rill_vm *vm, Value a, Value b, CmpOp op);
/* For a list or tuple seq: the first index in [start, stop) (clamped as index()'s
   bounds) whose item == v, -1 if none, -2 on error; and how many items == v (-1 on
   error). Items are re-read at each step. */
intptr_t seq_find(rill_vm *vm, Value seq, Value v, intptr_t start, intptr_t stop);
intptr_t seq_count(rill_vm *vm, Value seq, Value v);

/* ---- tuples --------------------------------------------------------------------- */
static inline Value tuple_item(const RTuple *t, size_t i) { return t->items[i]; }
/* t[key] (int or slice): IndexError "tuple index out of range", TypeError "tuple
   indices must be integers or slices, not str". */
Value tuple_getitem(rill_vm *vm, RTuple *t, Value key);
RTuple *tuple_concat(rill_vm *vm, RTuple *a, RTuple *b);
RTuple *tuple_repeat(rill_vm *vm, RTuple *t, intptr_t n);    /* n <= 0: () */
RTuple *tuple_from_list(rill_vm *vm, RList *l);
RTuple *tuple_from_iter(rill_vm *vm, Value iterable);          /* tuple(iterable) */
int tuple_contains(rill_vm *vm, RTuple *t, Value v);           /* 1 / 0 / -1 */
/* hash(t) as CPython 3.11's xxHash-based tuplehash (equal results for equal items'
   hashes); -1 on error (TypeError "unhashable type: 'list'"). */
int64_t tuple_hash(rill_vm *vm, RTuple *t);
/* t.index(v, start, stop) (start/stop as given, clamped like slice bounds): the index,
   or -1 with ValueError "tuple.index(x): x not in tuple". t.count(v): >= 0 or -1. */
intptr_t tuple_index(rill_vm *vm, RTuple *t, Value v, intptr_t start, intptr_t stop);
intptr_t tuple_count(rill_vm *vm, RTuple *t, Value v);
RStr *tuple_repr(rill_vm *vm, RTuple *t);                       /* (1,) () (1, 'a') */

/* ---- lists ---------------------------------------------------------------------- */
static inline Value list_item(const RList *l, size_t i) { return l->items[i]; }
/* l[key] (int or slice): IndexError "list index out of range", TypeError "list indices
   must be integers or slices, not str". */
Value list_getitem(rill_vm *vm, RList *l, Value key);
/* l[key] = v: "list assignment index out of range"; slices of any step ("attempt to
   assign sequence of size 3 to extended slice of size 2", "can only assign an
   iterable", "must assign iterable to extended slice"). May run code (iterating v). */
int list_setitem(rill_vm *vm, RList *l, Value key, Value v);
int list_delitem(rill_vm *vm, RList *l, Value key);               /* del l[key] */
/* l[i] with Python's negative indexes: a new reference, IndexError as list_getitem. */
Value list_get(rill_vm *vm, RList *l, intptr_t i);
/* l[lo:hi] with 0 <= lo, hi (clamped to the length; hi < lo gives []). */
RList *list_slice(rill_vm *vm, RList *l, size_t lo, size_t hi);
/* l[lo:hi] = v (step 1, bounds clamped as CPython's list_ass_slice); v V_NULL deletes. */
int list_setslice(rill_vm *vm, RList *l, intptr_t lo, intptr_t hi, Value v);
RList *list_concat(rill_vm *vm, RList *a, RList *b);
RList *list_repeat(rill_vm *vm, RList *l, intptr_t n);          /* n <= 0: [] */
int list_irepeat(rill_vm *vm, RList *l, intptr_t n);            /* l *= n */
RList *list_copy(rill_vm *vm, RList *l);
int list_contains(rill_vm *vm, RList *l, Value v);              /* 1 / 0 / -1 */
/* l.index(v, start, stop): ValueError "5 is not in list" (repr of v). */
intptr_t list_index(rill_vm *vm, RList *l, Value v, intptr_t start, intptr_t stop);
intptr_t list_count(rill_vm *vm, RList *l, Value v);
int list_remove(rill_vm *vm, RList *l, Value v);  /* "list.remove(x): x not in list" */
/* l.pop(i) with negative indexes: "pop from empty list", "pop index out of range". */
Value list_pop(rill_vm *vm, RList *l, intptr_t i);
void list_reverse(RList *l);
RStr *list_repr(rill_vm *vm, RList *l);                         /* [1, 'a'], [[...]] */

/* ---- ranges and slices ------------------------------------------------------------ */
static inline RRange *v_range(Value v) { return (RRange *)v; }
static inline bool v_is_range(Value v) { return v_is_kind(v, K_RANGE); }
static inline RSlice *v_slice(Value v) { return (RSlice *)v; }
static inline bool v_is_slice(Value v) { return v_is_kind(v, K_SLICE); }
/* range_new accepts V_NULL for an omitted start (0) or step (1); its arguments go
   through __index__ (TypeError "'float' object cannot be interpreted as an integer"). */
/* len(r): 0 / -1 (OverflowError "Python int too large to convert to C ssize_t"). */
int range_len(rill_vm *vm, RRange *r, intptr_t *out);
/* r[key] (int, possibly big, or slice -> range): IndexError "range object index out of
   range", TypeError "range indices must be integers or slices, not str". */
Value range_getitem(rill_vm *vm, RRange *r, Value key);
/* The i-th item, 0 <= i < len (no checks). */
Value range_item(rill_vm *vm, RRange *r, intptr_t i);
int range_contains(rill_vm *vm, RRange *r, Value v);    /* O(1) for ints; 1 / 0 / -1 */
Value range_index(rill_vm *vm, RRange *r, Value v);     /* ValueError "7 is not in range" */
Value range_count(rill_vm *vm, RRange *r, Value v);
int range_eq(rill_vm *vm, RRange *a, RRange *b);        /* as CPython: same sequence */
int64_t range_hash(rill_vm *vm, RRange *r);
RStr *range_repr(rill_vm *vm, RRange *r);               /* range(0, 10), range(0, 10, 2) */
RStr *slice_repr(rill_vm *vm, RSlice *s);               /* slice(1, None, None) */

#endif
