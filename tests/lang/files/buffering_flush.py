# Writes are buffered until flush(), close() or a full buffer; buffering=1 flushes at
# each newline.
P = '/tmp/rill_files_buffering_flush.txt'

w = open(P, 'w')
w.write('not yet')
with open(P) as r:
    print(repr(r.read()))
w.flush()
with open(P) as r:
    print(repr(r.read()))
w.write(' and more')
w.close()
with open(P) as r:
    print(repr(r.read()))

w = open(P, 'w', buffering=1)
w.write('partial')
with open(P) as r:
    print(repr(r.read()))
w.write(' line\nnext')
with open(P) as r:
    print(repr(r.read()))
w.close()

w = open(P, 'w')
print('printed', file=w, flush=True)
with open(P) as r:
    print(repr(r.read()))
w.close()

w = open(P, 'w')
big = 'x' * 100000
w.write(big)
with open(P) as r:
    print(len(r.read()) > 0)
w.close()
with open(P) as r:
    print(len(r.read()))
open(P, 'w').close()
