# Universal newlines on read (newline=None translates \r\n and \r), and the other
# newline= choices: '' splits universally without translating, '\n', '\r', '\r\n'
# split only on themselves.
P = '/tmp/rill_files_newlines_read.txt'

with open(P, 'w', newline='') as f:
    f.write('a\r\nb\rc\nd\r\r\ne\n\rf\r')

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(P, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(P, newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(P, newline=nl) as f:
        print(repr(nl), [f.read(2) for _ in range(7)])
    with open(P, newline=nl) as f:
        print(repr(nl), [line for line in f])

with open(P, 'w', newline='') as f:
    f.write('\r\n\r\n\r')
with open(P) as f:
    print(f.readlines())
with open(P) as f:
    print(repr(f.read(1)), repr(f.read(1)), repr(f.read(1)), repr(f.read(1)))

open(P, 'w').close()
