# Class-level state updated through the class, not the instance.
class Widget:
    count = 0
    all_names = []

    def __init__(self, name):
        Widget.count += 1
        self.id = Widget.count
        Widget.all_names.append(name)

    @classmethod
    def reset(cls):
        cls.count = 0
        cls.all_names = []


ws = [Widget(n) for n in "abc"]
print(Widget.count, [w.id for w in ws], Widget.all_names)
Widget.reset()
print(Widget.count, Widget.all_names, ws[0].count)
w = Widget("z")
print(w.id, w.all_names)
w.count = 99
print(Widget.count, w.count)
