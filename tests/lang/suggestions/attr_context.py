# Which AttributeErrors carry name and obj: any that escapes an attribute read, the
# ones raised by a property or __getattr__ included (unless they already have them);
# not those of stores and deletions. getattr() with a default and hasattr() swallow
# them.
import math


class A:
    plain = 1

    @property
    def broken(self):
        raise AttributeError("boom")

    @property
    def inner(self):
        return self.missing_inner

    @property
    def read_only(self):
        return 1


class Hook:
    def __getattr__(self, name):
        raise AttributeError("no " + name)


class Preset:
    def __getattr__(self, name):
        raise AttributeError("preset", name="chosen", obj=42)


class B(A):
    def parent(self):
        return super().nothing


a = A()


def show(label, f):
    try:
        f()
    except AttributeError as e:
        obj = e.obj
        who = "a" if obj is a else type(obj).__name__
        print(label, "|", e, "|", repr(e.name), who)


def store_missing():
    object().x = 1


def store_read_only():
    a.read_only = 2


def delete_missing():
    del a.nothing


def delattr_missing():
    delattr(a, "nothing")


def delete_module_attr():
    del math.nothing


def delete_class_attr():
    del A.nothing


show("read", lambda: a.nothing)
show("property raising", lambda: a.broken)
show("inner lookup", lambda: a.inner)
show("__getattr__", lambda: Hook().anything)
show("preset", lambda: Preset().anything)
show("super", lambda: B().parent())
show("function", lambda: show.nothing)
show("builtin", lambda: len.nothing)
show("store", store_missing)
show("store read-only", store_read_only)
show("delete", delete_missing)
show("delattr", delattr_missing)
show("module delete", delete_module_attr)
show("class delete", delete_class_attr)
print(getattr(a, "nothing", "default"), hasattr(a, "nothing"))
