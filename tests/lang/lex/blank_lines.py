

# Blank lines and whitespace-only lines anywhere.
   
def f():

    x = 1
    	
    return x



print(f())
   
