# Wide characters inside the marked range count twice.
# corpus: full-stderr
names = {"東京": 1}
print(names["東京"])
print("大阪は", names["大阪"], "番")
