# Repetition, concatenation and aliasing of nested lists.
row = [0] * 3
print(row, [1, 2] * 2, [] * 5, [1] * 0)
grid = [[0] * 2] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 2 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, 2]
b = a + [3]
a.append(4)
print(a, b)
c = a
c += [5]
print(a is c, a)
d = [a, a]
a.append(6)
print(d)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
