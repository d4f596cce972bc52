# AttributeError suggestions compare UTF-8 bytes too.
# corpus: full-stderr
class Café:
    def __init__(self):
        self.crème = 1


Café().creme
