# 'a' appends to the end; tell() counts bytes.
P = '/tmp/rill_files_append_mode.txt'

with open(P, 'w') as f:
    f.write('start\n')
for i in range(3):
    with open(P, 'a') as f:
        print(f.tell(), f.mode, f.writable(), f.readable())
        f.write('append %d\n' % i)
        print(f.tell())
with open(P, 'a', encoding='utf-8') as f:
    f.write('\u00e9t\u00e9\n')
    print(f.tell())
with open(P) as f:
    print(f.read(), end='')
with open('/nonexistent-rill-dir/a.txt' if False else P, 'at') as f:
    print(f.mode)
open(P, 'w').close()
