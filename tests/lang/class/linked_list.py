# A linked list class with iteration, length, indexing and a repr.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("index out of range")

    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[2], list(ll), 3 in ll, 9 in ll)
ll.reverse()
print(ll, ll.pop(), ll)
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
e = LinkedList()
print(e, len(e), bool(e))
try:
    e.pop()
except IndexError as err:
    print(type(err).__name__, err)
