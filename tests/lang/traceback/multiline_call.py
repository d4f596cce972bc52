# Calls spread over lines, and a method whose name is on a later line than its object:
# corpus: full-stderr
# the marks start at the method name.
class Builder:
    def __init__(self):
        self.parts = []

    def add(self, part):
        self.parts.append(part)
        return self

    def build(self):
        return "".join(self.parts)

text = (Builder()
        .add("a")
        .add("b")
        .build())
print(text)
bad = (Builder()
       .add("a")
       .add(1)
       .build())
