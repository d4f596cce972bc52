# A file-reading generator: the file is closed when the consumer stops early or finishes.
opened = []


def read_lines(path):
    with open(path) as f:
        opened.append(f)
        for line in f:
            yield line.rstrip("\n")


for line in read_lines("gen_file_early_stop.py"):
    print(line)
    break
print("closed after break:", opened[-1].closed)
g = read_lines("gen_file_early_stop.py")
print(next(g)[:10])
print("open while suspended:", opened[-1].closed)
g.close()
print("closed by close():", opened[-1].closed)
g = read_lines("gen_file_early_stop.py")
next(g)
g = None
print("closed by drop:", opened[-1].closed)
n = sum(1 for _ in read_lines("gen_file_early_stop.py"))
print("lines:", n, "closed at end:", opened[-1].closed)
with open("gen_file_early_stop.py") as f:
    first = f.readline()
print(first.strip(), f.closed)
