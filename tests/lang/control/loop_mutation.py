# Iterating over a list while appending sees the new items.
items = [1, 2, 3]
for x in items:
    if x < 3:
        items.append(x + 10)
    print(x, end=" ")
print()
print(items)
i = 0
lst = [5, 6, 7]
while i < len(lst):
    if lst[i] == 6:
        lst.pop(i)
    else:
        i += 1
print(lst)
copy = [1, 2, 3, 4]
for v in copy[:]:
    if v % 2 == 0:
        copy.remove(v)
print(copy)
