# Concatenation, repetition and comparison of strings.
a = "foo"
b = "bar"
print(a + b, a + "" + b, "" + "")
print(a * 3, 3 * b, repr(a * 0), repr(a * -2), "-" * 10)
print(a < b, a > b, a == "foo", a != "foo", "abc" < "abd", "ab" < "abc", "Z" < "a")
print("é" > "z", "日" > "é", "a" <= "a")
print(sorted(["pear", "Apple", "apple", "banana", "épée", "Banana"]))
s = ""
for ch in "xyz":
    s = ch + s + ch
print(s)
print(("ab" + "cd") * 2)
print(max("hello"), min("hello"))
