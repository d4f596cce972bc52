# Tab-indented lines: the marks follow the stripped line.
# corpus: full-stderr
def area(w, h):
	if w > 0:
		return w * h
	return 0

print(area(2, 3))
print(area(2, None))
