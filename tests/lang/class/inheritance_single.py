# Single inheritance: overriding, inheriting, and calling the base explicitly.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def intro(self):
        return "I am " + self.name + ", a " + self.kind + ": " + self.speak()


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return self.name + " barks"


class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def speak(self):
        return Dog.speak(self) + " softly"


for a in [Animal("gen"), Dog("rex"), Puppy("bit", 1)]:
    print(a.intro())
p = Puppy("tiny", 2)
print(p.age, p.kind, Puppy.kind, Animal.kind)
print(Puppy.__bases__ == (Dog,), Dog.__bases__ == (Animal,), Animal.__bases__ == (object,))
print([c.__name__ for c in Puppy.__mro__])
