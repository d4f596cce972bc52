# Difference: an OSError raised with a file name keeps the name as a third item of
# e.args; CPython keeps only (errno, strerror) there. str(e), e.errno, e.strerror and
# e.filename are the same.
try:
    open('/nonexistent-rill-dir/x.txt')
except FileNotFoundError as e:
    print(e.args)
    print(e.errno, e.strerror, e.filename)
    print(e)
