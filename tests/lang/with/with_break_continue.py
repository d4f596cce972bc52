# break and continue inside a with block inside a loop exit the manager once per entry.
class CM:
    def __init__(self, i):
        self.i = i

    def __enter__(self):
        print("enter", self.i)
        return self.i

    def __exit__(self, *a):
        print("exit", self.i)


for i in range(5):
    with CM(i) as v:
        if v == 1:
            continue
        if v == 3:
            break
        print("body", v)
print("loop done")
n = 0
while True:
    n += 1
    with CM("w%d" % n):
        with CM("inner"):
            if n < 2:
                continue
            break
print("while done", n)
for i in range(2):
    with CM("a"), CM("b"):
        if i == 0:
            continue
        print("second pass")
else:
    print("for else")
