# Blanks after the failing statement are part of the printed line, so a call that is
# the whole statement is still marked.
# corpus: full-stderr
def report(values):
    return values["total"]   

report({})    
