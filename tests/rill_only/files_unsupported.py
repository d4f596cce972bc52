# What rill's open() refuses where CPython would open the file (documented in the
# README's differences): binary and update modes, encodings other than utf-8, error
# handlers other than 'strict'. CPython opens these, which is why this program is not in
# the python3-checked corpus. Every line of the expected output follows from the program
# text: see files_unsupported.expected.
P = '/tmp/rill_files_unsupported.txt'
open(P, 'w').close()

def refused(exc_type, *args, **kw):
    try:
        open(*args, **kw)
    except exc_type as e:
        return str(e)
    return 'opened'

for mode in ['rb', 'wb', 'ab', 'xb', 'r+', 'w+', 'a+', 'rb+', 'r+t']:
    msg = refused(ValueError, P, mode)
    assert msg == "rill does not support binary or update modes (%r)" % mode, msg
print('modes refused')

for enc in ['latin-1', 'ascii', 'utf-16', 'utf-8-sig', 'cp1252']:
    msg = refused(LookupError, P, encoding=enc)
    assert msg == "rill supports only the utf-8 encoding, not %r" % enc, msg
for enc in ['utf-8', 'UTF-8', 'utf8', 'UTF_8', 'u8', 'utf']:
    assert refused(LookupError, P, encoding=enc) == 'opened', enc
print('encodings checked')

for errors in ['ignore', 'replace', 'surrogateescape']:
    msg = refused(ValueError, P, errors=errors)
    assert msg == "rill supports only errors='strict', not %r" % errors, msg
assert refused(ValueError, P, errors='strict') == 'opened'
print('error handlers checked')

# the file was opened before the text layer's arguments were refused, as in CPython:
# 'w' truncated it
with open(P, 'w') as f:
    f.write('kept?')
refused(LookupError, P, 'w', encoding='latin-1')
assert open(P).read() == ''
print('done')
