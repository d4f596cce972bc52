# Difference: the built-ins code sees are always the VM's. A "__builtins__" entry in the
# globals given to eval() or exec() is not consulted: CPython would look names up in
# that dict (NameError for len here); rill finds the built-in. (Sandboxing an embedded
# VM is the host's configuration's job: file access, imports, memory, time.)
print(eval("len([1, 2])", {"__builtins__": {}}))
g = {"__builtins__": {"len": lambda s: "mine"}}
exec("r = len('abc')", g)
print(g["r"])
