# Explicit (backslash) and implicit (bracket) line joining.
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,  # a comment inside brackets
    3,
]
print(values)
d = {
    "a": 1,

    "b": 2,
}
print(d)
result = (10
          - 3
          * 2)
print(result)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
if total > 5 and \
   total < 10:
    print("in range")
print(len([
]))
