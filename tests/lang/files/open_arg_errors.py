# open()'s argument checks, in CPython's order and words.
P = '/tmp/rill_files_open_arg_errors.txt'
open(P, 'w').close()

def attempt(*args, **kw):
    try:
        with open(*args, **kw) as f:
            print('opened', f.mode)
    except (TypeError, ValueError, LookupError, OSError) as e:
        print(type(e).__name__ + ':', e)

attempt(3.5)
attempt(None)
attempt([P])
attempt(P, 3)
attempt(P, mode=None)
attempt(P, encoding=3)
attempt(P, errors=4)
attempt(P, newline=5)
attempt(P, buffering='x')
attempt(P, buffering=None)
attempt(P, closefd='x')
attempt(P, closefd=False)
attempt(P, closefd=0)
attempt('a\0b')
attempt(P, newline='x')
attempt(P, newline='\n\r')
attempt(P, 'r', 0)
attempt('/nonexistent-rill-dir/x', 'r', 0)
attempt('/nonexistent-rill-dir/x', newline='bad')
attempt(-1)
attempt(P, opener=lambda path, flags: -1)
attempt(P, opener=lambda path, flags: 'fd')
attempt(P, opener=3)
attempt()
attempt(P, 'r', -1, 'utf-8', 'strict', None, True, None)
attempt(file=P, mode='r', encoding=None, errors=None, newline=None)
attempt(P, bogus=1)
attempt(P, mode='r', file=P)
