# exec() and eval() without namespaces inside functions, generators, class bodies and
# comprehensions: the frame's locals() dict, which keeps what exec stored in it.
x = 10
def fn():
    y = 20
    exec("y = 30; x = 40; print(x, y)")
    print(x, y)
    print(eval("x + y"))
    exec("z = 1")
    print(locals().get('z'), sorted(locals()))
    try:
        print(z)
    except NameError as e:
        print(e)
fn()
def closure_locals():
    a = 1
    def inner():
        return a + eval("a")
    return inner()
print(closure_locals())
def free_vars():
    a = 1
    def inner():
        b = 2
        return eval("sorted(locals().items())")
    return inner()
print(free_vars())
def cell_in_eval():
    a = 1
    def inner():
        return a
    exec("a = 99")
    return inner(), a, locals()['a']
print(cell_in_eval())
def same_dict():
    d1 = locals()
    v = 5
    d2 = locals()
    return d1 is d2, sorted(d1)
print(same_dict())
def deleted():
    v = 1
    d = locals()
    del v
    locals()
    return 'v' in d
print(deleted())
def in_gen():
    n = 1
    yield eval("n")
    exec("n2 = 3")
    yield sorted(locals())
    n = 5
    yield eval("n")
print(list(in_gen()))
class C:
    exec("a = 1")
    b = eval("a + 1")
    exec("c = a + b")
print(C.a, C.b, C.c)
def with_args(p, *args, q=2, **kw):
    return eval("(p, args, q, kw)")
print(with_args(1, 2, 3, q=4, r=5))
def vars_dir():
    aa = 1
    exec("bb = 2")
    return vars(), dir()
print(vars_dir())
def explicit(d):
    exec("x = 1", globals(), d)
    return d
print(explicit({}))
def eval_default_g():
    return eval("globals() is GLOBALS", {"GLOBALS": None} | {}) if False else eval("globals()") is globals()
print(eval_default_g())
print([eval("i * 2") for i in range(3)])
print(list(map(eval, ["1 + 1", "x"])))
