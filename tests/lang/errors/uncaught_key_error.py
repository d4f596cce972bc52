# An uncaught KeyError shows the repr of the key.
d = {"present": 1}
print(d["present"])
print(d["missing"])
