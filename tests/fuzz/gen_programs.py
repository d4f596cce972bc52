#!/usr/bin/env python3
"""Random program generator for differential fuzzing of rill against CPython 3.11.

A development tool run by hand (not part of CI):

    python3 tests/fuzz/gen_programs.py SEED [SEED2]        # program(s) to stdout
    python3 tests/fuzz/gen_programs.py --out DIR FIRST N   # N programs DIR/prog_SEED.py

Each program is a deterministic function of its seed. It is made of independent
snippets, each wrapped in a function and (mostly) in a try statement that prints
the exception that escaped, so that one error does not hide the rest; a program
sometimes ends with a snippet whose exception escapes to the top level.

The programs are biased toward what rill is for: generators (send, throw, close,
yield from, return values, finalization of dropped generators with printing
finally blocks), iterator pipelines and itertools, classes with dunders,
exceptions, closures, comprehensions, containers, formatting and number edge
cases. They avoid rill's documented differences from CPython (README): no sets
of strings, ids or addresses on purpose, complex numbers, bytes, dir(), timing,
randomness, negative bases raised to fractional powers.
"""
import os
import random
import sys
import warnings

PRELUDE = '''\
import itertools
import functools
import math

def show(label, thunk):
    try:
        v = thunk()
    except StopIteration as e:
        print(label, '-> StopIteration', repr(e.value))
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(v))

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.suppress

class E1(Exception):
    pass

class E2(E1):
    pass

class E3(ValueError):
    def __init__(self, code):
        super().__init__('E3', code)
        self.code = code
    def __str__(self):
        return f'E3<{self.code}>'

def exc_info(e):
    return (type(e).__name__, str(e), e.args, type(e.__cause__).__name__,
            type(e.__context__).__name__, e.__suppress_context__)
'''

INT_LITS = ['0', '1', '-1', '2', '3', '-3', '5', '7', '-7', '10', '13', '-13', '100',
            '255', '-256', '1000', '12345', '-98765', '(2**31)', '(-2**31)', '(2**63)',
            '(2**64+1)', '-(2**65)', '(10**20)', '(-10**20)', '123456789012345678901234567890',
            '-99999999999999999999', '0x7f', '0o17', '0b1011', '1_000_000', 'True', 'False']
SMALL_INTS = ['0', '1', '2', '3', '4', '5', '-1', '-2', '7', '10']
FLOAT_LITS = ['0.0', '-0.0', '0.1', '0.5', '1.5', '2.5', '-2.5', '3.14159', '-7.25', '1e10',
              '1e16', '1e22', '1.5e-7', '1e300', '-1e300', '5e-324', '2.675', '0.125',
              '(1/3)', '(2**0.5)', "float('inf')", "float('-inf')", "float('nan')",
              '123456.789', '1e-05', '9.999999999999999e22', '(0.1+0.2)', '1234567.0',
              '-0.5', '(2/3)', '100.0', '1e15', '0.3']
STR_LITS = ["''", "'a'", "'abc'", "'Hello World'", "'  pad  '", "'a,b,,c'", "'x-y-z'",
            "'héllo'", "'ß'", "'ǅ'", "'İ'", "'日本語'", "'tab\\tsep'", "'line1\\nline2'",
            "'123'", "'-42'", "'3.5'", "'0x1f'", "'aAbB'", "'ﬁ'", "'\\u00e9t\\u00e9'",
            "'😀x'", "'mississippi'", "'CamelCaseWord'", "'  x  y  '", "'ab' 'cd'",
            "'a\\'b\"c'", "'\\x00\\x7f'", "'Σίσυφος'", "'ΣΑΣ'", "' 7 '", "'1_000'"]
EXC_CTORS = ["ValueError('v')", "E1('e1')", "E2('e2', 3)", "KeyError('k')", "E3(7)",
             "TypeError('t')", "RuntimeError('r')", "IndexError(1)", "ZeroDivisionError()",
             "Exception()", "StopIteration(5)", "ArithmeticError('a')", "LookupError('l')",
             "AttributeError('at')", "NotImplementedError('ni')"]
EXC_CLASSES = ['ValueError', 'E1', 'E2', 'KeyError', 'E3', 'TypeError', 'RuntimeError',
               'IndexError', 'ZeroDivisionError', 'Exception', 'LookupError',
               'ArithmeticError', '(E1, KeyError)', '(ValueError, TypeError)']
CATCH_CLASSES = EXC_CLASSES + ['BaseException', 'GeneratorExit', 'StopIteration']

# Bugs of rill already found (see tests/lang/fuzz/): the generator steers clear of
# their triggers so that a run finds new ones. Set RILL_FUZZ_KNOWN=none to
# generate them again (e.g. to check fixes), or a comma-separated subset.
ALL_KNOWN = {
    'fstring_conv',         # f"{x!r}" whose __repr__ fails: double free
    'object_cmp_methods',   # object().__lt__ etc. missing
    'descr_msg',            # int.bit_count(1.5): message of a method descriptor
    'oserror_errno',        # OSError(2, ...) is not a FileNotFoundError
    'reflected_subclass',   # a + b calls b.__radd__ first though b's class inherits it
    'unraisable_empty',     # "Exception ignored in": CPython prints "ValueError: " (run_fuzz.py)
    'set_isub_resize',      # set -= / difference_update does not resize as CPython: order
    'stopiter_value',       # map/islice/zip... drop the value of a generator's StopIteration
    'chr_overflow',         # chr(2**40): ValueError instead of OverflowError
    'int_float_cmp',        # 2**60 < 0.3 is True
    'set_pop_finger',       # set.pop() after &= does not continue from CPython's finger
    'getattr_twice',        # super().__getattribute__ in a class with __getattr__ calls it twice
    'desc_get_class',       # C.d does not call d.__get__(None, C)
    'posonly_kw_msg',       # f(c=3, a=1) with a positional-only: wrong message
    'hash_word',            # a __hash__ returning 2**62 is rehashed
    'contains_iter_msg',    # `in` over a bad __iter__: message
    'index_msg',            # __index__ returning 2**70: message names 'int'
    'zip_longest_release',  # zip_longest drops its last-ended input early
    'release_order',        # product/set.union args, chain inputs released in another order
    'len_index',            # __len__ returning an object with __index__
}
_env = os.environ.get('RILL_FUZZ_KNOWN')
KNOWN = ALL_KNOWN if _env is None else set() if _env == 'none' else set(_env.split(','))


class Writer:
    def __init__(self):
        self.lines = []
        self.ind = 0

    def __call__(self, s):
        for line in s.split('\n'):
            self.lines.append('    ' * self.ind + line)

    def block(self, head):
        w = self

        class _B:
            def __enter__(self):
                w(head)
                w.ind += 1
                self.start = len(w.lines)
                return w

            def __exit__(self, *a):
                if len(w.lines) == self.start:
                    w('pass')   # a block must not be empty
                w.ind -= 1
        return _B()

    def text(self):
        return '\n'.join(self.lines) + '\n'


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.n = 0
        self.w = Writer()

    # ---- small helpers ---------------------------------------------------
    def uid(self, p='v'):
        self.n += 1
        return '%s%d' % (p, self.n)

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def ri(self, a, b):
        return self.r.randint(a, b)

    def label(self):
        return repr(self.uid('L'))

    # ---- expressions -------------------------------------------------------
    def e_int(self, d=2):
        r = self.r
        if d <= 0 or self.p(0.3):
            return self.ch(INT_LITS) if self.p(0.6) else str(self.ri(-20, 20))
        k = r.randrange(17)
        if k == 0:
            return '(%s %s %s)' % (self.e_int(d - 1), self.ch(['+', '-', '*']), self.e_int(d - 1))
        if k == 1:
            return '(%s %s %s)' % (self.e_int(d - 1), self.ch(['//', '%']), self.e_int(d - 1))
        if k == 2:
            return '(%s ** %s)' % (self.e_int(d - 1), self.ch(['0', '1', '2', '3', '5', '7', '12', '-1', '-2']))
        if k == 3:
            return '(%s %s %s)' % (self.e_int(d - 1), self.ch(['&', '|', '^']), self.e_int(d - 1))
        if k == 4:
            return '(%s %s %s)' % (self.e_int(d - 1), self.ch(['<<', '>>']), self.ch(['0', '1', '3', '17', '64', '100', '-1']))
        if k == 5:
            return '%s%s' % (self.ch(['-', '~', '+']), self.e_int(d - 1))
        if k == 6:
            return 'len(%s)' % self.ch([self.e_str(d - 1), self.e_list(d - 1), self.e_dict(d - 1)])
        if k == 7:
            return self.ch(['int(%s)' % self.e_float(d - 1), 'round(%s)' % self.e_float(d - 1),
                            'math.floor(%s)' % self.e_float(d - 1), 'math.ceil(%s)' % self.e_float(d - 1),
                            'int(%s)' % self.ch(["'42'", "' -7 '", "'1_000'", "'0x10'", "'abc'", "'12'", "'٣'", "'+5'", "'99999999999999999999999'"]),
                            "int(%s, %s)" % (self.ch(["'ff'", "'0x1F'", "'z'", "'101'", "'-0b11'", "'777'", "'0o7'"]), self.ch(['16', '2', '36', '0', '8', '1']))])
        if k == 8:
            return self.ch(['math.gcd(%s, %s)' % (self.e_int(d - 1), self.e_int(d - 1)),
                            'math.isqrt(abs(%s))' % self.e_int(d - 1),
                            'math.factorial(%s)' % self.ch(['0', '5', '20', '30', '-1']),
                            'math.comb(%s, %s)' % (self.ri(0, 40), self.ri(0, 20)),
                            'math.perm(%s, %s)' % (self.ri(0, 12), self.ri(0, 5)),
                            'math.lcm(%s, %s)' % (self.e_int(d - 1), self.e_int(d - 1))])
        if k == 9:
            return 'sum(%s)' % self.e_intlist(d - 1)
        if k == 10:
            return '%s(%s)' % (self.ch(['min', 'max']), self.e_intlist(d - 1))
        if k == 11:
            return 'divmod(%s, %s)[%d]' % (self.e_int(d - 1), self.e_int(d - 1), self.ri(0, 1))
        if k == 12:
            return '%s.%s(%s)' % (self.e_str(d - 1), self.ch(['find', 'count', 'rfind', 'index']), self.e_str(d - 1))
        if k == 13:
            return 'pow(%s, %s, %s)' % (self.e_int(d - 1), self.ch(['2', '3', '10', '-1', '100']), self.e_int(d - 1))
        if k == 14:
            return '(%s).bit_length()' % self.e_int(d - 1)
        if k == 15:
            # not of floats: hash(nan) is 0 in rill (a documented difference)
            return 'hash(%s)' % self.ch([self.e_int(d - 1), self.ch(FLOAT_LITS[:20]), '(%s, %s)' % (self.e_int(0), self.e_int(0))])
        return 'abs(%s)' % self.e_int(d - 1)

    def e_float(self, d=2):
        if d <= 0 or self.p(0.35):
            return self.ch(FLOAT_LITS)
        k = self.r.randrange(10)
        if k == 0:
            return '(%s %s %s)' % (self.e_float(d - 1), self.ch(['+', '-', '*', '/']), self.ch([self.e_float(d - 1), self.e_int(d - 1)]))
        if k == 1:
            return '(%s %s %s)' % (self.e_float(d - 1), self.ch(['//', '%']), self.ch([self.e_float(d - 1), self.e_int(d - 1)]))
        if k == 2:
            return '(%s / %s)' % (self.e_int(d - 1), self.e_int(d - 1))
        if k == 3:
            return '(abs(%s) ** %s)' % (self.e_float(d - 1), self.ch(['0.5', '2', '3', '-1', '0.25', '1.5', '-0.5', '10', '400']))
        if k == 4:
            return '%s(%s)' % (self.ch(['math.sqrt', 'math.exp', 'math.log', 'math.log2', 'math.log10',
                                        'math.sin', 'math.atan', 'math.fabs', 'math.trunc', 'float', 'math.tanh']),
                               self.ch([self.e_float(d - 1), self.e_int(d - 1)]))
        if k == 5:
            return 'float(%s)' % self.ch(["'1e5'", "' 3.5 '", "'inf'", "'-nan'", "'1_0.5'", "'x'", "'-0'", "'1e400'", self.e_int(d - 1)])
        if k == 6:
            return 'round(%s, %s)' % (self.e_float(d - 1), self.ch(['0', '1', '2', '3', '-1', '-2', '10']))
        if k == 7:
            return 'math.%s(%s, %s)' % (self.ch(['fmod', 'hypot', 'atan2', 'copysign', 'pow', 'remainder']),
                                        self.e_float(d - 1), self.e_float(d - 1))
        if k == 8:
            return 'math.fsum(%s)' % self.ch(['[0.1] * 10', '[1e100, 1.0, -1e100]', '[%s, %s]' % (self.e_float(0), self.e_float(0))])
        return '-%s' % self.e_float(d - 1)

    def e_str(self, d=2):
        if d <= 0 or self.p(0.3):
            return self.ch(STR_LITS)
        k = self.r.randrange(16)
        s = self.e_str(d - 1)
        if k == 0:
            return '(%s + %s)' % (s, self.e_str(d - 1))
        if k == 1:
            return '(%s * %s)' % (s, self.ch(['0', '1', '2', '3', '-1']))
        if k == 2:
            return '%s[%s]' % (s, self.slice_txt())
        if k == 3:
            return '%s.%s()' % (s, self.ch(['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold',
                                             'strip', 'lstrip', 'rstrip', 'expandtabs']))
        if k == 4:
            return '%s.replace(%s, %s%s)' % (s, self.e_str(0), self.e_str(0), self.ch(['', ', 1', ', 0', ', -1']))
        if k == 5:
            return '%s.%s(%s%s)' % (s, self.ch(['center', 'ljust', 'rjust']), self.ch(['0', '5', '12', '-3']),
                                    self.ch(['', ", '*'", ", '-'", ", 'ab'"]))
        if k == 6:
            return '%s.zfill(%s)' % (s, self.ch(['0', '5', '10']))
        if k == 7:
            return '%s.join(%s)' % (self.ch(["','", "''", "' - '", "'\\n'"]), self.ch([self.e_strlist(d - 1), s, '(str(x) for x in %s)' % self.e_intlist(d - 1)]))
        if k == 8:
            return self.ch(['str(%s)', 'repr(%s)', 'ascii(%s)', 'format(%s)'] ) % self.e_any(d - 1)
        if k == 9:
            return self.fstring(d - 1)
        if k == 10:
            f = self.ch(['hex', 'oct', 'bin', 'chr'])
            if f == 'chr' and 'chr_overflow' in KNOWN:
                return 'chr(%s %% 1114112)' % self.e_int(d - 1)
            return '%s(%s)' % (f, self.e_int(d - 1))
        if k == 11:
            return self.percent_fmt(d - 1)
        if k == 12:
            return self.str_format(d - 1)
        if k == 13:
            return '%s.%s(%s)' % (s, self.ch(['removeprefix', 'removesuffix', 'strip', 'rstrip', 'lstrip']), self.e_str(0))
        if k == 14:
            return 'format(%s, %s)' % (self.ch([self.e_int(d - 1), self.e_float(d - 1), s]), repr(self.fmt_spec(self.ch(['int', 'float', 'str']))))
        return "%s.translate({%s: %s})" % (s, self.ch(['97', '98', '120']), self.ch(["'Z'", 'None', "'<>'", '65']))

    def e_list(self, d=2):
        return self.ch([self.e_intlist, self.e_strlist, self.e_mixlist])(d)

    def e_intlist(self, d=2):
        if d <= 0 or self.p(0.3):
            return self.ch(['[]', '[1, 2, 3]', '[3, -1, 2, -1, 0]', '[10**20, -5, 7]', '[5]',
                            'list(range(%s))' % self.ri(0, 8), 'list(range(10, -5, -3))', '[0, 0, 1]'])
        k = self.r.randrange(12)
        if k == 0:
            return '(%s + %s)' % (self.e_intlist(d - 1), self.e_intlist(d - 1))
        if k == 1:
            return '(%s * %s)' % (self.e_intlist(d - 1), self.ch(['0', '2', '3']))
        if k == 2:
            return '%s[%s]' % (self.e_intlist(d - 1), self.slice_txt())
        if k == 3:
            return 'sorted(%s%s)' % (self.e_intlist(d - 1), self.ch(['', ', reverse=True', ', key=abs', ', key=lambda x: (x % 3, -x)']))
        if k == 4:
            return '[%s for x in %s%s]' % (self.ch(['x * x', 'x + 1', '-x', 'x // 2', 'x % 3', 'abs(x)']), self.e_intlist(d - 1),
                                           self.ch(['', ' if x % 2', ' if x > 0', ' if x != 3']))
        if k == 5:
            return 'list(map(%s, %s))' % (self.ch(['abs', 'int', 'lambda x: x * 3', 'lambda x: -x']), self.e_intlist(d - 1))
        if k == 6:
            return 'list(filter(%s, %s))' % (self.ch(['None', 'lambda x: x > 1', 'lambda x: x % 2 == 0']), self.e_intlist(d - 1))
        if k == 7:
            return 'list(reversed(%s))' % self.e_intlist(d - 1)
        if k == 8:
            return 'list(itertools.%s)' % self.ch([
                'accumulate(%s)' % self.e_intlist(d - 1),
                'accumulate(%s, initial=100)' % self.e_intlist(d - 1),
                'accumulate(%s, max)' % self.e_intlist(d - 1),
                'islice(itertools.count(%s, %s), %s)' % (self.e_int(0), self.ch(['1', '-2', '3']), self.ri(0, 6)),
                'chain(%s, %s)' % (self.e_intlist(d - 1), self.e_intlist(d - 1)),
                'compress(%s, [1, 0, 1, 1, 0])' % self.e_intlist(d - 1),
                'starmap(pow, [(2, 3), (3, 2), (10, -1)])',
                'islice(itertools.cycle(%s), 7)' % self.e_intlist(d - 1),
                'filterfalse(None, %s)' % self.e_intlist(d - 1)])
        if k == 9:
            return '[len(s) for s in %s]' % self.e_strlist(d - 1)
        if k == 10:
            return 'list(%s)' % self.ch(['divmod(%s, %s)' % (self.e_int(d - 1), self.e_int(d - 1)),
                                         '(%s).as_integer_ratio()' % self.e_float(d - 1),
                                         'range(%s, %s, %s)' % (self.ri(-5, 5), self.ri(-10, 10), self.ch(['1', '2', '-1', '-3', '0']))])
        return '[%s]' % ', '.join(self.e_int(d - 1) for _ in range(self.ri(0, 4)))

    def e_strlist(self, d=2):
        if d <= 0 or self.p(0.3):
            return self.ch(["['a', 'b', 'c']", "[]", "['x']", "['banana', 'Apple', 'cherry', 'apple']",
                            "list('hello')", "['', 'z', '']"])
        k = self.r.randrange(6)
        s = self.e_str(d - 1)
        if k == 0:
            return '%s.split(%s)' % (s, self.ch(['', "','", "'-'", "' '", "None, 1", "'s', 2", "''"]))
        if k == 1:
            return '%s.rsplit(%s)' % (s, self.ch(['', "','", "None, 1", "'s', 1"]))
        if k == 2:
            return '%s.splitlines(%s)' % (s, self.ch(['', 'True']))
        if k == 3:
            return 'sorted(%s%s)' % (self.e_strlist(d - 1), self.ch(['', ', key=str.lower', ', key=len, reverse=True']))
        if k == 4:
            return 'list(%s.partition(%s))' % (s, self.e_str(0))
        return '[%s]' % ', '.join(self.e_str(d - 1) for _ in range(self.ri(0, 3)))

    def e_mixlist(self, d=2):
        return '[%s]' % ', '.join(self.e_any(d - 1) for _ in range(self.ri(0, 4)))

    def e_tuple(self, d=2):
        if self.p(0.3):
            return 'tuple(%s)' % self.e_list(d - 1)
        items = [self.e_any(d - 1) for _ in range(self.ri(0, 3))]
        if len(items) == 1:
            return '(%s,)' % items[0]
        return '(%s)' % ', '.join(items)

    def e_dict(self, d=2):
        if d <= 0 or self.p(0.3):
            return self.ch(["{}", "{'a': 1, 'b': 2}", "{1: 'one', 2: 'two', 3: 'three'}", "dict(x=1, y=[2])",
                            "{True: 'T', 1.0: 'F', 0: 'zero'}"])
        k = self.r.randrange(6)
        if k == 0:
            return '{**%s, **%s}' % (self.e_dict(d - 1), self.e_dict(d - 1))
        if k == 1:
            return '(%s | %s)' % (self.e_dict(d - 1), self.e_dict(d - 1))
        if k == 2:
            return '{k: %s for k in %s}' % (self.ch(['k * 2', 'str(k)', '-k', 'k % 3']), self.e_intlist(d - 1))
        if k == 3:
            return 'dict(zip(%s, %s))' % (self.e_strlist(d - 1), self.e_intlist(d - 1))
        if k == 4:
            return 'dict.fromkeys(%s, %s)' % (self.e_intlist(d - 1), self.e_int(0))
        return 'dict(enumerate(%s))' % self.e_strlist(d - 1)

    def e_set(self, d=2):
        if d <= 0 or self.p(0.3):
            return self.ch(['set()', '{1, 2, 3}', '{-1, 100, 7, 2**40}', 'set(range(5))', '{0, 8, 16, 32}',
                            'frozenset({3, 4})', 'set(%s)' % self.e_intlist(0)])
        k = self.r.randrange(4)
        if k == 0:
            return '(%s %s %s)' % (self.e_set(d - 1), self.ch(['|', '&', '-', '^']), self.e_set(d - 1))
        if k == 1:
            return '{x %s for x in %s}' % (self.ch(['% 4', '* 7', '// 2', '** 2']), self.e_intlist(d - 1))
        if k == 2:
            return '%s.%s(%s)' % (self.e_set(d - 1), self.ch(['union', 'intersection', 'difference', 'symmetric_difference']),
                                  self.ch([self.e_intlist(d - 1), self.e_set(d - 1)]))
        return 'set(%s)' % self.e_intlist(d - 1)

    def e_bool(self, d=2):
        k = self.r.randrange(8)
        if k == 0:
            rhs = self.e_float(d - 1) if 'int_float_cmp' not in KNOWN and self.p(0.5) else self.e_int(d - 1)
            return '(%s %s %s)' % (self.e_int(d - 1), self.ch(['<', '<=', '==', '!=', '>', '>=']), rhs)
        if k == 1:
            return '(%s < %s < %s)' % (self.e_int(d - 1), self.e_int(d - 1), self.e_int(d - 1))
        if k == 2:
            return '(%s in %s)' % (self.e_int(d - 1), self.ch([self.e_intlist(d - 1), self.e_set(d - 1), self.e_dict(d - 1)]))
        if k == 3:
            return '%s.%s()' % (self.e_str(d - 1), self.ch(['isdigit', 'isalpha', 'isupper', 'islower', 'isspace',
                                                            'isidentifier', 'isdecimal', 'isnumeric', 'isalnum', 'istitle', 'isprintable']))
        if k == 4:
            return '%s(%s)' % (self.ch(['any', 'all', 'bool']), self.e_intlist(d - 1))
        if k == 5:
            return '(%s %s %s)' % (self.e_str(d - 1), self.ch(['<', '==', 'in', 'not in', '>=']), self.e_str(d - 1))
        if k == 6:
            return '(%s %s %s)' % (self.e_any(d - 1), self.ch(['and', 'or']), self.e_any(d - 1))
        return 'isinstance(%s, %s)' % (self.e_any(d - 1), self.ch(['int', 'float', 'str', '(int, str)', 'bool', 'object', 'list']))

    def e_any(self, d=2):
        f = self.ch([self.e_int, self.e_int, self.e_float, self.e_str, self.e_str, self.e_list, self.e_tuple,
                     self.e_dict, self.e_set, self.e_bool])
        if self.p(0.04):
            return self.ch(['None', 'print', 'len', 'int', '...', 'range(3)', 'slice(1, 2)'])
        return f(d)

    def slice_txt(self):
        v = lambda: self.ch(['', '0', '1', '2', '-1', '-3', '10', '-10', 'None'])
        k = self.r.randrange(4)
        if k == 0:
            return self.ch(['0', '1', '-1', '2', '5', '-7'])
        if k == 1:
            return '%s:%s' % (v(), v())
        return '%s:%s:%s' % (v(), v(), self.ch(['', '1', '2', '-1', '-2', '3', '0']))

    # ---- formatting ----------------------------------------------------------
    def fmt_spec(self, kind):
        r = self.r
        s = ''
        if self.p(0.3):
            s += self.ch(['*', '0', '-', '.', 'x', '#']) + self.ch(['<', '>', '^', '='])
        elif self.p(0.3):
            s += self.ch(['<', '>', '^', '='])
        if kind != 'str' and self.p(0.3):
            s += self.ch(['+', '-', ' '])
        if kind == 'int' and self.p(0.15):
            s += '#'
        if self.p(0.15):
            s += '0'
        if self.p(0.5):
            s += str(self.ri(0, 25))
        if kind != 'str' and self.p(0.25):
            s += self.ch([',', '_'])
        if kind != 'int' and self.p(0.4) or kind == 'int' and self.p(0.05):
            s += '.' + str(self.ri(0, 12))
        if kind == 'int':
            s += self.ch(['', 'd', 'x', 'X', 'o', 'b', 'n', 'e', 'f', 'g', '%', 'c', 'E', 'G', 's'])
        elif kind == 'float':
            s += self.ch(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'd'])
        else:
            s += self.ch(['', 's', '', 'd'])
        if self.p(0.03):
            s = self.ch(['z', '=^', '<>', ',_', '__', '.', '10.', '#s', '!'])
        return s

    def fstring(self, d=1):
        parts = []
        for _ in range(self.ri(1, 3)):
            kind = self.ch(['int', 'float', 'str'])
            e = {'int': self.e_int, 'float': self.e_float, 'str': self.e_str}[kind](d)
            if '\\' in e or 'f"' in e or "f'" in e:
                e = {'int': '7', 'float': '2.5', 'str': "'s'"}[kind]
            e = e.replace("'", '"')  # inner quotes differ from the f-string's
            conv = self.ch(['', '', '', '!r', '!s', '!a']) if 'fstring_conv' not in KNOWN else ''
            if self.p(0.15):
                spec = ':>{%s}' % self.ch(['3', '7', '2 * 5'])
            elif self.p(0.6):
                spec = ':' + self.fmt_spec(kind if not conv else 'str').replace('{', '').replace('}', '')
            else:
                spec = ''
            eq = '=' if self.p(0.1) else ''
            pre = self.ch(['', 'x', ' ', '{{', '}}', 'é', '|'])
            parts.append('%s{%s%s%s%s}' % (pre, e, eq, conv, spec))
        return "f'%s'" % ''.join(parts)

    def percent_fmt(self, d=1):
        specs = ['%d', '%5d', '%-5d|', '%05d', '%x', '%#o', '%s', '%r', '%.2f', '%10.3e', '%g', '%%', '%+d', '%c', '%i', '%.3s', '%a']
        n = self.ri(1, 3)
        fmt = ' '.join(self.ch(specs) for _ in range(n))
        cnt = fmt.count('%') - 2 * fmt.count('%%')
        args = [self.ch([self.e_int(d), self.e_float(d), self.e_str(0)]) for _ in range(cnt)]
        if cnt == 1 and self.p(0.5):
            return '(%r %% %s)' % (fmt, args[0])
        return '(%r %% (%s))' % (fmt, ''.join(a + ', ' for a in args))

    def str_format(self, d=1):
        k = self.r.randrange(4)
        if k == 0:
            return "'{} and {!r:>8} {:%s}'.format(%s, %s, %s)" % (self.fmt_spec('int').replace('{', '').replace('}', ''),
                                                                 self.e_str(0), self.e_str(0), self.e_int(d))
        if k == 1:
            return "'{0}{1}{0}'.format(%s, %s)" % (self.e_any(d), self.e_int(0))
        if k == 2:
            return "'{x[0]}-{y.real}-{z}'.format(x=%s, y=%s, z=3)" % (self.e_strlist(d), self.e_float(0))
        return "'{a:{w}.{p}f}|{b:^{w}}'.format(a=%s, b=%s, w=%s, p=%s)" % (self.e_float(d), self.e_str(0), self.ri(0, 12), self.ri(0, 5))

    # ---- snippets --------------------------------------------------------------
    # Each snippet writes a function `name` whose call is emitted by the caller.
    def sn_exprs(self, w, name):
        with w.block('def %s():' % name):
            for _ in range(self.ri(3, 8)):
                e = self.ch([self.e_int, self.e_float, self.e_str, self.e_list, self.e_tuple, self.e_dict,
                             self.e_set, self.e_bool, self.e_any, self.fstring])(self.ri(1, 3))
                w('show(%s, lambda: %s)' % (self.label(), e))

    def sn_numbers(self, w, name):
        cases = [
            lambda: '(lambda a, b: (a // b, a %% b))(%s, %s)' % (self.ch(['7', '-7', '10**30+1', '-(10**30)', '7.5', '-7.5', '0', '-0.0', '1e300']), self.ch(['2', '-2', '3', '-3', '0.5', '-10**25', '0', '-0.25', 'float("inf")', 'float("-inf")'])),
            lambda: 'divmod(%s, %s)' % (self.ch(['7', '-7', '2**100', '-2**100', '7.25', '-0.0', '1e308']), self.ch(['3', '-3', '0.75', '-2**70', 'float("inf")', '0'])),
            lambda: 'repr(%s)' % self.e_float(3),
            lambda: 'str(%s)' % self.e_int(3),
            lambda: 'float(%s)' % self.ch(['2**1023', '2**1024', '10**308', '-(2**1100)', '123456789123456789123456789', '2**53+1']),
            lambda: '%s / %s' % (self.ch(['10**400', '1', '2**1100', '-7', '10**30']), self.ch(['10**399', '3', '2**1099', '0', '7', '-(10**29)'])),
            lambda: 'round(%s, %s)' % (self.ch(['2.5', '3.5', '-2.5', '0.125', '2.675', '1e20', '12345', '-12355', '10**25+5']), self.ch(['', '0', '1', '2', '-1', '-3'])),
            lambda: 'int(%s)' % self.ch(["'1' * 5000", "'1' * 4300", "1e300", "float('nan')", "float('inf')", "-0.9", "2.9999999999999996"]),
            lambda: 'len(str(%s))' % self.ch(['10**4299', '10**4300', '2**10000', '-(10**4299)']),
            lambda: '(%s).is_integer(), (%s).as_integer_ratio()' % (self.e_float(1), self.e_float(1)),
            lambda: '%s ** %s' % (self.ch(['2', '-2', '0', '10', '-1', '0.0', '2.0', '1.0001', '1e10']), self.ch(['-1', '-3', '0', '100', '0.5', '1000', '-0.5', '2000'])),
            lambda: 'pow(%s, %s, %s)' % (self.ch(['3', '-3', '2**100', '7']), self.ch(['-1', '5', '0', '100']), self.ch(['7', '-7', '1', '0', '10**20'])),
            lambda: '%s %s %s' % (self.ch(['-(2**100)', '2**100-1', '-1', '0', '~(2**65)']), self.ch(['&', '|', '^', '>>', '<<']), self.ch(['2**64', '-3', '5', '63', '200', '-(2**70)'])),
            lambda: 'math.%s(%s)' % (self.ch(['floor', 'ceil', 'trunc', 'isqrt', 'log2', 'log', 'sqrt', 'factorial', 'isfinite', 'isnan', 'erf', 'gamma', 'lgamma', 'expm1', 'log1p', 'frexp', 'modf']),
                                     self.ch(['2**200', '-2.5', '0', '1e308', '10**50', '-1', '0.0', "float('inf')", '7.5', '1e-300'])),
            lambda: 'f"{%s:%s}"' % (self.e_float(1), self.fmt_spec('float')),
            lambda: 'f"{%s:%s}"' % (self.e_int(1), self.fmt_spec('int')),
            lambda: '%s == %s, %s < %s' % ((self.ch(['2**53', '2**53+1', '0.1' if 'int_float_cmp' not in KNOWN else '1.5', '10**400', "float('nan')", '1']), self.ch(['float(2**53)', '9007199254740993.0', '1.0', "float('inf')", 'True'])) * 2),
            lambda: 'sum(%s), sum(%s, %s)' % (self.ch(['[0.1] * 10', '[1, 2.5, 10**20]', 'range(10**6, 10**6+5)', '[True, True]']), self.e_intlist(1), self.ch(['0.0', '10', '-1'])),
            lambda: ('int.bit_count(%s)' if 'descr_msg' not in KNOWN else '(%s).bit_count()') % self.e_int(1),
            lambda: '(%s).%s' % (self.e_float(1), self.ch(['hex()', 'real', 'imag', '__round__()', '__trunc__()', 'conjugate()'])),
            lambda: 'float.fromhex(%s)' % self.ch(["'0x1.8p1'", "'-0x1p-1074'", "'inf'", "'0x1.fffffffffffffp1023'", "'zz'"]),
        ]
        with w.block('def %s():' % name):
            for _ in range(self.ri(4, 10)):
                w('show(%s, lambda: (%s))' % (self.label(), self.ch(cases)()))

    # -- generators ------------------------------------------------------------
    def gen_body(self, w, gname, depth, budget, subs, in_loop=False):
        """Writes random statements of a generator body; returns nothing."""
        n = self.ri(1, 3)
        for _ in range(n):
            if budget[0] <= 0:
                break
            budget[0] -= 1
            k = self.r.randrange(100)
            val = self.ch([str(self.ri(0, 99)), repr(gname + str(self.ri(0, 9))), 'None', 'acc'])
            if k < 22:
                w('x = yield %s' % val)
                w("print(%r, 'got', repr(x))" % gname)
                if self.p(0.3):
                    w('if isinstance(x, int): acc += x')
            elif k < 30:
                w('yield %s' % val)
            elif k < 40 and depth > 0:
                i = self.uid('i')
                with w.block('for %s in range(%d):' % (i, self.ri(0, 3))):
                    w("print(%r, 'loop', %s)" % (gname, i))
                    if self.p(0.3):
                        w('if %s == %d: %s' % (i, self.ri(0, 2), self.ch(['break', 'continue', 'return %s' % i])))
                    self.gen_body(w, gname, depth - 1, budget, subs, True)
            elif k < 55 and depth > 0:
                with w.block('try:'):
                    self.gen_body(w, gname, depth - 1, budget, subs, in_loop)
                nh = self.ri(0, 2)
                for _ in range(nh):
                    with w.block('except %s as e:' % self.ch(CATCH_CLASSES)):
                        w("print(%r, 'caught', type(e).__name__, e)" % gname)
                        kk = self.r.randrange(10)
                        if kk == 0:
                            w('raise')
                        elif kk == 1:
                            w("yield 'in-except'")
                        elif kk == 2:
                            w("raise E1('from handler') from e")
                        elif kk == 3:
                            w("return 'ret-except'")
                        elif kk == 4 and in_loop:
                            w(self.ch(['break', 'continue']))
                if nh and self.p(0.3):
                    with w.block('else:'):
                        w("print(%r, 'else')" % gname)
                        if self.p(0.3):
                            w("yield 'in-else'")
                if nh == 0 or self.p(0.6):
                    with w.block('finally:'):
                        w("print(%r, 'finally', acc)" % gname)
                        kk = self.r.randrange(14)
                        if kk == 0:
                            w("yield 'in-finally'")
                        elif kk == 1:
                            w("return 'ret-finally'")
                        elif kk == 2 and in_loop:
                            w(self.ch(['break', 'continue']))
            elif k < 63 and depth > 0:
                with w.block('with CM(%r, %s) as c:' % (gname + '-cm', self.ch(['False', 'False', 'True']))):
                    self.gen_body(w, gname, depth - 1, budget, subs, in_loop)
            elif k < 76:
                if subs and self.p(0.7):
                    s = self.ch(subs)
                    w('r = yield from %s(%s)' % (s, self.ri(0, 3)))
                else:
                    w('r = yield from %s' % self.ch(['[1, 2]', 'range(3)', "'ab'", '()', 'iter([7])',
                                                      '(y * 10 for y in range(2))', 'itertools.repeat(5, 2)',
                                                      "{'k': 1, 'j': 2}"]))
                w("print(%r, 'yf', repr(r))" % gname)
            elif k < 82:
                w('if acc %s %d: raise %s' % (self.ch(['>', '<', '==']), self.ri(-1, 5), self.ch(EXC_CTORS)))
            elif k < 86:
                w('if x is %sNone: return %s' % (self.ch(['', 'not ']), val))
            elif k < 90:
                w('acc += 1')
                w("print(%r, 'acc', acc)" % gname)
            elif k < 93:
                w(self.ch(["x = yield", "x = (yield x)", "yield (yield)", "print('expr', (yield 'e'))",
                           "x = yield x, acc", "acc = (yield acc) or acc"]))
                w("print(%r, 'x', repr(x))" % gname)
            elif k < 96 and in_loop:
                w('if acc > %d: %s' % (self.ri(0, 3), self.ch(['break', 'continue'])))
            else:
                w("print(%r, 'step')" % gname)

    def gen_function(self, w, gname, subs, params='n=0'):
        with w.block('def %s(%s):' % (gname, params)):
            w('acc = 0')
            w('x = None')
            w("print(%r, 'start')" % gname)
            budget = [self.ri(3, 10)]
            self.gen_body(w, gname, 3, budget, subs)
            if self.p(0.5):
                w('return %s' % self.ch(["'done'", 'acc', '(acc, x)', 'None', "[acc]"]))

    def gen_driver_op(self, w, gv, gname):
        k = self.r.randrange(100)
        lab = self.label()
        if k < 30:
            w('show(%s, lambda: next(%s))' % (lab, gv))
        elif k < 45:
            w('show(%s, lambda: %s.send(%s))' % (lab, gv, self.ch(['None', '1', '2', "'s'", '10', '-3'])))
        elif k < 55:
            w('show(%s, lambda: %s.throw(%s))' % (lab, gv, self.ch(EXC_CTORS + ['ValueError', 'GeneratorExit', 'StopIteration', 'KeyboardInterrupt("kb")'])))
        elif k < 61:
            w('show(%s, lambda: %s.close())' % (lab, gv))
        elif k < 65:
            w('show(%s, lambda: (%s.gi_running, %s.gi_suspended, %s.gi_frame is None, %s.gi_yieldfrom is None, %s.gi_code.co_name))' % ((lab,) + (gv,) * 5))
        elif k < 70:
            w('show(%s, lambda: list(itertools.islice(%s, %d)))' % (lab, gv, self.ri(0, 3)))
        elif k < 74:
            w('show(%s, lambda: list(%s))' % (lab, gv))
        elif k < 80:
            with w.block('for item in %s:' % gv):
                w('print(%s, item)' % lab)
                w('if item %s: break' % self.ch(['is None', '== 1', "!= 0", 'is not None']))
        elif k < 86:
            w('print(%s, "drop")' % lab)
            w(self.ch(['del %s' % gv, '%s = None' % gv, '%s = 0' % gv]))
            w("print(%s, 'dropped')" % lab)
            w('%s = %s(%d)' % (gv, gname, self.ri(0, 3)))
        elif k < 90:
            w('show(%s, lambda: next(%s, "dflt"))' % (lab, gv))
        elif k < 94:
            w('show(%s, lambda: [a for a, b in zip(%s, range(%d))])' % (lab, gv, self.ri(0, 3)))
        elif k < 97:
            w('show(%s, lambda: (%s.gi_yieldfrom.gi_code.co_name if hasattr(%s.gi_yieldfrom, "gi_code") else type(%s.gi_yieldfrom).__name__))' % (lab, gv, gv, gv))
        else:
            w('show(%s, lambda: sum(1 for _ in %s))' % (lab, gv))

    def sn_generator(self, w, name):
        subs = []
        for _ in range(self.ri(0, 2)):
            s = self.uid('sub')
            self.gen_function(w, s, list(subs))
            subs.append(s)
        g = self.uid('gen')
        self.gen_function(w, g, subs)
        with w.block('def %s():' % name):
            gv = self.uid('g')
            w('%s = %s(%d)' % (gv, g, self.ri(0, 3)))
            for _ in range(self.ri(3, 12)):
                self.gen_driver_op(w, gv, g)
            if self.p(0.3):
                w("print('driver end')")
                w(self.ch(['return', "raise E2('driver')", 'del %s' % gv, 'pass']))

    def sn_pipeline(self, w, name):
        src = self.uid('src')
        bad = self.ri(-1, 8)
        with w.block('def %s(n):' % src):
            with w.block('try:'):
                with w.block('for i in range(n):'):
                    w('if i == %d: raise %s' % (bad, self.ch(EXC_CTORS)))
                    w("print(%r, 'yield', i)" % src)
                    w('yield i')
                if self.p(0.3):
                    w('return %r' % (src if 'stopiter_value' not in KNOWN else None))
            with w.block('finally:'):
                w("print(%r, 'finally')" % src)
        stage = self.uid('stage')
        with w.block('def %s(it, k):' % stage):
            with w.block('try:'):
                with w.block('for v in it:'):
                    w('if v == k: %s' % self.ch(['break', 'continue', "raise E1('stage', v)", 'return', 'yield -1']))
                    w('yield v * k')
            if self.p(0.5):
                with w.block('except %s as e:' % self.ch(EXC_CLASSES)):
                    w("print(%r, 'caught', type(e).__name__)" % stage)
                    if self.p(0.5):
                        w("yield 'recovered'")
            with w.block('finally:'):
                w("print(%r, 'fin')" % stage)
        with w.block('def %s():' % name):
            for _ in range(self.ri(1, 3)):
                p = '%s(%d)' % (src, self.ri(0, 9))
                for _ in range(self.ri(1, 4)):
                    p = self.ch([
                        '(x * 2 for x in %s)', '(x for x in %s if x %% 3)', 'map(lambda x: x + 1, %s)',
                        'filter(None, %s)', 'itertools.takewhile(lambda x: x < 5, %s)',
                        'itertools.dropwhile(lambda x: x < 2, %s)', 'itertools.islice(%s, 1, 6, 2)',
                        'itertools.islice(%s, 3)', 'map(sum, enumerate(%s))', 'itertools.accumulate(%s)',
                        'itertools.chain(%s, [100, 101])', 'map(lambda t: t[0] * t[1], zip(%s, itertools.count(1)))',
                        '{0}(%s, {1})'.format(stage, self.ri(0, 4)), 'iter(sorted(%s, reverse=True))',
                        'map(lambda p: p[0] - p[1], itertools.pairwise(%s))',
                        'map(lambda kv: kv[0] + len(list(kv[1])), itertools.groupby(%s, key=lambda x: x // 3))',
                        'itertools.chain.from_iterable([x, x] for x in %s)', '(y for x in %s for y in range(x %% 3))',
                        'itertools.filterfalse(lambda x: x %% 2, %s)', 'itertools.starmap(max, zip(%s, [2, 4, 1, 3]))',
                        'itertools.compress(%s, itertools.cycle([1, 0]))', 'map(lambda x: 10 // (x - 3), %s)',
                        'reversed(list(%s))', 'itertools.zip_longest(%s, "ab", fillvalue=0)' if 'zip_longest_release' not in KNOWN else 'zip(%s, "abcdefghijkl")',
                    ]) % p
                cons = self.ch([
                    'list(%s)', 'sum(%s)', 'any(x > 3 for x in %s)', 'max(%s, default=-1)', 'tuple(%s)',
                    "','.join(map(str, %s))", 'dict(enumerate(%s))', 'sorted(%s, key=str)', 'min(%s)',
                    '3 in %s', 'next(iter(%s))', 'len(list(%s))', 'list(itertools.islice(%s, 2))',
                    'all(%s)', '[list(t) for t in itertools.tee(%s, 2)]', 'list(enumerate(%s, 1))',
                    'functools.reduce(lambda a, b: a * 10 + b if isinstance(b, int) else a, %s, 0)',
                    'set(x for x in %s if isinstance(x, int))', 'list(zip(%s, "xyz"))',
                ]) % p
                if self.p(0.2):
                    it = self.uid('it')
                    w('%s = %s' % (it, p))
                    with w.block('for v in %s:' % it):
                        w("print('got', v)")
                        w('if v %s: break' % self.ch(['== 2', '> 4', '!= 0', '== "recovered"']))
                    w("print('after loop')")
                    w('show(%s, lambda: next(%s, "end"))' % (self.label(), it))
                    w('del %s' % it)
                    w("print('deleted')")
                else:
                    w('show(%s, lambda: %s)' % (self.label(), cons))

    # -- classes ---------------------------------------------------------------------
    def sn_class(self, w, name):
        C = self.uid('C')
        feats = set(f for f in ['eq', 'lt', 'hash', 'add', 'radd', 'iadd', 'mul', 'sub', 'neg', 'bool', 'len',
                                'getitem', 'iter', 'next', 'contains', 'call', 'ctx', 'index', 'format', 'str',
                                'prop', 'getattr', 'le', 'setitem', 'int', 'float', 'reversed', 'repr_bad']
                    if self.p(0.35))
        with w.block('class %s:' % C):
            w('count = 0')
            with w.block('def __init__(self, v):'):
                w('self.v = v')
                w('%s.count += 1' % C)
            if 'repr_bad' in feats and self.p(0.3):
                with w.block('def __repr__(self):'):
                    w("return 42")
            else:
                with w.block('def __repr__(self):'):
                    if 'fstring_conv' not in KNOWN:
                        w("return f'%s({self.v!r})'" % C)
                    else:
                        w("return '%s(%%r)' %% (self.v,)" % C)
            if 'str' in feats:
                with w.block('def __str__(self):'):
                    w("return f'<{self.v}>'")
            if 'eq' in feats:
                with w.block('def __eq__(self, o):'):
                    w("print('eq', self, o)")
                    w('if not isinstance(o, %s): return NotImplemented' % C)
                    w('return self.v == o.v')
            if 'lt' in feats:
                with w.block('def __lt__(self, o):'):
                    w("print('lt', self, o)")
                    w('if isinstance(o, %s): return self.v < o.v' % C)
                    w('if isinstance(o, int): return self.v < o')
                    w('return NotImplemented')
            if 'le' in feats:
                with w.block('def __le__(self, o):'):
                    w("return self.v <= getattr(o, 'v', o)")
            if 'hash' in feats:
                with w.block('def __hash__(self):'):
                    w('return hash(self.v) %s' % self.ch(['', '% 3', '', "if self.v != 2 else 'bad'"]))
            for op, sym in (('add', '+'), ('mul', '*'), ('sub', '-')):
                if op in feats:
                    with w.block('def __%s__(self, o):' % op):
                        w("print('%s', self, o)" % op)
                        w('if isinstance(o, %s): return %s(self.v %s o.v)' % (C, C, sym))
                        w('if isinstance(o, int): return %s(self.v %s o)' % (C, sym))
                        w('return NotImplemented')
            if 'radd' in feats:
                with w.block('def __radd__(self, o):'):
                    w("print('radd', self, o)")
                    w('return %s(o + self.v) if isinstance(o, int) else NotImplemented' % C)
            if 'iadd' in feats:
                with w.block('def __iadd__(self, o):'):
                    w("print('iadd', self, o)")
                    w("self.v += getattr(o, 'v', o)")
                    w('return self')
            if 'neg' in feats:
                with w.block('def __neg__(self):'):
                    w('return %s(-self.v)' % C)
            if 'bool' in feats:
                with w.block('def __bool__(self):'):
                    w("print('bool', self)")
                    w('return %s' % self.ch(['self.v > 1', 'self.v', 'bool(self.v)']))
            if 'len' in feats:
                with w.block('def __len__(self):'):
                    w('return %s' % self.ch(['abs(self.v)', 'self.v', 'abs(self.v) % 4', "'x'"]))
            if 'getitem' in feats:
                with w.block('def __getitem__(self, i):'):
                    w("print('getitem', i)")
                    w('if isinstance(i, slice): return (i.start, i.stop, i.step)')
                    w('if i >= %d: raise IndexError(i)' % self.ri(0, 4))
                    w('return i * 10')
            if 'setitem' in feats:
                with w.block('def __setitem__(self, i, val):'):
                    w("print('setitem', i, val)")
            if 'iter' in feats:
                with w.block('def __iter__(self):'):
                    if 'next' in feats:
                        w('self.i = 0')
                        w('return self')
                    else:
                        with w.block('try:'):
                            w('yield from range(abs(self.v) % 5)')
                        with w.block('finally:'):
                            w("print('iter fin', self)")
            if 'next' in feats:
                with w.block('def __next__(self):'):
                    w("self.i = getattr(self, 'i', 0) + 1")
                    w('if self.i > 3: raise StopIteration')
                    w('return self.i')
            if 'reversed' in feats:
                with w.block('def __reversed__(self):'):
                    w('return iter([3, 2, 1])')
            if 'contains' in feats:
                with w.block('def __contains__(self, x):'):
                    w("print('contains', x)")
                    w('return %s' % self.ch(['x == self.v', '1', '0', "''", '[x]']))
            if 'call' in feats:
                with w.block('def __call__(self, *a, **k):'):
                    w("return ('called', self.v, a, sorted(k.items()))")
            if 'ctx' in feats:
                with w.block('def __enter__(self):'):
                    w("print('enter', self)")
                    w('return self.v')
                with w.block('def __exit__(self, *exc):'):
                    w("print('exit', self, exc[0] and exc[0].__name__)")
                    w('return %s' % self.ch(['True', 'False', 'None', 'self.v > 2']))
            if 'index' in feats:
                with w.block('def __index__(self):'):
                    w('return %s' % self.ch(['self.v', 'int(self.v)', "'no'"]))
            if 'int' in feats:
                with w.block('def __int__(self):'):
                    w('return %s' % self.ch(['self.v * 2', '1.5']))
            if 'float' in feats:
                with w.block('def __float__(self):'):
                    w('return %s' % self.ch(['self.v / 4', '7']))
            if 'format' in feats:
                with w.block('def __format__(self, spec):'):
                    w("return f'[{self.v:{spec}}]' if spec else 'nospec'")
            if 'prop' in feats:
                w('@property')
                with w.block('def p(self):'):
                    w("print('get p')")
                    w('return self.v * 2')
                w('@p.setter')
                with w.block('def p(self, val):'):
                    w("print('set p', val)")
                    w('if val < 0: raise ValueError("negative")')
                    w('self.v = val')
            if 'getattr' in feats:
                with w.block('def __getattr__(self, name):'):
                    w("if name.startswith('__'): raise AttributeError(name)")
                    w("return len(name) * 100")  # not a str: str hashes vary
        sub = None
        if self.p(0.5):
            sub = self.uid('D')
            with w.block('class %s(%s):' % (sub, C)):
                with w.block('def __init__(self, v, extra=0):'):
                    w('super().__init__(v + extra)')
                    w("self.extra = extra")
                with w.block('def __repr__(self):'):
                    w("return 'D:' + super().__repr__()")
                if 'add' in feats and self.p(0.5):
                    with w.block('def __add__(self, o):'):
                        w("print('D add')")
                        w('return super().__add__(o)')
                if 'radd' in feats and 'reflected_subclass' in KNOWN:
                    with w.block('def __radd__(self, o):'):
                        w("print('D radd')")
                        w('return super().__radd__(o)')
                if self.p(0.5):
                    with w.block('def __eq__(self, o):'):
                        w("print('D eq')")
                        w('return %s' % self.ch(['NotImplemented', 'super().__eq__(o)', 'True']))
                if self.p(0.3):
                    w('@classmethod')
                    with w.block('def make(cls, v):'):
                        w('return cls(v, 1)')
                    w('@staticmethod')
                    with w.block('def twice(v):'):
                        w('return v * 2')
        with w.block('def %s():' % name):
            objs = ['%s(%s)' % (C, self.ch(['1', '2', '3', '-2', '0', '5']))]
            if sub:
                objs.append('%s(%s, %s)' % (sub, self.ch(['1', '2', '3']), self.ch(['0', '1'])))
            w('a = %s' % self.ch(objs))
            w('b = %s' % self.ch(objs))
            w('c = %s' % self.ch(objs))
            ops = ['a == b', 'a != b', 'a < b', 'a > b', 'a <= b', 'a >= b', 'a == 1', 'a < 2', '3 > a',
                   'sorted([a, b, c])', 'max(a, b, c)', 'min([c, b])', 'len({a, b, c})', '{a: 1, b: 2}',
                   'a + b', 'a + 1', '1 + a', 'a * 3', 'a - b', '-a', 'abs(a)', 'bool(a)', 'not a', 'len(a)',
                   'list(a)', 'a[1]', 'a[1:2]', 'a[::2]', 'a[-1]', '3 in a', '0 not in a', 'a(1, z=2)',
                   'list(reversed(a))', 'str(a)', 'repr(a)', 'f"{a}|{a!r}|{a:>5}"' if 'fstring_conv' not in KNOWN else 'f"{a}|{a:>5}"', 'format(a, "3")',
                   '[1, 2, 3, 4][a]', 'range(10)[a]', 'hex(a)', 'int(a)', 'float(a)', 'a.p', 'a.nothing',
                   'a.v', 'type(a).__name__', 'type(a).count', 'isinstance(a, %s)' % C, 'a in [b, c]',
                   'b in {a, c}', 'hash(a) == hash(b)', 'a.__class__.__mro__', 'list(zip(a, b))',
                   'sum([a, b], %s(0))' % C, 'sum([a, b])', 'list(map(str, [a, b]))', 'vars(a)',
                   'getattr(a, "missing", "dflt")', 'hasattr(a, "v")', 'a.__eq__(b)', 'a.__lt__(1.5)' if 'object_cmp_methods' not in KNOWN else 'a.__eq__(1.5)',
                   'iter(a) is a', 'next(iter(a))', 'list(enumerate(a))', 'dict.fromkeys([a, b])',
                   'divmod(a, 2)', 'a ** 2', '[x for x in a if x]', 'sorted([b, a], reverse=True)']
            if sub:
                ops += ['%s.make(4)' % sub, '%s.twice(5)' % sub, '%s.__mro__' % sub, 'issubclass(%s, %s)' % (sub, C),
                        'isinstance(%s(1), %s)' % (C, sub)]
            for _ in range(self.ri(5, 14)):
                k = self.r.randrange(10)
                if k == 0:
                    with w.block('try:'):
                        with w.block('with a as t:'):
                            w("print('inside', t)")
                            if self.p(0.5):
                                w('raise %s' % self.ch(EXC_CTORS))
                        w("print('after with')")
                    with w.block('except Exception as e:'):
                        w("print('with error', type(e).__name__, e)")
                elif k == 1:
                    with w.block('try:'):
                        w(self.ch(['a += b', 'a += 1', 'a.p = %s' % self.ch(['3', '-1']), 'a[0] = 5', 'del a.v',
                                   'a.v = b' if 'len_index' not in KNOWN else 'a.v = 3', 'a *= 2', 'a -= c']))
                        w("print('a is now', a)")
                    with w.block('except Exception as e:'):
                        w("print('stmt error', type(e).__name__, e)")
                else:
                    w('show(%s, lambda: %s)' % (self.label(), self.ch(ops)))

    def sn_inherit(self, w, name):
        A, B, Cc, Dd = (self.uid(p) for p in 'ABCD')
        with w.block('class %s:' % A):
            w("tag = 'A'")
            with w.block('def who(self):'):
                w("return ['%s']" % A)
            with w.block('def __init__(self, *args):'):
                w("print('%s init', args)" % A)
                w('self.args = args')
            if self.p(0.5):
                with w.block('def __init_subclass__(cls, **kw):'):
                    w("print('init_subclass', cls.__name__, sorted(kw))")
                    w('super().__init_subclass__()')
        with w.block('class %s(%s):' % (B, A)):
            with w.block('def who(self):'):
                w("return ['%s'] + super().who()" % B)
            if self.p(0.5):
                with w.block('def __init__(self, *args):'):
                    w("print('%s init')" % B)
                    w('super().__init__(*args, 1)')
        with w.block('class %s(%s):' % (Cc, A)):
            w("tag = 'C'")
            with w.block('def who(self):'):
                w("return ['%s'] + super().who()" % Cc)
        base = self.ch(['%s, %s' % (B, Cc), '%s, %s' % (Cc, B), B, '%s, %s' % (Cc, A)])
        if 'init_subclass' in '\n'.join(w.lines[-30:]) and self.p(0.5):
            base += ', flag=1'
        with w.block('class %s(%s):' % (Dd, base)):
            with w.block('def who(self):'):
                w("return ['%s'] + super().who()" % Dd)
            if self.p(0.4):
                with w.block('def __getattr__(self, n):'):
                    w("return 'ga:' + n")
        with w.block('def %s():' % name):
            w('d = %s(%s)' % (Dd, self.ch(['', '1', '1, 2'])))
            for e in self.r.sample(['d.who()', '[k.__name__ for k in %s.__mro__]' % Dd, 'd.tag', 'd.args', 'd.zzz',
                                    'super(%s, d).who()' % B, 'isinstance(d, %s)' % Cc, '%s.__qualname__' % Dd,
                                    '%s.__bases__' % Dd, 'type(d).__name__', '%s.who(d)' % A, 'vars(d)',
                                    'getattr(d, "tag")', 'issubclass(%s, (int, %s))' % (Dd, A)], 6):
                w('show(%s, lambda: %s)' % (self.label(), e))

    # -- exceptions and control flow ------------------------------------------------------
    def cf_body(self, w, depth, budget, in_loop, in_fn_loop_var):
        for _ in range(self.ri(1, 3)):
            if budget[0] <= 0:
                return
            budget[0] -= 1
            k = self.r.randrange(100)
            lab = self.uid('s')
            if k < 15:
                w('print(%r, n)' % lab)
            elif k < 22:
                w('if n %s %d: raise %s' % (self.ch(['>', '<', '==', '%2 ==']), self.ri(0, 3), self.ch(EXC_CTORS)))
            elif k < 27:
                w('n += %d' % self.ri(1, 2))
            elif k < 32 and in_loop:
                w('if n %s %d: %s' % (self.ch(['>', '==']), self.ri(0, 4), self.ch(['break', 'continue'])))
            elif k < 36:
                w('if n %s %d: return %r' % (self.ch(['>', '==']), self.ri(0, 4), lab))
            elif k < 46 and depth > 0:
                v = self.uid('j')
                if self.p(0.7):
                    head = 'for %s in range(%d):' % (v, self.ri(0, 3))
                else:
                    w('%s = 0' % v)
                    head = 'while %s < %d:' % (v, self.ri(0, 3))
                with w.block(head):
                    if head.startswith('while'):
                        w('%s += 1' % v)
                    w('n += 1')
                    self.cf_body(w, depth - 1, budget, True, v)
                if self.p(0.25):
                    with w.block('else:'):
                        w('print(%r, "loop else")' % lab)
            elif k < 70 and depth > 0:
                with w.block('try:'):
                    self.cf_body(w, depth - 1, budget, in_loop, in_fn_loop_var)
                nh = self.ri(0, 3)
                for i in range(nh):
                    cls = self.ch(CATCH_CLASSES[:-2])
                    with w.block('except %s%s:' % (cls, self.ch([' as e', ' as e', '']))):
                        w('print(%r, "caught", sys_exc())' % lab)
                        self.cf_handler(w, depth - 1, budget, in_loop, lab)
                if nh and self.p(0.3):
                    with w.block('else:'):
                        w('print(%r, "else")' % lab)
                        self.cf_body(w, depth - 1, budget, in_loop, in_fn_loop_var)
                if nh == 0 or self.p(0.5):
                    with w.block('finally:'):
                        w('print(%r, "finally")' % lab)
                        if self.p(0.3):
                            self.cf_body(w, depth - 1, budget, in_loop, in_fn_loop_var)
                        elif self.p(0.15):
                            w(self.ch(['return "fin-ret"', 'break' if in_loop else 'pass', 'continue' if in_loop else 'pass',
                                       'raise E1("fin")']))
            elif k < 80 and depth > 0:
                with w.block('with CM(%r, %s):' % (lab, self.ch(['False', 'True']))):
                    self.cf_body(w, depth - 1, budget, in_loop, in_fn_loop_var)
            elif k < 85:
                w(self.ch(['raise E3(n) from %s' % self.ch(['None', 'KeyError("c")', 'E1("cause")']),
                           'raise E2("x", n)', 'raise ValueError', '[][n]', '{}["k%d" % n]', 'n // (n - n)',
                           'int("z" * n)', 'None.attr', 'undefined_name_%d' % self.ri(0, 9), "'s' + n",
                           'assert n < %d, "big n"' % self.ri(0, 4)]))
            elif k < 92:
                # a generator dropped inside the control flow
                w('gg = fin_gen(%r)' % lab)
                w('print(%r, next(gg))' % lab)
                if self.p(0.5):
                    w('gg = None')
            else:
                w('print(%r, "n is", n)' % lab)

    def cf_handler(self, w, depth, budget, in_loop, lab):
        k = self.r.randrange(10)
        if k == 0:
            w('raise')
        elif k == 1:
            w('raise E1("in handler %s")' % lab)
        elif k == 2:
            w('raise E2("chained") from e' if False else 'raise E2("chained") from None')
        elif k == 3:
            w('return %r' % lab)
        elif k == 4 and in_loop:
            w(self.ch(['break', 'continue']))
        elif k < 7 and depth > 0:
            self.cf_body(w, depth, budget, in_loop, None)

    def sn_control(self, w, name):
        f = self.uid('f')
        with w.block('def %s(n):' % f):
            budget = [self.ri(4, 14)]
            self.cf_body(w, 3, budget, False, None)
            w('return ("end", n)')
        with w.block('def %s():' % name):
            for a in self.r.sample(range(-1, 5), self.ri(1, 4)):
                with w.block('try:'):
                    w('print(%s(%d))' % (f, a))
                with w.block('except Exception as e:'):
                    w("print('escaped', exc_info(e))")

    def sn_exc(self, w, name):
        with w.block('def %s():' % name):
            for _ in range(self.ri(2, 6)):
                k = self.r.randrange(9)
                if k == 0:
                    with w.block('try:'):
                        with w.block('try:'):
                            w('raise %s' % self.ch(EXC_CTORS))
                        with w.block('except %s as e:' % self.ch(EXC_CLASSES)):
                            w('raise %s from %s' % (self.ch(EXC_CTORS), self.ch(['e', 'None', 'ValueError("c")', 'E1'])))
                    with w.block('except Exception as e:'):
                        w('print(exc_info(e))')
                        w('print(repr(e), repr(e.__cause__), repr(e.__context__))')
                elif k == 1:
                    with w.block('try:'):
                        with w.block('try:'):
                            w('1 / 0')
                        with w.block('finally:'):
                            w('print("inner finally")')
                            if self.p(0.5):
                                w('raise %s' % self.ch(EXC_CTORS))
                    with w.block('except Exception as e:'):
                        w('print(exc_info(e))')
                elif k == 2:
                    w('e = %s' % self.ch(EXC_CTORS))
                    w('show(%s, lambda: (str(e), repr(e), e.args, len(e.args)))' % self.label())
                    w('show(%s, lambda: (isinstance(e, LookupError), isinstance(e, Exception), type(e).__mro__[1].__name__))' % self.label())
                elif k == 3:
                    with w.block('def thrower(k):'):
                        w('if k == 0: raise %s' % self.ch(EXC_CTORS))
                        w('return thrower(k - 1) + 1')
                    w('show(%s, lambda: thrower(%d))' % (self.label(), self.ri(0, 20)))
                elif k == 4:
                    w('errs = []')
                    with w.block('for i in range(4):'):
                        with w.block('try:'):
                            w(self.ch(['[1, 2][i]', '{0: 1, 2: 3}[i]', '10 // (i - 2)', 'int("12"[i:])', "'abc'.index('c', i)"]))
                        with w.block('except (IndexError, KeyError) as e:'):
                            w('errs.append(repr(e))')
                            w('continue')
                        with w.block('except Exception as e:'):
                            w('errs.append(str(e))')
                            w('break')
                        with w.block('else:'):
                            w('errs.append("ok%d" % i)')
                        with w.block('finally:'):
                            w('errs.append("f")')
                    w('print(errs)')
                elif k == 5:
                    with w.block('try:'):
                        w('e = E3(4)')
                        w('e.extra = 5')
                        w('raise e')
                    with w.block('except ValueError as err:'):
                        w('print(err, err.code, err.extra, err.args, repr(err))')
                    w('print("e" in dir() if False else "after")')
                elif k == 6:
                    with w.block('try:'):
                        w(self.ch(['raise', 'raise E1 from 5', 'raise 5', 'raise E1()() ', 'raise ValueError from E2("z")',
                                   'raise StopIteration', 'raise KeyError()', 'raise Exception("a", "b")',
                                   'raise KeyError("a", "b")', 'raise OSError(2, "nofile")' if 'oserror_errno' not in KNOWN else 'raise OSError("nofile")', 'raise UnicodeError("u")']))
                    with w.block('except BaseException as e:'):
                        w('print(exc_info(e))')
                elif k == 7:
                    with w.block('try:'):
                        with w.block('with CM("x", %s), CM("y", %s):' % (self.ch(['True', 'False']), self.ch(['True', 'False']))):
                            w('raise %s' % self.ch(EXC_CTORS))
                        w('print("suppressed")')
                    with w.block('except Exception as e:'):
                        w('print(exc_info(e))')
                else:
                    w('show(%s, lambda: %s)' % (self.label(), self.ch([
                        '[].pop()', '{}.popitem()', 'set().pop()', '[1].index(2)', "'abc'.index('z')",
                        "dict(a=1)['b']", 'int("1.5")', 'float("x")', '"%d" % "s"', 'len(5)', 'iter(5)',
                        'next(iter([]))', '(1).foo', 'None()', '"a" < 1', '[] < ()', 'abs("x")', 'sum(["a"])',
                        'max([])', 'min(1)', 'sorted([3, "a"])', 'tuple()[0]', '{}[[]]', '{[]}', 'hash([])',
                        'divmod(1, 0)', '1 % 0', '1.0 / 0', '2 ** -1 % 0', 'math.sqrt(-1)', 'math.log(0)',
                        'chr(-1)', 'ord("ab")', 'range(1.5)', '"x" * 1.5', '[1, 2, 3][1.0]', 'int(None)',
                        'list(1)', 'dict([1])', 'dict([(1, 2, 3)])', 'slice(1)[0]', 'frozenset([[1]])',
                        '"abc".split("")', "'{'.format(1)", "'{0}{}'.format(1, 2)", "'{a}'.format(1)",
                        "'%s %s' % (1,)", 'getattr(1, "x")', 'object().x', 'type("x", (), {})().y',
                        'math.factorial(-1)', 'int("9" * 5000)', 'pow(2, -1, 4)', 'pow(2, 1, 0)',
                        '(1).to_bytes' if False else 'int.__name__.x', 'reversed(5)', 'zip([1], [2, 3], strict=True).__next__() and list(zip([1], [2, 3], strict=True))',
                        'enumerate(1)', 'isinstance(1, 2)', 'issubclass(1, int)', 'super()', 'callable()',
                        'format(1, "q")', 'format("s", "d")', 'format(1.5, "x")', '"{:,s}".format("a")',
                        '"%(a)s" % {}', '"%(a)s %s" % {"a": 1}', '[1][5:2:0]', 'range(0)[0]',
                        'list(range(5)).remove(9)', '(1, 2).index(3)', 'setattr(1, "a", 2)', 'delattr(object(), "x")',
                    ])))

    # -- closures and scopes -----------------------------------------------------------------
    def sn_closure(self, w, name):
        with w.block('def %s():' % name):
            k = self.r.randrange(6)
            if k == 0:
                with w.block('def counter(start):'):
                    w('n = start')
                    with w.block('def inc(by=1):'):
                        w('nonlocal n')
                        w('n += by')
                        w('return n')
                    with w.block('def get():'):
                        w('return n')
                    w('return inc, get')
                w('inc, get = counter(%s)' % self.e_int(0))
                for _ in range(self.ri(1, 4)):
                    w('show(%s, lambda: (inc(%s), get()))' % (self.label(), self.ch(['', '2', '-5', '10**20', '0.5'])))
            elif k == 1:
                w('fs = [%s for i in range(4)]' % self.ch(['lambda: i', 'lambda i=i: i', 'lambda x, i=i: x * i', '(lambda j: lambda: j * 2)(i)']))
                w('show(%s, lambda: [f(%s) for f in fs])' % (self.label(), '' if 'x' not in w.lines[-1] else '3'))
            elif k == 2:
                w('x = %s' % self.e_int(0))
                with w.block('def outer():'):
                    w('y = x * 2')
                    with w.block('class K:'):
                        w('z = y + 1')
                        w('w = [z + q for q in range(2)]')
                        with w.block('def m(self):'):
                            w('return y, self.z')
                    w('return K')
                w('K = outer()')
                w('show(%s, lambda: (K.z, K.w, K().m()))' % self.label())
            elif k == 3:
                w('total = 0')
                w('vals = [%s]' % ', '.join(self.ch(SMALL_INTS) for _ in range(self.ri(0, 6))))
                w('res = [(total := total + v) for v in vals]')
                w('print(res, total)')
                w('print([y for x in vals if (y := x * 2) > 2], [v for v in vals if v] and vals[-1:])')
                w('gexp = (v * total for v in vals)')
                w('total = -1')
                w('show(%s, lambda: list(gexp))' % self.label())
            elif k == 4:
                with w.block('def make_gen(k):'):
                    w('state = [k]')
                    with w.block('def g():'):
                        with w.block('while state[0] < k + 3:'):
                            w('got = yield state[0]')
                            w('state[0] += got or 1')
                    w('return g(), state')
                w('g, st = make_gen(%d)' % self.ri(0, 5))
                w('show(%s, lambda: (next(g), g.send(%d), st, list(g), st))' % (self.label(), self.ri(0, 2)))
            else:
                with w.block('def deco(tag):'):
                    with w.block('def wrap(fn):'):
                        w('@functools.wraps(fn)')
                        with w.block('def inner(*a, **kw):'):
                            w("print('call', tag, fn.__name__, a, kw)")
                            w('return fn(*a, **kw)')
                        w('return inner')
                    w('return wrap')
                w("@deco('t1')")
                w("@deco('t2')")
                with w.block('def target(a, b=2, *rest, c, d=4, **kw):'):
                    w('return (a, b, rest, c, d, sorted(kw.items()))')
                for _ in range(self.ri(1, 4)):
                    w('show(%s, lambda: target(%s))' % (self.label(), self.ch([
                        '1, c=3', '1, 2, 3, 4, c=5, e=6', 'c=1', '1', '*[1, 2], **{"c": 3}', '1, 2, c=3, d=5, a=1',
                        '1, c=3, **{"z": 1, "y": 2}'])))
                w('show(%s, lambda: (target.__name__, target.__wrapped__.__name__))' % self.label())

    def sn_comprehension(self, w, name):
        with w.block('def %s():' % name):
            for _ in range(self.ri(2, 5)):
                src = self.ch(['range(%d)' % self.ri(0, 6), "'abcab'", '[3, 1, 2, 3]', "{'x': 1, 'y': 2}", '(i * i for i in range(4))',
                               'zip("ab", [1, 2, 3])', 'enumerate("xyz")', 'dict(a=1, b=2).items()'])
                src2 = self.ch(['range(x if isinstance(x, int) else 2)', "'pq'", '[None, 0]', '(y for y in [1, 2])'])
                e = self.ch([
                    '[x for x in %s]' % src,
                    '[(x, y) for x in %s for y in %s]' % (src, src2),
                    '[x for x in %s if x if x != 2]' % src,
                    '{x: i for i, x in enumerate(%s)}' % src,
                    '{str(x) for x in %s}.__len__()' % src,
                    'sorted({len(str(x)) for x in %s})' % src,
                    'list(x for x in %s)' % src,
                    '[[y for y in range(x)] for x in range(4)]',
                    'sum(x for x in range(10) if x %% %d)' % self.ri(1, 4),
                    '[x if x else "z" for x in %s]' % src,
                    'dict((x, x) for x in %s)' % src,
                    '[*%s, *"ab"]' % src,
                    '(*%s,)' % src,
                    '{**{x: 1 for x in %s}, "z": 0}' % src,
                    'max((len(str(x)), str(x)) for x in %s)' % src,
                    '[f(x) for f in (str, repr) for x in %s]' % src,
                    'any(x == "b" for x in %s)' % src,
                    'list(map(lambda *a: a, %s, %s))' % (src, src2),
                ])
                w('show(%s, lambda: %s)' % (self.label(), e))

    def sn_containers(self, w, name):
        with w.block('def %s():' % name):
            kind = self.ch(['list', 'dict', 'set', 'str'])
            if kind == 'list':
                w('a = %s' % self.ch(['[3, 1, 2]', '[]', 'list(range(6))', "['b', 'a', 'c']", '[1, [2], (3,)]']))
                ops = ['a.append(%s)' % self.e_int(0), 'a.insert(%s, 9)' % self.ch(['0', '-1', '100', '-100']),
                       'a.pop(%s)' % self.ch(['', '0', '-1', '10']), 'a.remove(%s)' % self.ch(['1', '9', "'a'"]),
                       'a.sort(%s)' % self.ch(['', 'reverse=True', 'key=str', 'key=lambda v: -v if isinstance(v, int) else 0']),
                       'a.reverse()', 'a.extend(%s)' % self.ch(['range(2)', "'xy'", '[]', 'a']),
                       'a[%s] = %s' % (self.slice_txt(), self.ch(['[7, 8]', '[]', "'q'", '5', 'range(3)'])),
                       'del a[%s]' % self.slice_txt(), 'a.index(%s)' % self.ch(['1', '2', '9']), 'a.count(1)',
                       'a.clear()', 'a.copy()', 'a * 2', 'a + [0]', 'a == a[:]', 'a < [5]', 'a.__len__()',
                       'a += "ab"', 'a *= 2', 'len(a)', 'a[::-1]', 'sorted(a)', 'a.index(1, 1)',
                       '[v for v in a if a.remove(v) is None]' if self.p(0.2) else 'list(enumerate(a))']
            elif kind == 'dict':
                w('a = %s' % self.ch(["{'a': 1, 'b': 2}", '{}', '{1: [1], 2: (2,)}', "dict.fromkeys('xyz', 0)"]))
                ops = ['a[%s] = %s' % (self.ch(["'a'", "'c'", '1', '2', '(1, 2)', '1.0', 'True']), self.e_int(0)),
                       'del a[%s]' % self.ch(["'a'", '1', "'q'"]), 'a.get(%s)' % self.ch(["'a'", '5', "'b', 0"]),
                       'a.pop(%s)' % self.ch(["'a'", "'q'", "'q', None", '1']), 'a.popitem()',
                       'a.setdefault(%s, [])' % self.ch(["'a'", "'n'"]), 'a.update(%s)' % self.ch(["{'z': 9}", "[('w', 1)]", 'x=3', "a"]),
                       'list(a.keys())', 'list(a.values())', 'list(a.items())', 'a.keys() & {1, 2}', "sorted(a.keys() - {'a'}, key=str)",
                       'a | {"m": 0}', 'a.copy()', 'len(a)', "'a' in a", 'list(reversed(a))', 'a == dict(a)',
                       'sorted(a, key=str)', 'a.items() == a.items()', 'dict(sorted(a.items(), key=str))',
                       "[k for k in a if a.pop(k, None) is not None]" if self.p(0.15) else 'list(a)',
                       'a.clear()', 'a |= {1: "x"}', 'next(iter(a.items()))', "a['a'] += 1"]
            elif kind == 'set':
                w('a = %s' % self.ch(['{1, 2, 3}', 'set()', 'set(range(0, 50, 7))', '{-1, 2**40, 5}']))
                ops = ['a.add(%s)' % self.e_int(0), 'a.discard(%s)' % self.ch(['1', '99']), 'a.remove(%s)' % self.ch(['1', '99']),
                       'a.pop()', 'a | {100}', 'a & {1, 2}', 'a - {3}', 'a ^ {1, 4}', 'a.issubset(range(10))',
                       'a.isdisjoint([1])', 'a <= {1, 2, 3}', 'a < a', 'sorted(a)', 'len(a)', 'a.update([7, 8], {9})',
                       'a |= {6}', 'a -= {1}' if 'set_isub_resize' not in KNOWN else 'a = a - {1}', 'a &= set(range(10))' if 'set_pop_finger' not in KNOWN else 'a = a & set(range(10))', 'a ^= {2}', 'frozenset(a) == a', 'a.copy()',
                       'min(a)', 'a.intersection_update({1, 2, 7})' if 'set_pop_finger' not in KNOWN else 'a.symmetric_difference_update({1, 2, 7})', 'set(a)', '{x for x in a if x % 2}',
                       '[a.discard(x) for x in a]' if self.p(0.2) else 'list(a)']
            else:
                w('a = %s' % self.ch(STR_LITS))
                ops = ['a.split()', 'a.split(",")', 'a.upper()', 'a[::-1]', 'a.find("a")', 'a.rfind("l", 1, 5)',
                       'a.center(11, "=")', 'a.encode' if False else 'a.isascii()', 'a.partition("l")', 'a.rpartition("s")',
                       'a.startswith(("a", "H"))', 'a.endswith("o", 0, 3)', 'a.count("")', 'a.zfill(8)',
                       'a.title()', 'a.swapcase()', 'a.casefold() == a.lower()', 'a.ljust(6, "·")', 'len(a)',
                       'list(a)', 'sorted(a)', 'a * 2', 'a.replace("", "|")', 'a.strip("ax ")', 'a.splitlines(True)',
                       'a.index("")', 'ord(a[0])', 'a.islower()', "a.expandtabs(4)", 'a.format()', 'a.isidentifier()',
                       'a < "b"', 'max(a)', '"".join(reversed(a))', 'a.capitalize()', 'str.maketrans("ab", "xy")',
                       'a.translate(str.maketrans("ab", "xy", "c"))', 'a.rsplit(None, 1)', 'a.split("s", -1)',
                       'a += "!"', 'a *= 2']
            for _ in range(self.ri(4, 12)):
                op = self.ch(ops)
                if ('=' in op and '==' not in op and '<=' not in op and '>=' not in op) or op.startswith('del '):
                    with w.block('try:'):
                        w(op)
                    with w.block('except Exception as e:'):
                        w("print('error', type(e).__name__, e)")
                    w('print(%s, a)' % self.label())
                else:
                    w('show(%s, lambda: (%s, a))' % (self.label(), op))
            if kind == 'dict' or kind == 'set':
                with w.block('try:'):
                    with w.block('for k in a:'):
                        w(self.ch(['a.%s(%s)' % ('add' if kind == 'set' else '__setitem__', '100' if kind == 'set' else '100, 1'),
                                   'print("k", k)', 'a.%s(k)' % ('discard' if kind == 'set' else 'pop')]))
                with w.block('except RuntimeError as e:'):
                    w("print('iter error', e)")
                w('print(%s, a)' % self.label())

    def sn_itertools(self, w, name):
        with w.block('def %s():' % name):
            for _ in range(self.ri(2, 6)):
                s = self.ch(["'abc'", 'range(%d)' % self.ri(0, 5), '[1, 1, 2, 3, 3, 3]', '(x for x in "xyz")', "[]", '[0, 5, -2]'])
                t = self.ch(["'AB'", 'range(2)', '[9]', '()'])
                e = self.ch([
                    'list(itertools.product(%s, %s))' % (s, t), 'list(itertools.product(%s, repeat=2))' % t,
                    'list(itertools.permutations(%s, %s))' % (s, self.ch(['', '2', '0', '5'])),
                    'list(itertools.combinations(%s, %d))' % (s, self.ri(0, 3)),
                    'list(itertools.combinations_with_replacement(%s, %d))' % (s, self.ri(0, 3)),
                    '[(k, list(g)) for k, g in itertools.groupby(%s)]' % s,
                    '[k for k, g in itertools.groupby(sorted(%s, key=str), key=str)]' % s,
                    'list(itertools.zip_longest(%s, %s, fillvalue="-"))' % (s, t),
                    'list(itertools.pairwise(%s))' % s,
                    'list(itertools.islice(itertools.cycle(%s), %d))' % (s, self.ri(0, 7)),
                    'list(itertools.islice(%s, %s))' % (s, self.ch(['2', '1, 3', 'None', '0, None, 2', '-1', '1, 10, 0'])),
                    'list(itertools.accumulate(%s, lambda a, b: a + b))' % s,
                    'list(itertools.repeat(%s, %d))' % (s, self.ri(0, 2)),
                    'list(itertools.starmap(lambda *a: a, zip(%s, %s)))' % (s, t),
                    'list(itertools.takewhile(bool, %s))' % s,
                    'list(itertools.batched(%s, %d))' % (s, self.ri(1, 3)) if False else 'list(itertools.chain(*[%s, %s]))' % (s, t),
                    '[list(x) for x in itertools.tee(%s, %d)]' % (s, self.ri(0, 3)),
                    'list(map(pow, [2, 3], [3, 2, 1]))', 'list(zip(*[%s, %s]))' % (s, t),
                    'list(enumerate(%s, start=-2))' % s,
                    'functools.reduce(lambda a, b: (a, b), %s%s)' % (s, self.ch(['', ', "init"'])),
                    'sorted(%s, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)))' % s,
                    'functools.partial(max, default=0)(%s)' % s,
                    'list(filter(str.isalpha if False else None, %s))' % s,
                    'list(reversed(%s))' % s, 'list(iter(iter(%s).__next__, %s))' % (s, self.ch(['2', "'b'", '3'])),
                ])
                w('show(%s, lambda: %s)' % (self.label(), e))
            if self.p(0.5):
                w('it = itertools.%s' % self.ch(['count(5)', 'cycle([1, 2])', 'repeat(0)', 'tee(range(5))[0]', 'permutations(range(3))']))
                w('show(%s, lambda: (next(it), next(it), list(itertools.islice(it, 3))))' % self.label())

    def sn_lru(self, w, name):
        with w.block('def %s():' % name):
            w('@functools.lru_cache(maxsize=%s)' % self.ch(['None', '2', '0', '128']))
            with w.block('def fib(n):'):
                w("print('compute', n)")
                w('return n if n < 2 else fib(n - 1) + fib(n - 2)')
            w('show(%s, lambda: (fib(%d), fib(3), fib.cache_info()))' % (self.label(), self.ri(0, 8)))
            w('@functools.total_ordering')
            with w.block('class P:'):
                w('def __init__(self, v): self.v = v')
                w('def __eq__(self, o): return self.v == o.v')
                w('def __lt__(self, o): return self.v < o.v')
            w('show(%s, lambda: (P(1) <= P(2), P(3) >= P(3), P(1) > P(0), sorted([P(2), P(1)])[0].v))' % self.label())

    def sn_gen_finalize(self, w, name):
        """Generators dropped in many ways, with printing finally blocks."""
        with w.block('def fin_gen2(tag, n=3):'):
            with w.block('try:'):
                with w.block('for i in range(n):'):
                    with w.block('try:'):
                        w('yield (tag, i)')
                    with w.block('except GeneratorExit:'):
                        w("print(tag, 'GeneratorExit at', i)")
                        w(self.ch(['raise', 'raise', 'return', "yield 'ignored'", "raise E1('in close')", 'pass']))
            with w.block('finally:'):
                w("print(tag, 'finally')")
        with w.block('def %s():' % name):
            for _ in range(self.ri(2, 6)):
                t = self.label()
                k = self.r.randrange(12)
                w("print('--', %s)" % t)
                if k == 0:
                    w('g = fin_gen2(%s)' % t)
                    w('print(next(g))')
                    w('del g')
                elif k == 1:
                    w('g = fin_gen2(%s)' % t)
                    w('print(next(g))')
                    w('g = fin_gen2(%s + "b")' % t)
                    w('print("rebound")')
                elif k == 2:
                    with w.block('for v in fin_gen2(%s):' % t):
                        w('print(v)')
                        w('break')
                    w("print('after break')")
                elif k == 3:
                    w('print(any(v[1] == %d for v in fin_gen2(%s)))' % (self.ri(0, 3), t))
                elif k == 4:
                    with w.block('def holder():'):
                        w('g = fin_gen2(%s)' % t)
                        w('next(g)')
                        w("return 'holder done'")
                    w('print(holder())')
                elif k == 5:
                    with w.block('def raiser():'):
                        w('g = fin_gen2(%s)' % t)
                        w('next(g)')
                        w("raise E1('raiser')")
                    with w.block('try:'):
                        w('raiser()')
                    with w.block('except E1 as e:'):
                        w("print('caught', e)")
                    w("print('after except')")
                elif k == 6:
                    w('g = fin_gen2(%s)' % t)
                    w('next(g)')
                    w('show(%s, lambda: g.close())' % t)
                    w('show(%s, lambda: g.close())' % t)
                elif k == 7:
                    w('lst = [fin_gen2(%s + str(i)) for i in range(2)]' % t)
                    w('print([next(g) for g in lst])')
                    w('lst.pop()')
                    w("print('popped')")
                    w('lst = None')
                elif k == 8:
                    w('d = {"g": fin_gen2(%s)}' % t)
                    w('next(d["g"])')
                    w("d['g'] = 1")
                    w("print('replaced')")
                elif k == 9:
                    w('g = fin_gen2(%s)' % t)
                    w('print(next(g), list(zip(range(1), g)))')
                    w('show(%s, lambda: g.throw(E1("t")))' % t)
                    w('del g')
                elif k == 10:
                    w('pipe = (v for v in fin_gen2(%s))' % t)
                    w('print(next(pipe))')
                    w('pipe = None')
                    w("print('pipe dropped')")
                else:
                    w('g = fin_gen2(%s)' % t)
                    w('h = g')
                    w('next(h)')
                    w('del g')
                    w("print('one ref left')")
                    w('h = None')
                w("print('end', %s)" % t)

    # -- protocols returning the wrong things, argument errors, unpacking -------------------
    def sn_protocol_errors(self, w, name):
        P = self.uid('P')
        defined = set()
        with w.block('class %s:' % P):
            w('def __init__(self, r): self.r = r')
            for m in ['__len__', '__bool__', '__index__', '__hash__', '__iter__', '__repr__', '__str__',
                      '__int__', '__float__', '__contains__', '__getitem__', '__next__', '__format__']:
                if self.p(0.6):
                    defined.add(m)
                    args = {'__contains__': 'self, x', '__getitem__': 'self, i', '__format__': 'self, spec'}.get(m, 'self')
                    with w.block('def %s(%s):' % (m, args)):
                        w("if isinstance(self.r, Exception): raise self.r")
                        if m == '__getitem__':   # a sequence that ends
                            w("if isinstance(i, int) and i >= 3: raise IndexError(i)")
                        w('return self.r')
        # not True: CPython warns (DeprecationWarning) when __index__/__int__ return a bool
        rets = ['-1', "'s'", '1.5', 'None', '[1]', '0', '3', 'iter([1, 2])', "E1('inside')",
                '(1, 2)', 'StopIteration(4)']
        if 'index_msg' not in KNOWN and 'hash_word' not in KNOWN:
            rets += ['2**70', '-2**63']
        ops = ['len(x)', 'bool(x)', 'not x', '[0, 1, 2, 3][x]', 'list(x)', 'repr(x)', 'str(x)', 'int(x)',
               'float(x)', 'x[0]', 'next(x)', 'format(x, "")', 'f"{x:>4}"', 'range(x)', 'hex(x)',
               '"ab" * x', '[1] * x', 'divmod(7, 2)[x]', 'list(reversed(x))', 'sorted(x)', 'sum(x)', 'max(x)',
               'print(x)', 'if_(x)', 'x == x', 'tuple(x)', 'dict.fromkeys(x)', 'iter(x)', 'abs(x)',
               'list(zip(x, x))', 'enumerate(x).__next__()', 'math.floor(x)', 'round(x)', '"%d" % x', '"%s" % x',
               'bin(x)', 'chr(x)' if 'chr_overflow' not in KNOWN else 'chr(x % 1114112)']
        if '__hash__' in defined:      # else the hash is the object's address
            ops += ['hash(x)', '{x: 1}']
        if '__contains__' in defined or 'contains_iter_msg' not in KNOWN:
            ops += ['1 in x']
        with w.block('def %s():' % name):
            w('def if_(v):')
            w('    return "yes" if v else "no"')
            for _ in range(self.ri(4, 10)):
                w('x = %s(%s)' % (P, self.ch(rets)))
                w('show(%s, lambda: %s)' % (self.label(), self.ch(ops)))

    def sn_calls(self, w, name):
        sigs = ['a, b', 'a, b=2', 'a, /, b', 'a, *, b', '*args', '**kw', 'a, *args, b=1, **kw', 'a, b, /, c, *, d=4',
                'a=1, *, b', '*, a', 'a, /']
        with w.block('def %s():' % name):
            for _ in range(self.ri(3, 7)):
                sig = self.ch(sigs)
                f = self.uid('fn')
                with w.block('def %s(%s):' % (f, sig)):
                    w('return locals()' if self.p(0.5) else 'return (%s)' % ', '.join(
                        p.strip().lstrip('*').split('=')[0] for p in sig.split(',') if p.strip() not in ('/', '*')) + ',')
                for _ in range(self.ri(1, 4)):
                    call = self.ch(['', '1', '1, 2', '1, 2, 3', 'b=2', 'a=1', '1, b=2', '1, a=1', 'a=1, b=2',
                                    '1, 2, c=3', '1, 2, 3, d=5', '*[1, 2]', '**{"a": 1, "b": 2}', '1, **{"b": 2}',
                                    '1, z=3', '*(), **{}', '*[1], b=2, c=3', '**{"a": 1}, a=2' if False else '1, *[2, 3]',
                                    'c=3, a=1, b=2', '*"ab"'])
                    if 'posonly_kw_msg' in KNOWN and '/' in sig and ('=' in call or '**' in call):
                        call = '1, 2'
                    w('show(%s, lambda: %s(%s))' % (self.label(), f, call))
            if self.p(0.5):
                with w.block('class K:'):
                    w('def m(self, a, b=0): return (a, b)')
                    w('@staticmethod')
                    w('def s(a): return a')
                    w('@classmethod')
                    w('def c(cls, a): return (cls.__name__, a)')
                for e in self.r.sample(['K().m()', 'K().m(1, 2, 3)', 'K.m(1)', 'K.s()', 'K().c(1, 2)', 'K.c()',
                                        'K().m(b=1)', 'K.m(K(), 5)', 'K().s(1, b=2)', 'K()(1)', 'K.m.__name__',
                                        'K().m.__self__.__class__.__name__', 'K.c.__func__.__name__',
                                        '(lambda: 1)(2)', '(lambda *, k: k)(1)', 'len()', 'len(1, 2)',
                                        'sorted([1], reverse=1, key=None)', 'sorted(key=abs)', 'print(sep=1)',
                                        'int(x=1)', 'max()', 'max(1)', 'min([], default=5, key=abs)',
                                        'divmod(1)', 'getattr()', 'isinstance(1)'], 4):
                    w('show(%s, lambda: %s)' % (self.label(), e))

    def sn_unpack(self, w, name):
        with w.block('def %s():' % name):
            for _ in range(self.ri(3, 7)):
                tgt = self.ch(['a, b', 'a, *b', '*a, b', 'a, *b, c', '(a, b), c', 'a, (b, *c)', '[a, b]', 'a,',
                               'a, b, c', '[*a]'])
                src = self.ch(['[1, 2]', '[1, 2, 3]', '[]', '"xy"', 'range(5)', '(i for i in range(2))', '1',
                               '[(1, 2), 3]', '[1, (2, 3, 4)]', '{1: 2, 3: 4}', 'iter([7])', 'None', '[[1], [2]]',
                               'zip("ab", "cd")'])
                with w.block('try:'):
                    w('%s = %s' % (tgt, src))
                    names = sorted(set(c for c in tgt if c in 'abc'))
                    w('print(%s, %s)' % (self.label(), ', '.join(names)))
                with w.block('except Exception as e:'):
                    w("print('unpack error', type(e).__name__, e)")
            if self.p(0.5):
                with w.block('for i, (k, *v) in enumerate(%s):' % self.ch(["['abc', 'de']", "[(1, 2, 3), (4,)]", "[[]]"])):
                    w('print(i, k, v)')

    # -- attribute hooks, descriptors, class creation ------------------------------------------
    def sn_attrs(self, w, name):
        A = self.uid('At')
        with w.block('class %s:' % A):
            w("cls_attr = 'class-level'")
            with w.block('def __init__(self):'):
                w("object.__setattr__(self, 'x', 1)")
            if self.p(0.5):
                with w.block('def __setattr__(self, name, value):'):
                    w("print('setattr', name, value)")
                    w("if name == 'frozen': raise AttributeError('frozen is read-only')")
                    w('super().__setattr__(name, value %s)' % self.ch(['', '* 2']))
            if self.p(0.5):
                with w.block('def __delattr__(self, name):'):
                    w("print('delattr', name)")
                    w('super().__delattr__(name)')
            getattribute = self.p(0.5)
            if getattribute:
                with w.block('def __getattribute__(self, name):'):
                    w("if name == 'secret': raise AttributeError('no secret')")
                    w("if name == 'magic': return 42")
                    w('return super().__getattribute__(name)')
            if self.p(0.5) and not (getattribute and 'getattr_twice' in KNOWN):
                with w.block('def __getattr__(self, name):'):
                    w("print('getattr fallback', name)")
                    w("if name.startswith('_'): raise AttributeError(name)")
                    w('return name.upper()')
            if self.p(0.5):
                w('@property')
                with w.block('def prop(self):'):
                    w("print('get prop')")
                    w("return self.__dict__.get('_p', 'unset')")
                w('@prop.setter')
                with w.block('def prop(self, v):'):
                    w("print('set prop', v)")
                    w("self.__dict__['_p'] = v")
                w('@prop.deleter')
                with w.block('def prop(self):'):
                    w("print('del prop')")
                    w("self.__dict__.pop('_p', None)")
            if self.p(0.4):
                w('ro = property(lambda self: "read-only")')
        if self.p(0.4):
            Dn = self.uid('Desc')
            with w.block('class %s:' % Dn):
                with w.block('def __set_name__(self, owner, name):'):
                    w("print('set_name', owner.__name__, name)")
                    w('self.name = name')
                with w.block('def __get__(self, obj, objtype=None):'):
                    w("return ('desc', self.name, obj is None)")
            w('%s.d = %s()' % (A, Dn))
            with w.block('class %s(%s):' % (self.uid('Sub'), A)):
                w('dd = %s()' % Dn)
        ops = ['a.x', 'a.y', 'a.secret', 'a.magic', 'a.cls_attr', 'a.prop', 'a.ro', 'a._hidden', 'vars(a)',
               'getattr(a, "zz", None)', 'hasattr(a, "secret")', 'hasattr(a, "nope")', 'a.d',
               '%s.d' % A if 'desc_get_class' not in KNOWN else 'a.d',
               'type(a).__name__', "a.__dict__", "'x' in dir(a) if False else sorted(vars(a))", '%s.cls_attr' % A,
               '%s.nope' % A, 'getattr(%s, "prop").__class__.__name__' % A]
        stmts = ['a.y = 5', 'a.frozen = 1', 'del a.x', 'del a.nope', 'a.prop = 7', 'del a.prop', 'a.ro = 1',
                 'del a.ro', 'setattr(a, "z", 3)', 'delattr(a, "z")', 'a.cls_attr = "inst"', 'del a.cls_attr',
                 'a.x += 1', '%s.new = 9' % A, 'del %s.cls_attr' % A, 'a.__dict__["w"] = 1']
        with w.block('def %s():' % name):
            w('a = %s()' % A)
            for _ in range(self.ri(4, 12)):
                if self.p(0.5):
                    w('show(%s, lambda: %s)' % (self.label(), self.ch(ops)))
                else:
                    with w.block('try:'):
                        w(self.ch(stmts))
                        w("print('ok', sorted(vars(a).items()))")
                    with w.block('except Exception as e:'):
                        w("print('attr error', type(e).__name__, e)")

    def sn_class_scope(self, w, name):
        K = self.uid('Ks')
        with w.block('def %s():' % name):
            w('outer = %s' % self.e_int(0))
            with w.block('try:'):
                with w.block('class %s:' % K):
                    w('names = [1, 2, 3]')
                    w(self.ch(['first = [n for n in names]', 'bad = [n for n in range(3) if n in names]',
                               'gen = list(n * outer for n in names)', 'pairs = [(a, b) for a in names for b in names if b > a]',
                               'val = outer + len(names)', 'lam = (lambda: names)']))
                    w("print('class body done', sorted(k for k in vars() if not k.startswith('_')))")
                    with w.block('def meth(self):'):
                        w(self.ch(['return names', 'return outer', 'return __class__.__name__', 'return %s.names' % K]))
                w('show(%s, lambda: %s().meth())' % (self.label(), K))
                w('show(%s, lambda: %s.__qualname__)' % (self.label(), K))
                w("show(%s, lambda: getattr(%s, 'lam', lambda: 'nolam')())" % (self.label(), K))
            with w.block('except Exception as e:'):
                w("print('class scope error', type(e).__name__, e)")

    # -- more generator machinery ---------------------------------------------------------------
    def sn_gen_excstate(self, w, name):
        """sys.exc_info() and bare raise across yields, exceptions thrown into a
        generator suspended inside an except block or a finally."""
        with w.block('def %s():' % name):
            w('import sys')
            with w.block('def gx():'):
                with w.block('try:'):
                    w("raise KeyError('inner')")
                with w.block('except KeyError:'):
                    w("print('gx in except', sys.exc_info()[0].__name__)")
                    w("got = yield 'in-except'")
                    w("print('gx resumed', repr(got), sys.exc_info()[0])")
                    if self.p(0.4):
                        w('raise')
                    if self.p(0.3):
                        w("raise ValueError('replaced')")
                w("print('gx after', sys.exc_info()[0])")
                with w.block('try:'):
                    w("yield 'in-try'")
                with w.block('finally:'):
                    w("print('gx finally', sys.exc_info()[0])")
                    if self.p(0.3):
                        w("yield 'in-finally'")
                w("return 'gx-done'")
            w('g = gx()')
            for _ in range(self.ri(2, 6)):
                k = self.r.randrange(6)
                if k == 0:
                    with w.block('try:'):
                        w("raise TypeError('outer')")
                    with w.block('except TypeError:'):
                        w("show(%s, lambda: (next(g), sys.exc_info()[0].__name__))" % self.label())
                elif k == 1:
                    w("show(%s, lambda: next(g))" % self.label())
                elif k == 2:
                    w("show(%s, lambda: g.throw(%s))" % (self.label(), self.ch(EXC_CTORS)))
                elif k == 3:
                    w("show(%s, lambda: g.send(%s))" % (self.label(), self.ch(['1', 'None'])))
                elif k == 4:
                    w("show(%s, lambda: (g.close(), sys.exc_info()[0]))" % self.label())
                else:
                    with w.block('try:'):
                        w("raise E1('while suspended')")
                    with w.block('except E1 as e:'):
                        w("show(%s, lambda: g.throw(e))" % self.label())
                        w('print(%s, repr(e.__context__))' % self.label())
            w("print('exc after', sys.exc_info())")

    def sn_gen_cycle(self, w, name):
        with w.block('def %s():' % name):
            w('import gc')
            with w.block('def cyc(tag, box):'):
                with w.block('try:'):
                    w('box.append(tag)')
                    w('yield tag')
                    w('yield box')
                with w.block('finally:'):
                    w("print('cycle finally', tag, len(box))")
            for _ in range(self.ri(1, 3)):
                t = self.label()
                k = self.r.randrange(4)
                if k == 0:
                    w('box = []')
                    w('g = cyc(%s, box)' % t)
                    w('box.append(g)')
                    w('next(g)')
                    w('del g, box')
                elif k == 1:
                    w('class Node: pass')
                    w('n = Node()')
                    w('n.self = n')
                    w('n.g = cyc(%s, [n])' % t)
                    w('next(n.g)')
                    w('del n')
                elif k == 2:
                    w('g = cyc(%s, [])' % t)
                    w('next(g)')
                    w('box = next(g)')
                    w('box.append(g)')
                    w('del g, box')
                else:
                    w('gs = [cyc(%s + str(i), []) for i in range(2)]' % t)
                    w('for g in gs: next(g)')
                    w('gs.append(gs)')
                    w('del gs, g')
                w("print('before collect', %s)" % t)
                w('gc.collect()')
                w("print('after collect', %s)" % t)

    def sn_gen_misc(self, w, name):
        with w.block('def %s():' % name):
            k = self.r.randrange(7)
            if k == 0:
                with w.block('def selfsend():'):
                    w('x = yield 1')
                    w('yield g.send(x)' if self.p(0.5) else 'yield next(g)')
                w('g = selfsend()')
                w('show(%s, lambda: (next(g), next(g)))' % self.label())
                w('show(%s, lambda: next(g))' % self.label())
            elif k == 1:
                with w.block('def leaks_stop():'):
                    w('yield 1')
                    w(self.ch(['raise StopIteration(9)', 'next(iter([]))', 'yield next(iter(()))']))
                w('show(%s, lambda: list(leaks_stop()))' % self.label())
                w('show(%s, lambda: [x for x in leaks_stop()])' % self.label())
                w('show(%s, lambda: sum(x for x in leaks_stop()))' % self.label())
            elif k == 2:
                with w.block('def tree(n):'):
                    w('if n <= 0:')
                    w('    yield 0')
                    w('    return n')
                    w('left = yield from tree(n - 1)')
                    w('yield n')
                    w('right = yield from tree(n - %d)' % self.ri(1, 2))
                    w('return left + right + n')
                w('g = tree(%d)' % self.ri(0, 5))
                w('out = []')
                with w.block('while True:'):
                    with w.block('try:'):
                        w('out.append(next(g))')
                    with w.block('except StopIteration as e:'):
                        w("print('tree', out, e.value)")
                        w('break')
            elif k == 3:
                with w.block('class Seq:'):
                    w('def __init__(self, n): self.n = n')
                    with w.block('def __iter__(self):'):
                        w('for i in range(self.n):')
                        w('    yield i * self.n')
                    with w.block('def evens(self):'):
                        w('return (v for v in self if v % 2 == 0)')
                w('s = Seq(%d)' % self.ri(0, 6))
                w('show(%s, lambda: (list(s), list(s.evens()), sum(s), sorted(s, reverse=True), list(zip(s, s.evens()))))' % self.label())
            elif k == 4:
                with w.block('def echo():'):
                    w('r = None')
                    with w.block('while True:'):
                        with w.block('try:'):
                            w('r = yield r')
                        with w.block('except %s as e:' % self.ch(['ValueError', 'Exception', 'E1'])):
                            w("r = 'caught ' + type(e).__name__")
                        with w.block('except GeneratorExit:'):
                            w("print('echo closing')")
                            w(self.ch(['raise', 'return', "yield 'bad'"]))
                w('g = echo()')
                w('next(g)')
                for _ in range(self.ri(2, 6)):
                    w(self.ch(['show(%s, lambda: g.send(%s))' % (self.label(), self.ri(0, 9)),
                               'show(%s, lambda: g.throw(%s))' % (self.label(), self.ch(EXC_CTORS)),
                               'show(%s, lambda: g.close())' % self.label()]))
            elif k == 5:
                w('gens = [(i, (j * i for j in range(3))) for i in range(3)]')
                w('show(%s, lambda: [(i, list(g)) for i, g in gens])' % self.label())
                w('show(%s, lambda: [list(g) for i, g in gens])' % self.label())
                w('cnt = itertools.count()')
                w('lazy = (next(cnt) for _ in range(3))')
                w('show(%s, lambda: (next(cnt), list(lazy), next(cnt)))' % self.label())
            else:
                with w.block('def delegator(src):'):
                    w('r = yield from src')
                    w("print('delegator got', repr(r))")
                    w('return r')
                w('inner = (x for x in range(%d))' % self.ri(0, 3))
                w('g = delegator(%s)' % self.ch(['inner', 'iter([1, 2])', 'delegator(inner)', 'fin_gen("dg")']))
                for _ in range(self.ri(2, 5)):
                    w(self.ch(['show(%s, lambda: next(g))' % self.label(),
                               'show(%s, lambda: g.send(5))' % self.label(),
                               'show(%s, lambda: g.throw(%s))' % (self.label(), self.ch(EXC_CTORS)),
                               'show(%s, lambda: type(g.gi_yieldfrom).__name__)' % self.label(),
                               'show(%s, lambda: g.close())' % self.label()]))

    # -- numbers drawn at random rather than from pools -------------------------------------------
    def rand_float_lit(self):
        k = self.r.randrange(5)
        if k == 0:
            return repr(self.r.uniform(-1000, 1000))
        if k == 1:
            return '%s%d.%se%d' % (self.ch(['', '-']), self.ri(0, 9), ''.join(self.ch('0123456789') for _ in range(self.ri(1, 17))), self.ri(-330, 310))
        if k == 2:
            return repr(self.ri(0, 2**53) / 2**self.ri(0, 60))
        if k == 3:
            return '%d.%d' % (self.ri(0, 10**6), self.ri(0, 999)) + self.ch(['5', '25', '125', '05', ''])
        return repr(float(self.ri(-10**20, 10**20)))

    def rand_int_lit(self):
        k = self.r.randrange(4)
        if k == 0:
            return str(self.ri(-10**self.ri(1, 60), 10**self.ri(1, 60)))
        if k == 1:
            return '%s(2**%d%s)' % (self.ch(['', '-']), self.ri(0, 200), self.ch(['', ' - 1', ' + 1']))
        if k == 2:
            return str(self.ri(-300, 300))
        return hex(self.ri(0, 2**130))

    def sn_floats(self, w, name):
        with w.block('def %s():' % name):
            for _ in range(self.ri(3, 8)):
                x = self.rand_float_lit()
                k = self.r.randrange(8)
                if k == 0:
                    e = 'repr(%s), str(%s), float(repr(%s)) == %s' % (x, x, x, x)
                elif k == 1:
                    e = 'format(%s, %r)' % (x, self.fmt_spec('float'))
                elif k == 2:
                    e = 'round(%s, %d), round(%s)' % (x, self.ri(-5, 20), x)
                elif k == 3:
                    e = '(%s).hex(), (%s).as_integer_ratio(), int(%s)' % (x, x, x)
                elif k == 4:
                    e = '%r %% (%s,)' % (self.ch(['%.17g', '%e', '%.3f', '%10.4g', '%-12.2e|', '%#.0f', '%+.1f', '%.0f', '%g', '%r', '%s']), x)
                elif k == 5:
                    y = self.rand_float_lit()
                    e = '%s %s %s' % (x, self.ch(['+', '-', '*', '/', '//', '%', '<', '==']), y)
                elif k == 6:
                    e = 'divmod(%s, %s), math.fmod(%s, %s)' % (x, self.rand_float_lit(), x, self.ch(['3', '-2.5', '1e-300']))
                else:
                    e = "f'{%s:.%d}|{%s:.%dg}|{%s:,.2f}|{%s:%%}'" % (x, self.ri(0, 20), x, self.ri(0, 20), x, x)
                w('show(%s, lambda: (%s))' % (self.label(), e))

    def sn_bigints(self, w, name):
        with w.block('def %s():' % name):
            for _ in range(self.ri(3, 8)):
                a, b = self.rand_int_lit(), self.rand_int_lit()
                k = self.r.randrange(9)
                if k == 0:
                    e = '(%s) // (%s), (%s) %% (%s), divmod(%s, %s)' % (a, b, a, b, a, b)
                elif k == 1:
                    e = '(%s) %s (%s)' % (a, self.ch(['&', '|', '^', '+', '-', '*']), b)
                elif k == 2:
                    e = '(%s) %s %d' % (a, self.ch(['>>', '<<']), self.ri(0, 130))
                elif k == 3:
                    e = 'pow(%s, %d, %s)' % (a, self.ri(-2, 50), b)
                elif k == 4:
                    e = 'format(%s, %r)' % (a, self.fmt_spec('int'))
                elif k == 5:
                    e = 'int(%r, %d)' % (self.ch([format(self.ri(0, 10**30), 'x'), str(self.ri(-10**25, 10**25)), format(self.ri(0, 2**90), 'b'), '0x' + format(self.ri(0, 2**70), 'X'), ' 1_0 ', 'zz9', '0o777', '-0b101']), self.ch([0, 2, 8, 10, 16, 36]))
                elif k == 6:
                    e = '(%s) / (%s), float(%s)' % (a, b, a)
                elif k == 7:
                    e = 'math.isqrt(abs(%s)), math.gcd(%s, %s), (%s).bit_length(), abs(%s)' % (a, a, b, a, a)
                else:
                    e = '(%s) %s (%s)' % (a, self.ch(['<', '==', '>=']), self.ch([b, self.rand_float_lit()]) if 'int_float_cmp' not in KNOWN else b)
                w('show(%s, lambda: (%s))' % (self.label(), e))

    def sn_slices(self, w, name):
        with w.block('def %s():' % name):
            seq = self.ch(['list(range(%d))', "'abcdefghij'[:%d]", 'tuple(range(%d))', 'range(%d)', 'range(3, 3 + 2 * %d, 2)'])
            w('s = ' + seq % self.ri(0, 10))
            for _ in range(self.ri(3, 8)):
                idx = [self.ch(['', 'None', '0', '1', '-1', '3', '-4', '100', '-100', str(self.ri(-12, 12))]) for _ in range(3)]
                if idx[2] == '0':
                    idx[2] = self.ch(['0', '2'])
                sl = '%s:%s:%s' % tuple(idx) if self.p(0.6) else '%s:%s' % tuple(idx[:2])
                e = self.ch(['s[%s]' % sl, 's[%s]' % idx[1] if idx[1] else 's[0]', 'slice(%s).indices(len(s))' % sl.replace(':', ', ').replace(', ,', ', None,').strip(', ') if '' not in idx else 'len(s)',
                             'list(reversed(s[%s]))' % sl, 's.index(%s)' % self.ch(['3', "'c'", '0', '9']),
                             's.count(%s)' % self.ch(['3', "'c'"]), "%s in s" % self.ch(['3', "'c'", '3.0', '-1']), 's == s[:]',
                             'len(s[%s])' % sl])
                w('show(%s, lambda: %s)' % (self.label(), e))
            if self.p(0.5):
                w('l = list(range(%d))' % self.ri(0, 8))
                for _ in range(self.ri(1, 4)):
                    sl = '%s:%s:%s' % (self.ch(['', '1', '-2']), self.ch(['', '5', '-1']), self.ch(['', '2', '-1', '3']))
                    with w.block('try:'):
                        w(self.ch(['l[%s] = %s' % (sl, self.ch(['[]', '[9, 9]', "'ab'", 'range(3)', 'l'])), 'del l[%s]' % sl]))
                    with w.block('except Exception as e:'):
                        w("print('slice error', type(e).__name__, e)")
                    w('print(%s, l)' % self.label())

    def sn_recursive(self, w, name):
        with w.block('def %s():' % name):
            w('l = [1, 2]')
            w('d = {"k": l}')
            w('l.append(d)')
            w(self.ch(['l.append(l)', 'd["d"] = d', 't = (l, d)']))
            w('show(%s, lambda: (repr(l), str(d)))' % self.label())
            w('show(%s, lambda: l == l)' % self.label())
            w('show(%s, lambda: [x for x in l if x is not l])' % self.label())
            w('class R:')
            w('    def __repr__(self): return "R(" + repr(self.inner) + ")"')
            w('r = R()')
            w('r.inner = [r]' if self.p(0.5) else 'r.inner = 1')
            w('show(%s, lambda: str(r)[:60])' % self.label())

    def sn_strfmt(self, w, name):
        with w.block('def %s():' % name):
            for _ in range(self.ri(3, 7)):
                e = self.ch([
                    "'{0!r:>{1}}|{2:{3}}'.format(%s, %d, %s, %r)" % (self.e_str(0), self.ri(0, 12), self.e_int(0), self.fmt_spec('int')),
                    "'{:{}}'.format(%s, %r)" % (self.e_float(0), self.fmt_spec('float')),
                    "'{a[1]}{b.imag}{c!s:^7}'.format(a=%s, b=%s, c=%s)" % (self.e_str(0), self.e_float(0), self.e_str(0)),
                    "'{0}{1}{0}'.format(*%s)" % self.e_strlist(1),
                    "'{x}-{y}'.format_map({'x': %s, 'y': %s})" % (self.e_int(0), self.e_str(0)),
                    "'%%(a)s|%%(b)5.2f|%%%%' %% {'a': %s, 'b': %s}" % (self.e_str(0), self.e_float(0)),
                    "'%%*d|%%-*s|' %% (%d, %s, %d, %s)" % (self.ri(0, 8), self.e_int(0), self.ri(0, 8), self.e_str(0)),
                    "'%%c%%c' %% (%s, %s)" % (self.ch(['65', "'z'", '0x1F600', "'ab'", '-1']), self.ch(['97', "'é'"])),
                    "'{:{fill}{align}{width}}'.format(%s, fill=%r, align=%r, width=%d)" % (self.e_str(0), self.ch(['*', ' ', '0', '{']), self.ch(['<', '>', '^', '=']), self.ri(0, 15)),
                    "'{!a}{!s}{!r}'.format(%s, %s, %s)" % (self.e_str(0), self.e_str(0), self.e_any(0)),
                    "f'{%s=}|{%s = !r:>12}'" % (self.e_int(0).replace("'", '"'), self.e_str(0).replace("'", '"')) if 'fstring_conv' not in KNOWN else "f'{%s=}'" % self.e_int(0).replace("'", '"'),
                    "'{0:%s}'.format(%s)" % (self.fmt_spec('int'), self.rand_int_lit()),
                    "'{}{}'.format(1)", "'{0}{}'.format(1, 2)", "'{'.format()", "'}'.format()", "'{:d}'.format('x')",
                    "'{0[x]}'.format({'x': 1})", "'{0.real:{1}}'.format(3, '>5')", "'{!z}'.format(1)",
                ])
                w('show(%s, lambda: %s)' % (self.label(), e))

    def sn_sorting(self, w, name):
        with w.block('def %s():' % name):
            data = self.ch(['[(2, "b"), (1, "z"), (2, "a"), (1, "y")]', '["bb", "a", "ccc", "B", "A"]',
                            '[3, 1.5, -2, 10**20, 0.0, -0.0, True]', '[[2], [1, 5], [], [1]]', '[3, "x", 1]',
                            '[(1, None), (1, 2)]', '[float("nan"), 1.0, 0.5]'])
            w('data = %s' % data)
            for _ in range(self.ri(2, 5)):
                key = self.ch(['', ', key=len', ', key=str', ', key=lambda v: v[0]', ', reverse=True',
                               ', key=lambda v: -len(str(v)), reverse=True', ', key=functools.cmp_to_key(lambda a, b: (str(a) > str(b)) - (str(a) < str(b)))',
                               ', key=lambda v: 1 / (len(str(v)) - 1)'])
                w('show(%s, lambda: sorted(data%s))' % (self.label(), key))
            with w.block('try:'):
                w('lst = list(data)')
                w('lst.sort(key=lambda v: (lst.append(0), str(v))[1])' if self.p(0.3) else 'lst.sort(key=str)')
                w('print(%s, lst)' % self.label())
            with w.block('except Exception as e:'):
                w("print('sort error', type(e).__name__, e)")
            w('show(%s, lambda: (min(data, key=str), max(data, key=str, default=0)))' % self.label())

    def sn_release_timing(self, w, name):
        """When does a wrapper let go of a suspended generator under it? Each
        source stops early (takewhile), so its finally runs only at release."""
        with w.block('def %s():' % name):
            with w.block('def src(tag, n=10):'):
                with w.block('try:'):
                    w('yield from range(n)')
                with w.block('finally:'):
                    w("print(tag, 'released')")
            w('def early(tag, at=2): return itertools.takewhile(lambda x: x < at, src(tag))')
            wrappers = ['zip(%s, %s)', 'map(lambda a, b: (a, b), %s, %s)', 'itertools.chain(%s, %s)',
                        'itertools.product(%s, %s)', 'enumerate(%s)', 'filter(None, %s)', 'itertools.islice(%s, 1)',
                        'itertools.islice(%s, 5)', 'itertools.accumulate(%s)', 'itertools.pairwise(%s)',
                        'itertools.groupby(%s)', 'itertools.tee(%s)[0]', 'itertools.cycle(%s)',
                        'itertools.compress(%s, %s)', 'itertools.dropwhile(lambda x: x < 1, %s)',
                        'itertools.filterfalse(None, %s)', 'itertools.starmap(lambda *a: a, zip(%s))',
                        'reversed(list(%s))', 'iter(%s)', '(x for x in %s)', 'sorted(%s)',
                        'itertools.chain.from_iterable([%s, %s])', 'itertools.combinations(%s, 2)',
                        'itertools.permutations(%s)', 'itertools.batched(%s, 2)' if False else 'itertools.takewhile(bool, %s)']
            if 'zip_longest_release' not in KNOWN:
                wrappers.append('itertools.zip_longest(%s, %s)')
            if 'release_order' in KNOWN:
                wrappers = [x for x in wrappers if 'product' not in x and 'chain' not in x]
            for _ in range(self.ri(2, 5)):
                t = self.label()
                wr = self.ch(wrappers)
                args = tuple('early(%s + %r, %d)' % (t, c, self.ri(0, 3)) for c in 'ab')[:wr.count('%s')]
                expr = wr % args
                w("print('--', %s)" % t)
                w('it = %s' % expr)
                k = self.r.randrange(4)
                if k == 0:
                    w("print(%s, list(itertools.islice(it, 6)))" % t)
                elif k == 1:
                    w("print(%s, next(it, 'end'))" % t)
                elif k == 2:
                    with w.block('for v in it:'):
                        w("print(%s, 'item', v)" % t)
                        w('break')
                else:
                    w("print(%s, 'untouched')" % t)
                w("print(%s, 'dropping')" % t)
                w(self.ch(['del it', 'it = None']))
                w("print(%s, 'dropped')" % t)

    # ---- program -----------------------------------------------------------------
    SNIPPETS = [
        ('sn_generator', 24), ('sn_pipeline', 14), ('sn_class', 10), ('sn_inherit', 3), ('sn_control', 12),
        ('sn_exc', 7), ('sn_closure', 5), ('sn_comprehension', 5), ('sn_containers', 7), ('sn_itertools', 5),
        ('sn_exprs', 10), ('sn_numbers', 7), ('sn_lru', 1), ('sn_gen_finalize', 8),
        ('sn_protocol_errors', 6), ('sn_calls', 5), ('sn_unpack', 3), ('sn_attrs', 6), ('sn_class_scope', 2),
        ('sn_gen_excstate', 6), ('sn_gen_cycle', 4), ('sn_gen_misc', 8),
        ('sn_floats', 5), ('sn_bigints', 5), ('sn_slices', 4), ('sn_recursive', 1), ('sn_strfmt', 4),
        ('sn_sorting', 3), ('sn_release_timing', 5),
    ]

    def program(self):
        w = self.w
        w('# fuzz program, seed %d' % self.seed)
        w(PRELUDE)
        w('def sys_exc():')
        w('    import sys')
        w('    t, v, _ = sys.exc_info()')
        w('    return (t.__name__ if t else None, str(v))')
        w('')
        w('def fin_gen(tag):')
        w('    try:')
        w('        yield tag')
        w('        yield tag + "2"')
        w('    finally:')
        w("        print('fin_gen finally', tag)")
        w('')
        names, weights = zip(*self.SNIPPETS)
        count = self.ri(3, 8)
        calls = []
        for _ in range(count):
            kind = self.r.choices(names, weights)[0]
            fn = self.uid(kind[3:] + '_')
            getattr(self, kind)(w, fn)
            w('')
            calls.append(fn)
        for i, fn in enumerate(calls):
            w("print('=== %s')" % fn)
            if i == len(calls) - 1 and self.p(0.15):
                w('%s()' % fn)          # may escape to the top level
            else:
                w('try:')
                w('    %s()' % fn)
                w('except Exception as e:')
                w("    print('%s escaped', type(e).__name__, e)" % fn)
        if self.p(0.25):
            self.ending(w)
        return w.text()

    def ending(self, w):
        """The way the program ends: exit statuses and uncaught exceptions."""
        k = self.r.randrange(9)
        if k == 0:
            w("raise %s" % self.ch(EXC_CTORS))
        elif k == 1:
            w('import sys')
            w('sys.exit(%s)' % self.ch(['0', '3', "'bye'", 'None', '-1', '256', 'True', '[1]', "E1('x')"]))
        elif k == 2:
            w('raise SystemExit%s' % self.ch(['', '(2)', "('msg')", '(1, 2)', '(None)']))
        elif k == 3:
            w('class BadStr(Exception):')
            w('    def __str__(self): %s' % self.ch(['raise ValueError("no")', 'return 5', 'return "custom"', "return ''"]))
            w('raise BadStr(%s)' % self.ch(['', '1', "'a', 'b'"]))
        elif k == 4:
            w('try:')
            w('    %s' % self.ch(['1 / 0', '[][0]', "{}['k']", 'int("x")', "raise E3(1)"]))
            w('except Exception as e:')
            w('    raise %s%s' % (self.ch(EXC_CTORS), self.ch(['', ' from e', ' from None', " from E1('c')"])))
        elif k == 5:
            w('raise KeyError(%s)' % self.ch(["''", '(1, 2)', "'a', 'b'", '', 'None', "KeyError('inner')"]))
        elif k == 6:
            # a generator still suspended at exit
            w('def at_exit():')
            w('    try:')
            w('        yield 1')
            w('    finally:')
            w("        print('at_exit finally')")
            if self.p(0.4):
                w("        raise E1('at exit')")
            w('pending = at_exit()')
            w('next(pending)')
            if self.p(0.5):
                w("raise ValueError('last')")
        elif k == 7:
            w('def deep(n):')
            w('    if n == 0:')
            w('        raise %s' % self.ch(EXC_CTORS))
            w('    return deep(n - 1)')
            w('list(x for x in [deep(%d)])' % self.ri(0, 5))
        else:
            w('exit(%s)' % self.ch(['', '0', '4', "'quit msg'"]))


def generate(seed):
    """The program of a seed. A draw that CPython would refuse to compile, or
    would warn about at compile time (a SyntaxWarning goes to stderr, which is
    compared), is replaced by another draw derived from the same seed."""
    for attempt in range(50):
        g = Gen(seed if attempt == 0 else seed * 7919 + attempt * 104729)
        g.seed = seed
        src = g.program()
        with warnings.catch_warnings():
            warnings.simplefilter('error')
            try:
                compile(src, 'prog_%d.py' % seed, 'exec')
            except (SyntaxError, SyntaxWarning, ValueError):
                continue
        return src
    raise RuntimeError('no valid program for seed %d' % seed)


def main(argv):
    if len(argv) >= 2 and argv[1] == '--out':
        out, first, n = argv[2], int(argv[3]), int(argv[4])
        os.makedirs(out, exist_ok=True)
        for s in range(first, first + n):
            with open(os.path.join(out, 'prog_%d.py' % s), 'w', encoding='utf-8') as f:
                f.write(generate(s))
        return 0
    for a in argv[1:]:
        sys.stdout.write(generate(int(a)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
