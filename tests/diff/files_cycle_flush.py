# Difference: a file object caught in a reference cycle is flushed and closed when the
# collector frees the cycle. CPython may lose what it buffered (the buffer object
# underneath can be finalized before the text layer flushes into it).
import gc
P = '/tmp/rill_diff_files_cycle_flush.txt'

class Holder:
    def __init__(self):
        self.me = self
        self.f = open(P, 'w')
        self.f.write('written from a cycle\n')

Holder()
gc.collect()
print(repr(open(P).read()))
open(P, 'w').close()
