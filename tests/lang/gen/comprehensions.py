# List, dict and set comprehensions with nested for and if; their own scope.
print([x * 2 for x in range(5) if x != 2])
print([(x, y) for x in range(3) for y in "ab" if x])
print([[y for y in range(x)] for x in range(4)])
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({x: x ** 2 for x in range(5) if x % 2 == 0})
print(sorted({c for c in "hello world" if c.strip()}))
print({n % 3 for n in range(10)})
x = "unchanged"
_ = [x for x in range(3)]
print(x)
print([i + j for i in range(3) for j in range(i, 3)])
matrix = [[1, 2], [3, 4], [5, 6]]
print([n for row in matrix if sum(row) > 3 for n in row if n % 2 == 0])
print({(a, b): a * b for a in range(2) for b in range(2)})
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
