# Custom exceptions chained explicitly (from) and implicitly (context).
class LowLevel(Exception):
    pass


class HighLevel(Exception):
    pass


def low():
    raise LowLevel("disk")


def high():
    try:
        low()
    except LowLevel as e:
        raise HighLevel("save failed") from e


try:
    high()
except HighLevel as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


def implicit():
    try:
        low()
    except LowLevel:
        raise HighLevel("while handling")


try:
    implicit()
except HighLevel as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)


def suppressed():
    try:
        low()
    except LowLevel:
        raise HighLevel("no context") from None


try:
    suppressed()
except HighLevel as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
