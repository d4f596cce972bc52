# From shared/seeds/004_4f5d3a6030e8c525.txt, section "Use Cases for Generators: Reading Large Files" (verbatim).
# Needs with and open() (later issues). Reads large_file.txt beside this script;
# run it from this directory. print(line) keeps each line's newline, so the output
# has an empty line after every line of the file.
def read_large_file(file_path):
    with open(file_path, 'r') as file:
        for line in file:
            yield line

# Using the generator
for line in read_large_file('large_file.txt'):
    print(line)
