/* time.c — the time module (in progress). */
#include "stdlib.h"

int stdlib_time_init(rill_vm *vm, RModule *m)
{
    return 0;
}
