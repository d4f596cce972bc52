# Chained comparisons evaluate each operand at most once.
def v(n):
    print("eval", n)
    return n

print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1.0)
print(1 < 2 > 0)
print(1 <= 1 < 2 != 3)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2) < v(5))
x = 5
print(0 < x <= 10, 0 < x < 5)
print("a" < "b" < "c", [1] < [1, 0] < [2])
n = None
one, two = 1, 2
print(one < two is not n, two > one is n)
print(1 in [1] in [[1]])
