# The attributes and queries of a file object.
P = '/tmp/rill_files_file_attrs.txt'

f = open(P, 'w', encoding='utf-8')
print(f)
print(f.name == P, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
print(f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()).__name__)
f.close()
print(f.closed, f.name == P)
print(repr(f) == "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>" % P)

f = open(P, 'rt', encoding='utf-8', errors='strict')
print(f.mode, f.errors, iter(f) is f, f.__iter__() is f)
f.close()

f = open(P, mode='r', buffering=1, encoding='utf-8')
print(f.line_buffering)
f.close()

print(type(f).__name__, type(f))
try:
    f.closed = False
except AttributeError as e:
    print('AttributeError')
try:
    f.name = 'x'
except AttributeError as e:
    print('AttributeError')
print(open.__name__, input.__name__, open, input)
open(P, 'w').close()
