# Generators stored in a list: closed when the list is cleared, an item is popped and
# dropped, a slot is overwritten, a slice is replaced, or the list itself goes.
def gen(tag):
    try:
        yield tag
    finally:
        print(" finally", tag)

def started(tag):
    g = gen(tag)
    next(g)
    return g

lst = [started("a"), started("b"), started("c")]
print("clear")
lst.clear()
print("cleared")

lst = [started("d"), started("e"), started("f")]
lst.pop()
print("popped f")
x = lst.pop(0)
print("popped d, kept in x")
x = None
print("x dropped")
lst[0] = "replacement"
print("slot overwritten", lst)

lst = [started(i) for i in range(4)]
lst[1:3] = []
print("slice deleted")
del lst[:]
print("all deleted")

lst = [started("g"), started("h")]
lst = None
print("list dropped")

lst = [started("i"), started("j")]
lst *= 0
print("multiplied by zero")
lst = [started("k")]
lst.remove(lst[0])
print("removed")
