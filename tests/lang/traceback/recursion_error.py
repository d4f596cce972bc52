# Unbounded recursion: three identical entries, then the count of the others.
# corpus: full-stderr
def depth(node):
    return depth(node + 1) + 1

depth(0)
