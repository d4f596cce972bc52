b = b"bytes"
