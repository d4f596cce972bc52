# compile(src, filename, 'single'): one statement, whose expression values are printed
# (and kept in builtins._) when it runs; a compound statement ends with the string.
import sys
exec(compile("1 + 2", "<s>", "single"))
print(_)
exec(compile("None", "<s>", "single"))
print(_)
exec(compile("'text'", "<s>", "single"))
exec(compile("x = [1, 2]", "<s>", "single"))
print(x)
exec(compile("x", "<s>", "single"))
exec(compile("for i in range(2): i\n", "<s>", "single"))
exec(compile("if 1:\n  'a'\n  'b'", "<s>", "single"))
exec(compile("def f():\n    return 5\n", "<s>", "single"))
exec(compile("f()", "<s>", "single"))
exec(compile("1; 2", "<s>", "single"))
ns = {}
exec(compile("y = 3\n", "<s>", "single"), ns)
exec(compile("y * 2", "<s>", "single"), ns)
exec(compile("y * 3", "<s>", "single"), {}, {"y": 1})
for src in ["for i in range(2): i", "for i in range(2): i\n", "if 1:\n  pass", "if 1: pass",
            "if 1: pass\n", "def f():\n  return 1", "if 1:\n  pass\nelse:\n  pass",
            "if 1:\n  pass\n\n", "x = 1\n\n", "if 1:\n  pass\n  \n", "class A: pass",
            "@d\ndef f(): pass", "while 0: pass\nelse: pass", "try: pass\nfinally: pass",
            "with a: pass", "if 1:\n  if 2: pass", "x = 1\ny = 2", "x = 1; y = 2",
            "if 1:\n  pass\nx = 1", "x = 1\nif 1: pass", "if 1:\n  pass\n# c"]:
    try:
        compile(src, "s", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args[0],
              (e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset))
