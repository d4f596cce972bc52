# Nested indentation blocks and dedenting several levels at once.
def f(n):
    if n > 0:
        for i in range(n):
            if i % 2:
                print("odd", i)
            else:
                print("even", i)
    else:
        print("non-positive")
    print("done", n)
f(3)
f(0)
if True:
  print("two-space indent")
  if True:
        print("eight more")
print("back at zero")
