# Difference: eval() and exec() take a dict as locals (rill's frames keep their names in
# dicts). Another mapping, which CPython accepts, raises TypeError; what CPython refuses
# is refused with CPython's message.
class Namespace:
    def __getitem__(self, key):
        return 42
for run in (lambda: eval("x", {}, Namespace()), lambda: exec("y = x", {}, Namespace()),
            lambda: eval("1", {}, [])):
    try:
        print(run())
    except TypeError as e:
        print(e)
try:
    exec("x", {}, 5)
except TypeError as e:
    print(e)
