# Difference: the only error handler is 'strict' (invalid UTF-8 raises
# UnicodeDecodeError); open() refuses errors='ignore', 'replace'... with a ValueError,
# where CPython would apply the handler.
P = '/tmp/rill_diff_files_error_handlers.txt'
open(P, 'w').close()
for errors in ['ignore', 'replace', 'surrogateescape', 'backslashreplace']:
    try:
        open(P, errors=errors).close()
        print(errors, 'opened')
    except ValueError as e:
        print(errors, e)
with open(P, errors='strict') as f:
    print(f.errors)
