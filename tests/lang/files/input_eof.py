# The corpus runs with stdin from /dev/null: input() raises EOFError after writing its
# prompt; sys.stdin reads as empty.
import sys

try:
    input()
except EOFError as e:
    print('EOFError:', e)
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError:', e)
try:
    input(42)
except EOFError as e:
    print('EOFError:', e)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin))
try:
    input('a', 'b')
except TypeError as e:
    print('TypeError:', e)
try:
    input(prompt='x')
except TypeError as e:
    print('TypeError:', e)
