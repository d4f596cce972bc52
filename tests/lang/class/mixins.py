# Mixins: small classes combined through multiple inheritance.
class ReprMixin:
    def __repr__(self):
        items = ", ".join(k + "=" + repr(self.__dict__[k]) for k in sorted(self.__dict__))
        return type(self).__name__ + "(" + items + ")"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    __hash__ = None


class CompareMixin:
    def key(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.key() < other.key()


class Person(ReprMixin, EqMixin, CompareMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def key(self):
        return (self.age, self.name)


people = [Person("bo", 30), Person("al", 25), Person("cy", 30)]
print(people)
print(sorted(people))
print(Person("al", 25) == people[1], Person("al", 26) == people[1], Person("x", 1) != Person("x", 1))
print([c.__name__ for c in Person.__mro__])
print(Person.__hash__ is None)
