# Py_ssize_t arguments of built-in methods (list.pop/insert, str.ljust...) that do not
# fit: OverflowError, as CPython's argument converter raises, for ints and __index__.
class P:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

big = 2**70
L = [1, 2, 3]
attempt(L.pop, big); attempt(L.pop, -big); attempt(L.pop, P(big)); attempt(L.pop, P(-big))
attempt(list.pop, L, big)
attempt(L.pop, P(2)); attempt(L.pop, True); attempt(L.pop, "x"); attempt(L.pop, 5)
attempt(L.insert, big, 9); attempt(L.insert, -big, 9); attempt(L.insert, P(big), 9)
attempt(L.insert, 2.5, 9)
print(L)
L.insert(P(-100), 0); L.insert(100, 4); L.insert(True, 7)
print(L)
# start/stop of index() clamp instead
attempt(L.index, 1, -big); attempt(L.index, 1, 0, big); attempt(L.index, 1, big)
for m in ["ljust", "rjust", "center", "zfill"]:
    attempt(getattr("ab", m), big)
    attempt(getattr("ab", m), P(-big))
    attempt(getattr("ab", m), P(4))
    attempt(getattr("ab", m), 2.5)
attempt("a b c".split, None, big); attempt("a b c".split, None, P(1))
attempt("a b c".rsplit, " ", -big); attempt("a b c".rsplit, " ", P(1))
attempt("aaa".replace, "a", "b", big); attempt("aaa".replace, "a", "b", P(2))
attempt("aaa".replace, "a", "b", P(-big))
# subscripts and repeat counts keep CPython's other wording
attempt([1].__getitem__, big); attempt([1].__mul__, big); attempt("ab".__getitem__, P(big))
