# An uncaught NameError: stdout so far, then the traceback, exit status 1.
print("before")
print(undefined_name)
print("not reached")
