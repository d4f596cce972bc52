# An error while handling another: the context's traceback comes first.
# corpus: full-stderr
def convert(text):
    try:
        return int(text)
    except ValueError:
        return float(text) + None

print(convert("12"))
print(convert("1.5"))
