# pass as a placeholder everywhere a block is required.
def f():
    pass
for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print(f(), i)
