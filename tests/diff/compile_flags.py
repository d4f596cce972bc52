# Difference: compile() honours the __future__ flags (all of them mandatory in Python
# 3.11, or without effect in rill) and optimize -1, 0, 1 and 2; CPython's other flags
# ask for what rill does not have (an AST with ast.PyCF_ONLY_AST, top-level await, type
# comments...) and raise ValueError. Unknown flags are refused as CPython refuses them.
for flags in (0x400, 0x2000, 0x200, 0x400000, 0x1000000, 0x7fff0000):
    try:
        print(compile("x = 1", "<f>", "exec", flags))
    except ValueError as e:
        print(e)
