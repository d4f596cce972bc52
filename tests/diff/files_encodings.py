# Difference: files are read and written as UTF-8 only. Any other encoding is refused
# with a LookupError (after the file is opened, as CPython checks encodings: a 'w' open
# has truncated the file by then); CPython would use the codec.
P = '/tmp/rill_diff_files_encodings.txt'
with open(P, 'w') as f:
    f.write('kept?')
for enc in ['latin-1', 'ascii', 'utf-16', 'utf-8-sig', 'cp1252']:
    try:
        open(P, encoding=enc).close()
        print(enc, 'opened')
    except LookupError as e:
        print(enc, e)
for enc in ['utf-8', 'UTF-8', 'utf8', 'UTF_8', 'u8', 'utf']:
    with open(P, encoding=enc) as f:
        print(enc, f.encoding)
try:
    open(P, 'w', encoding='latin-1')
except LookupError as e:
    print(e)
print(repr(open(P).read()))
