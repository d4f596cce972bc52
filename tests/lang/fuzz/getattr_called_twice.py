# Found by tests/fuzz: in a class with both __getattribute__ and __getattr__,
# a miss in super().__getattribute__ called __getattr__ twice (once from
# object.__getattribute__, once from the attribute hook).
class A:
    def __getattribute__(self, name):
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print('getattr fallback', name)
        if name.startswith('_'):
            raise AttributeError(name)
        return name.upper()
a = A()
try:
    a._hidden
except AttributeError as e:
    print('AttributeError', e)
print(a.shown)
print(getattr(a, '_x', 'default'))
