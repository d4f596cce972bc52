# readlines(hint) stops once the lines read reach hint characters; writelines takes
# any iterable of strings.
P = '/tmp/rill_files_readlines_writelines.txt'

with open(P, 'w') as f:
    f.writelines('line %d\n' % i for i in range(10))
    f.writelines([])
    f.writelines(('a', 'b', '\n'))
    f.writelines(iter(['x\n']))
    try:
        f.writelines(['ok\n', 5, 'never\n'])
    except TypeError as e:
        print('TypeError:', e)
    try:
        f.writelines(7)
    except TypeError as e:
        print('TypeError:', e)

for hint in [None, -1, 0, 1, 6, 7, 8, 20, 1000]:
    with open(P) as f:
        print(hint, f.readlines(hint) if hint is not None else f.readlines())
with open(P) as f:
    try:
        f.readlines('3')
    except TypeError as e:
        print('TypeError:', e)
open(P, 'w').close()
