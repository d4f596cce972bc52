# corpus: full-stderr
# A SyntaxError raised by a program prints its details (file, text, a caret range
# clipped to the text) before the traceback's last line, as CPython's printer does.
def check(x):
    if x:
        raise SyntaxError('bad thing', ('conf/settings.txt', 12, 3, '  key = = value\n', 12, 9))
print('start')
check(1)
