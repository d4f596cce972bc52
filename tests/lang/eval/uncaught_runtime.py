# An error raised in exec'd code: its frames are File "<string>", line N, in <module>
# (and in the functions the string defined), with no source lines, as CPython has no
# file to read them from.
# corpus: full-stderr
def g():
    return 1 / 0

def run():
    exec("def h():\n    return g()\n\nx = 1\nh()\n")

run()
