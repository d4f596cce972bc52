# From shared/seeds/004_4f5d3a6030e8c525.txt, section "Generator Methods: close()" (verbatim).
# Needs generator.close and GeneratorExit (a later issue).
def my_generator():
    try:
        yield
    except GeneratorExit:
        print("Generator closed!")

gen = my_generator()
next(gen)
gen.close()  # Output: Generator closed!
