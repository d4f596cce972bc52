# Difference: itertools.batched (new in Python 3.12) is available in rill.
from itertools import batched
print(list(batched("ABCDEFG", 3)))
print(list(batched(range(4), 2)))
