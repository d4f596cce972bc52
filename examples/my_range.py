# From shared/seeds/000_70f6d580b5b14b93.txt, section "a simple generator function" (verbatim).

def my_range(n):
    i = 0
    while i < n:
        yield i
        i += 1

for i in my_range(5):
    print(i)
