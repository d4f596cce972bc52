/*
** host.c — the command line as a host of the library: the VM made from the command-line
** limits, SIGINT turned into rill_interrupt while script code runs (and recorded for the
** prompt otherwise), the --timeout deadline (a poll hook, with a hard stop behind it),
** and python3's exit statuses.
**
** Signal handlers get no argument, so what they need lives in the statics below: the
** process runs one VM at a time.
*/
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "host.h"

#define REPEAT_SECONDS 2        /* a script that catches the timeout's interrupt gets another */
#define HARD_STOP_SECONDS 3     /* after the deadline: the process ends, whatever runs */
#define LAST_RESORT_SECONDS 1   /* after that: SIGALRM ends it even in a loop that never polls */

static rill_vm *volatile running_vm;
static volatile sig_atomic_t vm_running;
static volatile sig_atomic_t sigint_pending;
static volatile sig_atomic_t sigwinch_pending;
static int exit_by_sigint;      /* the run ended with an uncaught KeyboardInterrupt */

static struct {
    int armed;
    double seconds;
    struct timespec next;       /* when the poll hook interrupts the script next */
    struct timespec hard;       /* when the poll hook ends the process */
    volatile sig_atomic_t fired;
    char stop_msg[128];         /* written by the SIGALRM handler: built beforehand */
    size_t stop_len;
} deadline;

static void on_sigint(int sig)
{
    (void)sig;
    if (vm_running) rill_interrupt(running_vm);
    else sigint_pending = 1;
}

static void on_sigwinch(int sig)
{
    (void)sig;
    sigwinch_pending = 1;
}

static void hard_stop(void)
{
    ssize_t w = write(2, deadline.stop_msg, deadline.stop_len);
    (void)w;
    _exit(HOST_EXIT_TIMEOUT);
}

/* The last resort of --timeout, for code that never reaches the poll hook (a long
   computation inside one built-in): only async-signal-safe calls here, so what the
   script printed into stdio's buffer is lost. */
static void on_sigalrm(int sig)
{
    (void)sig;
    hard_stop();
}

/* flags: SA_RESTART or 0 (then a blocking read returns EINTR: how Ctrl-C reaches a
   script waiting in input() or sleep()). */
static void set_handler(int sig, void (*fn)(int), int keep_ignored, int flags)
{
    struct sigaction sa, old;
    if (keep_ignored && sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
        return;                 /* as CPython: a SIGINT ignored by the parent stays so */
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = flags;
    sigaction(sig, &sa, NULL);
}

static int ts_before(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

static struct timespec ts_after(struct timespec t, double seconds)
{
    double whole = (double)(time_t)seconds;
    t.tv_sec += (time_t)seconds;
    t.tv_nsec += (long)((seconds - whole) * 1e9);
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

/* rill_config.poll_fn: past the deadline, interrupt (and again every REPEAT_SECONDS). */
static int poll_deadline(void *ud)
{
    (void)ud;
    if (!deadline.armed) return 0;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (ts_before(&now, &deadline.next)) return 0;
    if (deadline.fired && !ts_before(&now, &deadline.hard)) {
        fflush(stdout);
        hard_stop();
    }
    deadline.fired = 1;
    deadline.next = ts_after(now, REPEAT_SECONDS);
    if (ts_before(&deadline.hard, &deadline.next)) deadline.next = deadline.hard;
    return 1;
}

rill_vm *host_vm_new(const HostOptions *opts)
{
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.allow_files = 1;
    cfg.allow_imports = 1;
    cfg.mem_limit = opts->mem_limit;
    cfg.color_errors = opts->color;
    if (opts->timeout > 0) cfg.poll_fn = poll_deadline;
    rill_vm *vm = rill_vm_new(&cfg);
    if (!vm) {
        fprintf(stderr, "rill: out of memory\n");
        return NULL;
    }
    set_handler(SIGINT, on_sigint, 1, 0);
    return vm;
}

void host_catch_sigwinch(void)
{
    set_handler(SIGWINCH, on_sigwinch, 0, SA_RESTART);
}

void host_running(rill_vm *vm)
{
    running_vm = vm;
    vm_running = 1;
}

void host_idle(void)
{
    vm_running = 0;
}

int host_take_sigint(void)
{
    int r = sigint_pending;
    sigint_pending = 0;
    return r;
}

int host_take_sigwinch(void)
{
    int r = sigwinch_pending;
    sigwinch_pending = 0;
    return r;
}

void host_block_signals(sigset_t *saved, sigset_t *waitmask)
{
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGWINCH);
    sigprocmask(SIG_BLOCK, &block, saved);
    *waitmask = *saved;
    sigdelset(waitmask, SIGINT);
    sigdelset(waitmask, SIGWINCH);
}

void host_unblock_signals(const sigset_t *saved)
{
    sigprocmask(SIG_SETMASK, saved, NULL);
}

void host_deadline_start(double seconds)
{
    clock_gettime(CLOCK_MONOTONIC, &deadline.next);
    deadline.next = ts_after(deadline.next, seconds);
    deadline.hard = ts_after(deadline.next, HARD_STOP_SECONDS);
    deadline.seconds = seconds;
    deadline.fired = 0;
    int n = snprintf(deadline.stop_msg, sizeof deadline.stop_msg,
                     "rill: --timeout %g: time limit exceeded; the script did not stop "
                     "and was ended\n", seconds);
    deadline.stop_len = n > 0 && (size_t)n < sizeof deadline.stop_msg ? (size_t)n : 0;
    set_handler(SIGALRM, on_sigalrm, 0, SA_RESTART);
    struct itimerval it;
    memset(&it, 0, sizeof it);
    double hard = seconds + HARD_STOP_SECONDS + LAST_RESORT_SECONDS;
    it.it_value.tv_sec = (time_t)hard;
    it.it_value.tv_usec = (suseconds_t)((hard - (double)(time_t)hard) * 1e6);
    setitimer(ITIMER_REAL, &it, NULL);
    deadline.armed = 1;
}

void host_deadline_stop(void)
{
    if (!deadline.armed) return;
    struct itimerval it;
    memset(&it, 0, sizeof it);
    setitimer(ITIMER_REAL, &it, NULL);
    deadline.armed = 0;
}

int host_status(rill_vm *vm, int rc)
{
    fflush(stdout);
    if (rc == RILL_OK) return 0;
    if (rc == RILL_EXIT) return rill_exit_status(vm);
    int interrupted = rill_error_matches(vm, "KeyboardInterrupt");
    rill_error_print(vm);
    fflush(stderr);
    if (deadline.armed && deadline.fired) {
        fprintf(stderr, "rill: --timeout %g: time limit exceeded\n", deadline.seconds);
        return HOST_EXIT_TIMEOUT;
    }
    if (interrupted) {
        exit_by_sigint = 1;
        return HOST_EXIT_SIGINT;
    }
    return HOST_EXIT_ERROR;
}

_Noreturn void host_exit(rill_vm *vm, int status)
{
    host_idle();
    if (vm) rill_vm_free(vm);
    fflush(stdout);
    fflush(stderr);
    if (exit_by_sigint && status == HOST_EXIT_SIGINT) {
        /* as CPython: die by SIGINT, so that a calling shell stops its loop too */
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    exit(status);
}
