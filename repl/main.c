/*
** main.c — the rill command, python3's command line for rill: a script file, -c, stdin
** (`-` or a pipe), the REPL (no script on a terminal, or -i after a script), --dis, and
** the limits --max-memory and --timeout, with python3's messages and exit statuses.
** Built only on include/rill.h, like any other host.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "../include/rill.h"
#include "host.h"
#include "repl.h"

static const char usage_line[] =
    "usage: rill [option] ... [-c cmd | file | -] [arg] ...\n";

static const char help_text[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-q     : don't print the version banner on interactive startup\n"
    "-V     : print the rill version number and exit (also --version)\n"
    "--dis file : print the bytecode of every code object in file and exit\n"
    "--max-memory SIZE : the most memory the program may allocate, in bytes or with\n"
    "         a K, M or G suffix (64M, 1G); beyond it the program gets MemoryError\n"
    "--timeout SECONDS : stop the program after SECONDS of wall-clock time: it gets\n"
    "         KeyboardInterrupt, and rill exits with status 124 after a note\n"
    "         (3 seconds later it is ended whatever it does)\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Environment variables:\n"
    "RILL_HISTFILE : the interactive prompt's history file (default ~/.rill_history;\n"
    "         empty: no history file)\n"
    "NO_COLOR      : when set and not empty, tracebacks are never colored (by default\n"
    "         they are when stderr is a terminal)\n";

typedef struct Cmdline {
    HostOptions host;
    int inspect;                /* -i */
    int quiet;                  /* -q */
    const char *command;        /* -c */
    const char *dis;            /* --dis */
    const char *script;         /* file or "-"; NULL: none */
    int argc;                   /* what follows the script or command */
    char **argv;
} Cmdline;

static _Noreturn void usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fputs(usage_line, stderr);
    fputs("Try `rill -h' for more information.\n", stderr);
    exit(HOST_EXIT_USAGE);
}

/* "64M" -> bytes; 0 when malformed. */
static size_t parse_size(const char *s)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(s, &end, 10);
    if (errno || end == s || *s == '-') return 0;
    unsigned shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    case 't': case 'T': shift = 40; end++; break;
    default: break;
    }
    if (shift && (*end == 'i' || *end == 'I')) end++;
    if (*end == 'b' || *end == 'B') end++;
    if (*end || n > (~0ULL >> shift) || (n << shift) > (size_t)-1) return 0;
    return (size_t)(n << shift);
}

/* The value of a long option: "--name=value" or "--name value". */
static const char *long_value(int argc, char **argv, int *i, const char *name)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (a[n] == '=') return a + n + 1;
    if (*i + 1 >= argc) usage_error("Argument expected for the %s option\n", name);
    return argv[++*i];
}

/* Is argv[i] the long option `name`, alone or as "name=value"? */
static int is_long(const char *a, const char *name)
{
    size_t n = strlen(name);
    return strncmp(a, name, n) == 0 && (a[n] == 0 || a[n] == '=');
}

static void parse_long(Cmdline *c, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    if (strcmp(a, "--help") == 0) {
        fputs(usage_line, stdout);
        fputs(help_text, stdout);
        exit(0);
    }
    if (strcmp(a, "--version") == 0) {
        printf("rill %s\n", RILL_VERSION);
        exit(0);
    }
    if (is_long(a, "--dis")) {
        c->dis = long_value(argc, argv, i, "--dis");
    } else if (is_long(a, "--max-memory")) {
        const char *v = long_value(argc, argv, i, "--max-memory");
        c->host.mem_limit = parse_size(v);
        if (!c->host.mem_limit)
            usage_error("rill: invalid --max-memory value '%s' (bytes, or a number with a "
                        "K, M or G suffix)\n", v);
    } else if (is_long(a, "--timeout")) {
        const char *v = long_value(argc, argv, i, "--timeout");
        char *end;
        double t = strtod(v, &end);
        if (end == v || *end || !(t > 0) || t > 1e7)
            usage_error("rill: invalid --timeout value '%s' (a positive number of seconds)\n", v);
        c->host.timeout = t;
    } else {
        usage_error("unknown option %s\n", a);
    }
}

/* Options up to the script, the command or `-`, as python3 parses them: single-letter
   options may be grouped (-qi), -c takes the rest of its group or the next argument. */
static void parse(Cmdline *c, int argc, char **argv)
{
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0) break;            /* a file, or "-" */
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-') {
            parse_long(c, argc, argv, &i);
            continue;
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
                if (p[1]) {
                    c->command = p + 1;
                } else if (i + 1 < argc) {
                    c->command = argv[++i];
                } else {
                    usage_error("Argument expected for the -c option\n", "");
                }
                c->argc = argc - i - 1;
                c->argv = argv + i + 1;
                return;
            case 'i': c->inspect = 1; break;
            case 'q': c->quiet = 1; break;
            case 'h': case '?':
                fputs(usage_line, stdout);
                fputs(help_text, stdout);
                exit(0);
            case 'V':
                printf("rill %s\n", RILL_VERSION);
                exit(0);
            default: {
                char opt[3] = { '-', *p, 0 };
                usage_error("Unknown option: %s\n", opt);
            }
            }
        }
    }
    if (i < argc) {
        c->script = argv[i];
        c->argc = argc - i - 1;
        c->argv = argv + i + 1;
    }
}

static char *read_all(FILE *fp, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (got == 0) break;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
    }
    if (buf) *len = n;
    return buf;
}

/* python3's message for a script it cannot open names the absolute path. */
static _Noreturn void cannot_open(const char *path, int err)
{
    char cwd[4096];
    if (path[0] != '/' && getcwd(cwd, sizeof cwd))
        fprintf(stderr, "rill: can't open file '%s/%s': [Errno %d] %s\n", cwd, path, err,
                strerror(err));
    else
        fprintf(stderr, "rill: can't open file '%s': [Errno %d] %s\n", path, err, strerror(err));
    exit(HOST_EXIT_USAGE);
}

/* The script file, open for reading, or the end of the process (status 2). */
static FILE *open_script(const char *path)
{
    struct stat st;
    FILE *fp = fopen(path, "rb");
    if (!fp) cannot_open(path, errno);
    if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(fp);
        cannot_open(path, EISDIR);
    }
    return fp;
}

static int run_dis(const Cmdline *c)
{
    FILE *fp = open_script(c->dis);
    size_t len = 0;
    char *src = read_all(fp, &len);
    fclose(fp);
    if (!src) return HOST_EXIT_ERROR;
    rill_vm *vm = host_vm_new(&c->host);
    if (!vm) return HOST_EXIT_ERROR;
    int status = host_status(vm, rill_disassemble(vm, src, len, c->dis));
    free(src);
    host_exit(vm, status);
}

/* sys.argv: argv0 then the arguments after the script or command. */
static int set_argv(rill_vm *vm, const char *argv0, int argc, char **argv)
{
    const char **av = malloc(((size_t)argc + 1) * sizeof *av);
    if (!av) return RILL_ERROR;
    av[0] = argv0;
    for (int i = 0; i < argc; i++) av[i + 1] = argv[i];
    int rc = rill_set_argv(vm, argc + 1, av);
    free(av);
    return rc;
}

/* Reads all of stdin and runs it as a script named <stdin>. */
static int run_stdin(rill_vm *vm)
{
    size_t len = 0;
    char *src = read_all(stdin, &len);
    if (!src) {
        fputs("rill: out of memory\n", stderr);
        return RILL_ERROR;
    }
    int rc = rill_exec(vm, src, len, "<stdin>", RILL_MODE_FILE);
    free(src);
    return rc;
}

static int color_wanted(void)
{
    const char *nc = getenv("NO_COLOR");
    return isatty(STDERR_FILENO) && !(nc && *nc);
}

int main(int argc, char **argv)
{
    Cmdline c;
    memset(&c, 0, sizeof c);
    parse(&c, argc, argv);
    c.host.color = color_wanted();
    if (c.dis) return run_dis(&c);

    /* the program to run first, if any: -c, a file, or stdin that is no terminal */
    int from_stdin = !c.command && (!c.script || strcmp(c.script, "-") == 0);
    int interactive = from_stdin && (c.inspect || isatty(STDIN_FILENO));
    if (c.script && !from_stdin) fclose(open_script(c.script));
    rill_vm *vm = host_vm_new(&c.host);
    if (!vm) return HOST_EXIT_ERROR;
    const char *argv0 = c.command ? "-c" : c.script ? c.script : "";
    if (set_argv(vm, argv0, c.argc, c.argv) != RILL_OK) host_exit(vm, host_status(vm, RILL_ERROR));

    if (!interactive) {
        if (c.host.timeout > 0) host_deadline_start(c.host.timeout);
        host_running(vm);
        int rc = c.command
            ? rill_exec(vm, c.command, strlen(c.command), "<string>", RILL_MODE_FILE)
            : from_stdin ? run_stdin(vm) : rill_exec_file(vm, c.script);
        host_idle();
        if (!c.inspect) host_exit(vm, host_status(vm, rc));
        host_deadline_stop();
        /* -i: a SystemExit is reported like any exception, and the prompt follows */
        fflush(stdout);
        if (rc != RILL_OK) rill_error_print(vm);
    }
    ReplOptions ro = { !c.quiet && !c.command && (!c.script || from_stdin) };
    host_exit(vm, repl_run(vm, &ro));
}
