# Reading a file opened for writing, or writing one opened for reading, raises
# io.UnsupportedOperation, which is both an OSError and a ValueError.
import io
P = '/tmp/rill_files_unsupported_ops.txt'

with open(P, 'w') as f:
    f.write('abc\n')
    for op in [f.read, f.readline, f.readlines, lambda: next(f), lambda: f.read(2)]:
        try:
            op()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    print(f.readable(), f.writable())

with open(P) as f:
    for op in [lambda: f.write('x'), lambda: f.writelines(['x'])]:
        try:
            op()
        except OSError as e:
            print(type(e).__name__, e)
    f.writelines([])
    try:
        f.write(3)
    except TypeError as e:
        print('TypeError:', e)
    print(f.readable(), f.writable(), f.read())

print(io.UnsupportedOperation.__name__, io.UnsupportedOperation.__module__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.open is open, io.TextIOWrapper)
print(type(open(P)) is io.TextIOWrapper)
try:
    with open(P) as f:
        f.write('x')
except ValueError as e:
    print('caught as ValueError:', e, f.closed)

open(P, 'w').close()
with open(P) as f:
    f.write('unhandled\n')
