#!/usr/bin/env python3
"""Differential fuzzing of rill against CPython 3.11 (a development tool run by hand,
not part of CI).

    python3 tests/fuzz/run_fuzz.py [-n N] [--first SEED] [--rill ./rill] [--tag TAG]
                                   [--jobs J] [--timeout S] [--valgrind]

For each seed, tests/fuzz/gen_programs.py makes a program; it is run under rill and
under python3 (its directory as working directory, stdin from /dev/null, a time
limit), and the two runs are compared as tests/run_corpus.sh compares them: stdout,
the exit status and the last line of stderr, with 0x... addresses normalized.
Besides a mismatch, a finding is: rill killed by a signal, rill timing out where
python3 did not, an AddressSanitizer/UndefinedBehaviorSanitizer/LeakSanitizer report
(use --rill build-san/rill), or a valgrind error (--valgrind).

Every finding is kept in tests/fuzz/findings/TAG-SEED/ (prog.py, both outputs, and
summary.txt saying what differs); findings/TAG-index.txt lists them one a line.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen_programs  # noqa: E402

ADDR = re.compile(r'0x[0-9a-fA-F]+')
SAN = re.compile(r'ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer|'
                 r'SUMMARY: UndefinedBehaviorSanitizer')


def norm(s):
    return ADDR.sub('0x…', s)


def last_line(err):
    lines = err.rstrip('\n').split('\n')
    last = norm(lines[-1]) if err else ''
    if 'unraisable_empty' in gen_programs.KNOWN and len(lines) > 1 \
            and re.match(r'\w+: $', last) and any(l.startswith('Exception ignored in') for l in lines):
        last = last[:-2]    # a known bug: CPython's unraisable hook writes "Name: "
    return last


def run(cmd, cwd, timeout, env):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=env)
        return (p.returncode, p.stdout.decode('utf-8', 'replace'),
                p.stderr.decode('utf-8', 'replace'), False)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b'').decode('utf-8', 'replace')
        err = (e.stderr or b'').decode('utf-8', 'replace')
        return (None, out, err, True)


def first_diff(a, b):
    al, bl = a.split('\n'), b.split('\n')
    for i, (x, y) in enumerate(zip(al, bl)):
        if x != y:
            return 'line %d: rill %r / python %r' % (i + 1, x, y)
    return 'length: rill %d lines / python %d lines' % (len(al), len(bl))


def check(seed, opts):
    src = gen_programs.generate(seed)
    d = tempfile.mkdtemp(prefix='rfuzz')
    try:
        with open(os.path.join(d, 'prog.py'), 'w', encoding='utf-8') as f:
            f.write(src)
        env = dict(os.environ, PYTHONIOENCODING='utf-8')
        for k in ('PYTHONSTARTUP', 'PYTHONPATH', 'PYTHONWARNINGS', 'PYTHONHASHSEED'):
            env.pop(k, None)
        env.setdefault('ASAN_OPTIONS', 'detect_leaks=1:abort_on_error=0')
        env.setdefault('UBSAN_OPTIONS', 'print_stacktrace=1')
        py = run([opts.python, 'prog.py'], d, opts.timeout, env)
        if py[3]:
            return seed, 'skip', 'python3 timed out'
        cmd = [opts.rill, 'prog.py']
        if opts.valgrind:
            cmd = ['valgrind', '-q', '--error-exitcode=99', '--leak-check=full',
                   '--show-leak-kinds=all', '--errors-for-leak-kinds=all',
                   '--log-file=' + os.path.join(d, 'vg.log')] + cmd
        rl = run(cmd, d, opts.timeout * (30 if opts.valgrind else 3), env)
        problems = []
        rc, out, err, to = rl
        if to:
            problems.append('TIMEOUT (rill)')
        elif rc < 0 and rc != py[0]:
            problems.append('CRASH signal %d' % -rc)
        if SAN.search(err):
            problems.append('SANITIZER: ' + SAN.search(err).group(0))
        if opts.valgrind:
            log = open(os.path.join(d, 'vg.log'), encoding='utf-8', errors='replace').read()
            if log.strip():
                problems.append('VALGRIND')
                err += '\n--- valgrind ---\n' + log
        if not to and not problems:
            if norm(out) != norm(py[1]):
                problems.append('STDOUT ' + first_diff(norm(out), norm(py[1])))
            if rc != py[0]:
                problems.append('STATUS rill %s / python %s' % (rc, py[0]))
            if last_line(err) != last_line(py[2]):
                problems.append('STDERR rill %r / python %r' % (last_line(err), last_line(py[2])))
        if not problems:
            return seed, 'ok', ''
        fd = os.path.join(opts.findings, '%s-%d' % (opts.tag, seed))
        os.makedirs(fd, exist_ok=True)
        shutil.copy(os.path.join(d, 'prog.py'), os.path.join(fd, 'prog.py'))
        for name, text in (('rill.stdout', out), ('rill.stderr', err), ('py.stdout', py[1]),
                           ('py.stderr', py[2])):
            with open(os.path.join(fd, name), 'w', encoding='utf-8') as f:
                f.write(text)
        with open(os.path.join(fd, 'summary.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(problems) + '\n')
        return seed, 'finding', problems[0]
    finally:
        shutil.rmtree(d, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('-n', type=int, default=500, help='number of programs')
    ap.add_argument('--first', type=int, default=0, help='first seed')
    ap.add_argument('--rill', default=os.path.join(ROOT, 'rill'))
    ap.add_argument('--python', default='python3')
    ap.add_argument('--tag', default='normal', help='prefix of the findings directories')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--timeout', type=float, default=10)
    ap.add_argument('--valgrind', action='store_true')
    ap.add_argument('--findings', default=os.path.join(HERE, 'findings'))
    opts = ap.parse_args()
    opts.rill = os.path.abspath(opts.rill)
    os.makedirs(opts.findings, exist_ok=True)
    counts = {'ok': 0, 'finding': 0, 'skip': 0}
    index = open(os.path.join(opts.findings, '%s-index.txt' % opts.tag), 'a', encoding='utf-8')
    with concurrent.futures.ThreadPoolExecutor(opts.jobs) as ex:
        futs = [ex.submit(check, s, opts) for s in range(opts.first, opts.first + opts.n)]
        for fu in concurrent.futures.as_completed(futs):
            try:
                seed, kind, msg = fu.result()
            except Exception as e:       # a bug of the harness, not of rill
                print('harness error:', type(e).__name__, e, flush=True)
                counts['skip'] += 1
                continue
            counts[kind] += 1
            if kind != 'ok':
                line = '%s-%d %s: %s' % (opts.tag, seed, kind, msg)
                print(line, flush=True)
                if kind == 'finding':
                    index.write(line + '\n')
                    index.flush()
    index.close()
    print('%d programs (seeds %d..%d): %d ok, %d findings, %d skipped' % (
        opts.n, opts.first, opts.first + opts.n - 1, counts['ok'], counts['finding'], counts['skip']))
    return 1 if counts['finding'] else 0


if __name__ == '__main__':
    sys.exit(main())
