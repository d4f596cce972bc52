# A recursion that fails after a few levels: four identical entries print three and
# corpus: full-stderr
# "[Previous line repeated 1 more time]"; other lines break the run.
def countdown(n):
    if n == 0:
        raise ValueError("liftoff failed")
    return countdown(n - 1)

def launch(n):
    return countdown(n)

try:
    launch(3)
except ValueError as e:
    print("caught:", e)
launch(4)
