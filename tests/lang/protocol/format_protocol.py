# __format__ receives the format spec from f-strings, format() and str.format.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        print("spec", repr(spec))
        text = "$%d.%02d" % (self.cents // 100, self.cents % 100)
        if spec:
            return format(text, spec)
        return text

    def __str__(self):
        return "Money"


m = Money(12345)
print(f"{m}")
print(f"[{m:>12}]")
width = 10
print(f"[{m:<{width}}]")
print(format(m, "^11"))
print("{0} and {0:*>10}".format(m))
print(f"{m!s}", str(m))


class Plain:
    def __str__(self):
        return "plain"


print(f"{Plain()}", format(Plain()), "{}".format(Plain()))
try:
    format(Plain(), "10")
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 5


try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
