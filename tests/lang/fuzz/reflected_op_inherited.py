# Found by tests/fuzz: in a + b, b's reflected method goes first only when b's
# class is a subclass of a's class that overrides it; an inherited __radd__
# does not go first.
class C:
    def __add__(self, o):
        print('C.__add__')
        return 'add'
    def __radd__(self, o):
        print('C.__radd__')
        return 'radd'
    def __mul__(self, o):
        return 'mul'
    def __rmul__(self, o):
        return 'rmul'
class D(C):
    pass
class E(C):
    def __radd__(self, o):
        print('E.__radd__')
        return 'E radd'
print(C() + D())
print(C() + E())
print(C() * D(), D() * C())
print(sum([D()], C()))
