# map (several iterables, lazy) and filter (None as the function).
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(len, ["a", "bb"])))
log = []


def f(x):
    log.append(x)
    return x * 2


m = map(f, [1, 2, 3])
print(log, next(m), log, list(m), log, type(m).__name__)
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(filter(bool, [0, 2])), list(filter(str.isdigit, "a1b2")), type(filter(None, [])).__name__)
fl = filter(lambda x: x > 1, iter([1, 2, 3]))
print(next(fl), list(fl), next(fl, "end"))
for args in [(), (len,), (None,)]:
    try:
        map(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(), (None,), (None, [], 1)]:
    try:
        filter(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(len, 5)
except TypeError as e:
    print(type(e).__name__, e)


def stopper(x):
    if x == 2:
        raise StopIteration
    return x


print(list(map(stopper, [1, 2, 3])), [y for y in map(stopper, [0, 1, 2])])
print(sum(map(int, "123")), max(map(abs, [-5, 3])), sorted(map(str.upper, "cab")))
