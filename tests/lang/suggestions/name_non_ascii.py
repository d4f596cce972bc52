# Names are compared as UTF-8 bytes; only ASCII letters have a cheaper case change.
# corpus: full-stderr
é = 1
Été = 2

try:
    é2
except NameError:
    été
