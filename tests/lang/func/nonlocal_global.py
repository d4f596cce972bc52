# nonlocal and global declarations.
x = "global x"
def read_global():
    return x
def write_global():
    global x
    x = "changed by function"
print(read_global())
write_global()
print(x)
def make_global():
    global fresh
    fresh = "created inside"
make_global()
print(fresh)
def outer():
    v = 1
    def middle():
        def inner():
            nonlocal v
            v += 10
        inner()
        inner()
    middle()
    return v
print(outer())
def shadow():
    x = "local x"
    def inner():
        return x
    return inner()
print(shadow(), x)
total = 0
def add(n):
    global total
    total += n
for i in range(5):
    add(i)
print(total)
def acc():
    items = []
    def push(v):
        items.append(v)
        return len(items)
    def get():
        return items
    return push, get
push, get = acc()
push(1); push(2)
print(get())
