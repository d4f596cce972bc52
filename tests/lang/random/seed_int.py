import random
for s in [0, 1, 42, -42, 12345, 2**31, 2**32 - 1, 2**32, 2**63, 2**64 + 3, 10**40, True, False]:
    random.seed(s)
    print(repr(s), random.random(), random.random(), random.getrandbits(16))
random.seed(3.25)
print(random.random())
random.seed(-0.5)
print(random.random())
random.seed(0.0)
a = random.random()
random.seed(0)
print(a == random.random())
