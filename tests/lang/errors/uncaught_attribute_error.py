# An uncaught AttributeError on an int.
n = 1
print(n)
n.foo
