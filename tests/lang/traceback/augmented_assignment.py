# An augmented assignment is marked as a whole statement; when it is not the whole
# corpus: full-stderr
# line (after "if ...:"), the marks show where it starts.
counts = {"a": 1}
total = 0
for k in counts:
    if k: total += counts[k]
print(total)
if total: total += "1"
