# Deleting and reinserting keys keeps insertion order consistent.
d = {i: str(i) for i in range(10)}
for i in range(0, 10, 2):
    del d[i]
print(d)
for i in range(0, 10, 4):
    d[i] = "new"
print(d)
print(list(d.keys()))
big = {}
for i in range(1000):
    big[i] = i
for i in range(990):
    del big[i]
print(big, len(big))
big[5] = 5
print(list(big)[-3:])
