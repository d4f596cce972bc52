/*
** dict.h — dicts (insertion-ordered hash tables) and sets.
**
** RDict is CPython's compact layout: an index table (open addressing, entries of 1, 2,
** 4 or 8 bytes depending on size) pointing into a dense array of entries kept in
** insertion order. Deleting leaves a hole in the entry array and a dummy in the index
** table; resizing compacts both. `version` changes on every insertion or deletion of a
** key (not on value replacement), which iterators use to raise "dictionary changed size
** during iteration" and caches use to stay valid.
**
** RSet replicates CPython's set table (same initial size, probing sequence and resize
** policy), so that sets of small ints iterate in the same order as in CPython.
**
** Keys are hashed with obj_hash() and compared with obj_eq() (object.h), which may run
** script code (__hash__/__eq__ of user classes) and may fail. Every function that may
** call them can return an error. All Values passed in are borrowed; the table takes its
** own references. Lookups return BORROWED values.
*/
#ifndef rill_dict_h
#define rill_dict_h

#include "vm.h"
#include "str.h"
#include "ops.h"

typedef struct DictEntry {
    int64_t hash;
    Value key;                  /* V_NULL: a deleted entry */
    Value value;
} DictEntry;

struct RDict {
    RObj h;
    size_t used;                /* live keys */
    size_t nentries;            /* entries[0..nentries) in use, holes included */
    size_t entries_cap;
    uint8_t log2_index;         /* index table has 1 << log2_index slots */
    void *index;                /* int8/16/32/64 slots: -1 empty, -2 dummy, else entry */
    DictEntry *entries;
    uint64_t version;           /* from vm->dict_version: unique across all dicts */
};

static inline bool v_is_dict(Value v) { return v_is_kind(v, K_DICT); }
static inline RDict *v_dict(Value v) { return (RDict *)v; }

RDict *dict_new(rill_vm *vm);
RDict *dict_new_sized(rill_vm *vm, size_t n);     /* room for n keys without resizing */

/* 1 found (*out borrowed), 0 not found, -1 error. */
int dict_lookup(rill_vm *vm, RDict *d, Value key, Value *out);
/* Lookup by a str key without ever running script code (keys that are not str never
   match): the interpreter's path for globals, attributes and keyword arguments. Returns
   the borrowed value or V_NULL. */
Value dict_get_str(RDict *d, RStr *key);
/* The position of str key in d's entry array, or -1: valid while d->version stays the
   same (the interpreter's global-variable caches hold on to it). No script code. */
int64_t dict_index_str(RDict *d, RStr *key);
int dict_set(rill_vm *vm, RDict *d, Value key, Value value);      /* 0 / -1 */
int dict_set_str(rill_vm *vm, RDict *d, RStr *key, Value value);  /* 0 / -1 (no user code) */
/* 1 deleted, 0 not found (no exception), -1 error. */
int dict_del(rill_vm *vm, RDict *d, Value key);
int dict_del_str(rill_vm *vm, RDict *d, RStr *key);
/* Remove key and return its value (a new reference); V_NULL with no exception if absent. */
Value dict_pop(rill_vm *vm, RDict *d, Value key);
void dict_clear(rill_vm *vm, RDict *d);
RDict *dict_copy(rill_vm *vm, RDict *d);
/* Iteration over live entries in insertion order: *pos starts at 0. Returns false at
   the end. key and value are borrowed. */
bool dict_next(RDict *d, size_t *pos, Value *key, Value *value);
/* d.update(other) for a dict other; 0 / -1. */
int dict_merge(rill_vm *vm, RDict *d, RDict *other);

/* The same with the key's hash already known (an entry's hash from another table, or
   dict_key_hash()): no __hash__ call. */
int dict_lookup_hashed(rill_vm *vm, RDict *d, Value key, int64_t hash, Value *out);
int dict_set_hashed(rill_vm *vm, RDict *d, Value key, int64_t hash, Value value);

/* For the collector and deallocator (gc.c). */
void dict_traverse(RDict *d, VisitFn visit, void *arg);
void dict_release(rill_vm *vm, RDict *d);  /* drop all references and free the tables */
size_t dict_sizeof(const RDict *d);
/* dict_sizeof counts what the dict owns: sizeof(RDict) plus its tables (an empty dict
   shares a static table and owns none). */

/* hash(key) exactly as obj_hash() computes it, with the tables' fast paths inline: a
   str's cached hash, bools and small ints (the value modulo 2**61 - 1). -1 with an
   exception pending on error; runs script code only through obj_hash (__hash__). */
static inline int64_t dict_key_hash(rill_vm *vm, Value key)
{
    if (v_is_int(key)) {
        const uint64_t modulus = ((uint64_t)1 << 61) - 1;
        intptr_t x = v_as_int(key);
        uint64_t a = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        if (a >= modulus)
            a %= modulus;
        int64_t h = x < 0 ? -(int64_t)a : (int64_t)a;
        return h == -1 ? -2 : h;
    }
    if (v_is_str(key)) {
        RStr *s = v_str(key);
        return (s->h.aux & STR_HASHED) ? s->hash : str_hash(s);
    }
    if (v_is_bool(key))
        return key == V_TRUE;
    return obj_hash(vm, key);
}

/* Equality of two different key Values whose hashes are equal, when it needs no script
   code: two strs (str_eq) or two small ints (never equal: equal small ints are the same
   word). Returns 1 or 0, or 2 when obj_eq() must decide. */
static inline int dict_key_eq_fast(Value a, Value b)
{
    if (v_is_str(a) && v_is_str(b))
        return str_eq(v_str(a), v_str(b));
    if (v_is_int(a) && v_is_int(b))
        return 0;
    return 2;
}

/* ---- sets ------------------------------------------------------------------- */
typedef struct SetEntry {
    int64_t hash;
    Value key;                  /* V_NULL: empty; SET_DUMMY: deleted */
} SetEntry;

#define SET_MINSIZE 8
/* The key of a deleted set slot (its hash is -1, which no key has): a word that is
   neither a small int, an immediate nor an object pointer. */
#define SET_DUMMY ((Value)4)

typedef struct RSet {           /* kind K_SET or K_FROZENSET */
    RObj h;
    size_t fill;                /* active + dummy slots */
    size_t used;                /* active slots */
    size_t mask;                /* table size - 1 */
    size_t finger;              /* search finger for pop() */
    SetEntry *table;            /* points at smalltable when mask == SET_MINSIZE - 1 */
    int64_t hash;               /* frozenset's cached hash, -1 if not computed */
    uint64_t version;
    SetEntry smalltable[SET_MINSIZE];
} RSet;

static inline bool v_is_anyset(Value v)
{
    return v_is_obj(v) && (v_obj(v)->kind == K_SET || v_obj(v)->kind == K_FROZENSET);
}

RSet *set_new(rill_vm *vm, bool frozen);
int set_add(rill_vm *vm, RSet *s, Value key);             /* 0 / -1 */
int set_contains(rill_vm *vm, RSet *s, Value key);        /* 1 / 0 / -1 */
int set_discard(rill_vm *vm, RSet *s, Value key);         /* 1 removed / 0 / -1 */
Value set_pop(rill_vm *vm, RSet *s);                      /* KeyError 'pop from an empty set' */
void set_clear(rill_vm *vm, RSet *s);
RSet *set_copy(rill_vm *vm, RSet *s, bool frozen);
bool set_next(RSet *s, size_t *pos, Value *key);          /* borrowed; table order */
/* Add every item of an iterable (uses the iteration protocol; may run code). */
int set_update(rill_vm *vm, RSet *s, Value iterable);
void set_traverse(RSet *s, VisitFn visit, void *arg);
void set_release(rill_vm *vm, RSet *s);
size_t set_sizeof(const RSet *s);   /* sizeof(RSet) plus a table beyond smalltable */

/* The same operations with the key's hash already known (from another table's entry):
   no __hash__ call, as CPython's set algebra uses the stored hashes. */
int set_add_hashed(rill_vm *vm, RSet *s, Value key, int64_t hash);
int set_contains_hashed(rill_vm *vm, RSet *s, Value key, int64_t hash);
int set_discard_hashed(rill_vm *vm, RSet *s, Value key, int64_t hash);
bool set_next_hashed(RSet *s, size_t *pos, Value *key, int64_t *hash);
/* Rebuilds the table when more than a quarter of it is deleted entries, as CPython's
   set_difference_update does after removing: 0 / -1 (MemoryError). No script code. */
int set_purge_dummies(rill_vm *vm, RSet *s);

#endif
