# sys.stdout and sys.stderr are text streams: write() returns the number of
# characters; they are the original __stdout__ / __stderr__ objects.
import sys

n = sys.stdout.write('abc\n')
print(n)
print(sys.stdout.write('h\u00e9llo \U0001f600\n'))
print(sys.stdout.write(''))
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.encoding, sys.stdin.encoding)
print(sys.stdout.closed, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(type(sys.stdout).__name__, sys.stdout)
print(sys.stdout.line_buffering)
try:
    sys.stdout.write(42)
except TypeError as e:
    print('TypeError:', e)
try:
    sys.stdout.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    sys.stdin.write('x')
except OSError as e:
    print(type(e).__name__, e)
sys.stdout.writelines(['one ', 'two', '\n'])
print('done', flush=True)
