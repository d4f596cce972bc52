#!/usr/bin/env python3
"""Groups fuzz findings by a rough signature (a development tool run by hand).

    python3 tests/fuzz/triage.py [FINDINGS_DIR]

The signature is the first line of summary.txt with the generated names (L12,
C34, fn5...), numbers and addresses blurred, so that one bug seen in many
programs shows as one group. Prints each group's size and one example.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def signature(summary):
    s = summary.split('\n')[0]
    s = re.sub(r'^STDOUT line \d+', 'STDOUT', s)
    s = re.sub(r'\b[A-Za-z]+_?\d+\b', 'N', s)       # generated names
    s = re.sub(r'0x…|0x[0-9a-f]+', 'ADDR', s)
    s = re.sub(r'-?\d+(\.\d+)?(e[-+]?\d+)?', '#', s)
    return s[:200]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'findings')
    groups = collections.defaultdict(list)
    for d in sorted(os.listdir(root)):
        p = os.path.join(root, d, 'summary.txt')
        if os.path.isfile(p):
            groups[signature(open(p, encoding='utf-8').read())].append(d)
    for sig, ds in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print('%4d  %s\n      e.g. %s' % (len(ds), sig, ' '.join(ds[:3])))


if __name__ == '__main__':
    main()
