# Found by tests/fuzz: an int above 2**53 compared with a float of magnitude
# below 0.5 (0.3, 5e-324...) gave the wrong answer.
big = 2**60
print(big < 0.3, big > 0.3, 0.3 < big, 0.3 > big, big >= 5e-324)
print(-big > -0.3, -big < -0.3, -big < 0.3, big == 0.3, big != 0.3)
print(10**20 < 0.25, (2**64 + 1) < 0.4, 2**53 < 0.1, 2**54 < 0.1, 12345 << 100 >= 0.1 + 0.2)
print(max(2**60, 0.3), min(0.49, 2**70), sorted([0.1, 2**64, -2**64, -0.1]))
