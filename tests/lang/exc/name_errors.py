# NameError for undefined and deleted names.
try:
    print(not_defined)
except NameError as e:
    print(e)
v = 1
del v
try:
    v
except NameError as e:
    print(e)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print(e, e.args)
try:
    del never_existed
except NameError as e:
    print(e)
