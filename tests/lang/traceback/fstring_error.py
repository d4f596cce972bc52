# An error inside an f-string replacement field.
# corpus: full-stderr
user = {"name": "ada"}
print(f"hello {user['name']}")
print(f"hello {user['name']}, you are {user['age'] + 1} years old")
