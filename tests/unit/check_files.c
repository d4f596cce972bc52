/*
** check_files.c — file objects through the VM, with a counting allocator: files that
** scripts drop without closing are closed (flushed, descriptor released) and every byte
** they used is freed; reading a file streams in constant memory; allocation failures
** anywhere leave no leak and no open descriptor; with allow_files off, open() and
** sys.stdin fail cleanly; sys.stdout and sys.stderr go through the host's write_fn.
*/
#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../../include/rill.h"

typedef struct Counter {
    size_t live;        /* bytes currently allocated */
    size_t peak;
    size_t calls;
    long fail_at;       /* fail the Nth allocation (1-based), 0 = never */
} Counter;

static void *counting_realloc(void *ud, void *p, size_t oldsize, size_t newsize)
{
    Counter *c = ud;
    if (newsize == 0) {
        free(p);
        c->live -= oldsize;
        return NULL;
    }
    c->calls++;
    if (c->fail_at && (long)c->calls == c->fail_at) return NULL;
    void *np = realloc(p, newsize);
    if (!np) return NULL;
    c->live = c->live - oldsize + newsize;
    if (c->live > c->peak) c->peak = c->live;
    return np;
}

/* What the VM wrote, per descriptor. */
typedef struct Out {
    char buf[2][8192];
    size_t len[2];
} Out;

static void capture(void *ud, int fd, const char *s, size_t n)
{
    Out *o = ud;
    int i = fd == 2;
    if (o->len[i] + n >= sizeof o->buf[i]) n = sizeof o->buf[i] - 1 - o->len[i];
    memcpy(o->buf[i] + o->len[i], s, n);
    o->len[i] += n;
    o->buf[i][o->len[i]] = 0;
}

static rill_vm *new_vm(Counter *c, Out *out, int allow_files)
{
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.realloc_fn = counting_realloc;
    cfg.alloc_ud = c;
    cfg.write_fn = capture;
    cfg.host_ud = out;
    cfg.allow_files = allow_files;
    return rill_vm_new(&cfg);
}

static int run(rill_vm *vm, const char *src)
{
    return rill_exec(vm, src, strlen(src), "<test>", RILL_MODE_FILE);
}

/* A scratch directory per test, removed with its files at the end. */
static char dir[64];
static char src[4096];

static void setup(void)
{
    strcpy(dir, "/tmp/rill-check-files.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

/* The lowest free descriptor: equal before and after means no descriptor leaked. */
static int lowest_free_fd(void)
{
    int fd = open("/dev/null", O_RDONLY);
    ck_assert_int_ge(fd, 0);
    close(fd);
    return fd;
}

static char *slurp(const char *name, size_t *len)
{
    static char buf[1 << 16];
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    *len = fread(buf, 1, sizeof buf - 1, fp);
    buf[*len] = 0;
    fclose(fp);
    return buf;
}

START_TEST(test_dropped_files_are_closed_and_freed)
{
    int fd0 = lowest_free_fd();
    Counter c = { 0 };
    Out out = { .len = { 0, 0 } };
    rill_vm *vm = new_vm(&c, &out, 1);
    ck_assert_ptr_nonnull(vm);
    snprintf(src, sizeof src,
             "D = '%s/'\n"
             "def leak(i):\n"
             "    f = open(D + 'f%%d' %% i, 'w')\n"
             "    f.write('data %%d\\n' %% i)\n"
             "for i in range(40):\n"
             "    leak(i)\n"
             "kept = [open(D + 'f1') for _ in range(10)]\n"
             "half = open(D + 'f2')\n"
             "half.readline()\n"
             "w = open(D + 'global', 'w')\n"
             "w.write('flushed at teardown\\n')\n"
             "def gen():\n"
             "    with open(D + 'f3') as f:\n"
             "        yield f.readline()\n"
             "        yield 'never'\n"
             "g = gen()\n"
             "next(g)\n"
             "class C:\n"
             "    pass\n"
             "c = C()\n"
             "c.me = c\n"
             "c.f = open(D + 'cycle', 'w')\n"
             "c.f.write('in a cycle\\n')\n"
             "print(open(D + 'f39').read(), end='')\n", dir);
    ck_assert_int_eq(run(vm, src), RILL_OK);
    ck_assert_str_eq(out.buf[0], "data 39\n");
    ck_assert_int_gt(lowest_free_fd(), fd0);        /* globals still hold open files */
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
    ck_assert_int_eq(lowest_free_fd(), fd0);
    size_t len;
    ck_assert_str_eq(slurp("f0", &len), "data 0\n");
    ck_assert_str_eq(slurp("global", &len), "flushed at teardown\n");
    ck_assert_str_eq(slurp("cycle", &len), "in a cycle\n");
}
END_TEST

START_TEST(test_reading_streams_in_constant_memory)
{
    Counter c = { 0 };
    Out out = { .len = { 0, 0 } };
    rill_vm *vm = new_vm(&c, &out, 1);
    ck_assert_ptr_nonnull(vm);
    snprintf(src, sizeof src,
             "P = '%s/big'\n"
             "with open(P, 'w') as f:\n"
             "    for i in range(200000):\n"
             "        f.write('line %%d with some words\\r\\n' %% i)\n"
             "def lines(p):\n"
             "    with open(p) as f:\n"
             "        yield from f\n", dir);
    ck_assert_int_eq(run(vm, src), RILL_OK);
    size_t base = c.live;
    c.peak = c.live;
    ck_assert_int_eq(run(vm, "n = 0\nfor line in lines(P):\n    n += len(line)\nprint(n)\n"),
                     RILL_OK);
    /* ~5.7 MB read through one 64 KiB buffer: the peak grows by the buffer and a few
       small objects, never by the file */
    ck_assert_uint_lt(c.peak, base + 128 * 1024);
    ck_assert_str_eq(out.buf[0], "5488890\n");
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(test_allow_files_off)
{
    Counter c = { 0 };
    Out out = { .len = { 0, 0 } };
    rill_vm *vm = new_vm(&c, &out, 0);
    ck_assert_ptr_nonnull(vm);
    snprintf(src, sizeof src,
             "import sys\n"
             "for args in [('%s/new', 'w'), ('/etc/passwd',), (0,)]:\n"
             "    try:\n"
             "        open(*args)\n"
             "    except PermissionError as e:\n"
             "        print(type(e).__name__, e, isinstance(e, OSError))\n"
             "for f in [sys.stdin.readline, sys.stdin.read, input]:\n"
             "    try:\n"
             "        f()\n"
             "    except OSError as e:\n"
             "        print(e)\n"
             "print(sys.stdout.write('still writes\\n'))\n", dir);
    ck_assert_int_eq(run(vm, src), RILL_OK);
    ck_assert_str_eq(out.buf[0],
                     "PermissionError file access is disabled in this VM True\n"
                     "PermissionError file access is disabled in this VM True\n"
                     "PermissionError file access is disabled in this VM True\n"
                     "stdin access is disabled in this VM\n"
                     "stdin access is disabled in this VM\n"
                     "stdin access is disabled in this VM\n"
                     "still writes\n"
                     "13\n");
    size_t len;
    ck_assert_ptr_null(slurp("new", &len));         /* nothing was created */
    /* uncaught, it is reported like any error */
    ck_assert_int_eq(run(vm, "open('x')\n"), RILL_ERROR);
    rill_error_print(vm);
    ck_assert_ptr_nonnull(strstr(out.buf[1],
                                 "PermissionError: file access is disabled in this VM"));
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

START_TEST(test_std_streams_use_write_fn)
{
    Counter c = { 0 };
    Out out = { .len = { 0, 0 } };
    rill_vm *vm = new_vm(&c, &out, 1);
    ck_assert_ptr_nonnull(vm);
    snprintf(src, sizeof src,
             "print('before import')\n"
             "import sys\n"
             "n = sys.stdout.write('h\\u00e9\\n')\n"
             "sys.stderr.write('to stderr\\n')\n"
             "print('via print', n)\n"
             "print('err', file=sys.stderr, flush=True)\n"
             "f = open('%s/redirect', 'w')\n"
             "sys.stdout = f\n"
             "print('into the file')\n"
             "sys.stdout = sys.__stdout__\n"
             "f.close()\n"
             "print(open('%s/redirect').read(), end='')\n"
             "sys.stdout.flush()\n", dir, dir);
    ck_assert_int_eq(run(vm, src), RILL_OK);
    ck_assert_str_eq(out.buf[0], "before import\nh\xc3\xa9\nvia print 3\ninto the file\n");
    ck_assert_str_eq(out.buf[1], "to stderr\nerr\n");
    rill_vm_free(vm);
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

/* Fail the Nth allocation for every N while a script opens, writes and reads files,
   until a run needs fewer than N: never a crash, a leak, or a descriptor left open. */
START_TEST(test_allocation_failures)
{
    int fd0 = lowest_free_fd();
    snprintf(src, sizeof src,
             "P = '%s/af'\n"
             "with open(P, 'w') as f:\n"
             "    for i in range(20):\n"
             "        print(i, 'x' * i, file=f)\n"
             "g = open(P, 'a')\n"
             "g.write('tail\\n')\n"
             "lines = [l.split() for l in open(P)]\n"
             "s = open(P).read()\n"
             "r = open(P)\n"
             "r.readline()\n", dir);
    for (long n = 1;; n++) {
        Counter c = { .fail_at = n };
        Out out = { .len = { 0, 0 } };
        rill_vm *vm = new_vm(&c, &out, 1);
        if (vm) {
            run(vm, src);
            rill_error_clear(vm);
            rill_vm_free(vm);
        }
        ck_assert_uint_eq(c.live, 0);
        ck_assert_int_eq(lowest_free_fd(), fd0);
        if (c.calls < (size_t)n) break;     /* this run never failed: all points done */
    }
}
END_TEST

static Suite *files_suite(void)
{
    Suite *s = suite_create("files");
    TCase *tc = tcase_create("files");
    tcase_set_timeout(tc, 300);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_dropped_files_are_closed_and_freed);
    tcase_add_test(tc, test_reading_streams_in_constant_memory);
    tcase_add_test(tc, test_allow_files_off);
    tcase_add_test(tc, test_std_streams_use_write_fn);
    tcase_add_test(tc, test_allocation_failures);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(files_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
