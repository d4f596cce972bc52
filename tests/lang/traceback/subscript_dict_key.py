# A missing dictionary key: "~" under the dictionary, "^" under the brackets.
# corpus: full-stderr
config = {"host": "localhost", "port": 8080}

def setting(key):
    value = config[key]
    return value

print(setting("host"))
print("timeout:", setting("timeout"), "seconds")
