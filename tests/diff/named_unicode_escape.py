# Difference: rill carries no Unicode character-name database (it would outweigh the
# rest of the interpreter), so a "\N{...}" escape in a string literal is a SyntaxError
# that says so. chr() with the code point is the way to write such a character.
s = "\N{BULLET}"
