# Non-ASCII text survives a round trip; write() returns characters, len() agrees.
P = '/tmp/rill_files_unicode_roundtrip.txt'

lines = ['plain ascii', 'caf\u00e9 na\u00efve', '\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8',
         '\u0645\u0631\u062d\u0628\u0627', 'emoji \U0001f40d\U0001f389', '\u00a0nbsp\u2028sep', '']
with open(P, 'w', encoding='utf-8') as f:
    for line in lines:
        print(f.write(line + '\n'), end=' ')
print()

with open(P, encoding='UTF8') as f:
    back = [line.rstrip('\n') for line in f]
print(back == lines, len(back))
for line in back:
    print(len(line), repr(line))

with open(P, encoding='utf_8') as f:
    s = f.read()
print(len(s), s.count('\n'), s[12:16])

open(P, 'w').close()
