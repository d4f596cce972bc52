# argument errors of product, permutations, combinations and combinations_with_replacement,
# and the order in which arguments are converted and inputs read
from itertools import product, permutations, combinations, combinations_with_replacement


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def noisy(items):
    for x in items:
        print('  pull', x)
        yield x


show('product int', lambda: product(1))
show('product repeat -1', lambda: product([], repeat=-1))
show('product repeat str', lambda: product([], repeat='a'))
show('product repeat None', lambda: product([], repeat=None))
show('product repeat float', lambda: product([1], repeat=2.0))
show('product bad kw', lambda: product([], foo=1))
show('product two kw', lambda: product([1], repeat=2, foo=3))
show('perm none', lambda: permutations())
show('perm int', lambda: permutations(1))
show('perm r -1', lambda: permutations([], -1))
show('perm r str', lambda: permutations(noisy('ab'), 'a'))
show('perm r float', lambda: permutations([], 1.5))
show('perm r huge', lambda: permutations([], 2 ** 70))
show('perm extra kw', lambda: permutations([], r=1, x=2))
show('perm bad kw', lambda: permutations([], x=2))
show('perm three', lambda: permutations([], 1, 2))
show('comb none', lambda: combinations())
show('comb no r', lambda: combinations([1]))
show('comb int', lambda: combinations(1, 2))
show('comb r -1 reads first', lambda: combinations(noisy('ab'), -1))
show('comb r str before reading', lambda: combinations(noisy('ab'), 'a'))
show('comb r float', lambda: combinations([1], 2.0))
show('comb r huge', lambda: combinations([1], 2 ** 70))
show('comb three', lambda: combinations([], 1, 2))
show('comb r twice', lambda: combinations([1], 2, r=3))
show('comb bad kw', lambda: combinations([1], x=1))
show('cwr no r', lambda: combinations_with_replacement([1]))
show('cwr r -1', lambda: combinations_with_replacement([1], -1))
show('cwr int', lambda: combinations_with_replacement(1, 1))
show('cwr only r', lambda: combinations_with_replacement(r=1))
