/*
** format_num.c — numbers for the formatting engine (format.c): the digits of a double laid
** out exactly as CPython's dtoa-based PyOS_double_to_string lays them out, and the int
** and float presentation types of the format-spec mini-language (sign, 0x prefix,
** zero padding, digit grouping, alignment), ported from CPython's formatter_unicode.c.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "format.h"
#include "str.h"
#include "int.h"
#include "float.h"

/* ---- the digits of a double -------------------------------------------------------- */

/* A double's exact decimal expansion has at most 767 significant digits and 1074 digits
   after the point; asking printf for more only adds zeros, which dtoa strips anyway. */
enum { MAX_SIG_DIGITS = 800, MAX_FRAC_DIGITS = 1100 };

/* The digits of |d| (finite) as CPython's _Py_dg_dtoa returns them: mode 0 the shortest
   string that round-trips (float_repr's), mode 2 nd significant digits, mode 3 nd digits
   after the point. glibc's printf rounds correctly (half-even on the exact binary
   value) like dtoa. The result has no leading or trailing zeros ("0" for zero); *decpt
   is the position of the decimal point relative to the digits' start. Returns a
   mem_alloc'd buffer of *cap bytes, or NULL. */
static char *dtoa_digits(rill_vm *vm, double d, int mode, int nd, size_t *len, int *decpt,
                         size_t *cap)
{
    char *txt;
    d = fabs(d);
    if (mode == 0) {
        *cap = 40;
        if (!(txt = mem_alloc(vm, *cap))) return NULL;
        float_repr(d, txt);
    } else {
        const char *f = mode == 2 ? "%.*e" : "%.*f";
        int p = mode == 2 ? (nd > MAX_SIG_DIGITS ? MAX_SIG_DIGITS : nd) - 1
                          : (nd > MAX_FRAC_DIGITS ? MAX_FRAC_DIGITS : nd);
        *cap = (size_t)snprintf(NULL, 0, f, p, d) + 1;
        if (!(txt = mem_alloc(vm, *cap))) return NULL;
        snprintf(txt, *cap, f, p, d);
    }
    /* compact the digits to the front, in place (the write index never passes the
       read index) */
    size_t n = 0;
    long intlen = -1, exp = 0;
    for (char *p = txt; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            txt[n++] = *p;
        } else if (*p == '.') {
            intlen = (long)n;
        } else if (*p == 'e') {
            exp = strtol(p + 1, NULL, 10);
            break;
        }
    }
    if (intlen < 0) intlen = (long)n;
    size_t lead = 0;
    while (lead < n && txt[lead] == '0') lead++;
    while (n > lead && txt[n - 1] == '0') n--;
    if (n == lead) {
        txt[0] = '0';
        *len = 1;
        *decpt = 1;
        return txt;
    }
    memmove(txt, txt + lead, n - lead);
    *len = n - lead;
    *decpt = (int)(intlen - (long)lead + exp);
    return txt;
}

/* Port of CPython's format_float_short (Python/pystrtod.c), fed by dtoa_digits. */
char *fmt_dtoa(rill_vm *vm, double d, char code, int precision, unsigned flags,
               size_t *len, size_t *cap)
{
    bool upper = code == 'E' || code == 'F' || code == 'G';
    bool alt = flags & FMT_DT_ALT, add_dot_0 = flags & FMT_DT_ADD_DOT_0;
    int mode;
    switch (code) {
    case 'E': case 'e':
        /* CPython's precision + 1 wraps around at INT_MAX, which dtoa reads as 1 digit */
        code = 'e';
        mode = 2;
        precision = precision == INT32_MAX ? 1 : precision + 1;
        break;
    case 'F': case 'f': code = 'f'; mode = 3; break;
    case 'G': case 'g': code = 'g'; mode = 2; if (precision == 0) precision = 1; break;
    default: code = 'r'; mode = 0; break;
    }
    char *buf;
    if (!isfinite(d)) {
        *cap = 8;
        if (!(buf = mem_alloc(vm, *cap))) return NULL;
        /* the sign of a nan is never shown */
        const char *word = isnan(d) ? (upper ? "NAN" : "nan")
                         : signbit(d) ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf");
        *len = strlen(word);
        memcpy(buf, word, *len + 1);
        return buf;
    }

    size_t dcap, ndig;
    int decpt_i;
    char *digits = dtoa_digits(vm, d, mode, precision, &ndig, &decpt_i, &dcap);
    if (!digits) return NULL;
    intptr_t decpt = decpt_i, digits_len = (intptr_t)ndig;
    bool sign = signbit(d) != 0;
    if ((flags & FMT_DT_NO_NEG_0) && digits_len == 1 && digits[0] == '0') sign = false;

    intptr_t vdigits_end = digits_len, vdigits_start;
    bool use_exp = false;
    int exp = 0;
    switch (code) {
    case 'e':
        use_exp = true;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vdigits_end = precision;
        break;
    default:
        /* repr switches to an exponent at 1e16 */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        exp = (int)decpt - 1;
        decpt = 1;
    }
    /* vdigits_start < decpt <= vdigits_end (or < with .0 added and no exponent) */
    vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

    /* sign, point, NUL, a '%' the caller may add, the digits, "e+308" */
    *cap = 4 + (size_t)(vdigits_end - vdigits_start) + (use_exp ? 6 : 0);
    buf = mem_alloc(vm, *cap);
    if (!buf) {
        mem_free(vm, digits, dcap);
        return NULL;
    }
    char *p = buf;
    if (sign) *p++ = '-';
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vdigits_start));
        p += decpt - vdigits_start;
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
    } else {
        memset(p, '0', (size_t)-vdigits_start);
        p += -vdigits_start;
    }
    if (0 < decpt && decpt <= digits_len) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(digits_len - decpt));
        p += digits_len - decpt;
    } else {
        memcpy(p, digits, (size_t)digits_len);
        p += digits_len;
    }
    if (digits_len < decpt) {
        memset(p, '0', (size_t)(decpt - digits_len));
        p += decpt - digits_len;
        *p++ = '.';
        memset(p, '0', (size_t)(vdigits_end - decpt));
        p += vdigits_end - decpt;
    } else {
        memset(p, '0', (size_t)(vdigits_end - digits_len));
        p += vdigits_end - digits_len;
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        p += snprintf(p, 6, "%+.02d", exp);
    }
    *p = '\0';
    *len = (size_t)(p - buf);
    mem_free(vm, digits, dcap);
    return buf;
}

/* ---- laying a number out in a field ---------------------------------------------- */

/* The pieces of a formatted number, as CPython's calc_number_widths sees them. */
typedef struct NumParts {
    char sign;                  /* '-' when the number is negative, else 0 */
    const char *prefix;         /* "0x", "0o", "0b" or empty (ASCII) */
    size_t nprefix;
    const char *digits;         /* the integer digits (ASCII), grouped */
    size_t ndigits;
    bool decimal;               /* a decimal point follows the digits */
    const char *rem;            /* what follows: fraction, exponent, '%'; or a 'c' char */
    size_t rem_bytes, rem_chars;
    bool upper;                 /* 'X': upper-case the prefix and digits */
} NumParts;

/* CPython's _PyUnicode_InsertThousandsGrouping: the digits with sep between groups of
   `group` from the right (sep 0: no grouping), preceded by enough zeros (and
   separators) to fill min_width characters. Returns the length; when end is not NULL
   also writes the text so that it ends at end. */
static size_t group_digits(char *end, const char *digits, size_t ndigits, intptr_t min_width,
                           char sep, int group)
{
    intptr_t remaining = (intptr_t)ndigits, count = 0;
    const char *dp = digits + ndigits;
    bool use_sep = false;
    if (min_width < 0) min_width = 0;
    for (;;) {
        intptr_t len = remaining > min_width ? remaining : min_width;
        if (len < 1) len = 1;
        if (sep && len > group) len = group;
        intptr_t zeros = len > remaining ? len - remaining : 0;
        intptr_t chars = remaining < len ? remaining : len;
        if (chars < 0) chars = 0;
        count += use_sep + zeros + chars;
        if (end) {
            if (use_sep) *--end = sep;
            end -= chars;
            dp -= chars;
            memcpy(end, dp, (size_t)chars);
            end -= zeros;
            memset(end, '0', (size_t)zeros);
        }
        use_sep = true;
        remaining -= chars;
        min_width -= len;
        if (!sep || (remaining <= 0 && min_width <= 0)) break;
        min_width -= 1;
    }
    return (size_t)count;
}

char *fmt_put_fill(char *p, const char *fill, size_t flen, intptr_t n)
{
    if (flen == 1) {
        memset(p, fill[0], (size_t)n);
        return p + n;
    }
    for (intptr_t i = 0; i < n; i++, p += flen) memcpy(p, fill, flen);
    return p;
}

static void upper_ascii(char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] >= 'a' && p[i] <= 'z') p[i] = (char)(p[i] - 'a' + 'A');
}

/* calc_number_widths + fill_number: | lpad sign prefix spad digits . rem rpad | */
static RStr *layout_number(rill_vm *vm, const FmtSpec *f, const NumParts *np)
{
    if (f->width > FMT_MAX_WIDTH) return exc_nomem(vm), NULL;
    char sign = np->sign;
    if (f->sign == '+' || f->sign == ' ') sign = np->sign == '-' ? '-' : f->sign;
    intptr_t nondigit = (sign != 0) + (intptr_t)np->nprefix + np->decimal
                        + (intptr_t)np->rem_chars;
    intptr_t min_width = f->fill == '0' && f->align == '=' ? f->width - nondigit : 0;
    size_t grouped = np->ndigits ? group_digits(NULL, np->digits, np->ndigits, min_width,
                                                f->sep, f->group) : 0;
    intptr_t padding = f->width - (nondigit + (intptr_t)grouped);
    intptr_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (f->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    } else {
        padding = 0;
    }
    char fill[4];
    size_t flen = (size_t)utf8_encode(f->fill, fill);
    size_t total = (size_t)padding * flen + (size_t)nondigit - np->rem_chars
                   + np->rem_bytes + grouped;
    RStr *s = str_alloc(vm, total);
    if (!s) return NULL;
    char *p = fmt_put_fill(s->data, fill, flen, lpad);
    if (sign) *p++ = sign;
    memcpy(p, np->prefix, np->nprefix);
    if (np->upper) upper_ascii(p, np->nprefix);
    p = fmt_put_fill(p + np->nprefix, fill, flen, spad);
    if (grouped) {
        group_digits(p + grouped, np->digits, np->ndigits, min_width, f->sep, f->group);
        if (np->upper) upper_ascii(p, grouped);
        p += grouped;
    }
    if (np->decimal) *p++ = '.';
    memcpy(p, np->rem, np->rem_bytes);
    fmt_put_fill(p + np->rem_bytes, fill, flen, rpad);
    return str_finish(s);
}

/* ---- the presentation types -------------------------------------------------------- */

RStr *fmt_int_spec(rill_vm *vm, Value v, const FmtSpec *f)
{
    if (f->precision != -1)
        return exc_raisef_p(vm, vm->exc_ValueError,
                            "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return exc_raisef_p(vm, vm->exc_ValueError, "Negative zero coercion (z) not "
                            "allowed in integer format specifier");
    NumParts np = { 0, "", 0, "", 0, false, "", 0, 0, false };
    char ch[4];
    RStr *text = NULL;
    if (f->type == 'c') {
        if (f->sign)
            return exc_raisef_p(vm, vm->exc_ValueError,
                                "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return exc_raisef_p(vm, vm->exc_ValueError, "Alternate form (#) not allowed "
                                "with integer format specifier 'c'");
        int64_t x;
        if (!int_to_i64(v, &x))
            return exc_raisef_p(vm, vm->exc_OverflowError,
                                "Python int too large to convert to C long");
        if (x < 0 || x > 0x10ffff)
            return exc_raisef_p(vm, vm->exc_OverflowError, "%%c arg not in range(0x110000)");
        np.rem = ch;
        np.rem_bytes = (size_t)utf8_encode((uint32_t)x, ch);
        np.rem_chars = 1;
    } else {
        int base = 10;
        const char *prefix = "";
        switch (f->type) {
        case 'b': base = 2; prefix = "0b"; break;
        case 'o': base = 8; prefix = "0o"; break;
        case 'x': case 'X': base = 16; prefix = "0x"; break;
        default: break;
        }
        text = int_to_str(vm, v, base, false);
        if (!text) return NULL;
        np.digits = text->data;
        np.ndigits = text->len;
        if (np.digits[0] == '-') {
            np.sign = '-';
            np.digits++;
            np.ndigits--;
        }
        if (f->alternate) {
            np.prefix = prefix;
            np.nprefix = strlen(prefix);
        }
        np.upper = f->type == 'X';
    }
    RStr *r = layout_number(vm, f, &np);
    if (text) obj_decref(vm, text);
    return r;
}

RStr *fmt_float_spec(rill_vm *vm, double d, const FmtSpec *f)
{
    if (f->precision > INT32_MAX)
        return exc_raisef_p(vm, vm->exc_ValueError, "precision too big");
    int precision = (int)f->precision, default_precision = 6;
    unsigned flags = (f->alternate ? FMT_DT_ALT : 0) | (f->no_neg_0 ? FMT_DT_NO_NEG_0 : 0);
    char type = (char)f->type;
    bool pct = false;
    if (type == 0) {
        /* like repr, or like 'g' with at least one digit after the point when a
           precision is given */
        flags |= FMT_DT_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        d *= 100;
        pct = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';

    size_t len, cap;
    char *buf = fmt_dtoa(vm, d, type, precision, flags, &len, &cap);
    if (!buf) return NULL;
    if (pct) buf[len++] = '%';

    NumParts np = { 0, "", 0, buf, len, false, "", 0, 0, false };
    if (buf[0] == '-') {
        np.sign = '-';
        np.digits++;
        np.ndigits--;
    }
    /* parse_number: the leading digits, an optional point, and the rest */
    const char *q = np.digits, *end = np.digits + np.ndigits;
    while (q < end && *q >= '0' && *q <= '9') q++;
    np.ndigits = (size_t)(q - np.digits);
    if (q < end && *q == '.') {
        np.decimal = true;
        q++;
    }
    np.rem = q;
    np.rem_bytes = np.rem_chars = (size_t)(end - q);
    RStr *r = layout_number(vm, f, &np);
    mem_free(vm, buf, cap);
    return r;
}
