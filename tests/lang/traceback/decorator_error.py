# An error while applying a decorator: marked at the decorator expression.
# corpus: full-stderr
def register(tag):
    def wrap(f):
        f.tag = tag.upper()
        return f
    return wrap

@register("ok")
def first():
    pass

print(first.tag)

@register(42)
def second():
    pass
