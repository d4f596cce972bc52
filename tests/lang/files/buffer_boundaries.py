# Lines and characters that straddle the 64 KiB (and 8 KiB) read chunks: a line longer
# than the buffer, \r\n split across a boundary, multi-byte characters cut by one.
P = '/tmp/rill_files_buffer_boundaries.txt'

pieces = []
pieces.append('x' * 200000 + '\n')                  # one line longer than any buffer
pieces.append('y' * (65536 - 7) + '\r\n')           # \r\n near a 64 KiB boundary
for k in range(1, 9):
    pieces.append('\u00e9' * (4096 + k) + '\r')     # two-byte characters, lone \r
    pieces.append('\u20ac\U0001f600' * (1000 + k) + '\n')
pieces.append('z' * 65535 + '\r')
pieces.append('\n' + 'w' * 10)
text = ''.join(pieces)

with open(P, 'w', newline='') as f:
    f.write(text)

expected = text.replace('\r\n', '\n').replace('\r', '\n')
with open(P) as f:
    s = f.read()
print(len(s), s == expected)

with open(P) as f:
    lines = list(f)
print(len(lines), ''.join(lines) == expected)
print([len(l) for l in lines][:6], lines[-1])

with open(P, newline='') as f:
    raw = f.readlines()
print(len(raw), ''.join(raw) == text, [l[-2:] for l in raw][:4])

with open(P) as f:
    chunks = []
    while True:
        c = f.read(9973)
        if not c:
            break
        chunks.append(c)
print(len(chunks), ''.join(chunks) == expected)

with open(P) as f:
    parts = []
    while True:
        part = f.readline(50000)
        if not part:
            break
        parts.append(len(part))
print(len(parts), sum(parts), parts[:8])

with open(P, newline='\r\n') as f:
    crlf = f.readlines()
print(len(crlf), ''.join(crlf) == text)
open(P, 'w').close()
