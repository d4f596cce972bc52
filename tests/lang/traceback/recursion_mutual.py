# Mutual recursion alternates between two lines: nothing is folded until a line
# corpus: full-stderr
# repeats consecutively.
def is_even(n):
    if n < 0:
        raise ValueError(n)
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(4))
is_odd(-1 + 6 - 8)
