# exec() and eval() with locals apart from the globals: top-level names load and store
# through the locals (as in a class body), functions and classes defined there see the
# globals, comprehensions are functions of their own, `global` goes to the globals.
g = {'a': 1}
l = {'b': 2}
exec("c = a + b\nprint(a, b, c)\ndef f(): return a\nprint(f())\ndef h(): return b\n", g, l)
print(sorted(g), sorted(l))
try:
    l['h']()
except NameError as e:
    print(e)
exec("global z\nz = 5\nw = 6", g, l)
print(g['z'], l['w'], 'w' in g)
exec("class C:\n  q = a\n  def m(self): return a\nprint(C.q, C().m())", g, l)
try:
    exec("class D:\n  q = b\n", g, l)
except NameError as e:
    print(e)
exec("del b", g, l)
print('b' in l)
try:
    exec("del nothere", g, l)
except NameError as e:
    print(e)
try:
    exec("print(nothere)", g, l)
except NameError as e:
    print(e)
try:
    exec("print([b for _ in range(1)])", g, {'b': 1})
except NameError as e:
    print(e)
exec("print([x for x in range(b)])", g, {'b': 3})
print(eval("a + b", {'a': 1}, {'b': 10}))
print(eval("len", {}), eval("len", {}, {'len': 3}))
gg, ll = {}, {}
exec("gl = globals(); lo = locals()", gg, ll)
print(ll['gl'] is gg, ll['lo'] is ll)
exec("import itertools as it\nfrom functools import reduce", g, l)
print('it' in l, 'reduce' in l, 'it' in g)
exec("try:\n    1/0\nexcept ZeroDivisionError as err:\n    caught = str(err)\n", g, l)
print(l['caught'], 'err' in l)
class CM:
    def __enter__(self):
        return "entered"
    def __exit__(self, *exc):
        return None
g['CM'] = CM
exec("for i in range(3):\n    total = i\nwith CM() as cm:\n    inside = cm\n", g, l)
print(l['i'], l['total'], l['inside'])
# a name some function declares global is global at the top level too (CPython's symtable)
exec("n = 0\ndef inc():\n    global n\n    n = n + 1\n", g, l)
l['inc']()
print(g['n'], 'n' in l)
exec("x = 1", g, g)
print(g['x'])
exec("lam = lambda: a", g, l)
print(l['lam']())
exec("def gen():\n    yield a\n    yield len\n", g, l)
print(list(l['gen']()))
exec("a += 100", g, l)
print(g['a'], l['a'])
exec("del a", g, l)
print('a' in l, g['a'])
