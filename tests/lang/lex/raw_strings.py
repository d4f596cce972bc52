# Raw strings keep backslashes.
print(r"\n\t\\")
print(repr(r"\n"), len(r"\n"))
print(R'C:\new\table')
print(r'\'', len(r'\''))
print(r"\x41\u0041")
print(r"""raw
triple \n""")
