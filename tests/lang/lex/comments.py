# A file full of comments.
# Comments at different indentation levels are ignored entirely.
x = 1  # trailing comment
    # an indented comment line
if x:
    # comment inside a block
    y = 2
        # over-indented comment
# comment at column 0 inside a block
    z = 3
    print(y, z)  # print them
# "a # in a string is not a comment"
print("# not a comment", '#', "a#b")
print(x)  # the end
#
#!not a shebang here
