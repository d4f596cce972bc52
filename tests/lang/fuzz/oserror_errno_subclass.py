# Found by tests/fuzz: OSError(errno, strerror) makes the subclass the errno
# maps to (PEP 3151).
for code in (2, 13, 17, 20, 21, 99999):
    e = OSError(code, 'message')
    print(code, type(e).__name__, e, e.errno, e.strerror)
try:
    raise OSError(2, 'nofile')
except FileNotFoundError as e:
    print('caught as FileNotFoundError:', e)
print(type(OSError('just a message')).__name__, type(OSError(2)).__name__)
