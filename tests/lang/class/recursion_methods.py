# Methods that recurse through other instances: an expression tree.
class Num:
    def __init__(self, v):
        self.v = v

    def eval(self):
        return self.v

    def show(self):
        return str(self.v)


class BinOp:
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self):
        a, b = self.left.eval(), self.right.eval()
        if self.op == "+":
            return a + b
        if self.op == "*":
            return a * b
        return a - b

    def show(self):
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"


def build(n):
    if n == 0:
        return Num(1)
    return BinOp("+*-"[n % 3], build(n - 1), Num(n))


for n in [0, 1, 4, 7]:
    t = build(n)
    print(t.show(), "=", t.eval())


class Fib:
    def __init__(self):
        self.memo = {}

    def get(self, n):
        if n < 2:
            return n
        if n not in self.memo:
            self.memo[n] = self.get(n - 1) + self.get(n - 2)
        return self.memo[n]


print(Fib().get(80))
