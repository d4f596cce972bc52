# f-strings with nested expressions.
name = "world"
n = 7
items = [1, 2, 3]
d = {"key": "value", "n": 3}
print(f"hello {name}")
print(f"{n} squared is {n * n}")
print(f"{n + 1}{n - 1}")
print(f"items: {items}, first: {items[0]}, sum: {sum(items)}")
print(f"dict lookup: {d['key']} {d['n'] + 1}")
print(f"{'nested' + ' string'}")
print(f"{n if n > 5 else 0} {n > 5}")
print(f"{{literal braces}} {{{n}}}")
print(f"{len(name)}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{[i * i for i in range(4)]}")
print(F"capital F {n}")
print(f"")
print(f"{ n }")
