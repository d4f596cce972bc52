# Invalid UTF-8 raises UnicodeDecodeError (a ValueError) with CPython's message. The
# files are fixtures in data/ (rill has no bytes type to write them with).
names = ['bad_start', 'truncated', 'bad_continuation', 'overlong', 'surrogate',
         'truncated4', 'c0']
for name in names:
    with open('data/' + name + '.txt', encoding='utf-8') as f:
        try:
            s = f.read()
            print(name, 'read', repr(s))
        except UnicodeDecodeError as e:
            print(name, 'UnicodeDecodeError:', e)
    with open('data/' + name + '.txt', encoding='utf-8') as f:
        try:
            print(name, 'lines', list(f))
        except ValueError as e:
            print(name, type(e).__name__, e)
