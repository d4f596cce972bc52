# Generator expressions are generators: PEP 479 applies to them; list comprehensions
# are not, so a StopIteration passes through them unchanged.
def take_from(it):
    return (next(it) for _ in range(3))

try:
    print(list(take_from(iter([1, 2]))))
except RuntimeError as e:
    print("genexpr:", e, type(e.__cause__).__name__)

it = iter([1, 2])
try:
    print([next(it) for _ in range(3)])
except StopIteration:
    print("list comprehension: plain StopIteration")
except RuntimeError:
    print("not this")

print(list(next(iter([v])) for v in "abc"))

g = (next(e) for e in [iter([]), iter([1])])
try:
    next(g)
except RuntimeError as e:
    print("first item:", e)
print("then:", next(g, "finished"))
