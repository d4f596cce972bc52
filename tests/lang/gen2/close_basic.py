# close() raises GeneratorExit at the paused yield: except GeneratorExit and finally
# run, close() returns None, and the generator is finished.
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit as e:
        print("GeneratorExit inside, args:", e.args, type(e).__name__)
        raise
    finally:
        print("finally")
    print("not reached")

g = gen()
print(next(g))
print("close returned", g.close())
print("frame:", g.gi_frame, "running:", g.gi_running)
print(next(g, "exhausted"))

def not_reraised():
    try:
        yield
    except GeneratorExit:
        print("swallowed; falling off the end is fine")

g = not_reraised()
next(g)
print(g.close())

def except_exception_does_not_catch():
    try:
        yield
    except Exception:
        print("wrong: GeneratorExit is not an Exception")
    finally:
        print("finally only")

g = except_exception_does_not_catch()
next(g)
g.close()
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
