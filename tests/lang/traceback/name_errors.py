# NameError and UnboundLocalError point at the name.
# corpus: full-stderr
def report(items):
    for item in items:
        print(item_count + item)

def tally():
    count += 1

try:
    tally()
except UnboundLocalError as e:
    print("caught:", e)
report([1])
