from functools import cmp_to_key

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(by_length_then_alpha)))
print(max(words, key=cmp_to_key(by_length_then_alpha)))

def reverse_numeric(x, y):
    return y - x

nums = [5, 2, 4, 1, 3]
nums.sort(key=cmp_to_key(reverse_numeric))
print(nums)

K = cmp_to_key(reverse_numeric)
a, b = K(1), K(2)
print(a < b, a > b, a == b, a != b, a <= b, a >= b)
print(a.obj, b.obj, K(obj=7).obj)
print(K(3) == K(3), K(3) <= K(3))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: a < 5)
show(lambda: K(1) < K("x"))
show(lambda: K())

def floaty(x, y):
    return (x - y) / 2

F = cmp_to_key(floaty)
print(F(1) < F(2), F(2) < F(1))
