/*
** format.c — the formatting engine: format(v, spec) for the built-in types (the
** format-spec mini-language; numbers are laid out by format_num.c), printf-style
** `str % args`, and str.format / str.format_map. Each is a port of CPython 3.11
** (Python/formatter_unicode.c, PyUnicode_Format in Objects/unicodeobject.c,
** Objects/stringlib/unicode_format.h), down to the order in which errors are detected,
** because the results and the error messages must match CPython byte for byte.
**
** Strings are UTF-8 inside; every character these parsers act on is ASCII, so they scan
** bytes and decode a code point only where one is a value (a fill character, a
** presentation type, a conversion, a Unicode digit).
*/
#include <string.h>
#include "format.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "seq.h"
#include "dict.h"
#include "class.h"
#include "ops.h"

/* ---- shared helpers ---------------------------------------------------------------- */

/* The code points of value 0 of every run of ten Unicode decimal digits (category Nd,
   Unicode 14 as CPython 3.11), ascending. */
static const uint32_t nd_zeros[] = {
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6,
    0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0,
    0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0,
    0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136,
    0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

int fmt_decimal_value(uint32_t cp)
{
    if (cp < 0x80) return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    size_t lo = 0, hi = sizeof nd_zeros / sizeof nd_zeros[0];
    while (hi - lo > 1) {               /* the last zero <= cp */
        size_t mid = (lo + hi) / 2;
        if (nd_zeros[mid] <= cp) lo = mid;
        else hi = mid;
    }
    return cp - nd_zeros[lo] < 10 ? (int)(cp - nd_zeros[lo]) : -1;
}

static uint32_t cp_at(const char *s, size_t *len)
{
    if ((unsigned char)s[0] < 0x80) {
        *len = 1;
        return (unsigned char)s[0];
    }
    return utf8_decode(s, len);
}

static bool is_exact_str(rill_vm *vm, Value v)
{
    return v_is_str(v) && v_obj(v)->cls == vm->cls_str;
}

/* A user class instance (built-in objects have no __index__/__int__/__float__ beyond
   what the callers handle by kind). */
static bool is_user_obj(Value v)
{
    return v_is_obj(v) && !(v_obj(v)->cls->flags & CLS_BUILTIN);
}

/* Calls the special method name of a user instance: a new reference, V_NULL with an
   exception, or V_NULL with none when v has no such method. */
static Value call_user_special(rill_vm *vm, Value v, RStr *name)
{
    bool found = false;
    if (!is_user_obj(v)) return V_NULL;
    return call_special(vm, v, name, NULL, 0, &found);
}

/* ---- the format-spec mini-language -------------------------------------------------- */

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* get_integer: the decimal digits at *pos (any Unicode Nd digit). The number of digits,
   or -1 with ValueError on overflow. */
static intptr_t spec_integer(rill_vm *vm, const char *s, size_t n, size_t *pos,
                             intptr_t *out)
{
    intptr_t acc = 0, count = 0;
    size_t p = *pos, k;
    while (p < n) {
        int dv = fmt_decimal_value(cp_at(s + p, &k));
        if (dv < 0) break;
        if (acc > (INTPTR_MAX - dv) / 10) {
            exc_raisef(vm, vm->exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + dv;
        p += k;
        count++;
    }
    *pos = p;
    *out = acc;
    return count;
}

/* A presentation type (or separator) in a message: 'x' when printable ASCII. */
static const char *type_fmt(uint32_t t, const char *printable, const char *hex)
{
    return t > 32 && t < 128 ? printable : hex;
}

static void *unknown_type(rill_vm *vm, uint32_t t, Value v)
{
    return exc_raisef_p(vm, vm->exc_ValueError,
                        type_fmt(t, "Unknown format code '%c' for object of type '%s'",
                                 "Unknown format code '\\x%x' for object of type '%s'"),
                        (int)t, v_typename(vm, v));
}

/* parse_internal_render_format_spec: 0, or -1 with ValueError. */
static int parse_spec(rill_vm *vm, Value obj, RStr *spec, FmtSpec *f, char default_type,
                      char default_align)
{
    const char *s = spec->data;
    size_t n = spec->len, pos = 0, k0 = 0;
    bool fill_given = false, align_given = false;
    *f = (FmtSpec){ ' ', default_align, 0, false, false, 0, 3, -1, -1,
                    (unsigned char)default_type };

    uint32_t c0 = n ? cp_at(s, &k0) : 0;
    if (n > k0 && is_align(s[k0])) {
        f->fill = c0;
        f->align = s[k0];
        fill_given = align_given = true;
        pos = k0 + 1;
    } else if (n >= 1 && is_align(s[0])) {
        f->align = s[0];
        align_given = true;
        pos = 1;
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = s[pos++];
    if (pos < n && s[pos] == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (pos < n && s[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    /* '0' before the width: zero padding after the sign, when no fill was given */
    if (!fill_given && pos < n && s[pos] == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>') f->align = '=';
        pos++;
    }
    intptr_t got = spec_integer(vm, s, n, &pos, &f->width);
    if (got < 0) return -1;
    if (got == 0) f->width = -1;
    if (pos < n && s[pos] == ',') {
        f->sep = ',';
        pos++;
    }
    if (pos < n && s[pos] == '_') {
        if (f->sep) goto both;
        f->sep = '_';
        pos++;
    }
    if (pos < n && s[pos] == ',' && f->sep == '_') goto both;
    if (pos < n && s[pos] == '.') {
        pos++;
        got = spec_integer(vm, s, n, &pos, &f->precision);
        if (got < 0) return -1;
        if (got == 0)
            return exc_raisef_i(vm, vm->exc_ValueError, "Format specifier missing precision");
    }
    if (pos < n) {
        size_t k;
        uint32_t t = cp_at(s + pos, &k);
        if (pos + k < n)
            return exc_raisef_i(vm, vm->exc_ValueError,
                                "Invalid format specifier '%U' for object of type '%s'",
                                spec, v_typename(vm, obj));
        f->type = t;
    }
    if (f->sep) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->sep == '_') {
                f->group = 4;
                break;
            }
            /* fall through */
        default:
            return exc_raisef_i(vm, vm->exc_ValueError,
                                type_fmt(f->type, "Cannot specify '%c' with '%c'.",
                                         "Cannot specify '%c' with '\\x%x'."),
                                f->sep, (int)f->type);
        }
    }
    return 0;
both:
    return exc_raisef_i(vm, vm->exc_ValueError, "Cannot specify both ',' and '_'.");
}

/* text (nbytes) with lpad and rpad copies of fill around it, as a new str */
static RStr *padded(rill_vm *vm, const char *text, size_t nbytes, intptr_t lpad,
                    intptr_t rpad, uint32_t fill)
{
    char enc[4];
    size_t flen = (size_t)utf8_encode(fill, enc);
    if (lpad > FMT_MAX_WIDTH || rpad > FMT_MAX_WIDTH) return exc_nomem(vm), NULL;
    RStr *r = str_alloc(vm, nbytes + ((size_t)lpad + (size_t)rpad) * flen);
    if (!r) return NULL;
    char *p = fmt_put_fill(r->data, enc, flen, lpad);
    memcpy(p, text, nbytes);
    fmt_put_fill(p + nbytes, enc, flen, rpad);
    return str_finish(r);
}

/* format_string_internal */
static RStr *format_str(rill_vm *vm, RStr *s, const FmtSpec *f)
{
    if (f->sign)
        return exc_raisef_p(vm, vm->exc_ValueError, f->sign == ' '
                            ? "Space not allowed in string format specifier"
                            : "Sign not allowed in string format specifier");
    if (f->no_neg_0)
        return exc_raisef_p(vm, vm->exc_ValueError, "Negative zero coercion (z) not allowed "
                            "in string format specifier");
    if (f->alternate)
        return exc_raisef_p(vm, vm->exc_ValueError,
                            "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return exc_raisef_p(vm, vm->exc_ValueError,
                            "'=' alignment not allowed in string format specifier");
    intptr_t len = (intptr_t)s->nchars;
    if (f->precision >= 0 && len > f->precision) len = f->precision;
    intptr_t total = f->width > len ? f->width : len;
    intptr_t lpad = f->align == '>' ? total - len : f->align == '^' ? (total - len) / 2 : 0;
    if (len == (intptr_t)s->nchars && total == len && s->h.cls == vm->cls_str) {
        obj_incref(s);
        return s;
    }
    return padded(vm, s->data, str_offset(s, (size_t)len), lpad, total - len - lpad,
                  f->fill);
}

RStr *fmt_format_builtin(rill_vm *vm, Value v, RStr *spec)
{
    if (!spec || spec->len == 0) {
        if (is_exact_str(vm, v)) {
            obj_incref(v_obj(v));
            return v_str(v);
        }
        return obj_str(vm, v);
    }
    FmtSpec f;
    if (int_check(v)) {
        if (parse_spec(vm, v, spec, &f, 'd', '>') < 0) return NULL;
        switch (f.type) {
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
            return fmt_int_spec(vm, v, &f);
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
            bool err = false;
            double d = int_to_double(vm, v, &err);
            return err ? NULL : fmt_float_spec(vm, d, &f);
        }
        default:
            return unknown_type(vm, f.type, v);
        }
    }
    if (v_is_float(v)) {
        if (parse_spec(vm, v, spec, &f, 0, '>') < 0) return NULL;
        switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        case '%':
            return fmt_float_spec(vm, v_float(v), &f);
        default:
            return unknown_type(vm, f.type, v);
        }
    }
    if (v_is_str(v)) {
        if (parse_spec(vm, v, spec, &f, 's', '<') < 0) return NULL;
        if (f.type != 's') return unknown_type(vm, f.type, v);
        return format_str(vm, v_str(v), &f);
    }
    return exc_raisef_p(vm, vm->exc_TypeError,
                        "unsupported format string passed to %T.__format__", v);
}

/* ---- printf-style formatting: str % args -------------------------------------------- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct PctCtx {
    rill_vm *vm;
    RStr *fmt;
    size_t pos;                 /* next byte of fmt to read */
    size_t last;                /* byte offset of the last character read */
    bool eof;                   /* a read went past the end (CPython's fmtcnt < 0) */
    Value args;                 /* the current arguments: the tuple, the single value,
                                   or the value of the last %(key) */
    Value owned;                /* our reference to args when it came from a %(key) */
    intptr_t arglen, argidx;    /* -1, -2 for a single value */
    Value dict;                 /* the mapping for %(key), or V_NULL */
} PctCtx;

typedef struct PctArg {
    int flags;
    intptr_t width;             /* -1: none */
    intptr_t prec;              /* -1: none */
    uint32_t ch;                /* the conversion */
    bool sign;                  /* a numeric conversion: the text may carry a sign */
} PctArg;

/* Reads the next character into *ch (unchanged at the end, where eof is set). */
static bool pct_read(PctCtx *c, uint32_t *ch)
{
    if (c->pos >= c->fmt->len) {
        c->eof = true;
        return false;
    }
    size_t k;
    c->last = c->pos;
    *ch = cp_at(c->fmt->data + c->pos, &k);
    c->pos += k;
    return true;
}

/* unicode_format_getnextarg: a borrowed reference or V_NULL with TypeError. */
static Value pct_next_arg(PctCtx *c)
{
    if (c->argidx < c->arglen) {
        intptr_t i = c->argidx++;
        return c->arglen < 0 ? c->args : tuple_item(v_tuple(c->args), (size_t)i);
    }
    return exc_raisef(c->vm, c->vm->exc_TypeError, "not enough arguments for format string");
}

/* The int argument of a '*': 0, or -1 with an error. */
static int pct_star(PctCtx *c, intptr_t *out, int64_t lo, int64_t hi, const char *ctype)
{
    Value v = pct_next_arg(c);
    if (!v) return -1;
    if (!int_check(v)) return exc_raisef_i(c->vm, c->vm->exc_TypeError, "* wants int");
    int64_t x;
    if (!int_to_i64(v, &x) || x < lo || x > hi)
        return exc_raisef_i(c->vm, c->vm->exc_OverflowError,
                            "Python int too large to convert to C %s", ctype);
    *out = (intptr_t)x;
    return 0;
}

/* Decimal digits after the first one, ch: 0 or -1 with ValueError `what too big`. */
static int pct_digits(PctCtx *c, uint32_t *ch, intptr_t *out, intptr_t max, const char *what)
{
    intptr_t v = (intptr_t)*ch - '0';
    while (pct_read(c, ch)) {
        if (*ch < '0' || *ch > '9') break;
        int d = (int)*ch - '0';
        if (v > (max - d) / 10)
            return exc_raisef_i(c->vm, c->vm->exc_ValueError, "%s too big", what);
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

/* unicode_format_arg_parse: the optional (key), flags, width, precision, length
   modifier and conversion character after a '%'. */
static int pct_parse(PctCtx *c, PctArg *a)
{
    rill_vm *vm = c->vm;
    RStr *fmt = c->fmt;
    uint32_t ch = c->pos < fmt->len ? (unsigned char)fmt->data[c->pos] : 0;
    if (ch == '(') {
        if (c->dict == V_NULL)
            return exc_raisef_i(vm, vm->exc_TypeError, "format requires a mapping");
        size_t keystart = ++c->pos;
        int pcount = 1;
        while (pcount > 0 && pct_read(c, &ch)) {
            if (ch == ')') pcount--;
            else if (ch == '(') pcount++;
        }
        if (pcount > 0) return exc_raisef_i(vm, vm->exc_ValueError, "incomplete format key");
        RStr *key = str_new(vm, fmt->data + keystart, c->pos - 1 - keystart);
        if (!key) return -1;
        Value item = obj_getitem(vm, c->dict, v_from_obj(key));
        obj_decref(vm, key);
        if (!item) return -1;
        c->args = item;
        v_store(vm, &c->owned, item);
        c->arglen = -1;
        c->argidx = -2;
    }
    while (pct_read(c, &ch)) {
        int flag = ch == '-' ? F_LJUST : ch == '+' ? F_SIGN : ch == ' ' ? F_BLANK
                 : ch == '#' ? F_ALT : ch == '0' ? F_ZERO : 0;
        if (!flag) break;
        a->flags |= flag;
    }
    if (ch == '*') {
        if (pct_star(c, &a->width, -INTPTR_MAX, INTPTR_MAX, "ssize_t") < 0) return -1;
        if (a->width < 0) {
            a->flags |= F_LJUST;
            a->width = -a->width;
        }
        pct_read(c, &ch);
    } else if (ch >= '0' && ch <= '9') {
        if (pct_digits(c, &ch, &a->width, INTPTR_MAX, "width") < 0) return -1;
    }
    if (ch == '.') {
        a->prec = 0;
        pct_read(c, &ch);
        if (ch == '*') {
            if (pct_star(c, &a->prec, INT32_MIN, INT32_MAX, "int") < 0) return -1;
            if (a->prec < 0) a->prec = 0;
            pct_read(c, &ch);
        } else if (ch >= '0' && ch <= '9') {
            if (pct_digits(c, &ch, &a->prec, INT32_MAX, "precision") < 0) return -1;
        }
    }
    if (!c->eof && (ch == 'h' || ch == 'l' || ch == 'L')) pct_read(c, &ch);
    if (c->eof) return exc_raisef_i(vm, vm->exc_ValueError, "incomplete format");
    a->ch = ch;
    return 0;
}

/* %d %i %u %o %x %X (mainformatlong + _PyUnicode_FormatLong): [-][0x][zeros]digits */
static RStr *pct_long(rill_vm *vm, Value v, const PctArg *a)
{
    char type = (char)a->ch;
    bool index_only = type == 'o' || type == 'x' || type == 'X';
    Value iv;
    if (int_check(v)) {
        iv = v_incref(v);
    } else if (v_is_float(v) && !index_only) {
        if (!(iv = int_from_double(vm, v_float(v)))) return NULL;
    } else {
        iv = V_NULL;
        if (!index_only) iv = call_user_special(vm, v, vm->s___int__);
        if (!iv && !vm_exc_pending(vm)) iv = call_user_special(vm, v, vm->s___index__);
        if (!iv && vm_exc_pending(vm)) {
            if (!exc_matches(vm, vm->exc_TypeError)) return NULL;
            exc_clear(vm);
        }
        if (iv && !int_check(iv)) {
            v_decref(vm, iv);
            iv = V_NULL;
        }
        if (!iv)
            return exc_raisef_p(vm, vm->exc_TypeError, index_only
                                ? "%%%c format: an integer is required, not %T"
                                : "%%%c format: a real number is required, not %T",
                                (int)type, v);
    }
    if (a->prec > INT32_MAX - 3) {
        v_decref(vm, iv);
        return exc_raisef_p(vm, vm->exc_OverflowError, "precision too large");
    }
    int base = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
    RStr *t = int_to_str(vm, iv, base, false);
    v_decref(vm, iv);
    if (!t) return NULL;
    size_t sign = t->data[0] == '-', ndig = t->len - sign;
    size_t prefix = a->flags & F_ALT && base != 10 ? 2 : 0;
    size_t zeros = a->prec > (intptr_t)ndig ? (size_t)a->prec - ndig : 0;
    RStr *r = str_alloc(vm, sign + prefix + zeros + ndig);
    if (r) {
        char *p = r->data;
        if (sign) *p++ = '-';
        if (prefix) {
            *p++ = '0';
            *p++ = type == 'o' ? 'o' : 'x';
        }
        memset(p, '0', zeros);
        memcpy(p + zeros, t->data + sign, ndig);
        if (type == 'X')
            for (p = r->data; p < r->data + r->len; p++)
                if (*p >= 'a' && *p <= 'x') *p = (char)(*p - 'a' + 'A');
        str_finish(r);
    }
    obj_decref(vm, t);
    return r;
}

/* PyFloat_AsDouble: 0, or -1 with an error. */
static int as_double(rill_vm *vm, Value v, double *out)
{
    if (v_is_float(v)) {
        *out = v_float(v);
        return 0;
    }
    if (int_check(v)) {
        bool err = false;
        *out = int_to_double(vm, v, &err);
        return err ? -1 : 0;
    }
    Value r = call_user_special(vm, v, vm->s___float__);
    if (r) {
        if (!v_is_float(r)) {
            exc_raisef(vm, vm->exc_TypeError, "%T.__float__ returned non-float (type %T)", v, r);
            v_decref(vm, r);
            return -1;
        }
        *out = v_float(r);
        v_decref(vm, r);
        return 0;
    }
    if (vm_exc_pending(vm)) return -1;
    r = call_user_special(vm, v, vm->s___index__);
    if (r) {
        int rc = -1;
        if (int_check(r)) rc = as_double(vm, r, out);
        else exc_raisef(vm, vm->exc_TypeError, "__index__ returned non-int (type %T)", r);
        v_decref(vm, r);
        return rc;
    }
    if (vm_exc_pending(vm)) return -1;
    return exc_raisef_i(vm, vm->exc_TypeError, "must be real number, not %T", v);
}

/* %e %E %f %F %g %G */
static RStr *pct_float(rill_vm *vm, Value v, const PctArg *a)
{
    double d;
    if (as_double(vm, v, &d) < 0) return NULL;
    size_t len, cap;
    char *buf = fmt_dtoa(vm, d, (char)a->ch, a->prec < 0 ? 6 : (int)a->prec,
                         a->flags & F_ALT ? FMT_DT_ALT : 0, &len, &cap);
    if (!buf) return NULL;
    RStr *r = str_new(vm, buf, len);
    mem_free(vm, buf, cap);
    return r;
}

/* %c (formatchar): a str of one character or an int code point. */
static RStr *pct_char(rill_vm *vm, Value v)
{
    if (v_is_str(v)) {
        if (v_str(v)->nchars != 1) return exc_raisef_p(vm, vm->exc_TypeError,
                                                       "%%c requires int or char");
        if (!is_exact_str(vm, v)) return str_new(vm, v_str(v)->data, v_str(v)->len);
        obj_incref(v_obj(v));
        return v_str(v);
    } else {
        Value iv = int_check(v) ? v_incref(v) : call_user_special(vm, v, vm->s___index__);
        if (iv && !int_check(iv)) {
            exc_raisef(vm, vm->exc_TypeError, "__index__ returned non-int (type %T)", iv);
            v_decref(vm, iv);
            iv = V_NULL;
        }
        if (iv) {
            int64_t x;
            bool ok = int_to_i64(iv, &x) && x >= 0 && x <= 0x10ffff;
            v_decref(vm, iv);
            if (!ok)
                return exc_raisef_p(vm, vm->exc_OverflowError,
                                    "%%c arg not in range(0x110000)");
            return str_from_codepoint(vm, (uint32_t)x);
        }
        if (vm_exc_pending(vm)) {
            if (!exc_matches(vm, vm->exc_TypeError)) return NULL;
            exc_clear(vm);
        }
    }
    return exc_raisef_p(vm, vm->exc_TypeError, "%%c requires int or char");
}

/* unicode_format_arg_output: width, precision, sign and padding around the converted
   text. Returns a new str (str itself when nothing changes). */
static RStr *pct_output(rill_vm *vm, PctArg *a, RStr *str)
{
    char fill = a->sign && (a->flags & F_ZERO) ? '0' : ' ';
    intptr_t len = (intptr_t)str->nchars;
    if ((a->width == -1 || a->width <= len) && (a->prec == -1 || a->prec >= len)
        && !(a->flags & (F_SIGN | F_BLANK))) {
        obj_incref(str);
        return str;
    }
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len > a->prec)
        len = a->prec;
    /* numeric text is ASCII: from here on a sign or prefix is one byte per character */
    size_t pindex = 0;
    char signchar = 0;
    if (a->sign) {
        char c0 = str->data[0];
        if (c0 == '-' || c0 == '+') {
            signchar = c0;
            len--;
            pindex++;
        } else if (a->flags & F_SIGN) {
            signchar = '+';
        } else if (a->flags & F_BLANK) {
            signchar = ' ';
        } else {
            a->sign = false;
        }
    }
    if (a->width < len) a->width = len;
    if (a->width > FMT_MAX_WIDTH) return exc_nomem(vm), NULL;
    size_t nbytes = str_offset(str, pindex + (size_t)len) - pindex;
    intptr_t buflen = a->width + (a->sign && len == a->width);
    RStr *r = str_alloc(vm, (size_t)buflen + nbytes - (size_t)len);
    if (!r) return NULL;
    char *p = r->data;
    bool prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (a->sign) {
        if (fill != ' ') *p++ = signchar;
        if (a->width > len) a->width--;
    }
    if (prefix) {
        if (fill != ' ') {
            memcpy(p, str->data + pindex, 2);
            p += 2;
            pindex += 2;
        }
        a->width -= 2;
        if (a->width < 0) a->width = 0;
        len -= 2;
        nbytes -= 2;
    }
    if (a->width > len && !(a->flags & F_LJUST)) {
        memset(p, fill, (size_t)(a->width - len));
        p += a->width - len;
        a->width = len;
    }
    if (fill == ' ') {
        if (a->sign) *p++ = signchar;
        if (prefix) {
            memcpy(p, str->data + pindex, 2);
            p += 2;
            pindex += 2;
        }
    }
    memcpy(p, str->data + pindex, nbytes);
    p += nbytes;
    if (a->width > len) memset(p, ' ', (size_t)(a->width - len));
    return str_finish(r);
}

/* PyMapping_Check, minus tuples and strs: what makes %(key) possible. */
static bool pct_is_mapping(rill_vm *vm, Value v)
{
    if (v_is_tuple(v) || v_is_str(v)) return false;
    if (v_is_dict(v) || v_is_list(v) || v_is_range(v)) return true;
    return v_is_obj(v) && class_lookup(v_obj(v)->cls, vm->s___getitem__) != V_NULL;
}

/* One conversion after a '%' (unicode_format_arg), appended to b. */
static int pct_arg(PctCtx *c, StrBuf *b)
{
    rill_vm *vm = c->vm;
    if (c->pos < c->fmt->len && c->fmt->data[c->pos] == '%') {
        c->pos++;
        sb_addc(b, '%');
        return 0;
    }
    PctArg a = { 0, -1, -1, 0, false };
    if (pct_parse(c, &a) < 0) return -1;
    Value v = pct_next_arg(c);
    if (!v) return -1;
    RStr *str;
    switch (a.ch) {
    case 's':
        if (is_exact_str(vm, v)) {
            str = v_str(v);
            obj_incref(str);
        } else {
            str = obj_str(vm, v);
        }
        break;
    case 'r': str = obj_repr(vm, v); break;
    case 'a': str = obj_ascii(vm, v); break;
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        str = pct_long(vm, v, &a);
        a.sign = true;
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        str = pct_float(vm, v, &a);
        a.sign = true;
        break;
    case 'c':
        str = pct_char(vm, v);
        break;
    default:
        return exc_raisef_i(vm, vm->exc_ValueError,
                            "unsupported format character '%c' (0x%x) at index %zu",
                            a.ch >= 31 && a.ch <= 126 ? (int)a.ch : '?', (unsigned)a.ch,
                            str_char_index(c->fmt, c->last));
    }
    if (!str) return -1;
    RStr *out = pct_output(vm, &a, str);
    obj_decref(vm, str);
    if (!out) return -1;
    sb_add_str(b, out);
    obj_decref(vm, out);
    if (c->dict != V_NULL && c->argidx < c->arglen)
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "not all arguments converted during string formatting");
    return b->failed ? -1 : 0;
}

RStr *fmt_percent(rill_vm *vm, RStr *fmt, Value args)
{
    PctCtx c = { vm, fmt, 0, 0, false, args, V_NULL, -1, -2, V_NULL };
    if (v_is_tuple(args)) {
        c.arglen = (intptr_t)v_tuple(args)->n;
        c.argidx = 0;
    }
    if (pct_is_mapping(vm, args)) c.dict = args;
    StrBuf b;
    sb_init(&b, vm);
    while (c.pos < fmt->len) {
        const char *start = fmt->data + c.pos;
        const char *pct = memchr(start, '%', fmt->len - c.pos);
        size_t run = pct ? (size_t)(pct - start) : fmt->len - c.pos;
        sb_add(&b, start, run);
        c.pos += run;
        if (!pct) break;
        c.pos++;
        if (pct_arg(&c, &b) < 0) goto fail;
    }
    if (c.argidx < c.arglen && c.dict == V_NULL) {
        exc_raisef(vm, vm->exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    v_decref(vm, c.owned);
    return sb_finish(&b);
fail:
    v_decref(vm, c.owned);
    sb_free(&b);
    return NULL;
}

/* ---- str.format ------------------------------------------------------------------------ */

enum { AN_INIT, AN_AUTO, AN_MANUAL };

typedef struct SFCtx {
    rill_vm *vm;
    const Value *args;          /* positional arguments */
    size_t nargs;
    bool positional;            /* false for format_map: no positional fields at all */
    const Value *kwvals;        /* keyword argument values, named by kwnames */
    RTuple *kwnames;
    Value mapping;              /* format_map's mapping, or V_NULL */
    int an_state;               /* automatic or manual field numbering */
    intptr_t an_next;
} SFCtx;

/* A replacement field {name!conv:spec} of the format string s. */
typedef struct Field {
    size_t name_start, name_end;
    size_t spec_start, spec_end;
    bool expand;                /* the spec has nested fields */
    uint32_t conv;              /* 0: none */
} Field;

/* A field name's part as an index (get_integer): 0 with *out -1 when it is empty or
   not all digits, -1 with ValueError on overflow. */
static int field_index(rill_vm *vm, const char *s, size_t n, intptr_t *out)
{
    *out = -1;
    if (n == 0) return 0;
    intptr_t acc = 0;
    for (size_t i = 0, k; i < n; i += k) {
        int dv = fmt_decimal_value(cp_at(s + i, &k));
        if (dv < 0) return 0;
        if (acc > (INTPTR_MAX - dv) / 10)
            return exc_raisef_i(vm, vm->exc_ValueError,
                                "Too many decimal digits in format string");
        acc = acc * 10 + dv;
    }
    *out = acc;
    return 0;
}

/* parse_field: the field starting at *ppos (after its '{'). 0, or -1 with ValueError. */
static int parse_field(rill_vm *vm, const char *s, size_t n, size_t *ppos, Field *f)
{
    size_t pos = *ppos, k;
    char c = 0;
    *f = (Field){ pos, pos, 0, 0, false, 0 };
    while (pos < n) {
        c = s[pos++];
        if (c == '{')
            return exc_raisef_i(vm, vm->exc_ValueError, "unexpected '{' in field name");
        if (c == '[') {
            while (pos < n && s[pos] != ']') pos++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    f->name_end = pos - 1;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (pos >= n)
                return exc_raisef_i(vm, vm->exc_ValueError,
                                    "end of string while looking for conversion specifier");
            f->conv = cp_at(s + pos, &k);
            pos += k;
            if (pos < n) {
                c = s[pos++];
                if (c == '}') {
                    *ppos = pos;
                    return 0;
                }
                if (c != ':')
                    return exc_raisef_i(vm, vm->exc_ValueError,
                                        "expected ':' after conversion specifier");
            }
        }
        f->spec_start = pos;
        int count = 1;
        while (pos < n) {
            c = s[pos++];
            if (c == '{') {
                f->expand = true;
                count++;
            } else if (c == '}' && --count == 0) {
                f->spec_end = pos - 1;
                *ppos = pos;
                return 0;
            }
        }
        return exc_raisef_i(vm, vm->exc_ValueError, "unmatched '{' in format spec");
    }
    if (c != '}')
        return exc_raisef_i(vm, vm->exc_ValueError, "expected '}' before end of string");
    *ppos = pos;
    return 0;
}

/* kwargs[key] (format) or mapping[key] (format_map): a new reference. */
static Value sf_lookup_name(SFCtx *c, RStr *key)
{
    if (c->mapping != V_NULL) return obj_getitem(c->vm, c->mapping, v_from_obj(key));
    for (size_t i = 0; c->kwnames && i < c->kwnames->n; i++)
        if (str_eq(v_str(c->kwnames->items[i]), key)) return v_incref(c->kwvals[i]);
    return exc_raise_arg(c->vm, c->vm->exc_KeyError, v_from_obj(key));
}

/* The first part of a field name (field_name_split): an argument by position, by
   automatic number, or by name. A new reference. */
static Value sf_first_object(SFCtx *c, const char *s, size_t n)
{
    rill_vm *vm = c->vm;
    intptr_t idx;
    if (field_index(vm, s, n, &idx) < 0) return V_NULL;
    bool empty = n == 0;
    if (empty || idx != -1) {
        if (c->an_state == AN_INIT) c->an_state = empty ? AN_AUTO : AN_MANUAL;
        if (c->an_state == AN_MANUAL && empty)
            return exc_raisef(vm, vm->exc_ValueError, "cannot switch from manual field "
                              "specification to automatic field numbering");
        if (c->an_state == AN_AUTO && !empty)
            return exc_raisef(vm, vm->exc_ValueError, "cannot switch from automatic field "
                              "numbering to manual field specification");
        if (empty) idx = c->an_next++;
    }
    if (idx == -1) {
        RStr *key = str_new(vm, s, n);
        if (!key) return V_NULL;
        Value obj = sf_lookup_name(c, key);
        obj_decref(vm, key);
        return obj;
    }
    if (!c->positional)
        return exc_raisef(vm, vm->exc_ValueError, "Format string contains positional fields");
    if ((size_t)idx >= c->nargs)
        return exc_raisef(vm, vm->exc_IndexError,
                          "Replacement index %zd out of range for positional args tuple", idx);
    return v_incref(c->args[idx]);
}

/* get_field_object: the argument a field name designates, following its .attr and
   [key] parts. A new reference. */
static Value sf_field_object(SFCtx *c, const char *s, size_t start, size_t end)
{
    rill_vm *vm = c->vm;
    size_t pos = start;
    while (pos < end && s[pos] != '.' && s[pos] != '[') pos++;
    Value obj = sf_first_object(c, s + start, pos - start);
    while (obj && pos < end) {
        char ch = s[pos++];
        size_t nstart = pos, nend;
        intptr_t idx = -1;
        Value next = V_NULL;
        if (ch == '.') {
            while (pos < end && s[pos] != '.' && s[pos] != '[') pos++;
            nend = pos;
        } else if (ch == '[') {
            while (pos < end && s[pos] != ']') pos++;
            if (pos >= end) {
                exc_raisef(vm, vm->exc_ValueError, "Missing ']' in format string");
                goto fail;
            }
            nend = pos++;
            if (field_index(vm, s + nstart, nend - nstart, &idx) < 0) goto fail;
        } else {
            exc_raisef(vm, vm->exc_ValueError,
                       "Only '.' or '[' may follow ']' in format field specifier");
            goto fail;
        }
        if (nstart == nend) {
            exc_raisef(vm, vm->exc_ValueError, "Empty attribute in format string");
            goto fail;
        }
        if (idx != -1) {
            Value key = int_from_i64(vm, idx);
            if (!key) goto fail;
            next = obj_getitem(vm, obj, key);
            v_decref(vm, key);
        } else {
            RStr *name = ch == '.' ? str_intern(vm, s + nstart, nend - nstart)
                                   : str_new(vm, s + nstart, nend - nstart);
            if (!name) goto fail;
            next = ch == '.' ? obj_getattr(vm, obj, name)
                             : obj_getitem(vm, obj, v_from_obj(name));
            obj_decref(vm, name);
        }
        v_decref(vm, obj);
        obj = next;
    }
    return obj;
fail:
    v_decref(vm, obj);
    return V_NULL;
}

static RStr *sf_build(SFCtx *c, const char *s, size_t n, int depth);

/* output_field: look the field's object up, convert it, format it with its (expanded)
   spec, and append the result. */
static int sf_output_field(SFCtx *c, const char *s, const Field *f, int depth, StrBuf *b)
{
    rill_vm *vm = c->vm;
    Value obj = sf_field_object(c, s, f->name_start, f->name_end);
    if (!obj) return -1;
    if (f->conv) {
        RStr *t;
        switch (f->conv) {
        case 'r': t = obj_repr(vm, obj); break;
        case 's': t = obj_str(vm, obj); break;
        case 'a': t = obj_ascii(vm, obj); break;
        default:
            t = exc_raisef_p(vm, vm->exc_ValueError,
                             type_fmt(f->conv, "Unknown conversion specifier %c",
                                      "Unknown conversion specifier \\x%x"), (int)f->conv);
            break;
        }
        v_decref(vm, obj);
        if (!t) return -1;
        obj = v_from_obj(t);
    }
    RStr *spec = f->expand ? sf_build(c, s + f->spec_start, f->spec_end - f->spec_start,
                                      depth - 1)
                           : str_new(vm, s + f->spec_start, f->spec_end - f->spec_start);
    RStr *r = spec ? obj_format(vm, obj, spec) : NULL;
    obj_xdecref(vm, spec);
    v_decref(vm, obj);
    if (!r) return -1;
    sb_add_str(b, r);
    obj_decref(vm, r);
    return b->failed ? -1 : 0;
}

/* output_markup with MarkupIterator: literal text, {{ and }}, and fields. */
static int sf_markup(SFCtx *c, const char *s, size_t n, int depth, StrBuf *b)
{
    rill_vm *vm = c->vm;
    size_t pos = 0;
    while (pos < n) {
        size_t start = pos;
        char ch = 0;
        bool markup = false;
        while (pos < n) {
            ch = s[pos++];
            if (ch == '{' || ch == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = pos >= n;
        size_t len = pos - start;
        if (markup && ch == '}' && (at_end || s[pos] != '}'))
            return exc_raisef_i(vm, vm->exc_ValueError,
                                "Single '}' encountered in format string");
        if (markup && ch == '{' && at_end)
            return exc_raisef_i(vm, vm->exc_ValueError,
                                "Single '{' encountered in format string");
        if (markup) {
            if (s[pos] == ch) {         /* {{ or }}: the brace is literal text */
                pos++;
                markup = false;
            } else {
                len--;
            }
        }
        sb_add(b, s + start, len);
        if (!markup) continue;
        Field f;
        if (parse_field(vm, s, n, &pos, &f) < 0 || sf_output_field(c, s, &f, depth, b) < 0)
            return -1;
    }
    return b->failed ? -1 : 0;
}

/* build_string: the nesting depth bounds fields inside specs inside specs. */
static RStr *sf_build(SFCtx *c, const char *s, size_t n, int depth)
{
    if (depth <= 0)
        return exc_raisef_p(c->vm, c->vm->exc_ValueError, "Max string recursion exceeded");
    StrBuf b;
    sb_init(&b, c->vm);
    if (sf_markup(c, s, n, depth, &b) < 0) {
        sb_free(&b);
        return NULL;
    }
    return sb_finish(&b);
}

RStr *fmt_str_format(rill_vm *vm, RStr *fmt, const Value *args, size_t nargs,
                     RTuple *kwnames)
{
    SFCtx c = { vm, args, nargs, true, args + nargs, kwnames, V_NULL, AN_INIT, 0 };
    return sf_build(&c, fmt->data, fmt->len, 2);
}

RStr *fmt_str_format_map(rill_vm *vm, RStr *fmt, Value mapping)
{
    SFCtx c = { vm, NULL, 0, false, NULL, NULL, mapping, AN_INIT, 0 };
    return sf_build(&c, fmt->data, fmt->len, 2);
}
