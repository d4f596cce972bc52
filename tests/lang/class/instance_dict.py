# Instance attributes live in obj.__dict__.
class Rec:
    cls_attr = "c"

    def __init__(self, a, b):
        self.a = a
        self.b = b


r = Rec(1, 2)
print(r.__dict__)
r.c = 3
print(r.__dict__, sorted(r.__dict__))
r.__dict__["d"] = 4
print(r.d)
del r.a
print(r.__dict__)
print("cls_attr" in r.__dict__, "cls_attr" in Rec.__dict__, "__init__" in Rec.__dict__)
print(Rec(5, 6).__dict__ == {"a": 5, "b": 6})
for k, v in Rec("x", "y").__dict__.items():
    print(k, v)
