# Rich comparisons drive sorted, min, max and list.sort on user objects.
class Card:
    order = "23456789TJQKA"

    def __init__(self, face):
        self.face = face

    def rank(self):
        return Card.order.index(self.face)

    def __lt__(self, other):
        return self.rank() < other.rank()

    def __eq__(self, other):
        return self.face == other.face

    def __repr__(self):
        return "Card(" + self.face + ")"


hand = [Card(c) for c in "K3A9T"]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(min(hand), max(hand))
hand.sort()
print(hand)
print(Card("2") < Card("3"), Card("A") > Card("K"), Card("5") == Card("5"))
print(max(hand, key=lambda c: -c.rank()))
print(sorted([Card("5"), Card("5"), Card("2")]))


class Full:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __le__(self, o):
        return self.v <= o.v

    def __gt__(self, o):
        return self.v > o.v

    def __ge__(self, o):
        return self.v >= o.v


a, b = Full(1), Full(2)
print(a < b, a <= b, a > b, a >= b, a <= a, b >= a)
print(1 < 2 < 3, a < b < Full(3), a < b > Full(5))
