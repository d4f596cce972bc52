# exec() and eval() of source strings: definitions, classes, generators, imports and
# comprehensions in the exec'd code; default namespaces at module level; __builtins__.
g = {}
exec('''
"""module doc"""
import math
from itertools import count as cnt
class Base:
    def hello(self):
        return "base"
class Child(Base):
    """child doc"""
    def hello(self):
        return "child+" + super().hello()
def gen(n):
    for i in range(n):
        yield i * i
squares = [x * x for x in range(5)]
total = sum(y for y in range(4))
if (w := 10) > 5:
    big = True
''', g)
print(g['__doc__'], g['Child']().hello(), g['Child'].__doc__, g['Child'].__module__)
print(list(g['gen'](4)), g['squares'], g['total'], g['w'], g['big'], g['math'].sqrt(16))
print(sorted(k for k in g if k != '__builtins__'))
l = {}
exec('''
class K:
    v = 1
    def m(self):
        return self.v
r = K().m()
gen = (i for i in range(3))
lst = [i for i in range(3)]
''', {}, l)
print(l['r'], list(l['gen']), l['lst'], l['K'].__module__, l['K'].__qualname__)
exec("def f():\n    'fdoc'\n    return 1\n", g)
print(g['f'].__doc__, g['f'].__module__, g['f'].__qualname__, g['f'].__name__)
print(eval("lambda a, b=2: a + b")(1))
print(eval("[i for i in range(n)]", {"n": 3}))
print(eval("(yield_ for yield_ in range(2))", {}).__class__.__name__)
ns = {"__name__": "mymod"}
exec("class Z: pass\ndef q(): pass", ns)
print(ns["Z"].__module__, ns["q"].__module__, repr(ns["Z"]))
exec("class Y: pass\nprint(Y.__module__, repr(Y))", {})
exec("def p(): pass\nprint(p.__module__)", {})
exec("print(__name__)", {})
print(eval("__name__"), eval("__name__", {}))
x = 5
print(eval("x"), eval("x", {"x": 6}), eval("x", {"x": 6}, {"x": 7}))
exec("x += 1")
print(x)
g2, l2 = {}, {}
g2['me'] = {'g': g2, 'l': l2}
exec("print(globals() is me['g'], locals() is me['l'])", g2, l2)
exec("print(globals() is me['g'], locals() is me['g'])", g2)
print(eval("1 + \\\n 2"), eval("(1 +\n 2)"), eval("\n\n3"), eval("4 # comment"), eval("5\n\n"))
g = {}
exec("x = 1", g)
print('__builtins__' in g, type(g['__builtins__']).__name__, g['__builtins__']['len'] is len)
g = {'__builtins__': g['__builtins__'], 'kept': 1}
exec("y = len('ab')", g)
print(sorted(g), g['y'])
print(eval("  \t 1+2"), eval("\t(3)"), exec("pass"), exec(""))
