# Adjacent string literals are concatenated at compile time.
s = "abc" 'def' """ghi"""
print(s)
t = ("first part, "
     "second part, "
     'third part')
print(t)
print("raw " r"\n" " cooked \n" "end")
x = 5
print("value: " f"{x}" " and more " f"{x * 2}")
print(len("a" "b" "c"))
