/*
** fileobj.c — file objects: open(), the class _io.TextIOWrapper (reading by size, by
** line and by iteration; writing; flush, close, seek, tell; the context manager),
** io.UnsupportedOperation, and the io / _io modules. The standard streams that sys
** and input() use are in stdio.c, made here by fileobj_std_stream.
**
** Text files only, UTF-8 only (DESIGN: rill has no bytes type). A file reads its
** descriptor in 8 KiB chunks, validates each chunk as UTF-8 as it arrives (with
** CPython's error messages) and keeps it in its buffer untranslated; newlines are
** translated as lines and strings are cut from the buffer, so that tell() can count
** bytes and a file of any size streams through a loop in constant memory. Writes go
** through the same buffer (a file is read-only or write-only: no '+' mode).
**
** No global state: the classes live in the _io module, which open() and input() are
** bound to (their __self__, as CPython's built-ins are bound to their module) and
** which sys.modules['_io'] also holds; every file keeps a reference to
** io.UnsupportedOperation for the errors it raises.
*/
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "fileobj.h"
#include "stdlib.h"
#include "builtins.h"
#include "../vm/ops.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/seq.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/exc.h"
#include "../vm/module.h"

/* Reading decodes the file in chunks of CPython's size (8 KiB, after the bytes held back
   from the previous chunk), so that a file read by lines raises a decode error at the
   same line, with the same position, as CPython. Writes are buffered 64 KiB at a time. */
#define READ_CHUNK 8192
#define WRITE_BUFSIZE 65536

/* newline= of open(): None translates \r\n and \r to \n on input */
enum { NL_UNIVERSAL, NL_UNTRANSLATED, NL_LF, NL_CR, NL_CRLF };

enum {
    F_READ = 1 << 0,
    F_WRITE = 1 << 1,
    F_CLOSED = 1 << 2,
    F_CLOSEFD = 1 << 3,     /* close() closes the descriptor */
    F_LINEBUF = 1 << 4,     /* buffering=1: flush after each write with a newline */
    F_NOTELL = 1 << 5,      /* iterating: tell() is refused, as CPython refuses it */
    F_CONSOLE = 1 << 6,     /* sys.stdout / sys.stderr: writes go to vm_write(fd) */
    F_STDIN = 1 << 7,       /* sys.stdin: fd 0, readable only when files are allowed */
};

typedef struct RFile {
    RObj h;
    int fd;                 /* -1 once closed */
    uint16_t flags;
    uint8_t newline;
    /* Bytes read but not yet in the buffer: the start of a UTF-8 sequence that the
       next chunk completes, or a '\r' whose successor decides where a line ends. */
    uint8_t npend;
    bool pend_cr;
    char pend[4];
    char *buf;              /* buf_size() bytes once used, else NULL */
    size_t pos, len;        /* reading: valid text buf[pos..len); writing: buf[0..len) */
    Value name;             /* the path (str) or the descriptor (int) */
    RStr *mode, *encoding, *errors;
    RClass *unsupported;    /* io.UnsupportedOperation */
} RFile;

static const NativeOps file_ops;
static const CFuncDef open_def;

bool fileobj_check(Value v)
{
    return v_is_kind(v, K_NATIVE) && v_obj(v)->cls->native == &file_ops;
}

/* ---- errors ----------------------------------------------------------------------- */

static Value err_closed(rill_vm *vm)
{
    return exc_raisef(vm, vm->exc_ValueError, "I/O operation on closed file.");
}

/* CPython words a few checks without the final period. */
static Value err_closed_np(rill_vm *vm)
{
    return exc_raisef(vm, vm->exc_ValueError, "I/O operation on closed file");
}

static Value err_unsupported(rill_vm *vm, RFile *f, const char *msg)
{
    return exc_raisef(vm, f->unsupported, "%s", msg);
}

static int check_readable(rill_vm *vm, RFile *f)
{
    if (f->flags & F_CLOSED) return err_closed(vm), -1;
    if (!(f->flags & F_READ)) return err_unsupported(vm, f, "not readable"), -1;
    if ((f->flags & F_STDIN) && !vm->cfg.allow_files)
        return exc_raisef_i(vm, vm->exc_PermissionError, "stdin access is disabled in this VM");
    return 0;
}

static int check_writable(rill_vm *vm, RFile *f)
{
    if (f->flags & F_CLOSED) return err_closed(vm), -1;
    if (!(f->flags & F_WRITE)) return err_unsupported(vm, f, "not writable"), -1;
    return 0;
}

/* ---- the descriptor ------------------------------------------------------------------- */

static intptr_t raw_read(rill_vm *vm, RFile *f, char *p, size_t n)
{
    for (;;) {
        ssize_t r = read(f->fd, p, n);
        if (r >= 0) return (intptr_t)r;
        int err = errno;
        if (err != EINTR) return exc_raise_errno(vm, err, V_NULL), -1;
        if (vm_check_interrupt(vm) < 0) return -1;
    }
}

/* All of p[0..n), or the errno of the failure (0 on success). Raises nothing, so that a
   file dying with unflushed data can be flushed from its destroy hook. */
static int write_fd(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t r = write(fd, p, n);
        if (r < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        p += r;
        n -= (size_t)r;
    }
    return 0;
}

static int raw_write(rill_vm *vm, int fd, const char *p, size_t n)
{
    int err = write_fd(fd, p, n);
    return err ? (exc_raise_errno(vm, err, V_NULL), -1) : 0;
}

static size_t buf_size(const RFile *f)
{
    return f->flags & F_READ ? READ_CHUNK + sizeof f->pend : WRITE_BUFSIZE;
}

static int ensure_buf(rill_vm *vm, RFile *f)
{
    if (f->buf) return 0;
    f->buf = mem_alloc(vm, buf_size(f));
    return f->buf ? 0 : -1;
}

static void drop_buf(rill_vm *vm, RFile *f)
{
    if (f->buf) mem_free(vm, f->buf, buf_size(f));
    f->buf = NULL;
    f->pos = f->len = 0;
    f->npend = 0;
    f->pend_cr = false;
}

/* Writes out what the write buffer holds. */
static int flush_buf(rill_vm *vm, RFile *f)
{
    if (!(f->flags & F_WRITE) || f->len == 0) return 0;
    size_t n = f->len;
    f->len = 0;
    return raw_write(vm, f->fd, f->buf, n);
}

static int buffered_write(rill_vm *vm, RFile *f, const char *p, size_t n)
{
    if (ensure_buf(vm, f) < 0) return -1;
    if (f->len + n <= WRITE_BUFSIZE) {
        memcpy(f->buf + f->len, p, n);
        f->len += n;
        return 0;
    }
    if (flush_buf(vm, f) < 0) return -1;
    if (n >= WRITE_BUFSIZE) return raw_write(vm, f->fd, p, n);
    memcpy(f->buf, p, n);
    f->len = n;
    return 0;
}

/* ---- UTF-8 validation ------------------------------------------------------------------
   As CPython's decoder: the length of the valid prefix of s[0..n). Where it stops short,
   *reason names the error of the errlen bytes found there, or is NULL when (not final)
   the rest is the start of a sequence the next chunk may complete. */
static size_t utf8_check(const unsigned char *s, size_t n, bool final, size_t *errlen,
                         const char **reason)
{
    size_t i = 0;
    *reason = NULL;
    *errlen = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            while (i + 8 <= n) {
                uint64_t w;
                memcpy(&w, s + i, 8);
                if (w & 0x8080808080808080ull) break;
                i += 8;
            }
            while (i < n && s[i] < 0x80) i++;
            continue;
        }
        unsigned c = s[i], lo = 0x80, hi = 0xBF;
        size_t need, avail = n - i;
        if (c < 0xC2) {
            goto bad_start;
        } else if (c < 0xE0) {
            need = 2;
        } else if (c < 0xF0) {
            need = 3;
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;      /* no surrogates */
        } else if (c < 0xF5) {
            need = 4;
            if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;      /* nothing above U+10FFFF */
        } else {
            goto bad_start;
        }
        if (avail < 2) goto truncated;
        if (s[i + 1] < lo || s[i + 1] > hi) {
            /* CPython's incremental decoder waits on a lone surrogate's first two bytes */
            if (!final && avail == 2 && c == 0xED && s[i + 1] >= 0xA0) return i;
            *errlen = 1;
            goto bad_continuation;
        }
        if (need >= 3) {
            if (avail < 3) goto truncated;
            if ((s[i + 2] & 0xC0) != 0x80) {
                *errlen = 2;
                goto bad_continuation;
            }
            if (need == 4) {
                if (avail < 4) goto truncated;
                if ((s[i + 3] & 0xC0) != 0x80) {
                    *errlen = 3;
                    goto bad_continuation;
                }
            }
        }
        i += need;
    }
    return n;
truncated:
    if (final) {
        *errlen = n - i;
        *reason = "unexpected end of data";
    }
    return i;
bad_continuation:
    *reason = "invalid continuation byte";
    return i;
bad_start:
    *errlen = 1;
    *reason = "invalid start byte";
    return i;
}

static void raise_decode(rill_vm *vm, const unsigned char *at, size_t pos, size_t errlen,
                         const char *reason)
{
    if (errlen == 1)
        exc_raisef(vm, vm->exc_UnicodeDecodeError,
                   "'utf-8' codec can't decode byte 0x%s%x in position %zu: %s",
                   at[0] < 16 ? "0" : "", (unsigned)at[0], pos, reason);
    else
        exc_raisef(vm, vm->exc_UnicodeDecodeError,
                   "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                   pos, pos + errlen - 1, reason);
}

/* ---- reading --------------------------------------------------------------------------- */

/* Replaces the (consumed) buffer with the next chunk of the file: valid text in
   buf[0..len), returned as its length; 0 at the end of the file, -1 on error. *base is
   the decoder position of the chunk's first byte, for error messages; it advances. */
static intptr_t fill(rill_vm *vm, RFile *f, size_t *base)
{
    /* a long line or read() loops here without returning to the interpreter */
    if (ensure_buf(vm, f) < 0 || vm_check_interrupt(vm) < 0) return -1;
    f->pos = f->len = 0;
    for (;;) {
        size_t n = f->npend, skip = f->pend_cr ? 1 : 0;
        memcpy(f->buf, f->pend, n);
        intptr_t r = raw_read(vm, f, f->buf + n, READ_CHUNK);
        if (r < 0) return -1;
        f->npend = 0;
        f->pend_cr = false;
        n += (size_t)r;
        bool final = r == 0;
        size_t errlen;
        const char *reason;
        size_t ok = skip + utf8_check((const unsigned char *)f->buf + skip, n - skip, final,
                                      &errlen, &reason);
        if (reason) {
            /* a held-back '\r' is not part of the decoder's input in CPython */
            raise_decode(vm, (const unsigned char *)f->buf + ok, *base + ok - skip, errlen,
                         reason);
            return -1;
        }
        *base += ok - skip;
        if (ok < n) {
            memcpy(f->pend, f->buf + ok, n - ok);
            f->npend = (uint8_t)(n - ok);
        } else if (!final && ok > 0 && f->buf[ok - 1] == '\r') {
            /* whether "\r" ends a line, or "\r\n" does, the next byte says */
            f->pend[0] = '\r';
            f->npend = 1;
            f->pend_cr = true;
            ok--;
        }
        f->len = ok;
        if (ok > 0 || final) return (intptr_t)ok;
    }
}

/* Appends text p[0..n) to b, translating \r\n and \r to \n for newline=None. */
static void add_text(StrBuf *b, RFile *f, const char *p, size_t n)
{
    const char *end = p + n;
    if (f->newline != NL_UNIVERSAL) {
        sb_add(b, p, n);
        return;
    }
    while (p < end) {
        const char *cr = memchr(p, '\r', (size_t)(end - p));
        if (!cr) {
            sb_add(b, p, (size_t)(end - p));
            return;
        }
        sb_add(b, p, (size_t)(cr - p));
        sb_addc(b, '\n');
        p = cr + 1;
        if (p < end && *p == '\n') p++;
    }
}

static RStr *make_text(rill_vm *vm, RFile *f, const char *p, size_t n)
{
    if (f->newline != NL_UNIVERSAL || !memchr(p, '\r', n)) return str_new(vm, p, n);
    StrBuf b;
    sb_init(&b, vm);
    add_text(&b, f, p, n);
    return sb_finish(&b);
}

/* The length of the first line of p[0..n) with its line end, or 0 when no line ends
   there. A '\r' is never the last byte of a chunk except at the end of the file. */
static size_t line_end(RFile *f, const char *p, size_t n)
{
    const char *q;
    switch (f->newline) {
    case NL_LF:
        q = memchr(p, '\n', n);
        return q ? (size_t)(q - p) + 1 : 0;
    case NL_CR:
        q = memchr(p, '\r', n);
        return q ? (size_t)(q - p) + 1 : 0;
    case NL_CRLF:
        for (size_t i = 0; i < n && (q = memchr(p + i, '\r', n - i)); i = (size_t)(q - p) + 1)
            if ((size_t)(q - p) + 1 < n && q[1] == '\n') return (size_t)(q - p) + 2;
        return 0;
    default: {
        const char *lf = memchr(p, '\n', n);
        size_t m = lf ? (size_t)(lf - p) : n;
        q = memchr(p, '\r', m);
        if (!q) return lf ? m + 1 : 0;
        if ((size_t)(q - p) + 1 < n && q[1] == '\n') return (size_t)(q - p) + 2;
        return (size_t)(q - p) + 1;
    }
    }
}

/* Does a line end just before p[i] (of p[0..n))? */
static bool ends_line(RFile *f, const char *p, size_t i, size_t n)
{
    char c = p[i - 1];
    switch (f->newline) {
    case NL_LF: return c == '\n';
    case NL_CR: return c == '\r';
    case NL_CRLF: return c == '\n' && i >= 2 && p[i - 2] == '\r';
    case NL_UNTRANSLATED: return c == '\n' || (c == '\r' && !(i < n && p[i] == '\n'));
    default: return c == '\n' || c == '\r';
    }
}

/* The bytes of p[0..n) that make up at most max characters (a translated \r\n counts
   as one), stopping after a line end when `line`: *nc receives the characters counted,
   *eol whether a line end was reached. */
static size_t scan_chars(RFile *f, const char *p, size_t n, size_t max, bool line,
                         size_t *nc, bool *eol)
{
    size_t i = 0, c = 0;
    *eol = false;
    while (i < n && c < max) {
        unsigned char ch = (unsigned char)p[i];
        size_t w = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
        if (ch == '\r' && f->newline == NL_UNIVERSAL && i + 1 < n && p[i + 1] == '\n') w = 2;
        i += w;
        c++;
        if (line && ends_line(f, p, i, n)) {
            *eol = true;
            break;
        }
    }
    *nc = c;
    return i;
}

/* One line (at most limit characters when limit >= 0); '' at the end of the file. */
static Value read_line(rill_vm *vm, RFile *f, intptr_t limit)
{
    StrBuf b;
    bool accumulating = false;
    size_t got = 0, base = 0;
    for (;;) {
        if (f->pos == f->len) {
            base = 0;
            intptr_t r = fill(vm, f, &base);
            if (r < 0) goto fail;
            if (r == 0) break;
        }
        const char *p = f->buf + f->pos;
        size_t n = f->len - f->pos, take, nc;
        bool done;
        if (limit < 0) {
            size_t e = line_end(f, p, n);
            take = e ? e : n;
            done = e != 0;
        } else {
            take = scan_chars(f, p, n, (size_t)limit - got, true, &nc, &done);
            got += nc;
            done = done || got == (size_t)limit;
        }
        if (done && !accumulating) {
            f->pos += take;
            return v_from_obj(make_text(vm, f, p, take));
        }
        if (!accumulating) {
            sb_init(&b, vm);
            accumulating = true;
        }
        add_text(&b, f, p, take);
        f->pos += take;
        if (done) break;
    }
    if (!accumulating) {
        obj_incref(vm->empty_str);
        return v_from_obj(vm->empty_str);
    }
    return v_from_obj(sb_finish(&b));
fail:
    if (accumulating) sb_free(&b);
    return V_NULL;
}

/* read(): the rest of the file. Decode errors count positions from where it started,
   as CPython's, which decodes the rest in one piece. */
static Value read_all(rill_vm *vm, RFile *f)
{
    StrBuf b;
    sb_init(&b, vm);
    size_t base = 0;
    for (;;) {
        if (f->len > f->pos) add_text(&b, f, f->buf + f->pos, f->len - f->pos);
        f->pos = f->len;
        if (b.failed) break;
        intptr_t r = fill(vm, f, &base);
        if (r < 0) break;
        if (r == 0) return v_from_obj(sb_finish(&b));
    }
    sb_free(&b);
    return V_NULL;
}

static Value read_chars(rill_vm *vm, RFile *f, size_t want)
{
    StrBuf b;
    sb_init(&b, vm);
    size_t got = 0, base = 0;
    while (got < want) {
        if (f->pos == f->len) {
            base = 0;
            intptr_t r = fill(vm, f, &base);
            if (r < 0) goto fail;
            if (r == 0) break;
        }
        const char *p = f->buf + f->pos;
        size_t nc;
        bool eol;
        size_t take = scan_chars(f, p, f->len - f->pos, want - got, false, &nc, &eol);
        add_text(&b, f, p, take);
        f->pos += take;
        got += nc;
        if (b.failed) goto fail;
    }
    return v_from_obj(sb_finish(&b));
fail:
    sb_free(&b);
    return V_NULL;
}

/* ---- writing ---------------------------------------------------------------------------- */

static int write_text(rill_vm *vm, RFile *f, const char *s, size_t n)
{
    if (f->flags & F_CONSOLE) {
        vm_write(vm, f->fd, s, n);
        return 0;
    }
    if (f->newline == NL_CR || f->newline == NL_CRLF) {
        const char *nl = f->newline == NL_CR ? "\r" : "\r\n";
        const char *end = s + n, *p = s;
        while (p < end) {
            const char *q = memchr(p, '\n', (size_t)(end - p));
            size_t seg = q ? (size_t)(q - p) : (size_t)(end - p);
            if (buffered_write(vm, f, p, seg) < 0) return -1;
            if (!q) break;
            if (buffered_write(vm, f, nl, strlen(nl)) < 0) return -1;
            p = q + 1;
        }
    } else if (buffered_write(vm, f, s, n) < 0) {
        return -1;
    }
    if ((f->flags & F_LINEBUF) && (memchr(s, '\n', n) || memchr(s, '\r', n)))
        return flush_buf(vm, f);
    return 0;
}

int fileobj_write(rill_vm *vm, Value fv, const char *s, size_t n)
{
    RFile *f = (RFile *)v_obj(fv);
    if (check_writable(vm, f) < 0) return -1;
    return write_text(vm, f, s, n);
}

static int do_flush(rill_vm *vm, RFile *f)
{
    if (f->flags & F_CONSOLE) {
        /* the default writer goes through C stdio; a host's write_fn has no buffer
           of ours to flush */
        if (!vm->cfg.write_fn) fflush(f->fd == 2 ? stderr : stdout);
        return 0;
    }
    return flush_buf(vm, f);
}

int fileobj_flush(rill_vm *vm, Value fv)
{
    RFile *f = (RFile *)v_obj(fv);
    if (f->flags & F_CLOSED) return err_closed(vm), -1;
    return do_flush(vm, f);
}

/* ---- the object -------------------------------------------------------------------------- */

static void file_traverse(RObj *o, VisitFn visit, void *arg)
{
    RFile *f = (RFile *)o;
    v_visit(f->name, visit, arg);
    if (f->unsupported) visit(&f->unsupported->h, arg);
}

static void file_clear(rill_vm *vm, RObj *o)
{
    RFile *f = (RFile *)o;
    v_store(vm, &f->name, V_NONE);
    obj_store(vm, &f->unsupported, NULL);
}

/* A file that dies open is closed here: what it buffered is written out (errors are
   lost, as CPython loses them), the descriptor closed, the buffer freed. Raises
   nothing: an exception may be propagating through the decref that got us here. */
static void file_destroy(rill_vm *vm, RObj *o)
{
    RFile *f = (RFile *)o;
    if (!(f->flags & F_CLOSED)) {
        if ((f->flags & F_WRITE) && !(f->flags & F_CONSOLE) && f->len > 0)
            (void)write_fd(f->fd, f->buf, f->len);
        if ((f->flags & F_CLOSEFD) && f->fd >= 0) close(f->fd);
        f->flags |= F_CLOSED;
        f->fd = -1;
    }
    drop_buf(vm, f);
    obj_store(vm, &f->mode, NULL);
    obj_store(vm, &f->encoding, NULL);
    obj_store(vm, &f->errors, NULL);
}

static Value file_iternext(rill_vm *vm, RObj *o)
{
    RFile *f = (RFile *)o;
    if (check_readable(vm, f) < 0) return V_NULL;
    f->flags |= F_NOTELL;
    Value line = read_line(vm, f, -1);
    if (line == V_NULL || v_str(line)->len > 0) return line;
    v_decref(vm, line);
    f->flags &= (uint16_t)~F_NOTELL;
    return V_NULL;
}

static const NativeOps file_ops = {
    sizeof(RFile), true, file_traverse, file_clear, file_destroy, file_iternext
};

static RStr *intern(rill_vm *vm, const char *s) { return str_intern_cstr(vm, s); }

static Value module_get(rill_vm *vm, RModule *m, const char *name)
{
    RStr *k = intern(vm, name);
    if (!k) return V_NULL;
    Value v = dict_get_str(m->dict, k);
    obj_decref(vm, k);
    return v;
}

/* A new file object of the io module's class over fd (taken over: closed on failure
   when F_CLOSEFD). name, mode, encoding, errors are borrowed. */
static Value file_new(rill_vm *vm, RModule *io, int fd, uint16_t flags, uint8_t newline,
                      Value name, RStr *mode, RStr *encoding, RStr *errors)
{
    Value cls = module_get(vm, io, "TextIOWrapper");
    Value uns = module_get(vm, io, "UnsupportedOperation");
    RFile *f = NULL;
    if (!vm_exc_pending(vm)) {
        if (!v_is_class(cls) || v_class_obj(cls)->native != &file_ops || !v_is_class(uns))
            exc_raisef(vm, vm->exc_RuntimeError, "the io module is no longer available");
        else
            f = obj_alloc(vm, K_NATIVE, v_class_obj(cls), sizeof(RFile), true);
    }
    if (!f) {
        if (flags & F_CLOSEFD) close(fd);
        return V_NULL;
    }
    memset((char *)f + sizeof(RObj), 0, sizeof(RFile) - sizeof(RObj));
    f->fd = fd;
    f->flags = flags;
    f->newline = newline;
    f->name = v_incref(name);
    obj_incref(mode);
    f->mode = mode;
    obj_incref(encoding);
    f->encoding = encoding;
    obj_incref(errors);
    f->errors = errors;
    obj_incref(v_obj(uns));
    f->unsupported = v_class_obj(uns);
    return v_from_obj(f);
}

/* ---- methods ------------------------------------------------------------------------------ */

#define FILE_SELF(meth)                                                               \
    if (!fileobj_check(args[0]))                                                      \
        return bi_bad_self(vm, meth, "_io.TextIOWrapper", args[0]);                   \
    RFile *f = (RFile *)v_obj(args[0])

/* An index-sized int argument (or an object with __index__); CPython's converters
   word the overflow two ways. */
static const char too_big_index[] = "cannot fit 'int' into an index-sized integer";
static const char too_big_ssize[] = "Python int too large to convert to C ssize_t";

static int ssize_arg(rill_vm *vm, Value v, intptr_t *out, const char *too_big)
{
    int64_t i;
    if (int_check(v)) {
        if (v_is_bool(v)) i = v == V_TRUE;
        else if (!int_to_i64(v, &i) || i > INTPTR_MAX || i < INTPTR_MIN)
            return exc_raisef_i(vm, vm->exc_OverflowError, "%s", too_big);
        *out = (intptr_t)i;
        return 0;
    }
    return obj_as_index(vm, v, out);
}

/* size arguments of read() and readlines(): an int or None (-1) */
static int size_arg(rill_vm *vm, const Value *args, size_t nargs, intptr_t *out)
{
    *out = -1;
    if (nargs < 2 || args[1] == V_NONE) return 0;
    if (!int_check(args[1]))
        return exc_raisef_i(vm, vm->exc_TypeError, "argument should be integer or None, not '%T'",
                            args[1]);
    return ssize_arg(vm, args[1], out, too_big_index);
}

static Value m_read(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("read");
    intptr_t size;
    if (size_arg(vm, args, nargs, &size) < 0 || check_readable(vm, f) < 0) return V_NULL;
    return size < 0 ? read_all(vm, f) : read_chars(vm, f, (size_t)size);
}

static Value m_readline(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("readline");
    intptr_t size = -1;
    if (nargs > 1 && ssize_arg(vm, args[1], &size, too_big_ssize) < 0) return V_NULL;
    if (check_readable(vm, f) < 0) return V_NULL;
    return read_line(vm, f, size);
}

static Value m_readlines(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("readlines");
    intptr_t hint;
    if (size_arg(vm, args, nargs, &hint) < 0 || check_readable(vm, f) < 0) return V_NULL;
    RList *l = list_new(vm, 0);
    if (!l) return V_NULL;
    size_t total = 0;
    for (;;) {
        Value line = read_line(vm, f, -1);
        if (line == V_NULL) goto fail;
        size_t nc = v_str(line)->nchars;
        if (nc == 0) {
            v_decref(vm, line);
            break;
        }
        if (list_append_steal(vm, l, line) < 0) goto fail;
        total += nc;
        if (hint > 0 && total > (size_t)hint) break;
    }
    return v_from_obj(l);
fail:
    obj_decref(vm, l);
    return V_NULL;
}

static Value write_str(rill_vm *vm, RFile *f, Value s)
{
    if (!v_is_str(s))
        return exc_raisef(vm, vm->exc_TypeError, "write() argument must be str, not %T", s);
    if (check_writable(vm, f) < 0 || write_text(vm, f, v_str(s)->data, v_str(s)->len) < 0)
        return V_NULL;
    return v_int((intptr_t)v_str(s)->nchars);
}

static Value m_write(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("write");
    return write_str(vm, f, args[1]);
}

static Value m_writelines(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("writelines");
    if (f->flags & F_CLOSED) return err_closed(vm);
    Value it = iter_get(vm, args[1]);
    if (it == V_NULL) return V_NULL;
    for (;;) {
        Value item = iter_next(vm, it);
        if (item == V_NULL) break;
        Value r = write_str(vm, f, item);
        v_decref(vm, item);
        if (r == V_NULL) break;
    }
    v_decref(vm, it);
    return vm_exc_pending(vm) ? V_NULL : V_NONE;
}

static Value m_flush(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("flush");
    if (f->flags & F_CLOSED) return err_closed(vm);
    return do_flush(vm, f) < 0 ? V_NULL : V_NONE;
}

static Value file_close(rill_vm *vm, RFile *f)
{
    if (f->flags & F_CLOSED) return V_NONE;
    int r = do_flush(vm, f);
    f->flags |= F_CLOSED;
    if ((f->flags & F_CLOSEFD) && f->fd >= 0 && close(f->fd) < 0 && r == 0) {
        exc_raise_errno(vm, errno, V_NULL);
        r = -1;
    }
    if (!(f->flags & F_CONSOLE)) f->fd = -1;
    drop_buf(vm, f);
    return r < 0 ? V_NULL : V_NONE;
}

static Value m_close(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("close");
    return file_close(vm, f);
}

/* readable() and writable() of a closed file: CPython answers False for the other
   direction and raises for its own. */
static Value m_readable(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("readable");
    if (!(f->flags & F_READ)) return V_FALSE;
    return f->flags & F_CLOSED ? err_closed_np(vm) : V_TRUE;
}

static Value m_writable(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("writable");
    if (!(f->flags & F_WRITE)) return V_FALSE;
    return f->flags & F_CLOSED ? err_closed_np(vm) : V_TRUE;
}

static bool seekable(RFile *f)
{
    return !(f->flags & F_CONSOLE) && lseek(f->fd, 0, SEEK_CUR) != (off_t)-1;
}

static Value m_seekable(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("seekable");
    if (f->flags & F_CLOSED) return err_closed_np(vm);
    return v_bool(seekable(f));
}

static Value m_isatty(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("isatty");
    if (f->flags & F_CLOSED) return err_closed_np(vm);
    if ((f->flags & F_CONSOLE) && vm->cfg.write_fn) return V_FALSE;
    return v_bool(isatty(f->fd));
}

static Value m_fileno(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("fileno");
    if (f->flags & F_CLOSED) return err_closed_np(vm);
    return v_int(f->fd);
}

/* The byte offset of the next character to read or write: -1 with an error. */
static int64_t position(rill_vm *vm, RFile *f)
{
    if (!seekable(f)) return err_unsupported(vm, f, "underlying stream is not seekable"), -1;
    if (f->flags & F_NOTELL)
        return exc_raisef(vm, vm->exc_OSError, "telling position disabled by next() call"), -1;
    if ((f->flags & F_WRITE) && flush_buf(vm, f) < 0) return -1;
    off_t off = lseek(f->fd, 0, SEEK_CUR);
    if (off == (off_t)-1) return exc_raise_errno(vm, errno, V_NULL), -1;
    if (f->flags & F_READ) off -= (off_t)(f->len - f->pos) + f->npend;
    return (int64_t)off;
}

static Value m_tell(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("tell");
    if (f->flags & F_CLOSED) return err_closed(vm);
    int64_t off = position(vm, f);
    return off < 0 ? V_NULL : int_from_i64(vm, off);
}

static Value m_seek(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("seek");
    intptr_t cookie, whence = 0;
    if (ssize_arg(vm, args[1], &cookie, too_big_ssize) < 0) return V_NULL;
    if (nargs > 2 && ssize_arg(vm, args[2], &whence, too_big_ssize) < 0) return V_NULL;
    if (f->flags & F_CLOSED) return err_closed(vm);
    if (!seekable(f)) return err_unsupported(vm, f, "underlying stream is not seekable");
    int how = SEEK_SET;
    if (whence == 1) {
        if (cookie != 0) return err_unsupported(vm, f, "can't do nonzero cur-relative seeks");
        int64_t off = position(vm, f);
        if (off < 0) return V_NULL;
        cookie = (intptr_t)off;
    } else if (whence == 2) {
        if (cookie != 0) return err_unsupported(vm, f, "can't do nonzero end-relative seeks");
        how = SEEK_END;
    } else if (whence != 0) {
        return exc_raisef(vm, vm->exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)",
                          (ptrdiff_t)whence);
    }
    if (cookie < 0)
        return exc_raisef(vm, vm->exc_ValueError, "negative seek position %zd", (ptrdiff_t)cookie);
    if ((f->flags & F_WRITE) && flush_buf(vm, f) < 0) return V_NULL;
    if (f->flags & F_READ) {
        f->pos = f->len = 0;
        f->npend = 0;
        f->pend_cr = false;
    }
    off_t off = lseek(f->fd, (off_t)cookie, how);
    if (off == (off_t)-1) return exc_raise_errno(vm, errno, V_NULL);
    return int_from_i64(vm, (int64_t)off);
}

static Value m_enter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("__enter__");
    if (f->flags & F_CLOSED) return err_closed(vm);
    return v_incref(args[0]);
}

static Value m_exit(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    if (bi_missing_self(vm, nargs, "TextIOWrapper.__exit__")) return V_NULL;
    FILE_SELF("__exit__");
    return file_close(vm, f);
}

static Value m_iter(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("__iter__");
    if (f->flags & F_CLOSED) return err_closed(vm);
    return v_incref(args[0]);
}

static Value m_next(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("__next__");
    Value r = file_iternext(vm, &f->h);
    if (r == V_NULL && !vm_exc_pending(vm)) {
        RExc *e = exc_new(vm, vm->exc_StopIteration, NULL);
        if (e) exc_set(vm, e);
    }
    return r;
}

static Value m_repr(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    FILE_SELF("__repr__");
    return v_from_obj(str_format(vm, "<_io.TextIOWrapper name=%R mode=%R encoding=%R>", f->name,
                                 v_from_obj(f->mode), v_from_obj(f->encoding)));
}

static const CFuncDef file_methods[] = {
    { "read", m_read, CF_METHOD, 0, 1, "Read at most size characters (all when size < 0)." },
    { "readline", m_readline, CF_METHOD, 0, 1, "Read one line." },
    { "readlines", m_readlines, CF_METHOD, 0, 1, "Return a list of lines." },
    { "write", m_write, CF_METHOD, 1, 1, "Write a string; return the number of characters." },
    { "writelines", m_writelines, CF_METHOD, 1, 1, "Write each string of an iterable." },
    { "flush", m_flush, CF_METHOD, 0, 0, "Write out buffered data." },
    { "close", m_close, CF_METHOD, 0, 0, "Flush and close the file." },
    { "readable", m_readable, CF_METHOD, 0, 0, "Can the file be read?" },
    { "writable", m_writable, CF_METHOD, 0, 0, "Can the file be written?" },
    { "seekable", m_seekable, CF_METHOD, 0, 0, "Can the position be changed?" },
    { "isatty", m_isatty, CF_METHOD, 0, 0, "Is the file a terminal?" },
    { "fileno", m_fileno, CF_METHOD, 0, 0, "Return the file descriptor." },
    { "tell", m_tell, CF_METHOD, 0, 0, "Return the byte position." },
    { "seek", m_seek, CF_METHOD, 1, 2, "Change the position: seek(offset, whence=0)." },
    { "__enter__", m_enter, CF_METHOD, 0, 0, "Return self." },
    { "__exit__", m_exit, CF_METHOD, -1, -1, "Close the file." },
    { "__iter__", m_iter, CF_METHOD, 0, 0, "Implement iter(self)." },
    { "__next__", m_next, CF_METHOD, 0, 0, "Implement next(self)." },
    { "__repr__", m_repr, CF_METHOD, 0, 0, "Return repr(self)." },
    { NULL, NULL, 0, 0, 0, NULL }
};

static Value g_closed(rill_vm *vm, Value self)
{
    return v_bool(((RFile *)v_obj(self))->flags & F_CLOSED);
}
static Value g_name(rill_vm *vm, Value self) { return v_incref(((RFile *)v_obj(self))->name); }
static Value g_mode(rill_vm *vm, Value self)
{
    return v_incref(v_from_obj(((RFile *)v_obj(self))->mode));
}
static Value g_encoding(rill_vm *vm, Value self)
{
    return v_incref(v_from_obj(((RFile *)v_obj(self))->encoding));
}
static Value g_errors(rill_vm *vm, Value self)
{
    return v_incref(v_from_obj(((RFile *)v_obj(self))->errors));
}
static Value g_line_buffering(rill_vm *vm, Value self)
{
    return v_bool(((RFile *)v_obj(self))->flags & F_LINEBUF);
}

static const GetSetDef file_getsets[] = {
    { "closed", g_closed, NULL },
    { "name", g_name, NULL },
    { "mode", g_mode, NULL },
    { "encoding", g_encoding, NULL },
    { "errors", g_errors, NULL },
    { "line_buffering", g_line_buffering, NULL },
    { NULL, NULL, NULL }
};

/* ---- open() --------------------------------------------------------------------------------- */

/* A str-or-None argument of open(): NULL for None. */
static int opt_str(rill_vm *vm, Value v, const char *what, RStr **out)
{
    *out = NULL;
    if (v == V_NULL || v == V_NONE) return 0;
    if (!v_is_str(v))
        return exc_raisef_i(vm, vm->exc_TypeError, "open() argument '%s' must be str or None, "
                            "not %T", what, v);
    *out = v_str(v);
    return 0;
}

/* Mode letters, checked as CPython checks them; *oflags receives open(2)'s flags. */
static int parse_mode(rill_vm *vm, RStr *mode, int *oflags, uint16_t *flags)
{
    int r = 0, w = 0, a = 0, x = 0, plus = 0, t = 0, b = 0;
    for (size_t i = 0; i < mode->len; i++) {
        char c = mode->data[i];
        switch (c) {
        case 'r': r = 1; break;
        case 'w': w = 1; break;
        case 'a': a = 1; break;
        case 'x': x = 1; break;
        case '+': plus = 1; break;
        case 't': t = 1; break;
        case 'b': b = 1; break;
        default: goto invalid;
        }
        if (memchr(mode->data + i + 1, c, mode->len - i - 1)) goto invalid;
    }
    if (t && b)
        return exc_raisef_i(vm, vm->exc_ValueError, "can't have text and binary mode at once");
    if (r + w + a + x > 1)
        return exc_raisef_i(vm, vm->exc_ValueError,
                            "must have exactly one of create/read/write/append mode");
    if (r + w + a + x == 0)
        return exc_raisef_i(vm, vm->exc_ValueError, "Must have exactly one of create/read/write/"
                            "append mode and at most one plus");
    if (b || plus)
        return exc_raisef_i(vm, vm->exc_ValueError,
                            "rill does not support binary or update modes (%R)", v_from_obj(mode));
    *oflags = r ? O_RDONLY : O_WRONLY | O_CREAT | (w ? O_TRUNC : a ? O_APPEND : O_EXCL);
    *flags = r ? F_READ : F_WRITE;
    return 0;
invalid:
    return exc_raisef_i(vm, vm->exc_ValueError, "invalid mode: %R", v_from_obj(mode));
}

/* utf-8 under any of the names Python accepts for it */
static bool is_utf8(RStr *enc)
{
    char norm[16];
    size_t n = 0;
    for (size_t i = 0; i < enc->len; i++) {
        char c = enc->data[i];
        if (c == '-' || c == '_' || c == ' ') continue;
        if (n == sizeof norm - 1) return false;
        norm[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    norm[n] = 0;
    return !strcmp(norm, "utf8") || !strcmp(norm, "u8") || !strcmp(norm, "utf") ||
           !strcmp(norm, "cp65001");
}

static int parse_newline(rill_vm *vm, RStr *nl, uint8_t *out)
{
    if (!nl) *out = NL_UNIVERSAL;
    else if (nl->len == 0) *out = NL_UNTRANSLATED;
    else if (str_eq_cstr(nl, "\n")) *out = NL_LF;
    else if (str_eq_cstr(nl, "\r")) *out = NL_CR;
    else if (str_eq_cstr(nl, "\r\n")) *out = NL_CRLF;
    else return exc_raisef_i(vm, vm->exc_ValueError, "illegal newline value: %U", nl);
    return 0;
}

/* The descriptor for open()'s file argument, through opener when one is given. */
static int open_fd(rill_vm *vm, Value file, int oflags, Value opener)
{
    if (opener != V_NULL && opener != V_NONE) {
        Value a[2] = { file, v_int(oflags) };
        Value r = call_value(vm, opener, a, 2, NULL);
        if (r == V_NULL) return -1;
        int64_t fd;
        bool ok = int_check(r) && int_to_i64(r, &fd);
        v_decref(vm, r);
        if (!ok) return exc_raisef_i(vm, vm->exc_TypeError, "expected integer from opener");
        if (fd < 0 || fd > INT32_MAX)
            return exc_raisef_i(vm, vm->exc_ValueError, "opener returned %lld", (long long)fd);
        return (int)fd;
    }
    int fd;
    do {
        fd = open(v_str(file)->data, oflags | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR && vm_check_interrupt(vm) == 0);
    if (fd < 0 && !vm_exc_pending(vm)) exc_raise_errno(vm, errno, file);
    return fd;
}

/* What CPython checks once it has the descriptor: what it is (a directory opens for
   reading), then the text layer's arguments. 0 / -1. */
static int check_opened(rill_vm *vm, int fd, Value file, intptr_t buffering, RStr *encoding,
                        RStr *errors, RStr *newline, uint8_t *nl)
{
    struct stat st;
    if (fstat(fd, &st) < 0) return exc_raise_errno(vm, errno, V_NULL), -1;
    if (S_ISDIR(st.st_mode)) return exc_raise_errno(vm, EISDIR, file), -1;
    if (buffering == 0)
        return exc_raisef_i(vm, vm->exc_ValueError, "can't have unbuffered text I/O");
    if (encoding && !is_utf8(encoding))
        return exc_raisef_i(vm, vm->exc_LookupError, "rill supports only the utf-8 encoding, "
                            "not %R", v_from_obj(encoding));
    if (errors && !str_eq_cstr(errors, "strict"))
        return exc_raisef_i(vm, vm->exc_ValueError, "rill supports only errors='strict', not %R",
                            v_from_obj(errors));
    return parse_newline(vm, newline, nl);
}

static Value io_open(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RModule *io = (RModule *)v_obj(args[0]);
    Value a[8];
    if (arg_parse(vm, "open", args + 1, nargs - 1, kw,
                  "file | mode buffering encoding errors newline closefd opener", a) < 0)
        return V_NULL;
    Value file = a[0];
    RStr *mode, *encoding, *errors, *newline;
    intptr_t buffering = -1, closefd = 1;
    if (a[1] != V_NULL && !v_is_str(a[1]))
        return exc_raisef(vm, vm->exc_TypeError, "open() argument 'mode' must be str, not %s",
                          a[1] == V_NONE ? "None" : v_typename(vm, a[1]));
    if ((a[2] != V_NULL && ssize_arg(vm, a[2], &buffering, too_big_ssize) < 0) ||
        opt_str(vm, a[3], "encoding", &encoding) < 0 || opt_str(vm, a[4], "errors", &errors) < 0 ||
        opt_str(vm, a[5], "newline", &newline) < 0 ||
        (a[6] != V_NULL && ssize_arg(vm, a[6], &closefd, too_big_ssize) < 0))
        return V_NULL;
    if (!vm->cfg.allow_files)
        return exc_raisef(vm, vm->exc_PermissionError, "file access is disabled in this VM");
    RStr *dflt_mode = a[1] == V_NULL ? intern(vm, "r") : NULL;
    if (a[1] == V_NULL && !dflt_mode) return V_NULL;
    mode = a[1] == V_NULL ? dflt_mode : v_str(a[1]);
    int oflags = 0;
    uint16_t flags = 0;
    Value result = V_NULL;
    RStr *enc_name = NULL, *err_name = NULL;
    if (parse_mode(vm, mode, &oflags, &flags) < 0) goto done;
    bool is_fd = v_is_int(file) || v_is_bool(file);
    if (!is_fd && !v_is_str(file)) {
        exc_raisef(vm, vm->exc_TypeError, "expected str, bytes or os.PathLike object, not %T",
                   file);
        goto done;
    }
    if (!is_fd && !closefd) {
        exc_raisef(vm, vm->exc_ValueError, "Cannot use closefd=False with file name");
        goto done;
    }
    if (!is_fd && strlen(v_str(file)->data) != v_str(file)->len) {
        exc_raisef(vm, vm->exc_ValueError, "embedded null byte");
        goto done;
    }
    int fd;
    if (is_fd) {
        intptr_t n = v_is_bool(file) ? file == V_TRUE : v_as_int(file);
        if (n < 0) {
            exc_raisef(vm, vm->exc_ValueError, "negative file descriptor");
            goto done;
        }
        if (n > INT32_MAX) {
            exc_raise_errno(vm, EBADF, V_NULL);
            goto done;
        }
        fd = (int)n;
    } else if ((fd = open_fd(vm, file, oflags, a[7])) < 0) {
        goto done;
    }
    if (closefd) flags |= F_CLOSEFD;
    uint8_t nl = NL_UNIVERSAL;
    if (check_opened(vm, fd, file, buffering, encoding, errors, newline, &nl) == 0) {
        if (oflags & O_APPEND) lseek(fd, 0, SEEK_END);
        enc_name = encoding ? (obj_incref(encoding), encoding) : str_from_cstr(vm, "UTF-8");
        err_name = errors ? (obj_incref(errors), errors) : intern(vm, "strict");
    }
    if (!enc_name || !err_name) {
        if (flags & F_CLOSEFD) close(fd);
        goto done;
    }
    if (buffering == 1) flags |= F_LINEBUF;
    result = file_new(vm, io, fd, flags, nl, file, mode, enc_name, err_name);
done:
    obj_xdecref(vm, dflt_mode);
    obj_xdecref(vm, enc_name);
    obj_xdecref(vm, err_name);
    return result;
}

static const CFuncDef open_def = {
    "open", io_open, CF_KEYWORDS, -1, -1,
    "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, "
    "closefd=True, opener=None): open a text file (utf-8) and return a stream."
};

static const CFuncDef input_def = {
    "input", stdio_input, 0, -1, -1,
    "input(prompt=''): read a line from sys.stdin, without its newline."
};

/* ---- the standard streams ---------------------------------------------------------------- */

/* The _io module: sys.modules['_io'], or else the one open() is bound to. */
static RModule *io_module(rill_vm *vm)
{
    RStr *k = intern(vm, "_io");
    if (!k) return NULL;
    Value m = dict_get_str(vm->modules, k);
    obj_decref(vm, k);
    if (v_is_kind(m, K_MODULE)) {
        Value cls = module_get(vm, (RModule *)v_obj(m), "TextIOWrapper");
        if (v_is_class(cls) && v_class_obj(cls)->native == &file_ops) return (RModule *)v_obj(m);
    }
    k = intern(vm, "open");
    if (!k) return NULL;
    Value open = dict_get_str(vm->builtins, k);
    obj_decref(vm, k);
    if (v_is_kind(open, K_CFUNC) && ((RCFunc *)v_obj(open))->def == &open_def &&
        v_is_kind(((RCFunc *)v_obj(open))->self, K_MODULE))
        return (RModule *)v_obj(((RCFunc *)v_obj(open))->self);
    return NULL;
}

Value fileobj_std_stream(rill_vm *vm, int fd)
{
    static const char *const names[3] = { "<stdin>", "<stdout>", "<stderr>" };
    RModule *io = io_module(vm);
    if (!io) {
        if (!vm_exc_pending(vm))
            exc_raisef(vm, vm->exc_RuntimeError, "the io module is no longer available");
        return V_NULL;
    }
    RStr *name = str_from_cstr(vm, names[fd]);
    RStr *mode = intern(vm, fd == 0 ? "r" : "w");
    RStr *enc = str_from_cstr(vm, "utf-8");
    RStr *errs = intern(vm, fd == 2 ? "backslashreplace" : "strict");
    Value r = V_NULL;
    if (name && mode && enc && errs)
        r = file_new(vm, io, fd, fd == 0 ? F_READ | F_STDIN : F_WRITE | F_CONSOLE, NL_UNIVERSAL,
                     v_from_obj(name), mode, enc, errs);
    obj_xdecref(vm, name);
    obj_xdecref(vm, mode);
    obj_xdecref(vm, enc);
    obj_xdecref(vm, errs);
    return r;
}

/* ---- modules ----------------------------------------------------------------------------- */

static int set_item(rill_vm *vm, RDict *d, const char *name, Value v)
{
    RStr *k = intern(vm, name);
    int r = k ? dict_set_str(vm, d, k, v) : -1;
    obj_xdecref(vm, k);
    return r;
}

/* class UnsupportedOperation(OSError, ValueError), __module__ 'io', as CPython's */
static RClass *make_unsupported(rill_vm *vm)
{
    RStr *name = intern(vm, "UnsupportedOperation");
    RDict *ns = name ? dict_new(vm) : NULL;
    RStr *modname = ns ? str_from_cstr(vm, "io") : NULL;
    RTuple *bases = modname ? tuple_pack(vm, 2, v_from_obj(vm->exc_OSError),
                                         v_from_obj(vm->exc_ValueError)) : NULL;
    RClass *c = NULL;
    if (bases && dict_set_str(vm, ns, vm->s___module__, v_from_obj(modname)) == 0)
        c = class_new(vm, name, bases, ns);
    obj_xdecref(vm, name);
    obj_xdecref(vm, ns);
    obj_xdecref(vm, modname);
    obj_xdecref(vm, bases);
    return c;
}

int fileobj_init(rill_vm *vm)
{
    RStr *name = intern(vm, "_io");
    if (!name) return -1;
    RModule *io = module_new(vm, name);
    obj_decref(vm, name);
    if (!io) return -1;
    int rc = -1;
    RClass *cls = class_new_builtin(vm, "TextIOWrapper", vm->cls_object, K_NATIVE, 0);
    RClass *uns = cls ? make_unsupported(vm) : NULL;
    RStr *modname = uns ? str_from_cstr(vm, "_io") : NULL;
    RCFunc *open = modname ? cfunc_new(vm, &open_def, v_from_obj(io), NULL) : NULL;
    RCFunc *input = open ? cfunc_new(vm, &input_def, v_from_obj(io), NULL) : NULL;
    if (!input) goto done;
    cls->native = &file_ops;
    if (cfunc_add_all(vm, cls->dict, file_methods, cls) < 0 ||
        class_add_getsets(vm, cls, file_getsets) < 0 ||
        dict_set_str(vm, cls->dict, vm->s___module__, v_from_obj(modname)) < 0 ||
        set_item(vm, io->dict, "TextIOWrapper", v_from_obj(cls)) < 0 ||
        set_item(vm, io->dict, "UnsupportedOperation", v_from_obj(uns)) < 0 ||
        set_item(vm, io->dict, "open", v_from_obj(open)) < 0 ||
        set_item(vm, vm->modules, "_io", v_from_obj(io)) < 0 ||
        set_item(vm, vm->builtins, "open", v_from_obj(open)) < 0 ||
        set_item(vm, vm->builtins, "input", v_from_obj(input)) < 0)
        goto done;
    rc = 0;
done:
    obj_xdecref(vm, cls);
    obj_xdecref(vm, uns);
    obj_xdecref(vm, modname);
    obj_xdecref(vm, open);
    obj_xdecref(vm, input);
    obj_decref(vm, io);
    return rc;
}

int stdlib_io_init(rill_vm *vm, RModule *m)
{
    static const char *const names[] = { "TextIOWrapper", "UnsupportedOperation", "open" };
    RModule *io = io_module(vm);
    if (!io) {
        if (!vm_exc_pending(vm))
            exc_raisef(vm, vm->exc_ImportError, "the io module is no longer available");
        return -1;
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        Value v = module_get(vm, io, names[i]);
        if (v == V_NULL || set_item(vm, m->dict, names[i], v) < 0) return -1;
    }
    return 0;
}
