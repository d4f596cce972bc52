def my_generator():
    value = yield
    print(f"Received: {value}")

gen = my_generator()
next(gen)  # Start the generator
gen.send("Hello")  # Output: Received: Hello
