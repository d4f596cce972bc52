# raise ... from ...: the last line is the outer exception.
try:
    int("x")
except ValueError as e:
    raise RuntimeError("conversion failed") from e
