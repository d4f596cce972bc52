# input() reads sys.stdin, whatever it is: a file, or any object with readline().
import sys
P = '/tmp/rill_files_input_redirect.txt'

with open(P, 'w') as f:
    f.write('first answer\nsecond\r\n\nlast without newline')

sys.stdin = open(P)
answers = []
while True:
    try:
        answers.append(input('? '))
    except EOFError:
        break
print()
print(answers)
sys.stdin.close()

class Lines:
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ''

sys.stdin = Lines(['from object\n', 'no newline'])
print(input(), '|', input(), '|', end=' ')
try:
    input()
except EOFError as e:
    print(e)

class Numbers:
    def readline(self):
        return 42

sys.stdin = Numbers()
try:
    input()
except TypeError as e:
    print('TypeError:', e)

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print('RuntimeError:', e)
sys.stdin = sys.__stdin__
try:
    input()
except EOFError as e:
    print('EOFError:', e)
open(P, 'w').close()
