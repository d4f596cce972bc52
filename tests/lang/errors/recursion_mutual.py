# Mutual recursion without a base case also hits the recursion limit.
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print(e)
print("recovered")
