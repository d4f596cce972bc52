# An uncaught KeyError whose string key contains a quote.
d = {}
print("looking up")
d["it's"]
