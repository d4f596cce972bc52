# A consumer that stops early: the generator holding the file is closed when it is
# dropped (or explicitly), its with block exits, and the file is closed.
P = '/tmp/rill_files_generator_early_stop.txt'
with open(P, 'w') as f:
    for i in range(1000):
        f.write('line %d\n' % i)

opened = []

def read_lines(path):
    with open(path) as f:
        opened.append(f)
        for line in f:
            yield line

def head(n):
    for i, line in enumerate(read_lines(P)):
        if i == n:
            break
        print(line, end='')

head(3)
print('after head:', opened[-1].closed)

g = read_lines(P)
print(next(g), end='')
print('suspended:', opened[-1].closed)
g.close()
print('after close():', opened[-1].closed)

g = read_lines(P)
next(g)
del g
print('after del:', opened[-1].closed)

def first_match(word):
    for line in read_lines(P):
        if word in line:
            return line
print(first_match('77'), end='')
print('after return:', opened[-1].closed)

print(len(opened), all(f.closed for f in opened))

def lines_plain(path):
    f = open(path)
    opened.append(f)
    try:
        for line in f:
            yield line
    finally:
        f.close()
        print('finally ran')

for line in lines_plain(P):
    break
print('plain:', opened[-1].closed)
open(P, 'w').close()
