# tell() and seek() work in byte offsets; seek(0) rewinds, seek(0, 2) goes to the end;
# tell() is refused while a for loop iterates the file.
P = '/tmp/rill_files_seek_tell.txt'

with open(P, 'w') as f:
    print(f.tell())
    f.write('abc\n')
    print(f.tell())
    f.write('\u00e9\u00e9\n')
    print(f.tell())
    print(f.seek(0, 2))
    print(f.seekable())

with open(P) as f:
    print(f.tell(), repr(f.readline()), f.tell())
    print(repr(f.read(1)), f.tell())
    print(f.seek(0), repr(f.read()))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(4), repr(f.readline()))
    print(f.seek(0, 1))
    f.seek(0)
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print('OSError:', e)
            break
    for line in f:
        pass
    print(f.tell())
    for args in [(1, 1), (1, 2), (-1,), (0, 3), (0, -1)]:
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(args, type(e).__name__, e)
    try:
        f.seek('x')
    except TypeError as e:
        print('TypeError')

with open(P, 'w') as f:
    f.write('0123456789')
    f.seek(3)
    f.write('abc')
with open(P) as f:
    print(f.read())
open(P, 'w').close()
