# SyntaxError (IndentationError, TabError) from compile(), exec() and eval() of strings:
# filename, lineno, offset, text, end_lineno, end_offset and msg as CPython sets them —
# text as the string has it (no newline added at the end of eval and single input), None
# for errors CPython's compiler finds after parsing, offset 0 at the end of eval input.
def show(how, src, e):
    print(how, repr(src), type(e).__name__, e.filename, e.lineno, e.offset, repr(e.text),
          e.end_lineno, e.end_offset, e.msg, e.args[0] == e.msg)

tests = [
    ("x +", "single"), ("x +", "eval"), ("(1,\n2 +)\n", "eval"), ("(1,\n2 +)", "eval"),
    ("x = (", "eval"), ("x = (", "exec"), ("(", "eval"), ("1 +\n", "eval"), ('"abc', "eval"),
    ("1 2", "eval"), ("f(**)", "eval"), ("\t1", "exec"), ("  x = 1", "exec"),
    ("\n  1", "eval"), ("", "eval"), ("1; 2", "eval"), ("1\n2", "eval"),
    ("if 1: pass", "eval"), ("yield 1", "eval"), ("return 1", "exec"),
    ("def f():\n  nonlocal q\n", "exec"), ("def f():\n\tif 1:\n        pass\n\tpass", "exec"),
    ("if 1:\npass", "exec"), ("x = 1\ny = 2", "single"), ("# c", "single"), ("", "single"),
    ("\n", "single"), ("\n\n", "eval"), ("if 1:\n  pass\nx = 1", "single"), (" 1", "eval"),
    ("break", "exec"), ("x = 1 +", "exec"), ("f(a for a in b, c)", "eval"),
    ("lambda: (yield)", "exec"), ("a = 1\nb = (\n", "exec"), ("1 +\n\n", "eval"),
    ("x = yield", "exec"), ("print 'x'", "exec"), ("def f(x, x): pass", "exec"),
    ("f(a=1, a=2)", "eval"), ("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", "exec"),
    ("del f()", "exec"), ("f() = 1", "exec"), ("continue", "single"), ("a b", "single"),
    ("x = 1\n\ny = é +", "exec"), ("'é' + (", "eval"), ("1 if", "eval"),
    ("*a, *b = c", "exec"),
]
for src, mode in tests:
    try:
        compile(src, "<string>", mode)
        print(mode, repr(src), "compiles")
    except SyntaxError as e:
        show(mode, src, e)
for src in ["  x = 1", "\t\t1 +", "  (", " \t 1 if", "x = 1", "", "  ", "1\0"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("eval", repr(src), type(e).__name__, e.args[0])
        if "\0" not in src:
            show("eval", src, e)
for src in ["x = (", "  x = 1", "def f():\n  return\n return", "1\0", "return"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("exec", repr(src), type(e).__name__, e.args[0])
        if "\0" not in src:
            show("exec", src, e)
try:
    compile("x = (", "my_file.py", "exec")
except SyntaxError as e:
    show("file", "x = (", e)
