# Local, enclosing, global and built-in name resolution (LEGB).
len_calls = 0
def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
def uses_global_later():
    return later * 2
later = 21
print(uses_global_later())
x = 1
def f():
    x = 2
    def g():
        x = 3
        return x
    return g(), x
print(f(), x)
def comp_scope():
    y = 10
    return [y + i for i in range(3)]
print(comp_scope())
def param_shadow(x):
    x += 1
    return x
print(param_shadow(5), x)
