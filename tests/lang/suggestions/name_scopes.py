# NameError suggestions look in the frame where the name was missed: its local
# variables first, then its module's globals, then the builtins. Each exception of a
# chain gets its own suggestion; str(e) never has one.
# corpus: full-stderr
counter = 0


def local_candidate(values):
    total = sum(values)
    return totla


def global_candidate():
    return countr + 1


def builtin_candidate(items):
    return lenn(items)


try:
    local_candidate([1, 2])
except NameError as e:
    print(str(e), e.args, e.name)
    try:
        global_candidate()
    except NameError as e2:
        print(str(e2), e2.name)
        builtin_candidate([3])
