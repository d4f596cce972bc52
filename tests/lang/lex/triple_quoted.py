# Triple-quoted strings: embedded newlines and quotes.
a = """first line
second "line"
third 'line'"""
print(a)
print(repr(a))
b = '''it's
"quoted"'''
print(b)
c = """\
no leading newline
"""
print(repr(c))
d = """ends with a quote\""""
print(d)
print(len("""
"""))
