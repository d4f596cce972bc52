# read(n) and readline(limit) count characters, not bytes; read(None) and negative
# sizes read everything.
P = '/tmp/rill_files_read_sizes.txt'

text = 'h\u00e9llo w\u00f6rld \u20ac\u20ac \U0001f600!\nsecond \u00e9 line\nthird\n'
with open(P, 'w', encoding='utf-8') as f:
    print(f.write(text), len(text))

with open(P, encoding='utf-8') as f:
    parts = []
    while True:
        s = f.read(3)
        if not s:
            break
        parts.append(s)
    print(parts)
    print(''.join(parts) == text)

with open(P, encoding='utf-8') as f:
    print(repr(f.read(None)) == repr(text))
with open(P, encoding='utf-8') as f:
    print(f.read(-1) == text, repr(f.read(-5)))

with open(P, encoding='utf-8') as f:
    print(repr(f.readline(4)), repr(f.readline(0)), repr(f.readline(100)))
    print(repr(f.readline(-1)), repr(f.readline(3)), repr(f.readline(3)), repr(f.readline(3)))
    print(repr(f.readline()), repr(f.readline(5)))

with open(P, encoding='utf-8') as f:
    for bad in ['2', 2.5, None]:
        try:
            f.read(bad) if bad is not None else f.readline(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        f.readline('x')
    except TypeError as e:
        print('TypeError:', e)

open(P, 'w').close()
