# Counting and grouping with dicts.
text = "mississippi"
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
lengths = {w: len(w) for ws in groups.values() for w in ws}
print(lengths)
print(sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
