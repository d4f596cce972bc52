# A division by zero inside a larger expression: "~" under the operands, "^" under "/".
# corpus: full-stderr
def ratio(total, count):
    scale = 100
    return scale * total / count + 1

print(ratio(10, 5))
print(ratio(10, 0))
