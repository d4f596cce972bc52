# A call whose callee raises: the caller's line marks the whole call.
# corpus: full-stderr
def parse_age(text):
    return int(text)

def load(record):
    name, age = record.split(",")
    return {"name": name, "age": parse_age(age)}

print(load("ada,36"))
people = [load("grace,85"), load("linus,unknown")]
