# Bad operand types on a long line, the failing "+" in the middle of a chain of them.
# corpus: full-stderr
def describe(name, age, city):
    return "name: " + name + ", age: " + age + ", city: " + city + " (registered)"

print(describe("Ada", "36", "London"))
print(describe("Grace", 85, "Arlington"))
