# 'x' refuses to open an existing file; mode letters are checked as CPython checks them.
P = '/tmp/rill_files_exclusive_mode.txt'
open(P, 'w').close()

try:
    open(P, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)

for mode in ['rz', 'rr', 'ww', 'U', '', 't', 'rw', 'rwa', 'xa', 'rtb', 'bt', 'tt', 'r ',
             'R', 'rx']:
    try:
        open(P, mode)
        print(repr(mode), 'opened')
    except ValueError as e:
        print(repr(mode), 'ValueError:', e)

for mode in ['r', 'rt', 'tr', 'w', 'wt', 'a', 'at', 'ta']:
    with open(P, mode) as f:
        print(repr(mode), f.mode, f.readable(), f.writable())
