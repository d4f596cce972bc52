# A for loop that breaks out of a generator it created: the generator is closed when
# the loop drops its iterator, before the next statement.
def gen(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print(" finally", tag)

for x in gen("break"):
    if x == 2:
        print("breaking at", x)
        break
print("after the loop")

def search():
    for x in gen("return"):
        if x == 1:
            print("returning from inside the loop")
            return x
    return None

print("search ->", search())

try:
    for x in gen("raise"):
        if x == 3:
            raise ValueError("stop at 3")
except ValueError as e:
    print("caught", e)

for outer in range(2):
    for x in gen("inner loop " + str(outer)):
        if x == outer:
            break
    print("outer iteration", outer, "done")

it = gen("kept")
for x in it:
    if x == 1:
        break
print("the name still holds it:", next(it))
del it
print("end")

for x in gen("continue"):
    if x < 8:
        continue
    print("natural end after", x)
print("exhausted loop: finally already ran")
