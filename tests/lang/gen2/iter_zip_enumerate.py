# enumerate and zip over instrumented generators: zip stops at the first exhausted
# input, after having pulled one extra item from the inputs before it.
def gen(tag, n):
    for i in range(n):
        print("  ", tag, "yields", i)
        yield tag + str(i)
    print("  ", tag, "exhausted")

print(list(enumerate(gen("e", 2), 10)))
print(list(zip(gen("long", 4), gen("short", 2))))
print("--")
print(list(zip(gen("short", 2), gen("long", 4))))
print("--")
print(list(zip(gen("a", 3), gen("b", 3), gen("c", 1))))
print("--")
first = gen("f", 5)
print(list(zip(first, "xy")))
print("left in first:", list(first))
try:
    print(list(zip(gen("s1", 2), gen("s2", 3), strict=True)))
except ValueError as e:
    print("ValueError:", e)
try:
    print(list(zip(gen("t1", 2), gen("t2", 1), strict=True)))
except ValueError as e:
    print("ValueError:", e)
for i, pair in enumerate(zip(gen("p", 2), gen("q", 2))):
    print(i, pair)
print(list(zip()))
