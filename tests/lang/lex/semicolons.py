# Several simple statements on one line; one-line compound statements.
a = 1; b = 2; print(a, b)
if a < b: print("less")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
def f(): return 7
print(f());
x = 5;
print(x)
