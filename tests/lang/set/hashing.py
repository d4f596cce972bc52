# Sets need hashable elements; equal numbers collapse.
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
try:
    {[1, 2]}
except TypeError as e:
    print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
try:
    {1} | [2]
except TypeError as e:
    print(e)
print(frozen := sorted({"b", "a"}), len({""}))
print(0 in {0.0}, -0.0 in {0}, 2 ** 64 in {2 ** 64})
