# A property with a setter (validating) and a deleter.
class Account:
    def __init__(self, balance):
        self._balance = 0
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance: " + str(value))
        print("set", value)
        self._balance = value

    @balance.deleter
    def balance(self):
        print("deleting")
        self._balance = 0


a = Account(10)
print(a.balance)
a.balance += 5
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
print(a.balance)
del a.balance
print(a.balance)


class Celsius:
    def __init__(self):
        self._c = 0

    def get_f(self):
        return self._c * 9 // 5 + 32

    def set_f(self, f):
        self._c = (f - 32) * 5 // 9

    fahrenheit = property(get_f, set_f)


c = Celsius()
c.fahrenheit = 212
print(c._c, c.fahrenheit)
