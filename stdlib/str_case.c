/*
** str_case.c — the methods of str about characters: case mapping (lower, upper,
** capitalize, title, swapcase, casefold — full Unicode mappings with SpecialCasing and the
** final-sigma rule, as CPython 3.11), the is* predicates, padding (center, ljust, rjust,
** zfill, expandtabs) and translate/maketrans. Character data comes from unicode_db.c;
** ASCII strings take byte-wise fast paths.
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

#define STR_SELF(name) \
    if (!v_is_str(args[0])) return bi_bad_self(vm, name, "str", args[0]); \
    RStr *s = v_str(args[0])

/* ---- case mapping ------------------------------------------------------------------ */

typedef enum CaseOp { CASE_LOWER, CASE_UPPER, CASE_TITLE, CASE_SWAP, CASE_CAP, CASE_FOLD } CaseOp;

static inline bool a_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline bool a_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline bool a_alpha(unsigned char c) { return a_upper(c) || a_lower(c); }

static Value ascii_case(rill_vm *vm, RStr *s, CaseOp op)
{
    RStr *r = str_alloc(vm, s->len);
    if (!r) return V_NULL;
    bool prev_cased = false;
    for (size_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        bool up;
        switch (op) {
        case CASE_LOWER: case CASE_FOLD: up = false; break;
        case CASE_UPPER: up = true; break;
        case CASE_SWAP: up = a_lower(c); break;
        case CASE_CAP: up = i == 0; break;
        default: up = !prev_cased; break;
        }
        prev_cased = a_alpha(c);
        if (up && a_lower(c)) c = (unsigned char)(c - 32);
        else if (!up && a_upper(c)) c = (unsigned char)(c + 32);
        r->data[i] = (char)c;
    }
    return v_from_obj(str_finish(r));
}

/* CPython's handle_capital_sigma: U+03A3 at index i lowers to final sigma (U+03C2) when
   preceded by a cased letter and not followed by one (case-ignorable ones skipped). */
static uint32_t sigma(const uint32_t *cps, size_t n, size_t i)
{
    size_t j = i;
    uint32_t c = 0;
    while (j > 0) {
        c = cps[--j];
        if (!(ucd_flags(c) & UCD_CASE_IGNORABLE)) break;
        c = 0;
    }
    bool final = c && (ucd_flags(c) & UCD_CASED);
    if (final && i + 1 < n) {
        for (j = i + 1; j < n; j++) {
            c = cps[j];
            if (!(ucd_flags(c) & UCD_CASE_IGNORABLE)) break;
        }
        final = j == n || !(ucd_flags(c) & UCD_CASED);
    }
    return final ? 0x3C2 : 0x3C3;
}

/* lower() of cps[i] with the final-sigma rule. */
static int lower_at(const uint32_t *cps, size_t n, size_t i, uint32_t out[3])
{
    if (cps[i] == 0x3A3) {
        out[0] = sigma(cps, n, i);
        return 1;
    }
    return ucd_lower(cps[i], out);
}

static Value unicode_case(rill_vm *vm, RStr *s, CaseOp op)
{
    uint32_t *cps = bi_str_decode(vm, s);
    if (!cps) return V_NULL;
    size_t n = s->nchars;
    StrBuf b;
    sb_init(&b, vm);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i], m[3];
        unsigned f = ucd_flags(c);
        int k;
        switch (op) {
        case CASE_LOWER: k = lower_at(cps, n, i, m); break;
        case CASE_UPPER: k = ucd_upper(c, m); break;
        case CASE_FOLD: k = ucd_fold(c, m); break;
        case CASE_SWAP:
            if (f & UCD_UPPER) k = lower_at(cps, n, i, m);
            else if (f & UCD_LOWER) k = ucd_upper(c, m);
            else m[0] = c, k = 1;
            break;
        case CASE_CAP: k = i == 0 ? ucd_title(c, m) : lower_at(cps, n, i, m); break;
        default:
            k = prev_cased ? lower_at(cps, n, i, m) : ucd_title(c, m);
            prev_cased = (f & UCD_CASED) != 0;
            break;
        }
        for (int j = 0; j < k; j++) sb_add_codepoint(&b, m[j]);
    }
    bi_str_free_cps(vm, cps, s);
    return v_from_obj(sb_finish(&b));
}

static Value case_common(rill_vm *vm, const Value *args, CaseOp op, const char *name)
{
    STR_SELF(name);
    return str_is_ascii(s) ? ascii_case(vm, s, op) : unicode_case(vm, s, op);
}

static Value s_lower(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return case_common(vm, args, CASE_LOWER, "lower");
}

static Value s_upper(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return case_common(vm, args, CASE_UPPER, "upper");
}

static Value s_title(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return case_common(vm, args, CASE_TITLE, "title");
}

static Value s_swapcase(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return case_common(vm, args, CASE_SWAP, "swapcase");
}

static Value s_capitalize(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return case_common(vm, args, CASE_CAP, "capitalize");
}

static Value s_casefold(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return case_common(vm, args, CASE_FOLD, "casefold");
}

/* ---- predicates ------------------------------------------------------------------------ */

/* Every code point has one of the flags in `any` (and the string is not empty). */
static Value all_have(rill_vm *vm, const Value *args, unsigned any, const char *name)
{
    STR_SELF(name);
    if (s->nchars == 0) return V_FALSE;
    size_t off = 0, n;
    while (off < s->len) {
        uint32_t c = utf8_decode(s->data + off, &n);
        if (!(ucd_flags(c) & any)) return V_FALSE;
        off += n;
    }
    return V_TRUE;
}

static Value s_isalpha(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return all_have(vm, args, UCD_ALPHA, "isalpha");
}

static Value s_isdecimal(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return all_have(vm, args, UCD_DECIMAL, "isdecimal");
}

static Value s_isdigit(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return all_have(vm, args, UCD_DIGIT, "isdigit");
}

static Value s_isnumeric(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return all_have(vm, args, UCD_NUMERIC, "isnumeric");
}

static Value s_isspace(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return all_have(vm, args, UCD_SPACE, "isspace");
}

static Value s_isalnum(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return all_have(vm, args, UCD_ALPHA | UCD_DECIMAL | UCD_DIGIT | UCD_NUMERIC, "isalnum");
}

/* isupper (want UCD_UPPER, reject lower/title) and islower (the reverse). */
static Value cased_only(rill_vm *vm, const Value *args, unsigned want, unsigned reject,
                        const char *name)
{
    STR_SELF(name);
    bool cased = false;
    size_t off = 0, n;
    while (off < s->len) {
        unsigned f = ucd_flags(utf8_decode(s->data + off, &n));
        if (f & reject) return V_FALSE;
        if (f & want) cased = true;
        off += n;
    }
    return v_bool(cased);
}

static Value s_isupper(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return cased_only(vm, args, UCD_UPPER, UCD_LOWER | UCD_TITLE, "isupper");
}

static Value s_islower(rill_vm *vm, const Value *args, size_t n, RTuple *kw)
{
    return cased_only(vm, args, UCD_LOWER, UCD_UPPER | UCD_TITLE, "islower");
}

static Value s_istitle(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("istitle");
    bool cased = false, prev = false;
    size_t off = 0, n;
    while (off < s->len) {
        unsigned f = ucd_flags(utf8_decode(s->data + off, &n));
        if (f & (UCD_UPPER | UCD_TITLE)) {
            if (prev) return V_FALSE;
            prev = cased = true;
        } else if (f & UCD_LOWER) {
            if (!prev) return V_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
        off += n;
    }
    return v_bool(cased);
}

static Value s_isidentifier(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("isidentifier");
    if (s->len == 0) return V_FALSE;
    size_t off = 0, n;
    unsigned need = UCD_XID_START;
    while (off < s->len) {
        if (!(ucd_flags(utf8_decode(s->data + off, &n)) & need)) return V_FALSE;
        need = UCD_XID_CONTINUE;
        off += n;
    }
    return V_TRUE;
}

static Value s_isprintable(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("isprintable");
    size_t off = 0, n;
    while (off < s->len) {
        if (!str_cp_isprintable(utf8_decode(s->data + off, &n))) return V_FALSE;
        off += n;
    }
    return V_TRUE;
}

static Value s_isascii(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("isascii");
    return v_bool(str_is_ascii(s));
}

/* ---- padding ------------------------------------------------------------------------------ */

/* s with `left` and `right` copies of the fill code point around it. */
static Value pad(rill_vm *vm, Value self, RStr *s, intptr_t left, intptr_t right, uint32_t fill)
{
    if (left <= 0 && right <= 0) return v_incref(self);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    char f[4];
    int fl = utf8_encode(fill, f);
    size_t total = s->len + (size_t)(left + right) * (size_t)fl;
    RStr *r = str_alloc(vm, total);
    if (!r) return V_NULL;
    char *p = r->data;
    for (intptr_t i = 0; i < left; i++, p += fl) memcpy(p, f, (size_t)fl);
    memcpy(p, s->data, s->len);
    p += s->len;
    for (intptr_t i = 0; i < right; i++, p += fl) memcpy(p, f, (size_t)fl);
    return v_from_obj(str_finish(r));
}

/* width and the optional fill character of center/ljust/rjust */
static int pad_args(rill_vm *vm, const Value *args, size_t nargs, const char *name,
                    intptr_t *width, uint32_t *fill)
{
    if (bi_ssize_arg(vm, args[1], width) < 0) return -1;
    *fill = ' ';
    if (nargs > 2) {
        if (!v_is_str(args[2]))
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "The fill character must be a unicode character, not %T", args[2]);
        RStr *f = v_str(args[2]);
        if (f->nchars != 1)
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "The fill character must be exactly one character long");
        size_t n;
        *fill = utf8_decode(f->data, &n);
    }
    return 0;
}

static Value s_center(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("center");
    intptr_t width;
    uint32_t fill;
    if (pad_args(vm, args, nargs, "center", &width, &fill) < 0) return V_NULL;
    intptr_t marg = width - (intptr_t)s->nchars;
    if (marg <= 0) return v_incref(args[0]);
    intptr_t left = marg / 2 + (marg & width & 1);
    return pad(vm, args[0], s, left, marg - left, fill);
}

static Value s_ljust(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("ljust");
    intptr_t width;
    uint32_t fill;
    if (pad_args(vm, args, nargs, "ljust", &width, &fill) < 0) return V_NULL;
    return pad(vm, args[0], s, 0, width - (intptr_t)s->nchars, fill);
}

static Value s_rjust(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("rjust");
    intptr_t width;
    uint32_t fill;
    if (pad_args(vm, args, nargs, "rjust", &width, &fill) < 0) return V_NULL;
    return pad(vm, args[0], s, width - (intptr_t)s->nchars, 0, fill);
}

static Value s_zfill(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("zfill");
    intptr_t width;
    if (bi_ssize_arg(vm, args[1], &width) < 0) return V_NULL;
    intptr_t fill = width - (intptr_t)s->nchars;
    if (fill <= 0) return v_incref(args[0]);
    Value r = pad(vm, args[0], s, fill, 0, '0');
    if (r == V_NULL) return V_NULL;
    /* a sign moves in front of the zeros (r is new and ours) */
    RStr *rs = v_str(r);
    char c = s->len ? s->data[0] : 0;
    if (c == '+' || c == '-') {
        rs->data[0] = c;
        rs->data[fill] = '0';
    }
    return r;
}

static Value s_expandtabs(rill_vm *vm, const Value *args, size_t nargs, RTuple *kwnames)
{
    if (bi_missing_self(vm, nargs, "str.expandtabs")) return V_NULL;
    STR_SELF("expandtabs");
    Value p[1] = { V_NULL };
    if ((kwnames || nargs > 1) &&
        arg_parse(vm, "expandtabs", args + 1, nargs - 1, kwnames, "| tabsize", p) < 0)
        return V_NULL;
    intptr_t tab = 8;
    if (p[0] != V_NULL && bi_index_arg(vm, p[0], &tab, false, 8) < 0) return V_NULL;
    if (!memchr(s->data, '\t', s->len)) return v_incref(args[0]);
    StrBuf b;
    sb_init(&b, vm);
    intptr_t col = 0;
    size_t off = 0, n;
    while (off < s->len) {
        uint32_t c = utf8_decode(s->data + off, &n);
        if (c == '\t') {
            if (tab > 0) {
                intptr_t incr = tab - col % tab;
                col += incr;
                for (intptr_t i = 0; i < incr && !b.failed; i++) sb_addc(&b, ' ');
            }
        } else {
            sb_add(&b, s->data + off, n);
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
        off += n;
    }
    return v_from_obj(sb_finish(&b));
}

/* ---- translate, maketrans --------------------------------------------------------------- */

/* table[c]: 1 with *out set (new reference), 0 when the table has no entry (LookupError),
   -1 on error. */
static int translate_lookup(rill_vm *vm, Value table, uint32_t c, Value *out)
{
    Value key = v_int((intptr_t)c);
    if (v_is_dict(table)) {
        Value v;
        int r = dict_lookup(vm, v_dict(table), key, &v);
        if (r > 0) *out = v_incref(v);
        return r;
    }
    Value v = obj_getitem(vm, table, key);
    if (v != V_NULL) {
        *out = v;
        return 1;
    }
    if (exc_matches(vm, vm->exc_LookupError)) {
        exc_clear(vm);
        return 0;
    }
    return -1;
}

static Value s_translate(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    STR_SELF("translate");
    Value table = args[1];
    StrBuf b;
    sb_init(&b, vm);
    size_t off = 0, n;
    while (off < s->len) {
        uint32_t c = utf8_decode(s->data + off, &n);
        Value m;
        int r = translate_lookup(vm, table, c, &m);
        if (r < 0) goto fail;
        if (r == 0) {
            sb_add(&b, s->data + off, n);
        } else if (m == V_NONE) {
            /* deleted */
        } else if (v_is_int(m) || v_is_bool(m) || v_is_big(m)) {
            int64_t cp;
            if (!int_to_i64(m, &cp) || cp < 0 || cp > 0x10ffff) {
                v_decref(vm, m);
                exc_raisef(vm, vm->exc_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            sb_add_codepoint(&b, (uint32_t)cp);
        } else if (v_is_str(m)) {
            sb_add_str(&b, v_str(m));
        } else {
            v_decref(vm, m);
            exc_raisef(vm, vm->exc_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        if (r > 0) v_decref(vm, m);
        off += n;
    }
    return v_from_obj(sb_finish(&b));
fail:
    sb_free(&b);
    return V_NULL;
}

static Value s_maketrans(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RDict *d = dict_new(vm);
    if (!d) return V_NULL;
    if (nargs == 1) {
        if (!v_is_dict(args[0])) {
            exc_raisef(vm, vm->exc_TypeError,
                       "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        size_t pos = 0;
        Value k, v;
        while (dict_next(v_dict(args[0]), &pos, &k, &v)) {
            Value key = k;
            if (v_is_str(k)) {
                if (v_str(k)->nchars != 1) {
                    exc_raisef(vm, vm->exc_ValueError,
                               "string keys in translate table must be of length 1");
                    goto fail;
                }
                size_t n;
                key = v_int((intptr_t)utf8_decode(v_str(k)->data, &n));
            } else if (!int_check(k)) {
                exc_raisef(vm, vm->exc_TypeError,
                           "keys in translate table must be strings or integers");
                goto fail;
            }
            if (dict_set(vm, d, key, v) < 0) goto fail;
        }
        return v_from_obj(d);
    }
    if (!v_is_str(args[0])) {
        exc_raisef(vm, vm->exc_TypeError,
                   "first maketrans argument must be a string if there is a second argument");
        goto fail;
    }
    if (!v_is_str(args[1])) {
        exc_raisef(vm, vm->exc_TypeError, "maketrans() argument 2 must be str, not %T", args[1]);
        goto fail;
    }
    RStr *x = v_str(args[0]), *y = v_str(args[1]);
    if (x->nchars != y->nchars) {
        exc_raisef(vm, vm->exc_ValueError,
                   "the first two maketrans arguments must have equal length");
        goto fail;
    }
    if (nargs > 2 && !v_is_str(args[2])) {
        exc_raisef(vm, vm->exc_TypeError, "maketrans() argument 3 must be str, not %T", args[2]);
        goto fail;
    }
    size_t ox = 0, oy = 0, n;
    while (ox < x->len) {
        uint32_t a = utf8_decode(x->data + ox, &n);
        ox += n;
        uint32_t c = utf8_decode(y->data + oy, &n);
        oy += n;
        if (dict_set(vm, d, v_int((intptr_t)a), v_int((intptr_t)c)) < 0) goto fail;
    }
    if (nargs > 2) {
        RStr *z = v_str(args[2]);
        size_t oz = 0;
        while (oz < z->len) {
            uint32_t c = utf8_decode(z->data + oz, &n);
            oz += n;
            if (dict_set(vm, d, v_int((intptr_t)c), V_NONE) < 0) goto fail;
        }
    }
    return v_from_obj(d);
fail:
    obj_decref(vm, d);
    return V_NULL;
}

static const CFuncDef str_case_methods[] = {
    { "lower", s_lower, CF_METHOD, 0, 0, "Return a copy of the string converted to lowercase." },
    { "upper", s_upper, CF_METHOD, 0, 0, "Return a copy of the string converted to uppercase." },
    { "title", s_title, CF_METHOD, 0, 0,
      "Return a version of the string where each word is titlecased." },
    { "swapcase", s_swapcase, CF_METHOD, 0, 0,
      "Convert uppercase characters to lowercase and lowercase characters to uppercase." },
    { "capitalize", s_capitalize, CF_METHOD, 0, 0, "Return a capitalized version of the string." },
    { "casefold", s_casefold, CF_METHOD, 0, 0,
      "Return a version of the string suitable for caseless comparisons." },
    { "isalpha", s_isalpha, CF_METHOD, 0, 0,
      "Return True if the string is an alphabetic string, False otherwise." },
    { "isdecimal", s_isdecimal, CF_METHOD, 0, 0,
      "Return True if the string is a decimal string, False otherwise." },
    { "isdigit", s_isdigit, CF_METHOD, 0, 0,
      "Return True if the string is a digit string, False otherwise." },
    { "isnumeric", s_isnumeric, CF_METHOD, 0, 0,
      "Return True if the string is a numeric string, False otherwise." },
    { "isalnum", s_isalnum, CF_METHOD, 0, 0,
      "Return True if the string is an alpha-numeric string, False otherwise." },
    { "isspace", s_isspace, CF_METHOD, 0, 0,
      "Return True if the string is a whitespace string, False otherwise." },
    { "isupper", s_isupper, CF_METHOD, 0, 0,
      "Return True if the string is an uppercase string, False otherwise." },
    { "islower", s_islower, CF_METHOD, 0, 0,
      "Return True if the string is a lowercase string, False otherwise." },
    { "istitle", s_istitle, CF_METHOD, 0, 0,
      "Return True if the string is a title-cased string, False otherwise." },
    { "isidentifier", s_isidentifier, CF_METHOD, 0, 0,
      "Return True if the string is a valid Python identifier, False otherwise." },
    { "isprintable", s_isprintable, CF_METHOD, 0, 0,
      "Return True if the string is printable, False otherwise." },
    { "isascii", s_isascii, CF_METHOD, 0, 0,
      "Return True if all characters in the string are ASCII, False otherwise." },
    { "center", s_center, CF_METHOD, 1, 2, "Return a centered string of length width." },
    { "ljust", s_ljust, CF_METHOD, 1, 2, "Return a left-justified string of length width." },
    { "rjust", s_rjust, CF_METHOD, 1, 2, "Return a right-justified string of length width." },
    { "zfill", s_zfill, CF_METHOD, 1, 1,
      "Pad a numeric string with zeros on the left, to fill a field of the given width." },
    { "expandtabs", s_expandtabs, CF_METHOD | CF_KEYWORDS, -1, -1,
      "Return a copy where all tab characters are expanded using spaces." },
    { "translate", s_translate, CF_METHOD, 1, 1,
      "Replace each character in the string using the given translation table." },
    { "maketrans", s_maketrans, CF_STATIC, 1, 3,
      "Return a translation table usable for str.translate()." },
    { NULL, NULL, 0, 0, 0, NULL }
};

int bi_init_str_case(rill_vm *vm)
{
    return cfunc_add_all(vm, vm->cls_str->dict, str_case_methods, vm->cls_str);
}
