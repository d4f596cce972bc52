# Difference: SyntaxError's msg, filename, lineno, offset, text, end_lineno and
# end_offset behave as CPython's (None until set, set by the constructor and by the
# compiler) but are plain attributes: they show in the instance's __dict__, and on the
# class they read None where CPython has member descriptors.
e = SyntaxError('m', ('f.py', 1, 2, 'text'))
print(e.msg, e.filename, e.lineno, e.offset, e.text)
print(sorted(vars(e)))
print(SyntaxError.msg)
