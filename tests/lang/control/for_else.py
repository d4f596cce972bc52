# for loops with else.
for i in range(3):
    print("i", i)
else:
    print("for completed")
for i in range(10):
    if i == 4:
        print("found 4")
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty loop else")
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for ch in "abc":
    if ch == "z":
        break
else:
    print("no z")
