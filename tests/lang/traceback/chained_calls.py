# Chained method calls: the marks cover the call that was running in each frame.
# corpus: full-stderr
class Query:
    def __init__(self, rows):
        self.rows = rows

    def where(self, pred):
        return Query([r for r in self.rows if pred(r)])

    def first(self):
        return self.rows[0]

q = Query([1, 2, 3, 4])
print(q.where(lambda r: r > 2).first())
print(q.where(lambda r: r > 2).where(lambda r: r > 10).first())
