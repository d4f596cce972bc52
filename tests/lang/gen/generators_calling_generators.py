# Generators consuming other generators (no yield from).
def numbers(n):
    for i in range(n):
        print("  numbers yields", i)
        yield i
def squares(src):
    for v in src:
        print("  squares got", v)
        yield v * v
def take(src, k):
    if k <= 0:
        return
    for v in src:
        yield v
        k -= 1
        if k == 0:
            return
pipeline = take(squares(numbers(10)), 3)
print("built pipeline")
for v in pipeline:
    print("consumer got", v)
def chain(*iterables):
    for it in iterables:
        for v in it:
            yield v
print(list(chain([1, 2], "ab", numbers(0), (x for x in [9]))))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            for sub in flatten(item):
                yield sub
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
