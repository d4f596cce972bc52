# eval() of an expression cut short: CPython reports the error at the NEWLINE token the
# string lacks, which has no column, so no caret line is printed.
# corpus: full-stderr
eval("x +")
