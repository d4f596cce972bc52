# compile(): modes, code objects run by exec() and eval(), flags, dont_inherit and
# optimize (1 drops asserts, 2 docstrings too), and its argument errors.
def check(f):
    try:
        r = f()
        print(repr(r).split(" at 0x")[0] if "code object" in repr(r) else repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
co = compile("a = 1\nb = a + 1", "fn", "exec")
print(type(co).__name__, co.co_name, co.co_filename, co.co_firstlineno, co.co_names)
print(repr(co).startswith("<code object <module> at 0x"), repr(co).endswith(', file "fn", line 1>'))
d = {}
print(exec(co, d), sorted(d), d['b'])
d2, l2 = {}, {}
exec(co, d2, l2)
print(sorted(d2), l2)
ce = compile("a * 2", "<expr>", "eval")
print(eval(ce, {"a": 4}), eval(ce, {}, {"a": 5}), exec(ce, {"a": 1}))
cs = compile("1 + 2", "<single>", "single")
exec(cs)
print(_)
exec(compile("None", "s", "single"))
exec(compile("x = 7", "s", "single"))
exec(compile("for i in range(2): i\n", "s", "single"))
exec(compile("if 1:\n  'a'\n  'b'\n", "s", "single"))
print(eval(compile("print('via eval')", "f", "exec")))
# keywords, flags, optimize, dont_inherit
check(lambda: compile(source="x", filename="f", mode="exec", flags=0, dont_inherit=True, optimize=0))
check(lambda: compile("x", "f", "exec", 0, False, -1))
check(lambda: compile("x", "f", "exec", _feature_version=8))
check(lambda: compile("x", "f", "exec", dont_inherit=5))
for flag in (0x10, 0x20000, 0x40000, 0x80000, 0x100000, 0x200000, 0x800000, 0x1000000,
             0x1000000 | 0x10):
    check(lambda: compile("x", "f", "exec", flag))
check(lambda: compile("x", "f", "exec", 1 << 30))
check(lambda: compile("x", "f", "exec", 0x100))
check(lambda: compile("x", "f", "exec", optimize=3))
check(lambda: compile("x", "f", "exec", optimize=-2))
check(lambda: compile("x", "f", "bad"))
check(lambda: compile("x", "f", 5))
check(lambda: compile("x", 5, "exec"))
check(lambda: compile("x", "a\0b", "exec"))
check(lambda: compile(5, "f", "exec"))
check(lambda: compile(5, "f", "bad"))
check(lambda: compile("x", "f"))
check(lambda: compile())
check(lambda: compile("x", "f", "exec", 0, 0, 0, 0))
check(lambda: compile("x", "f", "exec", 0, 0, 0, 0, 0))
check(lambda: compile("x", "f", "exec", foo=1))
check(lambda: compile("x", "f", "exec", source=1))
check(lambda: compile("x", "f", "exec", flags=1.5))
check(lambda: compile("x", "f", "exec", optimize="1"))
check(lambda: compile("x", "f", "exec", dont_inherit=None))
check(lambda: compile("x", "f", "exec", flags=2 ** 40))
# optimize=1 removes asserts, optimize=2 docstrings too
for level in (-1, 0, 1, 2):
    ns = {}
    src = '"""mod doc"""\ndef f():\n    "fdoc"\n    assert False, "boom"\n    return 1\nclass C:\n    "cdoc"\n'
    exec(compile(src, "opt", "exec", optimize=level), ns)
    try:
        r = ns["f"]()
    except AssertionError as e:
        r = "AssertionError: " + str(e)
    print(level, r, ns.get("__doc__"), ns["f"].__doc__, ns["C"].__doc__)
# the code runs in whatever namespaces it is given
src = compile("v = v * 2 if 'v' in dir() else 1\nprint(v)", "f", "exec")
exec(src, {})
exec(src, {"v": 3})
exec(src, {}, {"v": 4})
print(compile("x", "f", "eval").co_names, compile("def f(a): return a", "f", "exec").co_names)
