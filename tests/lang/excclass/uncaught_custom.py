# An uncaught custom exception: the last stderr line is "MyError: message".
class MyError(Exception):
    pass


print("before")
raise MyError("something went wrong")
