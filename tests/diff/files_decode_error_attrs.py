# Difference: a UnicodeDecodeError from reading a file carries only its message
# (e.args is the message alone); CPython's has args (encoding, object, start, end,
# reason) and attributes of those names. The message is CPython's.
with open('../lang/files/data/bad_start.txt') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e)
        print(e.args)
        print(hasattr(e, 'start'), hasattr(e, 'reason'))
