/*
** pull.c — a host pulls values lazily out of a script's infinite generator and stops it
** early: the script's `finally` runs when the host closes the pipeline, and again when a
** host drops the last reference to a generator it kept in a rill_ref.
**
**   build/examples/embed/pull        (see examples/embed/README.md for the transcript)
*/
#include <stdio.h>
#include <string.h>
#include <rill.h>

static const char script[] =
    "def naturals(name):\n"
    "    n = 0\n"
    "    try:\n"
    "        while True:\n"
    "            yield n\n"
    "            n += 1\n"
    "    finally:\n"
    "        print(f'script: {name} finally ran, stopped at {n}')\n"
    "\n"
    "def squares(numbers):\n"
    "    for x in numbers:\n"
    "        yield x * x\n";

/* Reports the pending exception and returns 1, for `if (rc < 0) return fail(vm);`. */
static int fail(rill_vm *vm)
{
    rill_error_print(vm);
    return 1;
}

int main(void)
{
    rill_vm *vm = rill_vm_new(NULL);
    if (!vm) return 1;
    if (rill_exec(vm, script, strlen(script), "pipeline.py", RILL_MODE_FILE) != RILL_OK)
        return fail(vm);

    /* Slots of the host's window: 0 squares(naturals('pipeline')), 1 each value. */
    printf("host: pulling squares lazily\n");
    if (rill_get_global(vm, NULL, "naturals", 0) != RILL_OK ||
        rill_set_str(vm, 1, "pipeline", 8) != RILL_OK ||
        rill_call(vm, 0, 1, 1) != RILL_OK ||            /* slot 1 = naturals('pipeline') */
        rill_get_global(vm, NULL, "squares", 0) != RILL_OK ||
        rill_call(vm, 0, 1, 0) != RILL_OK)              /* slot 0 = squares(slot 1) */
        return fail(vm);
    rill_set_none(vm, 1);               /* only the squares generator holds naturals now */
    for (;;) {
        int rc = rill_next(vm, 0, 1);
        if (rc == RILL_ERROR) return fail(vm);
        if (rc == RILL_RETURNED) break;                 /* never: the source is infinite */
        int64_t v;
        if (rill_get_int(vm, 1, &v) != RILL_OK) return fail(vm);
        if (v > 50) {
            printf("host: %lld is enough; closing the pipeline\n", (long long)v);
            break;
        }
        printf("  %lld\n", (long long)v);
    }
    /* close() raises GeneratorExit in squares; leaving its loop drops naturals, whose
       finally runs right here, inside this call */
    if (rill_gen_close(vm, 0) != RILL_OK) return fail(vm);
    printf("host: pipeline closed\n");

    /* A generator kept beyond the window in a ref: the host's handle on it. */
    if (rill_get_global(vm, NULL, "naturals", 0) != RILL_OK ||
        rill_set_str(vm, 1, "kept", 4) != RILL_OK ||
        rill_call(vm, 0, 1, 0) != RILL_OK)
        return fail(vm);
    rill_ref *kept = rill_ref_new(vm, 0);
    if (!kept) return fail(vm);
    rill_set_slot_count(vm, 0);         /* the window is empty: the ref keeps it alive */
    for (int i = 0; i < 3; i++) {
        int64_t v;
        if (rill_ref_get(vm, kept, 0) != RILL_OK || rill_next(vm, 0, 1) != RILL_YIELDED ||
            rill_get_int(vm, 1, &v) != RILL_OK)
            return fail(vm);
        printf("host: kept generator gave %lld\n", (long long)v);
    }
    rill_set_slot_count(vm, 0);
    printf("host: releasing the last reference\n");
    rill_ref_free(vm, kept);            /* the last reference: the finally runs here */
    printf("host: done\n");
    rill_vm_free(vm);
    return 0;
}
