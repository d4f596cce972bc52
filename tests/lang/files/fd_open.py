# open() also takes a file descriptor; closefd=False leaves it open.
P = '/tmp/rill_files_fd_open.txt'
with open(P, 'w') as f:
    f.write('through a descriptor\nsecond\n')

f = open(P)
fd = f.fileno()
g = open(fd, closefd=False)
print(type(g.name).__name__, g.name == fd, repr(g.readline()))
g.close()
print(g.closed, f.closed)
print(repr(f.read()))
f.close()

f = open(P)
g = open(f.fileno(), 'r')
print(g.readline(), end='')
g.close()
try:
    f.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    f.close()
except OSError as e:
    print(type(e).__name__, e)
print(f.closed)
open(P, 'w').close()
