# The first list with a close name decides: a local two edits away beats a global one
# case change away; and only the failing frame's locals count, not its caller's.
# corpus: full-stderr
item_Count = 0


def lookup(itemcount):
    return item_count


def helper():
    return valeu


def caller():
    value = 1
    return helper()


try:
    lookup(3)
except NameError as e:
    print(e.name)
    caller()
