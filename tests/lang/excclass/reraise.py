# Re-raising custom exceptions with bare raise, after modification, and through functions.
class Retry(Exception):
    def __init__(self, attempts):
        super().__init__("attempts: %d" % attempts)
        self.attempts = attempts


def attempt(n):
    raise Retry(n)


def wrapper():
    try:
        attempt(1)
    except Retry as e:
        e.attempts += 1
        print("wrapper saw", e.attempts)
        raise


try:
    wrapper()
except Retry as e:
    print("outer saw", e.attempts, e)
for i in range(3):
    try:
        try:
            attempt(i)
        except Retry as e:
            if e.attempts % 2:
                raise
            print("handled", e.attempts)
    except Retry as e:
        print("escaped", e.attempts)
