# iter() with one and two arguments, next() with and without a default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(iter(it) is it)


def gen():
    yield "g1"
    return "result"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)
print(next(g, "default"))


class Count:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("custom")
        return self.n


c = Count()
print(list(c), next(c, "d"))
try:
    c2 = Count()
    c2.n = 5
    next(c2)
except StopIteration as e:
    print("user stop", e.args)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


print(list(Seq()), type(iter(Seq())).__name__)
s = iter(Seq())
print(next(s), next(s), list(s), next(s, "end"))

calls = []


def source():
    calls.append(1)
    return len(calls)


ci = iter(source, 4)
print(type(ci).__name__, list(ci), next(ci, "x"), len(calls))
for bad in [5, None]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
for bad in [[], "abc", 5]:
    try:
        next(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
print(list(iter(iter([7, 8]))))
li = iter([1, 2])
print(li.__next__(), li.__iter__() is li)
try:
    iter([]).__next__()
except StopIteration as e:
    print("StopIteration", e.args)
