# SyntaxError built by a program: the details tuple (any iterable), CPython's
# argument checks, the attributes (None when unset) and str() with the file's base
# name and line. The text of a tokenizer error has no newline; a parser error's has.
def show(e):
    print(repr(e), '|', str(e), '|', e.args)
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
show(SyntaxError())
show(SyntaxError('m'))
show(SyntaxError('m', ('f', 2, 3, 'text')))
show(SyntaxError('m', ('dir/f.py', 5, 3, 'text', 5, 6)))
show(SyntaxError('m', (None, 5, 3, 'text')))
show(SyntaxError('m', ('f', None, 3, 'text')))
show(SyntaxError('m', ['f', 2, 3, 'text']))
show(SyntaxError('m', ('f', True, 3, 'text')))
show(SyntaxError(1, ('f', 2, 3, 'text')))
show(SyntaxError('m', 'x', 3))
show(IndentationError('m', ('f', 2, 3, 'text')))
for bad in [('m', (1, 2)), ('m', 5), ('m', (1,2,3,4,5,6,7)), ('m', ('f', 1, 2, 't', 3))]:
    try:
        SyntaxError(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    compile('x = )', 'zz.py', 'exec')
except SyntaxError as e:
    show(e)
class S(SyntaxError):
    def __init__(self):
        pass
show(S())
e = SyntaxError('m', ('f', 2, 3, 'text'))
e.msg = 'other'
print(str(e), e.args)
class T(SyntaxError):
    def __init__(self, a, b):
        super().__init__(a, b)
show(T('sub', ('g.py', 4, 1, 'abc\n', 4, 3)))
for src in ["x = )\n", "x = 5z\n", "x = (1,\n 2 3)\n", "x = 'abc\n", "x = (1,\n", "if x:\n  a\n b\n"]:
    try:
        compile(src, 'f', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.args)
try:
    SyntaxError('m', kw=1)
except TypeError as e:
    print(e)
