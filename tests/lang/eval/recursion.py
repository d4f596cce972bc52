# Recursion through exec() and eval() is counted like any other: RecursionError, never a
# crash; deeply nested source inside nested eval() calls still compiles.
def f():
    exec("f()")
try:
    f()
except RecursionError as e:
    print("RecursionError:", e)
n = 0
def h():
    global n
    n += 1
    eval("h()", {"h": h})
try:
    h()
except RecursionError as e:
    print("RecursionError:", e, n > 100)
def g(k):
    return eval("g(k - 1)") if k else 0
print(g(200))
try:
    eval("eval(" * 200 + ")" * 200)
except TypeError as e:
    print(e)
s = "1"
for i in range(8):
    s = "eval(%r)" % s
print(len(s), eval(s))
def deep(d):
    if d == 0:
        return eval("-" * 500 + "1")
    return eval("deep(d - 1)")
print(deep(200))
try:
    eval("(" * 300 + ")" * 300)
except SyntaxError as e:
    print(e.args[0])
print(eval("(" * 199 + "7" + ")" * 199))
