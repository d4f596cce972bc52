# corpus: full-stderr
# A SyntaxError whose lineno is not an int prints as any exception, with str().
raise SyntaxError('m', ('f.txt', None, 3, 'text'))
