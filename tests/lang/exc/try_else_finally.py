# Every combination of try with except, else and finally.
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("bad")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
print("no failure:")
run(False)
print("failure:")
run(True)
try:
    print("try/finally only")
finally:
    print("finally runs")
try:
    print("try/except/else")
except Exception:
    print("not printed")
else:
    print("else runs")
def not_handled():
    try:
        raise KeyError("x")
    except ValueError:
        print("not printed")
    finally:
        print("finally before propagating")
try:
    not_handled()
except KeyError as e:
    print("caught outside:", repr(e))
