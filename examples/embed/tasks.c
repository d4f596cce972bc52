/*
** tasks.c — a round-robin scheduler written in C that runs 10,000 script generators as
** cooperative tasks: each round it sends every live task a value (gen.send), in round 3
** it cancels some by throwing a script-defined exception into them (gen.throw), and after
** round 5 it closes whatever is still running (gen.close). Every step has one of three
** outcomes — the task yielded, returned (with its return value), or raised — and no
** StopIteration ever reaches the scheduler.
**
**   build/examples/embed/tasks       (see examples/embed/README.md for the transcript)
*/
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <rill.h>

#define NTASKS 10000
#define ROUNDS 5
#define CANCEL_ROUND 3

static const char script[] =
    "class Cancelled(Exception):\n"
    "    pass\n"
    "\n"
    "stats = {'finished': 0, 'cancelled': 0, 'closed': 0}\n"
    "\n"
    "def task(ident, steps):\n"
    "    total = 0\n"
    "    try:\n"
    "        for step in range(steps):\n"
    "            value = yield step\n"
    "            total += value * (ident % 5 + 1)\n"
    "    except Cancelled as why:\n"
    "        stats['cancelled'] += 1\n"
    "        return f'cancelled in {why}'\n"
    "    except GeneratorExit:\n"
    "        stats['closed'] += 1\n"
    "        raise\n"
    "    stats['finished'] += 1\n"
    "    return total\n";

/* The host's window: fixed slots first, then one slot per task. */
enum { S_TASK_FN, S_CANCELLED, S_ARG1, S_ARG2, S_OUT, S_EXC, S_TASKS = 10 };

static int fail(rill_vm *vm)
{
    rill_error_print(vm);
    return 1;
}

int main(void)
{
    rill_vm *vm = rill_vm_new(NULL);
    if (!vm) return 1;
    if (rill_exec(vm, script, strlen(script), "tasks.py", RILL_MODE_FILE) != RILL_OK)
        return fail(vm);
    if (rill_get_global(vm, NULL, "task", S_TASK_FN) != RILL_OK ||
        rill_get_global(vm, NULL, "Cancelled", S_CANCELLED) != RILL_OK)
        return fail(vm);

    /* spawn: task(i, i % 7 + 1), primed to its first yield */
    for (int i = 0; i < NTASKS; i++) {
        int slot = S_TASKS + i;
        if (rill_copy_slot(vm, S_OUT, S_TASK_FN) != RILL_OK ||    /* fn, then its 2 args */
            rill_set_int(vm, S_OUT + 1, i) != RILL_OK ||
            rill_set_int(vm, S_OUT + 2, i % 7 + 1) != RILL_OK ||
            rill_call(vm, S_OUT, 2, slot) != RILL_OK ||
            rill_gen_send(vm, slot, -1, S_OUT) != RILL_YIELDED)
            return fail(vm);
    }
    printf("spawned %d tasks\n", NTASKS);

    int live = NTASKS, finished = 0, cancelled = 0, errors = 0;
    long long total = 0;
    for (int round = 1; round <= ROUNDS; round++) {
        int ran = 0, done_now = 0, cancelled_now = 0;
        if (rill_set_int(vm, S_ARG1, round) != RILL_OK) return fail(vm);
        if (round == CANCEL_ROUND) {
            /* one exception object per round: Cancelled('round 3') */
            char why[32];
            snprintf(why, sizeof why, "round %d", round);
            if (rill_copy_slot(vm, S_EXC, S_CANCELLED) != RILL_OK ||
                rill_set_str(vm, S_EXC + 1, why, strlen(why)) != RILL_OK ||
                rill_call(vm, S_EXC, 1, S_EXC) != RILL_OK)
                return fail(vm);
        }
        for (int i = 0; i < NTASKS; i++) {
            int slot = S_TASKS + i;
            if (rill_slot_type(vm, slot) != RILL_T_GENERATOR) continue;     /* gone */
            ran++;
            bool cancel = round == CANCEL_ROUND && i % 10 == 3;
            int rc = cancel ? rill_gen_throw(vm, slot, S_EXC, S_OUT)
                            : rill_gen_send(vm, slot, S_ARG1, S_OUT);
            if (rc == RILL_YIELDED) continue;
            if (rc == RILL_RETURNED) {
                int64_t v;
                if (cancel) cancelled_now++;
                else if (rill_get_int(vm, S_OUT, &v) == RILL_OK) {
                    total += v;
                    done_now++;
                }
            } else {
                errors++;
                rill_error_print(vm);
            }
            rill_set_none(vm, slot);            /* the task is over: release it */
            live--;
        }
        finished += done_now;
        cancelled += cancelled_now;
        printf("round %d: %d tasks ran, %d finished, %d cancelled, %d still running\n", round,
               ran, done_now, cancelled_now, live);
    }

    /* closing: GeneratorExit at each task's yield; the tasks re-raise it, which is a
       clean close */
    int closed = 0;
    for (int i = 0; i < NTASKS; i++) {
        int slot = S_TASKS + i;
        if (rill_slot_type(vm, slot) != RILL_T_GENERATOR) continue;
        if (rill_gen_close(vm, slot) != RILL_OK) return fail(vm);
        rill_set_none(vm, slot);
        closed++;
    }
    printf("closed the %d tasks still running\n", closed);
    printf("host: %d finished (sum of results %lld), %d cancelled, %d closed, %d errors\n",
           finished, total, cancelled, closed, errors);

    /* the script's own bookkeeping agrees */
    if (rill_eval(vm, "stats", 5, S_OUT) != RILL_OK || rill_to_repr(vm, S_OUT, S_OUT) != RILL_OK)
        return fail(vm);
    printf("script: %s\n", rill_get_str(vm, S_OUT, NULL));
    rill_vm_free(vm);
    return 0;
}
