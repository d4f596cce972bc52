# Found by tests/fuzz: a descriptor read through the class calls
# __get__(None, cls) rather than returning the descriptor itself.
class Desc:
    def __get__(self, obj, objtype=None):
        return ('desc', obj is None, objtype.__name__)
class A:
    inside = Desc()
A.late = Desc()
class B(A):
    pass
print(A().inside, A.inside)
print(A().late, A.late)
print(B.inside, B().late)
