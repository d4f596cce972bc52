# A script may replace sys.stdout: print() then writes to the replacement, whatever
# it is, until sys.stdout is restored.
import sys
P = '/tmp/rill_files_stdout_replaced.txt'

f = open(P, 'w')
saved = sys.stdout
sys.stdout = f
print('into the file')
print('second', 'line', sep='|')
sys.stdout.write('direct\n')
sys.stdout = saved
f.close()
print('back on stdout')
with open(P) as f:
    print(repr(f.read()))

class Upper:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)

u = Upper()
sys.stdout = u
print('hello', 'there')
print(1, 2, 3, sep='')
sys.stdout = sys.__stdout__
print(u.calls)

sys.stdout = None
print('dropped silently')
sys.stdout = sys.__stdout__
print('restored')

del sys.stdout
try:
    print('nowhere')
except RuntimeError as e:
    sys.stdout = sys.__stdout__
    print('RuntimeError:', e)

def gen():
    yield 'in generator'

with open(P, 'w') as f:
    sys.stdout = f
    for s in gen():
        print(s)
    sys.stdout = sys.__stdout__
print(open(P).read(), end='')
open(P, 'w').close()
