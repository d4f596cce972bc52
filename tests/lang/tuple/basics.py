# Tuple displays, packing, indexing, concatenation, comparison.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1, 2), ((1,),), tuple(), tuple("ab"), tuple([1, [2]]))
u = 4, 5
print(u, type(u))
print(t + u, t * 2, (0,) * 3, () * 4)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, 2.0) == (1, 2))
print(2 in t, 7 not in t)
print(min(t), max(t), sum(t))
print((1, "a", None, 2.5, [1], (2,)))
print(("it's", 'q"'), ("x",))
print((*t, *u), (*"ab",))
