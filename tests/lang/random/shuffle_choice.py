import random
random.seed(7)
deck = list(range(20))
random.shuffle(deck)
print(deck)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words)
print([random.choice("abcdefgh") for _ in range(10)])
print([random.choice(range(100, 200)) for _ in range(5)])
print(random.choice((None,)), random.choice([[1], [2]]))
empty = []
random.shuffle(empty)
one = [1]
random.shuffle(one)
print(empty, one)

class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v

s = Seq("abcdefg")
random.shuffle(s)
print(s.items, random.choice(s))
