# Every operation on a closed file raises ValueError (CPython's wording, with or
# without the final period), except close() (idempotent) and a few queries.
P = '/tmp/rill_files_closed_file.txt'

with open(P, 'w') as f:
    f.write('data\n')

def show(what, fn):
    try:
        print(what, '->', repr(fn()))
    except ValueError as e:
        print(what, '-> ValueError:', e)

for mode in ['r', 'w']:
    f = open(P, mode)
    f.close()
    print(mode, f.closed, f.name == P, f.mode)
    show('read', lambda: f.read())
    show('read(1)', lambda: f.read(1))
    show('readline', lambda: f.readline())
    show('readlines', lambda: f.readlines())
    show('next', lambda: next(f))
    show('list', lambda: list(f))
    show('write', lambda: f.write('x'))
    show('writelines', lambda: f.writelines(['x']))
    show('flush', lambda: f.flush())
    show('tell', lambda: f.tell())
    show('seek', lambda: f.seek(0))
    show('fileno', lambda: f.fileno())
    show('isatty', lambda: f.isatty())
    show('seekable', lambda: f.seekable())
    show('readable', lambda: f.readable())
    show('writable', lambda: f.writable())
    show('enter', lambda: f.__enter__())
    show('close', lambda: f.close())
    show('close again', lambda: f.close())
    show('exit', lambda: f.__exit__(None, None, None))

try:
    with f:
        pass
except ValueError as e:
    print('with closed:', e)

f = open(P)
for line in f:
    print(repr(line))
    f.close()
    try:
        for line in f:
            print('never')
    except ValueError as e:
        print('loop:', e)

try:
    f.write(3)
except TypeError as e:
    print('TypeError:', e)

open(P, 'w').close()
