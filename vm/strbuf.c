/*
** strbuf.c — StrBuf, the growable byte buffer strings are built with, and the
** printf-like formatting (str_format, sb_addf) behind every error message.
**
** A StrBuf remembers the first allocation failure (MemoryError is then pending) and
** ignores further appends, so callers append freely and check once, at sb_finish.
*/
#include <stdio.h>
#include <string.h>
#include "str.h"
#include "ops.h"

void sb_init(StrBuf *b, rill_vm *vm)
{
    b->vm = vm;
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
    b->str = NULL;
}

/* Makes room for n more bytes; false (and b->failed) on failure. The bytes live in a
   str object from the start, so that sb_finish hands it over without a copy. */
static bool sb_reserve(StrBuf *b, size_t n)
{
    if (b->failed) return false;
    if (b->cap - b->len >= n) return true;
    if (n > SIZE_MAX / 4 - b->len) {
        exc_nomem(b->vm);
        b->failed = true;
        return false;
    }
    size_t need = b->len + n, ncap = b->cap ? b->cap : 64;
    while (ncap < need) ncap += ncap >> 1 > 64 ? ncap >> 1 : 64;
    RStr *s = b->str ? obj_resize(b->vm, b->str, sizeof(RStr) + b->cap + 1,
                                  sizeof(RStr) + ncap + 1)
                     : str_alloc(b->vm, ncap);
    if (!s) {
        b->failed = true;
        return false;
    }
    s->len = ncap;                  /* keeps obj_size() equal to the allocation */
    b->str = s;
    b->data = s->data;
    b->cap = ncap;
    return true;
}

void sb_add(StrBuf *b, const char *s, size_t n)
{
    if (n == 0 || !sb_reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

void sb_adds(StrBuf *b, const char *s)
{
    sb_add(b, s, strlen(s));
}

void sb_addc(StrBuf *b, char c)
{
    if (b->len < b->cap || sb_reserve(b, 1)) b->data[b->len++] = c;
}

void sb_add_codepoint(StrBuf *b, uint32_t cp)
{
    char buf[4];
    sb_add(b, buf, (size_t)utf8_encode(cp, buf));
}

void sb_add_str(StrBuf *b, RStr *s)
{
    sb_add(b, s->data, s->len);
}

static void add_small_int(StrBuf *b, intptr_t i)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)i);
    sb_add(b, buf, (size_t)n);
}

/* Appends a string made by a protocol call (repr/str), releasing it; -1 on error. */
static int add_made(StrBuf *b, RStr *s)
{
    if (!s) {
        b->failed = true;
        return -1;
    }
    sb_add_str(b, s);
    obj_decref(b->vm, s);
    return b->failed ? -1 : 0;
}

int sb_add_repr(StrBuf *b, Value v)
{
    if (b->failed) return -1;
    if (v_is_int(v)) add_small_int(b, v_as_int(v));
    else if (v_is_str(v) && v_obj(v)->cls == b->vm->cls_str) sb_add_str_repr(b, v_str(v));
    else return add_made(b, obj_repr(b->vm, v));
    return b->failed ? -1 : 0;
}

int sb_add_strof(StrBuf *b, Value v)
{
    if (b->failed) return -1;
    if (v_is_int(v)) add_small_int(b, v_as_int(v));
    else if (v_is_str(v) && v_obj(v)->cls == b->vm->cls_str) sb_add_str(b, v_str(v));
    else return add_made(b, obj_str(b->vm, v));
    return b->failed ? -1 : 0;
}

void sb_vaddf(StrBuf *b, const char *fmt, va_list ap)
{
    char buf[64];
    const char *run = fmt;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') continue;
        sb_add(b, run, (size_t)(p - run));
        const char *spec = p++;
        int n = -1;                     /* bytes of buf to append */
        switch (*p) {
        case 's': sb_adds(b, va_arg(ap, const char *)); break;
        case 'd': case 'i': n = snprintf(buf, sizeof buf, "%d", va_arg(ap, int)); break;
        case 'u': n = snprintf(buf, sizeof buf, "%u", va_arg(ap, unsigned)); break;
        case 'x': n = snprintf(buf, sizeof buf, "%x", va_arg(ap, unsigned)); break;
        case 'c': sb_add_codepoint(b, (uint32_t)va_arg(ap, int)); break;
        case '%': sb_addc(b, '%'); break;
        case 'T': sb_adds(b, v_typename(b->vm, va_arg(ap, Value))); break;
        case 'R': sb_add_repr(b, va_arg(ap, Value)); break;
        case 'S': sb_add_strof(b, va_arg(ap, Value)); break;
        case 'U': sb_add_str(b, va_arg(ap, RStr *)); break;
        case 'p': n = snprintf(buf, sizeof buf, "%p", va_arg(ap, void *)); break;
        case 'z':
            if (p[1] == 'd') n = snprintf(buf, sizeof buf, "%zd", va_arg(ap, ptrdiff_t));
            else if (p[1] == 'u') n = snprintf(buf, sizeof buf, "%zu", va_arg(ap, size_t));
            else if (p[1] == 'x') n = snprintf(buf, sizeof buf, "%zx", va_arg(ap, size_t));
            else goto unknown;
            p++;
            break;
        case 'l':
            if (p[1] == 'l') {
                if (p[2] == 'd' || p[2] == 'i')
                    n = snprintf(buf, sizeof buf, "%lld", va_arg(ap, long long));
                else if (p[2] == 'u')
                    n = snprintf(buf, sizeof buf, "%llu", va_arg(ap, unsigned long long));
                else if (p[2] == 'x')
                    n = snprintf(buf, sizeof buf, "%llx", va_arg(ap, unsigned long long));
                else goto unknown;
                p += 2;
            } else {
                if (p[1] == 'd' || p[1] == 'i')
                    n = snprintf(buf, sizeof buf, "%ld", va_arg(ap, long));
                else if (p[1] == 'u')
                    n = snprintf(buf, sizeof buf, "%lu", va_arg(ap, unsigned long));
                else if (p[1] == 'x')
                    n = snprintf(buf, sizeof buf, "%lx", va_arg(ap, unsigned long));
                else goto unknown;
                p++;
            }
            break;
        default:
        unknown:
            /* Not a conversion we know: copy it through rather than guess at va_arg. */
            p = spec;
            sb_addc(b, '%');
            break;
        }
        if (n > 0) sb_add(b, buf, (size_t)n);
        run = p + 1;
        if (*p == '\0') break;
    }
    sb_adds(b, run);
}

void sb_addf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vaddf(b, fmt, ap);
    va_end(ap);
}

RStr *sb_finish(StrBuf *b)
{
    RStr *s = NULL;
    if (b->failed) {
        /* nothing */
    } else if (b->len <= 1) {
        s = str_new(b->vm, b->data ? b->data : "", b->len);    /* the shared '' or char */
    } else {
        s = b->str;
        if (b->cap != b->len) {    /* obj_size() must match the allocation: trim */
            s = obj_resize(b->vm, s, sizeof(RStr) + b->cap + 1, sizeof(RStr) + b->len + 1);
            if (!s) {
                sb_free(b);
                return NULL;
            }
        }
        b->str = NULL;
        s->len = b->len;
        str_finish(s);
    }
    sb_free(b);
    return s;
}

void sb_free(StrBuf *b)
{
    if (b->str) obj_decref(b->vm, b->str);
    b->str = NULL;
    b->data = NULL;
    b->len = b->cap = 0;
}

RStr *str_vformat(rill_vm *vm, const char *fmt, va_list ap)
{
    StrBuf b;
    sb_init(&b, vm);
    sb_vaddf(&b, fmt, ap);
    return sb_finish(&b);
}

RStr *str_format(rill_vm *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    RStr *s = str_vformat(vm, fmt, ap);
    va_end(ap);
    return s;
}
