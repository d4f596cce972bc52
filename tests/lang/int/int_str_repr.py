# str/repr of ints and int-to-string round trips.
for n in [0, 1, -1, 10, -10, 2 ** 31, -2 ** 31, 2 ** 64, -(2 ** 64), 10 ** 20]:
    print(str(n), repr(n), int(str(n)) == n)
print(str(7 ** 100))
print(len(str(2 ** 4000)))
print(bool(0), bool(-1), bool(2 ** 100))
