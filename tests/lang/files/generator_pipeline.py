# Files as lazy iterables feeding generator pipelines.
P = '/tmp/rill_files_generator_pipeline.txt'

with open(P, 'w') as f:
    for i in range(1, 101):
        f.write('%d %s\n' % (i, 'word ' * (i % 7)))
    f.write('# a comment\n\n   \nlast line\n')

def lines(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip('\n')

def non_blank(it):
    return (line for line in it if line.strip())

def not_comments(it):
    for line in it:
        if not line.startswith('#'):
            yield line

def words(it):
    for line in it:
        yield from line.split()

pipeline = words(not_comments(non_blank(lines(P))))
counts = {}
for w in pipeline:
    counts[w] = counts.get(w, 0) + 1
print(counts['word'], len(counts), counts.get('last'))
print(sum(1 for _ in lines(P)))
print(max(lines(P), key=len))
print(sorted(set(len(l.split()) for l in lines(P))))
print(list(zip(lines(P), range(3))))
print(next(l for l in lines(P) if l.startswith('50')))
total = sum(int(l.split()[0]) for l in open(P) if l[0].isdigit())
print(total)
numbered = list(enumerate(open(P)))[-2:]
print(numbered)
open(P, 'w').close()
