# Word frequencies of a text file streamed through generators: file -> lines -> words
# -> counts. The input (about 15 MB) is generated once, deterministically, under /tmp and
# reused; a sentinel last line tells a complete file from one cut short.
PATH = '/tmp/rill_bench_wordcount.txt'
NLINES = 400000
SENTINEL = '#end %d\n' % NLINES

VOCAB = ('the of and to in is was that for it with as his on be at by had are but from '
         'or have an they which one you were her all she there would their we him been '
         'has when who will more no if out so said what up its about into than them can '
         'only other new some could time these two may then do first any my now such like '
         'our over man me even most made after also did many before must through back years '
         'where much your way well down should because each just those people how too '
         'little state good very make world still own see men work long get here between '
         'both life being under never day same another know while last might us great old '
         'year off come since against go came right used take three').split()


def complete():
    try:
        with open(PATH) as f:
            end = f.seek(0, 2)
            if end < 64:
                return False
            f.seek(end - 32)
            return f.read().endswith(SENTINEL)
    except OSError:
        return False


def generate():
    seed = 12345
    with open(PATH, 'w') as f:
        for i in range(NLINES):
            seed = (seed * 1103515245 + 12345) % 2147483648
            n = seed % 17
            words = []
            for j in range(n):
                seed = (seed * 1103515245 + 12345) % 2147483648
                words.append(VOCAB[(seed >> 8) % len(VOCAB)])
            f.write(' '.join(words) + '\n')
        f.write(SENTINEL)


def lines(path):
    with open(path) as f:
        for line in f:
            if not line.startswith('#'):
                yield line


def words(it):
    for line in it:
        yield from line.split()


if not complete():
    generate()

counts = {}
total = 0
for w in words(lines(PATH)):
    counts[w] = counts.get(w, 0) + 1
    total += 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(total, len(counts), top)
