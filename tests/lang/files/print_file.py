# print(..., file=f) writes to any object with a write method; flush=True calls its
# flush; file=None means sys.stdout.
P = '/tmp/rill_files_print_file.txt'

with open(P, 'w') as f:
    print('hello', 'world', file=f)
    print(1, 2.5, None, [3], sep=', ', end=';\n', file=f)
    print(file=f)
    print('no newline', end='', file=f, flush=True)
    print('x', 'y', sep='', file=f)
with open(P) as f:
    print(repr(f.read()))

class Collector:
    def __init__(self):
        self.parts = []
        self.flushes = 0
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.flushes += 1

c = Collector()
print('a', 'b', 3, file=c)
print('c', sep='-', end='!', file=c, flush=True)
print(file=c)
print(c.parts, c.flushes)

print('to stdout', file=None)

class NoWrite:
    pass

try:
    print('x', file=NoWrite())
except AttributeError as e:
    print('AttributeError:', e)

f = open(P, 'w')
f.close()
try:
    print('late', file=f)
except ValueError as e:
    print('ValueError:', e)

class Bad:
    def __str__(self):
        raise RuntimeError('no str')

with open(P, 'w') as f:
    try:
        print('before', Bad(), 'after', file=f)
    except RuntimeError as e:
        print('RuntimeError:', e)
with open(P) as f:
    print(repr(f.read()))

c = Collector()
try:
    print('one', Bad(), file=c)
except RuntimeError:
    print(c.parts)

with open(P) as f:
    try:
        print('x', file=f)
    except OSError as e:
        print(type(e).__name__, e)

open(P, 'w').close()
