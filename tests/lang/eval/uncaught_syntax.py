# A SyntaxError from exec() inside a function, uncaught: the traceback to the exec()
# call, then the error's file, line, text and caret.
# corpus: full-stderr
def f():
    exec("a = 1\nb = (")

print("before")
f()
