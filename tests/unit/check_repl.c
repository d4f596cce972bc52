/*
** check_repl.c — the REPL as a person uses it: ./build/rill (or $RILL_BIN) started on a
** pseudo-terminal (forkpty) with TERM=dumb, typed into key by key, its screen output
** read back. Covers multi-line entries and a generator session, syntax errors and
** exceptions that leave the session going, history across two sessions, Tab
** completion, Ctrl-C at the prompt and while code runs, Ctrl-D and exit() statuses.
** Also rill_complete and help() through the library directly.
*/
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "../../include/rill.h"

#define TIMEOUT_MS 10000        /* for any one expected output; generous under sanitizers */
#define OUT_MAX (256 * 1024)

typedef struct Pty {
    pid_t pid;
    int fd;
    char *out;                  /* everything the terminal showed, NUL-terminated */
    size_t len;
    size_t mark;                /* output before this was matched already */
    char histfile[256];
    char dir[128];
} Pty;

static const char *rill_bin(void)
{
    const char *b = getenv("RILL_BIN");
    return b && *b ? b : "build/rill";
}

static long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Reads what is available within wait_ms; false once the terminal is closed. */
static int pty_pump(Pty *p, int wait_ms)
{
    struct pollfd pf = { p->fd, POLLIN, 0 };
    int n = poll(&pf, 1, wait_ms);
    if (n <= 0) return 1;
    char buf[4096];
    ssize_t k = read(p->fd, buf, sizeof buf);
    if (k <= 0) return 0;       /* EIO: the child closed the terminal */
    if (p->len + (size_t)k >= OUT_MAX) k = (ssize_t)(OUT_MAX - 1 - p->len);
    memcpy(p->out + p->len, buf, (size_t)k);
    p->len += (size_t)k;
    p->out[p->len] = 0;
    return 1;
}

/* Starts rill with extra arguments (NULL-terminated) on a new terminal; a fresh temp
   dir holds its history file. color: leave NO_COLOR unset. */
static void pty_start_opts(Pty *p, const char *const *args, const char *histfile, int color)
{
    memset(p, 0, sizeof *p);
    p->out = calloc(OUT_MAX, 1);
    ck_assert_ptr_nonnull(p->out);
    if (histfile) {
        snprintf(p->histfile, sizeof p->histfile, "%s", histfile);
    } else {
        snprintf(p->dir, sizeof p->dir, "/tmp/rill-repl-XXXXXX");
        ck_assert_ptr_nonnull(mkdtemp(p->dir));
        snprintf(p->histfile, sizeof p->histfile, "%s/history", p->dir);
    }
    struct winsize ws = { 40, 250, 0, 0 };     /* wide: no line wrapping in the output */
    p->pid = forkpty(&p->fd, NULL, NULL, &ws);
    ck_assert_int_ge(p->pid, 0);
    if (p->pid == 0) {
        setenv("TERM", "dumb", 1);
        setenv("INPUTRC", "/dev/null", 1);
        setenv("RILL_HISTFILE", p->histfile, 1);
        if (color) unsetenv("NO_COLOR");
        else setenv("NO_COLOR", "1", 1);
        const char *argv[16];
        int n = 0;
        argv[n++] = rill_bin();
        for (int i = 0; args && args[i] && n < 15; i++) argv[n++] = args[i];
        argv[n] = NULL;
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
}

static void pty_start(Pty *p)
{
    static const char *const quiet[] = { "-q", NULL };
    pty_start_opts(p, quiet, NULL, 0);
}

/* Waits until needle appears after the mark; moves the mark past it. */
static int pty_expect(Pty *p, const char *needle)
{
    long end = now_ms() + TIMEOUT_MS;
    for (;;) {
        char *hit = strstr(p->out + p->mark, needle);
        if (hit) {
            p->mark = (size_t)(hit - p->out) + strlen(needle);
            return 1;
        }
        if (now_ms() > end || !pty_pump(p, 50)) {
            if ((hit = strstr(p->out + p->mark, needle))) {
                p->mark = (size_t)(hit - p->out) + strlen(needle);
                return 1;
            }
            fprintf(stderr, "expected %s; terminal showed after the mark:\n%s\n", needle,
                    p->out + p->mark);
            return 0;
        }
    }
}

static void pty_send(Pty *p, const char *s)
{
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t w = write(p->fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        ck_assert_int_gt(w, 0);
        s += w;
        n -= (size_t)w;
    }
}

/* Types a line and waits for the next prompt (">>> " or "... "). Returns a copy of what
   the terminal showed in between (the echo and the output), which the caller frees. */
static char *pty_line(Pty *p, const char *line)
{
    size_t start = p->len;
    pty_send(p, line);
    pty_send(p, "\r");
    long end = now_ms() + TIMEOUT_MS;
    for (;;) {
        char *a = strstr(p->out + start, "\n>>> "), *b = strstr(p->out + start, "\n... ");
        char *hit = a && (!b || a < b) ? a : b;
        if (hit) {
            size_t n = (size_t)(hit - (p->out + start)) + 1;
            char *seg = malloc(n + 1);
            memcpy(seg, p->out + start, n);
            seg[n] = 0;
            p->mark = (size_t)(hit - p->out) + 5;
            return seg;
        }
        if (now_ms() > end || !pty_pump(p, 50)) {
            fprintf(stderr, "no prompt after %s; terminal showed:\n%s\n", line, p->out + start);
            ck_abort_msg("no prompt after typing %s", line);
        }
    }
}

/* Types a line and checks that its output contains want. */
static void expect_line(Pty *p, const char *line, const char *want)
{
    char *seg = pty_line(p, line);
    if (want && !strstr(seg, want))
        ck_abort_msg("typing %s showed \"%s\", not \"%s\"", line, seg, want);
    free(seg);
}

/* The child's exit status (128 + n for a death by signal n); -1 if it does not end. */
static int pty_wait(Pty *p)
{
    long end = now_ms() + TIMEOUT_MS;
    int st;
    for (;;) {
        pid_t r = waitpid(p->pid, &st, WNOHANG);
        if (r == p->pid) break;
        if (now_ms() > end) {
            kill(p->pid, SIGKILL);
            waitpid(p->pid, &st, 0);
            return -1;
        }
        if (!pty_pump(p, 20)) usleep(20000);
    }
    while (pty_pump(p, 0) && p->len < OUT_MAX - 1) {
        struct pollfd pf = { p->fd, POLLIN, 0 };
        if (poll(&pf, 1, 0) <= 0) break;
    }
    return WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : -1;
}

static void pty_close(Pty *p)
{
    if (p->pid > 0 && waitpid(p->pid, NULL, WNOHANG) == 0) {
        kill(p->pid, SIGKILL);
        waitpid(p->pid, NULL, 0);
    }
    close(p->fd);
    free(p->out);
    if (p->dir[0]) {
        unlink(p->histfile);
        rmdir(p->dir);
    }
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = calloc(1, 65536);
    size_t n = fread(buf, 1, 65535, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
    return n;
}

/* ---- sessions -------------------------------------------------------------------------- */

START_TEST(test_banner_and_prompt)
{
    Pty p;
    pty_start_opts(&p, NULL, NULL, 0);
    ck_assert(pty_expect(&p, "rill " RILL_VERSION));
    ck_assert(pty_expect(&p, "Ctrl-D"));
    ck_assert(pty_expect(&p, ">>> "));
    expect_line(&p, "6 * 7", "\n42\r\n");
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    pty_close(&p);

    pty_start(&p);                      /* -q: no banner */
    ck_assert(pty_expect(&p, ">>> "));
    ck_assert_ptr_null(strstr(p.out, "rill " RILL_VERSION));
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    pty_close(&p);
}
END_TEST

START_TEST(test_generator_session)
{
    Pty p;
    pty_start(&p);
    ck_assert(pty_expect(&p, ">>> "));
    expect_line(&p, "def fib():", NULL);
    ck_assert(strstr(p.out, "... ") != NULL);
    expect_line(&p, "    a, b = 0, 1", NULL);
    expect_line(&p, "    while True:", NULL);
    expect_line(&p, "        yield a", NULL);
    expect_line(&p, "        a, b = b, a + b", NULL);
    char *seg = pty_line(&p, "");       /* the empty line ends the def */
    free(seg);
    ck_assert(p.out[p.mark - 2] == '>');
    expect_line(&p, "g = fib()", NULL);
    expect_line(&p, "next(g)", "\n0\r\n");
    expect_line(&p, "next(g)", "\n1\r\n");
    expect_line(&p, "next(g)", "\n1\r\n");
    expect_line(&p, "next(g)", "\n2\r\n");
    expect_line(&p, "[next(g) for _ in range(5)]", "[3, 5, 8, 13, 21]");
    expect_line(&p, "_[-1] * 2", "\n42\r\n");          /* _ holds the last result */
    expect_line(&p, "None", NULL);
    expect_line(&p, "_", "\n42\r\n");                  /* None neither prints nor binds */
    expect_line(&p, "g", "<generator object fib at ");
    /* brackets and triple-quoted strings continue lines too */
    expect_line(&p, "(1 +", NULL);
    expect_line(&p, " 2)", "\n3\r\n");
    expect_line(&p, "'''a", NULL);
    expect_line(&p, "b'''", "'a\\nb'");
    expect_line(&p, "1 + \\", NULL);
    expect_line(&p, "1", "\n2\r\n");
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    pty_close(&p);
}
END_TEST

START_TEST(test_errors_keep_the_session)
{
    Pty p;
    pty_start(&p);
    ck_assert(pty_expect(&p, ">>> "));
    expect_line(&p, "x = 41", NULL);
    char *seg = pty_line(&p, "1 +");
    ck_assert_msg(strstr(seg, "File \"<stdin>\", line 1") && strstr(seg, "    1 +\r\n") &&
                  strstr(seg, "       ^\r\n") && strstr(seg, "SyntaxError: invalid syntax"),
                  "syntax error shown as %s", seg);
    free(seg);
    /* a syntax error inside a multi-line entry drops the whole entry */
    expect_line(&p, "if True:", NULL);
    expect_line(&p, "    y = )", "SyntaxError");
    expect_line(&p, "y", "NameError: name 'y' is not defined");
    /* "Did you mean" looks in the session's globals, then in the builtins */
    expect_line(&p, "x_total = 1", NULL);
    expect_line(&p, "x_totl", "NameError: name 'x_totl' is not defined. Did you mean: 'x_total'?");
    expect_line(&p, "pritn(x)", "NameError: name 'pritn' is not defined. Did you mean: 'print'?");
    seg = pty_line(&p, "1 / 0");
    ck_assert_msg(strstr(seg, "Traceback (most recent call last):") &&
                  strstr(seg, "ZeroDivisionError: division by zero"), "got %s", seg);
    free(seg);
    expect_line(&p, "x + 1", "\n42\r\n");
    expect_line(&p, "exit", "Use exit() or Ctrl-D (i.e. EOF) to exit");
    expect_line(&p, "help(len)", "Help on built-in function len in module builtins");
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    pty_close(&p);
}
END_TEST

START_TEST(test_colored_traceback)
{
    Pty p;
    static const char *const quiet[] = { "-q", NULL };
    pty_start_opts(&p, quiet, NULL, 1);
    ck_assert(pty_expect(&p, ">>> "));
    char *seg = pty_line(&p, "1 / 0");
    ck_assert_msg(strstr(seg, "\x1b[1;35mZeroDivisionError\x1b[0m: \x1b[35mdivision by zero"),
                  "got %s", seg);
    /* the marker line and the marked source, in CPython 3.13's colors */
    ck_assert_msg(strstr(seg, "    \x1b[31m1 \x1b[0m\x1b[1;31m/\x1b[0m\x1b[31m 0\x1b[0m\r\n"
                              "    \x1b[31m~~\x1b[0m\x1b[1;31m^\x1b[0m\x1b[31m~~\x1b[0m\r\n"),
                  "got %s", seg);
    free(seg);
    /* the suggestion is part of the message, in its color */
    expect_line(&p, "pritn", "\x1b[35mname 'pritn' is not defined. Did you mean: 'print'?\x1b[0m");
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    pty_close(&p);
}
END_TEST

START_TEST(test_history_across_sessions)
{
    Pty p;
    pty_start(&p);
    ck_assert(pty_expect(&p, ">>> "));
    expect_line(&p, "hist_value = 1234", NULL);
    expect_line(&p, "twice = 2", NULL);
    expect_line(&p, "twice = 2", NULL);
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    char histfile[256], dir[128];
    strcpy(histfile, p.histfile);
    strcpy(dir, p.dir);
    p.dir[0] = 0;                       /* keep the file for the second session */
    pty_close(&p);

    char *text = read_file(histfile);
    ck_assert_ptr_nonnull(text);
    ck_assert_uint_eq(count(text, "hist_value = 1234\n"), 1);
    ck_assert_uint_eq(count(text, "twice = 2\n"), 1);    /* no consecutive duplicates */
    free(text);

    /* second session: Up twice recalls the assignment, Enter runs it */
    static const char *const quiet[] = { "-q", NULL };
    pty_start_opts(&p, quiet, histfile, 0);
    ck_assert(pty_expect(&p, ">>> "));
    pty_send(&p, "\x1b[A");
    ck_assert(pty_expect(&p, "twice = 2"));
    pty_send(&p, "\x1b[A");
    ck_assert(pty_expect(&p, "hist_value = 1234"));
    char *seg = pty_line(&p, "");
    free(seg);
    expect_line(&p, "hist_value", "\n1234\r\n");
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    pty_close(&p);
    unlink(histfile);
    rmdir(dir);
}
END_TEST

START_TEST(test_history_unwritable)
{
    /* a history file that cannot be written is no error */
    Pty p;
    static const char *const quiet[] = { "-q", NULL };
    pty_start_opts(&p, quiet, "/nonexistent-dir/rill_history", 0);
    ck_assert(pty_expect(&p, ">>> "));
    char *seg = pty_line(&p, "2 + 2");
    ck_assert(strstr(seg, "\n4\r\n"));
    ck_assert_ptr_null(strstr(seg, "rror"));
    free(seg);
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    pty_close(&p);
}
END_TEST

START_TEST(test_tab_completion)
{
    Pty p;
    pty_start(&p);
    ck_assert(pty_expect(&p, ">>> "));
    expect_line(&p, "my_global_thing = 99", NULL);
    expect_line(&p, "my_glob\t", "\n99\r\n");                 /* a global */
    expect_line(&p, "class Box:", NULL);
    expect_line(&p, "\tcontents_here = 5", NULL);             /* Tab indents */
    expect_line(&p, "", NULL);
    expect_line(&p, "box = Box()", NULL);
    expect_line(&p, "box.cont\t", "\n5\r\n");                 /* an attribute */
    expect_line(&p, "box.inner = Box()", NULL);
    expect_line(&p, "box.inner.conte\t + 1", "\n6\r\n");      /* name.attr.attr */
    expect_line(&p, "import math", NULL);
    expect_line(&p, "math.factor\t5)", "\n120\r\n");          /* callables get "(" */
    expect_line(&p, "lambd\tx: x", "<function <lambda>");     /* keywords */
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    pty_close(&p);
}
END_TEST

START_TEST(test_ctrl_c)
{
    Pty p;
    pty_start(&p);
    ck_assert(pty_expect(&p, ">>> "));
    expect_line(&p, "state = 'kept'", NULL);
    /* at the prompt: the line is dropped */
    pty_send(&p, "1 + nonsense");
    ck_assert(pty_expect(&p, "nonsense"));
    pty_send(&p, "\x03");
    ck_assert(pty_expect(&p, "\nKeyboardInterrupt\r\n>>> "));
    expect_line(&p, "state", "'kept'");
    /* inside a multi-line entry: the entry is dropped */
    expect_line(&p, "for i in range(3):", NULL);
    pty_send(&p, "\x03");
    ck_assert(pty_expect(&p, "\nKeyboardInterrupt\r\n>>> "));
    /* while code runs: KeyboardInterrupt inside it, finally blocks run, state kept */
    expect_line(&p, "def spin():", NULL);
    expect_line(&p, "    global state", NULL);
    expect_line(&p, "    print('spinning')", NULL);
    expect_line(&p, "    try:", NULL);
    expect_line(&p, "        while True: pass", NULL);
    expect_line(&p, "    finally:", NULL);
    expect_line(&p, "        state = 'cleaned'", NULL);
    expect_line(&p, "", NULL);
    pty_send(&p, "spin()\r");
    ck_assert(pty_expect(&p, "spinning\r\n"));      /* the code runs: now interrupt it */
    usleep(100000);
    pty_send(&p, "\x03");
    ck_assert(pty_expect(&p, "KeyboardInterrupt"));
    ck_assert(pty_expect(&p, ">>> "));
    expect_line(&p, "state", "'cleaned'");
    /* a script may catch it */
    expect_line(&p, "try:", NULL);
    expect_line(&p, "    print('looping')", NULL);
    expect_line(&p, "    while True: pass", NULL);
    expect_line(&p, "except KeyboardInterrupt:", NULL);
    expect_line(&p, "    print('caught it')", NULL);
    pty_send(&p, "\r");
    ck_assert(pty_expect(&p, "looping\r\n"));
    usleep(100000);
    pty_send(&p, "\x03");
    ck_assert(pty_expect(&p, "caught it"));
    ck_assert(pty_expect(&p, ">>> "));
    expect_line(&p, "state", "'cleaned'");
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    pty_close(&p);
}
END_TEST

START_TEST(test_exit_statuses)
{
    static const struct {
        const char *line;
        int status;
    } cases[] = {
        { "exit()", 0 }, { "exit(7)", 7 }, { "quit(3)", 3 },
        { "import sys; sys.exit(5)", 5 }, { "raise SystemExit(9)", 9 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Pty p;
        pty_start(&p);
        ck_assert(pty_expect(&p, ">>> "));
        pty_send(&p, cases[i].line);
        pty_send(&p, "\r");
        ck_assert_int_eq(pty_wait(&p), cases[i].status);
        pty_close(&p);
    }
    /* Ctrl-D on an empty line: status 0 */
    Pty p;
    pty_start(&p);
    ck_assert(pty_expect(&p, ">>> "));
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    pty_close(&p);
}
END_TEST

START_TEST(test_inspect_after_script)
{
    /* rill -i FILE on a terminal: the script runs, then the prompt (no banner) sees its
       globals */
    char dir[] = "/tmp/rill-repl-XXXXXX", path[256];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/setup.py", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs("def squares():\n    n = 0\n    while True:\n        yield n * n\n        n += 1\n"
          "sq = squares()\nprint('script done')\n", f);
    fclose(f);
    const char *const args[] = { "-i", path, NULL };
    Pty p;
    pty_start_opts(&p, args, NULL, 0);
    ck_assert(pty_expect(&p, "script done"));
    ck_assert(pty_expect(&p, ">>> "));
    ck_assert_ptr_null(strstr(p.out, "rill " RILL_VERSION));
    expect_line(&p, "next(sq), next(sq), next(sq)", "(0, 1, 4)");
    pty_send(&p, "\x04");
    ck_assert_int_eq(pty_wait(&p), 0);
    pty_close(&p);
    unlink(path);
    rmdir(dir);
}
END_TEST

START_TEST(test_script_interrupt)
{
    /* rill FILE: Ctrl-C on the terminal interrupts the script; status 130 */
    char dir[] = "/tmp/rill-repl-XXXXXX", path[256];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/spin.py", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs("print('started', flush=True)\ntry:\n    while True: pass\nfinally:\n"
          "    print('finally ran')\n", f);
    fclose(f);
    const char *const args[] = { path, NULL };
    Pty p;
    pty_start_opts(&p, args, NULL, 0);
    ck_assert(pty_expect(&p, "started"));
    usleep(200000);
    pty_send(&p, "\x03");
    ck_assert(pty_expect(&p, "finally ran"));
    ck_assert(pty_expect(&p, "KeyboardInterrupt"));
    ck_assert_int_eq(pty_wait(&p), 130);
    pty_close(&p);
    unlink(path);
    rmdir(dir);
}
END_TEST

/* ---- rill_complete and help() through the library ------------------------------------------ */

typedef struct Cands {
    char text[4096];
    int n;
} Cands;

static void collect(void *ud, const char *c)
{
    Cands *cs = ud;
    size_t len = strlen(cs->text);
    snprintf(cs->text + len, sizeof cs->text - len, "%s|", c);
    cs->n++;
}

static Cands complete(rill_vm *vm, const char *text)
{
    Cands cs;
    cs.text[0] = '|';
    cs.text[1] = 0;
    cs.n = 0;
    rill_complete(vm, text, collect, &cs);
    return cs;
}

static rill_vm *vm_with(const char *src)
{
    rill_vm *vm = rill_vm_new(NULL);
    ck_assert_ptr_nonnull(vm);
    ck_assert_int_eq(rill_exec(vm, src, strlen(src), "<test>", RILL_MODE_FILE), RILL_OK);
    return vm;
}

START_TEST(test_complete_api)
{
    rill_vm *vm = vm_with(
        "calls = []\n"
        "class Base:\n"
        "    def method(self): pass\n"
        "    shared = 1\n"
        "    _private = 2\n"
        "    __dunder = 3\n"
        "class Thing(Base):\n"
        "    @property\n"
        "    def prop(self):\n"
        "        calls.append('prop')\n"
        "        return Base()\n"
        "    def __getattr__(self, name):\n"
        "        calls.append(name)\n"
        "        return 0\n"
        "thing = Thing()\n"
        "thing.own = Base()\n"
        "thirty = 30\n");
    Cands c = complete(vm, "thi");
    ck_assert_msg(strstr(c.text, "|thing|") && strstr(c.text, "|thirty|"), "%s", c.text);
    c = complete(vm, "pri");
    ck_assert_msg(strstr(c.text, "|print(|"), "%s", c.text);
    c = complete(vm, "Thin");
    ck_assert_msg(strstr(c.text, "|Thing(|"), "%s", c.text);          /* classes are callable */
    c = complete(vm, "thing.");
    ck_assert_msg(strstr(c.text, "|thing.own|") && strstr(c.text, "|thing.method(|") &&
                  strstr(c.text, "|thing.prop|") && strstr(c.text, "|thing.shared|") &&
                  !strstr(c.text, "_private") && !strstr(c.text, "__"), "%s", c.text);
    c = complete(vm, "thing._");
    ck_assert_msg(strstr(c.text, "|thing._private|") && !strstr(c.text, "thing.__"), "%s",
                  c.text);
    c = complete(vm, "thing.__cl");
    ck_assert_msg(strstr(c.text, "|thing.__class__(|"), "%s", c.text);
    c = complete(vm, "thing.own.me");
    ck_assert_msg(strcmp(c.text, "|thing.own.method(|") == 0, "%s", c.text);
    /* neither the property nor __getattr__ runs */
    c = complete(vm, "thing.prop.");
    ck_assert_int_eq(c.n, 0);
    c = complete(vm, "thing.missing.");
    ck_assert_int_eq(c.n, 0);
    c = complete(vm, "nothing.");
    ck_assert_int_eq(c.n, 0);
    c = complete(vm, "thing[0].");
    ck_assert_int_eq(c.n, 0);
    int out = 0;
    ck_assert_int_eq(rill_eval(vm, "len(calls)", 10, out), RILL_OK);
    int64_t n = -1;
    ck_assert_int_eq(rill_get_int(vm, out, &n), RILL_OK);
    ck_assert_int_eq(n, 0);
    /* modules and classes */
    ck_assert_int_eq(rill_exec(vm, "import math\n", 12, "<test>", RILL_MODE_FILE), RILL_OK);
    c = complete(vm, "math.sq");
    ck_assert_msg(strcmp(c.text, "|math.sqrt(|") == 0, "%s", c.text);
    c = complete(vm, "Thing.meth");
    ck_assert_msg(strcmp(c.text, "|Thing.method(|") == 0, "%s", c.text);
    c = complete(vm, "str.uppe");
    ck_assert_msg(strcmp(c.text, "|str.upper(|") == 0, "%s", c.text);
    rill_vm_free(vm);
}
END_TEST

typedef struct Out {
    char buf[16384];
    size_t len;
} Out;

static void capture(void *ud, int fd, const char *s, size_t n)
{
    Out *o = ud;
    if (fd != 1) return;
    if (o->len + n >= sizeof o->buf) n = sizeof o->buf - 1 - o->len;
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = 0;
}

static const char *help_of(Out *o, const char *src)
{
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.write_fn = capture;
    cfg.host_ud = o;
    o->len = 0;
    o->buf[0] = 0;
    rill_vm *vm = rill_vm_new(&cfg);
    ck_assert_ptr_nonnull(vm);
    int rc = rill_exec(vm, src, strlen(src), "<test>", RILL_MODE_FILE);
    if (rc != RILL_OK) rill_error_print(vm);
    ck_assert_int_eq(rc, RILL_OK);
    rill_vm_free(vm);
    return o->buf;
}

START_TEST(test_help)
{
    Out o;
    const char *h = help_of(&o,
        "def f(a, b=2, *args, c, d=4, **kw):\n"
        "    '''Add things.\n\n    More detail here.\n    '''\n"
        "help(f)\n");
    ck_assert_str_eq(h, "Help on function f in module __main__:\n\n"
                        "f(a, b=2, *args, c, d=4, **kw)\n"
                        "    Add things.\n    \n    More detail here.\n\n");
    h = help_of(&o,
        "class C:\n"
        "    'A class.'\n"
        "    z = 3\n"
        "    def __init__(self, v):\n"
        "        self.v = v\n"
        "    def n(self, /, x):\n"
        "        'n doc'\n"
        "help(C)\n");
    ck_assert_str_eq(h, "Help on class C in module __main__:\n\n"
                        "class C(builtins.object)\n"
                        " |  C(v)\n |  \n |  A class.\n |  \n"
                        " |  Methods defined here:\n |  \n"
                        " |  __init__(self, v)\n |  \n"
                        " |  n(self, /, x)\n |      n doc\n |  \n"
                        " |  ---------------------------------------"
                        "-------------------------------\n"
                        " |  Data and other attributes defined here:\n |  \n"
                        " |  z = 3\n\n");
    h = help_of(&o, "help(len)\n");
    ck_assert_msg(strstr(h, "Help on built-in function len in module builtins:\n\nlen(...)\n"),
                  "%s", h);
    h = help_of(&o, "help()\n");
    ck_assert_msg(strstr(h, "help(object)"), "%s", h);
    h = help_of(&o, "help('no_such_thing')\n");
    ck_assert_msg(strstr(h, "No Python documentation found for 'no_such_thing'."), "%s", h);
    h = help_of(&o, "import math\nhelp(math)\n");
    ck_assert_msg(strstr(h, "Help on module math:\n\nNAME\n    math") &&
                  strstr(h, "FUNCTIONS\n") && strstr(h, "    sqrt(...)\n"), "%s", h);
    h = help_of(&o, "print(repr(exit), repr(quit))\nprint(repr(help))\n");
    ck_assert_str_eq(h, "Use exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) "
                        "to exit\nType help() for interactive help, or help(object) for help "
                        "about object.\n");
}
END_TEST

static Suite *repl_suite(void)
{
    Suite *s = suite_create("repl");
    TCase *tc = tcase_create("terminal");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_banner_and_prompt);
    tcase_add_test(tc, test_generator_session);
    tcase_add_test(tc, test_errors_keep_the_session);
    tcase_add_test(tc, test_colored_traceback);
    tcase_add_test(tc, test_history_across_sessions);
    tcase_add_test(tc, test_history_unwritable);
    tcase_add_test(tc, test_tab_completion);
    tcase_add_test(tc, test_ctrl_c);
    tcase_add_test(tc, test_exit_statuses);
    tcase_add_test(tc, test_inspect_after_script);
    tcase_add_test(tc, test_script_interrupt);
    suite_add_tcase(s, tc);
    TCase *api = tcase_create("library");
    tcase_set_timeout(api, 60);
    tcase_add_test(api, test_complete_api);
    tcase_add_test(api, test_help);
    suite_add_tcase(s, api);
    return s;
}

int main(void)
{
    signal(SIGPIPE, SIG_IGN);
    SRunner *sr = srunner_create(repl_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
