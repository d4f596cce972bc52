# Difference: sys.stdout and sys.stderr write through the VM's writer, not to a file
# descriptor of their own, so they are never seekable (CPython's are when redirected to
# a file); iter() of a closed file returns the file (the error comes at the first
# next()), where CPython raises at iter().
import sys
print(sys.stdout.seekable(), sys.stderr.seekable())
f = open('/tmp/rill_diff_files_std_streams.txt', 'w')
f.close()
it = iter(f)
print(it is f)
try:
    next(it)
except ValueError as e:
    print(e)
