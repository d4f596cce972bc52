# Tabs and spaces mixed consistently: tab then spaces for the inner block.
def g(n):
	for i in range(n):
	    if i:
	        print("inner", i)
	print("end")
g(3)
