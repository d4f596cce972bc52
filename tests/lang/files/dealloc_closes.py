# A file object that is dropped without close() is closed (and flushed) at that moment.
P = '/tmp/rill_files_dealloc_closes.txt'

def write_and_forget(text):
    f = open(P, 'w')
    f.write(text)

write_and_forget('written by a forgotten file\n')
print(repr(open(P).read()))

f = open(P, 'a')
f.write('appended, then del\n')
del f
print(repr(open(P).read()))

files = [open(P, 'a') for _ in range(3)]
for i, f in enumerate(files):
    f.write('list %d\n' % i)
files = None
print(open(P).read(), end='')

class Holder:
    def __init__(self):
        self.me = self
        self.f = open(P, 'a')
        self.f.write('in a cycle\n')

# (CPython may lose what a file in a cycle buffered: its buffer object can be
# finalized first. rill flushes it; the test only checks that collecting works.)
Holder()
import gc
gc.collect()
print('collected')

for i in range(2000):
    open(P).read()
print('many opens ok')
open(P, 'w').close()
