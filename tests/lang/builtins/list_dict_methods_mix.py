# The list and dict methods of this issue used together.
inventory = {}
for item, qty in [("apple", 3), ("pear", 1), ("apple", 2), ("fig", 5)]:
    inventory[item] = inventory.get(item, 0) + qty
print(inventory)
names = list(inventory.keys())
names.sort(key=lambda n: inventory[n], reverse=True)
print(names)
names.insert(1, "kiwi")
names.remove("pear")
print(names, names.index("fig"), names.pop(), names)
inventory.update(kiwi=0)
print(inventory.pop("pear"), inventory.setdefault("lime", 9), inventory)
snapshot = inventory.copy()
inventory.clear()
print(inventory, snapshot)
vals = list(snapshot.values())
vals.extend([1, 1])
vals.reverse()
print(vals, vals.count(1))
copy = vals.copy()
copy.clear()
print(copy, len(vals))
