# super() with no arguments follows the MRO of the instance's class (cooperative __init__).
class Base:
    def __init__(self):
        print("Base init")
        self.log = ["Base"]

    def hello(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
        self.log.append("Left")

    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
        self.log.append("Right")

    def hello(self):
        return ["Right"] + super().hello()


class Both(Left, Right):
    def __init__(self):
        print("Both init")
        super().__init__()
        self.log.append("Both")

    def hello(self):
        return ["Both"] + super().hello()


b = Both()
print(b.log)
print(b.hello())
print(Left().hello())
print(Right().hello())
