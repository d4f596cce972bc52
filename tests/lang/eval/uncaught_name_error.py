# A NameError in code run by eval() with a locals dict apart from its globals.
# corpus: full-stderr
print(eval("first + 1", {}, {"first": 1}))
eval("first + second_missing_qq", {}, {"first": 1})
