# Trailing comments and blank space after the expression do not extend the marks.
# corpus: full-stderr
price = 10
quantity = "3"
subtotal = price * 2    # doubled
total = price + quantity   # fails here
