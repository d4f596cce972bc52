# Small container classes built on lists.
class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def empty(self):
        return not self._items

    def __len__(self):
        return len(self._items)


class Queue(Stack):
    def pop(self):
        return self._items.pop(0)

    def peek(self):
        return self._items[0]


for cls in (Stack, Queue):
    s = cls()
    s.push(1).push(2).push(3)
    out = []
    while not s.empty():
        out.append(s.pop())
    print(cls.__name__, out, len(s))


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.empty() or st.pop() != pairs[ch]:
                return False
    return st.empty()


for t in ["([]{})", "([)]", "((", ""]:
    print(repr(t), balanced(t))
