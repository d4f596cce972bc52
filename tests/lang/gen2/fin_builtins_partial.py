# Generator expressions consumed partly by any(), all(), next(), in, zip(): each is
# closed as soon as the built-in drops it.
def source(tag, n):
    try:
        for i in range(n):
            print("  ", tag, "yields", i)
            yield i
    finally:
        print("  ", tag, "closed")

print(any(x > 1 for x in source("any", 5)))
print("after any")
print(all(x < 1 for x in source("all", 5)))
print("after all")
print(next(x for x in source("next", 5) if x == 2))
print("after next")
print(2 in source("in", 5))
print("after in")
print(list(zip(source("zip-long", 5), source("zip-short", 2))))
print("after zip")
print(sum(x for x in source("sum", 3)))
print("after sum (ran to the end)")
first = next(source("kept", 3))
print("next(gen) result kept:", first)
print(any(source("any-direct", 3)))
print("end")
