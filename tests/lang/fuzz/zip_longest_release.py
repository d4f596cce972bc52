# Found by tests/fuzz: zip_longest releases an input when it ends while others
# are still active, but keeps the last one to end until the zip_longest object
# itself goes, so a generator suspended under it is finalized only then.
import itertools
def src(tag, n):
    try:
        yield from range(n)
    finally:
        print(tag, 'finally')
def stop_early(tag, at):
    return itertools.takewhile(lambda x: x < at, src(tag, 10))
it = itertools.zip_longest(stop_early('A', 1), stop_early('B', 3), fillvalue='-')
for v in it:
    print('got', v)
print('after loop')
del it
print('deleted')
it = itertools.zip_longest(stop_early('C', 3), 'ab', fillvalue=0)
print(list(it))
print('after list')
it = None
print('dropped')
