#!/usr/bin/env python3
"""Delta-debugging reducer for fuzz findings (a development tool run by hand).

    python3 tests/fuzz/reduce.py IN.py OUT.py [--rill ./rill] [--mode diff|crash]
                                 [--match REGEX] [--py-match REGEX]

Removes chunks of lines (halving the chunk size down to one line), then indented
blocks, keeping a candidate when python3 still compiles it and it stays
"interesting":
  diff   rill and python3 differ (stdout, exit status or last stderr line, with
         0x... addresses normalized);
  crash  rill dies of a signal, times out, or prints a sanitizer report.
--match REGEX must also match rill's stdout+stderr, --py-match python3's, so that
the reduction keeps the same bug rather than drifting to another one.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import warnings

ADDR = re.compile(r'0x[0-9a-fA-F]+')
SAN = re.compile(r'ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer')


def run(cmd, cwd, timeout):
    env = dict(os.environ, PYTHONIOENCODING='utf-8')
    env.setdefault('ASAN_OPTIONS', 'detect_leaks=1')
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=timeout, env=env)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return None, '', ''


def key(r):
    rc, out, err = r
    last = err.rstrip('\n').split('\n')[-1] if err else ''
    return rc, ADDR.sub('0x', out), ADDR.sub('0x', last)


class Oracle:
    def __init__(self, opts):
        self.opts = opts
        self.dir = tempfile.mkdtemp(prefix='rreduce')
        self.tries = 0

    def interesting(self, lines):
        src = '\n'.join(lines) + '\n'
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            try:
                compile(src, 'prog.py', 'exec')
            except (SyntaxError, ValueError):
                return False
        self.tries += 1
        with open(os.path.join(self.dir, 'prog.py'), 'w', encoding='utf-8') as f:
            f.write(src)
        o = self.opts
        r = run([o.rill, 'prog.py'], self.dir, o.timeout)
        if o.match and not re.search(o.match, r[1] + r[2]):
            return False
        if o.mode == 'crash':
            return r[0] is None or r[0] < 0 or bool(SAN.search(r[2]))
        if r[0] is None:
            return False
        p = run([o.python, 'prog.py'], self.dir, o.timeout)
        if p[0] is None:
            return False
        if o.py_match and not re.search(o.py_match, p[1] + p[2]):
            return False
        return key(r) != key(p)


def block_end(lines, i):
    ind = len(lines[i]) - len(lines[i].lstrip())
    j = i + 1
    while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > ind):
        j += 1
    return j


def reduce(lines, orc):
    chunk = max(1, len(lines) // 2)
    while True:
        changed = False
        i = 0
        while i < len(lines):
            cand = lines[:i] + lines[i + chunk:]
            if cand and orc.interesting(cand):
                lines = cand
                changed = True
            else:
                i += chunk
        if not changed:
            if chunk == 1:
                break
            chunk //= 2
    # whole blocks, and a block header replaced by its dedented body
    progress = True
    while progress:
        progress = False
        i = 0
        while i < len(lines):
            j = block_end(lines, i)
            if j > i + 1:
                cand = lines[:i] + lines[j:]
                if orc.interesting(cand):
                    lines, progress = cand, True
                    continue
                body = lines[i + 1:j]
                ind = len(lines[i]) - len(lines[i].lstrip())
                bind = min(len(b) - len(b.lstrip()) for b in body if b.strip())
                cand = lines[:i] + [' ' * ind + b[bind:] for b in body] + lines[j:]
                if orc.interesting(cand):
                    lines, progress = cand, True
                    continue
            i += 1
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('input')
    ap.add_argument('output')
    ap.add_argument('--rill', default='./rill')
    ap.add_argument('--python', default='python3')
    ap.add_argument('--mode', choices=['diff', 'crash'], default='diff')
    ap.add_argument('--match')
    ap.add_argument('--py-match')
    ap.add_argument('--timeout', type=float, default=10)
    opts = ap.parse_args()
    opts.rill = os.path.abspath(opts.rill)
    lines = open(opts.input, encoding='utf-8').read().rstrip('\n').split('\n')
    orc = Oracle(opts)
    if not orc.interesting(lines):
        print('the input is not interesting', file=sys.stderr)
        return 1
    lines = reduce(lines, orc)
    with open(opts.output, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print('%d lines after %d runs' % (len(lines), orc.tries))
    return 0


if __name__ == '__main__':
    sys.exit(main())
