# Difference: rill has no bytes type, so open() refuses binary ('b') and update ('+')
# modes with a ValueError naming the mode; CPython opens the file.
P = '/tmp/rill_diff_files_binary_modes.txt'
open(P, 'w').close()
for mode in ['rb', 'wb', 'ab', 'xb', 'r+', 'w+', 'a+', 'rb+', 'r+t']:
    try:
        open(P, mode).close()
        print(mode, 'opened')
    except ValueError as e:
        print(mode, e)
open(P, 'rb')
