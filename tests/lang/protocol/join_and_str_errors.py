# str.join needs str items, even from a user iterator; str() of objects must be explicit.
class Words:
    def __init__(self, *w):
        self.w = w

    def __iter__(self):
        return iter(self.w)


class Obj:
    def __str__(self):
        return "obj"


print(" ".join(Words("a", "b")), "-".join(Words()))
print(" ".join(str(x) for x in Words(Obj(), 1, "s")))
try:
    " ".join(Words("a", Obj()))
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Obj()
except TypeError as e:
    print(type(e).__name__, e)
print("x" + str(Obj()), "%s!" % Obj())
