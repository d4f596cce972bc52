# An uncaught UnboundLocalError.
total = 0
def add(n):
    total += n
print("calling add")
add(1)
