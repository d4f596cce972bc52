/*
** dict.c — RDict, CPython's compact ordered dict: a sparse index table of 1/2/4/8-byte
** slots over a dense entry array kept in insertion order (dict.h has the layout).
**
** The index table and the entries share one allocation. An empty dict points at a
** static, never-written index table with no entries (entries_cap 0), so lookups need
** no special case and the first insertion allocates the real table.
*/
#include <string.h>
#include "dict.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define PERTURB_SHIFT 5
#define LOG2_MINSIZE 3
#define LOG2_MAX 58         /* beyond this the table size computations would overflow */

static const int8_t empty_index[1 << LOG2_MINSIZE] = { -1, -1, -1, -1, -1, -1, -1, -1 };

/* ---- table geometry ------------------------------------------------------------- */

static inline unsigned ix_width_log(uint8_t log2)
{
    return log2 < 8 ? 0 : log2 < 16 ? 1 : log2 < 32 ? 2 : 3;
}

/* Two thirds of the slots may be used: the load factor CPython keeps. */
static inline size_t usable_of(uint8_t log2)
{
    return (((size_t)1 << log2) << 1) / 3;
}

static inline size_t index_bytes(uint8_t log2)
{
    return ((size_t)1 << log2) << ix_width_log(log2);
}

static inline size_t block_bytes(uint8_t log2)
{
    return index_bytes(log2) + usable_of(log2) * sizeof(DictEntry);
}

/* log2 of the smallest power of two >= minsize, at least 8 slots. */
static uint8_t log2_for(size_t minsize)
{
    uint8_t log2 = LOG2_MINSIZE;
    while (log2 < LOG2_MAX + 1 && ((size_t)1 << log2) < minsize)
        log2++;
    return log2;
}

/* The table size that holds n keys without resizing (CPython's estimate_log2_keysize). */
static uint8_t log2_for_keys(size_t n)
{
    if (n > ((size_t)1 << LOG2_MAX) / 2)
        return LOG2_MAX + 1;
    return log2_for((n * 3 + 1) / 2);
}

static inline int64_t get_ix(const void *index, uint8_t log2, size_t i)
{
    if (log2 < 8)
        return ((const int8_t *)index)[i];
    if (log2 < 16)
        return ((const int16_t *)index)[i];
    if (log2 < 32)
        return ((const int32_t *)index)[i];
    return ((const int64_t *)index)[i];
}

static inline void set_ix(void *index, uint8_t log2, size_t i, int64_t ix)
{
    if (log2 < 8)
        ((int8_t *)index)[i] = (int8_t)ix;
    else if (log2 < 16)
        ((int16_t *)index)[i] = (int16_t)ix;
    else if (log2 < 32)
        ((int32_t *)index)[i] = (int32_t)ix;
    else
        ((int64_t *)index)[i] = ix;
}

/* First slot of hash's probe sequence that holds no entry (empty or dummy). */
static size_t find_empty_slot(const void *index, uint8_t log2, int64_t hash)
{
    size_t mask = ((size_t)1 << log2) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    while (get_ix(index, log2, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

static void set_empty(RDict *d)
{
    d->used = 0;
    d->nentries = 0;
    d->entries_cap = 0;
    d->log2_index = LOG2_MINSIZE;
    d->index = (void *)empty_index;     /* never written: entries_cap 0 forces a resize */
    d->entries = NULL;
}

/* Rebuilds the tables with 1 << log2 slots, compacting the entries. Runs no script code
   and moves no references. */
static int resize(rill_vm *vm, RDict *d, uint8_t log2)
{
    if (log2 > LOG2_MAX || usable_of(log2) < d->used) {
        exc_nomem(vm);
        return -1;
    }
    size_t ixbytes = index_bytes(log2);
    char *block = mem_alloc(vm, block_bytes(log2));
    if (!block)
        return -1;
    memset(block, 0xff, ixbytes);       /* -1 (empty) in every slot width */
    DictEntry *entries = (DictEntry *)(block + ixbytes);
    if (d->nentries == d->used) {
        if (d->used)
            memcpy(entries, d->entries, d->used * sizeof(DictEntry));
    } else {
        size_t j = 0;
        for (size_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key != V_NULL)
                entries[j++] = d->entries[i];
    }
    for (size_t j = 0; j < d->used; j++)
        set_ix(block, log2, find_empty_slot(block, log2, entries[j].hash), (int64_t)j);
    if (d->entries_cap)
        mem_free(vm, d->index, block_bytes(d->log2_index));
    d->index = block;
    d->entries = entries;
    d->log2_index = log2;
    d->entries_cap = usable_of(log2);
    d->nentries = d->used;
    return 0;
}

/* ---- lookup --------------------------------------------------------------------- */

/* The generic probe. Returns the entry number of key (>= 0) with *slot its index slot;
   DKIX_EMPTY when absent, with *slot where it would be inserted (the first dummy or the
   empty slot ending the probe); DKIX_ERROR with an exception pending. obj_eq may run
   script code that changes d: then the search starts over, since the slots and entries
   read so far may be gone. */
static int64_t lookup(rill_vm *vm, RDict *d, Value key, int64_t hash, size_t *slot)
{
restart:;
    const uint8_t log2 = d->log2_index;
    const size_t mask = ((size_t)1 << log2) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    size_t freeslot = SIZE_MAX;
    for (;;) {
        int64_t ix = get_ix(d->index, log2, i);
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                int r = dict_key_eq_fast(e->key, key);
                if (r == 2) {
                    Value startkey = v_incref(e->key);
                    uint64_t version = d->version;
                    r = obj_eq(vm, startkey, key);
                    bool changed = d->version != version;
                    /* unchanged: d still holds startkey, so this runs no code */
                    v_decref(vm, startkey);
                    if (r < 0)
                        return DKIX_ERROR;
                    if (changed)
                        goto restart;
                }
                if (r) {
                    *slot = i;
                    return ix;
                }
            }
        } else if (ix == DKIX_EMPTY) {
            *slot = freeslot != SIZE_MAX ? freeslot : i;
            return DKIX_EMPTY;
        } else if (freeslot == SIZE_MAX) {
            freeslot = i;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The str-only probe: never runs code; keys that are not str never match. */
static int64_t lookup_str(const RDict *d, RStr *key, int64_t hash, size_t *slot)
{
    const uint8_t log2 = d->log2_index;
    const size_t mask = ((size_t)1 << log2) - 1;
    const Value k = v_from_obj(key);
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    size_t freeslot = SIZE_MAX;
    for (;;) {
        int64_t ix = get_ix(d->index, log2, i);
        if (ix >= 0) {
            const DictEntry *e = &d->entries[ix];
            if (e->key == k || (e->hash == hash && v_is_str(e->key)
                                && str_eq(v_str(e->key), key))) {
                *slot = i;
                return ix;
            }
        } else if (ix == DKIX_EMPTY) {
            *slot = freeslot != SIZE_MAX ? freeslot : i;
            return DKIX_EMPTY;
        } else if (freeslot == SIZE_MAX) {
            freeslot = i;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static inline int64_t str_key_hash(RStr *s)
{
    return (s->h.aux & STR_HASHED) ? s->hash : str_hash(s);
}

/* ---- insertion and deletion ----------------------------------------------------- */

/* Appends a key known to be absent; slot is where lookup said it goes. */
static int insert_new(rill_vm *vm, RDict *d, Value key, int64_t hash, Value value,
                      size_t slot)
{
    if (d->nentries >= d->entries_cap) {
        /* CPython's GROWTH_RATE: room for three times the live keys */
        if (resize(vm, d, log2_for(d->used * 3)) < 0)
            return -1;
        slot = find_empty_slot(d->index, d->log2_index, hash);
    }
    set_ix(d->index, d->log2_index, slot, (int64_t)d->nentries);
    DictEntry *e = &d->entries[d->nentries++];
    e->hash = hash;
    e->key = v_incref(key);
    e->value = v_incref(value);
    d->used++;
    d->version = ++vm->dict_version;
    return 0;
}

static void replace_value(rill_vm *vm, RDict *d, int64_t ix, Value value)
{
    v_store(vm, &d->entries[ix].value, v_incref(value));
}

static int insert(rill_vm *vm, RDict *d, Value key, int64_t hash, Value value)
{
    size_t slot;
    int64_t ix = lookup(vm, d, key, hash, &slot);
    if (ix >= 0) {
        replace_value(vm, d, ix, value);
        return 0;
    }
    if (ix == DKIX_ERROR)
        return -1;
    return insert_new(vm, d, key, hash, value, slot);
}

/* Unlinks entry ix (found at index slot): the caller owns the returned key and value
   and releases them after this returns, when d is consistent again. */
static void unlink_entry(rill_vm *vm, RDict *d, size_t slot, int64_t ix, Value *key, Value *value)
{
    DictEntry *e = &d->entries[ix];
    set_ix(d->index, d->log2_index, slot, DKIX_DUMMY);
    *key = e->key;
    *value = e->value;
    e->key = V_NULL;
    e->value = V_NULL;
    d->used--;
    d->version = ++vm->dict_version;
}

/* Empties d, then releases what it held, in insertion order (key, then value). */
static void clear_all(rill_vm *vm, RDict *d)
{
    void *index = d->index;
    DictEntry *entries = d->entries;
    size_t n = d->nentries, cap = d->entries_cap;
    uint8_t log2 = d->log2_index;
    set_empty(d);
    d->version = ++vm->dict_version;
    for (size_t i = 0; i < n; i++) {
        v_decref(vm, entries[i].key);
        v_decref(vm, entries[i].value);
    }
    if (cap)
        mem_free(vm, index, block_bytes(log2));
}

/* ---- the API -------------------------------------------------------------------- */

RDict *dict_new(rill_vm *vm)
{
    RDict *d = obj_alloc(vm, K_DICT, vm->cls_dict, sizeof(RDict), true);
    if (!d)
        return NULL;
    set_empty(d);
    d->version = ++vm->dict_version;
    return d;
}

RDict *dict_new_sized(rill_vm *vm, size_t n)
{
    RDict *d = dict_new(vm);
    if (!d || n == 0)
        return d;
    if (resize(vm, d, log2_for_keys(n)) < 0) {
        obj_decref(vm, d);
        return NULL;
    }
    return d;
}

int dict_lookup_hashed(rill_vm *vm, RDict *d, Value key, int64_t hash, Value *out)
{
    size_t slot;
    int64_t ix = lookup(vm, d, key, hash, &slot);
    if (ix >= 0) {
        *out = d->entries[ix].value;
        return 1;
    }
    return ix == DKIX_ERROR ? -1 : 0;
}

int dict_lookup(rill_vm *vm, RDict *d, Value key, Value *out)
{
    int64_t hash = dict_key_hash(vm, key);
    if (hash == -1)
        return -1;
    return dict_lookup_hashed(vm, d, key, hash, out);
}

Value dict_get_str(RDict *d, RStr *key)
{
    size_t slot;
    int64_t ix = lookup_str(d, key, str_key_hash(key), &slot);
    return ix >= 0 ? d->entries[ix].value : V_NULL;
}

int64_t dict_index_str(RDict *d, RStr *key)
{
    size_t slot;
    int64_t ix = lookup_str(d, key, str_key_hash(key), &slot);
    return ix >= 0 ? ix : -1;
}

int dict_set_hashed(rill_vm *vm, RDict *d, Value key, int64_t hash, Value value)
{
    return insert(vm, d, key, hash, value);
}

int dict_set(rill_vm *vm, RDict *d, Value key, Value value)
{
    int64_t hash = dict_key_hash(vm, key);
    if (hash == -1)
        return -1;
    return insert(vm, d, key, hash, value);
}

int dict_set_str(rill_vm *vm, RDict *d, RStr *key, Value value)
{
    size_t slot;
    int64_t hash = str_key_hash(key);
    int64_t ix = lookup_str(d, key, hash, &slot);
    if (ix >= 0) {
        replace_value(vm, d, ix, value);
        return 0;
    }
    return insert_new(vm, d, v_from_obj(key), hash, value, slot);
}

/* Removes key if present: 1 with *value (owned) set, 0 absent, -1 error. */
static int remove_key(rill_vm *vm, RDict *d, Value key, Value *value)
{
    int64_t hash = dict_key_hash(vm, key);
    if (hash == -1)
        return -1;
    size_t slot;
    int64_t ix = lookup(vm, d, key, hash, &slot);
    if (ix < 0)
        return ix == DKIX_ERROR ? -1 : 0;
    Value oldkey;
    unlink_entry(vm, d, slot, ix, &oldkey, value);
    v_decref(vm, oldkey);
    return 1;
}

int dict_del(rill_vm *vm, RDict *d, Value key)
{
    Value value;
    int r = remove_key(vm, d, key, &value);
    if (r == 1)
        v_decref(vm, value);
    return r;
}

int dict_del_str(rill_vm *vm, RDict *d, RStr *key)
{
    size_t slot;
    int64_t ix = lookup_str(d, key, str_key_hash(key), &slot);
    if (ix < 0)
        return 0;
    Value oldkey, oldvalue;
    unlink_entry(vm, d, slot, ix, &oldkey, &oldvalue);
    v_decref(vm, oldkey);
    v_decref(vm, oldvalue);
    return 1;
}

Value dict_pop(rill_vm *vm, RDict *d, Value key)
{
    Value value;
    return remove_key(vm, d, key, &value) == 1 ? value : V_NULL;
}

void dict_clear(rill_vm *vm, RDict *d)
{
    clear_all(vm, d);
}

/* Makes d (empty, tables unallocated) an exact copy of src, which has no holes: the
   block is cloned as it is, with no probing at all. */
static int clone_into(rill_vm *vm, RDict *d, const RDict *src)
{
    size_t bytes = block_bytes(src->log2_index);
    char *block = mem_alloc(vm, bytes);
    if (!block)
        return -1;
    memcpy(block, src->index, bytes);
    d->index = block;
    d->entries = (DictEntry *)(block + index_bytes(src->log2_index));
    d->log2_index = src->log2_index;
    d->entries_cap = src->entries_cap;
    d->nentries = src->nentries;
    d->used = src->used;
    d->version = ++vm->dict_version;
    for (size_t i = 0; i < d->nentries; i++) {
        v_incref(d->entries[i].key);
        v_incref(d->entries[i].value);
    }
    return 0;
}

RDict *dict_copy(rill_vm *vm, RDict *d)
{
    if (d->used == 0)
        return dict_new(vm);
    if (d->nentries == d->used) {
        RDict *c = dict_new(vm);
        if (c && clone_into(vm, c, d) < 0) {
            obj_decref(vm, c);
            return NULL;
        }
        return c;
    }
    RDict *c = dict_new_sized(vm, d->used);
    if (!c)
        return NULL;
    /* the keys are distinct and their hashes known: no comparisons, no script code */
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (e->key != V_NULL) {
            size_t slot = find_empty_slot(c->index, c->log2_index, e->hash);
            if (insert_new(vm, c, e->key, e->hash, e->value, slot) < 0) {
                obj_decref(vm, c);
                return NULL;
            }
        }
    }
    return c;
}

bool dict_next(RDict *d, size_t *pos, Value *key, Value *value)
{
    size_t i = *pos;
    while (i < d->nentries) {
        const DictEntry *e = &d->entries[i++];
        if (e->key != V_NULL) {
            *pos = i;
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    *pos = i;
    return false;
}

int dict_merge(rill_vm *vm, RDict *d, RDict *other)
{
    if (d == other || other->used == 0)
        return 0;
    if (d->used == 0 && other->nentries == other->used) {
        clear_all(vm, d);       /* only frees an empty table: d holds no references */
        return clone_into(vm, d, other);
    }
    /* One resize up front rather than several while inserting (CPython's test, so
       that the entries move, or not, when they move in CPython). */
    if (usable_of(d->log2_index) - d->used < other->used
        && resize(vm, d, log2_for_keys(d->used + other->used)) < 0)
        return -1;
    /* __eq__ may change either dict: re-read other's entries at every step, and keep
       the pair alive while inserting it. */
    size_t orig_used = other->used;
    const DictEntry *orig_entries = other->entries;
    for (size_t i = 0; i < other->nentries; i++) {
        const DictEntry *e = &other->entries[i];
        if (e->key == V_NULL)
            continue;
        Value key = v_incref(e->key), value = v_incref(e->value);
        int r = insert(vm, d, key, e->hash, value);
        v_decref(vm, key);
        v_decref(vm, value);
        if (r < 0)
            return -1;
        if (other->used != orig_used || other->entries != orig_entries)
            return exc_raisef_i(vm, vm->exc_RuntimeError, "dict mutated during update");
    }
    return 0;
}

/* ---- collector ------------------------------------------------------------------ */

void dict_traverse(RDict *d, VisitFn visit, void *arg)
{
    for (size_t i = 0; i < d->nentries; i++) {
        const DictEntry *e = &d->entries[i];
        if (e->key != V_NULL) {
            v_visit(e->key, visit, arg);
            v_visit(e->value, visit, arg);
        }
    }
}

void dict_release(rill_vm *vm, RDict *d)
{
    clear_all(vm, d);
}

size_t dict_sizeof(const RDict *d)
{
    return sizeof(RDict) + (d->entries_cap ? block_bytes(d->log2_index) : 0);
}
