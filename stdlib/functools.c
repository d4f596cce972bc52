/* functools.c — the functools module (in progress). */
#include "stdlib.h"

int stdlib_functools_init(rill_vm *vm, RModule *m)
{
    return 0;
}
