# set and frozenset methods.
s = {1, 2, 3}
s.add(4)
s.add(1)
s.discard(10)
s.remove(2)
print(sorted(s), s.pop() in (1, 3, 4), len(s))
s = {1, 2, 3}
print(sorted(s.union({5}, [6], (7,))), sorted(s.intersection({2, 3, 9}, [3])), sorted(s.difference([1], {2})))
print(sorted(s.symmetric_difference([3, 4])), s.issubset({1, 2, 3, 4}), s.issubset([1, 2]), s.issuperset([1]))
print(s.issuperset({1, 9}), s.isdisjoint([7, 8]), s.isdisjoint({3}), s.union(), s.intersection(), s.difference())
u = {1, 2, 3}
u.update([4], {5})
u.intersection_update({1, 2, 3, 4, 9}, range(10))
u.difference_update([1], [2])
u.symmetric_difference_update({4, 100})
print(sorted(u), u.copy() == u, u.copy() is u)
u.clear()
print(u, set().union([1]))
f = frozenset([1, 2, 3])
print(sorted(f.union([4])), type(f.union([4])).__name__, type(f.intersection([1])).__name__)
print(type(f.difference([1])).__name__, type(f.symmetric_difference([1])).__name__, f.copy() is f)
print(f.issubset(range(5)), f.isdisjoint(()), hasattr(f, "add"), type({1}.union(f)).__name__)
for name, args in [("remove", (9,)), ("pop", ()), ("add", ()), ("union", (1,)), ("update", (1,)),
                   ("issubset", (1,)), ("isdisjoint", (1,)), ("symmetric_difference", ()),
                   ("add", ([],)), ("remove", ([],)), ("intersection", (5,)), ("difference", (5,))]:
    try:
        print(getattr(set(), name)(*args))
    except (TypeError, KeyError) as e:
        print(name, type(e).__name__, e)
fs = {frozenset({1}), 2}
fs.remove({1})
print(fs, {1} in {frozenset({1})}, {frozenset()}.__contains__(set()))
fs.discard({2})
print(fs)
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print(type(e).__name__, e)
a, b = {1, 2}, {2, 3}
print(sorted(a.__or__(b)), sorted(a.__and__(b)), sorted(a.__sub__(b)), sorted(a.__xor__(b)), a.__or__(1))
print(a.__le__({1, 2, 3}), a.__lt__(a), a.__eq__({2, 1}), a.__ne__(b), a.__ge__({1}), a.__gt__(set()))
print(a.__len__(), a.__contains__(2), sorted(a.__iter__()), frozenset([1]).__repr__(), set().__repr__())
s = set(range(20))
s.difference_update(range(0, 20, 2))
print(sorted(s), sorted(set(range(10)).difference({1, 2})), sorted({1, 2, 3} - {2}))
s2 = {1, 2}
s2.difference_update(s2)
s3 = {1, 2}
s3.symmetric_difference_update(s3)
print(s2, s3)
