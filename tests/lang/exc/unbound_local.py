# UnboundLocalError: assignment anywhere in a function makes the name local.
count = 0
def bump():
    count += 1
try:
    bump()
except UnboundLocalError as e:
    print(type(e), e)
def late():
    print(y)
    y = 1
try:
    late()
except UnboundLocalError as e:
    print(e)
except NameError:
    print("not printed")
def deleted():
    z = 1
    del z
    return z
try:
    deleted()
except UnboundLocalError as e:
    print(e)
def closure_unbound():
    def inner():
        return w
    try:
        return inner()
    except NameError as e:
        return str(e)
    w = 1
print(closure_unbound())
