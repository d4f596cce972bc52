# gen_unicode_db.py — generates stdlib/unicode_db.c from CPython 3.11's unicodedata
# (Unicode 14.0.0), the tables behind str's predicates and case mappings. A development
# tool, not part of the build:  python3 stdlib/gen_unicode_db.py stdlib/unicode_db.c
import unicodedata, sys
assert unicodedata.unidata_version == '14.0.0'
N = 0x110000
IGN_EXTRA = set(map(ord, "'.:^`\u00b7\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a"))
def flags(cp):
    c = chr(cp); cat = unicodedata.category(c); f = 0
    if c.isalpha(): f |= 1
    if c.isdecimal(): f |= 2
    if c.isdigit(): f |= 4
    if c.isnumeric(): f |= 8
    if c.isspace(): f |= 16
    if c.isupper(): f |= 32
    if c.islower(): f |= 64
    if cat == 'Lt': f |= 128
    if c.isidentifier(): f |= 256
    if ('a' + c).isidentifier(): f |= 512
    if c.isupper() or c.islower() or cat == 'Lt': f |= 1024
    if cat in ('Mn', 'Me', 'Cf', 'Lm', 'Sk') or cp in IGN_EXTRA: f |= 2048
    return f
runs = []
prev = None
for cp in range(N):
    f = flags(cp)
    if f != prev:
        runs.append((cp, f)); prev = f
def deltas(fn):
    out = []
    for cp in range(N):
        c = chr(cp); m = fn(c)
        if len(m) != 1 or m == c: continue
        d = ord(m) - cp
        if out:
            s, e, dd, st = out[-1]
            if dd == d and ((st == 0 and cp - e in (1, 2)) or (st and cp - e == st)):
                out[-1] = (s, cp, dd, cp - e if st == 0 else st); continue
        out.append((cp, cp, d, 0))
    return [(s, e, d, st or 1) for s, e, d, st in out]
lower = deltas(str.lower)
upper = deltas(str.upper)
title = deltas(lambda c: c.title())
special = []
for cp in range(N):
    c = chr(cp)
    lo, up, ti, fo = c.lower(), c.upper(), c.title(), c.casefold()
    if len(lo) > 1 or len(up) > 1 or len(ti) > 1 or (fo != lo):
        special.append((cp, lo, up, ti, fo))
assert all(len(x) <= 3 for s in special for x in s[1:])
TAIL = r'''/* ---- lookups ---------------------------------------------------------------------- */

unsigned ucd_flags(uint32_t cp)
{
    size_t lo = 0, hi = sizeof flag_runs / sizeof flag_runs[0];
    while (hi - lo > 1) {                   /* the last run starting at or before cp */
        size_t mid = (lo + hi) / 2;
        if (flag_runs[mid].start <= cp) lo = mid;
        else hi = mid;
    }
    return flag_runs[lo].flags;
}

static const Special *find_special(uint32_t cp)
{
    size_t lo = 0, hi = sizeof specials / sizeof specials[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (specials[mid].cp == cp) return &specials[mid];
        if (specials[mid].cp < cp) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

static uint32_t run_map(const CaseRun *runs, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (runs[mid].end < cp) lo = mid + 1;
        else if (runs[mid].start > cp) hi = mid;
        else {
            const CaseRun *r = &runs[mid];
            if ((cp - r->start) % r->stride == 0) return (uint32_t)((int32_t)cp + r->delta);
            return cp;
        }
    }
    return cp;
}

static int copy_mapping(const uint32_t *m, uint32_t out[3])
{
    int n = 0;
    while (n < 3 && m[n]) {
        out[n] = m[n];
        n++;
    }
    return n;
}

#define MAPPING(fname, field, table) \
    int fname(uint32_t cp, uint32_t out[3]) \
    { \
        const Special *s = cp >= 0x80 ? find_special(cp) : NULL; \
        if (s) return copy_mapping(s->field, out); \
        out[0] = run_map(table, sizeof table / sizeof table[0], cp); \
        return 1; \
    }

MAPPING(ucd_lower, lower, lower_runs)
MAPPING(ucd_upper, upper, upper_runs)
MAPPING(ucd_title, title, title_runs)

int ucd_fold(uint32_t cp, uint32_t out[3])
{
    const Special *s = cp >= 0x80 ? find_special(cp) : NULL;
    if (s) return copy_mapping(s->fold, out);
    out[0] = run_map(lower_runs, sizeof lower_runs / sizeof lower_runs[0], cp);
    return 1;
}
'''

o = []
w = o.append
w('/*\n** unicode_db.c — the Unicode character database the str methods need, derived from')
w('** CPython 3.11\'s unicodedata (Unicode %s): character classes as runs of code points' % unicodedata.unidata_version)
w('** sharing one set of UCD_* flags, simple case mappings as runs of equal deltas (a run')
w('** covers start, start+stride, ... end), and the characters with multi-character or')
w('** distinct case-folding mappings. Generated once by the script kept in')
w('** stdlib/gen_unicode_db.py; regenerate rather than edit.\n*/')
w('#include <stddef.h>\n#include "unicode_db.h"\n')
w('typedef struct { uint32_t start; uint16_t flags; } FlagRun;')
w('typedef struct { uint32_t start, end; int32_t delta; uint16_t stride; } CaseRun;')
w('typedef struct { uint32_t cp; uint32_t lower[3], upper[3], title[3], fold[3]; } Special;\n')
w('static const FlagRun flag_runs[%d] = {' % len(runs))
line = '   '
for s, f in runs:
    item = ' {0x%x,0x%x},' % (s, f)
    if len(line) + len(item) > 95:
        w(line); line = '   '
    line += item
w(line); w('};\n')
for name, tab in (('lower_runs', lower), ('upper_runs', upper), ('title_runs', title)):
    w('static const CaseRun %s[%d] = {' % (name, len(tab)))
    line = '   '
    for s, e, d, st in tab:
        item = ' {0x%x,0x%x,%d,%d},' % (s, e, d, st)
        if len(line) + len(item) > 95:
            w(line); line = '   '
        line += item
    w(line); w('};\n')
def arr(s):
    v = [ord(x) for x in s] + [0] * (3 - len(s))
    return '{%s}' % ','.join('0x%x' % x if x else '0' for x in v)
w('static const Special specials[%d] = {' % len(special))
for cp, lo, up, ti, fo in special:
    w('    {0x%x, %s, %s, %s, %s},' % (cp, arr(lo), arr(up), arr(ti), arr(fo)))
w('};\n')
w(TAIL)
open(sys.argv[1], 'w').write('\n'.join(o))

