# Indentation with tabs only.
def f(x):
	if x:
		print("tab", x)
	else:
		print("no")
	return x
f(1)
f(0)
for i in range(2):
	print(i)
