# with open(...) closes the file on the way out, normally or by an exception; several
# items in one with; __enter__ returns the file itself.
P = '/tmp/rill_files_with_blocks_a.txt'
Q = '/tmp/rill_files_with_blocks_b.txt'

with open(P, 'w') as f:
    print(f.__enter__() is f)
    for i in range(5):
        f.write('line %d\n' % i)
print(f.closed)

with open(P) as src, open(Q, 'w') as dst:
    for line in src:
        dst.write(line.upper())
print(src.closed, dst.closed)

with open(Q) as f:
    print(f.read(), end='')

def failing():
    with open(P) as f:
        print(f.readline(), end='')
        raise KeyError('inside')

try:
    failing()
except KeyError as e:
    print('KeyError', e)

g = None
try:
    with open(P) as g:
        1 / 0
except ZeroDivisionError:
    print('closed after exception:', g.closed)

print(f.__exit__(None, None, None))

class Wrapper:
    def __init__(self, path):
        self.path = path
    def __enter__(self):
        self.f = open(self.path)
        return self.f
    def __exit__(self, *exc):
        self.f.close()
        print('wrapper closed', exc[0])
        return True

with Wrapper(P) as f:
    print(f.readline(), end='')
    raise ValueError('swallowed')
print(f.closed)

open(P, 'w').close()
open(Q, 'w').close()
