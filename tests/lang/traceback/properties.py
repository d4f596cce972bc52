# An error inside a property getter, reached from an attribute in an expression.
# corpus: full-stderr
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

print(Temperature(100).fahrenheit)
reading = Temperature("hot")
print("it is", reading.fahrenheit, "F")
