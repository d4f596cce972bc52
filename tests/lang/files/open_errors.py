# OSError subclasses with CPython's message format, errno, strerror and filename.
P = '/tmp/rill_files_open_errors.txt'
open(P, 'w').close()

def attempt(*args, **kw):
    try:
        f = open(*args, **kw)
        print('opened', f.name)
        f.close()
    except OSError as e:
        print(type(e).__name__, '|', e, '|', e.errno, e.strerror, repr(e.filename))
        print('  ', isinstance(e, OSError), e.__class__.__mro__[1].__name__)

attempt('/nonexistent-rill-dir/none.txt')
attempt('no_such_file_here.txt')
attempt('')
attempt('/tmp')
attempt('/tmp', 'w')
attempt(P + '/child.txt')
attempt(P, 'x')
attempt('data')
attempt('/nonexistent-rill-dir/new.txt', 'w')
attempt('/nonexistent-rill-dir/new.txt', 'a')

try:
    open('no_such_file_here.txt')
except FileNotFoundError as e:
    print(e.args[:2])

try:
    open('/nonexistent-rill-dir/x')
except Exception as e:
    print(repr(type(e)), str(e))
