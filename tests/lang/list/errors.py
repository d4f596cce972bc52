# List error messages.
a = [1, 2, 3]
def attempt(f):
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e), e)

attempt(lambda: a[3])
attempt(lambda: a[-4])
attempt(lambda: [].pop())
attempt(lambda: a.pop(10))
attempt(lambda: a.index(7))
attempt(lambda: a.remove(7))
attempt(lambda: a["x"])
attempt(lambda: a + (4,))
def setitem():
    a[5] = 0
attempt(setitem)
print(a)
