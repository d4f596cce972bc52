# An index past the end of a list, with spaces inside the brackets.
# corpus: full-stderr
primes = [2, 3, 5, 7, 11]
for i in range(3):
    print(primes[i])
print("tenth:", primes[ 10 ])
