# exec() inside eval() inside exec(): every level adds its frames.
# corpus: full-stderr
exec("""
def boom(n):
    if n == 0:
        raise ValueError("deep " + str(n))
    return eval("boom(n - 1)")
boom(2)
""")
