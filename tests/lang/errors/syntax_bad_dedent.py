# IndentationError: a dedent that matches no outer level.
print("never printed")
if True:
        x = 1
    y = 2
