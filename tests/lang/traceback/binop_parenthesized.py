# Parenthesized operands and two-character operators: the "^" finds the operator
# corpus: full-stderr
# after the closing parentheses of the left operand.
def power(base, exp):
    return (base) ** exp

def floor(a, b):
    return (a)//(b)

try:
    power(2, None)
except TypeError as e:
    print("caught:", e)
    floor(7, None)
