# A generator run to the end leaves its with block normally (no exception type).
class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, t, v, tb):
        print("close", t)


def numbers(n):
    with Resource():
        for i in range(n):
            yield i
        print("loop ended")
    print("after with")
    return "ret"


print(list(numbers(3)))
print(sum(numbers(4)))
g = numbers(1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
for x in numbers(2):
    print("got", x)
