# Simultaneous assignment evaluates the whole right side first.
a, b, c = 1, 2, 3
a, b, c = b, c, a
print(a, b, c)
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
print(x, y)
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 9
print(i, lst)
