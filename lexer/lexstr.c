/*
** lexstr.c — UTF-8 helpers and the decoding of string literal bodies (escapes).
**
** Error messages reproduce CPython's "(unicode error) 'unicodeescape' codec can't
** decode ..." wording, including its positions: CPython decodes a copy of the body in
** which every non-ASCII character became a 10-byte "\UXXXXXXXX" escape (and a
** backslash before one became "\u005c"), so positions are counted that way.
*/
#include "lexer/lexer.h"

#include <stdio.h>
#include <string.h>

int lex_cpcount(const char *p, const char *q)
{
    int n = 0;
    for (; p < q; p++)
        if (((unsigned char)*p & 0xC0) != 0x80)
            n++;
    return n;
}

int lex_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    if (n == 0)
        return 0;
    unsigned c = s[0], min;
    int len;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF)
        len = 2, c &= 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, c &= 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, c &= 0x07, min = 0x10000;
    else
        return 0;
    if ((size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

int lex_utf8_encode(unsigned cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Why the bytes at s (n available, s[0] >= 0x80) are not UTF-8, as Python says it. */
static const char *utf8_reason(const unsigned char *s, size_t n, int *badlen)
{
    unsigned c = s[0];
    int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
            : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    *badlen = 1;
    if (len == 0)
        return "invalid start byte";
    for (int i = 1; i < len; i++) {
        if ((size_t)i >= n)
            return *badlen = i, "unexpected end of data";
        unsigned b = s[i];
        bool ok = (b & 0xC0) == 0x80;
        if (i == 1 && ok) {         /* the second byte's range depends on the first */
            if (c == 0xE0) ok = b >= 0xA0;
            else if (c == 0xED) ok = b < 0xA0;
            else if (c == 0xF0) ok = b >= 0x90;
            else if (c == 0xF4) ok = b < 0x90;
        }
        if (!ok)
            return *badlen = i, "invalid continuation byte";
    }
    return "invalid start byte";
}

static int utf8_error(const char *run, const char *bad, size_t avail, char *msg,
                      size_t msgsize)
{
    int badlen;
    const char *why = utf8_reason((const unsigned char *)bad, avail, &badlen);
    long pos = (long)(bad - run);
    if (badlen == 1)
        snprintf(msg, msgsize, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                 "position %ld: %s", (unsigned char)*bad, pos, why);
    else
        snprintf(msg, msgsize, "(unicode error) 'utf-8' codec can't decode bytes in "
                 "position %ld-%ld: %s", pos, pos + badlen - 1, why);
    return -1;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Copies one non-ASCII character (validated); returns its length or -1. vpos counts
   CPython's positions (10 per character). */
static int copy_utf8(const char *s, const char *end, const char *run, char *out, long *vpos,
                     char *msg, size_t msgsize)
{
    unsigned cp;
    int n = lex_utf8_decode((const unsigned char *)s, (size_t)(end - s), &cp);
    if (n == 0)
        return utf8_error(run, s, (size_t)(end - s), msg, msgsize);
    memcpy(out, s, (size_t)n);
    *vpos += 10;
    return n;
}

int lex_unescape(const char *s, size_t n, bool raw, char *out, size_t *outn, char *msg,
                 size_t msgsize)
{
    const char *end = s + n, *run = s;
    char *o = out;
    long vpos = 0;              /* position in CPython's escaped copy */
    bool named = false;
    while (s < end) {
        unsigned char c = (unsigned char)*s;
        if (c == '\r') {
            *o++ = '\n';
            s += (s + 1 < end && s[1] == '\n') ? 2 : 1;
            vpos++;
            continue;
        }
        if (c >= 0x80) {
            if (!raw && !(s > run && (unsigned char)s[-1] >= 0x80))
                run = s;
            int k = copy_utf8(s, end, run, o, &vpos, msg, msgsize);
            if (k < 0)
                return -1;
            s += k;
            o += k;
            continue;
        }
        if (c != '\\' || raw) {
            *o++ = (char)c;
            s++;
            vpos++;
            continue;
        }
        /* an escape */
        long start = vpos;
        s++;
        if (s >= end || (unsigned char)*s >= 0x80) {
            *o++ = '\\';        /* CPython turns it into \u005c: a plain backslash */
            vpos += 6;
            continue;
        }
        c = (unsigned char)*s++;
        vpos += 2;
        switch (c) {
        case '\n': continue;
        case '\r':
            if (s < end && *s == '\n')
                s++;
            continue;
        case '\\': *o++ = '\\'; continue;
        case '\'': *o++ = '\''; continue;
        case '"': *o++ = '"'; continue;
        case 'b': *o++ = '\b'; continue;
        case 'f': *o++ = '\f'; continue;
        case 't': *o++ = '\t'; continue;
        case 'n': *o++ = '\n'; continue;
        case 'r': *o++ = '\r'; continue;
        case 'v': *o++ = '\v'; continue;
        case 'a': *o++ = '\a'; continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned ch = c - '0';
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++) {
                ch = (ch << 3) + (unsigned)(*s++ - '0');
                vpos++;
            }
            o += lex_utf8_encode(ch, o);
            continue;
        }
        case 'x': case 'u': case 'U': {
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            const char *what = c == 'x' ? "truncated \\xXX escape"
                             : c == 'u' ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
            unsigned long ch = 0;
            for (; count; count--, s++, vpos++) {
                int h = s < end ? hexval((unsigned char)*s) : -1;
                if (h < 0)
                    goto escape_error;
                ch = (ch << 4) + (unsigned)h;
            }
            if (ch > 0x10FFFF) {
                what = "illegal Unicode character";
                goto escape_error;
            }
            o += lex_utf8_encode((unsigned)ch, o);
            continue;
        escape_error:
            snprintf(msg, msgsize, "(unicode error) 'unicodeescape' codec can't decode bytes "
                     "in position %ld-%ld: %s", start, vpos - 1, what);
            return -1;
        }
        case 'N':               /* kept as written: the caller refuses it */
            *o++ = '\\';
            *o++ = 'N';
            named = true;
            continue;
        default:                /* unknown escapes stay as they are */
            *o++ = '\\';
            *o++ = (char)c;
            continue;
        }
    }
    *outn = (size_t)(o - out);
    return named ? 1 : 0;
}
