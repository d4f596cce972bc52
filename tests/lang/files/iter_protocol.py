# A file is its own iterator: next(), next() with a default, StopIteration at the end,
# and readline() after a for loop that broke out early.
P = '/tmp/rill_files_iter_protocol.txt'
with open(P, 'w') as f:
    f.write('one\ntwo\nthree\nfour\n')

f = open(P)
print(iter(f) is f)
print(repr(next(f)), repr(f.__next__()))
for line in f:
    print('loop', repr(line))
    break
print(repr(f.readline()))
print(repr(next(f, 'default')))
try:
    next(f)
except StopIteration:
    print('StopIteration')
print(list(f), repr(f.read()))
f.close()

with open(P) as a, open(P) as b:
    next(b)
    print(list(zip(a, b)))
with open(P) as f:
    print(sorted(f), )
with open(P) as f:
    print([l.strip() for l in f if 'o' in l])
with open(P) as f:
    print(dict(enumerate(line.strip() for line in f)))
with open(P) as f:
    it = map(str.upper, f)
    print(next(it), list(it))
with open(P) as f:
    print('three\n' in f, next(f))
open(P, 'w').close()
