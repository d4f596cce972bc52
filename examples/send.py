# From shared/seeds/004_4f5d3a6030e8c525.txt, section "Generator Methods: send(value)" (verbatim).
# CPython ends this one with an uncaught StopIteration: the generator returns after
# printing, so gen.send() raises StopIteration (exit status 1).
def my_generator():
    value = yield
    print(f"Received: {value}")

gen = my_generator()
next(gen)  # Start the generator
gen.send("Hello")  # Output: Received: Hello
