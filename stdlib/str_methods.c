/*
** str_methods.c — the methods of str that search, split and assemble text: find, index,
** count, startswith, split, splitlines, join, strip, replace, partition, removeprefix,
** format, and the special methods scripts call explicitly. Case mapping, the is*
** predicates, padding and translate are in str_case.c.
**
** Strings are UTF-8; indexes given to or returned by these methods count code points.
** Searching works on bytes (a valid UTF-8 needle can only match a valid UTF-8 haystack
** at code point boundaries); ASCII strings skip every index conversion.
*/
#include <string.h>
#include "builtins.h"
#include "str_internal.h"
#include "unicode_db.h"
#include "../vm/ops.h"
#include "../vm/int.h"
#include "../vm/seq.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/exc.h"
#include "../vm/iter.h"
#include "../vm/format.h"

/* ---- shared helpers (str_internal.h) -------------------------------------------- */

bool bi_cp_isspace(uint32_t c)
{
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    return (ucd_flags(c) & UCD_SPACE) != 0;
}

uint32_t *bi_str_decode(rill_vm *vm, RStr *s)
{
    uint32_t *cps = mem_alloc(vm, (s->nchars ? s->nchars : 1) * sizeof(uint32_t));
    if (!cps) return NULL;
    size_t off = 0;
    for (size_t i = 0; i < s->nchars; i++) {
        size_t n;
        cps[i] = utf8_decode(s->data + off, &n);
        off += n;
    }
    return cps;
}

void bi_str_free_cps(rill_vm *vm, uint32_t *cps, RStr *s)
{
    mem_free(vm, cps, (s->nchars ? s->nchars : 1) * sizeof(uint32_t));
}

int bi_slice_arg(rill_vm *vm, Value v, intptr_t *out)
{
    if (v == V_NULL || v == V_NONE) return 0;
    if (v_is_int(v)) {
        *out = v_as_int(v);
        return 0;
    }
    if (obj_as_ssize(vm, v, NULL, out) == 0) {
        /* huge bounds clamp (_PyEval_SliceIndex), here to where adding a length to them
           cannot overflow */
        if (*out > INTPTR_MAX / 2) *out = INTPTR_MAX / 2;
        else if (*out < INTPTR_MIN / 2) *out = INTPTR_MIN / 2;
        return 0;
    }
    if (exc_matches(vm, vm->exc_TypeError)) {
        exc_clear(vm);
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "slice indices must be integers or None or have an __index__ method");
    }
    return -1;
}

void bi_adjust_indices(intptr_t *start, intptr_t *end, intptr_t len)
{
    if (*end > len) *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

size_t bi_byte_offset(RStr *s, intptr_t i)
{
    if (str_is_ascii(s)) return (size_t)i;
    return str_offset(s, (size_t)i);
}

/* ---- find, index, count --------------------------------------------------------- */

#define STR_SELF(name) \
    if (!v_is_str(args[0])) return bi_bad_self(vm, name, "str", args[0]); \
    RStr *s = v_str(args[0]); \
    (void)s

/* The old-style arity errors of find() and friends: "find() takes at least 1 argument
   (0 given)". */
static int search_arity(rill_vm *vm, const char *name, size_t nargs)
{
    if (nargs < 2)
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "%s() takes at least 1 argument (0 given)", name);
    if (nargs > 4)
        return exc_raisef_i(vm, vm->exc_TypeError, "%s() takes at most 3 arguments (%zu given)",
                            name, nargs - 1);
    return 0;
}

/* The sub argument and the [start, end) range in code points, adjusted as CPython's
   ADJUST_INDICES. */
static int search_args(rill_vm *vm, RStr *s, const Value *args, size_t nargs, RStr **sub,
                       intptr_t *start, intptr_t *end, const char *name)
{
    if (search_arity(vm, name, nargs) < 0) return -1;
    if (!v_is_str(args[1]))
        return exc_raisef_i(vm, vm->exc_TypeError, "must be str, not %T", args[1]);
    *sub = v_str(args[1]);
    *start = 0;
    *end = INTPTR_MAX;
    if (nargs > 2 && bi_slice_arg(vm, args[2], start) < 0) return -1;
    if (nargs > 3 && bi_slice_arg(vm, args[3], end) < 0) return -1;
    bi_adjust_indices(start, end, (intptr_t)s->nchars);
    return 0;
}

/* Last byte offset of needle in hay, or -1. */
static intptr_t memrfind(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (nn > hn) return -1;
    if (nn == 0) return (intptr_t)hn;
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, nn) == 0) return (intptr_t)i;
    return -1;
}

/* find (dir > 0) / rfind (dir < 0) in code points: the index or -1. */
static intptr_t find_in(RStr *s, RStr *sub, intptr_t start, intptr_t end, int dir)
{
    if (end - start < (intptr_t)sub->nchars) return -1;
    if (sub->nchars == 0) return dir > 0 ? start : end;
    size_t b0 = bi_byte_offset(s, start), b1 = bi_byte_offset(s, end);
    intptr_t r = dir > 0 ? str_memfind(s->data + b0, b1 - b0, sub->data, sub->len)
                         : memrfind(s->data + b0, b1 - b0, sub->data, sub->len);
    if (r < 0) return -1;
    if (str_is_ascii(s)) return start + r;
    return (intptr_t)str_char_index(s, b0 + (size_t)r);
}

static Value find_common(rill_vm *vm, const Value *args, size_t nargs, int dir, bool raise,
                         const char *name)
{
    STR_SELF(name);
    RStr *sub;
    intptr_t start, end;
    if (search_args(vm, s, args, nargs, &sub, &start, &end, name) < 0) return V_NULL;
    intptr_t r = find_in(s, sub, start, end, dir);
    if (r < 0 && raise) return exc_raisef(vm, vm->exc_ValueError, "substring not found");
    return v_int(r);
}

static Value s_find(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "str.find")) return V_NULL;
    return find_common(vm, args, nargs, 1, false, "find");
}

static Value s_rfind(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "str.rfind")) return V_NULL;
    return find_common(vm, args, nargs, -1, false, "rfind");
}

static Value s_index(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "str.index")) return V_NULL;
    return find_common(vm, args, nargs, 1, true, "index");
}

static Value s_rindex(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "str.rindex")) return V_NULL;
    return find_common(vm, args, nargs, -1, true, "rindex");
}

static Value s_count(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "str.count")) return V_NULL;
    STR_SELF("count");
    RStr *sub;
    intptr_t start, end;
    if (search_args(vm, s, args, nargs, &sub, &start, &end, "count") < 0) return V_NULL;
    if (end - start < (intptr_t)sub->nchars) return v_int(0);
    if (sub->nchars == 0) return v_int(end - start + 1);
    size_t b0 = bi_byte_offset(s, start), b1 = bi_byte_offset(s, end);
    intptr_t n = 0;
    const char *p = s->data + b0, *e = s->data + b1;
    for (;;) {
        intptr_t r = str_memfind(p, (size_t)(e - p), sub->data, sub->len);
        if (r < 0) break;
        n++;
        p += r + (intptr_t)sub->len;
    }
    return v_int(n);
}

/* ---- startswith, endswith ------------------------------------------------------------ */

/* CPython's tailmatch: does sub match s[start:end] at its start (dir < 0) or end? */
static bool tailmatch(RStr *s, RStr *sub, intptr_t start, intptr_t end, int dir)
{
    bi_adjust_indices(&start, &end, (intptr_t)s->nchars);
    end -= (intptr_t)sub->nchars;
    if (end < start) return false;
    if (sub->nchars == 0) return true;
    size_t at = bi_byte_offset(s, dir < 0 ? start : end);
    return at + sub->len <= s->len && memcmp(s->data + at, sub->data, sub->len) == 0;
}

static Value starts_ends(rill_vm *vm, const Value *args, size_t nargs, int dir, const char *name)
{
    STR_SELF(name);
    if (search_arity(vm, name, nargs) < 0) return V_NULL;
    intptr_t start = 0, end = INTPTR_MAX;
    if (nargs > 2 && bi_slice_arg(vm, args[2], &start) < 0) return V_NULL;
    if (nargs > 3 && bi_slice_arg(vm, args[3], &end) < 0) return V_NULL;
    Value p = args[1];
    if (v_is_str(p)) return v_bool(tailmatch(s, v_str(p), start, end, dir));
    if (!v_is_tuple(p))
        return exc_raisef(vm, vm->exc_TypeError,
                          "%s first arg must be str or a tuple of str, not %T",
                          name, p);
    RTuple *t = v_tuple(p);
    for (size_t i = 0; i < t->n; i++) {
        if (!v_is_str(t->items[i]))
            return exc_raisef(vm, vm->exc_TypeError, "tuple for %s must only contain str, not %T",
                              name, t->items[i]);
        if (tailmatch(s, v_str(t->items[i]), start, end, dir)) return V_TRUE;
    }
    return V_FALSE;
}

static Value s_startswith(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "str.startswith")) return V_NULL;
    return starts_ends(vm, args, nargs, -1, "startswith");
}

static Value s_endswith(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "str.endswith")) return V_NULL;
    return starts_ends(vm, args, nargs, 1, "endswith");
}

/* ---- split -------------------------------------------------------------------------------- */

static int add_piece(rill_vm *vm, RList *l, RStr *s, size_t b0, size_t b1)
{
    RStr *p = (b0 == 0 && b1 == s->len) ? (obj_incref(s), s) : str_new(vm, s->data + b0, b1 - b0);
    if (!p) return -1;
    return list_append_steal(vm, l, v_from_obj(p));
}

/* Whitespace at byte offset off (length in *n): the code point's class. */
static bool space_at(RStr *s, size_t off, size_t *n)
{
    unsigned char c = (unsigned char)s->data[off];
    if (c < 0x80) {
        *n = 1;
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    }
    return bi_cp_isspace(utf8_decode(s->data + off, n));
}

/* Start of the code point that ends just before byte offset off. */
static size_t prev_cp(RStr *s, size_t off)
{
    do off--; while (off > 0 && ((unsigned char)s->data[off] & 0xC0) == 0x80);
    return off;
}

static int split_whitespace(rill_vm *vm, RList *l, RStr *s, intptr_t maxsplit)
{
    size_t i = 0, len = s->len, n;
    while (maxsplit-- > 0) {
        while (i < len && space_at(s, i, &n)) i += n;
        if (i == len) return 0;
        size_t j = i;
        while (i < len && !space_at(s, i, &n)) i += n;
        if (add_piece(vm, l, s, j, i) < 0) return -1;
    }
    while (i < len && space_at(s, i, &n)) i += n;
    return i < len ? add_piece(vm, l, s, i, len) : 0;
}

static int rsplit_whitespace(rill_vm *vm, RList *l, RStr *s, intptr_t maxsplit)
{
    size_t i = s->len, n;
    while (maxsplit-- > 0) {
        while (i > 0 && space_at(s, prev_cp(s, i), &n)) i = prev_cp(s, i);
        if (i == 0) return 0;
        size_t j = i;
        while (i > 0 && !space_at(s, prev_cp(s, i), &n)) i = prev_cp(s, i);
        if (add_piece(vm, l, s, i, j) < 0) return -1;
    }
    while (i > 0 && space_at(s, prev_cp(s, i), &n)) i = prev_cp(s, i);
    return i > 0 ? add_piece(vm, l, s, 0, i) : 0;
}

static int split_sep(rill_vm *vm, RList *l, RStr *s, RStr *sep, intptr_t maxsplit)
{
    size_t i = 0;
    while (maxsplit-- > 0) {
        intptr_t pos = str_memfind(s->data + i, s->len - i, sep->data, sep->len);
        if (pos < 0) break;
        if (add_piece(vm, l, s, i, i + (size_t)pos) < 0) return -1;
        i += (size_t)pos + sep->len;
    }
    return add_piece(vm, l, s, i, s->len);
}

static int rsplit_sep(rill_vm *vm, RList *l, RStr *s, RStr *sep, intptr_t maxsplit)
{
    size_t j = s->len;
    while (maxsplit-- > 0) {
        intptr_t pos = memrfind(s->data, j, sep->data, sep->len);
        if (pos < 0) break;
        if (add_piece(vm, l, s, (size_t)pos + sep->len, j) < 0) return -1;
        j = (size_t)pos;
    }
    return add_piece(vm, l, s, 0, j);
}

static Value split_common(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames,
                          bool right)
{
    const char *name = right ? "rsplit" : "split";
    STR_SELF(name);
    Value p[2];
    if (kwnames || nargs > 1) {
        if (arg_parse(vm, name, args + 1, nargs - 1, kwnames, "| sep maxsplit", p) < 0)
            return V_NULL;
    } else {
        p[0] = p[1] = V_NULL;
    }
    RStr *sep = NULL;
    if (p[0] != V_NULL && p[0] != V_NONE) {
        if (!v_is_str(p[0]))
            return exc_raisef(vm, vm->exc_TypeError, "must be str or None, not %T", p[0]);
        sep = v_str(p[0]);
        if (sep->len == 0) return exc_raisef(vm, vm->exc_ValueError, "empty separator");
    }
    intptr_t maxsplit = -1;
    if (p[1] != V_NULL && bi_ssize_arg(vm, p[1], &maxsplit) < 0) return V_NULL;
    if (maxsplit < 0) maxsplit = INTPTR_MAX;
    RList *l = list_new(vm, 0);
    if (!l) return V_NULL;
    int r;
    if (sep) r = right ? rsplit_sep(vm, l, s, sep, maxsplit) : split_sep(vm, l, s, sep, maxsplit);
    else r = right ? rsplit_whitespace(vm, l, s, maxsplit) : split_whitespace(vm, l, s, maxsplit);
    if (r < 0) {
        obj_decref(vm, l);
        return V_NULL;
    }
    if (right) list_reverse(l);
    return v_from_obj(l);
}

static Value s_split(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "str.split")) return V_NULL;
    return split_common(vm, args, nargs, kw, false);
}

static Value s_rsplit(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "str.rsplit")) return V_NULL;
    return split_common(vm, args, nargs, kw, true);
}

/* A line break at byte offset i: its length in bytes (\r\n is one break), or 0. */
static size_t line_break_at(RStr *s, size_t i)
{
    unsigned char c = (unsigned char)s->data[i];
    if (c == '\r') return i + 1 < s->len && s->data[i + 1] == '\n' ? 2 : 1;
    if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) return 1;
    if (c < 0x80) return 0;
    size_t n;
    uint32_t cp = utf8_decode(s->data + i, &n);
    return cp == 0x85 || cp == 0x2028 || cp == 0x2029 ? n : 0;
}

static Value s_splitlines(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (bi_missing_self(vm, nargs, "str.splitlines")) return V_NULL;
    STR_SELF("splitlines");
    Value p[1] = { V_NULL };
    if ((kwnames || nargs > 1) &&
        arg_parse(vm, "splitlines", args + 1, nargs - 1, kwnames, "| keepends", p) < 0)
        return V_NULL;
    bool keep = false;
    if (p[0] != V_NULL) {
        intptr_t k;
        if (bi_index_arg(vm, p[0], &k, false, 0) < 0) return V_NULL;
        keep = k != 0;
    }
    RList *l = list_new(vm, 0);
    if (!l) return V_NULL;
    size_t i = 0, start = 0;
    while (i < s->len) {
        size_t br = line_break_at(s, i);
        if (!br) {
            i++;
            continue;
        }
        if (add_piece(vm, l, s, start, keep ? i + br : i) < 0) goto fail;
        i += br;
        start = i;
    }
    if (start < s->len && add_piece(vm, l, s, start, s->len) < 0) goto fail;
    return v_from_obj(l);
fail:
    obj_decref(vm, l);
    return V_NULL;
}

/* ---- join ------------------------------------------------------------------------------------ */

static Value s_join(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("join");
    Value seq = args[1];
    RTuple *hold = NULL;
    const Value *items;
    size_t n;
    if (v_is_tuple(seq)) {
        items = v_tuple(seq)->items;
        n = v_tuple(seq)->n;
    } else if (v_is_list(seq)) {
        /* nothing below runs script code, so the list cannot change under us */
        items = v_list(seq)->items;
        n = v_list(seq)->n;
    } else {
        /* an iterator runs once: keep what it gives */
        if (!iter_supported(vm, seq))
            return exc_raisef(vm, vm->exc_TypeError, "can only join an iterable");
        else hold = tuple_from_iter(vm, seq);
        if (!hold) return V_NULL;
        items = hold->items;
        n = hold->n;
    }
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        if (!v_is_str(items[i])) {
            exc_raisef(vm, vm->exc_TypeError, "sequence item %zu: expected str instance, %T found",
                       i, items[i]);
            obj_xdecref(vm, hold);
            return V_NULL;
        }
        total += v_str(items[i])->len;
    }
    Value r;
    if (n == 1) {
        r = v_incref(items[0]);
    } else {
        total += n ? (n - 1) * s->len : 0;
        RStr *out = str_alloc(vm, total);
        if (out) {
            char *p = out->data;
            for (size_t i = 0; i < n; i++) {
                if (i) {
                    memcpy(p, s->data, s->len);
                    p += s->len;
                }
                RStr *it = v_str(items[i]);
                memcpy(p, it->data, it->len);
                p += it->len;
            }
            out = str_finish(out);
        }
        r = v_from_obj(out);
    }
    obj_xdecref(vm, hold);
    return r;
}

/* ---- strip ------------------------------------------------------------------------------ */

/* Is code point c one of chars (NULL: whitespace)? */
static bool in_chars(uint32_t c, RStr *chars, const uint32_t *cps)
{
    if (!chars) return bi_cp_isspace(c);
    if (str_is_ascii(chars)) return c < 128 && memchr(chars->data, (int)c, chars->len) != NULL;
    for (size_t i = 0; i < chars->nchars; i++)
        if (cps[i] == c) return true;
    return false;
}

static Value strip_common(rill_vm *vm, const Value *args, size_t nargs, int which,
                          const char *name)
{
    STR_SELF(name);
    RStr *chars = NULL;
    if (nargs > 1 && args[1] != V_NONE) {
        if (!v_is_str(args[1]))
            return exc_raisef(vm, vm->exc_TypeError, "%s arg must be None or str", name);
        chars = v_str(args[1]);
    }
    uint32_t *cps = NULL;
    if (chars && !str_is_ascii(chars) && !(cps = bi_str_decode(vm, chars))) return V_NULL;
    size_t b0 = 0, b1 = s->len, n;
    if (which <= 0) {           /* left */
        while (b0 < b1 && in_chars(utf8_decode(s->data + b0, &n), chars, cps)) b0 += n;
    }
    if (which >= 0) {           /* right */
        while (b1 > b0) {
            size_t p = prev_cp(s, b1);
            if (!in_chars(utf8_decode(s->data + p, &n), chars, cps)) break;
            b1 = p;
        }
    }
    if (cps) bi_str_free_cps(vm, cps, chars);
    if (b0 == 0 && b1 == s->len) return v_incref(args[0]);
    return v_from_obj(str_new(vm, s->data + b0, b1 - b0));
}

static Value s_strip(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return strip_common(vm, args, nargs, 0, "strip");
}

static Value s_lstrip(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return strip_common(vm, args, nargs, -1, "lstrip");
}

static Value s_rstrip(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return strip_common(vm, args, nargs, 1, "rstrip");
}

/* ---- replace ---------------------------------------------------------------------------- */

static Value s_replace(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("replace");
    if (!v_is_str(args[1]))
        return exc_raisef(vm, vm->exc_TypeError,
                          "replace() argument 1 must be str, not %T", args[1]);
    if (!v_is_str(args[2]))
        return exc_raisef(vm, vm->exc_TypeError,
                          "replace() argument 2 must be str, not %T", args[2]);
    RStr *old = v_str(args[1]), *new = v_str(args[2]);
    intptr_t count = -1;
    if (nargs > 3 && bi_ssize_arg(vm, args[3], &count) < 0) return V_NULL;
    if (count < 0) count = INTPTR_MAX;
    StrBuf b;
    sb_init(&b, vm);
    size_t i = 0;
    if (old->len == 0) {
        /* new goes before every code point, and at the end */
        intptr_t done = 0;
        while (done < count) {
            sb_add_str(&b, new);
            done++;
            if (i >= s->len) break;
            size_t n;
            utf8_decode(s->data + i, &n);
            sb_add(&b, s->data + i, n);
            i += n;
        }
        sb_add(&b, s->data + i, s->len - i);
        return v_from_obj(sb_finish(&b));
    }
    intptr_t done = 0;
    while (done < count) {
        intptr_t pos = str_memfind(s->data + i, s->len - i, old->data, old->len);
        if (pos < 0) break;
        sb_add(&b, s->data + i, (size_t)pos);
        sb_add_str(&b, new);
        i += (size_t)pos + old->len;
        done++;
    }
    if (done == 0) {
        sb_free(&b);
        return v_incref(args[0]);
    }
    sb_add(&b, s->data + i, s->len - i);
    return v_from_obj(sb_finish(&b));
}

/* ---- partition, removeprefix ----------------------------------------------------------------- */

static Value partition_common(rill_vm *vm, const Value *args, bool right, const char *name)
{
    STR_SELF(name);
    if (!v_is_str(args[1])) return exc_raisef(vm, vm->exc_TypeError,
                                              "must be str, not %T", args[1]);
    RStr *sep = v_str(args[1]);
    if (sep->len == 0) return exc_raisef(vm, vm->exc_ValueError, "empty separator");
    intptr_t pos = right ? memrfind(s->data, s->len, sep->data, sep->len)
                         : str_memfind(s->data, s->len, sep->data, sep->len);
    RStr *a, *c;
    Value mid;
    if (pos < 0) {
        a = right ? vm->empty_str : s;
        c = right ? s : vm->empty_str;
        obj_incref(a);
        obj_incref(c);
        mid = v_incref(v_from_obj(vm->empty_str));
    } else {
        a = str_new(vm, s->data, (size_t)pos);
        size_t after = (size_t)pos + sep->len;
        c = a ? str_new(vm, s->data + after, s->len - after) : NULL;
        if (!c) {
            obj_xdecref(vm, a);
            return V_NULL;
        }
        mid = v_incref(args[1]);
    }
    RTuple *t = tuple_new(vm, 3);
    if (!t) {
        obj_decref(vm, a);
        obj_decref(vm, c);
        v_decref(vm, mid);
        return V_NULL;
    }
    tuple_init_item(t, 0, v_from_obj(a));
    tuple_init_item(t, 1, mid);
    tuple_init_item(t, 2, v_from_obj(c));
    return v_from_obj(t);
}

static Value s_partition(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return partition_common(vm, args, false, "partition");
}

static Value s_rpartition(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return partition_common(vm, args, true, "rpartition");
}

static Value remove_affix(rill_vm *vm, const Value *args, bool prefix, const char *name)
{
    STR_SELF(name);
    if (!v_is_str(args[1]))
        return exc_raisef(vm, vm->exc_TypeError,
                          "%s() argument must be str, not %T", name, args[1]);
    RStr *a = v_str(args[1]);
    if (a->len == 0 || a->len > s->len) return v_incref(args[0]);
    if (prefix && memcmp(s->data, a->data, a->len) == 0)
        return v_from_obj(str_new(vm, s->data + a->len, s->len - a->len));
    if (!prefix && memcmp(s->data + s->len - a->len, a->data, a->len) == 0)
        return v_from_obj(str_new(vm, s->data, s->len - a->len));
    return v_incref(args[0]);
}

static Value s_removeprefix(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return remove_affix(vm, args, true, "removeprefix");
}

static Value s_removesuffix(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    return remove_affix(vm, args, false, "removesuffix");
}

/* ---- format, encode --------------------------------------------------------------------- */

static Value s_format(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (bi_missing_self(vm, nargs, "str.format")) return V_NULL;
    STR_SELF("format");
    return v_from_obj(fmt_str_format(vm, s, args + 1, nargs - 1, kwnames));
}

static Value s_format_map(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("format_map");
    return v_from_obj(fmt_str_format_map(vm, s, args[1]));
}

static Value s_dunder_format(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("__format__");
    if (!v_is_str(args[1]))
        return exc_raisef(vm, vm->exc_TypeError,
                          "__format__() argument must be str, not %T", args[1]);
    return v_from_obj(fmt_format_builtin(vm, v_from_obj(s), v_str(args[1])));
}

/* rill has no bytes type, so no encoding: say so rather than pretend. */
static Value s_encode(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "str.encode")) return V_NULL;
    STR_SELF("encode");
    return exc_raisef(vm, vm->exc_NotImplementedError,
                      "str.encode() is not supported: rill has no bytes type");
}

/* ---- special methods -------------------------------------------------------------------- */

static Value s_len(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("__len__");
    return v_int((intptr_t)s->nchars);
}

static Value s_contains(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("__contains__");
    int r = str_contains(vm, s, args[1]);
    return r < 0 ? V_NULL : v_bool(r);
}

static Value s_getitem(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("__getitem__");
    return str_getitem(vm, s, args[1]);
}

static Value s_add(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("__add__");
    if (!v_is_str(args[1]))
        return exc_raisef(vm, vm->exc_TypeError,
                          "can only concatenate str (not \"%T\") to str", args[1]);
    return v_from_obj(str_concat(vm, s, v_str(args[1])));
}

static Value s_mul(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("__mul__");
    Value n = args[1];
    if (!int_check(n) && !(v_is_obj(n) && class_lookup(v_obj(n)->cls, vm->s___index__)))
        return bi_not_implemented(vm);
    intptr_t k;
    if (obj_as_ssize(vm, n, vm->exc_OverflowError, &k) < 0) return V_NULL;
    return v_from_obj(str_repeat(vm, s, k));
}

static Value s_mod(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("__mod__");
    return v_from_obj(fmt_percent(vm, s, args[1]));
}

static Value s_iter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("__iter__");
    return iter_builtin(vm, args[0]);
}

static Value s_hash(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("__hash__");
    return int_from_i64(vm, str_hash(s));
}

static Value s_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("__repr__");
    return v_from_obj(str_repr(vm, s));
}

static Value s_str(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("__str__");
    return v_incref(args[0]);
}

static Value str_cmp_method(rill_vm *vm, const Value *args, CmpOp op, const char *name)
{
    STR_SELF(name);
    if (!v_is_str(args[1])) return bi_not_implemented(vm);
    RStr *o = v_str(args[1]);
    if (op == CMP_EQ) return v_bool(str_eq(s, o));
    if (op == CMP_NE) return v_bool(!str_eq(s, o));
    int c = str_cmp(s, o);
    switch (op) {
    case CMP_LT: return v_bool(c < 0);
    case CMP_LE: return v_bool(c <= 0);
    case CMP_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

static Value s_lt(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return str_cmp_method(vm, args, CMP_LT, "__lt__");
}

static Value s_le(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return str_cmp_method(vm, args, CMP_LE, "__le__");
}

static Value s_eq(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return str_cmp_method(vm, args, CMP_EQ, "__eq__");
}

static Value s_ne(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return str_cmp_method(vm, args, CMP_NE, "__ne__");
}

static Value s_gt(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return str_cmp_method(vm, args, CMP_GT, "__gt__");
}

static Value s_ge(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return str_cmp_method(vm, args, CMP_GE, "__ge__");
}

static const CFuncDef str_methods[] = {
    { "find", s_find, CF_METHOD, -1, -1,
      "Return the lowest index in S where substring sub is found." },
    { "rfind", s_rfind, CF_METHOD, -1, -1,
      "Return the highest index in S where substring sub is found." },
    { "index", s_index, CF_METHOD, -1, -1,
      "Like find() but raise ValueError when the substring is not found." },
    { "rindex", s_rindex, CF_METHOD, -1, -1,
      "Like rfind() but raise ValueError when the substring is not found." },
    { "count", s_count, CF_METHOD, -1, -1,
      "Return the number of non-overlapping occurrences of sub." },
    { "startswith", s_startswith, CF_METHOD, -1, -1,
      "Return True if S starts with the specified prefix." },
    { "endswith", s_endswith, CF_METHOD, -1, -1,
      "Return True if S ends with the specified suffix." },
    { "split", s_split, CF_METHOD | CF_KEYWORDS, -1, -1,
      "Return a list of the substrings in the string, using sep as the separator string." },
    { "rsplit", s_rsplit, CF_METHOD | CF_KEYWORDS, -1, -1,
      "Return a list of the substrings in the string, using sep as the separator string." },
    { "splitlines", s_splitlines, CF_METHOD | CF_KEYWORDS, -1, -1,
      "Return a list of the lines in the string, breaking at line boundaries." },
    { "join", s_join, CF_METHOD, 1, 1, "Concatenate any number of strings." },
    { "strip", s_strip, CF_METHOD, 0, 1,
      "Return a copy of the string with leading and trailing whitespace removed." },
    { "lstrip", s_lstrip, CF_METHOD, 0, 1,
      "Return a copy of the string with leading whitespace removed." },
    { "rstrip", s_rstrip, CF_METHOD, 0, 1,
      "Return a copy of the string with trailing whitespace removed." },
    { "replace", s_replace, CF_METHOD, 2, 3,
      "Return a copy with all occurrences of substring old replaced by new." },
    { "partition", s_partition, CF_METHOD, 1, 1,
      "Partition the string into three parts using the given separator." },
    { "rpartition", s_rpartition, CF_METHOD, 1, 1,
      "Partition the string into three parts using the given separator." },
    { "removeprefix", s_removeprefix, CF_METHOD, 1, 1,
      "Return a str with the given prefix string removed if present." },
    { "removesuffix", s_removesuffix, CF_METHOD, 1, 1,
      "Return a str with the given suffix string removed if present." },
    { "format", s_format, CF_METHOD | CF_KEYWORDS, -1, -1,
      "Return a formatted version of S, using substitutions from args and kwargs." },
    { "format_map", s_format_map, CF_METHOD, 1, 1,
      "Return a formatted version of S, using substitutions from mapping." },
    { "encode", s_encode, CF_METHOD | CF_KEYWORDS, -1, -1,
      "Encode the string (not supported by rill)." },
    { "__format__", s_dunder_format, CF_METHOD, 1, 1, "Return a formatted version of the string." },
    { "__len__", s_len, CF_METHOD, 0, 0, "Return len(self)." },
    { "__contains__", s_contains, CF_METHOD, 1, 1, "Return key in self." },
    { "__getitem__", s_getitem, CF_METHOD, 1, 1, "Return self[key]." },
    { "__add__", s_add, CF_METHOD, 1, 1, "Return self+value." },
    { "__mul__", s_mul, CF_METHOD, 1, 1, "Return self*value." },
    { "__rmul__", s_mul, CF_METHOD, 1, 1, "Return value*self." },
    { "__mod__", s_mod, CF_METHOD, 1, 1, "Return self%value." },
    { "__iter__", s_iter, CF_METHOD, 0, 0, "Implement iter(self)." },
    { "__hash__", s_hash, CF_METHOD, 0, 0, "Return hash(self)." },
    { "__repr__", s_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { "__str__", s_str, CF_METHOD, 0, 0, "Return str(self)." },
    { "__lt__", s_lt, CF_METHOD, 1, 1, "Return self<value." },
    { "__le__", s_le, CF_METHOD, 1, 1, "Return self<=value." },
    { "__eq__", s_eq, CF_METHOD, 1, 1, "Return self==value." },
    { "__ne__", s_ne, CF_METHOD, 1, 1, "Return self!=value." },
    { "__gt__", s_gt, CF_METHOD, 1, 1, "Return self>value." },
    { "__ge__", s_ge, CF_METHOD, 1, 1, "Return self>=value." },
    { NULL, NULL, 0, 0, 0, NULL }
};

int bi_init_str(rill_vm *vm)
{
    if (cfunc_add_all(vm, vm->cls_str->dict, str_methods, vm->cls_str) < 0) return -1;
    return bi_init_str_case(vm);
}
