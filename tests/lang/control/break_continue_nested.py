# break and continue affect only the innermost loop.
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    else:
        print("inner else", i)
    if i == 2:
        continue
    print("end of outer", i)
result = []
for a in range(3):
    b = 0
    while True:
        b += 1
        if b > a:
            break
        if b == 1:
            continue
        result.append((a, b))
print(result)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v * v > 10:
            found = v
            break
    if found is not None:
        break
print(found)
