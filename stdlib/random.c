/* random.c — the random module (in progress). */
#include "stdlib.h"

int stdlib_random_init(rill_vm *vm, RModule *m)
{
    return 0;
}
