# This file has no trailing newline.
x = 1
if x:
    print("no newline at end")