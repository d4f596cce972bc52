# Building strings from pieces.
words = ["alpha", "beta", "gamma"]
out = ""
for i, w in enumerate(words):
    out += f"{i}:{w};"
print(out)
print("|".join(w[::-1].upper() for w in words))
line = "name=rill; kind=interpreter; lang=C"
pairs = [p.strip().split("=") for p in line.split(";")]
print(pairs)
print({k: v for k, v in pairs})
csv = "1,2,3\n4,5,6\n"
rows = [[int(x) for x in r.split(",")] for r in csv.strip().split("\n")]
print(rows, sum(sum(r) for r in rows))
print("-".join([str(n) for n in range(3)]))
