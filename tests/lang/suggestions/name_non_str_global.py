# A key that is not a str among the globals stops the search: no suggestion at all,
# not even from the builtins.
# corpus: full-stderr
globals()[1] = "one"
pritn("hello")
