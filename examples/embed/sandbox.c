/*
** sandbox.c — untrusted scripts in one VM with a memory limit (mem_limit), a time
** budget (poll_fn: the host's callback says "stop" once a deadline has passed, which
** raises KeyboardInterrupt in the script) and no file access (allow_files = 0, the
** default). Each abuse — an allocation bomb, an infinite loop, reading /etc/passwd, a
** runaway recursion — ends in a clean exception that the host reports, and the host
** goes on to the next script in the same VM.
**
**   build/examples/embed/sandbox     (see examples/embed/README.md for the transcript)
*/
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <rill.h>

#define MEM_LIMIT (8u << 20)    /* bytes the whole VM may hold */
#define BUDGET_MS 1000          /* per script */

typedef struct Host {
    struct timespec deadline;
    int polls;
} Host;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Called by the VM every poll_period backward jumps and calls: nonzero stops the script. */
static int over_budget(void *ud)
{
    Host *h = ud;
    h->polls++;
    double deadline = h->deadline.tv_sec * 1e3 + h->deadline.tv_nsec / 1e6;
    return now_ms() > deadline;
}

static const struct {
    const char *what, *src;
} scripts[] = {
    { "a well-behaved script",
      "print('sum of squares:', sum(i * i for i in range(1000)))\n" },
    { "an allocation bomb",
      "blocks = []\n"
      "while True:\n"
      "    blocks.append('x' * 100000)\n" },
    { "an infinite loop",
      "n = 0\n"
      "while True:\n"
      "    n += 1\n" },
    { "reading a file",
      "with open('/etc/passwd') as f:\n"
      "    print(f.read())\n" },
    { "a runaway recursion",
      "def down(n):\n"
      "    return down(n + 1) + 1\n"
      "down(0)\n" },
    { "a script that catches the interrupt: past the deadline, every poll interrupts it",
      "for attempt in range(3):\n"
      "    try:\n"
      "        while True: pass\n"
      "    except KeyboardInterrupt:\n"
      "        print('script: interrupted, trying again')\n" },
    { "another well-behaved script",
      "words = 'the sandbox is still usable'.split()\n"
      "print(' '.join(reversed(words)))\n" },
};

int main(void)
{
    Host host = { { 0, 0 }, 0 };
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.mem_limit = MEM_LIMIT;
    cfg.poll_fn = over_budget;
    cfg.poll_period = 1000;
    cfg.host_ud = &host;
    cfg.allow_files = 0;        /* the default, spelled out */
    cfg.allow_imports = 0;
    rill_vm *vm = rill_vm_new(&cfg);
    if (!vm) return 1;

    for (size_t i = 0; i < sizeof scripts / sizeof scripts[0]; i++) {
        printf("[%zu] %s\n", i + 1, scripts[i].what);
        clock_gettime(CLOCK_MONOTONIC, &host.deadline);
        host.deadline.tv_nsec += (BUDGET_MS % 1000) * 1000000L;
        host.deadline.tv_sec += BUDGET_MS / 1000 + host.deadline.tv_nsec / 1000000000L;
        host.deadline.tv_nsec %= 1000000000L;
        int rc = rill_exec(vm, scripts[i].src, strlen(scripts[i].src), "untrusted.py",
                           RILL_MODE_FILE);
        if (rc == RILL_OK) {
            printf("    ok\n");
            continue;
        }
        char msg[200];
        rill_error_message(vm, msg, sizeof msg);
        printf("    stopped: %s%s%s\n", rill_error_type(vm), msg[0] ? ": " : "", msg);
        rill_error_clear(vm);
        /* what the bomb built is still in __main__'s globals: drop it for the next one */
        rill_exec(vm, "blocks = None\n", 14, "cleanup.py", RILL_MODE_FILE);
    }
    printf("the VM holds %s than %u bytes after all of it\n",
           rill_vm_bytes(vm) < MEM_LIMIT ? "less" : "more", MEM_LIMIT);
    rill_vm_free(vm);
    return 0;
}
