# Writes a small file, then reads it back every way: read(), read(n), readline(),
# readlines(), iteration. Scratch files live in /tmp under fixed names and are
# truncated at the end (rill has no os module to delete them).
P = '/tmp/rill_files_basic_write_read.txt'

f = open(P, 'w')
print(f.write('first line\n'))
print(f.write('second line\n'))
print(f.write('third, without newline'))
print(f.closed)
f.close()
print(f.closed)

f = open(P)
print(repr(f.read()))
print(repr(f.read()))
f.close()

f = open(P)
print(repr(f.read(5)), repr(f.read(6)), repr(f.read(0)))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
f.close()

f = open(P)
print(f.readlines())
print(f.readlines())
f.close()

f = open(P)
for line in f:
    print(len(line), repr(line))
f.close()

f = open(P)
print(list(f))
f.close()

f = open(P, 'w')
f.close()
print(repr(open(P).read()))
