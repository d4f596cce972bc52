# newline= on write: None and '' and '\n' write '\n' as is (on POSIX); '\r' and
# '\r\n' translate every '\n'.
P = '/tmp/rill_files_newlines_write.txt'

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(P, 'w', newline=nl) as f:
        n = f.write('one\ntwo\r\nthree\rfour\n')
        f.writelines(['x\n', 'y'])
    with open(P, newline='') as f:
        print(repr(nl), n, repr(f.read()))

open(P, 'w').close()
