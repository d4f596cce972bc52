/*
** native_iter.c — the host exposes a C iterator (the lines of a log held in memory) and a
** native function (the severity of a log level) in a module `log`; the script builds a
** pipeline of generators over them, consumed by for, enumerate, zip and itertools; then
** the host itself pulls from a script generator that pulls from the C iterator.
**
**   build/examples/embed/native_iter (see examples/embed/README.md for the transcript)
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <rill.h>

static const char log_text[] =
    "2024-05-01 09:00:00 INFO service started\n"
    "2024-05-01 09:00:02 DEBUG config loaded from /etc/app.conf\n"
    "2024-05-01 09:05:13 WARNING disk 91% full\n"
    "2024-05-01 09:05:14 INFO cleanup scheduled\n"
    "2024-05-01 09:07:40 ERROR write failed: no space left on device\n"
    "2024-05-01 09:07:41 WARNING retrying in 5 s\n"
    "2024-05-01 09:07:46 INFO write succeeded\n"
    "2024-05-01 09:30:00 ERROR lost connection to db-2\n";

/* One iterator's state: where the next line starts. */
typedef struct LogCursor {
    const char *next, *end;
    int served;
} LogCursor;

/* The iterator's step: the next line (without its newline) into slot 0. */
static int log_next(rill_vm *vm, void *data)
{
    LogCursor *c = data;
    if (c->next >= c->end) return RILL_RETURNED;
    const char *nl = memchr(c->next, '\n', (size_t)(c->end - c->next));
    size_t len = nl ? (size_t)(nl - c->next) : (size_t)(c->end - c->next);
    if (rill_set_str(vm, 0, c->next, len) != RILL_OK) return RILL_ERROR;
    c->next += len + (nl != NULL);
    c->served++;
    return RILL_YIELDED;
}

static void log_free(void *data)
{
    LogCursor *c = data;
    printf("host: a log iterator was freed after serving %d line%s\n", c->served,
           c->served == 1 ? "" : "s");
    free(c);
}

/* log.lines(): a fresh iterator over the log. */
static int log_lines(rill_vm *vm, int argc, void *data)
{
    const char *text = data;
    LogCursor *c = malloc(sizeof *c);
    if (!c) return rill_raise(vm, "MemoryError", NULL);
    *c = (LogCursor){ text, text + strlen(text), 0 };
    return rill_new_iterator(vm, 0, log_next, c, log_free);    /* frees c if it fails */
}

/* log.severity(level) -> 0..3; ValueError for an unknown level. */
static int log_severity(rill_vm *vm, int argc, void *data)
{
    static const char *const levels[] = { "DEBUG", "INFO", "WARNING", "ERROR" };
    const char *level = rill_get_str(vm, 1, NULL);
    if (!level) return RILL_ERROR;                  /* TypeError: expected str, got ... */
    for (int i = 0; i < 4; i++)
        if (strcmp(level, levels[i]) == 0) return rill_set_int(vm, 0, i);
    return rill_raise(vm, "ValueError", "unknown log level '%s'", level);
}

static const char script[] =
    "import log, itertools\n"
    "\n"
    "def parse(lines):\n"
    "    for line in lines:\n"
    "        day, clock, level, message = line.split(' ', 3)\n"
    "        yield level, clock, message\n"
    "\n"
    "def at_least(records, threshold):\n"
    "    for level, clock, message in records:\n"
    "        if log.severity(level) >= threshold:\n"
    "            yield f'{clock} [{level}] {message}'\n"
    "\n"
    "print('warnings and errors:')\n"
    "for n, text in enumerate(at_least(parse(log.lines()), 2), 1):\n"
    "    print(f'  {n}. {text}')\n"
    "\n"
    "counts = {}\n"
    "for level, _, _ in parse(log.lines()):\n"
    "    counts[level] = counts.get(level, 0) + 1\n"
    "print('per level:', counts)\n"
    "print('first two:', list(zip(range(2), log.lines())))\n"
    "print('lines 3-4:', list(itertools.islice(log.lines(), 2, 4)))\n"
    "try:\n"
    "    log.severity('LOUD')\n"
    "except ValueError as e:\n"
    "    print('error:', e)\n";

static int fail(rill_vm *vm)
{
    rill_error_print(vm);
    return 1;
}

int main(void)
{
    rill_vm *vm = rill_vm_new(NULL);
    if (!vm) return 1;
    if (rill_def_native(vm, "log", "lines", log_lines, 0, 0, (void *)log_text) != RILL_OK ||
        rill_def_native(vm, "log", "severity", log_severity, 1, 1, NULL) != RILL_OK)
        return fail(vm);
    if (rill_exec(vm, script, strlen(script), "logs.py", RILL_MODE_FILE) != RILL_OK)
        return fail(vm);

    /* The host pulls errors only: host <- at_least <- parse <- the C iterator. */
    printf("host: pulling the errors myself\n");
    if (rill_get_global(vm, NULL, "at_least", 0) != RILL_OK ||
        rill_get_global(vm, NULL, "parse", 1) != RILL_OK ||
        rill_get_global(vm, "log", "lines", 2) != RILL_OK ||
        rill_call(vm, 2, 0, 2) != RILL_OK ||            /* slot 2 = log.lines() */
        rill_call(vm, 1, 1, 1) != RILL_OK ||            /* slot 1 = parse(slot 2) */
        rill_set_int(vm, 2, 3) != RILL_OK ||
        rill_call(vm, 0, 2, 0) != RILL_OK)              /* slot 0 = at_least(slot 1, 3) */
        return fail(vm);
    rill_set_slot_count(vm, 1);
    int rc;
    while ((rc = rill_next(vm, 0, 1)) == RILL_YIELDED)
        printf("host: got \"%s\"\n", rill_get_str(vm, 1, NULL));
    if (rc == RILL_ERROR) return fail(vm);
    printf("host: the pipeline is exhausted\n");
    rill_set_slot_count(vm, 0);         /* drops the generators and the iterator */
    rill_vm_free(vm);
    return 0;
}
