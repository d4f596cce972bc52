import random
random.seed(5)
print(random.choices("abc"))
print(random.choices("abc", k=8))
print(random.choices(["win", "lose"], [1, 9], k=10))
print(random.choices(range(5), weights=[0.5, 0, 0, 0, 0.5], k=6))
print(random.choices("xyz", cum_weights=[1, 1, 10], k=6))
print(random.choices([10, 20, 30], [1.5, 2.5, 3], k=4))
print(random.choices("ab", k=0), random.choices("ab", k=-1))
