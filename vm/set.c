/*
** set.c — RSet, set and frozenset tables. The table follows CPython 3.11's setobject.c
** rule for rule (8-slot smalltable, nine linear probes then perturbation, dummies
** reused by add, resize when fill*5 >= mask*3, the pop finger, the merge fast paths),
** because set iteration order is table order and must come out as CPython's for keys
** with the same hashes (ints, floats, tuples of those).
*/
#include <string.h>
#include "dict.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define DUMMY_HASH (-1)     /* no key hashes to -1, so a dummy never matches a hash */

/* ---- the table ------------------------------------------------------------------ */

/* The probe shared by every operation: returns key's entry, or the empty entry ending
   the probe (key V_NULL) with *freeslot the last dummy passed (NULL if none); NULL
   on error. obj_eq may run script code that changes s: the probe then starts over,
   since the table it was reading may be gone. */
static SetEntry *probe(rill_vm *vm, RSet *s, Value key, int64_t hash, SetEntry **freeslot)
{
restart:;
    SetEntry *table = s->table;
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    *freeslot = NULL;
    for (;;) {
        SetEntry *e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->key == V_NULL)
                return e;
            if (e->hash == hash) {
                Value startkey = e->key;
                if (startkey == key)
                    return e;
                int r = dict_key_eq_fast(startkey, key);
                if (r == 2) {
                    uint64_t version = s->version;
                    v_incref(startkey);
                    r = obj_eq(vm, startkey, key);
                    bool changed = s->version != version;
                    /* unchanged: s still holds startkey, so this runs no code */
                    v_decref(vm, startkey);
                    if (r < 0)
                        return NULL;
                    if (changed)
                        goto restart;
                }
                if (r)
                    return e;
            } else if (e->key == SET_DUMMY) {
                *freeslot = e;      /* the last dummy passed, as CPython 3.11 picks */
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Places a key known to be absent into a table with no dummies (resize, merge). */
static void insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash)
{
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *e = &table[i];
        if (e->key == V_NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == V_NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

/* Rebuilds the table with the smallest power-of-two size (at least 8) above minused,
   dropping the dummies. Moves no references and runs no script code. */
static int resize(rill_vm *vm, RSet *s, size_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > SIZE_MAX / 2 / sizeof(SetEntry)) {
            exc_nomem(vm);
            return -1;
        }
        newsize <<= 1;
    }
    SetEntry *oldtable = s->table, *newtable;
    size_t oldmask = s->mask;
    bool old_allocated = oldtable != s->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (newsize == SET_MINSIZE) {
        newtable = s->smalltable;
        if (newtable == oldtable) {
            if (s->fill == s->used)
                return 0;           /* no dummies to purge */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = mem_alloc(vm, newsize * sizeof(SetEntry));
        if (!newtable)
            return -1;
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    s->table = newtable;
    s->mask = newsize - 1;
    for (size_t i = 0; i <= oldmask; i++) {
        Value k = oldtable[i].key;
        if (k != V_NULL && k != SET_DUMMY)
            insert_clean(newtable, s->mask, k, oldtable[i].hash);
    }
    s->fill = s->used;
    s->version++;
    if (old_allocated)
        mem_free(vm, oldtable, (oldmask + 1) * sizeof(SetEntry));
    return 0;
}

static int add_entry(rill_vm *vm, RSet *s, Value key, int64_t hash)
{
    /* Our own reference first: __eq__ may drop the one key was borrowed from. */
    v_incref(key);
    SetEntry *freeslot;
    SetEntry *e = probe(vm, s, key, hash, &freeslot);
    if (!e) {
        v_decref(vm, key);
        return -1;
    }
    if (e->key != V_NULL) {
        v_decref(vm, key);      /* already present; the caller's reference remains */
        return 0;
    }
    s->used++;
    s->version++;
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    e->key = key;
    e->hash = hash;
    if (s->fill * 5 < s->mask * 3)
        return 0;
    return resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

int set_purge_dummies(rill_vm *vm, RSet *s)
{
    if (s->fill - s->used <= s->mask / 4)
        return 0;
    return resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static int contains_entry(rill_vm *vm, RSet *s, Value key, int64_t hash)
{
    SetEntry *freeslot;
    SetEntry *e = probe(vm, s, key, hash, &freeslot);
    return e ? e->key != V_NULL : -1;
}

static int discard_entry(rill_vm *vm, RSet *s, Value key, int64_t hash)
{
    SetEntry *freeslot;
    SetEntry *e = probe(vm, s, key, hash, &freeslot);
    if (!e)
        return -1;
    if (e->key == V_NULL)
        return 0;
    Value old = e->key;
    e->key = SET_DUMMY;
    e->hash = DUMMY_HASH;
    s->used--;
    s->version++;
    v_decref(vm, old);
    return 1;
}

static void empty_to_minsize(RSet *s)
{
    memset(s->smalltable, 0, sizeof(s->smalltable));
    s->fill = s->used = 0;
    s->table = s->smalltable;
    s->mask = SET_MINSIZE - 1;
    s->hash = -1;
    s->version++;
}

/* Empties s before releasing anything: a decref may run code that looks at s. */
static void clear_all(rill_vm *vm, RSet *s)
{
    SetEntry *table = s->table;
    size_t n = s->mask + 1;
    bool allocated = table != s->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (!allocated) {
        if (s->fill == 0)
            return;
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    empty_to_minsize(s);
    for (size_t i = 0; i < n; i++)
        v_decref(vm, table[i].key);     /* no-op on V_NULL and SET_DUMMY */
    if (allocated)
        mem_free(vm, table, n * sizeof(SetEntry));
}

/* s |= other for another set: CPython's set_merge, including its two fast paths for
   an empty s, which decide where the keys land. */
static int merge(rill_vm *vm, RSet *s, RSet *other)
{
    if (other == s || other->used == 0)
        return 0;
    if ((s->fill + other->used) * 5 >= s->mask * 3
        && resize(vm, s, (s->used + other->used) * 2) < 0)
        return -1;
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            if (other->table[i].key != V_NULL) {
                s->table[i].key = v_incref(other->table[i].key);
                s->table[i].hash = other->table[i].hash;
            }
        }
        s->fill = s->used = other->used;
        s->version++;
        return 0;
    }
    if (s->fill == 0) {
        for (size_t i = 0; i <= other->mask; i++) {
            Value k = other->table[i].key;
            if (k != V_NULL && k != SET_DUMMY)
                insert_clean(s->table, s->mask, v_incref(k), other->table[i].hash);
        }
        s->fill = s->used = other->used;
        s->version++;
        return 0;
    }
    /* Keys may repeat: ordinary insertions, which may run __eq__ and change other, so
       its table is re-read at every step. */
    for (size_t i = 0; i <= other->mask; i++) {
        SetEntry *e = &other->table[i];
        if (e->key != V_NULL && e->key != SET_DUMMY && add_entry(vm, s, e->key, e->hash) < 0)
            return -1;
    }
    return 0;
}

/* s |= keys of an exact dict, with the hashes it stored. */
static int merge_dict(rill_vm *vm, RSet *s, RDict *d)
{
    if ((s->fill + d->used) * 5 >= s->mask * 3
        && resize(vm, s, (s->used + d->used) * 2) < 0)
        return -1;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (e->key != V_NULL && add_entry(vm, s, e->key, e->hash) < 0)
            return -1;
    }
    return 0;
}

/* ---- the API -------------------------------------------------------------------- */

RSet *set_new(rill_vm *vm, bool frozen)
{
    RSet *s = frozen ? obj_alloc(vm, K_FROZENSET, vm->cls_frozenset, sizeof(RSet), true)
                     : obj_alloc(vm, K_SET, vm->cls_set, sizeof(RSet), true);
    if (!s)
        return NULL;
    s->finger = 0;
    s->version = 0;
    empty_to_minsize(s);
    return s;
}

int set_add_hashed(rill_vm *vm, RSet *s, Value key, int64_t hash)
{
    return add_entry(vm, s, key, hash);
}

int set_add(rill_vm *vm, RSet *s, Value key)
{
    int64_t hash = dict_key_hash(vm, key);
    return hash == -1 ? -1 : add_entry(vm, s, key, hash);
}

int set_contains_hashed(rill_vm *vm, RSet *s, Value key, int64_t hash)
{
    return contains_entry(vm, s, key, hash);
}

int set_contains(rill_vm *vm, RSet *s, Value key)
{
    int64_t hash = dict_key_hash(vm, key);
    return hash == -1 ? -1 : contains_entry(vm, s, key, hash);
}

int set_discard_hashed(rill_vm *vm, RSet *s, Value key, int64_t hash)
{
    return discard_entry(vm, s, key, hash);
}

int set_discard(rill_vm *vm, RSet *s, Value key)
{
    int64_t hash = dict_key_hash(vm, key);
    return hash == -1 ? -1 : discard_entry(vm, s, key, hash);
}

Value set_pop(rill_vm *vm, RSet *s)
{
    if (s->used == 0)
        return exc_raisef(vm, vm->exc_KeyError, "pop from an empty set");
    /* The finger makes repeated pops linear overall instead of quadratic; where it
       starts decides which key comes out, as in CPython. */
    SetEntry *e = s->table + (s->finger & s->mask);
    SetEntry *limit = s->table + s->mask;
    while (e->key == V_NULL || e->key == SET_DUMMY) {
        e++;
        if (e > limit)
            e = s->table;
    }
    Value key = e->key;
    e->key = SET_DUMMY;
    e->hash = DUMMY_HASH;
    s->used--;
    s->version++;
    s->finger = (size_t)(e - s->table) + 1;
    return key;
}

void set_clear(rill_vm *vm, RSet *s)
{
    clear_all(vm, s);
}

RSet *set_copy(rill_vm *vm, RSet *s, bool frozen)
{
    RSet *c = set_new(vm, frozen);
    if (c && merge(vm, c, s) < 0) {
        obj_decref(vm, c);
        return NULL;
    }
    return c;
}

bool set_next_hashed(RSet *s, size_t *pos, Value *key, int64_t *hash)
{
    size_t i = *pos;
    while (i <= s->mask) {
        const SetEntry *e = &s->table[i++];
        if (e->key != V_NULL && e->key != SET_DUMMY) {
            *pos = i;
            if (key)
                *key = e->key;
            if (hash)
                *hash = e->hash;
            return true;
        }
    }
    *pos = i;
    return false;
}

bool set_next(RSet *s, size_t *pos, Value *key)
{
    return set_next_hashed(s, pos, key, NULL);
}

int set_update(rill_vm *vm, RSet *s, Value iterable)
{
    if (v_is_anyset(iterable))
        return merge(vm, s, (RSet *)v_obj(iterable));
    if (v_is_dict(iterable) && v_obj(iterable)->cls == vm->cls_dict)
        return merge_dict(vm, s, v_dict(iterable));
    Value it = iter_get(vm, iterable);
    if (it == V_NULL)
        return -1;
    for (unsigned n = 1;; n++) {
        Value key = iter_next(vm, it);
        if (key == V_NULL)
            break;
        int r = set_add(vm, s, key);
        v_decref(vm, key);
        /* a native infinite iterator must stay interruptible */
        if (r < 0 || ((n & 1023) == 0 && vm_check_interrupt(vm) < 0)) {
            v_decref(vm, it);
            return -1;
        }
    }
    v_decref(vm, it);
    return vm_exc_pending(vm) ? -1 : 0;
}

/* ---- collector ------------------------------------------------------------------ */

void set_traverse(RSet *s, VisitFn visit, void *arg)
{
    for (size_t i = 0; i <= s->mask; i++)
        v_visit(s->table[i].key, visit, arg);   /* skips V_NULL and SET_DUMMY */
}

void set_release(rill_vm *vm, RSet *s)
{
    clear_all(vm, s);
}

size_t set_sizeof(const RSet *s)
{
    return sizeof(RSet) + (s->table != s->smalltable ? (s->mask + 1) * sizeof(SetEntry) : 0);
}
