# try/except: the first matching clause handles the exception.
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    return "fine"

for kind in range(5):
    try:
        print("result", risky(kind))
    except ZeroDivisionError:
        print("zero division")
    except IndexError as e:
        print("index error:", e)
    except KeyError as e:
        print("key error:", e)
    except Exception as e:
        print("other:", type(e), e)
print("after loop")
