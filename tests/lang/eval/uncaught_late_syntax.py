# An error CPython's compiler finds after parsing (a duplicate parameter): for a string
# it has no text, so only the file and line are printed.
# corpus: full-stderr
src = "x = 1\ndef f(a, a):\n    pass\n"
exec(compile(src, "<generated>", "exec"))
