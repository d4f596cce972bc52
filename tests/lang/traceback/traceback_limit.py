# An exception re-raised through more frames than sys.tracebacklimit (1000): only the
# innermost 1000 entries are printed.
# corpus: full-stderr
def f(n):
    if n == 0:
        raise ValueError("deep")
    return f(n - 1)

def g(n):
    if n == 0:
        raise e
    return g(n - 1)

try:
    f(600)
except ValueError as x:
    e = x
g(600)
