# Loops inside functions inside loops; return exits all loops.
def first_pair(target, xs):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return None
for t in [9, 100, 3]:
    print(t, first_pair(t, [1, 2, 4, 5, 8]))
def count_down(n):
    while n:
        yield_like = n
        n -= 1
        if n == 2:
            return "stopped at 2 after " + str(yield_like)
    return "reached zero"
print(count_down(5), count_down(1))
