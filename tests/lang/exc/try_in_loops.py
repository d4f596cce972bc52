# try inside loops and loops inside try.
results = []
for s in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(s))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append("f")
print(results)
total = 0
try:
    for v in [1, 2, "three", 4]:
        total += v
except TypeError as e:
    print("stopped:", e, "total", total)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError("retry")
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print("attempt", attempts, "failed:", e)
