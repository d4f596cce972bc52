# Nested subscripts: only the failing one is anchored.
# corpus: full-stderr
grid = [[1, 2], [3, 4]]
print(grid[0][1], grid[1][0])
cell = grid[1][5] + grid[0][0]
