# An uncaught TypeError from an unsupported operand.
print("adding")
x = 1 + "a"
