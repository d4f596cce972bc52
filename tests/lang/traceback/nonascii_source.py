# Non-ASCII text before the failing expression: columns are counted in characters,
# corpus: full-stderr
# and East Asian wide characters take two columns.
prix = {"café": 2, "thé": 3}
print("café:", prix["café"])
message = "価格: " + prix["thé"] + " €"
