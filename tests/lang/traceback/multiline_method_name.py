# An attribute on a later line than its object, when it is missing.
# corpus: full-stderr
settings = {"debug": True}
flag = (settings
        .debug)
