# eval() and exec(): argument errors with CPython's messages and order of checks, code
# objects (free variables, closure=), and exceptions raised by the code.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Mapping:
    def __getitem__(self, k):
        raise KeyError(k)
# argument errors
check(lambda: eval())
check(lambda: eval("1", {}, {}, {}))
check(lambda: eval("1", globals={}))
check(lambda: eval(5))
check(lambda: eval(None))
check(lambda: eval(["1"]))
check(lambda: eval("x", 1))
check(lambda: eval("x", []))
check(lambda: eval("x", Mapping()))
check(lambda: eval("x", None, 5))
check(lambda: eval("x", 1, 5))
check(lambda: eval(5, 1))
check(lambda: exec())
check(lambda: exec("1", {}, {}, {}))
check(lambda: exec("1", {}, {}, {}, closure=None))
check(lambda: exec(closure=None))
check(lambda: exec("1", globals={}))
check(lambda: exec("1", foo=1))
check(lambda: exec(5))
check(lambda: exec("x", 1))
check(lambda: exec("x", []))
check(lambda: exec("x", Mapping()))
check(lambda: exec("x", {}, 5))
check(lambda: exec("x", 1, 5))
check(lambda: exec(5, {}, 5))
check(lambda: exec("1", closure=5))
check(lambda: exec("1", closure=()))
check(lambda: exec("1", None, None))
check(lambda: eval("1", None, None))
# __builtins__ is added even when the source is then refused
g = {}
check(lambda: eval(5, g))
print(list(g), type(g['__builtins__']).__name__, g['__builtins__']['len'] is len)
g = {'__builtins__': 'mine'}
exec("pass", g)
print(g)
# code objects
def outer():
    x = 1
    def inner():
        return x
    return inner
inner = outer()
check(lambda: eval(inner.__code__))
check(lambda: exec(inner.__code__))
check(lambda: exec(inner.__code__, closure=()))
check(lambda: exec(inner.__code__, closure=(1,)))
check(lambda: exec(inner.__code__, closure=[inner.__closure__[0]]))
check(lambda: exec(inner.__code__, closure=inner.__closure__))
check(lambda: exec(compile("1", "f", "exec"), closure=()))
check(lambda: exec(compile("1", "f", "exec"), closure=None))
def uses_glob():
    return zz
check(lambda: eval(uses_glob.__code__, {'zz': 7}))
check(lambda: eval(uses_glob.__code__, {'zz': 7}, {'zz': 8}))
check(lambda: eval(uses_glob.__code__))
def needs_arg(a, b=2):
    return a
check(lambda: eval(needs_arg.__code__))
def star(*a, **kw):
    print("star", a, kw)
    return "done"
check(lambda: eval(star.__code__))
check(lambda: exec(star.__code__))
def gen():
    yield 1
    yield 2
check(lambda: list(eval(gen.__code__)))
check(lambda: type(eval(gen.__code__)).__name__)
# errors inside propagate
check(lambda: eval("1 / 0"))
check(lambda: exec("raise KeyError('k')"))
check(lambda: eval("undefined_name_qq"))
check(lambda: exec("del undefined_name_qq"))
check(lambda: exec("print(undefined_name_qq)", {}, {}))
check(lambda: exec("del undefined_name_qq", {}, {}))
check(lambda: eval("undefined_name_qq", {}, {"other": 1}))
try:
    exec("try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('inner') from e")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    exec("import sys\nsys.exit(3)")
except SystemExit as e:
    print("SystemExit", e.code)
