# A bare raise re-raises with the traceback of where the exception started; the
# corpus: full-stderr
# handler's raise line is not added.
def fetch(items, i):
    return items[i]

def safe_fetch(items, i):
    try:
        return fetch(items, i)
    except IndexError:
        print("logging the error")
        raise

print(safe_fetch([1, 2], 1))
safe_fetch([1, 2], 7)
