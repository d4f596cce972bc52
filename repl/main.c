/*
** main.c — the rill command: runs a script file, a -c string, or disassembles a file,
** with python3's exit statuses. Built only on include/rill.h, like any other host.
** (The interactive REPL comes with its own issue; without a script, rill prints usage.)
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../include/rill.h"

static const char usage[] =
    "usage: rill [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd      program passed in as string (terminates option list)\n"
    "  --dis file  print the bytecode of every code object in file\n"
    "  -h, --help  print this help message and exit\n"
    "  -V, --version  print the rill version number and exit\n"
    "Arguments:\n"
    "  file        program read from script file\n"
    "  arg ...     arguments passed to program in sys.argv[1:]\n";

static rill_vm *new_vm(void)
{
    rill_config cfg;
    rill_config_init(&cfg);
    cfg.allow_files = 1;
    cfg.allow_imports = 1;
    rill_vm *vm = rill_vm_new(&cfg);
    if (!vm) fprintf(stderr, "rill: out of memory\n");
    return vm;
}

/* Exit status for a run's result, printing an uncaught exception first. */
static int finish(rill_vm *vm, int rc)
{
    int status = 0;
    if (rc == RILL_EXIT) {
        status = rill_exit_status(vm);
    } else if (rc != RILL_OK) {
        rill_error_print(vm);
        status = 1;
    }
    rill_vm_free(vm);
    fflush(stdout);
    return status;
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

static int run_dis(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        fprintf(stderr, "rill: can't open file '%s'\n", path);
        return 2;
    }
    size_t len = 0;
    char *src = read_all(fp, &len);
    fclose(fp);
    if (!src) return 1;
    rill_vm *vm = new_vm();
    if (!vm) {
        free(src);
        return 1;
    }
    int rc = rill_disassemble(vm, src, len, path);
    free(src);
    return finish(vm, rc);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *arg = argv[1];
    if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(arg, "-V") == 0 || strcmp(arg, "--version") == 0) {
        printf("rill %s\n", RILL_VERSION);
        return 0;
    }
    if (strcmp(arg, "--dis") == 0) {
        if (argc < 3) {
            fprintf(stderr, "rill: --dis requires a file\n%s", usage);
            return 2;
        }
        return run_dis(argv[2]);
    }
    if (strcmp(arg, "-c") == 0) {
        if (argc < 3) {
            fprintf(stderr, "Argument expected for the -c option\n%s", usage);
            return 2;
        }
        rill_vm *vm = new_vm();
        if (!vm) return 1;
        /* sys.argv[0] is "-c", as in python3 */
        const char **av = (const char **)argv + 2;
        av[0] = "-c";
        if (rill_set_argv(vm, argc - 2, av) != RILL_OK) return finish(vm, RILL_ERROR);
        return finish(vm, rill_exec(vm, argv[2], strlen(argv[2]), "<string>", RILL_MODE_FILE));
    }
    if (arg[0] == '-' && arg[1] != 0) {
        fprintf(stderr, "Unknown option: %s\n%s", arg, usage);
        return 2;
    }
    FILE *probe = fopen(arg, "rb");
    if (!probe) {
        fprintf(stderr, "rill: can't open file '%s': [Errno 2] No such file or directory\n", arg);
        return 2;
    }
    fclose(probe);
    rill_vm *vm = new_vm();
    if (!vm) return 1;
    if (rill_set_argv(vm, argc - 1, (const char *const *)argv + 1) != RILL_OK)
        return finish(vm, RILL_ERROR);
    return finish(vm, rill_exec_file(vm, arg));
}
