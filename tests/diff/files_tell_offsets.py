# Difference: tell() is the byte offset of the next character to read. CPython's tell()
# returns an opaque cookie, which is the same number except when its decoder holds
# state: here, after a line ended by a '\r' whose successor it had to look at, CPython
# returns a cookie far larger than the file.
P = '/tmp/rill_diff_files_tell_offsets.txt'
with open(P, 'w', newline='') as f:
    f.write('a\r\nb\rc\nd')
with open(P) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline()), f.tell())
    print(repr(f.readline()), f.tell())
    f.seek(5)
    print(repr(f.read()))
