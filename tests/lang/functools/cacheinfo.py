from functools import lru_cache

@lru_cache(maxsize=10)
def f(x):
    return x

for i in [1, 2, 1, 3, 1]:
    f(i)
info = f.cache_info()
print(info)
print(repr(info), str(info))
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info[0], info[1], info[-1], info[1:3])
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)
print(info == (2, 3, 10, 3), info == (0, 0, 0, 0), info != (2, 3, 10, 3))
print(len(info), list(info), tuple(info), 3 in info)
print(info == f.cache_info(), hash(info) == hash(f.cache_info()))
print(type(info).__name__)
print(info._asdict())
print(f"{info}")
