/*
** str.c — str objects: construction, UTF-8 helpers, hashing, the intern table,
** code-point indexing, concatenation/slicing/repetition, and repr.
**
** Strings are immutable UTF-8 with a trailing NUL. nchars and the ASCII flag are computed
** once at construction, so the ASCII case (code point i is byte i) costs nothing extra.
** Non-ASCII indexing walks the bytes, helped by a per-string memo of the last resolved
** position (RStr.ci_char/ci_byte) and by skipping 8 bytes at a time.
**
** Lone surrogates (chr(0xd800)) are stored as their 3-byte generalized UTF-8 form
** (WTF-8); every routine here treats them as one code point, and repr escapes them as
** CPython does ('\ud800').
*/
#include <string.h>
#include "str.h"
#include "seq.h"
#include "ops.h"

/* ---- UTF-8 ------------------------------------------------------------------------ */

static inline uint64_t load64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

#define HIGH_BITS 0x8080808080808080ull

/* Continuation bytes (10xxxxxx) among the 8 bytes of w: bit 7 set, bit 6 clear. Shifting
   w left by one moves each byte's bit 6 to its bit 7 (bit 7 spills into the next byte's
   bit 0, which the mask ignores). */
static inline unsigned cont_bytes(uint64_t w)
{
    uint64_t hi = w & HIGH_BITS;
    if (hi == 0) return 0;
    /* one bit per continuation byte, at bit 0; the multiply sums the 8 bytes into the
       top one (no popcount instruction needed) */
    uint64_t ones = (hi & ~(w << 1)) >> 7;
    return (unsigned)((ones * 0x0101010101010101ull) >> 56);
}

static inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

int utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t utf8_decode(const char *s, size_t *nbytes)
{
    const unsigned char *p = (const unsigned char *)s;
    uint32_t c = p[0];
    if (c < 0x80) {
        *nbytes = 1;
        return c;
    }
    if (c < 0xE0) {
        *nbytes = 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3Fu);
    }
    if (c < 0xF0) {
        *nbytes = 3;
        return ((c & 0x0F) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    }
    *nbytes = 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6)
           | (p[3] & 0x3Fu);
}

size_t utf8_count(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0, i = 0;
    for (; i + 8 <= len; i += 8)
        n += 8 - cont_bytes(load64(p + i));
    for (; i < len; i++)
        n += !is_cont(p[i]);
    return n;
}

/* Validates UTF-8 as CPython's decoder does. Returns len when valid; otherwise the
   offset of the bad sequence, with *bad (bytes of it reported) and *why set. */
static size_t utf8_check(const char *s, size_t len, size_t *bad, const char **why)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (i + 8 <= len && (load64(p + i) & HIGH_BITS) == 0) {
            i += 8;
            continue;
        }
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        unsigned lo = 0x80, hi = 0xBF;      /* allowed range of the second byte */
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;       /* no surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            *bad = 1;
            *why = "invalid start byte";
            return i;
        }
        size_t k;
        for (k = 1; k <= need; k++) {
            if (i + k >= len) {
                *bad = k;
                *why = "unexpected end of data";
                return i;
            }
            unsigned d = p[i + k];
            unsigned dlo = k == 1 ? lo : 0x80, dhi = k == 1 ? hi : 0xBF;
            if (d < dlo || d > dhi) {
                *bad = k;
                *why = "invalid continuation byte";
                return i;
            }
        }
        i += need + 1;
    }
    return len;
}

bool utf8_valid(const char *s, size_t len)
{
    size_t bad;
    const char *why;
    return utf8_check(s, len, &bad, &why) == len;
}

/* ---- hashing ------------------------------------------------------------------------ */

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

/* A murmur3-style word hash with a full 64-bit finalizer: fast on short names, well
   mixed in the low bits that the open-addressed tables use. */
static int64_t hash_bytes(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    const uint64_t c1 = 0x87C37B91114253D5ull, c2 = 0x4CF5AD432745937Full;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ ((uint64_t)n * c2);
    while (n >= 8) {
        h ^= rotl64(load64(p) * c1, 31) * c2;
        h = rotl64(h, 27) * 5 + 0x52DCE729;
        p += 8;
        n -= 8;
    }
    if (n) {
        uint64_t t = 0;
        memcpy(&t, p, n);
        h ^= rotl64(t * c1, 31) * c2;
    }
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t str_hash(RStr *s)
{
    if (!(s->h.aux & STR_HASHED)) {
        s->hash = hash_bytes(s->data, s->len);
        s->h.aux |= STR_HASHED;
    }
    return s->hash;
}

/* ---- construction ---------------------------------------------------------------- */

RStr *str_alloc(rill_vm *vm, size_t len)
{
    if (len > SIZE_MAX / 2 - sizeof(RStr))
        return exc_nomem(vm), NULL;
    RStr *s = obj_alloc(vm, K_STR, vm->cls_str, sizeof(RStr) + len + 1, false);
    if (!s) return NULL;
    s->len = len;
    s->nchars = len;
    s->hash = 0;
    s->ci_char = s->ci_byte = 0;
    s->h.aux = 0;
    s->data[len] = '\0';
    return s;
}

RStr *str_finish(RStr *s)
{
    s->nchars = utf8_count(s->data, s->len);
    s->h.aux = (uint16_t)((s->h.aux & ~(STR_HASHED | STR_ASCII))
                          | (s->nchars == s->len ? STR_ASCII : 0));
    s->ci_char = s->ci_byte = 0;
    s->data[s->len] = '\0';
    return s;
}

/* The shared one-character string for an ASCII byte (a new reference), made on first
   use: vm->char_cache is filled here, lazily, and emptied at VM teardown. */
static RStr *ascii_char(rill_vm *vm, unsigned char c)
{
    RStr *s = vm->char_cache[c];
    if (!s) {
        s = str_alloc(vm, 1);
        if (!s) return NULL;
        s->data[0] = (char)c;
        s->h.aux = STR_ASCII;
        vm->char_cache[c] = s;
    }
    obj_incref(s);
    return s;
}

/* '' and one ASCII character are shared: *hit tells whether p/len is one of them (then
   the result is the shared string, or NULL on allocation failure). */
static inline RStr *cached(rill_vm *vm, const char *p, size_t len, bool *hit)
{
    *hit = false;
    if (len == 0 && vm->empty_str) {
        *hit = true;
        obj_incref(vm->empty_str);
        return vm->empty_str;
    }
    if (len == 1 && (unsigned char)p[0] < 128) {
        *hit = true;
        return ascii_char(vm, (unsigned char)p[0]);
    }
    return NULL;
}

/* A string whose code point count is already known. */
static RStr *str_make(rill_vm *vm, const char *p, size_t len, size_t nchars)
{
    bool hit;
    RStr *s = cached(vm, p, len, &hit);
    if (hit) return s;
    s = str_alloc(vm, len);
    if (!s) return NULL;
    memcpy(s->data, p, len);
    s->nchars = nchars;
    if (nchars == len) s->h.aux |= STR_ASCII;
    return s;
}

RStr *str_new(rill_vm *vm, const char *p, size_t len)
{
    bool hit;
    RStr *s = cached(vm, p, len, &hit);
    if (hit) return s;
    s = str_alloc(vm, len);
    if (!s) return NULL;
    memcpy(s->data, p, len);
    return str_finish(s);
}

RStr *str_new_checked(rill_vm *vm, const char *p, size_t len)
{
    size_t bad;
    const char *why;
    size_t at = utf8_check(p, len, &bad, &why);
    if (at == len) return str_new(vm, p, len);
    if (bad == 1)
        return exc_raisef_p(vm, vm->exc_UnicodeError,
                            "'utf-8' codec can't decode byte 0x%x in position %zu: %s",
                            (unsigned)(unsigned char)p[at], at, why);
    return exc_raisef_p(vm, vm->exc_UnicodeError,
                        "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                        at, at + bad - 1, why);
}

RStr *str_from_cstr(rill_vm *vm, const char *s)
{
    return str_new(vm, s, strlen(s));
}

RStr *str_from_codepoint(rill_vm *vm, uint32_t cp)
{
    char buf[4];
    int n = utf8_encode(cp, buf);
    return str_make(vm, buf, (size_t)n, 1);
}

/* ---- the intern table ------------------------------------------------------------ */
/* Linear probing over RStr* with backward-shift deletion (no tombstones), load <= 1/2.
   The table does not own its strings: a dying interned string removes itself. */

static RStr *table_find(const StrTable *t, const char *p, size_t len, int64_t h)
{
    if (!t->slots) return NULL;
    size_t mask = t->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        RStr *e = t->slots[i];
        if (!e) return NULL;
        if (e->hash == h && e->len == len && memcmp(e->data, p, len) == 0) return e;
    }
}

static void table_place(RStr **slots, size_t mask, RStr *s)
{
    size_t i = (size_t)s->hash & mask;
    while (slots[i]) i = (i + 1) & mask;
    slots[i] = s;
}

/* Adds s (hashed, not present) to the table; 0 / -1. */
static int table_insert(rill_vm *vm, RStr *s)
{
    StrTable *t = &vm->interned;
    if ((t->count + 1) * 2 > t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 512;
        RStr **ns = mem_calloc(vm, ncap * sizeof(RStr *));
        if (!ns) return -1;
        for (size_t i = 0; i < t->cap; i++)
            if (t->slots[i]) table_place(ns, ncap - 1, t->slots[i]);
        if (t->slots) mem_free(vm, t->slots, t->cap * sizeof(RStr *));
        t->slots = ns;
        t->cap = ncap;
    }
    table_place(t->slots, t->cap - 1, s);
    t->count++;
    s->h.aux |= STR_INTERNED;
    return 0;
}

RStr *str_intern(rill_vm *vm, const char *p, size_t len)
{
    int64_t h = hash_bytes(p, len);
    RStr *s = table_find(&vm->interned, p, len, h);
    if (s) {
        obj_incref(s);
        return s;
    }
    s = str_new(vm, p, len);
    if (!s) return NULL;
    s->hash = h;
    s->h.aux |= STR_HASHED;
    if (table_insert(vm, s) < 0) {
        obj_decref(vm, s);
        return NULL;
    }
    return s;
}

RStr *str_intern_cstr(rill_vm *vm, const char *s)
{
    return str_intern(vm, s, strlen(s));
}

RStr *str_intern_steal(rill_vm *vm, RStr *s)
{
    if (s->h.aux & STR_INTERNED) return s;
    RStr *e = table_find(&vm->interned, s->data, s->len, str_hash(s));
    if (e) {
        obj_incref(e);
        obj_decref(vm, s);
        return e;
    }
    if (table_insert(vm, s) < 0) {
        obj_decref(vm, s);
        return NULL;
    }
    return s;
}

void str_table_remove(rill_vm *vm, RStr *s)
{
    StrTable *t = &vm->interned;
    s->h.aux &= (uint16_t)~STR_INTERNED;
    if (!t->slots) return;
    size_t mask = t->cap - 1, i = (size_t)s->hash & mask;
    while (t->slots[i] != s) {
        if (!t->slots[i]) return;
        i = (i + 1) & mask;
    }
    /* Backward shift: pull later members of the cluster into the hole when their home
       slot does not lie cyclically in (hole, j]. */
    for (size_t j = i;;) {
        j = (j + 1) & mask;
        RStr *e = t->slots[j];
        if (!e) break;
        size_t home = (size_t)e->hash & mask;
        bool stays = (i <= j) ? (i < home && home <= j) : (i < home || home <= j);
        if (!stays) {
            t->slots[i] = e;
            i = j;
        }
    }
    t->slots[i] = NULL;
    t->count--;
}

void str_table_free(rill_vm *vm)
{
    StrTable *t = &vm->interned;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i]) t->slots[i]->h.aux &= (uint16_t)~STR_INTERNED;
    if (t->slots) mem_free(vm, t->slots, t->cap * sizeof(RStr *));
    t->slots = NULL;
    t->cap = t->count = 0;
}

/* ---- comparison ------------------------------------------------------------------- */

bool str_eq(const RStr *a, const RStr *b)
{
    if (a == b) return true;
    if (a->len != b->len) return false;
    if ((a->h.aux & b->h.aux & STR_HASHED) && a->hash != b->hash) return false;
    return memcmp(a->data, b->data, a->len) == 0;
}

/* UTF-8 byte order is code point order, so memcmp suffices. */
int str_cmp(const RStr *a, const RStr *b)
{
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c) return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

bool str_eq_cstr(const RStr *a, const char *s)
{
    size_t n = strlen(s);
    return a->len == n && memcmp(a->data, s, n) == 0;
}

/* ---- code point positions ----------------------------------------------------------- */

/* From byte off (any position), pass k code point starts and stop at the next start (or
   at end). Skips whole words while they hold fewer than k starts. */
static size_t scan_fwd(const unsigned char *p, size_t off, size_t end, size_t k)
{
    while (k > 8 && off + 8 <= end) {
        size_t starts = 8 - cont_bytes(load64(p + off));
        if (starts >= k) break;
        k -= starts;
        off += 8;
    }
    for (;; off++) {
        if (off >= end) return end;
        if (!is_cont(p[off])) {
            if (k == 0) return off;
            k--;
        }
    }
}

/* From a code point start, step back k code points. */
static size_t scan_back(const unsigned char *p, size_t off, size_t k)
{
    while (k > 0) {
        off--;
        if (!is_cont(p[off])) k--;
    }
    return off;
}

size_t str_offset(const RStr *s, size_t i)
{
    if (s->h.aux & STR_ASCII) return i;
    if (i == 0) return 0;
    if (i >= s->nchars) return s->len;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t mc = s->ci_char, mb = s->ci_byte, off;
    size_t from_end = s->nchars - i;
    if (i >= mc) {
        if (i - mc <= from_end) off = scan_fwd(p, mb, s->len, i - mc);
        else off = scan_back(p, s->len, from_end);
    } else if (mc - i <= i) {
        off = scan_back(p, mb, mc - i);
    } else {
        off = scan_fwd(p, 0, s->len, i);
    }
    if (s->len <= UINT32_MAX) {
        RStr *m = (RStr *)s;    /* the memo is a cache, not part of the value */
        m->ci_char = (uint32_t)i;
        m->ci_byte = (uint32_t)off;
    }
    return off;
}

size_t str_char_index(const RStr *s, size_t byte_off)
{
    if (s->h.aux & STR_ASCII) return byte_off;
    if (s->ci_byte <= byte_off)
        return s->ci_char + utf8_count(s->data + s->ci_byte, byte_off - s->ci_byte);
    return utf8_count(s->data, byte_off);
}

uint32_t str_codepoint_at(const RStr *s, size_t byte_off, size_t *next_off)
{
    size_t n;
    uint32_t cp = utf8_decode(s->data + byte_off, &n);
    if (next_off) *next_off = byte_off + n;
    return cp;
}

/* ---- concatenation, slicing, repetition --------------------------------------------- */

static inline bool size_add_ok(size_t a, size_t b) { return a <= SIZE_MAX / 2 - b; }

RStr *str_concat(rill_vm *vm, RStr *a, RStr *b)
{
    if (b->len == 0 && a->h.cls == vm->cls_str) {
        obj_incref(a);
        return a;
    }
    if (a->len == 0 && b->h.cls == vm->cls_str) {
        obj_incref(b);
        return b;
    }
    if (!size_add_ok(a->len, b->len)) return exc_nomem(vm), NULL;
    RStr *r = str_alloc(vm, a->len + b->len);
    if (!r) return NULL;
    memcpy(r->data, a->data, a->len);
    memcpy(r->data + a->len, b->data, b->len);
    r->nchars = a->nchars + b->nchars;
    r->h.aux = (uint16_t)(a->h.aux & b->h.aux & STR_ASCII);
    return r;
}

RStr *str_concat_steal(rill_vm *vm, RStr *a, RStr *b)
{
    if (a->h.rc == 1 && a != b && a->len > 0 && b->len > 0 && a->h.cls == vm->cls_str
        && !(a->h.aux & STR_INTERNED)) {
        if (!size_add_ok(a->len, b->len)) {
            obj_decref(vm, a);
            return exc_nomem(vm), NULL;
        }
        size_t nlen = a->len + b->len;
        RStr *r = obj_resize(vm, a, sizeof(RStr) + a->len + 1, sizeof(RStr) + nlen + 1);
        if (!r) {
            obj_decref(vm, a);
            return NULL;
        }
        memcpy(r->data + r->len, b->data, b->len);
        r->data[nlen] = '\0';
        r->len = nlen;
        r->nchars += b->nchars;
        r->h.aux = (uint16_t)(r->h.aux & b->h.aux & STR_ASCII);
        return r;
    }
    RStr *r = str_concat(vm, a, b);
    obj_decref(vm, a);
    return r;
}

RStr *str_substr(rill_vm *vm, RStr *s, size_t start, size_t end)
{
    if (end > s->nchars) end = s->nchars;
    if (start >= end) return str_make(vm, "", 0, 0);
    if (start == 0 && end == s->nchars && s->h.cls == vm->cls_str) {
        obj_incref(s);
        return s;
    }
    size_t a = str_offset(s, start);
    size_t b = (s->h.aux & STR_ASCII) ? end
               : scan_fwd((const unsigned char *)s->data, a, s->len, end - start);
    return str_make(vm, s->data + a, b - a, end - start);
}

RStr *str_slice(rill_vm *vm, RStr *s, intptr_t start, intptr_t step, size_t count)
{
    if (count == 0) return str_make(vm, "", 0, 0);
    if (step == 1) return str_substr(vm, s, (size_t)start, (size_t)start + count);
    const unsigned char *p = (const unsigned char *)s->data;
    if (s->h.aux & STR_ASCII) {
        if (count == 1) return str_make(vm, s->data + start, 1, 1);
        RStr *r = str_alloc(vm, count);
        if (!r) return NULL;
        for (size_t j = 0; j < count; j++, start += step)
            r->data[j] = (char)p[start];
        r->h.aux = STR_ASCII;
        return r;
    }
    StrBuf b;
    sb_init(&b, vm);
    size_t off = str_offset(s, (size_t)start);
    for (size_t j = 0;; j++) {
        size_t n;
        utf8_decode(s->data + off, &n);
        sb_add(&b, s->data + off, n);
        if (j + 1 == count) break;
        off = step > 0 ? scan_fwd(p, off, s->len, (size_t)step)
                       : scan_back(p, off, (size_t)-step);
    }
    return sb_finish(&b);
}

RStr *str_repeat(rill_vm *vm, RStr *s, intptr_t n)
{
    if (n <= 0 || s->len == 0) return str_make(vm, "", 0, 0);
    if (n == 1 && s->h.cls == vm->cls_str) {
        obj_incref(s);
        return s;
    }
    if (s->len > (SIZE_MAX / 2 - sizeof(RStr)) / (size_t)n) return exc_nomem(vm), NULL;
    size_t total = s->len * (size_t)n;
    RStr *r = str_alloc(vm, total);
    if (!r) return NULL;
    if (s->len == 1) {
        memset(r->data, s->data[0], total);
    } else {
        size_t done = s->len;
        memcpy(r->data, s->data, s->len);
        while (done < total) {      /* double the filled prefix */
            size_t k = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, k);
            done += k;
        }
    }
    r->nchars = s->nchars * (size_t)n;
    r->h.aux = (uint16_t)(s->h.aux & STR_ASCII);
    return r;
}

Value str_getitem(rill_vm *vm, RStr *s, Value key)
{
    intptr_t i;
    int k = seq_index_value(vm, key, &i);
    if (k < 0) return V_NULL;
    if (k) {
        if (i < 0) i += (intptr_t)s->nchars;
        if (i < 0 || (size_t)i >= s->nchars)
            return exc_raisef(vm, vm->exc_IndexError, "string index out of range");
        size_t off = str_offset(s, (size_t)i), n;
        utf8_decode(s->data + off, &n);
        return v_from_obj(str_make(vm, s->data + off, n, 1));
    }
    if (v_is_kind(key, K_SLICE)) {
        intptr_t start, stop, step, count;
        if (slice_indices(vm, (RSlice *)key, (intptr_t)s->nchars, &start, &stop, &step,
                          &count) < 0)
            return V_NULL;
        return v_from_obj(str_slice(vm, s, start, step, (size_t)count));
    }
    return exc_raisef(vm, vm->exc_TypeError, "string indices must be integers, not '%T'",
                      key);
}

intptr_t str_memfind(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (nn == 0) return 0;
    if (nn > hn) return -1;
    const unsigned char *h = (const unsigned char *)hay, *nd = (const unsigned char *)needle;
    size_t last = hn - nn;              /* last possible start */
    if (nn < 8 || hn < 256) {
        const unsigned char *p = h, *end = h + last + 1;
        while (p < end) {
            p = memchr(p, nd[0], (size_t)(end - p));
            if (!p) return -1;
            if (memcmp(p + 1, nd + 1, nn - 1) == 0) return p - h;
            p++;
        }
        return -1;
    }
    /* Horspool: long needles in long texts skip ahead by the last byte's shift. */
    size_t skip[256];
    for (int c = 0; c < 256; c++) skip[c] = nn;
    for (size_t i = 0; i + 1 < nn; i++) skip[nd[i]] = nn - 1 - i;
    unsigned char tail = nd[nn - 1];
    for (size_t i = 0; i <= last;) {
        unsigned char c = h[i + nn - 1];
        if (c == tail && memcmp(h + i, nd, nn - 1) == 0) return (intptr_t)i;
        i += skip[c];
    }
    return -1;
}

int str_contains(rill_vm *vm, RStr *s, Value item)
{
    if (!v_is_str(item))
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "'in <string>' requires string as left operand, not %T", item);
    RStr *n = v_str(item);
    return str_memfind(s->data, s->len, n->data, n->len) >= 0;
}

/* ---- repr ------------------------------------------------------------------------- */

/* Code points >= 0x80 for which str.isprintable() is false in CPython 3.11 (Unicode
   14.0: categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space), as inclusive
   ranges. Generated from python3; exact, no approximation. */
static const uint32_t nonprintable[][2] = {
    {0x80, 0xa0}, {0xad, 0xad}, {0x378, 0x379}, {0x380, 0x383}, {0x38b, 0x38b},
    {0x38d, 0x38d}, {0x3a2, 0x3a2}, {0x530, 0x530}, {0x557, 0x558}, {0x58b, 0x58c},
    {0x590, 0x590}, {0x5c8, 0x5cf}, {0x5eb, 0x5ee}, {0x5f5, 0x605}, {0x61c, 0x61c},
    {0x6dd, 0x6dd}, {0x70e, 0x70f}, {0x74b, 0x74c}, {0x7b2, 0x7bf}, {0x7fb, 0x7fc},
    {0x82e, 0x82f}, {0x83f, 0x83f}, {0x85c, 0x85d}, {0x85f, 0x85f}, {0x86b, 0x86f},
    {0x88f, 0x897}, {0x8e2, 0x8e2}, {0x984, 0x984}, {0x98d, 0x98e}, {0x991, 0x992},
    {0x9a9, 0x9a9}, {0x9b1, 0x9b1}, {0x9b3, 0x9b5}, {0x9ba, 0x9bb}, {0x9c5, 0x9c6},
    {0x9c9, 0x9ca}, {0x9cf, 0x9d6}, {0x9d8, 0x9db}, {0x9de, 0x9de}, {0x9e4, 0x9e5},
    {0x9ff, 0xa00}, {0xa04, 0xa04}, {0xa0b, 0xa0e}, {0xa11, 0xa12}, {0xa29, 0xa29},
    {0xa31, 0xa31}, {0xa34, 0xa34}, {0xa37, 0xa37}, {0xa3a, 0xa3b}, {0xa3d, 0xa3d},
    {0xa43, 0xa46}, {0xa49, 0xa4a}, {0xa4e, 0xa50}, {0xa52, 0xa58}, {0xa5d, 0xa5d},
    {0xa5f, 0xa65}, {0xa77, 0xa80}, {0xa84, 0xa84}, {0xa8e, 0xa8e}, {0xa92, 0xa92},
    {0xaa9, 0xaa9}, {0xab1, 0xab1}, {0xab4, 0xab4}, {0xaba, 0xabb}, {0xac6, 0xac6},
    {0xaca, 0xaca}, {0xace, 0xacf}, {0xad1, 0xadf}, {0xae4, 0xae5}, {0xaf2, 0xaf8},
    {0xb00, 0xb00}, {0xb04, 0xb04}, {0xb0d, 0xb0e}, {0xb11, 0xb12}, {0xb29, 0xb29},
    {0xb31, 0xb31}, {0xb34, 0xb34}, {0xb3a, 0xb3b}, {0xb45, 0xb46}, {0xb49, 0xb4a},
    {0xb4e, 0xb54}, {0xb58, 0xb5b}, {0xb5e, 0xb5e}, {0xb64, 0xb65}, {0xb78, 0xb81},
    {0xb84, 0xb84}, {0xb8b, 0xb8d}, {0xb91, 0xb91}, {0xb96, 0xb98}, {0xb9b, 0xb9b},
    {0xb9d, 0xb9d}, {0xba0, 0xba2}, {0xba5, 0xba7}, {0xbab, 0xbad}, {0xbba, 0xbbd},
    {0xbc3, 0xbc5}, {0xbc9, 0xbc9}, {0xbce, 0xbcf}, {0xbd1, 0xbd6}, {0xbd8, 0xbe5},
    {0xbfb, 0xbff}, {0xc0d, 0xc0d}, {0xc11, 0xc11}, {0xc29, 0xc29}, {0xc3a, 0xc3b},
    {0xc45, 0xc45}, {0xc49, 0xc49}, {0xc4e, 0xc54}, {0xc57, 0xc57}, {0xc5b, 0xc5c},
    {0xc5e, 0xc5f}, {0xc64, 0xc65}, {0xc70, 0xc76}, {0xc8d, 0xc8d}, {0xc91, 0xc91},
    {0xca9, 0xca9}, {0xcb4, 0xcb4}, {0xcba, 0xcbb}, {0xcc5, 0xcc5}, {0xcc9, 0xcc9},
    {0xcce, 0xcd4}, {0xcd7, 0xcdc}, {0xcdf, 0xcdf}, {0xce4, 0xce5}, {0xcf0, 0xcf0},
    {0xcf3, 0xcff}, {0xd0d, 0xd0d}, {0xd11, 0xd11}, {0xd45, 0xd45}, {0xd49, 0xd49},
    {0xd50, 0xd53}, {0xd64, 0xd65}, {0xd80, 0xd80}, {0xd84, 0xd84}, {0xd97, 0xd99},
    {0xdb2, 0xdb2}, {0xdbc, 0xdbc}, {0xdbe, 0xdbf}, {0xdc7, 0xdc9}, {0xdcb, 0xdce},
    {0xdd5, 0xdd5}, {0xdd7, 0xdd7}, {0xde0, 0xde5}, {0xdf0, 0xdf1}, {0xdf5, 0xe00},
    {0xe3b, 0xe3e}, {0xe5c, 0xe80}, {0xe83, 0xe83}, {0xe85, 0xe85}, {0xe8b, 0xe8b},
    {0xea4, 0xea4}, {0xea6, 0xea6}, {0xebe, 0xebf}, {0xec5, 0xec5}, {0xec7, 0xec7},
    {0xece, 0xecf}, {0xeda, 0xedb}, {0xee0, 0xeff}, {0xf48, 0xf48}, {0xf6d, 0xf70},
    {0xf98, 0xf98}, {0xfbd, 0xfbd}, {0xfcd, 0xfcd}, {0xfdb, 0xfff}, {0x10c6, 0x10c6},
    {0x10c8, 0x10cc}, {0x10ce, 0x10cf}, {0x1249, 0x1249}, {0x124e, 0x124f},
    {0x1257, 0x1257}, {0x1259, 0x1259}, {0x125e, 0x125f}, {0x1289, 0x1289},
    {0x128e, 0x128f}, {0x12b1, 0x12b1}, {0x12b6, 0x12b7}, {0x12bf, 0x12bf},
    {0x12c1, 0x12c1}, {0x12c6, 0x12c7}, {0x12d7, 0x12d7}, {0x1311, 0x1311},
    {0x1316, 0x1317}, {0x135b, 0x135c}, {0x137d, 0x137f}, {0x139a, 0x139f},
    {0x13f6, 0x13f7}, {0x13fe, 0x13ff}, {0x1680, 0x1680}, {0x169d, 0x169f},
    {0x16f9, 0x16ff}, {0x1716, 0x171e}, {0x1737, 0x173f}, {0x1754, 0x175f},
    {0x176d, 0x176d}, {0x1771, 0x1771}, {0x1774, 0x177f}, {0x17de, 0x17df},
    {0x17ea, 0x17ef}, {0x17fa, 0x17ff}, {0x180e, 0x180e}, {0x181a, 0x181f},
    {0x1879, 0x187f}, {0x18ab, 0x18af}, {0x18f6, 0x18ff}, {0x191f, 0x191f},
    {0x192c, 0x192f}, {0x193c, 0x193f}, {0x1941, 0x1943}, {0x196e, 0x196f},
    {0x1975, 0x197f}, {0x19ac, 0x19af}, {0x19ca, 0x19cf}, {0x19db, 0x19dd},
    {0x1a1c, 0x1a1d}, {0x1a5f, 0x1a5f}, {0x1a7d, 0x1a7e}, {0x1a8a, 0x1a8f},
    {0x1a9a, 0x1a9f}, {0x1aae, 0x1aaf}, {0x1acf, 0x1aff}, {0x1b4d, 0x1b4f},
    {0x1b7f, 0x1b7f}, {0x1bf4, 0x1bfb}, {0x1c38, 0x1c3a}, {0x1c4a, 0x1c4c},
    {0x1c89, 0x1c8f}, {0x1cbb, 0x1cbc}, {0x1cc8, 0x1ccf}, {0x1cfb, 0x1cff},
    {0x1f16, 0x1f17}, {0x1f1e, 0x1f1f}, {0x1f46, 0x1f47}, {0x1f4e, 0x1f4f},
    {0x1f58, 0x1f58}, {0x1f5a, 0x1f5a}, {0x1f5c, 0x1f5c}, {0x1f5e, 0x1f5e},
    {0x1f7e, 0x1f7f}, {0x1fb5, 0x1fb5}, {0x1fc5, 0x1fc5}, {0x1fd4, 0x1fd5},
    {0x1fdc, 0x1fdc}, {0x1ff0, 0x1ff1}, {0x1ff5, 0x1ff5}, {0x1fff, 0x200f},
    {0x2028, 0x202f}, {0x205f, 0x206f}, {0x2072, 0x2073}, {0x208f, 0x208f},
    {0x209d, 0x209f}, {0x20c1, 0x20cf}, {0x20f1, 0x20ff}, {0x218c, 0x218f},
    {0x2427, 0x243f}, {0x244b, 0x245f}, {0x2b74, 0x2b75}, {0x2b96, 0x2b96},
    {0x2cf4, 0x2cf8}, {0x2d26, 0x2d26}, {0x2d28, 0x2d2c}, {0x2d2e, 0x2d2f},
    {0x2d68, 0x2d6e}, {0x2d71, 0x2d7e}, {0x2d97, 0x2d9f}, {0x2da7, 0x2da7},
    {0x2daf, 0x2daf}, {0x2db7, 0x2db7}, {0x2dbf, 0x2dbf}, {0x2dc7, 0x2dc7},
    {0x2dcf, 0x2dcf}, {0x2dd7, 0x2dd7}, {0x2ddf, 0x2ddf}, {0x2e5e, 0x2e7f},
    {0x2e9a, 0x2e9a}, {0x2ef4, 0x2eff}, {0x2fd6, 0x2fef}, {0x2ffc, 0x3000},
    {0x3040, 0x3040}, {0x3097, 0x3098}, {0x3100, 0x3104}, {0x3130, 0x3130},
    {0x318f, 0x318f}, {0x31e4, 0x31ef}, {0x321f, 0x321f}, {0xa48d, 0xa48f},
    {0xa4c7, 0xa4cf}, {0xa62c, 0xa63f}, {0xa6f8, 0xa6ff}, {0xa7cb, 0xa7cf},
    {0xa7d2, 0xa7d2}, {0xa7d4, 0xa7d4}, {0xa7da, 0xa7f1}, {0xa82d, 0xa82f},
    {0xa83a, 0xa83f}, {0xa878, 0xa87f}, {0xa8c6, 0xa8cd}, {0xa8da, 0xa8df},
    {0xa954, 0xa95e}, {0xa97d, 0xa97f}, {0xa9ce, 0xa9ce}, {0xa9da, 0xa9dd},
    {0xa9ff, 0xa9ff}, {0xaa37, 0xaa3f}, {0xaa4e, 0xaa4f}, {0xaa5a, 0xaa5b},
    {0xaac3, 0xaada}, {0xaaf7, 0xab00}, {0xab07, 0xab08}, {0xab0f, 0xab10},
    {0xab17, 0xab1f}, {0xab27, 0xab27}, {0xab2f, 0xab2f}, {0xab6c, 0xab6f},
    {0xabee, 0xabef}, {0xabfa, 0xabff}, {0xd7a4, 0xd7af}, {0xd7c7, 0xd7ca},
    {0xd7fc, 0xf8ff}, {0xfa6e, 0xfa6f}, {0xfada, 0xfaff}, {0xfb07, 0xfb12},
    {0xfb18, 0xfb1c}, {0xfb37, 0xfb37}, {0xfb3d, 0xfb3d}, {0xfb3f, 0xfb3f},
    {0xfb42, 0xfb42}, {0xfb45, 0xfb45}, {0xfbc3, 0xfbd2}, {0xfd90, 0xfd91},
    {0xfdc8, 0xfdce}, {0xfdd0, 0xfdef}, {0xfe1a, 0xfe1f}, {0xfe53, 0xfe53},
    {0xfe67, 0xfe67}, {0xfe6c, 0xfe6f}, {0xfe75, 0xfe75}, {0xfefd, 0xff00},
    {0xffbf, 0xffc1}, {0xffc8, 0xffc9}, {0xffd0, 0xffd1}, {0xffd8, 0xffd9},
    {0xffdd, 0xffdf}, {0xffe7, 0xffe7}, {0xffef, 0xfffb}, {0xfffe, 0xffff},
    {0x1000c, 0x1000c}, {0x10027, 0x10027}, {0x1003b, 0x1003b}, {0x1003e, 0x1003e},
    {0x1004e, 0x1004f}, {0x1005e, 0x1007f}, {0x100fb, 0x100ff}, {0x10103, 0x10106},
    {0x10134, 0x10136}, {0x1018f, 0x1018f}, {0x1019d, 0x1019f}, {0x101a1, 0x101cf},
    {0x101fe, 0x1027f}, {0x1029d, 0x1029f}, {0x102d1, 0x102df}, {0x102fc, 0x102ff},
    {0x10324, 0x1032c}, {0x1034b, 0x1034f}, {0x1037b, 0x1037f}, {0x1039e, 0x1039e},
    {0x103c4, 0x103c7}, {0x103d6, 0x103ff}, {0x1049e, 0x1049f}, {0x104aa, 0x104af},
    {0x104d4, 0x104d7}, {0x104fc, 0x104ff}, {0x10528, 0x1052f}, {0x10564, 0x1056e},
    {0x1057b, 0x1057b}, {0x1058b, 0x1058b}, {0x10593, 0x10593}, {0x10596, 0x10596},
    {0x105a2, 0x105a2}, {0x105b2, 0x105b2}, {0x105ba, 0x105ba}, {0x105bd, 0x105ff},
    {0x10737, 0x1073f}, {0x10756, 0x1075f}, {0x10768, 0x1077f}, {0x10786, 0x10786},
    {0x107b1, 0x107b1}, {0x107bb, 0x107ff}, {0x10806, 0x10807}, {0x10809, 0x10809},
    {0x10836, 0x10836}, {0x10839, 0x1083b}, {0x1083d, 0x1083e}, {0x10856, 0x10856},
    {0x1089f, 0x108a6}, {0x108b0, 0x108df}, {0x108f3, 0x108f3}, {0x108f6, 0x108fa},
    {0x1091c, 0x1091e}, {0x1093a, 0x1093e}, {0x10940, 0x1097f}, {0x109b8, 0x109bb},
    {0x109d0, 0x109d1}, {0x10a04, 0x10a04}, {0x10a07, 0x10a0b}, {0x10a14, 0x10a14},
    {0x10a18, 0x10a18}, {0x10a36, 0x10a37}, {0x10a3b, 0x10a3e}, {0x10a49, 0x10a4f},
    {0x10a59, 0x10a5f}, {0x10aa0, 0x10abf}, {0x10ae7, 0x10aea}, {0x10af7, 0x10aff},
    {0x10b36, 0x10b38}, {0x10b56, 0x10b57}, {0x10b73, 0x10b77}, {0x10b92, 0x10b98},
    {0x10b9d, 0x10ba8}, {0x10bb0, 0x10bff}, {0x10c49, 0x10c7f}, {0x10cb3, 0x10cbf},
    {0x10cf3, 0x10cf9}, {0x10d28, 0x10d2f}, {0x10d3a, 0x10e5f}, {0x10e7f, 0x10e7f},
    {0x10eaa, 0x10eaa}, {0x10eae, 0x10eaf}, {0x10eb2, 0x10eff}, {0x10f28, 0x10f2f},
    {0x10f5a, 0x10f6f}, {0x10f8a, 0x10faf}, {0x10fcc, 0x10fdf}, {0x10ff7, 0x10fff},
    {0x1104e, 0x11051}, {0x11076, 0x1107e}, {0x110bd, 0x110bd}, {0x110c3, 0x110cf},
    {0x110e9, 0x110ef}, {0x110fa, 0x110ff}, {0x11135, 0x11135}, {0x11148, 0x1114f},
    {0x11177, 0x1117f}, {0x111e0, 0x111e0}, {0x111f5, 0x111ff}, {0x11212, 0x11212},
    {0x1123f, 0x1127f}, {0x11287, 0x11287}, {0x11289, 0x11289}, {0x1128e, 0x1128e},
    {0x1129e, 0x1129e}, {0x112aa, 0x112af}, {0x112eb, 0x112ef}, {0x112fa, 0x112ff},
    {0x11304, 0x11304}, {0x1130d, 0x1130e}, {0x11311, 0x11312}, {0x11329, 0x11329},
    {0x11331, 0x11331}, {0x11334, 0x11334}, {0x1133a, 0x1133a}, {0x11345, 0x11346},
    {0x11349, 0x1134a}, {0x1134e, 0x1134f}, {0x11351, 0x11356}, {0x11358, 0x1135c},
    {0x11364, 0x11365}, {0x1136d, 0x1136f}, {0x11375, 0x113ff}, {0x1145c, 0x1145c},
    {0x11462, 0x1147f}, {0x114c8, 0x114cf}, {0x114da, 0x1157f}, {0x115b6, 0x115b7},
    {0x115de, 0x115ff}, {0x11645, 0x1164f}, {0x1165a, 0x1165f}, {0x1166d, 0x1167f},
    {0x116ba, 0x116bf}, {0x116ca, 0x116ff}, {0x1171b, 0x1171c}, {0x1172c, 0x1172f},
    {0x11747, 0x117ff}, {0x1183c, 0x1189f}, {0x118f3, 0x118fe}, {0x11907, 0x11908},
    {0x1190a, 0x1190b}, {0x11914, 0x11914}, {0x11917, 0x11917}, {0x11936, 0x11936},
    {0x11939, 0x1193a}, {0x11947, 0x1194f}, {0x1195a, 0x1199f}, {0x119a8, 0x119a9},
    {0x119d8, 0x119d9}, {0x119e5, 0x119ff}, {0x11a48, 0x11a4f}, {0x11aa3, 0x11aaf},
    {0x11af9, 0x11bff}, {0x11c09, 0x11c09}, {0x11c37, 0x11c37}, {0x11c46, 0x11c4f},
    {0x11c6d, 0x11c6f}, {0x11c90, 0x11c91}, {0x11ca8, 0x11ca8}, {0x11cb7, 0x11cff},
    {0x11d07, 0x11d07}, {0x11d0a, 0x11d0a}, {0x11d37, 0x11d39}, {0x11d3b, 0x11d3b},
    {0x11d3e, 0x11d3e}, {0x11d48, 0x11d4f}, {0x11d5a, 0x11d5f}, {0x11d66, 0x11d66},
    {0x11d69, 0x11d69}, {0x11d8f, 0x11d8f}, {0x11d92, 0x11d92}, {0x11d99, 0x11d9f},
    {0x11daa, 0x11edf}, {0x11ef9, 0x11faf}, {0x11fb1, 0x11fbf}, {0x11ff2, 0x11ffe},
    {0x1239a, 0x123ff}, {0x1246f, 0x1246f}, {0x12475, 0x1247f}, {0x12544, 0x12f8f},
    {0x12ff3, 0x12fff}, {0x1342f, 0x143ff}, {0x14647, 0x167ff}, {0x16a39, 0x16a3f},
    {0x16a5f, 0x16a5f}, {0x16a6a, 0x16a6d}, {0x16abf, 0x16abf}, {0x16aca, 0x16acf},
    {0x16aee, 0x16aef}, {0x16af6, 0x16aff}, {0x16b46, 0x16b4f}, {0x16b5a, 0x16b5a},
    {0x16b62, 0x16b62}, {0x16b78, 0x16b7c}, {0x16b90, 0x16e3f}, {0x16e9b, 0x16eff},
    {0x16f4b, 0x16f4e}, {0x16f88, 0x16f8e}, {0x16fa0, 0x16fdf}, {0x16fe5, 0x16fef},
    {0x16ff2, 0x16fff}, {0x187f8, 0x187ff}, {0x18cd6, 0x18cff}, {0x18d09, 0x1afef},
    {0x1aff4, 0x1aff4}, {0x1affc, 0x1affc}, {0x1afff, 0x1afff}, {0x1b123, 0x1b14f},
    {0x1b153, 0x1b163}, {0x1b168, 0x1b16f}, {0x1b2fc, 0x1bbff}, {0x1bc6b, 0x1bc6f},
    {0x1bc7d, 0x1bc7f}, {0x1bc89, 0x1bc8f}, {0x1bc9a, 0x1bc9b}, {0x1bca0, 0x1ceff},
    {0x1cf2e, 0x1cf2f}, {0x1cf47, 0x1cf4f}, {0x1cfc4, 0x1cfff}, {0x1d0f6, 0x1d0ff},
    {0x1d127, 0x1d128}, {0x1d173, 0x1d17a}, {0x1d1eb, 0x1d1ff}, {0x1d246, 0x1d2df},
    {0x1d2f4, 0x1d2ff}, {0x1d357, 0x1d35f}, {0x1d379, 0x1d3ff}, {0x1d455, 0x1d455},
    {0x1d49d, 0x1d49d}, {0x1d4a0, 0x1d4a1}, {0x1d4a3, 0x1d4a4}, {0x1d4a7, 0x1d4a8},
    {0x1d4ad, 0x1d4ad}, {0x1d4ba, 0x1d4ba}, {0x1d4bc, 0x1d4bc}, {0x1d4c4, 0x1d4c4},
    {0x1d506, 0x1d506}, {0x1d50b, 0x1d50c}, {0x1d515, 0x1d515}, {0x1d51d, 0x1d51d},
    {0x1d53a, 0x1d53a}, {0x1d53f, 0x1d53f}, {0x1d545, 0x1d545}, {0x1d547, 0x1d549},
    {0x1d551, 0x1d551}, {0x1d6a6, 0x1d6a7}, {0x1d7cc, 0x1d7cd}, {0x1da8c, 0x1da9a},
    {0x1daa0, 0x1daa0}, {0x1dab0, 0x1deff}, {0x1df1f, 0x1dfff}, {0x1e007, 0x1e007},
    {0x1e019, 0x1e01a}, {0x1e022, 0x1e022}, {0x1e025, 0x1e025}, {0x1e02b, 0x1e0ff},
    {0x1e12d, 0x1e12f}, {0x1e13e, 0x1e13f}, {0x1e14a, 0x1e14d}, {0x1e150, 0x1e28f},
    {0x1e2af, 0x1e2bf}, {0x1e2fa, 0x1e2fe}, {0x1e300, 0x1e7df}, {0x1e7e7, 0x1e7e7},
    {0x1e7ec, 0x1e7ec}, {0x1e7ef, 0x1e7ef}, {0x1e7ff, 0x1e7ff}, {0x1e8c5, 0x1e8c6},
    {0x1e8d7, 0x1e8ff}, {0x1e94c, 0x1e94f}, {0x1e95a, 0x1e95d}, {0x1e960, 0x1ec70},
    {0x1ecb5, 0x1ed00}, {0x1ed3e, 0x1edff}, {0x1ee04, 0x1ee04}, {0x1ee20, 0x1ee20},
    {0x1ee23, 0x1ee23}, {0x1ee25, 0x1ee26}, {0x1ee28, 0x1ee28}, {0x1ee33, 0x1ee33},
    {0x1ee38, 0x1ee38}, {0x1ee3a, 0x1ee3a}, {0x1ee3c, 0x1ee41}, {0x1ee43, 0x1ee46},
    {0x1ee48, 0x1ee48}, {0x1ee4a, 0x1ee4a}, {0x1ee4c, 0x1ee4c}, {0x1ee50, 0x1ee50},
    {0x1ee53, 0x1ee53}, {0x1ee55, 0x1ee56}, {0x1ee58, 0x1ee58}, {0x1ee5a, 0x1ee5a},
    {0x1ee5c, 0x1ee5c}, {0x1ee5e, 0x1ee5e}, {0x1ee60, 0x1ee60}, {0x1ee63, 0x1ee63},
    {0x1ee65, 0x1ee66}, {0x1ee6b, 0x1ee6b}, {0x1ee73, 0x1ee73}, {0x1ee78, 0x1ee78},
    {0x1ee7d, 0x1ee7d}, {0x1ee7f, 0x1ee7f}, {0x1ee8a, 0x1ee8a}, {0x1ee9c, 0x1eea0},
    {0x1eea4, 0x1eea4}, {0x1eeaa, 0x1eeaa}, {0x1eebc, 0x1eeef}, {0x1eef2, 0x1efff},
    {0x1f02c, 0x1f02f}, {0x1f094, 0x1f09f}, {0x1f0af, 0x1f0b0}, {0x1f0c0, 0x1f0c0},
    {0x1f0d0, 0x1f0d0}, {0x1f0f6, 0x1f0ff}, {0x1f1ae, 0x1f1e5}, {0x1f203, 0x1f20f},
    {0x1f23c, 0x1f23f}, {0x1f249, 0x1f24f}, {0x1f252, 0x1f25f}, {0x1f266, 0x1f2ff},
    {0x1f6d8, 0x1f6dc}, {0x1f6ed, 0x1f6ef}, {0x1f6fd, 0x1f6ff}, {0x1f774, 0x1f77f},
    {0x1f7d9, 0x1f7df}, {0x1f7ec, 0x1f7ef}, {0x1f7f1, 0x1f7ff}, {0x1f80c, 0x1f80f},
    {0x1f848, 0x1f84f}, {0x1f85a, 0x1f85f}, {0x1f888, 0x1f88f}, {0x1f8ae, 0x1f8af},
    {0x1f8b2, 0x1f8ff}, {0x1fa54, 0x1fa5f}, {0x1fa6e, 0x1fa6f}, {0x1fa75, 0x1fa77},
    {0x1fa7d, 0x1fa7f}, {0x1fa87, 0x1fa8f}, {0x1faad, 0x1faaf}, {0x1fabb, 0x1fabf},
    {0x1fac6, 0x1facf}, {0x1fada, 0x1fadf}, {0x1fae8, 0x1faef}, {0x1faf7, 0x1faff},
    {0x1fb93, 0x1fb93}, {0x1fbcb, 0x1fbef}, {0x1fbfa, 0x1ffff}, {0x2a6e0, 0x2a6ff},
    {0x2b739, 0x2b73f}, {0x2b81e, 0x2b81f}, {0x2cea2, 0x2ceaf}, {0x2ebe1, 0x2f7ff},
    {0x2fa1e, 0x2ffff}, {0x3134b, 0xe00ff}, {0xe01f0, 0x10ffff},
};

bool str_cp_isprintable(uint32_t cp)
{
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    size_t lo = 0, hi = sizeof nonprintable / sizeof nonprintable[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < nonprintable[mid][0]) hi = mid;
        else if (cp > nonprintable[mid][1]) lo = mid + 1;
        else return false;
    }
    return true;
}

static const char hexdig[] = "0123456789abcdef";

static void add_hex_escape(StrBuf *b, char kind, uint32_t cp, int ndigits)
{
    char buf[10];
    buf[0] = '\\';
    buf[1] = kind;
    for (int i = 0; i < ndigits; i++)
        buf[2 + i] = hexdig[(cp >> (4 * (ndigits - 1 - i))) & 0xF];
    sb_add(b, buf, (size_t)(2 + ndigits));
}

void sb_add_str_repr(StrBuf *b, RStr *s)
{
    const char *d = s->data;
    char quote = '\'';
    if (memchr(d, '\'', s->len) && !memchr(d, '"', s->len)) quote = '"';
    sb_addc(b, quote);
    size_t run = 0, i = 0;              /* bytes [run, i) go out unchanged */
    while (i < s->len) {
        unsigned char c = (unsigned char)d[i];
        if (c >= 0x20 && c < 0x7F && c != '\\' && c != (unsigned char)quote) {
            i++;
            continue;
        }
        size_t n = 1;
        uint32_t cp = c;
        if (c >= 0x80) {
            cp = utf8_decode(d + i, &n);
            if (str_cp_isprintable(cp)) {
                i += n;
                continue;
            }
        }
        sb_add(b, d + run, i - run);
        if (c == '\\' || c == (unsigned char)quote) {
            char e[2] = {'\\', (char)c};
            sb_add(b, e, 2);
        } else if (c == '\n') sb_add(b, "\\n", 2);
        else if (c == '\r') sb_add(b, "\\r", 2);
        else if (c == '\t') sb_add(b, "\\t", 2);
        else if (cp <= 0xFF) add_hex_escape(b, 'x', cp, 2);
        else if (cp <= 0xFFFF) add_hex_escape(b, 'u', cp, 4);
        else add_hex_escape(b, 'U', cp, 8);
        i += n;
        run = i;
    }
    sb_add(b, d + run, i - run);
    sb_addc(b, quote);
}

RStr *str_repr(rill_vm *vm, RStr *s)
{
    if (s->h.aux & STR_ASCII) {
        bool plain = true;
        for (size_t i = 0; i < s->len && plain; i++) {
            unsigned char c = (unsigned char)s->data[i];
            plain = c >= 0x20 && c < 0x7F && c != '\\' && c != '\'';
        }
        if (plain) {
            RStr *r = str_alloc(vm, s->len + 2);
            if (!r) return NULL;
            r->data[0] = '\'';
            memcpy(r->data + 1, s->data, s->len);
            r->data[s->len + 1] = '\'';
            r->h.aux = STR_ASCII;
            return r;
        }
    }
    StrBuf b;
    sb_init(&b, vm);
    sb_add_str_repr(&b, s);
    return sb_finish(&b);
}
